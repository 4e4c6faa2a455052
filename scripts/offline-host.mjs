// Starts and stops code-server and headless Chromium, shared by the integration launcher and screenshot scripts.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const HOST_DIR = join(ROOT, '.vscode-test', 'offline');
const ENTRY = join(HOST_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// VS Code's own git extension is off: tests create and delete repositories under it, and its failing git calls surface as uncaught errors in whatever test runs.
export const BASE_SETTINGS = { 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'git.enabled': false, 'git.autoRepositoryDetection': false };

export function ensureInstalled() {
  const result = spawnSync('bash', [join(ROOT, 'scripts', 'install-offline-host.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`install-offline-host.sh failed (exit ${result.status})`);
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

export async function waitFor(what, check, timeoutMs, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

// Fresh user-data and extensions dirs, plus a writable copy of `fixture` unless `folder` is used as is.
export function prepareDirs({ fixture, folder, settings = {} } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'secret-hygiene-host-'));
  const userDataDir = join(tmp, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  const extensionsDir = join(tmp, 'extensions');
  mkdirSync(extensionsDir);
  let workspace = folder ? resolve(folder) : undefined;
  if (fixture) {
    workspace = join(tmp, 'workspace');
    cpSync(fixture, workspace, { recursive: true });
  }
  return { tmp, userDataDir, extensionsDir, workspace };
}

export async function startServer({ dirs, env = {}, startTimeoutMs = 60_000 }) {
  const port = await freePort();
  const logPath = join(dirs.tmp, 'code-server.log');
  const log = createWriteStream(logPath);
  const args = [ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', join(dirs.tmp, 'config.yaml'),
    '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--ignore-last-opened'];
  const proc = spawn(process.execPath, dirs.workspace ? [...args, dirs.workspace] : args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_DATA_HOME: join(dirs.tmp, 'xdg-data'), XDG_CONFIG_HOME: join(dirs.tmp, 'xdg-config'), ...env },
  });
  proc.stdout.pipe(log);
  proc.stderr.pipe(log);
  let exited = null;
  proc.on('exit', (code, signal) => { exited = signal ?? code; });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor('code-server to answer', async () => {
    if (exited !== null) throw new Error(`code-server exited (${exited}) before answering; see ${logPath}:\n${readFileSync(logPath, 'utf8').slice(-2000)}`);
    return fetch(`${origin}/healthz`).then((r) => r.ok, () => false);
  }, startTimeoutMs);
  return { port, origin, proc, logPath, exited: () => exited };
}

export function workbenchUrl(server, { folder, workspace, extensionDevelopmentPath = ROOT, extensionTestsPath } = {}) {
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${resolve(path)}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams();
  if (folder) query.set('folder', resolve(folder));
  if (workspace) query.set('workspace', resolve(workspace));
  query.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${query}`;
}

export async function openBrowser(url, { viewport = { width: 1280, height: 800 } } = {}) {
  const { chromium } = createRequire(join(HOST_DIR, 'package.json'))('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  return { browser, page };
}

async function killGroup(proc) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  const signal = (sig) => { try { process.kill(-proc.pid, sig); } catch { /* already gone */ } };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  signal('SIGKILL');
}

export async function stopAll({ browser, server, dirs, keepDirs = false }) {
  if (browser) await browser.close().catch(() => {});
  if (server) await killGroup(server.proc);
  if (dirs && !keepDirs) rmSync(dirs.tmp, { recursive: true, force: true });
}

// Last resort for Ctrl+C or a crash: kill code-server's process group synchronously on exit.
export function killOnExit(server) {
  const kill = () => { try { process.kill(-server.proc.pid, 'SIGKILL'); } catch { /* already gone */ } };
  process.once('exit', kill);
  return () => process.off('exit', kill);
}
