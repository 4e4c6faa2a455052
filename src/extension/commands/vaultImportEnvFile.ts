// "Secret Hygiene: Import from .env": moves the values of an existing .env into secret storage, then,
// if the user agrees, deletes those lines so the file no longer holds them in plain text.
import * as vscode from 'vscode';
import { detectProvider } from '../vault/detect';
import { parseDotenv, dotenvDefinitions } from '../vault/dotenvText';
import { saveAll } from '../fixes/finishMove';
import { registerVaultCommand, toUri } from '../vault/prompts';
import type { VaultServices } from '../vault/services';
import { isEnvName } from '../vault/store';

/** The command's id. */
export const IMPORT_ENV_FILE = 'secretHygiene.importEnvFile';

/** Optional arguments; whatever is missing is asked for. */
export interface ImportEnvFileArgs {
  /** The .env file; defaults to the active editor's, or the workspace's only one, or asks. */
  readonly uri: vscode.Uri | string;
  /** Which variables to import; defaults to a picker with every one checked. */
  readonly names: readonly string[];
  /** true replaces keys already stored with other values; false keeps them; unset asks. */
  readonly overwrite: boolean;
  /** true deletes the imported lines from the file; false keeps them; unset asks. */
  readonly removeFromFile: boolean;
}

/** What the command did: names only. */
export interface ImportEnvFileResult {
  readonly file?: string;
  /** Stored from the file. */
  readonly imported: readonly string[];
  /** Already stored with the same value. */
  readonly unchanged: readonly string[];
  /** Not imported: not chosen, not valid names, empty, or kept because a different value is stored. */
  readonly skipped: readonly string[];
  /** Whose lines were deleted from the file. */
  readonly removed: readonly string[];
}

const ENV_FILE = /^\.env(\.[\w.-]+)?$/;
const TEMPLATE = /\.(example|sample|template|dist|defaults?)$/;

function isEnvFile(uri: vscode.Uri): boolean {
  const base = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return ENV_FILE.test(base) && !TEMPLATE.test(base);
}

async function pickEnvFile(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && isEnvFile(active)) return active;
  const found = (await vscode.workspace.findFiles('**/.env*', '**/node_modules/**', 200)).filter(isEnvFile);
  if (found.length <= 1) {
    if (!found.length) void vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: no .env file found in the workspace.'));
    return found[0];
  }
  const picked = await vscode.window.showQuickPick(
    found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
    { title: vscode.l10n.t('Secret Hygiene: Import from .env'), placeHolder: vscode.l10n.t('File to move into secret storage') },
  );
  return picked?.uri;
}

/** Registers the command; from the explorer's context menu it receives the file's uri. */
export function registerImportEnvFile(services: VaultServices): vscode.Disposable {
  return registerVaultCommand<ImportEnvFileArgs, ImportEnvFileResult>(IMPORT_ENV_FILE, services, (args) =>
    importEnvFile(services, args instanceof vscode.Uri ? { uri: args } : args),
  );
}

async function importEnvFile(services: VaultServices, args: Partial<ImportEnvFileArgs>): Promise<ImportEnvFileResult> {
  const { vault, terminals, log } = services;
  const none = { imported: [], unchanged: [], skipped: [], removed: [] };
  const uri = typeof args.uri === 'string' ? toUri(args.uri) : args.uri ?? (await pickEnvFile());
  if (!uri) return none;
  const doc = await vscode.workspace.openTextDocument(uri);
  const file = vscode.workspace.asRelativePath(uri);
  const entries = parseDotenv(doc.getText());
  const usable = Object.keys(entries).filter((name) => isEnvName(name) && entries[name] !== '');
  const skipped = Object.keys(entries).filter((name) => !usable.includes(name));
  if (usable.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: {0} has no variables with values to import.', file));
    return { ...none, file, skipped };
  }

  const chosen = args.names ? usable.filter((name) => args.names!.includes(name)) : await pickNames(services, usable, entries, file);
  if (!chosen) return { ...none, file, skipped };
  skipped.push(...usable.filter((name) => !chosen.includes(name)));

  const unchanged: string[] = [];
  const conflicts: string[] = [];
  const fresh: string[] = [];
  for (const name of chosen) {
    const read = await vault.read(name);
    if (read.status === 'ok' && read.value === entries[name]) unchanged.push(name);
    else if (vault.has(name)) conflicts.push(name);
    else fresh.push(name);
  }
  let replace = args.overwrite;
  if (conflicts.length && replace === undefined) {
    const replaceButton = vscode.l10n.t('Replace');
    const choice = await vscode.window.showWarningMessage(
      conflicts.length === 1
        ? vscode.l10n.t('{0} is already stored with a different value. Replace with the value from {1}?', conflicts[0], file)
        : vscode.l10n.t('{0} are already stored with a different value. Replace with the value from {1}?', conflicts.join(', '), file),
      { modal: true, detail: vscode.l10n.t('Keeping the stored value imports the other keys only, and leaves these lines in the file.') },
      replaceButton,
      vscode.l10n.t('Keep Stored'),
    );
    if (!choice) return { ...none, file, skipped: [...skipped, ...chosen] };
    replace = choice === replaceButton;
  }
  const imported = replace ? [...fresh, ...conflicts] : fresh;
  if (!replace) skipped.push(...conflicts);
  for (const name of imported) await vault.store(name, entries[name], detectProvider(name, entries[name]));
  await terminals.apply();
  log.info(`vault: imported ${imported.length} key(s) from ${file}: ${imported.join(', ') || 'none'}; ${unchanged.length} already stored`);

  const removable = [...imported, ...unchanged];
  let removed: string[] = [];
  if (removable.length) {
    const deleteLines = vscode.l10n.t('Delete Lines');
    const remove =
      args.removeFromFile ??
      (await vscode.window.showInformationMessage(
        removable.length === 1
          ? vscode.l10n.t('Imported {0} key(s) from {1} into secret storage. Delete its line from {1}?', imported.length, file)
          : vscode.l10n.t('Imported {0} key(s) from {1} into secret storage. Delete the {2} lines from {1}?', imported.length, file, removable.length),
        {
          modal: true,
          detail: vscode.l10n.t(
            `{0} will then exist only in VS Code's secret storage. Use "Inject Keys into Terminals" to give them to programs started from VS Code's terminals.`,
            removable.join(', '),
          ),
        },
        deleteLines,
      )) === deleteLines;
    if (remove) removed = await removeDefinitions(doc, new Set(removable));
  }
  void vscode.window.showInformationMessage(importSummary(imported, file, removed.length), ...(imported.length ? [vscode.l10n.t('Inject into Terminals')] : [])).then((choice) => {
    if (choice) void vscode.commands.executeCommand('secretHygiene.toggleTerminalInjection', { names: imported, enable: true });
  });
  return { file, imported, unchanged, skipped, removed };
}

function importSummary(imported: readonly string[], file: string, removedLines: number): string {
  const what = imported.length ? imported.join(', ') : vscode.l10n.t('no new keys');
  if (removedLines === 0) return vscode.l10n.t('Secret Hygiene: imported {0} from {1}.', what, file);
  return removedLines === 1
    ? vscode.l10n.t('Secret Hygiene: imported {0} from {1}, and deleted its line from the file.', what, file)
    : vscode.l10n.t('Secret Hygiene: imported {0} from {1}, and deleted their lines from the file.', what, file);
}

async function pickNames(services: VaultServices, names: readonly string[], entries: Record<string, string>, file: string): Promise<string[] | undefined> {
  const items = names.map((name) => ({
    label: name,
    description: [detectProvider(name, entries[name])?.provider, services.vault.has(name) ? vscode.l10n.t('already stored') : undefined].filter(Boolean).join(' · '),
    picked: true,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Secret Hygiene: Import from {0}', file),
    placeHolder: vscode.l10n.t('Variables to move into secret storage'),
    canPickMany: true,
  });
  return picked?.map((item) => item.label);
}

// Deletes every definition of the given keys (whole lines, multi-line values included) and saves.
async function removeDefinitions(doc: vscode.TextDocument, keys: ReadonlySet<string>): Promise<string[]> {
  const spans = dotenvDefinitions(doc.getText()).filter((def) => keys.has(def.key));
  if (!spans.length) return [];
  const edit = new vscode.WorkspaceEdit();
  for (const span of spans) edit.delete(doc.uri, new vscode.Range(span.startLine, 0, span.endLine + 1, 0));
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(vscode.l10n.t('VS Code did not apply the edit to {0}', vscode.workspace.asRelativePath(doc.uri)));
  await saveAll([doc.uri.toString()]);
  return [...new Set(spans.map((span) => span.key))];
}
