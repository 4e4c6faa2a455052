// "Secret Hygiene: Store Key": a name and a password-masked value into SecretStorage, with a format
// check that warns, without blocking, when the value is not the named provider's kind of key.
import * as vscode from 'vscode';
import { detectProvider, formatMismatch } from '../vault/detect';
import { PREFIX, askName, confirm, nameProblem, registerVaultCommand, rejectName } from '../vault/prompts';
import type { VaultServices } from '../vault/services';

/** The command's id. */
export const STORE_KEY = 'secretHygiene.storeKey';

/** Optional arguments; whatever is missing is asked for. */
export interface StoreKeyArgs {
  readonly name: string;
  readonly value: string;
  /** true replaces an existing key without asking; false never replaces it; unset asks. */
  readonly overwrite: boolean;
  /** Also inject the key into new terminals. */
  readonly inject: boolean;
}

/** What the command did. Never carries the value. */
export interface StoreKeyResult {
  readonly stored: boolean;
  readonly name?: string;
  /** Provider the value was recognised as. */
  readonly provider?: string;
  /** The non-blocking format warning, when one was shown. */
  readonly mismatch?: string;
}

/** Registers the command. */
export function registerStoreKey(services: VaultServices): vscode.Disposable {
  return registerVaultCommand<StoreKeyArgs, StoreKeyResult>(STORE_KEY, services, (args) => storeKey(services, args));
}

async function storeKey(services: VaultServices, args: Partial<StoreKeyArgs>): Promise<StoreKeyResult> {
  const { vault, terminals, log } = services;
  if (args.name !== undefined && nameProblem(args.name)) {
    rejectName(args.name);
    return { stored: false };
  }
  const name = args.name ?? (await askName('Store Key'));
  if (!name) return { stored: false };
  if (vault.has(name)) {
    const overwrite = args.overwrite ?? (await confirm(`${name} is already stored. Replace it?`, 'The current value is deleted from secret storage.', 'Replace'));
    if (!overwrite) return { stored: false, name };
  }
  const value =
    args.value ??
    (await vscode.window.showInputBox({
      title: `${PREFIX}: Store Key ${name}`,
      prompt: `Value of ${name}. It goes to VS Code's secret storage (the OS keychain on desktop), not to any file.`,
      password: true,
      ignoreFocusOut: true,
      validateInput: (text) => (text.trim() ? undefined : 'Paste the key'),
    }))?.trim();
  if (!value) return { stored: false, name };

  const detected = detectProvider(name, value);
  await vault.store(name, value, detected);
  if (args.inject) await terminals.choose({ ...terminals.choice(), names: [...terminals.choice().names, name] });
  else await terminals.apply();
  const mismatch = formatMismatch(name, detected);
  log.info(`vault: stored ${name}${detected ? ` (${detected.provider}, ${detected.ruleId})` : ''}${mismatch ? '; format warning shown' : ''}`);

  if (mismatch) {
    void vscode.window.showWarningMessage(`${PREFIX}: stored ${name}, but ${mismatch}. Check that you pasted the right key.`);
  } else {
    const where = terminals.isInjected(name) ? ' New terminals get it as $' + name + '.' : '';
    const actions = terminals.isInjected(name) ? [] : ['Inject into Terminals'];
    void vscode.window.showInformationMessage(`${PREFIX}: stored ${name}${detected ? ` (${detected.provider})` : ''} in secret storage.${where}`, ...actions).then((choice) => {
      if (choice) void vscode.commands.executeCommand('secretHygiene.toggleTerminalInjection', { names: [name], enable: true });
    });
  }
  return { stored: true, name, provider: detected?.provider, mismatch };
}
