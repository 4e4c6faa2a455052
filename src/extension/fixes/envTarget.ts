// Where a moved secret goes: the nearest .env between the file and its workspace folder, and the
// .gitignore that has to cover it, judged with real gitignore semantics (nested files, negations).
import * as vscode from 'vscode';
import { isIgnored, scopedIgnore, type ScopedIgnore } from '../../common/pathFilter';
import { exists } from '../localFiles';
import { parentOf, readText } from './files';

/** Everything the planner needs to know about the env file and its ignore rules. */
export interface EnvTarget {
  /** The workspace folder holding the env file; none for a file opened outside every folder. */
  readonly folder?: vscode.WorkspaceFolder;
  readonly envUri: vscode.Uri;
  readonly envText?: string;
  readonly exampleUri: vscode.Uri;
  readonly exampleText?: string;
  /** The .gitignore a line would be appended to: the repository root's, else the workspace folder's. */
  readonly gitignoreUri: vscode.Uri;
  readonly gitignoreText?: string;
  /** The line that ignores the env file, relative to that .gitignore. */
  readonly gitignoreEntry: string;
  readonly covered: boolean;
  /** The repository root when the folder is in a git repository. */
  readonly gitRoot?: vscode.Uri;
}

/** Why there is no target (an untitled file with no folder open, a virtual file outside the workspace), or the target. */
export type EnvTargetResult = { readonly target: EnvTarget } | { readonly problem: string };

function relative(from: vscode.Uri, to: vscode.Uri): string {
  const base = from.path.endsWith('/') ? from.path : `${from.path}/`;
  return to.path.startsWith(base) ? to.path.slice(base.length) : to.path;
}

async function findGitRoot(start: vscode.Uri): Promise<vscode.Uri | undefined> {
  for (let dir = start; ; dir = parentOf(dir)) {
    if (await exists(vscode.Uri.joinPath(dir, '.git'))) return dir;
    if (parentOf(dir).path === dir.path) return undefined;
  }
}

// .gitignore files from the root down to `dir`, each anchored at its own folder.
async function ignoreScopes(root: vscode.Uri, dir: vscode.Uri): Promise<ScopedIgnore[]> {
  const scopes: ScopedIgnore[] = [];
  const parts = relative(root, dir).split('/').filter(Boolean);
  let current = root;
  for (let i = 0; i <= parts.length; i++) {
    const text = await readText(vscode.Uri.joinPath(current, '.gitignore'));
    if (text !== undefined) scopes.push(scopedIgnore(current.path, text));
    if (i < parts.length) current = vscode.Uri.joinPath(current, parts[i]);
  }
  return scopes;
}

// Where the search for an env file starts and where it stops, and the workspace folder that holds it.
interface Place {
  readonly folder?: vscode.WorkspaceFolder;
  readonly from: vscode.Uri;
  readonly boundary: vscode.Uri;
}

// An untitled file has no folder of its own, and would be saved into the workspace's first folder. A
// file opened outside every folder keeps its env file in its repository, or beside it when there is none.
async function placeOf(document: vscode.Uri): Promise<Place | { readonly problem: string }> {
  if (document.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return { problem: vscode.l10n.t('Open a folder first: an untitled file has no folder for the .env file.') };
    return { folder, from: folder.uri, boundary: folder.uri };
  }
  const folder = vscode.workspace.getWorkspaceFolder(document);
  if (folder) return { folder, from: parentOf(document), boundary: folder.uri };
  if (document.scheme !== 'file') return { problem: vscode.l10n.t('Save the file inside a workspace folder first: the .env file is placed relative to it.') };
  const dir = parentOf(document);
  return { from: dir, boundary: (await findGitRoot(dir)) ?? dir };
}

/** Finds the env file for `document` (named `envFileName`) and whether git already ignores it. */
export async function findEnvTarget(document: vscode.Uri, envFileName: string): Promise<EnvTargetResult> {
  const place = await placeOf(document);
  if ('problem' in place) return place;
  const { folder, boundary } = place;
  let envUri = vscode.Uri.joinPath(boundary, envFileName);
  for (let dir = place.from; dir.path.startsWith(boundary.path); dir = parentOf(dir)) {
    const candidate = vscode.Uri.joinPath(dir, envFileName);
    if (await exists(candidate)) {
      envUri = candidate;
      break;
    }
    if (dir.path === boundary.path || parentOf(dir).path === dir.path) break;
  }
  const envDir = parentOf(envUri);
  const gitRoot = envDir.scheme === 'file' ? await findGitRoot(envDir) : undefined;
  const root = gitRoot ?? boundary;
  const scopes = await ignoreScopes(root, envDir);
  const gitignoreUri = vscode.Uri.joinPath(root, '.gitignore');
  return {
    target: {
      folder,
      envUri,
      envText: await readText(envUri),
      exampleUri: vscode.Uri.joinPath(envDir, '.env.example'),
      exampleText: await readText(vscode.Uri.joinPath(envDir, '.env.example')),
      gitignoreUri,
      gitignoreText: await readText(gitignoreUri),
      gitignoreEntry: relative(root, envUri),
      covered: isIgnored(envUri.path, scopes),
      gitRoot,
    },
  };
}
