// `scan --staged`: what the next commit would contain, read from the git index rather than the work tree.
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { isIgnored, type ScopedIgnore } from '../common/pathFilter';
import { git } from './git';
import { CliError, type CliIo } from './io';
import { shownPath, type Source } from './sources';

/** A file in the index that differs from HEAD: its path from the top of the work tree and its blob id. */
export interface StagedFile {
  readonly path: string;
  readonly blob: string;
}

// Regular files only: a symlink's blob is its target's name, a submodule's entry is a commit.
const REGULAR_MODES = new Set(['100644', '100755']);

/**
 * Staged additions, copies, modifications, renames and type changes under `pathspecs`. `--raw` gives
 * each new blob id, so the content is read by id and never through the work tree. Renames are listed
 * as additions (`--no-renames`): the whole new file is scanned either way.
 */
export async function stagedFiles(pathspecs: readonly string[], io: Pick<CliIo, 'cwd' | 'env'>): Promise<StagedFile[]> {
  // diff.relative would make paths relative to the working directory and hide the rest of the tree.
  const args = ['-c', 'diff.relative=false', 'diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', '--diff-filter=ACMRT', '--', ...pathspecs];
  const fields = (await git(args, io)).toString('utf8').split('\0');
  const files: StagedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    // `:<old mode> <new mode> <old blob> <new blob> <status>` then the path.
    const [, newMode, , newBlob] = fields[i].replace(/^:/, '').split(' ');
    if (REGULAR_MODES.has(newMode) && /^[0-9a-f]{40,64}$/.test(newBlob)) files.push({ path: fields[i + 1], blob: newBlob });
  }
  return files;
}

/** Sizes of the given blobs, from one `git cat-file --batch-check`. */
async function blobSizes(blobs: readonly string[], io: Pick<CliIo, 'cwd' | 'env'>): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (!blobs.length) return sizes;
  const out = (await git(['cat-file', '--batch-check'], io, `${blobs.join('\n')}\n`)).toString('utf8');
  for (const line of out.split('\n')) {
    const [blob, type, size] = line.split(' ');
    if (type === 'blob') sizes.set(blob, Number(size));
  }
  return sizes;
}

/** Contents of the given blobs, from one `git cat-file --batch`: `<id> blob <size>\n<bytes>\n` each. */
export async function readBlobs(blobs: readonly string[], io: Pick<CliIo, 'cwd' | 'env'>): Promise<Map<string, Buffer>> {
  const contents = new Map<string, Buffer>();
  if (!blobs.length) return contents;
  const out = await git(['cat-file', '--batch'], io, `${blobs.join('\n')}\n`);
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol === -1) break;
    const [blob, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (type === undefined || size === undefined) continue;
    const length = Number(size);
    if (type === 'blob') contents.set(blob, out.subarray(at, at + length));
    at += length + 1;
  }
  return contents;
}

/**
 * The staged files as scan sources, named relative to the working directory. Files under the repo
 * config's ignored paths are left out; .gitignore is not consulted, because a staged file is
 * committed whether or not it is ignored. Blobs over `maxFileSize` are never read.
 */
export async function stagedSources(pathspecs: readonly string[], root: string, scopes: readonly ScopedIgnore[], maxFileSize: number, io: CliIo): Promise<Source[]> {
  // git reports the real path of the work tree; a cwd reached through a symlink must be compared as real too.
  const cwd = await realpath(io.cwd).catch(() => io.cwd);
  const files = (await stagedFiles(pathspecs, io)).filter((file) => !isIgnored(join(root, file.path), scopes));
  const sizes = await blobSizes([...new Set(files.map((file) => file.blob))], io);
  const small = [...sizes].filter(([, size]) => size <= maxFileSize).map(([blob]) => blob);
  const contents = await readBlobs(small, io);
  return files.map((file) => ({
    shown: shownPath(cwd, join(root, file.path)),
    size: sizes.get(file.blob) ?? 0,
    read: async () => {
      const bytes = contents.get(file.blob);
      if (!bytes) throw new CliError(`cannot read the staged content of ${file.path}`);
      return bytes;
    },
  }));
}
