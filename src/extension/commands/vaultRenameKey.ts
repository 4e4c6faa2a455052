// "Secret Hygiene: Rename Key": moves a stored value to a new name, keeping its terminal injection.
import * as vscode from 'vscode';
import { askName, confirm, nameProblem, pickKey, registerVaultCommand, rejectName, explainLost, sayNotStored } from '../vault/prompts';
import type { VaultServices } from '../vault/services';

/** The command's id. */
export const RENAME_KEY = 'secretHygiene.renameKey';

/** Optional arguments; whatever is missing is asked for. */
export interface RenameKeyArgs {
  readonly name: string;
  readonly newName: string;
  /** true replaces a key already stored under newName without asking; false never does; unset asks. */
  readonly overwrite: boolean;
}

/** What the command did. */
export interface RenameKeyResult {
  readonly renamed: boolean;
  readonly name?: string;
  readonly newName?: string;
}

/** Registers the command. */
export function registerRenameKey(services: VaultServices): vscode.Disposable {
  return registerVaultCommand<RenameKeyArgs, RenameKeyResult>(RENAME_KEY, services, (args) => renameKey(services, args));
}

async function renameKey(services: VaultServices, args: Partial<RenameKeyArgs>): Promise<RenameKeyResult> {
  const { vault, terminals, log } = services;
  for (const given of [args.name, args.newName]) {
    if (given !== undefined && nameProblem(given)) {
      rejectName(given);
      return { renamed: false };
    }
  }
  const name = args.name ?? (await pickKey(services, vscode.l10n.t('Rename Key')));
  if (!name) return { renamed: false };
  if (!vault.has(name)) {
    sayNotStored(name);
    return { renamed: false, name };
  }
  const newName = args.newName ?? (await askName(vscode.l10n.t('Rename {0}', name), { value: name, prompt: vscode.l10n.t('New name for {0}', name) }));
  if (!newName || newName === name) return { renamed: false, name };
  if (vault.has(newName)) {
    const overwrite =
      args.overwrite ??
      (await confirm(vscode.l10n.t('{0} is already stored. Replace it with {1}?', newName, name), vscode.l10n.t('The value stored as {0} is deleted.', newName), vscode.l10n.t('Replace')));
    if (!overwrite) return { renamed: false, name, newName };
  }
  const status = await vault.rename(name, newName);
  if (status === 'lost') {
    explainLost([name]);
    return { renamed: false, name, newName };
  }
  await terminals.renamed(name, newName);
  log.info(`vault: renamed ${name} to ${newName}`);
  void vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: renamed {0} to {1}.', name, newName));
  return { renamed: true, name, newName };
}
