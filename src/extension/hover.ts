// The hover on an underlined secret: what it is, why it matters, and which quick fix to use.
import * as vscode from 'vscode';
import { rules, type Finding } from '../engine';
import type { DiagnosticsController } from './diagnostics';
import { ruleDocUri } from './findingView';

function confidenceText(confidence: Finding['confidence']): string {
  switch (confidence) {
    case 'high':
      return vscode.l10n.t('a known provider format (validated where the format allows)');
    case 'medium':
      return vscode.l10n.t('a provider format recognised from its surrounding name');
    default:
      return vscode.l10n.t('a literal assigned to a secret-like name');
  }
}

/** Markdown for one finding. Shows the redacted preview only. */
export function hoverMarkdown(finding: Finding): vscode.MarkdownString {
  const rule = rules.find((r) => r.id === finding.ruleId);
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**$(shield) ${escape(finding.provider)}**: ${escape(finding.description)}\n\n`);
  const preview = finding.preview.replace(/`/g, "'");
  md.appendMarkdown(vscode.l10n.t('Value `{0}`, {1}. Rule [`{2}`]({3}).', preview, confidenceText(finding.confidence), finding.ruleId, ruleDocUri(finding.ruleId).toString()));
  md.appendMarkdown('\n\n');
  md.appendMarkdown(vscode.l10n.t('Anyone who can read this file, its git history or a package built from it can use this credential.'));
  md.appendMarkdown(' ');
  md.appendMarkdown(
    rule?.rotateUrl
      ? vscode.l10n.t('Use the quick fix (Ctrl+. / Cmd+.) **Move to .env** to keep it out of the code, and rotate it if it was ever committed ([manage keys]({0})).', rule.rotateUrl)
      : vscode.l10n.t('Use the quick fix (Ctrl+. / Cmd+.) **Move to .env** to keep it out of the code, and rotate it if it was ever committed.'),
  );
  return md;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** Registers the hover for every document the diagnostics cover. */
export function registerHover(diagnostics: DiagnosticsController): vscode.Disposable {
  return vscode.languages.registerHoverProvider('*', {
    provideHover(document, position) {
      const offset = document.offsetAt(position);
      const finding = diagnostics.findingsFor(document.uri).find((f) => f.start <= offset && offset <= f.end);
      if (!finding) return undefined;
      return new vscode.Hover(hoverMarkdown(finding), new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end)));
    },
  });
}
