// Hides the values of env files on screen while `secretHygiene.maskEnvValues` is on, so that a shared screen or a
// screenshot shows names only. A line a cursor is on shows its value, or the value could not be edited.
import * as vscode from 'vscode';
import { dotenvValueSpans } from '../engine';
import { baseName, isEnvFileName } from './git/envFiles';
import { readSettings, SECTION } from './settings';

// The same mask for every value: how long a key is is not for the viewer to learn either.
const MASK = '••••••••';

/** Keeps the masks of the visible env editors in step with their text, their cursors and the setting. */
export class EnvMasking implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    // Invisible and squeezed to nothing, so the width on screen does not give the length away either.
    opacity: '0',
    letterSpacing: '-1ch',
    before: { contentText: MASK, color: new vscode.ThemeColor('editorCodeLens.foreground') },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly masked = new Map<vscode.TextEditor, vscode.Range[]>();
  private readonly values = new WeakMap<vscode.TextDocument, { version: number; ranges: vscode.Range[] }>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      this.decoration,
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.window.onDidChangeTextEditorSelection((event) => this.refresh(event.textEditor)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === event.document) this.refresh(editor);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.maskEnvValues`)) this.refreshAll();
      }),
    ];
    this.refreshAll();
  }

  /** The ranges hidden in `editor` now. */
  maskedRanges(editor: vscode.TextEditor): readonly vscode.Range[] {
    return this.masked.get(editor) ?? [];
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
    this.masked.clear();
  }

  private refreshAll(): void {
    const visible = new Set(vscode.window.visibleTextEditors);
    for (const editor of this.masked.keys()) if (!visible.has(editor)) this.masked.delete(editor);
    for (const editor of visible) this.refresh(editor);
  }

  private refresh(editor: vscode.TextEditor): void {
    const { document } = editor;
    const ranges = isMaskable(document) ? this.valueRanges(document).filter((range) => !editor.selections.some((s) => sharesLine(range, s))) : [];
    // Most cursor moves stay on a line, and most editors are not env files: neither needs a call to the window.
    // The ranges of one document version are the same objects, so comparing them by identity is enough.
    const before = this.masked.get(editor) ?? [];
    if (ranges.length === before.length && ranges.every((range, i) => range === before[i])) return;
    editor.setDecorations(this.decoration, ranges);
    if (ranges.length) this.masked.set(editor, ranges);
    else this.masked.delete(editor);
  }

  private valueRanges(document: vscode.TextDocument): vscode.Range[] {
    const cached = this.values.get(document);
    if (cached?.version === document.version) return cached.ranges;
    const ranges = dotenvValueSpans(document.getText()).map(({ start, end }) => new vscode.Range(document.positionAt(start), document.positionAt(end)));
    this.values.set(document, { version: document.version, ranges });
    return ranges;
  }
}

// `.env`, `.env.local`, and env files named for what they configure: `prod.env`, `docker.env`.
function isMaskable(document: vscode.TextDocument): boolean {
  const name = baseName(document.uri);
  return (isEnvFileName(name) || /^[\w.-]+\.env$/i.test(name)) && readSettings(document).maskEnvValues;
}

function sharesLine(range: vscode.Range, selection: vscode.Selection): boolean {
  return selection.start.line <= range.end.line && range.start.line <= selection.end.line;
}
