// "Secret Hygiene: Install Pre-commit Hook": writes the same hook as `secret-hygiene install-hook`, with
// the CLI's own code, pointed at a copy of the CLI this extension ships (dist/cli.js). Trusted local
// folders only: a hook runs code on every commit.
import * as vscode from 'vscode';
import type { Log } from '../log';

/** The command's id. */
export const INSTALL_HOOK = 'secretHygiene.installHook';

/** What the command did, for tests and callers. */
export interface InstallHookResult {
  readonly outcome: 'installed' | 'updated' | 'managed' | 'failed' | 'refused' | 'cancelled';
  /** What the user was told. */
  readonly message: string;
}

/** Optional arguments: a folder (uri string) instead of asking, and `force` as `--force`. */
export interface InstallHookArgs {
  readonly folder?: string;
  readonly force?: boolean;
}

// The hook runs in the user's shell, not in VS Code: VS Code's own executable is Electron, so the hook
// needs a real node. The absolute path of the one on PATH helps GUI git clients, which often run hooks
// without the shell's PATH; the hook falls back to `node` on PATH when that path is gone.
async function nodeOnPath(): Promise<string | undefined> {
  try {
    const { execFile } = await import('node:child_process');
    return await new Promise<string | undefined>((resolve) => {
      execFile('node', ['-p', 'process.execPath'], { timeout: 5000, windowsHide: true }, (error, stdout) => resolve(error ? undefined : String(stdout).trim() || undefined));
    });
  } catch {
    return undefined;
  }
}

async function pickFolder(args: InstallHookArgs): Promise<vscode.WorkspaceFolder | undefined | 'none'> {
  if (args.folder) return vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(args.folder)) ?? 'none';
  const local = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
  if (local.length <= 1) return local[0] ?? 'none';
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Install the pre-commit hook in the repository of…') });
}

// The CLI's report lines, as one notification: "secret-hygiene: installed …" becomes "Installed …".
function sentences(stdout: string): string {
  return stdout
    .split('\n')
    .map((line) => line.replace(/^secret-hygiene:\s*/, '').trim())
    .filter(Boolean)
    .map((line) => `${line[0].toUpperCase()}${line.slice(1)}${/[.!?]$/.test(line) ? '' : '.'}`)
    .join(' ');
}

// An update installs the extension in a new folder and removes the old one, so a hook pointing into it
// would break. The hook runs a copy of the CLI in the extension's global storage instead, which every
// activation refreshes once a hook has been installed.
function cliCopies(context: vscode.ExtensionContext): { shipped: vscode.Uri; stable: vscode.Uri } {
  return { shipped: vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js'), stable: vscode.Uri.joinPath(context.globalStorageUri, 'cli.js') };
}

async function stableCli(context: vscode.ExtensionContext): Promise<string> {
  const { shipped, stable } = cliCopies(context);
  await vscode.workspace.fs.createDirectory(context.globalStorageUri);
  await vscode.workspace.fs.copy(shipped, stable, { overwrite: true });
  return stable.fsPath;
}

/** Brings the CLI copy that installed hooks run up to this version; does nothing if no hook was ever installed. */
export async function refreshHookCli(context: vscode.ExtensionContext, log: Log): Promise<void> {
  const { shipped, stable } = cliCopies(context);
  let copy: vscode.FileStat;
  try {
    copy = await vscode.workspace.fs.stat(stable);
  } catch {
    return;
  }
  try {
    // Most activations find the copy current; copying only after an update keeps activation light.
    const current = await vscode.workspace.fs.stat(shipped);
    if (copy.size === current.size && copy.mtime >= current.mtime) return;
    await vscode.workspace.fs.copy(shipped, stable, { overwrite: true });
  } catch (error) {
    log.warn(`could not refresh the CLI that git hooks run: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function install(context: vscode.ExtensionContext, log: Log, args: InstallHookArgs): Promise<InstallHookResult> {
  const tell = (outcome: InstallHookResult['outcome'], message: string, show: (m: string) => Thenable<unknown>): InstallHookResult => {
    void show(vscode.l10n.t('Secret Hygiene: {0}', message));
    return { outcome, message };
  };
  if (!vscode.workspace.isTrusted) {
    return tell('refused', vscode.l10n.t('installing a git hook needs a trusted workspace, because the hook runs on every commit.'), vscode.window.showWarningMessage);
  }
  const folder = await pickFolder(args);
  if (folder === undefined) return { outcome: 'cancelled', message: '' };
  if (folder === 'none' || folder.uri.scheme !== 'file') {
    return tell('refused', vscode.l10n.t('open a local folder inside a git repository to install the pre-commit hook.'), vscode.window.showInformationMessage);
  }
  const node = await nodeOnPath();
  let stdout = '';
  let stderr = '';
  try {
    // Loaded on demand: the CLI's hook code needs node:fs and git, which the browser build never has.
    const { installHookCommand } = await import('../../cli/hook');
    const script = await stableCli(context);
    await installHookCommand(args.force ? ['--force'] : [], {
      cwd: folder.uri.fsPath,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      self: { node: node ?? 'node', script },
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    log.warn(`install-hook failed in ${folder.name}: ${why}`);
    return tell('failed', vscode.l10n.t('could not install the pre-commit hook: {0}', why), vscode.window.showErrorMessage);
  }
  log.info(`install-hook in ${folder.name}:\n${stdout}${stderr}`);

  const managedAt = stdout.indexOf('\nNo hook was written.');
  if (managedAt !== -1) {
    const message = vscode.l10n.t("another tool runs this repository's git hooks, so no hook was written. Add Secret Hygiene to it as shown, or install the hook anyway.");
    const installAnyway = vscode.l10n.t('Install Anyway');
    const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: {0}', message), { modal: true, detail: stdout.slice(0, managedAt).trim() }, installAnyway);
    if (answer === installAnyway) return install(context, log, { ...args, folder: folder.uri.toString(), force: true });
    return { outcome: 'managed', message };
  }
  const outcome = /\bupdated the pre-commit hook\b/.test(stdout) ? 'updated' : 'installed';
  // The CLI's own report stays English, like everything the CLI prints.
  const report = vscode.l10n.t('{0} Every commit is now scanned for secrets; "git commit --no-verify" skips it once.', sentences(stdout));
  if (!node) {
    return tell(outcome, vscode.l10n.t('{0} Node.js was not found on PATH, and the hook needs it: install Node.js 20 or newer, or commits will be blocked.', report), vscode.window.showWarningMessage);
  }
  return tell(outcome, report, vscode.window.showInformationMessage);
}

/** Registers the command, and refreshes the CLI copy that hooks installed earlier run. */
export function registerInstallHook(context: vscode.ExtensionContext, log: Log): vscode.Disposable {
  void refreshHookCli(context, log);
  return vscode.commands.registerCommand(INSTALL_HOOK, (args: InstallHookArgs = {}) => install(context, log, args));
}
