// "Secret Hygiene: Write Key to .env": for tools that only read .env, appends a stored key to the
// workspace folder's .env (never replacing a different value) and makes sure git ignores that file.
import * as vscode from 'vscode';
import { writeKeyToEnvFile, type EnvWriteResult } from '../vault/envFile';
import { keyNameFor, readKey, registerVaultCommand, targetFolder } from '../vault/prompts';
import type { VaultServices } from '../vault/services';

/** The command's id. */
export const WRITE_KEY_TO_ENV = 'secretHygiene.writeKeyToEnv';

/** Optional arguments; a missing name is picked, a missing folder is the active editor's or asked for. */
export interface WriteKeyToEnvArgs {
  readonly name: string;
  /** The workspace folder (or a file in it) whose .env receives the key. */
  readonly folder: vscode.Uri | string;
}

/** What the command did, with the .env file's uri as a string. */
export interface WriteKeyToEnvResult {
  readonly status: EnvWriteResult['status'] | 'cancelled';
  readonly name?: string;
  readonly envFile?: string;
  readonly gitignoreUpdated?: boolean;
}

/** Registers the command. */
export function registerWriteKeyToEnv(services: VaultServices): vscode.Disposable {
  return registerVaultCommand<WriteKeyToEnvArgs, WriteKeyToEnvResult>(WRITE_KEY_TO_ENV, services, async (args) => {
    const name = await keyNameFor(services, args.name, vscode.l10n.t('Write Key to .env'));
    if (!name) return { status: 'cancelled' };
    const folder = await targetFolder(args.folder);
    if (!folder) {
      if (!vscode.workspace.workspaceFolders?.length) void vscode.window.showErrorMessage(vscode.l10n.t('Secret Hygiene: open a folder to write a key to its .env.'));
      return { status: 'cancelled', name };
    }
    const value = await readKey(services, name);
    if (value === undefined) return { status: 'cancelled', name };
    const result = await writeKeyToEnvFile(folder.uri, name, value);
    const file = vscode.workspace.asRelativePath(result.envFile);
    services.log.info(`vault: write ${name} to ${file}: ${result.status}${result.gitignoreUpdated ? '; added .env to .gitignore' : ''}`);
    switch (result.status) {
      case 'written':
        void vscode.window
          .showInformationMessage(
            result.gitignoreUpdated
              ? vscode.l10n.t('Secret Hygiene: wrote {0} to {1} and added .env to .gitignore. The value is now also in that plain-text file.', name, file)
              : vscode.l10n.t('Secret Hygiene: wrote {0} to {1} (already git-ignored). The value is now also in that plain-text file.', name, file),
            vscode.l10n.t('Open .env'),
          )
          .then((choice) => {
            if (choice) void vscode.window.showTextDocument(result.envFile);
          });
        break;
      case 'unchanged':
        void vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: {0} already has {1} with this value.', file, name));
        break;
      case 'conflict':
        void vscode.window.showWarningMessage(
          vscode.l10n.t('Secret Hygiene: {0} already defines {1} with a different value. It was left as it is; rename the key or edit {0} first.', file, name),
        );
        break;
      case 'unquotable':
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Secret Hygiene: the value of {0} mixes every quote character with line breaks, so no .env quoting reads it back exactly. Nothing was written.', name),
        );
        break;
    }
    return { status: result.status, name, envFile: result.envFile.toString(), gitignoreUpdated: result.gitignoreUpdated };
  });
}
