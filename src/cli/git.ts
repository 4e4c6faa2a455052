// Runs git as a child process. Output is bytes: index blobs are not necessarily UTF-8.
import { spawn } from 'node:child_process';
import { CliError, type CliIo } from './io';

/** git exited non-zero; `stderr` is git's own explanation. */
export class GitError extends CliError {
  constructor(readonly args: readonly string[], readonly code: number | null, readonly stderr: string) {
    super(`git ${args[0] ?? ''} failed: ${stderr.trim() || `exit code ${code}`}`);
  }
}

/** Runs `git args` in `cwd`, optionally feeding `input`, and resolves to its stdout. */
export function git(args: readonly string[], io: Pick<CliIo, 'cwd' | 'env'>, input?: string): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', [...args], { cwd: io.cwd, env: (io.env ?? process.env) as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new CliError('git is not installed or not on PATH') : error);
    });
    child.on('close', (code) => {
      if (code === 0) resolvePromise(Buffer.concat(out));
      else reject(new GitError(args, code, Buffer.concat(err).toString('utf8')));
    });
    // git may exit before reading all of its input (a bad object name); that is reported by the exit code.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/** The top-level folder of the work tree containing `io.cwd`; a clear error outside one. */
export async function workTreeRoot(io: Pick<CliIo, 'cwd' | 'env'>, why: string): Promise<string> {
  try {
    return (await git(['rev-parse', '--show-toplevel'], io)).toString('utf8').trim();
  } catch (error) {
    if (error instanceof GitError) throw new CliError(`${why} needs a git work tree, and ${io.cwd} is not inside one`);
    throw error;
  }
}
