// "Secret Hygiene: Show Findings": this extension's findings and nothing else, which the Problems view cannot be
// asked to filter to; picking one opens its file with the secret selected. The status bar count runs it.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../findingView';

/** The command's id. */
export const SHOW_FINDINGS = 'secretHygiene.showFindings';

/** One row of the list: a finding, or (without a location) the way on to the Problems view. */
export interface FindingItem extends vscode.QuickPickItem {
  readonly uri?: vscode.Uri;
  readonly range?: vscode.Range;
}

function severityIcon(severity: vscode.DiagnosticSeverity): string {
  switch (severity) {
    case vscode.DiagnosticSeverity.Error:
      return '$(error)';
    case vscode.DiagnosticSeverity.Warning:
      return '$(warning)';
    default:
      return '$(info)';
  }
}

/** Every diagnostic this extension has published, in every file, by path and then line. */
export function findingItems(): FindingItem[] {
  return vscode.languages
    .getDiagnostics()
    .map(([uri, diagnostics]) => ({ uri, path: vscode.workspace.asRelativePath(uri), ours: diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE) }))
    .filter((file) => file.ours.length > 0)
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap(({ uri, path, ours }) =>
      [...ours]
        .sort((a, b) => a.range.start.compareTo(b.range.start))
        .map((d) => ({ label: `${severityIcon(d.severity)} ${d.message}`, description: `${path}:${d.range.start.line + 1}`, uri, range: d.range })),
    );
}

/** Registers the command. */
export function registerShowFindings(): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_FINDINGS, async () => {
    const findings = findingItems();
    const problems: FindingItem = { label: vscode.l10n.t('$(list-flat) Open the Problems view'), alwaysShow: true };
    const separator: FindingItem = { label: '', kind: vscode.QuickPickItemKind.Separator };
    const picked = await vscode.window.showQuickPick(findings.length ? [...findings, separator, problems] : [problems], {
      title: vscode.l10n.t('Secret Hygiene: {0} finding(s)', findings.length),
      placeHolder: findings.length ? vscode.l10n.t('Pick a finding to open it') : vscode.l10n.t('No hardcoded secrets found in open files or the last workspace scan'),
      matchOnDescription: true,
    });
    if (!picked) return;
    if (!picked.uri || !picked.range) {
      await vscode.commands.executeCommand('workbench.action.problems.focus');
      return;
    }
    await vscode.window.showTextDocument(picked.uri, { selection: picked.range });
  });
}
