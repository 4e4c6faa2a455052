// The quick fixes: the code action provider and the commands its actions run.
import * as vscode from 'vscode';
import type { DiagnosticsController } from '../diagnostics';
import type { Log } from '../log';
import { SecretCodeActions } from './codeActions';
import { registerExplainRefusal, registerFinishMove } from './finishMove';
import { registerUndoLastMove } from './journal';
import { registerMoveToVault } from './moveToVault';

/** Registers the quick fixes for every document the diagnostics cover. */
export function registerQuickFixes(diagnostics: DiagnosticsController, state: vscode.Memento, log: Log): vscode.Disposable[] {
  return [
    vscode.languages.registerCodeActionsProvider('*', new SecretCodeActions(diagnostics), SecretCodeActions.metadata),
    registerFinishMove(state, log),
    registerUndoLastMove(state, log),
    registerExplainRefusal(),
    registerMoveToVault(log),
  ];
}
