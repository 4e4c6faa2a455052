// Reading workspace files the way an edit will see them: an open document's buffer wins over the disk.
import * as vscode from 'vscode';
import { lacksWriteBits, readBytes } from '../localFiles';

/** A file's current text, or undefined when it does not exist. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  // Unsaved changes win; a clean buffer may outlive its file (deleted on disk while still loaded), so the disk decides.
  const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
  if (open?.isDirty) return open.getText();
  try {
    return new TextDecoder().decode(await readBytes(uri));
  } catch {
    return undefined;
  }
}

// FilePermission.Locked, which @types/vscode 1.90 does not declare yet.
const LOCKED = 2;

/** True when the file exists and its file system reports it read-only. */
export async function isReadonly(uri: vscode.Uri): Promise<boolean> {
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) return true;
  const stat = await vscode.workspace.fs.stat(uri).then((s) => s, () => undefined);
  if (stat === undefined) return false;
  // Hosts report a file without write bits as Readonly (1) or, newer ones, as Locked (2): both mean "do not write".
  if (((stat.permissions ?? 0) & (vscode.FilePermission.Readonly | LOCKED)) !== 0) return true;
  // Some hosts report no permissions at all for a local file; its mode bits still say what the user meant,
  // even when running as root, which could write it anyway.
  return lacksWriteBits(uri);
}

/** The position of `offset` in `text`, as VS Code counts lines and UTF-16 columns. */
export function positionAt(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return new vscode.Position(line, offset - lineStart);
}

/** The parent folder of a uri. */
export function parentOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}
