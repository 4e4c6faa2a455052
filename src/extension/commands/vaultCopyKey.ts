// "Secret Hygiene: Copy Key": a stored key's value onto the clipboard, for pasting into a web console or a prompt.
import * as vscode from 'vscode';
import { keyNameFor, readKey, registerVaultCommand } from '../vault/prompts';
import type { VaultServices } from '../vault/services';

/** The command's id. */
export const COPY_KEY = 'secretHygiene.copyKey';

/** Optional arguments; a missing name is picked from the stored keys. */
export interface CopyKeyArgs {
  readonly name: string;
}

/** What the command did. */
export interface CopyKeyResult {
  readonly copied: boolean;
  readonly name?: string;
}

/** Registers the command. */
export function registerCopyKey(services: VaultServices): vscode.Disposable {
  return registerVaultCommand<CopyKeyArgs, CopyKeyResult>(COPY_KEY, services, async (args) => {
    const name = await keyNameFor(services, args.name, vscode.l10n.t('Copy Key'));
    if (!name) return { copied: false };
    const value = await readKey(services, name);
    if (value === undefined) return { copied: false, name };
    await vscode.env.clipboard.writeText(value);
    services.log.info(`vault: copied ${name} to the clipboard`);
    void vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: copied {0} to the clipboard.', name));
    return { copied: true, name };
  });
}
