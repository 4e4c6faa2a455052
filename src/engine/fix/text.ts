// Line and edit arithmetic shared by the planners. Files keep their own line endings.
import type { TextEdit } from './types';

/** The file's line separator: CRLF when its first line break is CRLF, else LF (also for one-line files). */
export function detectEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * The edit that appends whole lines to a file. A file without a final newline keeps that style: the
 * separator goes before the new lines and none after, so the last line stays unterminated.
 */
export function appendLines(text: string, lines: readonly string[]): TextEdit | undefined {
  if (lines.length === 0) return undefined;
  const eol = detectEol(text);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const joined = lines.join(eol);
  if (body.length === 0) return { start: text.length, end: text.length, newText: joined + eol };
  const terminated = body.endsWith('\n') || body.endsWith('\r');
  return { start: text.length, end: text.length, newText: terminated ? joined + eol : eol + joined };
}

/** Offset where the line holding `offset` starts. */
export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the line break (or text end) ending the line that holds `offset`; a CR before LF is excluded. */
export function lineEndAt(text: string, offset: number): number {
  const lf = text.indexOf('\n', offset);
  const end = lf === -1 ? text.length : lf;
  return end > 0 && text[end - 1] === '\r' && end - 1 >= offset ? end - 1 : end;
}

/** Offset where zero-based line `line` starts, or undefined past the end. */
export function offsetOfLine(text: string, line: number): number | undefined {
  let offset = 0;
  for (let i = 0; i < line; i++) {
    const lf = text.indexOf('\n', offset);
    if (lf === -1) return undefined;
    offset = lf + 1;
  }
  return offset;
}

/** Applies edits given in original offsets. Used to verify plans before they are handed out. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of sortEdits(edits)) {
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}

function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.index - b.index).map((e) => e.edit);
}

/** Thrown when two planned edits would touch the same text; a planner bug, reported as a refusal. */
export class OverlapError extends Error {}

/**
 * Sorts edits and merges insertions that share an offset with another edit, because editors apply
 * same-offset edits in an order of their own. Edits that overlap are a planning error.
 */
export function normalizeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of sortEdits(edits)) {
    const last = out[out.length - 1];
    const same = last && last.start === edit.start && last.end === edit.end && last.newText === edit.newText;
    if (last && !same && last.start === edit.start && (last.start === last.end || edit.start === edit.end)) {
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, edit.end), newText: last.newText + edit.newText };
      continue;
    }
    if (same) continue;
    if (last && edit.start < last.end) throw new OverlapError('overlapping edits');
    if (edit.start === edit.end && edit.newText === '') continue;
    out.push(edit);
  }
  return out;
}
