// "Secret Hygiene: Show Detection Rules": a searchable list of every rule; picking one opens its docs.
import * as vscode from 'vscode';
import { rules, type Confidence } from '../../engine';
import { ruleDocUri } from '../findingView';

/** The command's id. */
export const SHOW_RULES = 'secretHygiene.showRules';

function confidenceLabel(confidence: Confidence): string {
  switch (confidence) {
    case 'high':
      return vscode.l10n.t('high confidence');
    case 'medium':
      return vscode.l10n.t('medium confidence');
    default:
      return vscode.l10n.t('low confidence');
  }
}

/** Registers the command. */
export function registerShowRules(): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_RULES, async () => {
    const picked = await vscode.window.showQuickPick(
      rules.map((rule) => ({ label: rule.id, description: rule.provider, detail: [rule.description, confidenceLabel(rule.confidence), rule.family].join(' · ') })),
      { title: vscode.l10n.t('Secret Hygiene: {0} detection rules', rules.length), matchOnDescription: true, matchOnDetail: true },
    );
    if (picked) await vscode.env.openExternal(ruleDocUri(picked.label));
  });
}
