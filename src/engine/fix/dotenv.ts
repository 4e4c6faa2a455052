// .env reading and writing with the semantics of the `dotenv` package (v17), which the engine cannot
// import. The reader follows dotenv's grammar, quirks included (a key's value may start on the next
// line, `KEY: value` is accepted), because reuse decisions depend on what programs will really load.
// The writer picks the plainest quoting that reads back to the identical string; tests compare both
// against the real package.

const WHITESPACE = /\s/;

function isSpace(c: string | undefined): boolean {
  return c !== undefined && WHITESPACE.test(c);
}

// Where `$` and `^` match in dotenv's multiline regexes.
function isTerminator(c: string | undefined): boolean {
  return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}

function isKeyChar(c: string | undefined): boolean {
  return c !== undefined && /[\w.-]/.test(c);
}

function skipSpace(src: string, i: number): number {
  while (i < src.length && isSpace(src[i])) i++;
  return i;
}

// After a value: optional whitespace, an optional `#` comment, then a line end. Returns where the
// entry ends, or undefined when something else follows on the line.
function entryTail(src: string, from: number): number | undefined {
  const w = skipSpace(src, from);
  if (w === src.length) return w;
  if (src[w] === '#') {
    let e = w;
    while (e < src.length && !isTerminator(src[e])) e++;
    return e;
  }
  for (let x = w - 1; x >= from; x--) if (isTerminator(src[x])) return x;
  return undefined;
}

// A quoted value may run over lines. Its closing quote is any quote up to the first one not preceded
// by a backslash; the longest choice that leaves a clean line end wins.
function quotedValue(src: string, valueStart: number, open: number): { raw: string; end: number } | undefined {
  const quote = src[open];
  const closings: number[] = [];
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] !== quote) continue;
    closings.push(i);
    if (!(i - 1 > open && src[i - 1] === '\\')) break;
  }
  for (let k = closings.length - 1; k >= 0; k--) {
    const end = entryTail(src, closings[k] + 1);
    if (end !== undefined) return { raw: src.slice(valueStart, closings[k] + 1), end };
  }
  return undefined;
}

// A value as written: `raw` starts at `start`, right after the `=`; the entry ends at `end`.
interface RawValue {
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

function valueAt(src: string, q: number): RawValue {
  const open = skipSpace(src, q);
  if (src[open] === "'" || src[open] === '"' || src[open] === '`') {
    const quoted = quotedValue(src, q, open);
    if (quoted) return { ...quoted, start: q };
  }
  if (q < src.length && src[q] !== '#' && src[q] !== '\n' && src[q] !== '\r') {
    let r = q;
    while (r < src.length && src[r] !== '#' && src[r] !== '\n' && src[r] !== '\r') r++;
    return { raw: src.slice(q, r), start: q, end: entryTail(src, r) ?? r };
  }
  return { raw: '', start: q, end: entryTail(src, q) ?? q };
}

interface RawEntry extends RawValue {
  readonly key: string;
  readonly keyStart: number;
}

function entryAfterKey(src: string, keyStart: number): RawEntry | undefined {
  let j = keyStart;
  while (isKeyChar(src[j])) j++;
  if (j === keyStart) return undefined;
  const key = src.slice(keyStart, j);
  const eq = skipSpace(src, j);
  if (src[eq] === '=') return { key, keyStart, ...valueAt(src, eq + 1) };
  if (src[j] === ':' && isSpace(src[j + 1])) return { key, keyStart, ...valueAt(src, j + 2) };
  return undefined;
}

function entryAt(src: string, lineStart: number): RawEntry | undefined {
  const i = skipSpace(src, lineStart);
  if (src.startsWith('export', i) && isSpace(src[i + 6])) {
    const exported = entryAfterKey(src, skipSpace(src, i + 6));
    if (exported) return exported;
  }
  return entryAfterKey(src, i);
}

// dotenv strips one pair of matching quotes per line of the trimmed value, greedily.
function stripQuotes(value: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    if (!(i === 0 || isTerminator(value[i - 1]))) continue;
    const q = value[i];
    if (q !== "'" && q !== '"' && q !== '`') continue;
    for (let j = value.length - 1; j > i; j--) {
      if (value[j] === q && (j + 1 === value.length || isTerminator(value[j + 1]))) {
        out += value.slice(from, i) + value.slice(i + 1, j);
        from = j + 1;
        i = j;
        break;
      }
    }
  }
  return out + value.slice(from);
}

function cook(raw: string): string {
  const trimmed = raw.trim();
  const value = stripQuotes(trimmed);
  return trimmed[0] === '"' ? value.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : value;
}

// Every entry in dotenv's reading order. `src` has dotenv's line endings (`\n`) already.
function rawEntries(src: string): RawEntry[] {
  const out: RawEntry[] = [];
  let pos = 0;
  while (pos <= src.length) {
    const entry = entryAt(src, pos);
    let from = pos;
    if (entry) {
      out.push(entry);
      if (entry.end === 0 || isTerminator(src[entry.end - 1])) {
        pos = entry.end;
        if (pos === src.length) break;
        continue;
      }
      from = entry.end;
    }
    let next = from;
    while (next < src.length && !isTerminator(src[next])) next++;
    if (next >= src.length) break;
    pos = next + 1;
  }
  return out;
}

/** The variables `dotenv.parse` would return for `text`, in first-definition order; the last definition wins. */
export function parseDotenv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of rawEntries(text.replace(/\r\n?/g, '\n'))) out.set(entry.key, cook(entry.raw));
  return out;
}

/** One definition in a .env text, located by offsets into that text. */
export interface DotenvEntry {
  readonly key: string;
  readonly keyStart: number;
  /** The value as written, quotes included and surrounding whitespace not; start === end for an empty value. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** Every definition `dotenv.parse` reads in `text`, in order, repeats included. */
export function dotenvEntries(text: string): DotenvEntry[] {
  const src = text.replace(/\r\n?/g, '\n');
  // Where in `src` a `\r\n` became `\n`: each such place before an offset puts it one further on in `text`.
  const joined: number[] = [];
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) joined.push(i - joined.length);
  const inText = (offset: number) => {
    let lo = 0;
    let hi = joined.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (joined[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + lo;
  };
  return rawEntries(src).map(({ key, keyStart, raw, start }) => {
    const valueStart = start + raw.length - raw.trimStart().length;
    const valueEnd = Math.max(valueStart, start + raw.trimEnd().length);
    return { key, keyStart: inText(keyStart), valueStart: inText(valueStart), valueEnd: inText(valueEnd) };
  });
}

const QUOTES = new Set(['"', "'", '`']);
// `# OLD_KEY=…`: a commented-out definition is often a key that was in use. Only the `=` form, so that a comment
// such as `# Note: …` is not taken for one.
const COMMENTED = /^([ \t]*#[ \t]*)(?:export[ \t]+)?[\w.-]+[ \t]*=/;

/** Where the text of each non-empty value sits in a .env text, quotes left out, commented-out definitions included. */
export function dotenvValueSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const add = (entry: DotenvEntry, shift: number) => {
    let start = shift + entry.valueStart;
    let end = shift + entry.valueEnd;
    if (end - start >= 2 && QUOTES.has(text[start]) && text[end - 1] === text[start]) {
      start++;
      end--;
    }
    if (end > start) out.push({ start, end });
  };
  for (const entry of dotenvEntries(text)) add(entry, 0);
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const prefix = COMMENTED.exec(line)?.[1];
    if (prefix !== undefined) {
      const [entry] = dotenvEntries(line.slice(prefix.length).replace(/\r$/, ''));
      if (entry) add(entry, lineStart + prefix.length);
    }
    lineStart += line.length + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

// Bare values that every .env reader (dotenv, python-dotenv, Compose, a POSIX shell) reads alike.
const PLAIN = /^[A-Za-z0-9_\-./+:@%,~=]+$/;
// Bare values that dotenv alone still reads back unchanged.
function bareForDotenv(value: string): boolean {
  return value.length > 0 && value.trim() === value && !/[#\n\r\u2028\u2029]/.test(value) && !/^['"`]/.test(value);
}

function candidates(value: string): string[] {
  const out: string[] = [];
  // A backslash right before a closing quote would let dotenv read past it, into later lines.
  const endsWithBackslash = value.endsWith('\\');
  const multiline = /[\n\r]/.test(value);
  const double = () => {
    if (value.includes('"') || endsWithBackslash) return;
    const body = value.replace(/\n/g, '\\n').replace(/\r/g, '\\r');
    // dotenv turns every `\n` and `\r` inside double quotes into a line break, with no escape for a
    // literal backslash, so a value holding those two characters cannot go here.
    if (body.replace(/\\n/g, '\n').replace(/\\r/g, '\r') === value) out.push(`"${body}"`);
  };
  if (!multiline) {
    if (PLAIN.test(value)) out.push(value);
    if (!value.includes("'") && !endsWithBackslash) out.push(`'${value}'`);
    double();
    if (!value.includes('`') && !endsWithBackslash) out.push(`\`${value}\``);
    if (bareForDotenv(value)) out.push(value);
    return out;
  }
  // One line per entry where possible: other readers (shells, Compose) cope with `\n` better than with breaks.
  double();
  if (!value.includes('\r') && !endsWithBackslash) {
    if (!value.includes("'")) out.push(`'${value}'`);
    if (!value.includes('`')) out.push(`\`${value}\``);
  }
  return out;
}

/** The right-hand side for `NAME=…` that dotenv reads back as exactly `value`, or undefined if none does. */
export function tryFormatDotenvValue(value: string): string | undefined {
  return candidates(value).find((rhs) => parseDotenv(`K=${rhs}\nL='x'\n`).get('K') === value);
}

/** Thrown by formatDotenvValue for a value no dotenv quoting can carry; the message never holds the value. */
export class UnrepresentableValueError extends RangeError {}

/** The right-hand side for `NAME=…`, quoted as needed so that dotenv reads back exactly `value`. Throws UnrepresentableValueError. */
export function formatDotenvValue(value: string): string {
  const rhs = tryFormatDotenvValue(value);
  if (rhs === undefined) throw new UnrepresentableValueError(unrepresentableReason(value));
  return rhs;
}

/** Why `value` cannot be written to .env, in words that do not reveal it. */
export function unrepresentableReason(value: string): string {
  if (value.endsWith('\\')) return 'the value ends with a backslash and needs quotes, which dotenv would then read past';
  if (/[\n\r]/.test(value)) return "the value spans lines and holds both quote kinds dotenv needs for that (' and `), or a `\\n` dotenv would expand";
  return 'the value holds every quote kind (\' " `) and characters that need quoting';
}
