// "Secret Hygiene: Store Key": a name and a password-masked value into SecretStorage, with a format
// check that warns, without blocking, when the value is not the named provider's kind of key.
import * as vscode from 'vscode';
import { detectProvider, formatMismatch, providerMismatch, type ProviderMismatch } from '../vault/detect';
import { askName, confirm, nameProblem, registerVaultCommand, rejectName } from '../vault/prompts';
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
  /** What the non-blocking format warning said, in English, when one was shown. */
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
  const name = args.name ?? (await askName(vscode.l10n.t('Store Key')));
  if (!name) return { stored: false };
  if (vault.has(name)) {
    const overwrite =
      args.overwrite ?? (await confirm(vscode.l10n.t('{0} is already stored. Replace it?', name), vscode.l10n.t('The current value is deleted from secret storage.'), vscode.l10n.t('Replace')));
    if (!overwrite) return { stored: false, name };
  }
  const value =
    args.value ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('Secret Hygiene: Store Key {0}', name),
      prompt: vscode.l10n.t("Value of {0}. It goes to VS Code's secret storage (the OS keychain on desktop), not to any file.", name),
      password: true,
      ignoreFocusOut: true,
      validateInput: (text) => (text.trim() ? undefined : vscode.l10n.t('Paste the key')),
    }))?.trim();
  if (!value) return { stored: false, name };

  const detected = detectProvider(name, value);
  await vault.store(name, value, detected);
  if (args.inject) await terminals.choose({ ...terminals.choice(), names: [...terminals.choice().names, name] });
  else await terminals.apply();
  const mismatch = providerMismatch(name, detected);
  log.info(`vault: stored ${name}${detected ? ` (${detected.provider}, ${detected.ruleId})` : ''}${mismatch ? '; format warning shown' : ''}`);

  if (mismatch) {
    void vscode.window.showWarningMessage(mismatchWarning(name, mismatch));
  } else {
    const injected = terminals.isInjected(name);
    const actions = injected ? [] : [vscode.l10n.t('Inject into Terminals')];
    void vscode.window.showInformationMessage(storedMessage(name, detected?.provider, injected), ...actions).then((choice) => {
      if (choice) void vscode.commands.executeCommand('secretHygiene.toggleTerminalInjection', { names: [name], enable: true });
    });
  }
  return { stored: true, name, provider: detected?.provider, mismatch: formatMismatch(name, detected) };
}

function storedMessage(name: string, provider: string | undefined, injected: boolean): string {
  if (provider === undefined) {
    return injected
      ? vscode.l10n.t('Secret Hygiene: stored {0} in secret storage. New terminals get it as ${0}.', name)
      : vscode.l10n.t('Secret Hygiene: stored {0} in secret storage.', name);
  }
  return injected
    ? vscode.l10n.t('Secret Hygiene: stored {0} ({1}) in secret storage. New terminals get it as ${0}.', name, provider)
    : vscode.l10n.t('Secret Hygiene: stored {0} ({1}) in secret storage.', name, provider);
}

// Lists, because some variables (DATABASE_URL) are conventional for several providers.
function mismatchWarning(name: string, mismatch: ProviderMismatch): string {
  const or = vscode.l10n.t({ message: ' or ', comment: ['Joins provider names, as in "PostgreSQL or MySQL". Keep the spaces.'] });
  if (mismatch.detected === undefined) {
    return vscode.l10n.t('Secret Hygiene: stored {0}, but the value is not in any known {1} key format. Check that you pasted the right key.', name, mismatch.expected.join(or));
  }
  const expected = mismatch.expected
    .map((provider) => vscode.l10n.t({ message: "{0}'s", args: [provider], comment: ['Possessive of the provider name {0}.'] }))
    .join(or);
  return vscode.l10n.t("Secret Hygiene: stored {0}, but the value is in {1}'s format, not {2}. Check that you pasted the right key.", name, mismatch.detected, expected);
}
