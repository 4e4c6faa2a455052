// Runs after a move's WorkspaceEdit: saves every touched file (so code never reads a variable that exists
// only in an unsaved buffer), says what happened and what is left to do, and warns about a tracked .env.
import * as vscode from 'vscode';
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
  return vscode.commands.registerCommand(EXPLAIN_REFUSAL, (reason: string) => vscode.window.showErrorMessage(`Secret Hygiene: ${reason}`));
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

/** Saves the files a move touched; returns the uris it could not save. */
export async function saveAll(uris: readonly string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const value of uris) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === value);
    if (doc?.isDirty && !(await doc.save())) failed.push(value);
  }
  return failed;
}

/** Registers the command. */
export function registerFinishMove(state: vscode.Memento, log: Log): vscode.Disposable {
  return vscode.commands.registerCommand(FINISH_MOVE, async (args: FinishMoveArgs) => {
    const failed = await saveAll(args.saved);
    if (args.record) await remember(state, args.record);
    if (failed.length) {
      const names = failed.map((u) => vscode.workspace.asRelativePath(vscode.Uri.parse(u))).join(', ');
      void vscode.window.showErrorMessage(`Secret Hygiene: could not save ${names}. Save it by hand before running the code.`);
    }
    if (args.quiet) return;
    const moved = args.names.length === 1 ? `Moved the secret to ${args.envFile} as ${args.names[0]}.` : `Moved ${args.names.length} secrets to ${args.envFile}: ${args.names.join(', ')}.`;
    const ignored = args.gitignoreUpdated ? ` .gitignore now covers ${args.envFile}.` : '';
    log.info(`${moved}${ignored}`);
    const message = [moved + ignored, ...args.notes].join(' ');
    void vscode.window.showInformationMessage(`Secret Hygiene: ${message}`);
    if (args.envUri) void warnIfMovedSecretsCommitted(vscode.Uri.parse(args.envUri), args.names);
    if (args.gitRoot && (await isTrackedByGit(vscode.Uri.parse(args.gitRoot), vscode.Uri.parse(args.envUri)))) {
      void vscode.window.showWarningMessage(
        `Secret Hygiene: ${args.envFile} is tracked by git. Ignoring it does not untrack it: run "git rm --cached ${args.envFile}" and rotate any key it held.`,
      );
    }
  });
}
