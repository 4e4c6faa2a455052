// Notebook cells are documents of their own (scheme vscode-notebook-cell), but they live in, and are
// saved with, their notebook's file: workspace folders, repo config and .env placement go by that file.
import * as vscode from 'vscode';

/** The open notebook holding the cell document `uri`, if any. */
export function notebookOfCell(uri: vscode.Uri): vscode.NotebookDocument | undefined {
  if (uri.scheme !== 'vscode-notebook-cell') return undefined;
  const key = uri.toString();
  return vscode.workspace.notebookDocuments.find((nb) => nb.getCells().some((cell) => cell.document.uri.toString() === key));
}

/** The file a document is saved in: a notebook cell's notebook, else the document's own uri. */
export function fileOf(uri: vscode.Uri): vscode.Uri {
  if (uri.scheme !== 'vscode-notebook-cell') return uri;
  return notebookOfCell(uri)?.uri ?? uri.with({ scheme: 'file', fragment: '' });
}
