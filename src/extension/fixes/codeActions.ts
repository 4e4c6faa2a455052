// Quick fixes on our diagnostics: move the secret to .env (preferred), ignore the line, add it to the
// baseline, and move every secret in the file at once. Plans come from the engine as data.
import * as vscode from 'vscode';
import { ALLOW_DIRECTIVE, CONFIG_FILE_NAME, planIgnoreLine, planMoveToEnv, type Finding } from '../../engine';
import type { DiagnosticsController } from '../diagnostics';
import { DIAGNOSTIC_SOURCE } from '../findingView';
import { readSettings, type Settings } from '../settings';
import { findEnvTarget } from './envTarget';
import { fileOf } from '../notebookCells';
import { isReadonly, readText } from './files';
import { EXPLAIN_REFUSAL, FINISH_MOVE, type FinishMoveArgs } from './finishMove';
import { MOVE_TO_VAULT, planVaultMove, type MoveToVaultArgs } from './moveToVault';
import { recordMove } from './journal';
import { moduleVariables } from './terraformModule';
import { toWorkspaceEdit } from './toWorkspaceEdit';

/** The code action provider; register it for every document. */
export class SecretCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly diagnostics: DiagnosticsController) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'object');
    if (ours.length === 0) return [];
    const all = this.diagnostics.findingsFor(document.uri);
    const settings = readSettings(document);
    const located = await findEnvTarget(fileOf(document.uri), settings.envFileName);
    const declaredVariables = await moduleVariables(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = all.find((f) => document.offsetAt(diagnostic.range.start) === f.start && document.offsetAt(diagnostic.range.end) === f.end);
      if (!finding) continue;
      actions.push(await moveToEnvAction(document, [finding], located, settings, [diagnostic], true, declaredVariables));
      // The vault holds one key per name; a pair's two halves move to .env together instead.
      if (!finding.parts) actions.push(moveToVaultAction(document, finding, diagnostic, declaredVariables));
      const ignore = ignoreLineAction(document, finding, diagnostic);
      if (ignore) actions.push(ignore);
      if ('target' in located && located.target.folder) actions.push(await baselineAction(located.target.folder, finding, diagnostic));
    }
    if (all.length > 1) actions.push(await moveToEnvAction(document, all, located, settings, ours, false, declaredVariables));
    return actions;
  }
}

// A fix that cannot apply here stays in the menu and explains why when chosen, rather than vanishing:
// VS Code drops disabled actions from several of its surfaces.
function refused(title: string, reason: string, diagnostics: vscode.Diagnostic[], preferred = false): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = diagnostics;
  action.isPreferred = preferred;
  action.command = { command: EXPLAIN_REFUSAL, title, arguments: [reason] };
  return action;
}

async function moveToEnvAction(
  document: vscode.TextDocument,
  findings: readonly Finding[],
  located: Awaited<ReturnType<typeof findEnvTarget>>,
  settings: Settings,
  diagnostics: vscode.Diagnostic[],
  single: boolean,
  declaredVariables: readonly string[] | undefined,
): Promise<vscode.CodeAction> {
  const envName = settings.envFileName;
  const fallbackTitle = single ? vscode.l10n.t('Move to {0}', envName) : vscode.l10n.t('Move all {0} secrets in this file to {1}', findings.length, envName);
  if ('problem' in located) return refused(fallbackTitle, located.problem, diagnostics, single);
  const target = located.target;
  if (target.envText !== undefined && (await isReadonly(target.envUri))) {
    const readonlyReason = vscode.l10n.t('{0} is read-only: make it writable, then try again. Nothing was changed.', vscode.workspace.asRelativePath(target.envUri));
    return refused(fallbackTitle, readonlyReason, diagnostics, single);
  }
  const secrets = secretsOf(findings);
  const plan = planMoveToEnv({
    text: document.getText(),
    languageId: document.languageId,
    path: document.uri.path,
    findings: secrets,
    envFile: target.envText === undefined ? undefined : { text: target.envText },
    envExample: target.exampleText === undefined ? undefined : { text: target.exampleText },
    createEnvExample: settings.createEnvExample,
    gitignore: { covered: target.covered, text: target.gitignoreText, entry: target.gitignoreEntry },
    declaredVariables,
  });
  const title = single ? moveToEnvTitle(envName, plan.names.filter(Boolean)) : fallbackTitle;
  if (plan.refusal) return refused(title, plan.refusal, diagnostics, single);
  const files = [
    { uri: document.uri, text: document.getText(), edits: plan.document },
    { uri: target.envUri, text: plan.envFile.create ? undefined : target.envText, edits: plan.envFile.edits },
    ...(plan.envExample ? [{ uri: target.exampleUri, text: plan.envExample.create ? undefined : target.exampleText, edits: plan.envExample.edits }] : []),
    ...(plan.gitignore ? [{ uri: target.gitignoreUri, text: plan.gitignore.create ? undefined : target.gitignoreText, edits: plan.gitignore.edits }] : []),
  ];
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = diagnostics;
  action.isPreferred = single;
  action.edit = toWorkspaceEdit(files, title);
  const args: FinishMoveArgs = {
    saved: files.filter((f) => f.edits.length > 0).map((f) => f.uri.toString()),
    names: plan.names.filter(Boolean),
    envFile: vscode.workspace.asRelativePath(target.envUri),
    gitignoreUpdated: plan.gitignore !== undefined,
    notes: [...plan.notes],
    envUri: target.envUri.toString(),
    gitRoot: target.gitRoot?.toString(),
    record: recordMove(document.getText(), secrets, plan, {
      document: document.uri,
      env: target.envUri,
      example: plan.envExample ? target.exampleUri : undefined,
      gitignore: plan.gitignore ? target.gitignoreUri : undefined,
    }),
  };
  action.command = { command: FINISH_MOVE, title: 'Save the files the move touched', arguments: [args] };
  return action;
}

// A pair moves as two names: "Move to .env as AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY".
function moveToEnvTitle(envName: string, names: readonly string[]): string {
  if (names.length === 0) return vscode.l10n.t('Move to {0} as a variable', envName);
  const and = vscode.l10n.t({ message: ' and ', comment: ['Joins variable names, as in "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY". Keep the spaces.'] });
  return vscode.l10n.t('Move to {0} as {1}', envName, names.join(and));
}

function moveToVaultAction(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic, declaredVariables: readonly string[] | undefined): vscode.CodeAction {
  const plan = planVaultMove(document, finding, declaredVariables);
  const title = plan.names[0] ? vscode.l10n.t('Move to Secret Storage as {0}', plan.names[0]) : vscode.l10n.t('Move to Secret Storage as a variable');
  if (plan.refusal) return refused(title, plan.refusal, [diagnostic]);
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  const { start, end, identifier, envName, ruleId, provider, fingerprint } = finding;
  const args: MoveToVaultArgs = { uri: document.uri.toString(), version: document.version, finding: { start, end, identifier, envName, ruleId, provider, fingerprint } };
  action.command = { command: MOVE_TO_VAULT, title, arguments: [args] };
  return action;
}

// The secrets a fix moves: a pair's two halves, or the finding itself.
function secretsOf(findings: readonly Finding[]): Pick<Finding, 'start' | 'end' | 'identifier' | 'envName' | 'ruleId' | 'provider'>[] {
  return findings.flatMap((f) => f.parts?.map((p) => ({ ...p, provider: f.provider })) ?? [f]);
}

function ignoreLineAction(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction | undefined {
  const title =
    finding.parts && finding.endLine !== finding.line ? vscode.l10n.t('Ignore on these lines ({0})', ALLOW_DIRECTIVE) : vscode.l10n.t('Ignore on this line ({0})', ALLOW_DIRECTIVE);
  const lines = new Set<number>();
  const edits = [];
  for (const part of finding.parts ?? [finding]) {
    if (lines.has(part.line)) continue;
    lines.add(part.line);
    const plan = planIgnoreLine(document.getText(), document.languageId, part, document.uri.path);
    if ('refusal' in plan) return refused(title, plan.refusal, [diagnostic]);
    edits.push(...plan.edits);
  }
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.edit = toWorkspaceEdit([{ uri: document.uri, text: document.getText(), edits }], title);
  return action;
}

async function baselineAction(folder: vscode.WorkspaceFolder, finding: Finding, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction> {
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  const title = vscode.l10n.t('Add to the baseline in {0}', CONFIG_FILE_NAME);
  const text = await readText(uri);
  let config: Record<string, unknown> = {};
  try {
    config = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    return refused(title, vscode.l10n.t('{0} is not valid JSON; fix it first.', CONFIG_FILE_NAME), [diagnostic]);
  }
  const fingerprints = Array.isArray(config.allowedFingerprints) ? (config.allowedFingerprints as string[]) : [];
  const updated = JSON.stringify({ ...config, allowedFingerprints: [...new Set([...fingerprints, finding.fingerprint])] }, null, 2) + '\n';
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.edit = toWorkspaceEdit([{ uri, text, edits: [{ start: 0, end: text?.length ?? 0, newText: updated }] }], title);
  const args: FinishMoveArgs = { saved: [uri.toString()], names: [], notes: [], envFile: '', gitignoreUpdated: false, envUri: '', quiet: true };
  action.command = { command: FINISH_MOVE, title: 'Save the baseline', arguments: [args] };
  return action;
}
