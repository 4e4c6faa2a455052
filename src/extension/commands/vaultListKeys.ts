// "Secret Hygiene: List Keys": every stored key with when it was stored and the provider its value
// matched, never the value; picking one offers what can be done with it.
import * as vscode from 'vscode';
import { keyItems, registerVaultCommand, sayNoKeys } from '../vault/prompts';
import type { VaultServices } from '../vault/services';
import type { VaultKey } from '../vault/store';

/** The command's id. */
export const LIST_KEYS = 'secretHygiene.listKeys';

/** Optional arguments. */
export interface ListKeysArgs {
  /** Return the listing without showing the picker. */
  readonly quiet: boolean;
}

/** The listing (metadata only), and what the user picked from it. */
export interface ListKeysResult {
  readonly keys: readonly (VaultKey & { readonly injected: boolean })[];
  readonly picked?: string;
  /** The command run on the picked key. */
  readonly action?: string;
}

interface ActionItem extends vscode.QuickPickItem {
  readonly command: string;
}

function actionsFor(injected: boolean): ActionItem[] {
  return [
    { label: `$(copy) ${vscode.l10n.t('Copy to Clipboard')}`, command: 'secretHygiene.copyKey' },
    {
      label: `$(terminal) ${injected ? vscode.l10n.t('Stop Injecting into Terminals') : vscode.l10n.t('Inject into Terminals')}`,
      command: 'secretHygiene.toggleTerminalInjection',
    },
    { label: `$(edit) ${vscode.l10n.t('Rename…')}`, command: 'secretHygiene.renameKey' },
    { label: `$(eye) ${vscode.l10n.t('Reveal…')}`, command: 'secretHygiene.revealKey', description: vscode.l10n.t('asks first') },
    { label: `$(file) ${vscode.l10n.t('Write to .env…')}`, command: 'secretHygiene.writeKeyToEnv', description: vscode.l10n.t('puts the value in a plain-text file') },
    { label: `$(trash) ${vscode.l10n.t('Delete…')}`, command: 'secretHygiene.deleteKey' },
  ];
}

/** Registers the command. */
export function registerListKeys(services: VaultServices): vscode.Disposable {
  return registerVaultCommand<ListKeysArgs, ListKeysResult>(LIST_KEYS, services, (args) => listKeys(services, args));
}

async function listKeys(services: VaultServices, args: Partial<ListKeysArgs>): Promise<ListKeysResult> {
  const keys = services.vault.list().map((key) => ({ ...key, injected: services.terminals.isInjected(key.name) }));
  if (args.quiet) return { keys };
  if (keys.length === 0) {
    sayNoKeys();
    return { keys };
  }
  const picked = await vscode.window.showQuickPick(keyItems(services), {
    title: keys.length === 1 ? vscode.l10n.t('Secret Hygiene: 1 stored key') : vscode.l10n.t('Secret Hygiene: {0} stored keys', keys.length),
    placeHolder: vscode.l10n.t('Pick a key to copy, inject, rename, reveal, write to .env or delete'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return { keys };
  const injected = services.terminals.isInjected(picked.name);
  const action = await vscode.window.showQuickPick(actionsFor(injected), { title: vscode.l10n.t('Secret Hygiene: {0}', picked.name) });
  if (!action) return { keys, picked: picked.name };
  const commandArgs = action.command === 'secretHygiene.toggleTerminalInjection' ? { names: [picked.name], enable: !injected } : { name: picked.name };
  await vscode.commands.executeCommand(action.command, commandArgs);
  return { keys, picked: picked.name, action: action.command };
}
