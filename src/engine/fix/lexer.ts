// A small, spec-driven lexer: it finds string literals (with their interpolation holes) and comments,
// which is all the fix planners need to know about a file. It does not parse; it only has to agree
// with the language about where strings and comments begin and end.

/** An interpolation inside a string, delimiters included: `${expr}`, `{expr}`, `\(expr)`, `#{expr}`. */
export interface Hole {
  readonly start: number;
  readonly end: number;
}

/** A string literal as written, prefix and delimiters included. */
export interface StringToken {
  readonly start: number;
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly form: StringForm;
  /** Letters or sigils before the opening quote: `f`, `rb`, `@`, `$`, `#`. */
  readonly prefix: string;
  readonly open: string;
  readonly close: string;
  readonly holes: readonly Hole[];
  readonly terminated: boolean;
  /** Set for heredocs: whether the body interpolates. */
  readonly expands?: boolean;
}

/** A comment, delimiters included. */
export interface CommentToken {
  readonly start: number;
  readonly end: number;
  readonly block: boolean;
}

/** How an interpolation opens inside a string, and the bracket that closes it. */
export interface Interpolation {
  readonly open: string;
  readonly close: '}' | ')' | '`';
  /** A doubled brace that stands for itself (`{{` in f-strings and C#). */
  readonly literal?: string;
}

/** One way of writing a string literal in a language. */
export interface StringForm {
  /** Stable label used by the rewriters: 'template', 'triple', 'raw', 'verbatim', … */
  readonly kind: string;
  /** Sticky regex at the literal's start; group 1 is the prefix, group 2 the opening delimiter. */
  readonly opener: RegExp;
  /** The closing delimiter; defaults to the opening one. */
  readonly closer?: (open: string, prefix: string) => string;
  /** Whether a backslash escapes the next character (for finding the end, raw strings included). */
  readonly backslash?: boolean | ((prefix: string) => boolean);
  /** Whether a backtick escapes the next character (PowerShell). */
  readonly backtick?: boolean;
  /** Whether the closing delimiter doubled stands for itself (`''`, `""`). */
  readonly doubling?: boolean;
  /** Whether a bracket delimiter nests inside the content (Perl's `q{a {b} c}`). */
  readonly nests?: boolean;
  readonly multiline: boolean;
  readonly interpolation?: (prefix: string, open: string) => readonly Interpolation[];
  /** Extra condition on where the literal may start (YAML scalars, Rust char literals). */
  readonly accept?: (text: string, at: number, match: RegExpExecArray) => boolean;
}

/** The heredocs of shell, Ruby, Perl and PHP: a body on the lines after `<<WORD`, up to a line holding only WORD. */
export interface HeredocSyntax {
  /** Sticky, at the `<<`: group 1 marks a terminator that may be indented, then a single-quoted (2), double-quoted (3) or bare (4) word. */
  readonly opener: RegExp;
  /** What may stand before an indented terminator: tabs in shell (`<<-`), any blanks in Ruby and Perl (`<<~`). */
  readonly indent: RegExp;
  /** Whether a body under a double-quoted word interpolates: it does in Ruby, Perl and PHP; in shell only a bare word's does. */
  readonly doubleQuotedExpands: boolean;
  /** PHP: the terminator may always be indented, and code may follow it on its line (`EOT;`). */
  readonly loose?: boolean;
}

/** A language's lexical rules, as far as strings and comments go. */
export interface LexSpec {
  readonly line?: readonly string[];
  readonly block?: readonly (readonly [string, string])[];
  readonly nestedBlocks?: boolean;
  /** Extra condition on where a line comment may start (`#` only at a word start in shell). */
  readonly lineCommentAt?: (text: string, at: number, opener: string) => boolean;
  readonly strings: readonly StringForm[];
  /** JavaScript regex literals, whose quotes are not strings. */
  readonly regexLiterals?: boolean;
  /** A backslash outside strings escapes the next character (shell). */
  readonly codeBackslash?: boolean;
  /** How the language writes heredocs, if it has them. */
  readonly heredocs?: HeredocSyntax;
  /** Only inside `<…>` tags do quotes open strings (XML, HTML). */
  readonly markup?: boolean;
}

/** Everything found in one text. */
export interface Lexed {
  readonly strings: readonly StringToken[];
  readonly comments: readonly CommentToken[];
}

const IDENT = /[\p{L}\p{N}_$]/u;

// ASCII letters, digits and underscore.
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
const REGEX_AFTER_WORD = /(?:^|[^\w$])(?:return|typeof|case|in|of|delete|void|throw|new|else|do|yield|await|instanceof)$/;

// What may follow a string's first character in the openers of syntax.ts: quotes (single and
// tripled), Swift's `#"`, C++'s `R"(`, Lua's `[[`, PowerShell's `@"` before a line break, and the
// delimiters of Perl's and Ruby's quote-like literals (`q{`, `qq(`, `%w[`, `m/`).
const OPENER_TAILS = ['"', "'", '`', '""', "''", '"""', "'''", '"(', '[', '"\n', "'\n", '#"', '#"""', '{', '(', '<', '/', '|', '!'];
// Prefixes run to three characters (`$@"`, `br"`, `u8R"(`, Julia's `raw"`, Perl's `qq{`, Ruby's `%Q(`, Elixir's
// `~S[`): probe with up to two more in front of a tail.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PROBES = [...OPENER_TAILS, ...[...'@$#8', ...LETTERS, '8R', 'aw'].flatMap((p) => OPENER_TAILS.map((tail) => p + tail))];
const indexes = new WeakMap<LexSpec, SpecIndex>();

// Per first character: the string forms that can open there. `active` marks (by char code, ASCII
// only) where anything at all can begin: a string, a comment, a bracket that closes a hole.
interface SpecIndex {
  readonly forms: ReadonlyMap<string, readonly StringForm[]>;
  readonly active: Uint8Array;
}

function indexOf(spec: LexSpec): SpecIndex {
  const known = indexes.get(spec);
  if (known) return known;
  const forms = new Map<string, StringForm[]>();
  const active = new Uint8Array(128);
  for (const c of '\n{}()/<>\\') active[c.charCodeAt(0)] = 1;
  for (const [open] of spec.block ?? []) active[open.charCodeAt(0)] = 1;
  for (const open of spec.line ?? []) active[open.charCodeAt(0)] = 1;
  for (let code = 33; code < 127; code++) {
    const c = String.fromCharCode(code);
    const here = spec.strings.filter((form) => PROBES.some((tail) => ((form.opener.lastIndex = 0), form.opener.test(c + tail))));
    if (here.length) {
      forms.set(c, here);
      active[code] = 1;
    }
  }
  const index = { forms, active };
  indexes.set(spec, index);
  return index;
}

/** Lexes `text` with `spec`. Linear in the text length. */
export function lex(text: string, spec: LexSpec): Lexed {
  const index = indexOf(spec);
  const strings: StringToken[] = [];
  const comments: CommentToken[] = [];
  const heredocBodies = new Map<number, number>();
  const pendingHeredocs: { word: string; expands: boolean; indent?: RegExp; loose?: boolean }[] = [];
  const n = text.length;

  // Block openers first: Lua's `--[[` would otherwise read as a `--` line comment.
  function tryComment(i: number): number | undefined {
    for (const [open, close] of spec.block ?? []) {
      if (!text.startsWith(open, i)) continue;
      let depth = 1;
      let j = i + open.length;
      while (j < n && depth > 0) {
        if (spec.nestedBlocks && text.startsWith(open, j)) {
          depth++;
          j += open.length;
        } else if (text.startsWith(close, j)) {
          depth--;
          j += close.length;
        } else j++;
      }
      comments.push({ start: i, end: j, block: true });
      return j;
    }
    for (const opener of spec.line ?? []) {
      if (text.startsWith(opener, i) && (!spec.lineCommentAt || spec.lineCommentAt(text, i, opener))) {
        let e = text.indexOf('\n', i);
        if (e === -1) e = n;
        comments.push({ start: i, end: e, block: false });
        return e;
      }
    }
    return undefined;
  }

  function tryString(i: number): number | undefined {
    for (const form of index.forms.get(text[i]) ?? []) {
      form.opener.lastIndex = i;
      const m = form.opener.exec(text);
      if (!m) continue;
      const prefix = m[1] ?? '';
      if (prefix && i > 0 && IDENT.test(text[i - 1])) continue;
      if (form.accept && !form.accept(text, i, m)) continue;
      const open = m[2];
      const close = form.closer ? form.closer(open, prefix) : open;
      const backslash = typeof form.backslash === 'function' ? form.backslash(prefix) : form.backslash ?? false;
      const interpolations = form.interpolation?.(prefix, open) ?? [];
      const contentStart = i + m[0].length;
      const holes: Hole[] = [];
      let j = contentStart;
      let terminated = false;
      let depth = 0;
      scan: while (j < n) {
        const c = text[j];
        if (text.startsWith(close, j)) {
          if (form.doubling && text.startsWith(close, j + close.length)) {
            j += 2 * close.length;
            continue;
          }
          if (depth === 0) {
            terminated = true;
            break;
          }
          depth--;
        } else if (form.nests && open !== close && text.startsWith(open, j)) depth++;
        for (const interp of interpolations) {
          if (interp.literal && text.startsWith(interp.literal, j)) {
            j += interp.literal.length;
            continue scan;
          }
          if (text.startsWith(interp.open, j)) {
            const end = interp.close === '`' ? lexUntil(j + interp.open.length, '`') : lexCode(j + interp.open.length, interp.close);
            holes.push({ start: j, end });
            j = end;
            continue scan;
          }
        }
        if ((backslash && c === '\\') || (form.backtick && c === '`')) {
          j += 2;
          continue;
        }
        if (c === '\n' && !form.multiline) break;
        j++;
      }
      const contentEnd = Math.min(j, n);
      const end = terminated ? contentEnd + close.length : contentEnd;
      strings.push({ start: i, end, contentStart, contentEnd, form, prefix, open, close, holes, terminated });
      return end;
    }
    return undefined;
  }

  // Command substitution in backticks (shell): code up to the next unescaped backtick.
  function lexUntil(i: number, stop: string): number {
    let j = i;
    while (j < n && text[j] !== stop) j += text[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, n);
  }

  function regexAllowed(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
    if (k < 0 || text[k] === '\n') return true;
    if ('(,=:[!&|?{};+-*%<>~^'.includes(text[k])) return true;
    return REGEX_AFTER_WORD.test(text.slice(Math.max(0, k - 12), k + 1));
  }

  function skipRegex(i: number): number | undefined {
    let j = i + 1;
    let inClass = false;
    while (j < n && text[j] !== '\n') {
      const c = text[j];
      if (c === '\\') j += 2;
      else if (c === '[') (inClass = true), j++;
      else if (c === ']') (inClass = false), j++;
      else if (c === '/' && !inClass) return j + 1;
      else j++;
    }
    return undefined;
  }

  function heredocAt(i: number, syntax: HeredocSyntax): number | undefined {
    syntax.opener.lastIndex = i;
    const found = syntax.opener.exec(text);
    if (!found) return undefined;
    // A bare word escaped with a backslash (`<<\EOF`) is quoted too.
    const bare = found[4] !== undefined && !found[0].includes('\\');
    const expands = bare || (syntax.doubleQuotedExpands && found[3] !== undefined);
    pendingHeredocs.push({ word: found[2] ?? found[3] ?? found[4], expands, indent: found[1] || syntax.loose ? syntax.indent : undefined, loose: syntax.loose });
    return i + found[0].length;
  }

  // Heredoc bodies start on the line after their `<<WORD`; they become string tokens.
  function openHeredocs(lineBreak: number): void {
    let at = lineBreak + 1;
    for (const doc of pendingHeredocs.splice(0)) {
      let j = at;
      let bodyEnd = n;
      let after = n;
      while (j < n) {
        let e = text.indexOf('\n', j);
        if (e === -1) e = n;
        const line = text.slice(j, e).replace(/\r$/, '');
        const rest = doc.indent ? line.replace(doc.indent, '') : line;
        if (rest === doc.word || (doc.loose && rest.startsWith(doc.word) && !/\w/.test(rest[doc.word.length]))) {
          bodyEnd = j;
          after = e;
          break;
        }
        j = e + 1;
      }
      strings.push({ start: at, end: bodyEnd, contentStart: at, contentEnd: bodyEnd, form: HEREDOC, prefix: '', open: '', close: '', holes: [], terminated: bodyEnd < n, expands: doc.expands });
      heredocBodies.set(at, after);
      at = after + 1;
    }
  }

  function lexCode(i: number, stop?: '}' | ')'): number {
    const opener = stop === '}' ? '{' : '(';
    let depth = 0;
    let inTag = false;
    while (i < n) {
      if (heredocBodies.size) {
        const skipTo = heredocBodies.get(i);
        if (skipTo !== undefined) {
          i = skipTo;
          continue;
        }
      }
      // Nothing starts inside a word or where no opener begins; skipping those keeps big files fast.
      const code = text.charCodeAt(i);
      if ((code < 128 && !index.active[code]) || (isWordCode(code) && i > 0 && isWordCode(text.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      const c = text[i];
      if (stop) {
        if (c === opener) depth++;
        else if (c === stop) {
          if (depth === 0) return i + 1;
          depth--;
        }
      }
      const afterComment = tryComment(i);
      if (afterComment !== undefined) {
        i = afterComment;
        continue;
      }
      if (spec.markup) {
        if (c === '<' && /[A-Za-z/?!]/.test(text[i + 1] ?? '')) inTag = true;
        else if (c === '>') inTag = false;
        if (!inTag) {
          i++;
          continue;
        }
      }
      if (c === '\n' && pendingHeredocs.length) {
        openHeredocs(i);
        i++;
        continue;
      }
      const afterString = tryString(i);
      if (afterString !== undefined) {
        i = afterString;
        continue;
      }
      if (spec.heredocs && c === '<' && text[i + 1] === '<') {
        const after = heredocAt(i, spec.heredocs);
        if (after !== undefined) {
          i = after;
          continue;
        }
      }
      if (spec.regexLiterals && c === '/' && text[i + 1] !== '/' && text[i + 1] !== '*' && regexAllowed(i)) {
        const after = skipRegex(i);
        if (after !== undefined) {
          i = after;
          continue;
        }
      }
      if (spec.codeBackslash && c === '\\') {
        i += 2;
        continue;
      }
      i++;
    }
    return n;
  }

  lexCode(0);
  strings.sort((a, b) => a.start - b.start);
  return { strings, comments };
}

/** The form given to heredoc bodies. */
export const HEREDOC: StringForm = { kind: 'heredoc', opener: /(?!)/y, multiline: true };

/** The innermost string whose content holds `[start, end)`, outside any of its holes. */
export function stringAround(lexed: Lexed, start: number, end: number): StringToken | undefined {
  let best: StringToken | undefined;
  for (const token of lexed.strings) {
    if (token.contentStart <= start && end <= token.contentEnd && !token.holes.some((h) => h.start < end && start < h.end)) {
      if (!best || token.contentEnd - token.contentStart < best.contentEnd - best.contentStart) best = token;
    }
  }
  return best;
}

/** The string token whose hole contains `token`, if it is nested in an interpolation. */
export function enclosingString(lexed: Lexed, token: StringToken): StringToken | undefined {
  let best: StringToken | undefined;
  for (const outer of lexed.strings) {
    if (outer === token) continue;
    if (outer.holes.some((h) => h.start <= token.start && token.end <= h.end)) {
      if (!best || outer.start > best.start) best = outer;
    }
  }
  return best;
}
