// The questions the editor asks git: which repository, which files are tracked, and whether a secret
// was ever committed. Each answer may be undefined, meaning "git could not say".
import * as vscode from 'vscode';
import { runGit, gitOutputContains } from './run';

/** A repository: the top of its work tree and its git directory (which a worktree keeps elsewhere). */
export interface Repo {
  readonly root: vscode.Uri;
  readonly gitDir: vscode.Uri;
}

/** The repository containing the folder `dir`, or undefined outside one (or without git). */
export async function repoOf(dir: vscode.Uri): Promise<Repo | undefined> {
  const out = await runGit(dir, ['rev-parse', '--show-toplevel', '--absolute-git-dir']);
  const [root, gitDir] = out?.stdout.split('\n') ?? [];
  return root && gitDir ? { root: vscode.Uri.file(root), gitDir: vscode.Uri.file(gitDir) } : undefined;
}

/** Which of the files named `names` in the folder `dir` git tracks; undefined when unknown. */
export async function trackedNames(dir: vscode.Uri, names: readonly string[]): Promise<Set<string> | undefined> {
  if (names.length === 0) return new Set();
  // Asked from the files' own folder with bare names, so no path has to be made relative to a root
  // that git may spell differently (symlinks, case); literal, so a name is never read as a glob.
  const out = await runGit(dir, ['--literal-pathspecs', 'ls-files', '-z', '--', ...names]);
  return out && new Set(out.stdout.split('\0').filter(Boolean));
}

/** True when git reports `file` as tracked in the repository at `root`; false when not or unknown. */
export async function isTrackedByGit(root: vscode.Uri, file: vscode.Uri): Promise<boolean> {
  if (file.scheme !== 'file') return false;
  const out = await runGit(root, ['--literal-pathspecs', 'ls-files', '--error-unmatch', '--', file.fsPath], { answers: [0, 1] });
  return out?.code === 0;
}

/** How far back the history check looks, across all branches, tags and remotes. */
export const HISTORY_MAX_COMMITS = 500;
const HISTORY_TIMEOUT_MS = 15_000;
const MIN_NEEDLE = 8;

/**
 * What to look for: the secret itself, or for a secret spanning lines (a PEM body) its longest line,
 * because git grep patterns are single lines. Undefined when too short to be told apart from chance.
 */
export function searchNeedle(secret: string): string | undefined {
  const longest = secret
    .split(/\r?\n/)
    .map((line) => line.trim())
    .reduce((best, line) => (line.length > best.length ? line : best), '');
  return longest.length >= MIN_NEEDLE ? longest : undefined;
}

/**
 * True when `secret` is in the HEAD tree of the repository holding `dir`, or in the changes of its last
 * HISTORY_MAX_COMMITS commits on any branch, tag or remote (what `git log -S` would find, bounded).
 * The secret reaches git only on stdin, or is searched for here in git's output, never in argv, where
 * any local process could read it.
 */
export async function isCommitted(dir: vscode.Uri, secret: string): Promise<boolean | undefined> {
  const needle = searchNeedle(secret);
  if (!needle) return undefined;
  // `:/` is the top of the tree: git grep otherwise searches only below the working directory.
  const head = await runGit(dir, ['grep', '-q', '-I', '-F', '-f', '-', 'HEAD', '--', ':/'], { input: `${needle}\n`, answers: [0, 1], timeoutMs: HISTORY_TIMEOUT_MS });
  if (head?.code === 0) return true;
  const history = await gitOutputContains(
    dir,
    [
      '-c', 'diff.relative=false',
      'log', '--exclude=refs/stash', '--all', `--max-count=${HISTORY_MAX_COMMITS}`,
      '-p', '--unified=0', '--format=', '--no-color', '--no-ext-diff', '--no-textconv',
    ],
    needle,
    { timeoutMs: HISTORY_TIMEOUT_MS },
  );
  if (history) return true;
  return head === undefined || history === undefined ? undefined : false;
}
