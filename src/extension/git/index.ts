// Git-side hygiene in the editor: env files git would commit or already tracks, secrets already in
// history, and the pre-commit hook command. Without git, or untrusted, all of it stays silent.
import * as vscode from 'vscode';
import { registerInstallHook } from '../commands/installHook';
import type { DiagnosticsController } from '../diagnostics';
import type { Log } from '../log';
import { EnvFileDiagnostics } from './envDiagnostics';
import { registerEnvFileFixes } from './envFixes';
import { HistoryWarnings } from './history';
import { GitWatch } from './watch';

/** Registers the env-file diagnostics and fixes, the history warnings and the install-hook command. */
export function registerGitHygiene(context: vscode.ExtensionContext, diagnostics: DiagnosticsController, log: Log): vscode.Disposable[] {
  const git = new GitWatch();
  const env = new EnvFileDiagnostics(git, log);
  const warnings = new HistoryWarnings(diagnostics, git, log);
  void env.refresh();
  return [
    git,
    env,
    warnings,
    ...registerEnvFileFixes(env, log),
    registerInstallHook(context, log),
  ];
}
