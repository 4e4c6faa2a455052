// Writing a vault key into a workspace folder's .env, and the .gitignore check that goes with it.
import * as vscode from 'vscode';
import { envFileEdits, gitignoreEdits, parseDotenv } from '../../engine';
import { findEnvTarget } from '../fixes/envTarget';
import { saveAll } from '../fixes/finishMove';
import { toWorkspaceEdit } from '../fixes/toWorkspaceEdit';

/** What writing a key to .env did. */
export interface EnvWriteResult {
  /** `written`: appended; `unchanged`: the same value was already there; `conflict`: a different value is there and was kept. */
  readonly status: 'written' | 'unchanged' | 'conflict' | 'unquotable';
  readonly envFile: vscode.Uri;
  /** True when `.env` was added to `.gitignore` (or `.gitignore` was created for it). */
  readonly gitignoreUpdated: boolean;
}

/**
 * Appends `NAME=value` to the .env the quick fix would use (the nearest one from `folder`), never
 * replacing a different value already there, and makes .gitignore cover it by the same real gitignore
 * check. The same engine writer as "Move to .env", in one WorkspaceEdit, so it undoes as one step.
 */
export async function writeKeyToEnvFile(folder: vscode.Uri, name: string, value: string): Promise<EnvWriteResult> {
  const located = await findEnvTarget(vscode.Uri.joinPath(folder, '.secret-hygiene-vault'), '.env');
  if ('problem' in located) throw new Error(located.problem);
  const target = located.target;
  const existing = parseDotenv(target.envText ?? '');
  const done = (status: EnvWriteResult['status']): EnvWriteResult => ({ status, envFile: target.envUri, gitignoreUpdated: false });
  if (existing.has(name)) return done(existing.get(name) === value ? 'unchanged' : 'conflict');
  const envEdits = envFileEdits(target.envText === undefined ? undefined : { text: target.envText }, [{ name, value }], []);
  if (!envEdits) return done('unquotable');
  const ignore = gitignoreEdits({ covered: target.covered, text: target.gitignoreText, entry: target.gitignoreEntry });
  const files = [
    { uri: target.envUri, text: target.envText, edits: envEdits },
    ...(ignore.plan ? [{ uri: target.gitignoreUri, text: ignore.plan.create ? undefined : target.gitignoreText, edits: ignore.plan.edits }] : []),
  ];
  if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(files, vscode.l10n.t('Write {0} to .env', name))))) throw new Error(vscode.l10n.t('VS Code did not apply the edit to .env'));
  await saveAll(files.map((f) => f.uri.toString()));
  return { status: 'written', envFile: target.envUri, gitignoreUpdated: ignore.plan !== undefined };
}
