// Git for the editor. It runs only for trusted `file:` workspaces, node:child_process is loaded lazily
// (the browser bundle marks node:* external and never gets here), and every failure (no git, not a
// repository, a timeout, too much output) comes back as undefined: "unknown", never an error or a popup.
import * as vscode from 'vscode';

/** What git printed and how it exited, when the exit code was one the caller treats as an answer. */
export interface GitOutput {
  readonly code: number;
  readonly stdout: string;
  /** The first few KB only: enough to tell the user why a command they asked for failed. */
  readonly stderr: string;
}

/** Limits and input for one git run. */
export interface GitOptions {
  /** Written to git's stdin: how a secret reaches git without appearing in the process list. */
  readonly input?: string;
  readonly timeoutMs?: number;
  /** More stdout than this is a failure, so a huge repository cannot flood the extension host. */
  readonly maxBytes?: number;
  /** Exit codes that are answers (1 is "no match" for grep and ls-files); any other one is "unknown". */
  readonly answers?: readonly number[];
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
const MAX_STDERR = 4096;

/** True when git may run for `uri`: a trusted workspace and a local file or folder. */
export function gitAllowed(uri: vscode.Uri): boolean {
  return vscode.workspace.isTrusted && uri.scheme === 'file';
}

// A repository named by variables (they are set when VS Code was started from inside a git hook) would
// override the folder we ask about; prompts would hang a background check; optional locks would make our
// read-only commands contend with the user's own git for index.lock.
function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|COMMON_DIR|PREFIX|NAMESPACE)$/.test(key)) env[key] = value;
  }
  return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
}

interface Ended {
  readonly code: number | null;
  /** The sink asked to stop before git finished. */
  readonly stopped: boolean;
  readonly stderr: string;
}

// Runs git in `cwd`, handing stdout to `sink` chunk by chunk; `sink` returns true to stop git early.
async function spawnGit(cwd: vscode.Uri, args: readonly string[], options: GitOptions, sink: (chunk: Buffer) => boolean): Promise<Ended | undefined> {
  if (!gitAllowed(cwd)) return undefined;
  let childProcess: typeof import('node:child_process');
  try {
    childProcess = await import('node:child_process');
  } catch {
    return undefined;
  }
  return new Promise<Ended | undefined>((resolve) => {
    let settled = false;
    let stderr = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (value: Ended | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    let child: import('node:child_process').ChildProcessWithoutNullStreams;
    try {
      child = childProcess.spawn('git', [...args], { cwd: cwd.fsPath, env: gitEnvironment(), windowsHide: true });
    } catch {
      finish(undefined);
      return;
    }
    timer = setTimeout(() => {
      child.kill();
      finish(undefined);
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.on('error', () => finish(undefined));
    child.stdout.on('data', (chunk: Buffer) => {
      if (settled) return;
      if (sink(chunk)) {
        child.kill();
        finish({ code: null, stopped: true, stderr });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_STDERR) stderr += chunk.toString('utf8').slice(0, MAX_STDERR - stderr.length);
    });
    child.on('close', (code) => finish({ code, stopped: false, stderr }));
    // git may exit before reading its input (a bad revision); the exit code reports that.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Runs `git args` in the folder `cwd`; undefined when git could not answer. */
export async function runGit(cwd: vscode.Uri, args: readonly string[], options: GitOptions = {}): Promise<GitOutput | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const ended = await spawnGit(cwd, args, options, (chunk) => {
    size += chunk.length;
    overflow = size > limit;
    if (!overflow) chunks.push(chunk);
    return overflow;
  });
  if (!ended || overflow || ended.code === null || !(options.answers ?? [0]).includes(ended.code)) return undefined;
  return { code: ended.code, stdout: Buffer.concat(chunks).toString('utf8'), stderr: ended.stderr };
}

/**
 * True when git's stdout contains `needle`, stopping git at the first occurrence; false when git
 * finished cleanly without it; undefined when git could not answer (including a timeout).
 */
export async function gitOutputContains(cwd: vscode.Uri, args: readonly string[], needle: string, options: GitOptions = {}): Promise<boolean | undefined> {
  // Checked before Buffer is touched: the web build has none.
  if (!gitAllowed(cwd) || needle.length === 0) return undefined;
  const wanted = Buffer.from(needle, 'utf8');
  // The tail of the previous chunk, so an occurrence split across two chunks is still seen.
  let tail = Buffer.alloc(0);
  const ended = await spawnGit(cwd, args, options, (chunk) => {
    const window = tail.length ? Buffer.concat([tail, chunk]) : chunk;
    if (window.indexOf(wanted) !== -1) return true;
    tail = Buffer.from(window.subarray(Math.max(0, window.length - wanted.length + 1)));
    return false;
  });
  if (!ended) return undefined;
  if (ended.stopped) return true;
  return ended.code === 0 ? false : undefined;
}
