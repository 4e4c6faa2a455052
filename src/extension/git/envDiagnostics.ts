// Warnings on env files that git would commit (not ignored) or already has (tracked), for every env
// file in the workspace, open or not, kept current as files, .gitignore files and the git index change.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../findingView';
import type { Log } from '../log';
import { baseName, envFileStatuses, findEnvFiles, type EnvFileStatus } from './envFiles';
import type { GitWatch } from './watch';

/** The diagnostic codes of env-file warnings. */
export type EnvCode = 'env-not-ignored' | 'env-tracked';

/** Where env-file hygiene is explained. */
export const ENV_DOCS_URL = 'https://github.com/secret-hygiene/secret-hygiene#env-files';

// File events arrive in bursts (a checkout, a quick fix writing .gitignore and .env together).
const SETTLE_MS = 250;

/** The env-file code of a diagnostic, if it is one of ours. */
export function envCodeOf(diagnostic: vscode.Diagnostic): EnvCode | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'object') return undefined;
  const value = diagnostic.code.value;
  return value === 'env-not-ignored' || value === 'env-tracked' ? value : undefined;
}

function diagnostic(status: EnvFileStatus, code: EnvCode, message: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, status.firstLineLength), message, vscode.DiagnosticSeverity.Warning);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: code, target: vscode.Uri.parse(ENV_DOCS_URL) };
  return d;
}

/** The warnings for one env file. */
export function envDiagnostics(status: EnvFileStatus): vscode.Diagnostic[] {
  const name = baseName(status.uri);
  const out: vscode.Diagnostic[] = [];
  if (!status.ignored) {
    out.push(diagnostic(status, 'env-not-ignored', vscode.l10n.t('{0} is not git-ignored: "git add ." would commit the keys in it. Add it to .gitignore.', name)));
  }
  if (status.tracked) {
    out.push(diagnostic(status, 'env-tracked', vscode.l10n.t('{0} is tracked by git: the keys in it are in the repository. Stop tracking it and rotate any key it held.', name)));
  }
  return out;
}

/** Owns the env-file diagnostics and refreshes them. */
export class EnvFileDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('secret-hygiene-env');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: Promise<void> | undefined;
  private next: Promise<void> | undefined;

  constructor(private readonly git: GitWatch, private readonly log: Log) {
    const schedule = () => this.schedule();
    const envWatcher = vscode.workspace.createFileSystemWatcher('**/.env*', false, true, false);
    const ignoreWatcher = vscode.workspace.createFileSystemWatcher('**/.gitignore');
    this.disposables.push(
      envWatcher,
      envWatcher.onDidCreate(schedule),
      envWatcher.onDidDelete(schedule),
      ignoreWatcher,
      ignoreWatcher.onDidCreate(schedule),
      ignoreWatcher.onDidChange(schedule),
      ignoreWatcher.onDidDelete(schedule),
      vscode.workspace.onDidRenameFiles(schedule),
      vscode.workspace.onDidChangeWorkspaceFolders(schedule),
      vscode.workspace.onDidGrantWorkspaceTrust(schedule),
      // An unsaved .gitignore edit counts too: the quick fixes read open buffers the same way.
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (baseName(event.document.uri) === '.gitignore') schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('files.exclude') || event.affectsConfiguration('secretHygiene.exclude')) schedule();
      }),
      git.onDidChangeIndex(schedule),
      git.onDidChangeRefs(schedule),
    );
  }

  /** Refreshes after the current burst of events. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), SETTLE_MS);
  }

  /** Finds every env file and republishes its warnings; resolves when a pass that began after this call ends. */
  refresh(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.current) {
      this.current = this.pass().finally(() => {
        this.current = undefined;
      });
      return this.current;
    }
    // A pass is under way and may have read the files before the change that prompted this call.
    this.next ??= this.current.then(() => {
      this.next = undefined;
      return this.refresh();
    });
    return this.next;
  }

  private async pass(): Promise<void> {
    try {
      const uris = await findEnvFiles();
      for (const dir of new Set(uris.map((uri) => vscode.Uri.joinPath(uri, '..').toString()))) void this.git.watchRepoOf(vscode.Uri.parse(dir));
      const statuses = await envFileStatuses(uris);
      const next = new Map(statuses.map((status) => [status.uri.toString(), envDiagnostics(status)]));
      this.collection.forEach((uri) => {
        if (!next.has(uri.toString())) this.collection.delete(uri);
      });
      for (const status of statuses) this.collection.set(status.uri, next.get(status.uri.toString()));
    } catch (error) {
      // Never a popup for a background check; the log says what went wrong.
      this.log.warn(`env file check failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
