// The workspace's env files and where each stands with git: covered by .gitignore (judged with real
// gitignore semantics, no git needed) and tracked (asked of git, when git may run).
import * as vscode from 'vscode';
import { findEnvTarget, type EnvTarget } from '../fixes/envTarget';
import { parentOf } from '../fixes/files';
import { readSettings } from '../settings';
import { trackedNames } from './repo';

// `.env`, `.env.local`, `.env.production.local`; not `.envrc` (direnv, meant to be committed).
const ENV_NAME = /^\.env(?:\.[\w-]+)*$/;
// Templates hold names only, and dotenv-vault's `.env.vault` is encrypted: all are meant to be committed.
const COMMITTED_SUFFIXES = new Set(['example', 'sample', 'template', 'vault']);
// A workspace with more env files than this is a fixture tree; the first ones are enough to warn about.
const MAX_ENV_FILES = 200;

/** True for the name of a file holding real values: `.env`, `.env.local`, but not `.env.example`. */
export function isEnvFileName(name: string): boolean {
  if (!ENV_NAME.test(name)) return false;
  const last = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return !COMMITTED_SUFFIXES.has(last);
}

/** The last segment of a uri's path. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

// files.exclude, secretHygiene.exclude, and folders whose env files belong to someone else.
function excludeGlob(folder: vscode.WorkspaceFolder): string {
  const filesExclude = vscode.workspace.getConfiguration('files', folder).get<Record<string, boolean>>('exclude', {});
  const patterns = [...Object.keys(filesExclude).filter((key) => filesExclude[key] === true), ...readSettings(folder).exclude, '**/node_modules/**', '**/.git/**'];
  return `{${patterns.join(',')}}`;
}

/** Every env file in the workspace folders, outside excluded folders. */
export async function findEnvFiles(): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    try {
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.env*'), excludeGlob(folder), MAX_ENV_FILES);
      found.push(...uris.filter((uri) => isEnvFileName(baseName(uri))));
    } catch {
      // A file system without search (some virtual workspaces) has no env files to show.
    }
  }
  return found;
}

/** Where one env file stands. */
export interface EnvFileStatus {
  readonly uri: vscode.Uri;
  /** The .gitignore files that apply cover it. */
  readonly ignored: boolean;
  /** git tracks it; undefined when git could not say (no git, untrusted, not a repository). */
  readonly tracked?: boolean;
  /** The length of its first line, where the diagnostics go. */
  readonly firstLineLength: number;
}

/** The env target of an env file itself: its .gitignore, the entry that would cover it, its repository. */
export async function targetOf(uri: vscode.Uri): Promise<EnvTarget | undefined> {
  // Looking for the file's own name from its own folder finds the file itself first.
  const located = await findEnvTarget(uri, baseName(uri));
  return 'target' in located ? located.target : undefined;
}

/** The status of each env file; files outside the workspace folders are left out. */
export async function envFileStatuses(uris: readonly vscode.Uri[]): Promise<EnvFileStatus[]> {
  const targets = (await Promise.all(uris.map(targetOf))).filter((t): t is EnvTarget => t !== undefined);
  // One git run per folder: env files sit together, usually a handful in one or two folders.
  const byFolder = new Map<string, { dir: vscode.Uri; names: string[] }>();
  for (const target of targets) {
    if (!target.gitRoot) continue;
    const dir = parentOf(target.envUri);
    const entry = byFolder.get(dir.toString()) ?? { dir, names: [] };
    entry.names.push(baseName(target.envUri));
    byFolder.set(dir.toString(), entry);
  }
  const tracked = new Map<string, Set<string> | undefined>();
  await Promise.all([...byFolder].map(async ([key, { dir, names }]) => tracked.set(key, await trackedNames(dir, names))));
  return targets.map((target) => {
    const names = target.gitRoot ? tracked.get(parentOf(target.envUri).toString()) : undefined;
    const firstLine = (target.envText ?? '').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
    return {
      uri: target.envUri,
      ignored: target.covered,
      tracked: names?.has(baseName(target.envUri)),
      firstLineLength: firstLine.length,
    };
  });
}
