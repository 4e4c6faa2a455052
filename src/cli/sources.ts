// Where scanned text comes from: files and folders on disk, or standard input. (The git index is in staged.ts.)
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { ScopedIgnore } from '../common/pathFilter';
import { CliError, UsageError, type CliIo } from './io';
import { walk } from './walk';

/** One text to scan, named as the report shows it. */
export interface Source {
  /** The path as reported: relative to the working directory, forward slashes; `<stdin>` for standard input. */
  readonly shown: string;
  /** Size in bytes when known before reading, so oversized files are never read. */
  readonly size?: number;
  readonly read: () => Promise<Uint8Array>;
}

/** How standard input is named in reports. */
export const STDIN_PATH = '<stdin>';

/** `path` relative to `cwd` with forward slashes, or absolute when it is `cwd` itself. */
export function shownPath(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/') || path;
}

/** Files under the paths named on the command line (the working directory by default), honouring .gitignore. */
export async function* workingTreeSources(paths: readonly string[], scopes: readonly ScopedIgnore[], io: CliIo): AsyncGenerator<Source> {
  let stdinTaken = false;
  for (const path of paths.length ? paths : ['.']) {
    if (path === '-') {
      if (stdinTaken) throw new UsageError('"-" (standard input) can be given only once');
      stdinTaken = true;
      const stdin = io.stdin;
      if (!stdin) throw new CliError('standard input is not available');
      yield { shown: STDIN_PATH, read: stdin };
      continue;
    }
    const root = resolve(io.cwd, path);
    try {
      for await (const file of walk([root], scopes)) {
        yield { shown: shownPath(io.cwd, file.path), size: file.size, read: () => readFile(file.path) };
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') throw new UsageError(`no such file or directory: ${shownPath(io.cwd, root)}`);
      throw error;
    }
  }
}
