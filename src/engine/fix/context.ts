// What surrounds a literal: the code just before and after it, and the bracket it sits in. Enough to
// tell whether an expression can replace it without parentheses, and what it is being assigned to.
import type { Lexed } from './lexer';

/** String and comment ranges, for walking code while skipping what is not code. */
export class Skipper {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  // Largest end among ranges[0..i]: an earlier, longer range may cover what a later one does not.
  private readonly reach: number[] = [];

  constructor(lexed: Lexed) {
    const ranges = [...lexed.strings, ...lexed.comments].map((r) => [r.start, r.end] as const).sort((a, b) => a[0] - b[0]);
    let reach = -1;
    for (const [start, end] of ranges) {
      reach = Math.max(reach, end);
      this.starts.push(start);
      this.ends.push(end);
      this.reach.push(reach);
    }
  }

  /** The start of a string or comment covering `offset`, if one does. */
  coveringStart(offset: number): number | undefined {
    const i = this.covering(offset, offset + 1);
    return i === -1 ? undefined : this.starts[i];
  }

  /** The end of a string or comment covering `offset`, if one does. */
  coveringEnd(offset: number): number | undefined {
    const i = this.covering(offset, offset + 1);
    return i === -1 ? undefined : this.ends[i];
  }

  /** True when a string or comment that began before `offset` is still open there. */
  openAt(offset: number): boolean {
    return this.covering(offset, offset) !== -1;
  }

  // The index of a range covering `offset` whose start is below `startLimit`, or -1.
  private covering(offset: number, startLimit: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) (last = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    for (let i = last; i >= 0 && this.reach[i] > offset; i--) if (this.ends[i] > offset && this.starts[i] < startLimit) return i;
    return -1;
  }
}

/** The offsets of code before `pos`, nearest first: a string or comment on the way is stepped over whole. */
export function* codeBefore(skipper: Skipper, pos: number): Generator<number> {
  for (let i = pos - 1; i >= 0; i--) {
    const skip = skipper.coveringStart(i);
    if (skip !== undefined) i = skip;
    else yield i;
  }
}

// Walks from `from` one step at a time, skipping strings and comments, to the first `target` bracket that
// no `nest` bracket seen on the way pairs with.
function unmatched(text: string, skipper: Skipper, from: number, step: 1 | -1, nest: string, target: string): number | undefined {
  let depth = 0;
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const skip = step < 0 ? skipper.coveringStart(i) : skipper.coveringEnd(i);
    if (skip !== undefined) {
      i = step < 0 ? skip : skip - 1;
      continue;
    }
    if (text[i] === nest) depth++;
    else if (text[i] === target) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/** The unmatched `open` bracket before `pos`, skipping strings and comments; undefined at top level. */
export function enclosingOpener(text: string, skipper: Skipper, pos: number, open: string, close: string): number | undefined {
  return unmatched(text, skipper, pos - 1, -1, close, open);
}

/** The `close` bracket matching the `open` one at `at`, skipping strings and comments; undefined when unmatched. */
export function matchingCloser(text: string, skipper: Skipper, at: number, open: string, close: string): number | undefined {
  return unmatched(text, skipper, at + 1, 1, open, close);
}

/** The code on the line before `pos` (from the line start), as written. */
export function linePrefix(text: string, pos: number): string {
  return text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos);
}

/** The last non-blank character before `pos` and the word ending there, if any. */
export function before(text: string, pos: number): { char: string; word: string; index: number } {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  if (i < 0) return { char: '', word: '', index: -1 };
  let w = i;
  while (w >= 0 && /[\w$]/.test(text[w])) w--;
  return { char: text[i], word: text.slice(w + 1, i + 1), index: i };
}

/** The first character after `pos` on its line, or, past a line break, the next line's first character. */
export function after(text: string, pos: number): { char: string; rest: string; crossedLine: boolean } {
  let i = pos;
  let crossedLine = false;
  while (i < text.length && /\s/.test(text[i])) {
    if (text[i] === '\n') crossedLine = true;
    i++;
  }
  return { char: text[i] ?? '', rest: text.slice(i, i + 12), crossedLine };
}

/** How tightly the replacement binds: an additive chain (`a + b`) or a nil-coalescing one (Swift `a ?? b`). */
export type Binding = 'additive' | 'coalescing';

const SAFE_WORD_BEFORE = /^(?:return|yield|case|in|of|else|and|or|not|echo|print|then|do|when|is|if|elif|while|assert)$/;
const SAFE_WORD_AFTER = /^(?:if|else|and|or|in|is|not|for|then|do|end|unless|while)\b/;

/**
 * True when an expression of the given binding can stand where `[start, end)` stands without
 * parentheses: its neighbours are separators, or operators that bind more loosely than it does.
 * `concat` is the language's concatenation operator (`+`, `.`, `..`, `&`).
 */
export function fitsWithoutParens(text: string, start: number, end: number, binding: Binding, concat: string): boolean {
  const prev = before(text, start);
  const precededByConcat = text.slice(prev.index - concat.length + 1, prev.index + 1) === concat && text[prev.index - concat.length] !== concat[0];
  const prevOk =
    prev.index < 0 ||
    '([{,;=:?|<>&'.includes(prev.char) ||
    (binding === 'additive' && precededByConcat) ||
    (/\w/.test(prev.char) && SAFE_WORD_BEFORE.test(prev.word));
  if (!prevOk) return false;
  const next = after(text, end);
  if (next.crossedLine) return !/^(?:\.|\?\.|\[|\()/.test(next.rest);
  const c = next.char;
  const rest = next.rest;
  if (c === '' || ')]},;:=<>|&#'.includes(c) || rest.startsWith('//')) return true;
  if (c === '?') return rest[1] !== '.';
  if (c === '!') return rest[1] === '=';
  if (binding === 'additive' && rest.startsWith(concat) && rest[concat.length] !== concat[0] && rest[concat.length] !== '=') return true;
  return /\w/.test(c) && SAFE_WORD_AFTER.test(rest);
}
