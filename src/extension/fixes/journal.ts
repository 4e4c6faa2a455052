// "Undo Last Move to .env": cross-file undo that survives closing the files the move touched. The journal
// never holds a secret: each replaced literal is kept as a template with the secret cut out, and the
// value is read back from the .env it was moved to.
import * as vscode from 'vscode';
import { parseDotenv, type Finding, type MoveToEnvPlan } from '../../engine';
import type { Log } from '../log';
import { readText } from './files';
import { saveAll } from './finishMove';
import { toWorkspaceEdit } from './toWorkspaceEdit';

/** The palette command. */
export const UNDO_LAST_MOVE = 'secretHygiene.undoLastMove';

const JOURNAL_KEY = 'secretHygiene.moveJournal';
const MAX_RECORDS = 20;
// Marks where secret number N was cut out of a template: \u0000N\u0000.
const HOLE = /\u0000(\d+)\u0000/g;

/** One replaced literal: the text the move inserted, and the original with its secrets cut out. */
interface Replacement {
  readonly inserted: string;
  readonly template: string;
}

/** What one move did, enough to reverse it. Holds names and non-secret text only. */
export interface MoveRecord {
  readonly document: string;
  readonly names: readonly string[];
  readonly replacements: readonly Replacement[];
  readonly insertions: readonly string[];
  readonly envUri: string;
  readonly addedEnvNames: readonly string[];
  readonly exampleUri?: string;
  readonly addedExampleNames: readonly string[];
  readonly gitignoreUri?: string;
  readonly gitignoreLine?: string;
}

/** Builds the journal record of a planned move, before it is applied. */
export function recordMove(
  text: string,
  findings: readonly Pick<Finding, 'start' | 'end'>[],
  plan: MoveToEnvPlan,
  uris: { document: vscode.Uri; env: vscode.Uri; example?: vscode.Uri; gitignore?: vscode.Uri },
): MoveRecord {
  const replacements: Replacement[] = [];
  const insertions: string[] = [];
  for (const edit of plan.document) {
    if (edit.start === edit.end) {
      insertions.push(edit.newText);
      continue;
    }
    let template = '';
    let cursor = edit.start;
    findings.forEach((f, index) => {
      if (f.start < edit.start || f.end > edit.end || !plan.names[index]) return;
      template += text.slice(cursor, f.start) + `\u0000${index}\u0000`;
      cursor = f.end;
    });
    replacements.push({ inserted: edit.newText, template: template + text.slice(cursor, edit.end) });
  }
  const envAdded = plan.envFile.edits.map((e) => e.newText).join('');
  const exampleAdded = plan.envExample?.edits.map((e) => e.newText).join('') ?? '';
  const gitignoreAdded = plan.gitignore?.edits.map((e) => e.newText).join('').trim();
  return {
    document: uris.document.toString(),
    names: [...plan.names],
    replacements,
    insertions,
    envUri: uris.env.toString(),
    addedEnvNames: plan.names.filter((n) => n && new RegExp(`^(?:export\\s+)?${n}=`, 'm').test(envAdded)),
    exampleUri: uris.example?.toString(),
    addedExampleNames: plan.names.filter((n) => n && exampleAdded.includes(`${n}=`)),
    gitignoreUri: gitignoreAdded ? uris.gitignore?.toString() : undefined,
    gitignoreLine: gitignoreAdded || undefined,
  };
}

/** Remembers a move that was applied. */
export async function remember(state: vscode.Memento, record: MoveRecord): Promise<void> {
  const records = state.get<MoveRecord[]>(JOURNAL_KEY, []);
  await state.update(JOURNAL_KEY, [...records, record].slice(-MAX_RECORDS));
}

// Offsets of the lines of `text` that define NAME (a quoted value may span lines), for removal.
function definitionSpan(text: string, name: string): { start: number; end: number } | undefined {
  const match = new RegExp(`^(?:export[ \\t]+)?${name}[ \\t]*=[ \\t]*(["'\`]?)`, 'm').exec(text);
  if (!match) return undefined;
  let end = text.indexOf('\n', match.index + match[0].length);
  const quote = match[1];
  if (quote) {
    const close = text.indexOf(quote, match.index + match[0].length);
    if (close !== -1) end = text.indexOf('\n', close);
  }
  return { start: match.index, end: end === -1 ? text.length : end + 1 };
}

function removeLines(spans: readonly ({ start: number; end: number } | undefined)[]): { start: number; end: number; newText: string }[] {
  return spans.filter((s): s is { start: number; end: number } => s !== undefined).map((s) => ({ ...s, newText: '' }));
}

async function undo(state: vscode.Memento, log: Log): Promise<void> {
  const records = state.get<MoveRecord[]>(JOURNAL_KEY, []);
  const record = records[records.length - 1];
  if (!record) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: there is no move to .env to undo.'));
    return;
  }
  const documentUri = vscode.Uri.parse(record.document);
  const envUri = vscode.Uri.parse(record.envUri);
  const [code, env] = await Promise.all([readText(documentUri), readText(envUri)]);
  const values = parseDotenv(env ?? '');
  const missing = record.names.filter((n) => n && !values.has(n));
  if (code === undefined || missing.length) {
    const message =
      code === undefined
        ? vscode.l10n.t('Secret Hygiene: cannot undo the last move: {0} no longer exists. Nothing was changed.', vscode.workspace.asRelativePath(documentUri))
        : vscode.l10n.t('Secret Hygiene: cannot undo the last move: {0} is no longer in {1}. Nothing was changed.', missing.join(', '), vscode.workspace.asRelativePath(envUri));
    void vscode.window.showErrorMessage(message);
    return;
  }
  const codeEdits: { start: number; end: number; newText: string }[] = [];
  for (const r of record.replacements) {
    const at = code.indexOf(r.inserted);
    if (at === -1) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Secret Hygiene: cannot undo the last move: the code it changed was edited since. Nothing was changed.'));
      return;
    }
    codeEdits.push({ start: at, end: at + r.inserted.length, newText: r.template.replace(HOLE, (_, i: string) => values.get(record.names[Number(i)]) ?? '') });
  }
  for (const inserted of record.insertions) {
    const at = code.indexOf(inserted);
    if (at !== -1) codeEdits.push({ start: at, end: at + inserted.length, newText: '' });
  }
  const files = [
    { uri: documentUri, text: code, edits: codeEdits },
    { uri: envUri, text: env, edits: removeLines(record.addedEnvNames.map((n) => definitionSpan(env ?? '', n))) },
  ];
  if (record.exampleUri) {
    const uri = vscode.Uri.parse(record.exampleUri);
    const text = (await readText(uri)) ?? '';
    files.push({ uri, text, edits: removeLines(record.addedExampleNames.map((n) => definitionSpan(text, n))) });
  }
  if (record.gitignoreUri && record.gitignoreLine) {
    const uri = vscode.Uri.parse(record.gitignoreUri);
    const text = (await readText(uri)) ?? '';
    const at = text.lastIndexOf(record.gitignoreLine);
    if (at !== -1) files.push({ uri, text, edits: [{ start: at, end: Math.min(text.length, at + record.gitignoreLine.length + 1), newText: '' }] });
  }
  if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(files, vscode.l10n.t('Undo move to .env'))))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Secret Hygiene: the undo could not be applied. Nothing was changed.'));
    return;
  }
  await saveAll(files.filter((f) => f.edits.length).map((f) => f.uri.toString()));
  await state.update(JOURNAL_KEY, records.slice(0, -1));
  log.info(`undid the move of ${record.names.filter(Boolean).join(', ')} to ${vscode.workspace.asRelativePath(envUri)}`);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Secret Hygiene: undid the move of {0}. The value is back in {1}.', record.names.filter(Boolean).join(', '), vscode.workspace.asRelativePath(documentUri)),
  );
}

/** Registers the palette command. */
export function registerUndoLastMove(state: vscode.Memento, log: Log): vscode.Disposable {
  return vscode.commands.registerCommand(UNDO_LAST_MOVE, () => undo(state, log));
}
