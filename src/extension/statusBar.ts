// The status-bar count of findings; clicking it lists them (Show Findings), and only them.
import * as vscode from 'vscode';
import { SHOW_FINDINGS } from './commands/showFindings';
import type { DiagnosticsController } from './diagnostics';

/** Shows the total and keeps it current. */
export function registerStatusBar(diagnostics: DiagnosticsController): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('secretHygiene.findings', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Secret Hygiene');
  item.command = SHOW_FINDINGS;
  const update = () => {
    const total = diagnostics.total;
    item.text = total ? `$(shield) ${total}` : '$(shield)';
    item.tooltip = total
      ? vscode.l10n.t('Secret Hygiene: {0} hardcoded secret(s). Click to list them.', total)
      : vscode.l10n.t('Secret Hygiene: no hardcoded secrets in open files');
    item.backgroundColor = total ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  };
  update();
  item.show();
  const subscription = diagnostics.onDidChange(update);
  return vscode.Disposable.from(item, subscription);
}
