// "Secret Hygiene: Reveal Key": shows a stored value on screen, only after a modal confirmation, and
// only in an input box: never in a notification, which would keep it in the notification center.
import * as vscode from 'vscode';
import { confirm, keyNameFor, readKey, registerVaultCommand, sayNotStored } from '../vault/prompts';
import type { VaultServices } from '../vault/services';

/** The command's id. */
export const REVEAL_KEY = 'secretHygiene.revealKey';

/** Optional arguments. There is deliberately none that skips the confirmation. */
export interface RevealKeyArgs {
  readonly name: string;
}

/** What the command did. */
export interface RevealKeyResult {
  readonly revealed: boolean;
  readonly name?: string;
}

/** Registers the command. */
export function registerRevealKey(services: VaultServices): vscode.Disposable {
  return registerVaultCommand<RevealKeyArgs, RevealKeyResult>(REVEAL_KEY, services, async (args) => {
    const name = await keyNameFor(services, args.name, vscode.l10n.t('Reveal Key'));
    if (!name) return { revealed: false };
    if (!services.vault.has(name)) {
      sayNotStored(name);
      return { revealed: false, name };
    }
    const ok = await confirm(
      vscode.l10n.t('Reveal {0} on screen?', name),
      vscode.l10n.t('Anyone who can see your screen, or a screen share or recording, will see the whole key.'),
      vscode.l10n.t('Reveal'),
    );
    if (!ok) return { revealed: false, name };
    const value = await readKey(services, name);
    if (value === undefined) return { revealed: false, name };
    services.log.info(`vault: revealed ${name}`);
    await vscode.window.showInputBox({
      title: vscode.l10n.t('Secret Hygiene: {0}', name),
      prompt: vscode.l10n.t('The stored value, selected for copying. Press Escape or Enter to close; editing it here changes nothing.'),
      value,
      valueSelection: [0, value.length],
      ignoreFocusOut: false,
    });
    return { revealed: true, name };
  });
}
