// gitignore semantics for both the CLI and the extension, through the `ignore` package.
import ignore, { type Ignore } from 'ignore';

/** A set of gitignore-style patterns anchored at one folder. */
export interface ScopedIgnore {
  /** Folder the patterns are relative to, with forward slashes and no trailing slash. */
  readonly base: string;
  readonly matcher: Ignore;
}

/** Compiles gitignore text anchored at `base`. */
export function scopedIgnore(base: string, patterns: string | readonly string[]): ScopedIgnore {
  return { base: trimSlash(base.replace(/\\/g, '/')), matcher: ignore().add(patterns as string | string[]) };
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/**
 * True when `path` (absolute, forward slashes) is ignored by any of the scoped matchers. A matcher
 * only judges paths inside its own folder, as git does with nested .gitignore files.
 */
export function isIgnored(path: string, scopes: readonly ScopedIgnore[], isDirectory = false): boolean {
  const normal = path.replace(/\\/g, '/');
  for (const { base, matcher } of scopes) {
    const prefix = base === '/' ? '/' : `${base}/`;
    if (!normal.startsWith(prefix)) continue;
    const relative = normal.slice(prefix.length);
    if (!relative) continue;
    if (matcher.ignores(isDirectory ? `${relative}/` : relative)) return true;
  }
  return false;
}
