// `npm run demo`: builds the extension, packages the VSIX, makes a sample workspace of generated keys,
// scans it with the CLI, then opens it in a real VS Code (offline code-server) with the extension loaded.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { makeSample } from './make-sample.mjs';
import { ROOT } from './offline-host.mjs';

// Serving runs until Ctrl+C, so it needs a person at a terminal; in CI or a pipe the demo ends after the scan.
const interactive = process.stdout.isTTY === true && !process.env.CI;
const serve = interactive && !process.argv.includes('--no-serve');
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });

console.log('demo: building the extension, the browser bundle and the CLI');
run(process.execPath, ['esbuild.mjs'], { NODE_ENV: 'production' });
console.log('demo: packaging dist/secret-hygiene.vsix');
run(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', 'dist/secret-hygiene.vsix']);

const sample = makeSample(join(ROOT, '.vscode-test', 'sample'));
console.log(`\ndemo: scanning ${sample} with the CLI (every key there was generated just now)\n`);
const scan = spawnSync(process.execPath, ['dist/cli.js', 'scan', sample], { cwd: ROOT, stdio: 'inherit' });
console.log(`demo: the CLI exited ${scan.status} (1 means it found secrets, as it should here)\n`);

if (serve) {
  console.log('demo: starting a real VS Code with the extension on the sample workspace');
  run(process.execPath, ['scripts/run-offline-host.mjs', '--serve', sample]);
} else {
  console.log(`demo: to open the sample in a real VS Code with the extension: node scripts/run-offline-host.mjs --serve ${sample}`);
}
