// Runs the same integration tests in desktop VS Code via @vscode/test-electron, where VS Code can be downloaded.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT, prepareDirs } from './offline-host.mjs';

const TESTS_INDEX = join(ROOT, 'dist-test', 'integration', 'index.js');
if (!existsSync(TESTS_INDEX)) {
  console.error(`run-desktop-host: ${TESTS_INDEX} is missing; build it with: node esbuild.mjs extension integration`);
  process.exit(1);
}

const dirs = prepareDirs({ fixture: join(ROOT, 'test', 'fixtures', 'workspace') });
const resultsPath = join(dirs.tmp, 'results.json');
let exitCode = 1;
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: TESTS_INDEX,
    extensionTestsEnv: { SECRET_HYGIENE_TEST_RESULTS: resultsPath },
    launchArgs: [dirs.workspace, '--disable-extensions', `--user-data-dir=${dirs.userDataDir}`, `--extensions-dir=${dirs.extensionsDir}`],
  });
} catch (err) {
  if (!existsSync(resultsPath)) {
    console.error(`run-desktop-host: VS Code did not run the tests: ${err?.message ?? err}`);
    console.error('run-desktop-host: @vscode/test-electron downloads VS Code on first use, which needs internet access.'
      + ' Set VSCODE_EXECUTABLE to an installed VS Code, or run the offline host: npm run test:integration');
  }
}
if (existsSync(resultsPath)) {
  const results = JSON.parse(readFileSync(resultsPath, 'utf8'));
  console.log(`integration: ${results.passed} passed, ${results.failed} failed`);
  exitCode = results.failed === 0 && results.passed > 0 ? 0 : 1;
}
rmSync(dirs.tmp, { recursive: true, force: true });
process.exit(exitCode);
