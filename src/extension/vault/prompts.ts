// The vault's shared UI: key pickers, name input, confirmations, and the lost-key explanation.
// Every string built here holds names and metadata only, never a value.
import * as vscode from 'vscode';
import type { VaultServices } from './services';
import { isEnvName, type VaultKey } from './store';

/** VS Code's troubleshooting page for the OS keyring that backs SecretStorage. */
export const KEYRING_TROUBLESHOOTING_URL = 'https://code.visualstudio.com/docs/configure/settings-sync#_troubleshooting-keychain-issues';

/** A QuickPick item standing for one stored key. */
export interface KeyItem extends vscode.QuickPickItem {
  readonly name: string;
}

/** One line about a key: when it was stored, what it looks like, whether terminals get it. */
export function keyDetail(key: VaultKey, injected: boolean): string {
  const when = key.storedAt ? vscode.l10n.t('stored {0}', new Date(key.storedAt).toLocaleString()) : vscode.l10n.t('stored at an unknown time');
  return [when, injected ? vscode.l10n.t('injected into new terminals') : undefined].filter(Boolean).join(' · ');
}

/** QuickPick items for every stored key, sorted by name. */
export function keyItems({ vault, terminals }: VaultServices): KeyItem[] {
  const injected = new Set(terminals.chosen());
  return vault.list().map((key) => ({
    name: key.name,
    label: `$(key) ${key.name}`,
    description: key.provider ?? vscode.l10n.t('no known provider format'),
    detail: keyDetail(key, injected.has(key.name)),
  }));
}

/** Says the vault is empty and offers Store Key, without blocking the caller. */
export function sayNoKeys(): void {
  void vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: no keys are stored yet.'), vscode.l10n.t('Store Key')).then((choice) => {
    if (choice) void vscode.commands.executeCommand('secretHygiene.storeKey');
  });
}

/** Asks which stored key to act on; says so and returns undefined when there are none. */
export async function pickKey(services: VaultServices, title: string): Promise<string | undefined> {
  const items = keyItems(services);
  if (items.length === 0) {
    sayNoKeys();
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Secret Hygiene: {0}', title), placeHolder: vscode.l10n.t('Stored key'), matchOnDescription: true });
  return picked?.name;
}

/** Validation message for a proposed key name, or undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  if (!name) return vscode.l10n.t('Enter a name, e.g. OPENAI_API_KEY');
  return isEnvName(name) ? undefined : vscode.l10n.t('Use letters, digits and underscores, not starting with a digit (an environment variable name)');
}

/** Asks for a key name, validated as an environment variable name. */
export function askName(title: string, options: { value?: string; prompt?: string } = {}): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Secret Hygiene: {0}', title),
    prompt: options.prompt ?? vscode.l10n.t('Name of the environment variable the key is available as'),
    placeHolder: 'OPENAI_API_KEY',
    value: options.value,
    ignoreFocusOut: true,
    validateInput: (text) => nameProblem(text.trim()),
  }).then((name) => name?.trim());
}

/** A modal question; true only when the user chose `action`. */
export async function confirm(message: string, detail: string, action: string): Promise<boolean> {
  const choice = await vscode.window.showWarningMessage(message, { modal: true, detail }, action);
  return choice === action;
}

/** Shows an error for a name passed to a command that is not a valid key name. */
export function rejectName(name: string): void {
  void vscode.window.showErrorMessage(vscode.l10n.t('Secret Hygiene: "{0}" is not a valid key name. {1}.', name, nameProblem(name) ?? ''));
}

/**
 * Explains a key the index lists but SecretStorage returns nothing for: without an OS keyring
 * (common on Linux) VS Code keeps secrets in memory only, so they are gone after a restart.
 */
export function explainLost(names: readonly string[]): void {
  const which = names.length === 1 ? names[0] : vscode.l10n.t('{0} keys ({1})', names.length, names.join(', '));
  const message = vscode.l10n.t(
    "Secret Hygiene: VS Code's secret storage returned nothing for {0}, though it was stored. Without an OS keyring (on Linux: GNOME Keyring or KWallet), VS Code keeps secrets in memory only and loses them on restart. Set up the keyring, then store the key again.",
    which,
  );
  void vscode.window.showWarningMessage(message, vscode.l10n.t('Keyring Troubleshooting')).then((choice) => {
    if (choice) void vscode.env.openExternal(vscode.Uri.parse(KEYRING_TROUBLESHOOTING_URL));
  });
}

/** A key's value, or undefined after telling the user why it cannot be read. */
export async function readKey({ vault }: VaultServices, name: string): Promise<string | undefined> {
  const read = await vault.read(name);
  if (read.status === 'ok') return read.value;
  if (read.status === 'lost') explainLost([name]);
  else sayNotStored(name);
  return undefined;
}

/** Says that no key of that name (or, comma-separated, of those names) is stored. */
export function sayNotStored(name: string): void {
  void vscode.window.showErrorMessage(vscode.l10n.t('Secret Hygiene: no key named {0} is stored.', name));
}

/** A uri from a command argument: `scheme://…` as is, anything else as a file path. */
export function toUri(text: string): vscode.Uri {
  return /^[a-z][\w+.-]*:\/\//i.test(text) ? vscode.Uri.parse(text) : vscode.Uri.file(text);
}

/** The workspace folder a command about `hint` (or the active editor) should use, asking when unclear. */
export async function targetFolder(hint: vscode.Uri | string | undefined): Promise<vscode.WorkspaceFolder | undefined> {
  const uri = typeof hint === 'string' ? toUri(hint) : hint ?? vscode.window.activeTextEditor?.document.uri;
  const owning = uri && vscode.workspace.getWorkspaceFolder(uri);
  if (owning) return owning;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Workspace folder whose .env receives the key') });
}

/**
 * Registers a vault command whose failures are logged and shown by name, so an exception never
 * surfaces with more than the command and its message.
 */
export function registerVaultCommand<A, R>(id: string, services: VaultServices, run: (args: Partial<A>) => Promise<R>): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (args?: Partial<A>) => {
    try {
      return await run(args && typeof args === 'object' ? args : {});
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      services.log.error(`${id} failed: ${reason}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Secret Hygiene: {0}', reason));
      return undefined;
    }
  });
}

/** The key a command acts on: the name it was given (checked), or one the user picks; undefined when neither. */
export async function keyNameFor(services: VaultServices, given: string | undefined, title: string): Promise<string | undefined> {
  if (given === undefined) return pickKey(services, title);
  if (!nameProblem(given)) return given;
  rejectName(given);
  return undefined;
}
