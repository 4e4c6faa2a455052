// The run-time value of a piece of a literal, from its source text. The .env must hold what the
// program saw, so `"a\nb"` moves as a real line break. An escape the decoder does not know makes it
// return undefined, and the planner refuses rather than guess.

/** How a literal's source maps to its value. */
export type Decoding =
  | 'raw'
  | 'js'
  | 'python'
  | 'python-bytes'
  | 'go'
  | 'java'
  | 'kotlin'
  | 'scala'
  | 'groovy'
  | 'groovy-single'
  | 'groovy-slashy'
  | 'julia'
  | 'fsharp'
  | 'erlang'
  | 'elixir'
  | 'csharp'
  | 'rust'
  | 'swift'
  | 'dart'
  | 'json'
  | 'yaml-double'
  | 'toml'
  | 'hcl'
  | 'c'
  | 'ruby-double'
  | 'crystal'
  | 'ocaml'
  | 'quote-escape-only'
  | 'quote-like'
  | 'lua'
  | 'r'
  | 'php-double'
  | 'perl-double'
  | 'shell-double'
  | 'shell-bare'
  | 'ansi-c'
  | 'powershell'
  | 'double-doubled'
  | 'single-doubled'
  | 'xml'
  | 'properties'
  | 'make'
  | 'batch';

interface CEscapes {
  readonly simple: Readonly<Record<string, string>>;
  readonly hex?: 'two' | 'one-to-two' | 'one-to-four' | 'any';
  readonly u4?: boolean;
  readonly uBrace?: boolean;
  readonly U8?: boolean;
  readonly octal?: 'three' | 'one-to-three';
  /** `\xe9` and `\351` write a byte, not a character: one above 0x7f is no text that .env could hold. */
  readonly bytes?: boolean;
  /** Lua's `\ddd`: one to three decimal digits, a byte value. */
  readonly decimal?: boolean;
  /** Backslash-newline joins lines; in Rust it also skips the blanks (and line breaks) that follow. */
  readonly continuation?: boolean | 'skip-blanks';
  /** An unknown escape: keep the backslash, drop it, or refuse. */
  readonly unknown: 'keep' | 'drop' | 'refuse';
  /** `\0` not followed by a digit is NUL (JavaScript); other digits are legacy octal and refused. */
  readonly nul?: boolean;
  /** Characters that start an interpolation when unescaped, making the value dynamic. */
  readonly dynamic?: RegExp;
  /** `$$` is one dollar sign (Scala's interpolated strings). */
  readonly doubledDollar?: boolean;
}

const C_BASE = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', "'": "'" };

const TABLES: Partial<Record<Decoding, CEscapes>> = {
  js: { simple: { ...C_BASE, b: '\b', f: '\f', v: '\v', '`': '`', $: '$' }, hex: 'two', u4: true, uBrace: true, continuation: true, nul: true, unknown: 'drop' },
  python: { simple: { ...C_BASE, a: '\x07', b: '\b', f: '\f', v: '\v' }, hex: 'two', u4: true, U8: true, octal: 'one-to-three', continuation: true, unknown: 'keep' },
  'python-bytes': { simple: { ...C_BASE, a: '\x07', b: '\b', f: '\f', v: '\v' }, hex: 'two', octal: 'one-to-three', continuation: true, unknown: 'keep' },
  go: { simple: { ...C_BASE, a: '\x07', b: '\b', f: '\f', v: '\v' }, hex: 'two', bytes: true, u4: true, U8: true, octal: 'three', unknown: 'refuse' },
  java: { simple: { ...C_BASE, b: '\b', f: '\f', s: ' ' }, u4: true, octal: 'one-to-three', continuation: true, unknown: 'refuse' },
  kotlin: { simple: { ...C_BASE, b: '\b', $: '$' }, u4: true, unknown: 'refuse', dynamic: /\$[A-Za-z_{`]/ },
  // Scala's s-strings (the interpolator reads octal escapes, which Scala 2.13 drops), and Groovy's GStrings, its
  // other quoted strings, and its slashy strings, where only `\/` and `\u` are escapes.
  scala: { simple: { ...C_BASE, b: '\b', f: '\f' }, u4: true, octal: 'one-to-three', unknown: 'refuse', dynamic: /\$[A-Za-z_{]/, doubledDollar: true },
  groovy: { simple: { ...C_BASE, b: '\b', f: '\f', $: '$' }, u4: true, octal: 'one-to-three', continuation: true, unknown: 'refuse', dynamic: /\$[A-Za-z_{]/ },
  'groovy-single': { simple: { ...C_BASE, b: '\b', f: '\f', $: '$' }, u4: true, octal: 'one-to-three', continuation: true, unknown: 'refuse' },
  'groovy-slashy': { simple: { '/': '/' }, u4: true, unknown: 'keep', dynamic: /\$[A-Za-z_{]/ },
  julia: { simple: { ...C_BASE, a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', $: '$' }, hex: 'one-to-two', u4: true, U8: true, octal: 'one-to-three', continuation: true, unknown: 'refuse', dynamic: /\$[A-Za-z_(]/ },
  // F# also has decimal trigraphs (`\065`); without `octal`, a digit escape makes the planner refuse.
  fsharp: { simple: { ...C_BASE, a: '\x07', b: '\b', f: '\f', v: '\v' }, hex: 'two', u4: true, U8: true, unknown: 'refuse' },
  erlang: { simple: { ...C_BASE, b: '\b', d: '\x7f', e: '\x1b', f: '\f', s: ' ', v: '\v' }, hex: 'two', octal: 'one-to-three', unknown: 'refuse' },
  csharp: { simple: { ...C_BASE, '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b' }, hex: 'one-to-four', u4: true, U8: true, unknown: 'refuse' },
  rust: { simple: { ...C_BASE, '0': '\0' }, hex: 'two', uBrace: true, continuation: 'skip-blanks', unknown: 'refuse' },
  hcl: { simple: { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"' }, u4: true, U8: true, unknown: 'refuse', dynamic: /[$%]\{/ },
  swift: { simple: { ...C_BASE, '0': '\0' }, uBrace: true, unknown: 'refuse' },
  dart: { simple: { ...C_BASE, b: '\b', f: '\f', v: '\v', $: '$' }, hex: 'two', u4: true, uBrace: true, unknown: 'drop', dynamic: /\$[A-Za-z_{]/ },
  json: { simple: { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }, u4: true, unknown: 'refuse' },
  'yaml-double': { simple: { ...C_BASE, '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', ' ': ' ', '/': '/', '\t': '\t', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' }, hex: 'two', u4: true, U8: true, unknown: 'refuse' },
  toml: { simple: { '"': '"', '\\': '\\', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', e: '\x1b' }, u4: true, U8: true, unknown: 'refuse' },
  c: { simple: { ...C_BASE, a: '\x07', b: '\b', f: '\f', v: '\v', '?': '?' }, hex: 'any', bytes: true, u4: true, U8: true, octal: 'one-to-three', continuation: true, unknown: 'refuse' },
  'ruby-double': { simple: { ...C_BASE, a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', s: ' ', '#': '#' }, hex: 'one-to-two', u4: true, uBrace: true, octal: 'one-to-three', continuation: true, unknown: 'drop', dynamic: /#[{@$]/ },
  // Elixir's `\d` is DEL and `\0` is NUL; other digits are not octal, and only `#{` interpolates.
  elixir: { simple: { ...C_BASE, '0': '\0', a: '\x07', b: '\b', d: '\x7f', e: '\x1b', f: '\f', s: ' ', v: '\v', '#': '#' }, hex: 'one-to-two', bytes: true, u4: true, uBrace: true, continuation: true, unknown: 'drop', dynamic: /#\{/ },
  crystal: { simple: { ...C_BASE, a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', '#': '#' }, hex: 'two', u4: true, uBrace: true, octal: 'one-to-three', unknown: 'refuse', dynamic: /#\{/ },
  // OCaml's decimal escapes (`\065`) are not decoded, so a digit after a backslash makes the planner refuse.
  ocaml: { simple: { '\\': '\\', '"': '"', "'": "'", n: '\n', t: '\t', b: '\b', r: '\r', ' ': ' ' }, hex: 'two', bytes: true, uBrace: true, unknown: 'refuse' },
  'php-double': { simple: { n: '\n', r: '\r', t: '\t', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$', '"': '"' }, hex: 'one-to-two', uBrace: true, octal: 'one-to-three', unknown: 'keep', dynamic: /\$[A-Za-z_{]|\{\$/ },
  'perl-double': { simple: { ...C_BASE, a: '\x07', e: '\x1b', f: '\f', $: '$', '@': '@' }, hex: 'one-to-two', uBrace: true, octal: 'one-to-three', unknown: 'drop', dynamic: /[$@][A-Za-z_{:]/ },
  // Lua's `\ddd` is decimal, not octal; `\z`, which skips the blanks after it, is left unread (refused).
  lua: { simple: { ...C_BASE, a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '\n' }, hex: 'two', uBrace: true, decimal: true, unknown: 'refuse' },
  // R's `\u` and `\U` take up to 4 and 8 digits; only the full-length forms are read, the shorter refused.
  r: { simple: { ...C_BASE, a: '\x07', b: '\b', f: '\f', v: '\v', '`': '`', ' ': ' ' }, hex: 'one-to-two', bytes: true, u4: true, uBrace: true, U8: true, octal: 'one-to-three', unknown: 'refuse' },
  'ansi-c': { simple: { ...C_BASE, a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', E: '\x1b', '?': '?' }, hex: 'one-to-two', u4: true, U8: true, octal: 'one-to-three', unknown: 'keep' },
};

function hexRun(src: string, at: number, min: number, max: number): string | undefined {
  let j = at;
  while (j < src.length && j - at < max && /[0-9a-fA-F]/.test(src[j])) j++;
  return j - at >= min ? src.slice(at, j) : undefined;
}

function codePoint(hex: string | undefined): string | undefined {
  if (hex === undefined) return undefined;
  const value = parseInt(hex, 16);
  return value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}

function decodeC(src: string, table: CEscapes, interpolationAsText: boolean): string | undefined {
  if (table.dynamic && !interpolationAsText) {
    for (let i = 0; i < src.length; i++) {
      if (src[i] === '\\' || (table.doubledDollar && src.startsWith('$$', i))) i++;
      else if (table.dynamic.test(src.slice(i, i + 2))) return undefined;
    }
  }
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c !== '\\') {
      out += c;
      if (c === '$' && table.doubledDollar && src[i + 1] === '$') i++;
      continue;
    }
    const e = src[i + 1];
    if (e === undefined) return undefined;
    if (table.continuation && (e === '\n' || (e === '\r' && src[i + 2] === '\n'))) {
      i += e === '\r' ? 2 : 1;
      if (table.continuation === 'skip-blanks') while (/[ \t\r\n]/.test(src[i + 1] ?? '')) i++;
      continue;
    }
    if (e === '0' && table.nul && !/[0-9]/.test(src[i + 2] ?? '')) {
      out += '\0';
      i++;
      continue;
    }
    if (table.simple[e] !== undefined) {
      out += table.simple[e];
      i++;
      continue;
    }
    if (e === 'x' && table.hex) {
      const [min, max] = table.hex === 'two' ? [2, 2] : table.hex === 'one-to-two' ? [1, 2] : table.hex === 'one-to-four' ? [1, 4] : [1, 8];
      const hex = hexRun(src, i + 2, min, max);
      const ch = codePoint(hex);
      if (ch === undefined || (table.bytes && ch > '\x7f')) return undefined;
      out += ch;
      i += 1 + hex!.length;
      continue;
    }
    if (e === 'u' && table.uBrace && src[i + 2] === '{') {
      const close = src.indexOf('}', i + 3);
      const ch = close === -1 ? undefined : codePoint(/^[0-9a-fA-F]{1,6}$/.test(src.slice(i + 3, close)) ? src.slice(i + 3, close) : undefined);
      if (ch === undefined) return undefined;
      out += ch;
      i = close;
      continue;
    }
    if (e === 'u' && table.u4) {
      const hex = hexRun(src, i + 2, 4, 4);
      if (hex === undefined) return undefined;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 5;
      continue;
    }
    if (e === 'U' && table.U8) {
      const ch = codePoint(hexRun(src, i + 2, 8, 8));
      if (ch === undefined) return undefined;
      out += ch;
      i += 9;
      continue;
    }
    if (/[0-7]/.test(e) && table.octal) {
      let j = i + 1;
      while (j < src.length && j - i - 1 < 3 && /[0-7]/.test(src[j])) j++;
      if (table.octal === 'three' && j - i - 1 !== 3) return undefined;
      if (table.bytes && parseInt(src.slice(i + 1, j), 8) > 0x7f) return undefined;
      out += String.fromCharCode(parseInt(src.slice(i + 1, j), 8));
      i = j - 1;
      continue;
    }
    if (/[0-9]/.test(e) && table.decimal) {
      const digits = /^\d{1,3}/.exec(src.slice(i + 1))![0];
      if (Number(digits) > 255) return undefined;
      out += String.fromCharCode(Number(digits));
      i += digits.length;
      continue;
    }
    if (table.unknown === 'refuse' || /[0-9]/.test(e)) return undefined;
    out += table.unknown === 'keep' ? `\\${e}` : e;
    i++;
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(src: string): string | undefined {
  let failed = false;
  const out = src.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (whole, body: string | undefined) => {
    if (!body) return (failed = true), whole;
    if (body.startsWith('#x')) return codePoint(body.slice(2)) ?? ((failed = true), whole);
    if (body.startsWith('#')) return String.fromCodePoint(Math.min(parseInt(body.slice(1), 10), 0x10ffff));
    return ENTITIES[body] ?? ((failed = true), whole);
  });
  return failed ? undefined : out;
}

/**
 * The value that `source` (a slice of a literal's content) stands for, or undefined when it cannot be known.
 * With `interpolationAsText`, an interpolation (`$name`, `#{…}`) reads as its own text: what the escapes around it mean
 * can still be compared.
 */
export function decode(source: string, how: Decoding, interpolationAsText = false): string | undefined {
  // Every compiler and parser here reads a source line break as LF.
  const src = source.replace(/\r\n?/g, '\n');
  const table = TABLES[how];
  if (table) return decodeC(src, table, interpolationAsText);
  switch (how) {
    case 'raw':
      return src;
    case 'quote-escape-only':
      // Ruby and PHP single quotes: only `\\` and `\'` are escapes.
      return src.replace(/\\([\\'])/g, '$1');
    case 'quote-like': {
      // Perl's `q{…}` and Ruby's `%q{…}`: `\\` is a backslash and a backslash before the delimiter escapes it.
      // Which character that is, the content alone does not say, so a backslash before any delimiter-like
      // character is not read.
      let out = '';
      for (let i = 0; i < src.length; i++) {
        if (src[i] !== '\\' || i + 1 === src.length) out += src[i];
        else if (src[i + 1] === '\\') out += src[++i];
        else if ('{}()[]<>/|!'.includes(src[i + 1])) return undefined;
        else out += src[i];
      }
      return out;
    }
    case 'shell-double':
      if (/(?<!\\)(?:\\\\)*[$`]/.test(src)) return undefined;
      return src.replace(/\\([$`"\\\n])/g, (_, c: string) => (c === '\n' ? '' : c));
    case 'shell-bare':
      if (/(?<!\\)(?:\\\\)*[$`]/.test(src)) return undefined;
      return src.replace(/\\(\n|.)/g, (_, c: string) => (c === '\n' ? '' : c));
    case 'powershell': {
      if (/(?<!`)(?:``)*\$[\w{(:?]/.test(src)) return undefined;
      const map: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
      return src.replace(/""/g, '"').replace(/`(.)/g, (_, c: string) => map[c] ?? c);
    }
    case 'double-doubled':
      return src.replace(/""/g, '"');
    case 'single-doubled':
      return src.replace(/''/g, "'");
    case 'xml':
      return decodeXml(src);
    case 'properties':
      if (/\\\n/.test(src)) return undefined;
      return decodeC(src, { simple: { t: '\t', n: '\n', r: '\r', f: '\f' }, u4: true, unknown: 'drop' }, false);
    case 'make':
      if (/\$(?!\$)/.test(src.replace(/\$\$/g, ''))) return undefined;
      return src.replace(/\$\$/g, '$');
    case 'batch':
      return src.includes('%') ? undefined : src;
    default:
      return undefined;
  }
}

/**
 * True when `secret` would continue an interpolation that `before` ends in: in `"$user` + `abc…"` the variable
 * read is `$userabc…`, so the secret is no text of the string.
 */
export function continuesInterpolation(before: string, secret: string, how: Decoding): boolean {
  const dynamic = TABLES[how]?.dynamic;
  if (!dynamic || !/^\w/.test(secret)) return false;
  let name = before.length;
  while (name > 0 && /\w/.test(before[name - 1])) name--;
  const joined = before + secret[0];
  // The sigil sits right before the name (`$user`), or two before it (Ruby's `#@user`); Scala escapes it by doubling.
  const escape = TABLES[how]!.doubledDollar ? '$' : '\\';
  return [name - 1, name - 2].some((sigil) => {
    if (sigil < 0) return false;
    let slashes = 0;
    while (sigil - slashes > 0 && before[sigil - slashes - 1] === escape) slashes++;
    return slashes % 2 === 0 && dynamic.test(joined.slice(sigil, sigil + 2));
  });
}

/**
 * True when `[start, end)` splits an escape sequence of the literal: a backslash (or backtick) right
 * before `start` or at the end, or a doubled quote cut in two.
 */
export function splitsEscape(content: string, start: number, end: number, escapeChar: string | undefined, doubled?: string): boolean {
  if (escapeChar) {
    let run = 0;
    for (let i = start - 1; i >= 0 && content[i] === escapeChar; i--) run++;
    if (run % 2 === 1) return true;
    let inner = 0;
    for (let i = end - 1; i >= start && content[i] === escapeChar; i--) inner++;
    if (inner % 2 === 1) return true;
  }
  if (doubled) {
    let run = 0;
    for (let i = start - 1; i >= 0 && content[i] === doubled; i--) run++;
    if (run % 2 === 1 && content[start] === doubled) return true;
  }
  return false;
}
