// "Already committed": a secret found in an open document, or just moved to .env, that git already has
// in HEAD or in recent history. Moving it then is not enough; the key has to be rotated. Each secret is
// checked once per session (again only after the refs move), one git process at a time, and the secret
// itself is never stored, logged or put on a command line.
import * as vscode from 'vscode';
import { parseDotenv, rules, scanText, sha256Hex, type Finding } from '../../engine';
import type { DiagnosticsController } from '../diagnostics';
import { DIAGNOSTIC_SOURCE } from '../findingView';
import { readText } from '../fixes/files';
import type { Log } from '../log';
import { ENV_DOCS_URL } from './envDiagnostics';
import { isCommitted } from './repo';
import { gitAllowed } from './run';
import type { GitWatch } from './watch';

/** The diagnostic code of the history warning. */
export const HISTORY_CODE = 'secret-in-history';

/**
 * The history warning's `source`. It differs from the findings' so the quick fixes keyed on a
 * finding's range are not offered twice; it still reads, and filters, as Secret Hygiene.
 */
export const HISTORY_SOURCE = `${DIAGNOSTIC_SOURCE} (git)`;

type State = 'pending' | 'committed' | 'clean' | 'unknown';

// The live instance, for the one caller outside this folder: the move quick fix's finish step.
let live: HistoryWarnings | undefined;

/** After a move to `envUri`, warns when a moved value was already committed; resolves to those names. */
export function warnIfMovedSecretsCommitted(envUri: vscode.Uri, names: readonly string[]): Promise<string[]> {
  return live?.warnAfterMove(envUri, names) ?? Promise.resolve([]);
}

interface Job {
  readonly key: string;
  readonly dir: vscode.Uri;
  readonly secret: string;
}

// Generic findings (a literal under a secret-like name) are too often not secrets to spend git on.
function worthChecking(finding: Finding): boolean {
  return finding.confidence === 'high' || finding.confidence === 'medium';
}

/** Where the owner rotates the credential a rule finds, else the docs. */
export function rotateTarget(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(rules.find((rule) => rule.id === ruleId)?.rotateUrl ?? ENV_DOCS_URL);
}

// A pair is checked half by half: each half is its own secret, with its own fingerprint and key page.
function halves(finding: Finding): Finding[] {
  return finding.parts ? finding.parts.map((part) => ({ ...finding, ...part, parts: undefined })) : [finding];
}

// Findings are per document version; the text is read back and the fingerprint compared so a stale
// range never sends git the wrong text.
function secretOf(document: vscode.TextDocument, finding: Finding): string | undefined {
  const secret = document.getText(new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end)));
  return sha256Hex(`${finding.ruleId}:${secret}`) === finding.fingerprint ? secret : undefined;
}

/** Shows the history warning on open documents and answers "was this committed?" for moves. */
export class HistoryWarnings implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('secret-hygiene-history');
  private readonly states = new Map<string, State>();
  private readonly waiting = new Map<string, ((committed: boolean) => void)[]>();
  private readonly queue: Job[] = [];
  private readonly shown = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private draining = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly diagnostics: DiagnosticsController, git: GitWatch, private readonly log: Log) {
    live = this;
    const render = () => this.scheduleRender();
    this.disposables.push(
      diagnostics.onDidChange(render),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.collection.delete(doc.uri);
        this.shown.delete(doc.uri.toString());
      }),
      // New commits can hold a secret that was clean before; a committed one stays committed.
      git.onDidChangeRefs(() => this.forget((state) => state !== 'committed')),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.forget((state) => state === 'unknown')),
    );
  }

  private forget(which: (state: State) => boolean): void {
    for (const [key, state] of this.states) if (state !== 'pending' && which(state)) this.states.delete(key);
    this.scheduleRender();
  }

  private scheduleRender(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), 50);
  }

  // The cache key: the same secret can be committed in one repository and not in another.
  private keyOf(uri: vscode.Uri, fingerprint: string): string {
    const scope = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..');
    return `${scope.toString()}\0${fingerprint}`;
  }

  private render(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (!gitAllowed(document.uri)) continue;
      const warnings: vscode.Diagnostic[] = [];
      for (const finding of this.diagnostics.findingsFor(document.uri).flatMap(halves)) {
        if (!worthChecking(finding)) continue;
        const key = this.keyOf(document.uri, finding.fingerprint);
        const state = this.states.get(key);
        if (state === 'committed') warnings.push(this.warning(finding));
        if (state !== undefined) continue;
        const secret = secretOf(document, finding);
        if (secret !== undefined) this.enqueue({ key, dir: vscode.Uri.joinPath(document.uri, '..'), secret });
      }
      // Only a change is published: this runs after every keystroke's rescan.
      const signature = warnings.map((w) => `${w.range.start.line}:${w.range.start.character}-${w.range.end.line}:${w.range.end.character}`).join(',');
      if ((this.shown.get(document.uri.toString()) ?? '') === signature) continue;
      this.shown.set(document.uri.toString(), signature);
      this.collection.set(document.uri, warnings);
    }
  }

  private warning(finding: Finding): vscode.Diagnostic {
    const range = new vscode.Range(finding.line, finding.column, finding.endLine, finding.endColumn);
    const diagnostic = new vscode.Diagnostic(range, vscode.l10n.t('Already committed (in HEAD or history): moving it is not enough, rotate this key'), vscode.DiagnosticSeverity.Warning);
    diagnostic.source = HISTORY_SOURCE;
    diagnostic.code = { value: HISTORY_CODE, target: rotateTarget(finding.ruleId) };
    return diagnostic;
  }

  private enqueue(job: Job): void {
    this.states.set(job.key, 'pending');
    this.queue.push(job);
    void this.drain();
  }

  // One git process at a time: a file full of keys must not fork a process per key at once.
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let job = this.queue.shift(); job; job = this.queue.shift()) {
        const committed = await isCommitted(job.dir, job.secret).catch(() => undefined);
        const state: State = committed === undefined ? 'unknown' : committed ? 'committed' : 'clean';
        this.states.set(job.key, state);
        for (const resolve of this.waiting.get(job.key) ?? []) resolve(committed === true);
        this.waiting.delete(job.key);
        if (state === 'committed') this.scheduleRender();
      }
    } finally {
      this.draining = false;
    }
  }

  /** Whether `secret`, found in `uri` with `fingerprint`, is committed; false when not or unknown. */
  check(uri: vscode.Uri, fingerprint: string, secret: string): Promise<boolean> {
    if (!gitAllowed(uri)) return Promise.resolve(false);
    const key = this.keyOf(uri, fingerprint);
    const state = this.states.get(key);
    if (state !== undefined && state !== 'pending') return Promise.resolve(state === 'committed');
    return new Promise((resolve) => {
      this.waiting.set(key, [...(this.waiting.get(key) ?? []), resolve]);
      if (state === undefined) this.enqueue({ key, dir: vscode.Uri.joinPath(uri, '..'), secret });
    });
  }

  /**
   * After a move to `envUri`: looks up the moved variables' values there and warns, once, when any of
   * them was already committed. Returns the names that were.
   */
  async warnAfterMove(envUri: vscode.Uri, names: readonly string[]): Promise<string[]> {
    if (!gitAllowed(envUri) || names.length === 0) return [];
    const text = await readText(envUri);
    if (text === undefined) return [];
    const values = parseDotenv(text);
    const wanted = new Set(names.map((name) => values.get(name)).filter((value): value is string => value !== undefined));
    // Scanning the .env itself names each value's rule, hence its key page; values nothing detects are not judged.
    const findings = scanText(text, { path: envUri.path }).filter((f) => wanted.has(text.slice(f.start, f.end)));
    const committed: { name: string; finding: Finding }[] = [];
    for (const finding of findings) {
      const secret = text.slice(finding.start, finding.end);
      if (await this.check(envUri, finding.fingerprint, secret)) {
        committed.push({ name: names.find((n) => values.get(n) === secret) ?? vscode.l10n.t('the key'), finding });
      }
    }
    if (committed.length === 0) return [];
    const which = committed.map((c) => c.name).join(', ');
    this.log.warn(`${which}: already committed (in HEAD or history); rotate ${committed.length === 1 ? 'this key' : 'these keys'}`);
    const rotateUrl = committed.map((c) => rules.find((rule) => rule.id === c.finding.ruleId)?.rotateUrl).find(Boolean);
    const button = rotateUrl ? vscode.l10n.t('Open Key Page') : undefined;
    const message =
      committed.length === 1
        ? vscode.l10n.t('Secret Hygiene: {0} was already committed (in HEAD or history): moving it is not enough, rotate this key.', which)
        : vscode.l10n.t('Secret Hygiene: {0} were already committed (in HEAD or history): moving it is not enough, rotate these keys.', which);
    void (button ? vscode.window.showWarningMessage(message, button) : vscode.window.showWarningMessage(message)).then((answer) => {
      if (answer === button && rotateUrl) void vscode.env.openExternal(vscode.Uri.parse(rotateUrl));
    });
    return committed.map((c) => c.name);
  }

  dispose(): void {
    if (live === this) live = undefined;
    clearTimeout(this.timer);
    this.queue.length = 0;
    for (const waiters of this.waiting.values()) for (const resolve of waiters) resolve(false);
    for (const d of this.disposables) d.dispose();
  }
}
