// `.secret-hygiene.json` per workspace folder, kept current with a file watcher. Read through localFiles, which
// falls back to workspace.fs, so virtual workspaces work too.
import * as vscode from 'vscode';
import { readBytes } from './localFiles';
import { fileOf } from './notebookCells';
import { CONFIG_FILE_NAME, EMPTY_CONFIG, parseRepoConfig, ruleIds, type RepoConfig } from '../engine';
import { isIgnored, scopedIgnore, type ScopedIgnore } from '../common/pathFilter';
import type { Log } from './log';

/** The repo configs of all workspace folders, reloaded when a config file changes. */
export class RepoConfigs implements vscode.Disposable {
  private readonly configs = new Map<string, { config: RepoConfig; ignore?: ScopedIgnore }>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires after any folder's config was reloaded. */
  readonly onDidChange = this.changed.event;

  private watchers: vscode.Disposable[] = [];

  constructor(private readonly log: Log) {
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()));
  }

  // One watcher per folder root: a workspace-wide glob missed changes in the second folder of a multi-root workspace.
  private watchFolders(): void {
    for (const d of this.watchers) d.dispose();
    this.watchers = (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CONFIG_FILE_NAME));
      const reload = () => void this.reloadAll(false);
      return vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
    });
  }

  /** Loads every folder's config (and, unless told otherwise, re-creates the watchers); resolves when done. */
  async reloadAll(rewatch = true): Promise<void> {
    if (rewatch) this.watchFolders();
    this.configs.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.load(folder)));
    this.changed.fire();
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    let text: string;
    try {
      text = new TextDecoder().decode(await readBytes(uri));
    } catch {
      return;
    }
    const parsed = parseRepoConfig(text, ruleIds);
    if (!parsed.ok) {
      this.log.warn(`${CONFIG_FILE_NAME} in ${folder.name} is invalid and was ignored: ${parsed.errors.join('; ')}`);
      void vscode.window.showWarningMessage(vscode.l10n.t('Secret Hygiene: {0} in {1} is invalid: {2}', CONFIG_FILE_NAME, folder.name, parsed.errors[0]));
      return;
    }
    const { config } = parsed;
    const ignore = config.ignorePaths.length ? scopedIgnore(folder.uri.path, config.ignorePaths) : undefined;
    this.configs.set(folder.uri.toString(), { config, ignore });
    this.log.info(`loaded ${CONFIG_FILE_NAME} for ${folder.name}: ${config.disabledRules.length} disabled rule(s), ${config.ignorePaths.length} ignored path pattern(s), ${config.allowedFingerprints.length} accepted fingerprint(s)`);
  }

  /** The config that applies to `uri`: its workspace folder's, or the empty one. */
  configFor(uri: vscode.Uri): RepoConfig {
    const folder = vscode.workspace.getWorkspaceFolder(fileOf(uri));
    return (folder && this.configs.get(folder.uri.toString())?.config) ?? EMPTY_CONFIG;
  }

  /** True when the folder's `ignorePaths` exclude `uri`. */
  ignores(uri: vscode.Uri): boolean {
    const file = fileOf(uri);
    const folder = vscode.workspace.getWorkspaceFolder(file);
    const scope = folder && this.configs.get(folder.uri.toString())?.ignore;
    return scope !== undefined && isIgnored(file.path, [scope]);
  }

  dispose(): void {
    for (const d of [...this.disposables, ...this.watchers]) d.dispose();
  }
}
