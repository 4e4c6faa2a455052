// Secret Hygiene: the editor side. Each line below wires one part; the parts live in their own files.
import * as vscode from 'vscode';
import { registerScanWorkspace } from './commands/scanWorkspace';
import { registerShowRules } from './commands/showRules';
import { DiagnosticsController } from './diagnostics';
import { registerQuickFixes } from './fixes';
import { registerGitHygiene } from './git';
import { registerHover } from './hover';
import { createLog } from './log';
import { RepoConfigs } from './repoConfig';
import { registerStatusBar } from './statusBar';
import { registerVault } from './vault';

/** Called by VS Code after startup (onStartupFinished). */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = createLog();
  const configs = new RepoConfigs(log);
  const diagnostics = new DiagnosticsController(configs, log);
  context.subscriptions.push(
    log,
    configs,
    diagnostics,
    registerHover(diagnostics),
    ...registerQuickFixes(diagnostics, context.workspaceState, log),
    registerStatusBar(diagnostics),
    registerScanWorkspace(diagnostics, configs, log),
    registerShowRules(),
    ...registerVault(context, log),
    ...registerGitHygiene(context, diagnostics, log),
  );
  // Loading the repo configs fires their change event, which runs the first scan of open documents.
  await configs.reloadAll();
}

/** Nothing to release beyond the subscriptions VS Code disposes. */
export function deactivate(): void {}
