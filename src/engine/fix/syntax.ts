// How strings and comments are written in each language: the lexical rules the fix planners need,
// as data for the lexer.
import type { Interpolation, LexSpec, StringForm } from './lexer';

const quote = (q: string): StringForm['opener'] => new RegExp(`()(${q})`, 'y');
const C_LINE = { line: ['//'], block: [['/*', '*/']] as const };
const HASH_LINE = { line: ['#'] };
const dollarBrace: readonly Interpolation[] = [{ open: '${', close: '}' }];
const hashBrace: readonly Interpolation[] = [{ open: '#{', close: '}' }];

/** Where a YAML quoted scalar may start: at a line start or after an indicator, not inside a plain scalar. */
function yamlScalarStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] === '\n' || text[k] === '\r') return true;
  if ('[{,'.includes(text[k])) return true;
  return ':-?'.includes(text[k]) && k < at - 1;
}

const atLineStart = (text: string, at: number) => /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
const atWordStart = (text: string, at: number) => at === 0 || /[\s;&|()]/.test(text[at - 1]);

const JS_LEX: LexSpec = {
  ...C_LINE,
  regexLiterals: true,
  strings: [
    { kind: 'template', opener: quote('`'), backslash: true, multiline: true, interpolation: () => dollarBrace },
    { kind: 'double', opener: quote('"'), backslash: true, multiline: false },
    { kind: 'single', opener: quote("'"), backslash: true, multiline: false },
  ],
};

const fInterp = (prefix: string): readonly Interpolation[] => (/f/i.test(prefix) ? [{ open: '{', close: '}', literal: '{{' }] : []);
const PY_LEX: LexSpec = {
  ...HASH_LINE,
  strings: [
    { kind: 'triple', opener: /([rRbBuUfF]{0,2})('''|""")/y, backslash: true, multiline: true, interpolation: fInterp },
    { kind: 'single', opener: /([rRbBuUfF]{0,2})('|")/y, backslash: true, multiline: false, interpolation: fInterp },
  ],
};

const GO_LEX: LexSpec = {
  ...C_LINE,
  strings: [
    { kind: 'raw', opener: quote('`'), multiline: true },
    { kind: 'double', opener: quote('"'), backslash: true, multiline: false },
    { kind: 'char', opener: quote("'"), backslash: true, multiline: false },
  ],
};

const JAVA_LEX: LexSpec = {
  ...C_LINE,
  strings: [
    { kind: 'textblock', opener: quote('"""'), backslash: true, multiline: true },
    { kind: 'double', opener: quote('"'), backslash: true, multiline: false },
    { kind: 'char', opener: quote("'"), backslash: true, multiline: false },
  ],
};

const KOTLIN_LEX: LexSpec = {
  ...C_LINE,
  nestedBlocks: true,
  strings: [
    { kind: 'raw', opener: quote('"""'), multiline: true, interpolation: () => dollarBrace },
    { kind: 'double', opener: quote('"'), backslash: true, multiline: false, interpolation: () => dollarBrace },
    { kind: 'char', opener: quote("'"), backslash: true, multiline: false },
  ],
};

const csInterp = (prefix: string): readonly Interpolation[] => (prefix.includes('$') ? [{ open: '{', close: '}', literal: '{{' }] : []);
const CSHARP_LEX: LexSpec = {
  ...C_LINE,
  strings: [
    { kind: 'raw', opener: /(\$*)("""+)/y, multiline: true, interpolation: (p) => (p ? [{ open: '{'.repeat(p.length), close: '}' }] : []) },
    { kind: 'verbatim', opener: /(\$?@\$?)(")/y, doubling: true, multiline: true, interpolation: csInterp },
    { kind: 'interpolated', opener: /(\$)(")/y, backslash: true, multiline: false, interpolation: csInterp },
    { kind: 'double', opener: quote('"'), backslash: true, multiline: false },
    { kind: 'char', opener: quote("'"), backslash: true, multiline: false },
  ],
};

// Perl's and Ruby's quote-like literals (`qq{…}`, `%w[…]`) and Elixir's sigils (`~s(…)`) take one of several
// delimiters, a bracket closing with its pair.
const PAIRS: Readonly<Record<string, string>> = { '{': '}', '(': ')', '[': ']', '<': '>' };
const delimited = (kind: string, prefix: string, delimiters: string, extra: Partial<StringForm>): StringForm => ({
  kind,
  opener: new RegExp(`(${prefix})([${delimiters}])`, 'y'),
  closer: (open) => PAIRS[open] ?? open,
  backslash: true,
  multiline: true,
  ...extra,
});
// In Perl and Ruby a bracket delimiter nests.
const quoteLike = (kind: string, operators: string, extra: Partial<StringForm> = {}): StringForm => delimited(kind, operators, '{(\\[<|!/', { nests: true, ...extra });

// A `%` opens a literal (`%w[a b]`, `%{…}`) where an operand is expected, not after one (`count % 2`).
const operandExpected = (text: string, at: number) => {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n' || '=([{,;:|&!?+-*/<>~^'.includes(text[k]) || (k < at - 1 && /\w/.test(text[k]));
};
const RUBY_LEX: LexSpec = {
  ...HASH_LINE,
  // `<<~SQL`, `<<-EOS`, `<<'RAW'`; without a `-` or `~` only a capitalised word, as `list <<item` appends.
  heredocs: { opener: /<<(?!<)([-~]?)(?:'([A-Za-z_]\w*)'|"([A-Za-z_]\w*)"|((?<=[-~])[A-Za-z_]\w*|[A-Z_][A-Z0-9_]*))/y, indent: /^[ \t]+/, doubleQuotedExpands: true },
  strings: [
    { kind: 'double', opener: quote('"'), backslash: true, multiline: true, interpolation: () => hashBrace },
    { kind: 'single', opener: quote("'"), backslash: true, multiline: true },
    { kind: 'backtick', opener: quote('`'), backslash: true, multiline: true, interpolation: () => hashBrace },
    // `%q` is single-quoted; `%Q` and a bare `%` are double-quoted.
    quoteLike('single', '%q', { accept: operandExpected }),
    quoteLike('double', '%Q?', { accept: operandExpected, interpolation: () => hashBrace }),
    quoteLike('words', '%[wWiIs]', { accept: operandExpected }),
    quoteLike('regex', '%r', { accept: operandExpected, interpolation: () => hashBrace }),
    quoteLike('backtick', '%x', { accept: operandExpected, interpolation: () => hashBrace }),
  ],
};

const PHP_LEX: LexSpec = {
  line: ['//', '#'],
  heredocs: { opener: /<<<()[ \t]*(?:'([A-Za-z_]\w*)'|"([A-Za-z_]\w*)"|([A-Za-z_]\w*))/y, indent: /^[ \t]+/, doubleQuotedExpands: true, loose: true },
  block: [['/*', '*/']],
  lineCommentAt: (text, at, opener) => opener !== '#' || text[at + 1] !== '[',
  strings: [
    { kind: 'double', opener: quote('"'), backslash: true, multiline: true, interpolation: () => [{ open: '{$', close: '}' }] },
    { kind: 'single', opener: quote("'"), backslash: true, multiline: true },
  ],
};

const RUST_CHAR = /^b?'(?:[^'\\\n]|\\(?:[nrt\\0'"]|x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]{1,6}\}))'/;
const RUST_LEX: LexSpec = {
  ...C_LINE,
  nestedBlocks: true,
  strings: [
    { kind: 'raw', opener: /(b?r)(#*")/y, closer: (open) => `"${open.slice(0, -1)}`, multiline: true },
    { kind: 'double', opener: /(b?)(")/y, backslash: true, multiline: true },
    { kind: 'char', opener: /(b?)(')/y, backslash: true, multiline: false, accept: (text, at) => RUST_CHAR.test(text.slice(at, at + 16)) },
  ],
};

const swiftInterp = (prefix: string): readonly Interpolation[] => [{ open: `\\${prefix}(`, close: ')' }];
const SWIFT_LEX: LexSpec = {
  ...C_LINE,
  nestedBlocks: true,
  strings: [
    { kind: 'multi', opener: /(#*)(""")/y, closer: (_, p) => `"""${p}`, backslash: (p) => p === '', multiline: true, interpolation: swiftInterp },
    { kind: 'double', opener: /(#*)(")/y, closer: (_, p) => `"${p}`, backslash: (p) => p === '', multiline: false, interpolation: swiftInterp },
  ],
};

const dartInterp = (prefix: string): readonly Interpolation[] => (prefix ? [] : dollarBrace);
const DART_LEX: LexSpec = {
  ...C_LINE,
  nestedBlocks: true,
  strings: [
    { kind: 'triple', opener: /(r?)('''|""")/y, backslash: (p) => p === '', multiline: true, interpolation: dartInterp },
    { kind: 'single', opener: /(r?)('|")/y, backslash: (p) => p === '', multiline: false, interpolation: dartInterp },
  ],
};

// In an interpolated Scala string `$$` is a dollar sign: `s"$${x}"` holds the text `${x}`.
const scalaInterp: readonly Interpolation[] = [{ open: '${', close: '}', literal: '$$' }];
const SCALA_LEX: LexSpec = {
  ...C_LINE,
  nestedBlocks: true,
  strings: [
    { kind: 'triple', opener: /([a-z]*)(""")/y, multiline: true, interpolation: (p) => (p ? scalaInterp : []) },
    { kind: 'double', opener: /([a-z]*)(")/y, backslash: true, multiline: false, interpolation: (p) => (p ? scalaInterp : []) },
  ],
};

// A Groovy slash opens a slashy string (`/a'b/`) where an operand is expected, not after one (`total / 2`).
function slashyAt(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] === '\n' || '=([{,;:?!&|+-*%<>~^'.includes(text[k])) return true;
  return /(?<![\w$.])(?:return|in|case|assert|else)$/.test(text.slice(Math.max(0, k - 8), k + 1));
}

const GROOVY_LEX: LexSpec = {
  ...C_LINE,
  strings: [
    { kind: 'triple', opener: /()(""")/y, backslash: true, multiline: true, interpolation: () => dollarBrace },
    { kind: 'triple-single', opener: quote("'''"), backslash: true, multiline: true },
    { kind: 'double', opener: quote('"'), backslash: true, multiline: false, interpolation: () => dollarBrace },
    { kind: 'single', opener: quote("'"), backslash: true, multiline: false },
    { kind: 'slashy', opener: quote('/'), accept: slashyAt, backslash: true, multiline: true, interpolation: () => dollarBrace },
  ],
};

const C_LEX: LexSpec = {
  ...C_LINE,
  strings: [
    { kind: 'raw', opener: /((?:u8|u|U|L)?R)("[^()\\ \n]{0,16}\()/y, closer: (open) => `)${open.slice(1, -1)}"`, multiline: true },
    { kind: 'double', opener: /((?:u8|u|U|L)?)(")/y, backslash: true, multiline: false },
    { kind: 'char', opener: /((?:u8|u|U|L)?)(')/y, backslash: true, multiline: false, accept: (text, at) => at === 0 || !/[0-9A-Fa-f_]/.test(text[at - 1]) },
  ],
};

const HEREDOC_WORD = '[A-Za-z_][\\w-]*';
const SHELL_LEX: LexSpec = {
  ...HASH_LINE,
  lineCommentAt: atWordStart,
  codeBackslash: true,
  heredocs: { opener: new RegExp(`<<(?!<)(-?)[ \\t]*(?:'(${HEREDOC_WORD})'|"(${HEREDOC_WORD})"|\\\\?(${HEREDOC_WORD}))`, 'y'), indent: /^\t+/, doubleQuotedExpands: false },
  strings: [
    { kind: 'ansi', opener: /(\$)(')/y, backslash: true, multiline: true },
    { kind: 'single', opener: quote("'"), multiline: true },
    {
      kind: 'double',
      opener: /(\$?)(")/y,
      backslash: true,
      multiline: true,
      interpolation: () => [{ open: '$(', close: ')' }, { open: '${', close: '}' }, { open: '`', close: '`' }],
    },
  ],
};

const POWERSHELL_LEX: LexSpec = {
  ...HASH_LINE,
  block: [['<#', '#>']],
  strings: [
    { kind: 'here-double', opener: /(@)(")(?=[ \t]*\r?\n)/y, closer: () => '"@', backtick: true, multiline: true, interpolation: () => [{ open: '$(', close: ')' }] },
    { kind: 'here-single', opener: /(@)(')(?=[ \t]*\r?\n)/y, closer: () => "'@", multiline: true },
    { kind: 'double', opener: quote('"'), backtick: true, doubling: true, multiline: true, interpolation: () => [{ open: '$(', close: ')' }] },
    { kind: 'single', opener: quote("'"), doubling: true, multiline: true },
  ],
};

const YAML_LEX: LexSpec = {
  ...HASH_LINE,
  lineCommentAt: (text, at) => at === 0 || /\s/.test(text[at - 1]),
  strings: [
    { kind: 'double', opener: quote('"'), backslash: true, multiline: true, accept: yamlScalarStart },
    { kind: 'single', opener: quote("'"), doubling: true, multiline: true, accept: yamlScalarStart },
  ],
};

const DOCKER_LEX: LexSpec = {
  ...HASH_LINE,
  lineCommentAt: atLineStart,
  codeBackslash: true,
  strings: [
    { kind: 'double', opener: quote('"'), backslash: true, multiline: false },
    { kind: 'single', opener: quote("'"), multiline: false },
  ],
};

const TOML_LEX: LexSpec = {
  ...HASH_LINE,
  strings: [
    { kind: 'ml-basic', opener: quote('"""'), backslash: true, multiline: true },
    { kind: 'ml-literal', opener: quote("'''"), multiline: true },
    { kind: 'basic', opener: quote('"'), backslash: true, multiline: false },
    { kind: 'literal', opener: quote("'"), multiline: false },
  ],
};

const JSON_LEX: LexSpec = { strings: [{ kind: 'double', opener: quote('"'), backslash: true, multiline: false }] };
const JSONC_LEX: LexSpec = { ...C_LINE, strings: JSON_LEX.strings };
const MARKUP_LEX: LexSpec = {
  block: [['<!--', '-->']],
  markup: true,
  strings: [
    { kind: 'double', opener: quote('"'), multiline: true },
    { kind: 'single', opener: quote("'"), multiline: true },
  ],
};
const LUA_LEX: LexSpec = {
  block: [['--[[', ']]']],
  line: ['--'],
  strings: [
    { kind: 'long', opener: /()(\[=*\[)/y, closer: (open) => open.replace(/\[/g, ']'), multiline: true },
    { kind: 'double', opener: quote('"'), backslash: true, multiline: false },
    { kind: 'single', opener: quote("'"), backslash: true, multiline: false },
  ],
};
const SIMPLE_DQ_SQ = (line: string[]): LexSpec => ({
  line,
  strings: [
    { kind: 'double', opener: quote('"'), backslash: true, multiline: true },
    { kind: 'single', opener: quote("'"), backslash: true, multiline: true },
  ],
});
const PERL_LEX: LexSpec = {
  ...HASH_LINE,
  heredocs: { opener: /<<(?!<)(~?)(?:'([A-Za-z_]\w*)'|"([A-Za-z_]\w*)"|([A-Za-z_]\w*))/y, indent: /^[ \t]+/, doubleQuotedExpands: true },
  // `$#array` is the last index of an array, not a comment.
  lineCommentAt: (text, at) => text[at - 1] !== '$',
  regexLiterals: true,
  strings: [
    ...SIMPLE_DQ_SQ([]).strings,
    quoteLike('double', 'qq'),
    quoteLike('words', 'qw'),
    quoteLike('single', 'q'),
    quoteLike('regex', 'qr|m'),
  ],
};
const quoted = (q: string, extra: Partial<StringForm> = {}): StringForm => ({ kind: q === "'" ? 'single' : 'double', opener: quote(q), backslash: true, multiline: true, ...extra });

// A character written after a sigil (Elixir's `?"`, Erlang's `$%`): a quote or comment marker there opens nothing.
const charLiteral = (sigil: string): StringForm => ({ kind: 'char', opener: new RegExp(`(${sigil})(\\\\?[\\s\\S])`, 'y'), closer: () => '', multiline: false });

// OCaml's quoted strings (`{|…|}`, `{id|…|id}`) read no escapes; a character literal (`'"'`) is told from a type
// variable (`'a`) and a primed name (`x'`) by its closing quote.
const OCAML_QUOTED: StringForm = { kind: 'quoted', opener: /()(\{[a-z_]*\|)/y, closer: (open) => `|${open.slice(1, -1)}}`, multiline: true };
const OCAML_CHAR: StringForm = {
  kind: 'char',
  opener: quote("'"),
  backslash: true,
  multiline: false,
  accept: (text, at) => (at === 0 || !/[\w']/.test(text[at - 1])) && /^'(?:[^\\'\n]|\\(?:[\\"'ntbr ]|\d{3}|x[0-9a-fA-F]{2}|o[0-3][0-7]{2}))'/.test(text.slice(at, at + 8)),
};

// Elixir: `'…'` is a charlist, not a string; sigils (`~s(…)`, `~S[…]`, `~w{…}`) take any of eight delimiters,
// and their brackets do not nest.
const elixirSigil = (kind: string, letters: string, extra: Partial<StringForm> = {}): StringForm => delimited(kind, `~${letters}`, `/|"'([{<`, extra);
const ELIXIR_LEX: LexSpec = {
  ...HASH_LINE,
  strings: [
    charLiteral('\\?'),
    quoted('"""', { kind: 'triple', interpolation: () => hashBrace }),
    quoted("'''", { kind: 'charlist' }),
    quoted('"', { interpolation: () => hashBrace }),
    quoted("'", { kind: 'charlist' }),
    elixirSigil('double', 's', { interpolation: () => hashBrace }),
    elixirSigil('raw', 'S'),
    elixirSigil('other', '[a-rt-zA-RT-Z]'),
  ],
};

// R 4's raw strings: `r"(…)"`, `R'[…]'`, `r"---{…}---"`; a name in backticks (`` `a"b` ``) may hold a quote.
const R_LEX: LexSpec = {
  line: ['#'],
  strings: [
    { kind: 'raw', opener: /([rR])(["']-*[([{])/y, closer: (open) => `${PAIRS[open[open.length - 1]]}${open.slice(1, -1)}${open[0]}`, multiline: true },
    { kind: 'name', opener: quote('`'), backslash: true, multiline: false },
    ...SIMPLE_DQ_SQ([]).strings,
  ],
};
const NONE: LexSpec = { strings: [] };
const LINE_START = (markers: string[]): LexSpec => ({ line: markers, lineCommentAt: atLineStart, strings: [] });


/** The lexical rules by name, one per language or family of formats. */
export const SYNTAX = {
  javascript: JS_LEX,
  python: PY_LEX,
  go: GO_LEX,
  java: JAVA_LEX,
  kotlin: KOTLIN_LEX,
  csharp: CSHARP_LEX,
  ruby: RUBY_LEX,
  php: PHP_LEX,
  rust: RUST_LEX,
  swift: SWIFT_LEX,
  dart: DART_LEX,
  scala: SCALA_LEX,
  groovy: GROOVY_LEX,
  c: C_LEX,
  lua: LUA_LEX,
  perl: PERL_LEX,
  r: R_LEX,
  elixir: ELIXIR_LEX,
  vb: { line: ["'"], strings: [{ kind: 'double', opener: quote('"'), doubling: true, multiline: false }] },
  shell: SHELL_LEX,
  powershell: POWERSHELL_LEX,
  yaml: YAML_LEX,
  dockerfile: DOCKER_LEX,
  makefile: LINE_START(['#']),
  bat: LINE_START(['REM ', 'rem ', '::']),
  dotenv: { ...HASH_LINE, lineCommentAt: atLineStart, strings: [] },
  json: JSON_LEX,
  jsonc: JSONC_LEX,
  toml: TOML_LEX,
  properties: LINE_START(['#', '!']),
  ini: LINE_START([';', '#']),
  markup: MARKUP_LEX,
  none: NONE,
  sql: { line: ['--'], block: [['/*', '*/']], strings: [{ kind: 'single', opener: quote("'"), doubling: true, multiline: true }] },
  css: { block: [['/*', '*/']], strings: SIMPLE_DQ_SQ([]).strings },
  scss: { ...C_LINE, strings: SIMPLE_DQ_SQ([]).strings },
  haskell: { line: ['--'], block: [['{-', '-}']], strings: SIMPLE_DQ_SQ([]).strings },
  zig: { line: ['//'], strings: [quoted('"')] },
  nim: SIMPLE_DQ_SQ(['#']),
  ocaml: { block: [['(*', '*)']], nestedBlocks: true, strings: [OCAML_QUOTED, OCAML_CHAR, quoted('"')] },
  latex: { line: ['%'], strings: [] },
  erlang: { line: ['%'], strings: [charLiteral('\\$'), ...SIMPLE_DQ_SQ([]).strings] },
  // A character (`\"`, `\;`) opens neither a string nor a comment; `#"…"` is a regex.
  clojure: { line: [';'], strings: [{ kind: 'char', opener: /(\\)([\s\S])/y, closer: () => '', multiline: false }, quoted('"', { opener: /(#?)(")/y })] },
  coffeescript: {
    ...HASH_LINE,
    strings: [
      { kind: 'triple', opener: /()("""|''')/y, backslash: true, multiline: true, interpolation: (_p, open) => (open === '"""' ? hashBrace : []) },
      { kind: 'double', opener: quote('"'), backslash: true, multiline: true, interpolation: () => hashBrace },
      { kind: 'single', opener: quote("'"), backslash: true, multiline: true },
    ],
  },
  julia: {
    line: ['#'],
    block: [['#=', '=#']],
    nestedBlocks: true,
    strings: [
      { kind: 'triple', opener: /(raw)?(""")/y, backslash: (p) => p === '', multiline: true, interpolation: (p) => (p ? [] : [{ open: '$(', close: ')' }]) },
      { kind: 'double', opener: /(raw)?(")/y, backslash: (p) => p === '', multiline: true, interpolation: (p) => (p ? [] : [{ open: '$(', close: ')' }]) },
    ],
  },
  fsharp: {
    line: ['//'],
    block: [['(*', '*)']],
    strings: [
      { kind: 'triple', opener: /(\$?)(""")/y, multiline: true, interpolation: (p) => (p ? [{ open: '{', close: '}' }] : []) },
      { kind: 'verbatim', opener: /(\$?@\$?)(")/y, doubling: true, multiline: true, interpolation: (p) => (p.includes('$') ? [{ open: '{', close: '}', literal: '{{' }] : []) },
      { kind: 'double', opener: /(\$?)(")/y, backslash: true, multiline: true, interpolation: (p) => (p ? [{ open: '{', close: '}', literal: '{{' }] : []) },
    ],
  },
  terraform: { line: ['#', '//'], block: [['/*', '*/']], strings: [quoted('"', { multiline: false })] },
} satisfies Record<string, LexSpec>;
