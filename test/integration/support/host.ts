// Helpers for integration tests: polling with a deadline (never a fixed sleep) and workspace files.
import * as vscode from 'vscode';

/** The extension under test. */
export const EXTENSION_ID = 'secret-hygiene.secret-hygiene';

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Our diagnostics on `uri`. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Secret Hygiene');
}

/** Waits until our diagnostics on `uri` satisfy `accept`, and returns them. */
export function diagnosticsWhen(uri: vscode.Uri, accept: (found: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const found = ours(uri);
    return accept(found) ? found : undefined;
  });
}

/** The first workspace folder, where the launcher put a writable copy of the fixture workspace. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder');
  return folder.uri;
}

/** Writes a file under the workspace root (creating folders) and returns its uri. */
export async function writeFile(relativePath: string, content: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}

/** Deletes a workspace file if it exists. */
export async function removeFile(relativePath: string): Promise<void> {
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), relativePath), { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

/** Activates the extension and returns once it is ready. */
export async function activate(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  await extension.activate();
}

/** Closes every editor, so tests do not see each other's documents. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
