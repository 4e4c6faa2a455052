// Turns the engine's fix plans (offsets into each file's text) into one WorkspaceEdit.
import * as vscode from 'vscode';
import type { TextEdit } from '../../engine';
import { positionAt } from './files';

/** One file's part of a plan: its uri, its current text (undefined: to be created) and its edits. */
export interface FileEdits {
  readonly uri: vscode.Uri;
  readonly text: string | undefined;
  readonly edits: readonly TextEdit[];
}

/** Applies offset edits to a string, for files that are created with their final contents. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/** Adds every file's edits to one WorkspaceEdit, creating the files that do not exist yet. */
export function toWorkspaceEdit(files: readonly FileEdits[], label: string): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const metadata: vscode.WorkspaceEditEntryMetadata = { label, needsConfirmation: false };
  for (const file of files) {
    if (file.edits.length === 0) continue;
    if (file.text === undefined) {
      // createFile's `contents` does not cross to the web workbench (code-server), so insert the text instead.
      edit.createFile(file.uri, { ignoreIfExists: false }, metadata);
      edit.insert(file.uri, new vscode.Position(0, 0), applyTextEdits('', file.edits), metadata);
      continue;
    }
    const text = file.text;
    for (const e of file.edits) {
      edit.replace(file.uri, new vscode.Range(positionAt(text, e.start), positionAt(text, e.end)), e.newText, metadata);
    }
  }
  return edit;
}
