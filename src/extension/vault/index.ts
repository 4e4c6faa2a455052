// The key vault: the user's own keys in SecretStorage, reaching programs through terminal environments.
import * as vscode from 'vscode';
import { registerCopyKey } from '../commands/vaultCopyKey';
import { registerDeleteKey } from '../commands/vaultDeleteKey';
import { registerImportEnvFile } from '../commands/vaultImportEnvFile';
import { registerListKeys } from '../commands/vaultListKeys';
import { registerRenameKey } from '../commands/vaultRenameKey';
import { registerRevealKey } from '../commands/vaultRevealKey';
import { registerStoreKey } from '../commands/vaultStoreKey';
import { registerToggleTerminalInjection } from '../commands/vaultToggleTerminalInjection';
import { registerWriteKeyToEnv } from '../commands/vaultWriteKeyToEnv';
import type { Log } from '../log';
import { explainLost } from './prompts';
import type { VaultServices } from './services';
import { Vault } from './store';
import { TerminalInjection } from './terminal';

/** Context key, true while at least one key is stored; hides commands that need one. */
export const HAS_KEYS_CONTEXT = 'secretHygiene.vaultHasKeys';

function setHasKeys(names: readonly string[]): void {
  void vscode.commands.executeCommand('setContext', HAS_KEYS_CONTEXT, names.length > 0);
}

/** Registers the vault's commands and terminal injection. */
export function registerVault(context: vscode.ExtensionContext, log: Log): vscode.Disposable[] {
  const vault = new Vault(context.secrets, context.globalState, setHasKeys);
  const terminals = new TerminalInjection(context.environmentVariableCollection, vault, context.globalState, (names) =>
    vscode.l10n.t("Secret Hygiene: {0} from VS Code's secret storage", names.join(', ')),
  );
  const services: VaultServices = { vault, terminals, log };
  setHasKeys(vault.names());
  // The collection is not persistent, so each activation rebuilds it from the vault.
  void terminals.apply().then((result) => {
    if (result.injected.length) log.info(`vault: injecting ${result.injected.join(', ')} into new terminals`);
    if (result.lost.length) {
      log.warn(`vault: secret storage returned nothing for ${result.lost.join(', ')}`);
      explainLost(result.lost);
    }
  });
  return [
    // Another window may change a key; terminals here must get the new value.
    vault.onDidChange((name) => {
      if (terminals.isInjected(name)) void terminals.apply();
    }),
    registerStoreKey(services),
    registerListKeys(services),
    registerCopyKey(services),
    registerRevealKey(services),
    registerRenameKey(services),
    registerDeleteKey(services),
    registerToggleTerminalInjection(services),
    registerWriteKeyToEnv(services),
    registerImportEnvFile(services),
  ];
}
