// "Secret Hygiene: Show Detection Rules": a searchable list of every rule; picking one opens its docs.
import * as vscode from 'vscode';
import { rules } from '../../engine';
import { ruleDocUri } from '../findingView';

/** The command's id. */
export const SHOW_RULES = 'secretHygiene.showRules';

/** Registers the command. */
export function registerShowRules(): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_RULES, async () => {
    const picked = await vscode.window.showQuickPick(
      rules.map((rule) => ({ label: rule.id, description: rule.provider, detail: `${rule.description} · ${rule.confidence} confidence · ${rule.family}` })),
      { title: `Secret Hygiene: ${rules.length} detection rules`, matchOnDescription: true, matchOnDetail: true },
    );
    if (picked) await vscode.env.openExternal(ruleDocUri(picked.label));
  });
}
