// Notices git operations (add, rm, commit, checkout, fetch) by watching the files git rewrites for them,
// so what the editor shows about tracking and history follows the command line without polling.
import * as vscode from 'vscode';
import { repoOf } from './repo';
import { gitAllowed } from './run';

// Files under a git directory that change with the index or with the refs.
const WATCHED = '{index,HEAD,packed-refs,refs/**}';
// git rewrites several of them per operation; one notification per burst is enough.
const SETTLE_MS = 300;

/** Fires, debounced, when any watched repository's index or refs change. */
export class GitWatch implements vscode.Disposable {
  private readonly indexChanged = new vscode.EventEmitter<void>();
  private readonly refsChanged = new vscode.EventEmitter<void>();
  private readonly outside = new Set<string>();
  private readonly asked = new Set<string>();
  private readonly timers = new Map<vscode.EventEmitter<void>, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.indexChanged, this.refsChanged];
  /** The staging area changed: tracked files may differ. */
  readonly onDidChangeIndex = this.indexChanged.event;
  /** A branch, tag or HEAD moved: history may hold more (or other) commits. */
  readonly onDidChangeRefs = this.refsChanged.event;

  constructor() {
    // One watcher covers every repository inside the workspace, including those created later.
    this.listen(vscode.workspace.createFileSystemWatcher(`**/.git/${WATCHED}`));
  }

  /** Also watches the repository holding `dir` when the workspace-wide watcher cannot see its git directory. */
  async watchRepoOf(dir: vscode.Uri): Promise<void> {
    if (!gitAllowed(dir) || this.asked.has(dir.toString())) return;
    this.asked.add(dir.toString());
    const repo = await repoOf(dir);
    if (!repo || this.outside.has(repo.gitDir.toString())) return;
    if (repo.gitDir.path.endsWith('/.git') && vscode.workspace.getWorkspaceFolder(repo.gitDir)) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(repo.gitDir, WATCHED));
    this.outside.add(repo.gitDir.toString());
    this.listen(watcher);
  }

  private listen(watcher: vscode.FileSystemWatcher): void {
    const changed = (uri: vscode.Uri) => this.fire(uri.path.endsWith('/index') ? this.indexChanged : this.refsChanged);
    this.disposables.push(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
  }

  private fire(emitter: vscode.EventEmitter<void>): void {
    clearTimeout(this.timers.get(emitter));
    this.timers.set(emitter, setTimeout(() => emitter.fire(), SETTLE_MS));
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
