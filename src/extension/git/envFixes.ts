// Quick fixes for env files: add the file to .gitignore (one WorkspaceEdit, then saved), and stop
// tracking it with `git rm --cached` after a modal confirmation.
import * as vscode from 'vscode';
import { gitignoreEdits } from '../../engine/fix/envfiles';
import { EXPLAIN_REFUSAL, saveAll } from '../fixes/finishMove';
import { parentOf } from '../fixes/files';
import { toWorkspaceEdit } from '../fixes/toWorkspaceEdit';
import type { Log } from '../log';
import { envCodeOf, type EnvFileDiagnostics } from './envDiagnostics';
import { baseName, targetOf } from './envFiles';
import { gitAllowed, runGit } from './run';

/** The internal command the "Add to .gitignore" action runs after its edit: save, then re-check. */
export const FINISH_GITIGNORE = 'secretHygiene.finishGitignore';

/** The internal command behind "Stop tracking": confirm, `git rm --cached`, report. */
export const UNTRACK_ENV_FILE = 'secretHygiene.untrackEnvFile';

/** What the untrack command did, for its callers and tests. */
export interface UntrackResult {
  readonly untracked: boolean;
}

/** Quick fixes for the env-file diagnostics. */
export class EnvFileActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const code = envCodeOf(diagnostic);
      if (code === 'env-not-ignored') {
        const action = await addToGitignoreAction(document.uri, diagnostic);
        if (action) actions.push(action);
      } else if (code === 'env-tracked') {
        const name = baseName(document.uri);
        const action = new vscode.CodeAction(vscode.l10n.t('Stop tracking {0} (git rm --cached)', name), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = { command: UNTRACK_ENV_FILE, title: action.title, arguments: [document.uri.toString()] };
        actions.push(action);
      }
    }
    return actions;
  }
}

async function addToGitignoreAction(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction | undefined> {
  const target = await targetOf(uri);
  if (!target) return undefined;
  const title = vscode.l10n.t('Add {0} to .gitignore', target.gitignoreEntry);
  const { plan, note } = gitignoreEdits({ covered: target.covered, text: target.gitignoreText, entry: target.gitignoreEntry });
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  if (!plan) {
    // Listed already but overridden by a negation: appending it again would change nothing.
    if (!note) return undefined;
    action.command = { command: EXPLAIN_REFUSAL, title, arguments: [note] };
    return action;
  }
  action.edit = toWorkspaceEdit([{ uri: target.gitignoreUri, text: plan.create ? undefined : target.gitignoreText, edits: plan.edits }], title);
  action.command = { command: FINISH_GITIGNORE, title: 'Save .gitignore', arguments: [target.gitignoreUri.toString()] };
  return action;
}

/** Registers the provider and the two commands its actions run. */
export function registerEnvFileFixes(env: EnvFileDiagnostics, log: Log): vscode.Disposable[] {
  return [
    vscode.languages.registerCodeActionsProvider({ pattern: '**/.env*' }, new EnvFileActions(), EnvFileActions.metadata),
    vscode.commands.registerCommand(FINISH_GITIGNORE, async (gitignore: string) => {
      const failed = await saveAll([gitignore]);
      if (failed.length) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Secret Hygiene: could not save {0}. Save it by hand.', vscode.workspace.asRelativePath(vscode.Uri.parse(gitignore))));
      }
      await env.refresh();
    }),
    vscode.commands.registerCommand(UNTRACK_ENV_FILE, async (uri: string): Promise<UntrackResult> => {
      const result = await untrack(vscode.Uri.parse(uri), log);
      await env.refresh();
      return result;
    }),
  ];
}

async function untrack(uri: vscode.Uri, log: Log): Promise<UntrackResult> {
  const name = baseName(uri);
  const shown = vscode.workspace.asRelativePath(uri);
  if (!gitAllowed(uri)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Secret Hygiene: git runs only in trusted local folders. Run "git rm --cached -- {0}" yourself in a terminal.', name));
    return { untracked: false };
  }
  const stopTracking = vscode.l10n.t('Stop Tracking');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('Stop tracking {0}?', shown),
    {
      modal: true,
      detail: vscode.l10n.t(
        'Runs "git rm --cached -- {0}". The file stays on disk; your next commit removes it from the repository. Earlier commits still hold its contents: if they were ever pushed, rotate every key in it.',
        name,
      ),
    },
    stopTracking,
  );
  if (answer !== stopTracking) return { untracked: false };
  const out = await runGit(parentOf(uri), ['--literal-pathspecs', 'rm', '--cached', '-q', '--', name], { answers: [0, 1, 128] });
  if (!out || out.code !== 0) {
    const why = out?.stderr.trim().split('\n')[0] || vscode.l10n.t('git did not answer');
    log.warn(`git rm --cached ${shown} failed: ${why}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Secret Hygiene: could not stop tracking {0}: {1}', shown, why));
    return { untracked: false };
  }
  log.info(`git rm --cached ${shown}`);
  const target = await targetOf(uri);
  const stillIgnorable = target !== undefined && !target.covered;
  void vscode.window.showWarningMessage(
    stillIgnorable
      ? vscode.l10n.t(
          'Secret Hygiene: stopped tracking {0} (git rm --cached). It is still on disk; commit to remove it from the repository. Add it to .gitignore too (quick fix on the file), or "git add ." will track it again. Its keys stay in the history: if it was ever pushed, rotate them.',
          shown,
        )
      : vscode.l10n.t(
          'Secret Hygiene: stopped tracking {0} (git rm --cached). It is still on disk; commit to remove it from the repository. Its keys stay in the history: if it was ever pushed, rotate them.',
          shown,
        ),
  );
  return { untracked: true };
}
