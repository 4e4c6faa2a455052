// The little git the quick fixes need. Git runs only for trusted `file:` workspaces on desktop, and
// everything degrades quietly without it (no git installed, vscode.dev).
import * as vscode from 'vscode';

/** True when git reports `file` as tracked in the repository at `root`; false when unknown. */
export async function isTrackedByGit(root: vscode.Uri, file: vscode.Uri): Promise<boolean> {
  if (!vscode.workspace.isTrusted || root.scheme !== 'file' || file.scheme !== 'file') return false;
  try {
    // Loaded lazily so the browser bundle never needs it.
    const { execFile } = await import('node:child_process');
    return await new Promise<boolean>((resolve) => {
      execFile('git', ['ls-files', '--error-unmatch', '--', file.fsPath], { cwd: root.fsPath, timeout: 5000 }, (error) => resolve(!error));
    });
  } catch {
    return false;
  }
}
