// "Secret Hygiene: Inject Keys into Terminals": chooses which stored keys new integrated terminals get
// as environment variables, per key or all of them, so programs read them with no .env on disk.
import * as vscode from 'vscode';
import { explainLost, keyItems, nameProblem, registerVaultCommand, rejectName, sayNoKeys, sayNotStored, type KeyItem } from '../vault/prompts';
import type { VaultServices } from '../vault/services';

/** The command's id. */
export const TOGGLE_TERMINAL_INJECTION = 'secretHygiene.toggleTerminalInjection';

/** Optional arguments; with none, a multi-select picker shows the current choice. */
export interface ToggleTerminalInjectionArgs {
  /** Keys to switch; each one flips unless `enable` says which way. */
  readonly names: readonly string[];
  /** Every stored key, including keys stored later. */
  readonly all: boolean;
  readonly enable: boolean;
}

/** The choice after the command. */
export interface ToggleTerminalInjectionResult {
  readonly all: boolean;
  /** Names new terminals now get. */
  readonly injected: readonly string[];
  /** Chosen names whose value secret storage could not return. */
  readonly lost: readonly string[];
}

/** Registers the command. */
export function registerToggleTerminalInjection(services: VaultServices): vscode.Disposable {
  return registerVaultCommand<ToggleTerminalInjectionArgs, ToggleTerminalInjectionResult | undefined>(TOGGLE_TERMINAL_INJECTION, services, (args) => toggle(services, args));
}

async function toggle(services: VaultServices, args: Partial<ToggleTerminalInjectionArgs>): Promise<ToggleTerminalInjectionResult | undefined> {
  const { vault, terminals, log } = services;
  const current = terminals.choice();
  let next: { all: boolean; names: string[] };
  if (args.all) {
    next = args.enable === false ? { all: false, names: [] } : { all: true, names: [...current.names] };
  } else if (args.names) {
    const bad = args.names.find((name) => nameProblem(name));
    if (bad !== undefined) {
      rejectName(bad);
      return undefined;
    }
    const missing = args.names.filter((name) => !vault.has(name));
    if (missing.length) {
      sayNotStored(missing.join(', '));
      return undefined;
    }
    // Switching one key off while "all" is on turns "all" into the explicit list of the others.
    const chosen = new Set(terminals.chosen());
    for (const name of args.names) {
      const on = args.enable ?? !chosen.has(name);
      if (on) chosen.add(name);
      else chosen.delete(name);
    }
    const keepAll = current.all && vault.names().every((name) => chosen.has(name));
    next = { all: keepAll, names: [...chosen] };
  } else {
    const picked = await pickInjected(services);
    if (!picked) return undefined;
    next = picked;
  }

  const result = await terminals.choose(next);
  if (result.lost.length) explainLost(result.lost);
  log.info(`vault: terminal injection ${next.all ? 'of all keys' : `of ${result.injected.length} key(s)`}: ${result.injected.join(', ') || 'none'}`);
  void vscode.window.showInformationMessage(injectionMessage(result.injected, next.all));
  return { all: next.all, injected: result.injected, lost: result.lost };
}

function injectionMessage(injected: readonly string[], all: boolean): string {
  if (injected.length === 0) return vscode.l10n.t('Secret Hygiene: no stored key is injected into new terminals.');
  const variables = injected.map((n) => `$${n}`).join(', ');
  return all
    ? vscode.l10n.t('Secret Hygiene: new terminals get {0} (all stored keys, including ones stored later). Terminals already open keep their environment until relaunched.', variables)
    : vscode.l10n.t('Secret Hygiene: new terminals get {0}. Terminals already open keep their environment until relaunched.', variables);
}

async function pickInjected(services: VaultServices): Promise<{ all: boolean; names: string[] } | undefined> {
  const keys = keyItems(services);
  if (keys.length === 0) {
    sayNoKeys();
    return undefined;
  }
  const { all } = services.terminals.choice();
  const chosen = new Set(services.terminals.chosen());
  const allItem: vscode.QuickPickItem = { label: `$(layers) ${vscode.l10n.t('All stored keys')}`, description: vscode.l10n.t('including keys stored later'), picked: all };
  const items: (vscode.QuickPickItem | KeyItem)[] = [
    allItem,
    { label: vscode.l10n.t({ message: 'Keys', comment: ['Heading above the list of stored keys in a picker.'] }), kind: vscode.QuickPickItemKind.Separator },
    ...keys.map((item) => ({ ...item, picked: chosen.has(item.name) })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Secret Hygiene: Inject Keys into Terminals'),
    placeHolder: vscode.l10n.t('Checked keys become environment variables of new integrated terminals'),
    canPickMany: true,
  });
  if (!picked) return undefined;
  return {
    all: picked.includes(allItem),
    names: picked.filter((item): item is KeyItem => 'name' in item).map((item) => item.name),
  };
}
