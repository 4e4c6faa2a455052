// The status-bar count of findings; clicking it opens the Problems view.
import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';

/** Shows the total and keeps it current. */
export function registerStatusBar(diagnostics: DiagnosticsController): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('secretHygiene.findings', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Secret Hygiene');
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const total = diagnostics.total;
    item.text = total ? `$(shield) ${total}` : '$(shield)';
    item.tooltip = total
      ? vscode.l10n.t('Secret Hygiene: {0} hardcoded secret(s). Click to open the Problems view.', total)
      : vscode.l10n.t('Secret Hygiene: no hardcoded secrets in open files');
    item.backgroundColor = total ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  };
  update();
  item.show();
  const subscription = diagnostics.onDidChange(update);
  return vscode.Disposable.from(item, subscription);
}
