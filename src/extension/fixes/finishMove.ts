// Runs after a move's WorkspaceEdit: saves every touched file (so code never reads a variable that exists
// only in an unsaved buffer), says what happened and what is left to do, and warns about a tracked .env.
import * as vscode from 'vscode';
import { notebookOfCell } from '../notebookCells';
import type { Log } from '../log';
import { warnIfMovedSecretsCommitted } from '../git/history';
import { isTrackedByGit } from '../git/repo';
import { remember, type MoveRecord } from './journal';

/** The internal command a move's code action runs after its edit. */
export const FINISH_MOVE = 'secretHygiene.finishMove';

/** The internal command a refused fix runs: it says why nothing was changed. */
export const EXPLAIN_REFUSAL = 'secretHygiene.explainRefusal';

/** Registers the command that explains a refused fix. */
export function registerExplainRefusal(): vscode.Disposable {
  return vscode.commands.registerCommand(EXPLAIN_REFUSAL, (reason: string) => vscode.window.showErrorMessage(vscode.l10n.t('Secret Hygiene: {0}', reason)));
}

/** What the code action hands over; uris as strings so the arguments survive serialisation. */
export interface FinishMoveArgs {
  readonly saved: readonly string[];
  readonly names: readonly string[];
  readonly envFile: string;
  readonly envUri: string;
  readonly gitignoreUpdated: boolean;
  readonly notes: readonly string[];
  readonly gitRoot?: string;
  /** No notification (the baseline action): the diagnostic disappearing says enough. */
  readonly quiet?: boolean;
  /** How to reverse the move with "Undo Last Move to .env". */
  readonly record?: MoveRecord;
}

/** Saves the files a move touched, except untitled ones; returns the uris it could not save. */
export async function saveAll(uris: readonly string[]): Promise<string[]> {
  // A notebook cell is saved with its notebook, once however many of its cells changed.
  const documents = new Map<vscode.TextDocument | vscode.NotebookDocument, string>();
  for (const value of uris) {
    const doc = notebookOfCell(vscode.Uri.parse(value)) ?? vscode.workspace.textDocuments.find((d) => d.uri.toString() === value);
    if (doc && !documents.has(doc)) documents.set(doc, value);
  }
  // All at once: each save waits on a round trip through the window, and the files are independent. An untitled
  // file is left for its user to name: saving it would open a Save As dialog mid-fix.
  const failed = await Promise.all([...documents].map(async ([doc, value]) => (doc.isDirty && !doc.isUntitled && !(await doc.save()) ? value : undefined)));
  return failed.filter((value): value is string => value !== undefined);
}

/** Registers the command. */
export function registerFinishMove(state: vscode.Memento, log: Log): vscode.Disposable {
  return vscode.commands.registerCommand(FINISH_MOVE, async (args: FinishMoveArgs) => {
    const failed = await saveAll(args.saved);
    if (args.record) await remember(state, args.record);
    if (failed.length) {
      const names = failed.map((u) => vscode.workspace.asRelativePath(vscode.Uri.parse(u))).join(', ');
      void vscode.window.showErrorMessage(vscode.l10n.t('Secret Hygiene: could not save {0}. Save it by hand before running the code.', names));
    }
    if (args.quiet) return;
    const moved =
      args.names.length === 1
        ? vscode.l10n.t('Moved the secret to {0} as {1}.', args.envFile, args.names[0])
        : vscode.l10n.t('Moved {0} secrets to {1}: {2}.', args.names.length, args.envFile, args.names.join(', '));
    const done = args.gitignoreUpdated ? [moved, vscode.l10n.t('.gitignore now covers {0}.', args.envFile)] : [moved];
    log.info(done.join(' '));
    // The notes come from the engine's plan, in English.
    const message = [...done, ...args.notes].join(' ');
    void vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: {0}', message));
    if (args.envUri) void warnIfMovedSecretsCommitted(vscode.Uri.parse(args.envUri), args.names);
    if (args.gitRoot && (await isTrackedByGit(vscode.Uri.parse(args.gitRoot), vscode.Uri.parse(args.envUri)))) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Secret Hygiene: {0} is tracked by git. Ignoring it does not untrack it: run "git rm --cached {0}" and rotate any key it held.', args.envFile),
      );
    }
  });
}
