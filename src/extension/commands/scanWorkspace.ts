// "Secret Hygiene: Scan Workspace": every file not excluded by files.exclude, secretHygiene.exclude,
// .gitignore or the repo config, with progress and cancel; results go to the Problems view.
import * as vscode from 'vscode';
import { scanText, type Finding } from '../../engine';
import { scopedIgnore, isIgnored, type ScopedIgnore } from '../../common/pathFilter';
import type { DiagnosticsController } from '../diagnostics';
import { toDiagnostic } from '../findingView';
import { readBytes, sizeOf } from '../localFiles';
import type { Log } from '../log';
import type { RepoConfigs } from '../repoConfig';
import { readSettings } from '../settings';

/** What a workspace scan did, for the notification and for tests. */
export interface WorkspaceScanResult {
  readonly filesScanned: number;
  readonly filesWithFindings: number;
  readonly findings: number;
  readonly skipped: number;
  /** Files that could not be read or scanned; each is in the log. */
  readonly failed: number;
  readonly cancelled: boolean;
}

/** The command's id. */
export const SCAN_WORKSPACE = 'secretHygiene.scanWorkspace';

// Files in flight at once, so that reads overlap the scanning.
const FILES_IN_FLIGHT = 16;

// Runs `work` on every item, at most `limit` at a time, and starts none once `token` is cancelled.
async function forEachConcurrently<T>(items: readonly T[], limit: number, token: vscode.CancellationToken, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !token.isCancellationRequested) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function excludeGlob(folder: vscode.WorkspaceFolder, extra: readonly string[]): string | undefined {
  const filesExclude = vscode.workspace.getConfiguration('files', folder).get<Record<string, boolean>>('exclude', {});
  const patterns = [...Object.keys(filesExclude).filter((key) => filesExclude[key] === true), ...extra, '**/.git'];
  return patterns.length ? `{${patterns.join(',')}}` : undefined;
}

async function gitignoreScopes(folder: vscode.WorkspaceFolder, exclude: string | undefined): Promise<ScopedIgnore[]> {
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), exclude);
  const scopes = await Promise.all(
    files.map(async (uri) => scopedIgnore(uri.path.slice(0, uri.path.lastIndexOf('/')), new TextDecoder().decode(await readBytes(uri)))),
  );
  // Shallow first, so a nested file's rules are consulted after its parents'.
  return scopes.sort((a, b) => a.base.length - b.base.length);
}

/** Registers the command. */
export function registerScanWorkspace(diagnostics: DiagnosticsController, configs: RepoConfigs, log: Log): vscode.Disposable {
  return vscode.commands.registerCommand(SCAN_WORKSPACE, () => scanWorkspace(diagnostics, configs, log));
}

async function scanWorkspace(diagnostics: DiagnosticsController, configs: RepoConfigs, log: Log): Promise<WorkspaceScanResult> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Secret Hygiene: open a folder to scan a workspace.'));
    return { filesScanned: 0, filesWithFindings: 0, findings: 0, skipped: 0, failed: 0, cancelled: false };
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Secret Hygiene: scanning workspace'), cancellable: true },
    async (progress, token) => {
      const open = new Set(vscode.workspace.textDocuments.map((doc) => doc.uri.toString()));
      let filesScanned = 0, filesWithFindings = 0, findings = 0, skipped = 0, failed = 0;
      for (const folder of folders) {
        const settings = readSettings(folder);
        const exclude = excludeGlob(folder, settings.exclude);
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), exclude, undefined, token);
        const scopes = await gitignoreScopes(folder, exclude);
        const config = configs.configFor(folder.uri);
        const options = { disabledRules: config.disabledRules, allowedFingerprints: config.allowedFingerprints };
        const todo = uris.filter((uri) => !isIgnored(uri.path, scopes) && !configs.ignores(uri));
        skipped += uris.length - todo.length;
        let started = 0;
        await forEachConcurrently(todo, FILES_IN_FLIGHT, token, async (uri) => {
          if (started++ % 25 === 0) progress.report({ message: vscode.l10n.t('{0}: {1}/{2} files', folder.name, started - 1, todo.length), increment: (25 / todo.length) * (100 / folders.length) });
          if (open.has(uri.toString())) return; // open documents already have live diagnostics
          let bytes: Uint8Array | undefined;
          try {
            bytes = (await sizeOf(uri)) > settings.maxFileSizeKB * 1024 ? undefined : await readBytes(uri);
          } catch (error) {
            // Deleted or made unreadable since the file list was taken: the rest of the scan goes on.
            failed++;
            log.error(`workspace scan: could not read ${vscode.workspace.asRelativePath(uri)}: ${(error as Error).message}`);
            return;
          }
          if (bytes === undefined || bytes.subarray(0, 8000).includes(0)) { skipped++; return; }
          let found: Finding[];
          try {
            found = scanText(new TextDecoder().decode(bytes), { ...options, path: uri.path });
          } catch (error) {
            failed++;
            log.error(`workspace scan: could not scan ${vscode.workspace.asRelativePath(uri)}: ${(error as Error).message}`);
            return;
          }
          filesScanned++;
          diagnostics.publishExternal(uri, found.map((f) => toDiagnostic(f, settings)), found);
          if (found.length) { filesWithFindings++; findings += found.length; }
        });
      }
      return { filesScanned, filesWithFindings, findings, skipped, failed, cancelled: token.isCancellationRequested };
    },
  );
  const counts = [result.findings, result.filesWithFindings, result.filesScanned, result.skipped];
  const summary = result.cancelled
    ? vscode.l10n.t('{0} finding(s) in {1} of {2} scanned file(s) (cancelled); {3} excluded or skipped.', ...counts)
    : vscode.l10n.t('{0} finding(s) in {1} of {2} scanned file(s); {3} excluded or skipped.', ...counts);
  log.info(`workspace scan: ${summary}`);
  const failures = result.failed ? ` ${vscode.l10n.t('{0} file(s) could not be scanned: see the Secret Hygiene log.', result.failed)}` : '';
  const show = result.failed ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(vscode.l10n.t('Secret Hygiene: {0}', summary + failures), vscode.l10n.t('Open Problems')).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return result;
}
