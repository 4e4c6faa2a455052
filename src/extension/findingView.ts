// How a finding looks in the editor: the diagnostic, its message, and its documentation link.
import * as vscode from 'vscode';
import type { Finding } from '../engine';
import { toSeverity, type Settings } from './settings';

/** The `source` of every diagnostic this extension publishes. */
export const DIAGNOSTIC_SOURCE = 'Secret Hygiene';

/** Where each rule is documented; the catalogue is generated from the rule data. */
export const RULES_DOC_URL = 'https://github.com/secret-hygiene/secret-hygiene/blob/main/docs/RULES.md';

/** The documentation link of one rule. */
export function ruleDocUri(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`${RULES_DOC_URL}#${ruleId}`);
}

/** The one-line message: provider, what it is, the redacted preview. Never the value. */
export function findingMessage(finding: Finding): string {
  if (finding.confidence === 'low') {
    return finding.identifier
      ? vscode.l10n.t('Possible hardcoded secret in "{0}": {1}', finding.identifier, finding.preview)
      : vscode.l10n.t('Possible hardcoded secret: {0}', finding.preview);
  }
  // The provider and description are the engine's rule data, in English.
  const what = finding.description.toLowerCase().includes(finding.provider.toLowerCase()) ? finding.description : `${finding.provider} ${finding.description}`;
  return vscode.l10n.t('Hardcoded {0}: {1}', what, finding.preview);
}

/** A diagnostic for a finding, with a range covering exactly the secret. */
export function toDiagnostic(finding: Finding, settings: Settings): vscode.Diagnostic {
  const range = new vscode.Range(finding.line, finding.column, finding.endLine, finding.endColumn);
  const diagnostic = new vscode.Diagnostic(range, findingMessage(finding), toSeverity(settings.severity[finding.confidence]));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: ruleDocUri(finding.ruleId) };
  return diagnostic;
}
