// Applying quick fixes the way the lightbulb does, and reading what they wrote, for integration tests.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, waitFor, workspaceRoot } from './host';

/** A file's bytes as text (a BOM kept), relative to `root`, or undefined when it does not exist. */
export async function disk(relativePath: string, root: vscode.Uri = workspaceRoot()): Promise<string | undefined> {
  try {
    // ignoreBOM keeps a byte-order mark in the text, so byte-for-byte checks see it.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, relativePath)));
  } catch {
    return undefined;
  }
}

/** The code actions offered on the first of our diagnostics in `uri`. */
export async function actionsFor(uri: vscode.Uri): Promise<vscode.CodeAction[]> {
  await vscode.window.showTextDocument(uri);
  const [diagnostic] = await diagnosticsWhen(uri, (d) => d.length >= 1, `a diagnostic in ${uri.path}`);
  // The host cancels a code-action request that overlaps a document or selection change; ask again.
  return waitFor('code actions', async () => {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    } catch (error) {
      if ((error as Error).message === 'Canceled') return undefined;
      throw error;
    }
  });
}

/** Applies an action the way the lightbulb does: its edit, then its command. */
export async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(!action.disabled, `action disabled: ${action.disabled?.reason}`);
  assert.ok(action.edit, 'action has no edit');
  assert.equal(await vscode.workspace.applyEdit(action.edit), true);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The preferred action among `actions`; fails the test when there is none. */
export function preferred(actions: vscode.CodeAction[]): vscode.CodeAction {
  const found = actions.find((a) => a.isPreferred);
  assert.ok(found, `no preferred action among ${actions.map((a) => a.title).join(' | ')}`);
  return found;
}

