// Reading files where the extension host runs. In a remote or web-served window each workspace.fs call is a
// round trip through the window (about 6 ms in the code-server test host), and a workspace scan or a
// quick fix makes many. For a `file:` uri, Node's file system gives the same bytes at once. The browser
// build and virtual workspaces have only workspace.fs.
import * as vscode from 'vscode';

type NodeFs = typeof import('node:fs/promises');
let nodeFs: Promise<NodeFs | undefined> | undefined;

// Node's file system for a `file:` uri where the host has one; loaded on first use, never in the browser build.
async function nodeFsFor(uri: vscode.Uri): Promise<NodeFs | undefined> {
  return uri.scheme === 'file' ? (nodeFs ??= import('node:fs/promises').catch(() => undefined)) : undefined;
}

/** A file's bytes; rejects when it cannot be read. */
export async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  const fs = await nodeFsFor(uri);
  return fs ? fs.readFile(uri.fsPath) : vscode.workspace.fs.readFile(uri);
}

/** A file's size in bytes; rejects when it does not exist. */
export async function sizeOf(uri: vscode.Uri): Promise<number> {
  const fs = await nodeFsFor(uri);
  return fs ? (await fs.stat(uri.fsPath)).size : (await vscode.workspace.fs.stat(uri)).size;
}

/** True when `uri` exists (a file or a folder). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  const fs = await nodeFsFor(uri);
  return (fs ? fs.stat(uri.fsPath) : vscode.workspace.fs.stat(uri)).then(() => true, () => false);
}

/** True when `uri` is a local file whose mode bits allow nobody to write it; false where that cannot be told. */
export async function lacksWriteBits(uri: vscode.Uri): Promise<boolean> {
  const fs = await nodeFsFor(uri);
  return fs ? fs.stat(uri.fsPath).then((stat) => (stat.mode & 0o222) === 0, () => false) : false;
}
