// Runs the integration tests inside a real VS Code (code-server + headless Chromium) offline, or serves it with --serve.
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, ensureInstalled, killOnExit, openBrowser, prepareDirs, startServer, stopAll, waitFor, workbenchUrl } from './offline-host.mjs';

const USAGE = `usage: node scripts/run-offline-host.mjs [--grep <pattern>] [--tests <entry.js>] [--settings <json>] [--timeout <seconds>] [--keep] [--verbose]
       node scripts/run-offline-host.mjs --serve <folder> [--settings <json>]`;
const FIXTURE = join(ROOT, 'test', 'fixtures', 'workspace');
// Tests titled with this tag need a multi-root workspace; they run in a second host opened on one.
const MULTI_ROOT_TAG = '@multi-root';
const MULTI_ROOT_FIXTURE = join(ROOT, 'test', 'fixtures', 'multi-root');
const MULTI_ROOT_FILE = 'test.code-workspace';
const TESTS_INDEX = join(ROOT, 'dist-test', 'integration', 'index.js');
// The engine's checks for the web build, run in a blank page of the same headless Chromium (test/web).
const WEB_CHECKS = join(ROOT, 'dist-test', 'web', 'engine.check.js');

function tailer(path) {
  let offset = 0;
  let pending = '';
  const lines = [];
  return {
    lines,
    poll() {
      if (!existsSync(path) || statSync(path).size <= offset) return;
      const fd = openSync(path, 'r');
      const buffer = Buffer.alloc(statSync(path).size - offset);
      offset += readSync(fd, buffer, 0, buffer.length, offset);
      closeSync(fd);
      const parts = (pending + buffer.toString('utf8')).split('\n');
      pending = parts.pop();
      for (const line of parts) { lines.push(line); console.log(line); }
    },
  };
}

function readResults(path) {
  return existsSync(path) && JSON.parse(readFileSync(path, 'utf8'));
}

// One host run: `pass.fixture` copied to a temp folder, opened as a folder or through `pass.workspaceFile`.
async function runPass(opts, pass) {
  const entry = pass.tests ?? TESTS_INDEX;
  if (!existsSync(entry)) throw new Error(`${entry} is missing; build it with: node esbuild.mjs extension integration (or bench)`);
  const dirs = prepareDirs({ fixture: pass.fixture, settings: opts.settings });
  const opened = pass.workspaceFile ? join(dirs.workspace, pass.workspaceFile) : dirs.workspace;
  const resultsPath = join(dirs.tmp, 'results.json');
  const log = tailer(join(dirs.tmp, 'mocha.log'));
  const env = { SECRET_HYGIENE_TEST_RESULTS: resultsPath, SECRET_HYGIENE_TEST_LOG: join(dirs.tmp, 'mocha.log') };
  if (pass.grep) env.SECRET_HYGIENE_TEST_GREP = pass.grep;
  let server, browser, results, error;
  const pageErrors = [];
  try {
    server = await startServer({ dirs: { ...dirs, workspace: opened }, env });
    killOnExit(server);
    const target = pass.workspaceFile ? { workspace: opened } : { folder: opened };
    const page = await openBrowser(workbenchUrl(server, { ...target, extensionTestsPath: entry }));
    browser = page.browser;
    page.page.on('crash', () => { error = new Error('the workbench page crashed'); });
    page.page.on('console', (m) => {
      if (opts.verbose) console.error(`[page ${m.type()}] ${m.text()}`);
      if (m.type() === 'error' && !/Failed to load resource|ENOTFOUND/.test(m.text())) pageErrors.push(m.text().replace(/^%c\s*ERR color: #\w+ /, ''));
    });
    results = await waitFor('the integration results', () => {
      log.poll();
      if (error) throw error;
      if (server.exited() !== null) throw new Error(`code-server exited (${server.exited()})`);
      const found = readResults(resultsPath);
      if (!found && readFileSync(server.logPath, 'utf8').includes('Extension Host Process exited')) {
        throw new Error(`the extension host exited without writing results; last page errors:\n${pageErrors.slice(-5).join('\n')}`);
      }
      return found;
    }, opts.timeout * 1000);
    log.poll();
  } catch (err) {
    error = err;
  }
  const passed = results?.passed ?? 0;
  const failed = results?.failed ?? 0;
  const ok = !error && failed === 0;
  await stopAll({ browser, server, dirs, keepDirs: opts.keep || !ok });
  if (error) {
    console.error(`run-offline-host: ${error.message}`);
    console.error(`run-offline-host: logs kept in ${dirs.tmp}`);
    return { passed, failed: failed + 1 };
  }
  if (!log.lines.some((line) => /^\s*\d+ passing/.test(line))) {
    console.log(`\n  ${passed} passing`);
    if (failed) console.log(`  ${failed} failing`);
    for (const f of results.failures) console.log(`  - ${f.title}: ${f.message}`);
  }
  if (!ok) console.error(`run-offline-host: logs kept in ${dirs.tmp}`);
  return { passed, failed };
}

// The suite in a single-folder workspace, then its multi-root tests in a multi-root one; one closing line.
async function runTests(opts) {
  // Mocha reads a grep string as a regular expression; lookaheads combine the tag with --grep.
  const user = opts.grep ? `(?=.*${opts.grep})` : '';
  // Another entry (a benchmark in the host) runs once, on the single-folder fixture.
  const passes = opts.tests
    ? [{ fixture: FIXTURE, tests: resolve(opts.tests) }]
    : [
        { fixture: FIXTURE, grep: `^(?!.*${MULTI_ROOT_TAG})${user}` },
        { fixture: MULTI_ROOT_FIXTURE, workspaceFile: MULTI_ROOT_FILE, grep: `^(?=.*${MULTI_ROOT_TAG})${user}` },
      ];
  let passed = 0;
  let failed = 0;
  for (const pass of passes) {
    const result = await runPass(opts, pass);
    passed += result.passed;
    failed += result.failed;
  }
  // The web checks run with the full suite only: a --grep or --tests run asked for something narrower.
  const web = opts.tests || opts.grep ? undefined : await runWebChecks();
  console.log(`${opts.tests ? basename(opts.tests) : 'integration'}: ${passed} passed, ${failed} failed`);
  const webPassed = web === undefined || (web.failed === 0 && web.passed > 0);
  return failed === 0 && passed > 0 && webPassed ? 0 : 1;
}

// The engine as the web build runs it, in a browser page: each check prints as mocha's would, then a count.
async function runWebChecks() {
  if (!existsSync(WEB_CHECKS)) throw new Error(`${WEB_CHECKS} is missing; build it with: node esbuild.mjs web`);
  const { browser, page } = await openBrowser('about:blank');
  let results;
  try {
    await page.addScriptTag({ content: readFileSync(WEB_CHECKS, 'utf8') });
    results = await page.evaluate(() => globalThis.runWebChecks());
  } finally {
    await browser.close().catch(() => {});
  }
  console.log('\n  engine in a browser page (headless Chromium)');
  for (const { title, error } of results) console.log(error ? `    ✗ ${title}: ${error}` : `    ✔ ${title}`);
  const failed = results.filter((r) => r.error).length;
  console.log(`\nweb engine: ${results.length - failed} passed, ${failed} failed`);
  return { passed: results.length - failed, failed };
}

// A real VS Code with the extension on `folder`, for a person at a browser, until Ctrl+C.
async function serve(folder, opts) {
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) console.warn('run-offline-host: dist/extension.js is missing; build it with: node esbuild.mjs extension');
  const dirs = prepareDirs({ folder, settings: opts.settings });
  const server = await startServer({ dirs });
  killOnExit(server);
  console.log(`Extension Development Host on ${dirs.workspace}:\n${workbenchUrl(server, { folder: dirs.workspace })}\nCtrl+C to stop.`);
  await new Promise((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    server.proc.once('exit', done);
  });
  await stopAll({ server, dirs });
  return 0;
}

let args;
try {
  ({ values: args } = parseArgs({ options: {
    serve: { type: 'string' }, grep: { type: 'string' }, tests: { type: 'string' }, settings: { type: 'string' },
    timeout: { type: 'string', default: '600' }, keep: { type: 'boolean' }, verbose: { type: 'boolean' }, help: { type: 'boolean' },
  } }));
} catch (err) {
  console.error(`${err.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const opts = { ...args, settings: args.settings ? JSON.parse(args.settings) : {}, timeout: Number(args.timeout) };
ensureInstalled();
if (!args.serve) for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => process.exit(130));
process.exitCode = args.serve ? await serve(resolve(args.serve), opts) : await runTests(opts);
