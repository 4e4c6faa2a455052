// Build targets, by name: `node esbuild.mjs [extension] [browser] [cli] [tests] [integration] [web] [bench]`.
// With no names it builds the shipped targets (extension, browser, cli).
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.env.NODE_ENV === 'production';
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'node20' };

function filesUnder(dir, suffix) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, suffix));
    else if (path.endsWith(suffix)) out.push(path);
  }
  return out;
}

const targets = {
  // `vscode` is provided by the host; everything else is bundled so the VSIX needs no node_modules.
  extension: { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // node:* stays external for the few lazy imports that only run on desktop (git); the web host never loads them.
  browser: { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/browser.js', platform: 'browser', format: 'cjs', external: ['vscode', 'node:*'], target: 'es2022' },
  // No `vscode` external: a stray import of it from the CLI or the engine breaks this build.
  cli: { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  tests: { ...common, entryPoints: filesUnder('test/unit', '.test.ts'), outdir: 'dist-test/unit', outbase: 'test/unit', platform: 'node', format: 'cjs', external: ['mocha', 'typescript', '@vscode/vsce'] },
  integration: { ...common, entryPoints: filesUnder('test/integration', '.ts'), outdir: 'dist-test/integration', outbase: 'test/integration', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] },
  // The engine's checks in a browser page (test/web), loaded by run-offline-host.mjs into headless Chromium.
  web: { ...common, entryPoints: ['test/web/engine.check.ts'], outfile: 'dist-test/web/engine.check.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // The host benchmark (bench/host) runs in the extension host, which provides `vscode`.
  bench: { ...common, entryPoints: filesUnder('bench', '.ts'), outdir: 'dist-test/bench', outbase: 'bench', platform: 'node', format: 'cjs', external: ['secretlint', '@secretlint/*', 'vscode'] },
};

const requested = process.argv.slice(2);
const names = requested.length ? requested : ['extension', 'browser', 'cli'];
for (const name of names) {
  if (!targets[name]) {
    console.error(`esbuild.mjs: unknown target "${name}"; known: ${Object.keys(targets).join(', ')}`);
    process.exit(2);
  }
}
await Promise.all(names.map((name) => esbuild.build(targets[name])));
