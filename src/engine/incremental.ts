// Rescanning after an edit: only the edited lines plus the context a rule needs are scanned again;
// findings elsewhere are kept, shifted by the edit's line and character deltas.
import { scanText, type ScanOptions } from './scan';
import type { Finding } from './types';

/** One edit, in the coordinates VS Code reports: the replaced line span and how many lines replace it. */
export interface LineEdit {
  readonly startLine: number;
  /** Last line of the replaced range, in the text before the edit. */
  readonly oldEndLine: number;
  /** Last line of the inserted text, in the text after the edit. */
  readonly newEndLine: number;
}

/** How far a rescan reaches past an edit, at most, looking for the start or end of a multi-line secret. */
export const MAX_CONTEXT_LINES = 200;

// Line starts of `text` from line 0 through `lastLine + 1` (stops early, so edits near the top stay cheap).
function lineStartsUpTo(text: string, lastLine: number): number[] {
  const starts = [0];
  let i = 0;
  while (starts.length <= lastLine + 1) {
    const next = text.indexOf('\n', i);
    if (next === -1) break;
    starts.push(next + 1);
    i = next + 1;
  }
  return starts;
}

function lineAt(text: string, starts: readonly number[], line: number): string {
  const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.indexOf('\n', starts[line]);
  return text.slice(starts[line], end === -1 ? text.length : end);
}

/** Holds one document's findings and keeps them current across edits. */
export class IncrementalScan {
  private findings: Finding[] = [];
  private length = 0;
  private lineCount = 1;

  constructor(private options: ScanOptions = {}) {}

  /** The current findings, in text order. */
  get current(): readonly Finding[] {
    return this.findings;
  }

  /** Scans the whole text, replacing every finding. */
  full(text: string, options: ScanOptions = this.options): readonly Finding[] {
    this.options = options;
    this.findings = scanText(text, options);
    this.length = text.length;
    this.lineCount = countLines(text);
    return this.findings;
  }

  /** Applies one edit: `text` is the whole text after it. Returns the updated findings. */
  edit(text: string, edit: LineEdit): readonly Finding[] {
    const lineDelta = edit.newEndLine - edit.oldEndLine;
    const charDelta = text.length - this.length;
    const newLineCount = this.lineCount + lineDelta;
    // Any old finding touching the edit is rescanned whole, so the region grows to cover it.
    let from = edit.startLine;
    let to = edit.newEndLine;
    for (const f of this.findings) {
      if (f.endLine >= edit.startLine && f.line <= edit.oldEndLine) {
        from = Math.min(from, f.line);
        to = Math.max(to, f.endLine + lineDelta);
      }
    }
    const searchEnd = Math.min(newLineCount - 1, to + MAX_CONTEXT_LINES);
    const starts = lineStartsUpTo(text, searchEnd);
    const lastLine = Math.min(searchEnd, starts.length - 1);
    from = expandUp(text, starts, from);
    to = expandDown(text, starts, Math.min(to, lastLine), lastLine);
    // A multi-line finding that straddles the grown region is rescanned whole too.
    for (const f of this.findings) {
      if (f.line <= to - lineDelta && f.endLine >= from) {
        from = Math.min(from, f.line);
        to = Math.min(lastLine, Math.max(to, f.endLine + lineDelta));
      }
    }

    const regionStart = starts[from];
    const regionEnd = to + 1 < starts.length ? starts[to + 1] : text.length;
    const oldTo = to - lineDelta;
    const kept = this.findings.filter((f) => f.endLine < from || f.line > oldTo);
    const shifted = kept.map((f) =>
      f.line > oldTo ? { ...f, line: f.line + lineDelta, endLine: f.endLine + lineDelta, start: f.start + charDelta, end: f.end + charDelta } : f,
    );
    const fresh = scanText(text.slice(regionStart, regionEnd), this.options).map((f) => ({
      ...f,
      start: f.start + regionStart,
      end: f.end + regionStart,
      line: f.line + from,
      endLine: f.endLine + from,
    }));
    this.findings = [...shifted, ...fresh].sort((a, b) => a.start - b.start);
    this.length = text.length;
    this.lineCount = newLineCount;
    return this.findings;
  }
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

const BLANK = /^\s*$/;
const ARMOR_BEGIN = /-----BEGIN [A-Z0-9 ]+-----/;
const ARMOR_END = /-----END [A-Z0-9 ]+-----/;

// Upward to the paragraph's first line (a suppression comment sits just above), or to the BEGIN line
// of an armored block the region is inside of.
function expandUp(text: string, starts: readonly number[], line: number): number {
  const limit = Math.max(0, line - MAX_CONTEXT_LINES);
  let first = line;
  while (first > limit && !BLANK.test(lineAt(text, starts, first - 1))) first--;
  if (first > 0) first--; // the line above the paragraph may hold an allow directive
  for (let l = line; l >= limit; l--) {
    const content = lineAt(text, starts, l);
    if (ARMOR_END.test(content) && l < line) break;
    if (ARMOR_BEGIN.test(content)) return Math.min(first, l);
  }
  return first;
}

function expandDown(text: string, starts: readonly number[], line: number, lastLine: number): number {
  let last = line;
  while (last < lastLine && !BLANK.test(lineAt(text, starts, last + 1))) last++;
  for (let l = line; l <= lastLine; l++) {
    const content = lineAt(text, starts, l);
    if (ARMOR_BEGIN.test(content) && l > line) break;
    if (ARMOR_END.test(content)) return Math.max(last, l);
  }
  return last;
}

/** Folds edit `next` (in the coordinates of the text after `previous`) into one edit spanning both. */
export function mergeEdits(previous: LineEdit, next: LineEdit): LineEdit {
  const delta = previous.newEndLine - previous.oldEndLine;
  const nextDelta = next.newEndLine - next.oldEndLine;
  return {
    startLine: Math.min(previous.startLine, next.startLine),
    oldEndLine: Math.max(previous.oldEndLine, next.oldEndLine - delta),
    newEndLine: Math.max(previous.newEndLine + nextDelta, next.newEndLine),
  };
}
