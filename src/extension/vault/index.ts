// The key vault: the user's own keys in SecretStorage, reaching programs through terminal environments.
import type * as vscode from 'vscode';
import type { Log } from '../log';

/** Registers the vault's commands and terminal injection. */
export function registerVault(_context: vscode.ExtensionContext, _log: Log): vscode.Disposable[] {
  return [];
}
