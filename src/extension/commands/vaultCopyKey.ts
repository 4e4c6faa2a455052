// "Secret Hygiene: Copy Key": a stored key's value onto the clipboard, for pasting into a web console or a prompt.
import * as vscode from 'vscode';
import { readSettings } from '../settings';
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
  /** When the clipboard will be emptied, if it still holds the key; absent when it is left alone. */
  readonly clearsInSeconds?: number;
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
    const seconds = readSettings().clipboardClearSeconds;
    if (seconds === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: copied {0} to the clipboard.', name));
      return { copied: true, name };
    }
    setTimeout(() => void clearIfStillHolding(value, name, services), seconds * 1000);
    void vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: copied {0} to the clipboard. It will be cleared in {1} s.', name, seconds));
    return { copied: true, name, clearsInSeconds: seconds };
  });
}

// A key left on the clipboard ends up pasted into a chat or a commit; what the user copied since is theirs.
async function clearIfStillHolding(value: string, name: string, services: VaultServices): Promise<void> {
  if ((await vscode.env.clipboard.readText()) !== value) return;
  await vscode.env.clipboard.writeText('');
  services.log.info(`vault: cleared ${name} from the clipboard`);
}
