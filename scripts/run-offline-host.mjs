// Runs the integration tests inside a real VS Code (code-server + headless Chromium) offline, or serves it with --serve.
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, ensureInstalled, killOnExit, openBrowser, prepareDirs, startServer, stopAll, waitFor, workbenchUrl } from './offline-host.mjs';

const USAGE = `usage: node scripts/run-offline-host.mjs [--grep <pattern>] [--settings <json>] [--timeout <seconds>] [--keep] [--verbose]
       node scripts/run-offline-host.mjs --serve <folder> [--settings <json>]`;
const FIXTURE = join(ROOT, 'test', 'fixtures', 'workspace');
const TESTS_INDEX = join(ROOT, 'dist-test', 'integration', 'index.js');

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

async function runTests(opts) {
  if (!existsSync(TESTS_INDEX)) throw new Error(`${TESTS_INDEX} is missing; build it with: node esbuild.mjs extension integration`);
  const dirs = prepareDirs({ fixture: FIXTURE, settings: opts.settings });
  const resultsPath = join(dirs.tmp, 'results.json');
  const log = tailer(join(dirs.tmp, 'mocha.log'));
  const env = { SECRET_HYGIENE_TEST_RESULTS: resultsPath, SECRET_HYGIENE_TEST_LOG: join(dirs.tmp, 'mocha.log') };
  if (opts.grep) env.SECRET_HYGIENE_TEST_GREP = opts.grep;
  let server, browser, results, error;
  const pageErrors = [];
  try {
    server = await startServer({ dirs, env });
    killOnExit(server);
    const opened = await openBrowser(workbenchUrl(server, { folder: dirs.workspace, extensionTestsPath: TESTS_INDEX }));
    browser = opened.browser;
    opened.page.on('crash', () => { error = new Error('the workbench page crashed'); });
    opened.page.on('console', (m) => {
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
  const ok = !error && results.failed === 0 && results.passed > 0;
  await stopAll({ browser, server, dirs, keepDirs: opts.keep || !ok });
  if (error) {
    console.error(`run-offline-host: ${error.message}`);
    console.error(`run-offline-host: logs kept in ${dirs.tmp}`);
    return 1;
  }
  if (!log.lines.some((line) => /^\s*\d+ passing/.test(line))) {
    console.log(`\n  ${results.passed} passing`);
    if (results.failed) console.log(`  ${results.failed} failing`);
    for (const f of results.failures) console.log(`  - ${f.title}: ${f.message}`);
  }
  if (!ok) console.error(`run-offline-host: ${results.passed ? '' : 'no test passed; '}logs kept in ${dirs.tmp}`);
  console.log(`integration: ${results.passed} passed, ${results.failed} failed`);
  return ok ? 0 : 1;
}

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
    serve: { type: 'string' }, grep: { type: 'string' }, settings: { type: 'string' },
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
