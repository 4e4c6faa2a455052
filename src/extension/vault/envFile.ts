// Writing a vault key into a workspace folder's .env, and the .gitignore check that goes with it.
import ignore from 'ignore';
import * as vscode from 'vscode';
import { parseDotenv, quoteDotenvValue } from './dotenvText';

/** What writing a key to .env did. */
export interface EnvWriteResult {
  /** `written`: appended; `unchanged`: the same value was already there; `conflict`: a different value is there and was kept. */
  readonly status: 'written' | 'unchanged' | 'conflict' | 'unquotable';
  readonly envFile: vscode.Uri;
  /** True when `.env` was added to `.gitignore` (or `.gitignore` was created for it). */
  readonly gitignoreUpdated: boolean;
}

/** The open document for `uri`, or undefined when the file does not exist. */
async function openIfExists(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
  return vscode.workspace.openTextDocument(uri);
}

/** Saves what a WorkspaceEdit left dirty, so the change is on disk as the user asked. */
export async function saveTouched(uris: readonly vscode.Uri[]): Promise<void> {
  for (const uri of uris) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc?.isDirty) await doc.save();
  }
}

function eolOf(doc: vscode.TextDocument | undefined): string {
  return doc?.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

// Appends `line` to an existing document or creates the file holding just that line.
function appendLine(edit: vscode.WorkspaceEdit, uri: vscode.Uri, doc: vscode.TextDocument | undefined, line: string): void {
  if (!doc) {
    edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(`${line}\n`) });
    return;
  }
  const eol = eolOf(doc);
  const text = doc.getText();
  const lead = text.length === 0 || text.endsWith('\n') ? '' : eol;
  edit.insert(uri, doc.positionAt(text.length), `${lead}${line}${eol}`);
}

/**
 * Appends `NAME=value` to `folder/.env` (creating it), never replacing a different value already
 * there, and adds `.env` to `folder/.gitignore` when that file does not already ignore it. One
 * WorkspaceEdit, so it undoes as one step. Until the shared .env writer of the quick fix lands, this
 * is the vault's own, deliberately minimal version: same file, same quoting guarantee.
 */
export async function writeKeyToEnvFile(folder: vscode.Uri, name: string, value: string): Promise<EnvWriteResult> {
  const envFile = vscode.Uri.joinPath(folder, '.env');
  const gitignore = vscode.Uri.joinPath(folder, '.gitignore');
  const envDoc = await openIfExists(envFile);
  const existing = envDoc ? parseDotenv(envDoc.getText()) : {};
  const done = (status: EnvWriteResult['status']): EnvWriteResult => ({ status, envFile, gitignoreUpdated: false });
  if (Object.hasOwn(existing, name)) return done(existing[name] === value ? 'unchanged' : 'conflict');
  const rhs = quoteDotenvValue(value);
  if (rhs === undefined) return done('unquotable');

  const edit = new vscode.WorkspaceEdit();
  appendLine(edit, envFile, envDoc, `${name}=${rhs}`);
  const ignoreDoc = await openIfExists(gitignore);
  const ignored = ignoreDoc !== undefined && ignore().add(ignoreDoc.getText()).ignores('.env');
  if (!ignored) appendLine(edit, gitignore, ignoreDoc, '.env');
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('VS Code did not apply the edit to .env');
  await saveTouched([envFile, gitignore]);
  return { status: 'written', envFile, gitignoreUpdated: !ignored };
}
