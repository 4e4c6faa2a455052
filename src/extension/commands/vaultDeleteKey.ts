// "Secret Hygiene: Delete Key": removes a stored key after confirmation, and from new terminals.
import * as vscode from 'vscode';
import { confirm, keyNameFor, registerVaultCommand, sayNotStored } from '../vault/prompts';
import type { VaultServices } from '../vault/services';

/** The command's id. */
export const DELETE_KEY = 'secretHygiene.deleteKey';

/** Optional arguments; a missing name is picked, and the deletion is confirmed unless told not to ask. */
export interface DeleteKeyArgs {
  readonly name: string;
  /** Delete without the confirmation dialog (for scripts and tests). */
  readonly skipConfirmation: boolean;
}

/** What the command did. */
export interface DeleteKeyResult {
  readonly deleted: boolean;
  readonly name?: string;
}

/** Registers the command. */
export function registerDeleteKey(services: VaultServices): vscode.Disposable {
  return registerVaultCommand<DeleteKeyArgs, DeleteKeyResult>(DELETE_KEY, services, async (args) => {
    const name = await keyNameFor(services, args.name, vscode.l10n.t('Delete Key'));
    if (!name) return { deleted: false };
    if (!services.vault.has(name)) {
      sayNotStored(name);
      return { deleted: false, name };
    }
    const ok =
      args.skipConfirmation === true ||
      (await confirm(vscode.l10n.t('Delete {0}?', name), vscode.l10n.t('The key is removed from secret storage and from new terminals. This cannot be undone.'), vscode.l10n.t('Delete')));
    if (!ok) return { deleted: false, name };
    await services.vault.delete(name);
    await services.terminals.forget(name);
    services.log.info(`vault: deleted ${name}`);
    void vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: deleted {0}.', name));
    return { deleted: true, name };
  });
}
