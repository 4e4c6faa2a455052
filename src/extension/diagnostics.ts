// As-you-type diagnostics: every open text document is scanned on open, rescanned incrementally on
// change after a per-document debounce, and cleared on close.
import * as vscode from 'vscode';
import { IncrementalScan, mergeEdits, type Finding, type LineEdit, type ScanOptions } from '../engine';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './findingView';
import type { Log } from './log';
import type { RepoConfigs } from './repoConfig';
import { readSettings, type Settings } from './settings';

// Schemes whose documents are views of something else (output, diffs of git objects, SCM input).
const SKIPPED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'debug', 'comment', 'vscode-terminal', 'search-editor']);
// Above this average line length a document is treated as minified and not scanned.
const MINIFIED_AVERAGE_LINE = 1000;
const MINIFIED_MIN_LENGTH = 20_000;

interface DocumentState {
  readonly scan: IncrementalScan;
  pending?: LineEdit | 'full';
  timer?: ReturnType<typeof setTimeout>;
}

/** Why a document is not scanned, as one informative message, or undefined when it is scanned. */
export function skipReason(document: vscode.TextDocument, text: string, settings: Settings, configs: RepoConfigs): string | undefined {
  const limit = settings.maxFileSizeKB * 1024;
  if (text.length > limit) {
    return vscode.l10n.t('Secret Hygiene did not scan this file: it is {0} KB, over secretHygiene.maxFileSizeKB ({1} KB).', Math.round(text.length / 1024), settings.maxFileSizeKB);
  }
  if (text.slice(0, 8000).includes('\0')) return vscode.l10n.t('Secret Hygiene did not scan this file: it looks binary.');
  if (text.length > MINIFIED_MIN_LENGTH && text.length / document.lineCount > MINIFIED_AVERAGE_LINE) {
    return vscode.l10n.t('Secret Hygiene did not scan this file: it looks minified (very long lines).');
  }
  return configs.ignores(document.uri) ? '' : undefined;
}

/** Owns the diagnostic collection and the findings behind it, per document. */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('secret-hygiene');
  private readonly states = new Map<string, DocumentState>();
  private readonly findings = new Map<string, readonly Finding[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.changed];
  /** Fires whenever published diagnostics change. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly configs: RepoConfigs, private readonly log: Log) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.refresh(doc)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onChange(event)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('secretHygiene')) this.refreshAll();
      }),
      configs.onDidChange(() => this.refreshAll()),
    );
  }

  /** Scans every open document from scratch. */
  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.refresh(doc);
  }

  /** The findings currently published for `uri`. */
  findingsFor(uri: vscode.Uri): readonly Finding[] {
    return this.findings.get(uri.toString()) ?? [];
  }

  /** Total published findings across all documents. */
  get total(): number {
    let n = 0;
    for (const list of this.findings.values()) n += list.length;
    return n;
  }

  /** Publishes findings computed elsewhere (the workspace scan) for a document that is not open. */
  publishExternal(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[], findings: readonly Finding[]): void {
    const key = uri.toString();
    // Most files have nothing to report, nor had before: a message to the window for each would slow a big scan.
    if (this.states.has(key) || (findings.length === 0 && !this.findings.has(key))) return;
    this.collection.set(uri, diagnostics);
    this.findings.set(key, findings);
    this.changed.fire();
  }

  /** Scans `document` fully now, or clears it when it is not to be scanned. */
  refresh(document: vscode.TextDocument): void {
    if (SKIPPED_SCHEMES.has(document.uri.scheme)) return;
    const settings = readSettings(document);
    if (!settings.enable || this.isExcluded(document, settings)) return this.forget(document.uri);
    // Read once: the size checks and the scan see the same text.
    const text = document.getText();
    const reason = skipReason(document, text, settings, this.configs);
    if (reason !== undefined) {
      this.forget(document.uri);
      if (reason) this.publishNotice(document, reason);
      return;
    }
    const state = this.stateFor(document);
    clearTimeout(state.timer);
    state.pending = undefined;
    this.publish(document, this.scanned(document, () => state.scan.full(text, this.scanOptions(document))), settings);
  }

  // An engine failure on one document is logged (never with its text) and leaves it without findings,
  // rather than breaking the change handler for every document.
  private scanned(document: vscode.TextDocument, scan: () => readonly Finding[]): readonly Finding[] {
    try {
      return scan();
    } catch (error) {
      this.states.delete(document.uri.toString());
      this.log.error(`${vscode.workspace.asRelativePath(document.uri)}: could not scan: ${(error as Error).message}`);
      return [];
    }
  }

  private onChange(event: vscode.TextDocumentChangeEvent): void {
    const { document, contentChanges } = event;
    if (contentChanges.length === 0) return;
    const state = this.states.get(document.uri.toString());
    if (!state) return this.refresh(document);
    const settings = readSettings(document);
    if (!settings.scanOnType) return;
    for (const change of contentChanges) {
      const edit: LineEdit = {
        startLine: change.range.start.line,
        oldEndLine: change.range.end.line,
        newEndLine: change.range.start.line + countNewlines(change.text),
      };
      // Several changes in one event are in pre-event coordinates; a full scan is simpler than mapping them.
      const pending = state.pending;
      state.pending = contentChanges.length > 1 || pending === 'full' ? 'full' : pending ? mergeEdits(pending, edit) : edit;
    }
    clearTimeout(state.timer);
    const version = document.version;
    state.timer = setTimeout(() => this.flush(document, state, version), settings.debounceMs);
  }

  private flush(document: vscode.TextDocument, state: DocumentState, version: number): void {
    state.timer = undefined;
    // A newer change re-armed the timer; a closed document has no state. Neither publishes.
    if (document.isClosed || document.version !== version || this.states.get(document.uri.toString()) !== state) return;
    const pending = state.pending;
    state.pending = undefined;
    if (!pending) return;
    const settings = readSettings(document);
    const text = document.getText();
    if (skipReason(document, text, settings, this.configs) !== undefined) return this.refresh(document);
    const findings = this.scanned(document, () => (pending === 'full' ? state.scan.full(text, this.scanOptions(document)) : state.scan.edit(text, pending)));
    this.publish(document, findings, settings);
  }

  private scanOptions(document: vscode.TextDocument): ScanOptions {
    const config = this.configs.configFor(document.uri);
    return {
      path: document.uri.path,
      languageId: document.languageId,
      disabledRules: config.disabledRules,
      allowedFingerprints: config.allowedFingerprints,
    };
  }

  private stateFor(document: vscode.TextDocument): DocumentState {
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { scan: new IncrementalScan() };
      this.states.set(key, state);
    }
    return state;
  }

  private isExcluded(document: vscode.TextDocument, settings: Settings): boolean {
    return settings.exclude.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  }

  private publish(document: vscode.TextDocument, findings: readonly Finding[], settings: Settings): void {
    this.findings.set(document.uri.toString(), findings);
    this.collection.set(document.uri, findings.map((finding) => toDiagnostic(finding, settings)));
    this.changed.fire();
  }

  private publishNotice(document: vscode.TextDocument, message: string): void {
    const notice = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Hint);
    notice.source = DIAGNOSTIC_SOURCE;
    this.collection.set(document.uri, [notice]);
    this.log.info(`${vscode.workspace.asRelativePath(document.uri)}: ${message}`);
    this.changed.fire();
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.states.get(key);
    if (state) clearTimeout(state.timer);
    this.states.delete(key);
    this.findings.delete(key);
    this.collection.delete(uri);
    this.changed.fire();
  }

  dispose(): void {
    for (const state of this.states.values()) clearTimeout(state.timer);
    for (const d of this.disposables) d.dispose();
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
