// Secret Hygiene: the editor side. Each line below wires one part; the parts live in their own files.
import * as vscode from 'vscode';
import { registerScanWorkspace } from './commands/scanWorkspace';
import { registerShowFindings } from './commands/showFindings';
import { registerShowRules } from './commands/showRules';
import { registerToggleEnvMasking } from './commands/toggleEnvMasking';
import { DiagnosticsController } from './diagnostics';
import { EnvMasking } from './envMasking';
import { registerQuickFixes } from './fixes';
import { registerGitHygiene } from './git';
import { registerHover } from './hover';
import { createLog } from './log';
import { RepoConfigs } from './repoConfig';
import { registerStatusBar } from './statusBar';
import { registerVault } from './vault';

/** What the extension offers other extensions, and its integration tests. */
export interface SecretHygieneApi {
  /** The ranges of env values hidden in `editor` now. */
  maskedEnvValues(editor: vscode.TextEditor): readonly vscode.Range[];
}

/** Called by VS Code after startup (onStartupFinished). */
export async function activate(context: vscode.ExtensionContext): Promise<SecretHygieneApi> {
  const log = createLog();
  const configs = new RepoConfigs(log);
  const diagnostics = new DiagnosticsController(configs, log);
  const masking = new EnvMasking();
  context.subscriptions.push(
    log,
    configs,
    diagnostics,
    registerHover(diagnostics),
    ...registerQuickFixes(diagnostics, context.workspaceState, log),
    registerStatusBar(diagnostics),
    registerScanWorkspace(diagnostics, configs, log),
    registerShowRules(),
    registerShowFindings(),
    masking,
    registerToggleEnvMasking(),
    ...registerVault(context, log),
    ...registerGitHygiene(context, diagnostics, log),
  );
  // Loading the repo configs fires their change event, which runs the first scan of open documents.
  await configs.reloadAll();
  return { maskedEnvValues: (editor) => masking.maskedRanges(editor) };
}

/** Nothing to release beyond the subscriptions VS Code disposes. */
export function deactivate(): void {}
