// Walks the paths given on the command line, honouring nested .gitignore files and the repo config.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isIgnored, scopedIgnore, type ScopedIgnore } from '../common/pathFilter';

/** A file the walker decided to scan. */
export interface WalkedFile {
  readonly path: string;
  readonly size: number;
}

async function gitignoreAt(dir: string): Promise<ScopedIgnore | undefined> {
  try {
    return scopedIgnore(dir, await readFile(join(dir, '.gitignore'), 'utf8'));
  } catch {
    return undefined;
  }
}

// Parent folders' .gitignore files up to the repository root apply to a scan that starts below it.
async function inheritedScopes(dir: string): Promise<ScopedIgnore[]> {
  const scopes: ScopedIgnore[] = [];
  let current = resolve(dir);
  for (;;) {
    const parent = resolve(current, '..');
    if (parent === current) break;
    const hasGit = await stat(join(current, '.git')).then(() => true, () => false);
    if (hasGit) break;
    current = parent;
    const scope = await gitignoreAt(current);
    if (scope) scopes.unshift(scope);
  }
  return scopes;
}

/** Yields every file under `roots` that is not ignored, depth first, in name order. */
export async function* walk(roots: readonly string[], baseScopes: readonly ScopedIgnore[]): AsyncGenerator<WalkedFile> {
  for (const root of roots) {
    const absolute = resolve(root);
    const info = await stat(absolute);
    if (info.isFile()) {
      yield { path: absolute, size: info.size };
      continue;
    }
    const inherited = await inheritedScopes(absolute);
    // A folder named on the command line is scanned even if a parent .gitignore excludes it, as ripgrep does.
    const scopes = [...baseScopes, ...(isIgnored(absolute, inherited, true) ? [] : inherited)];
    yield* walkDirectory(absolute, scopes);
  }
}

async function* walkDirectory(dir: string, scopes: readonly ScopedIgnore[]): AsyncGenerator<WalkedFile> {
  const own = await gitignoreAt(dir);
  const here = own ? [...scopes, own] : scopes;
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // A folder's files are sized all at once: one by one, each stat would wait for the one before.
  const files = entries.filter((entry) => entry.isFile() && !isIgnored(join(dir, entry.name), here));
  const sizes = new Map(await Promise.all(files.map(async (entry) => [entry, (await stat(join(dir, entry.name))).size] as const)));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === '.git' || isIgnored(path, here, true)) continue;
      yield* walkDirectory(path, here);
    } else if (sizes.has(entry)) {
      yield { path, size: sizes.get(entry)! };
    }
  }
}
