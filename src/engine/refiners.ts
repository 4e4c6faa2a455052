// Post-match checks for rules whose regex alone cannot tell a secret from ordinary code.
import { isAccessorName, isUnquotedKey, MIN_GENERIC_LENGTH, rejectGenericValue, secretNameKind, type SecretNameKind } from './generic';
import type { LiteralQuoting } from './languages';
import { WRAPPER_CALL } from './rules/shapes';
import { opensWithComment } from './suppress';
import type { RefinerName } from './types';

/** The secret a refiner settled on: its offsets in the scanned text and the name it was assigned to. */
export interface Refined {
  readonly start: number;
  readonly end: number;
  readonly identifier?: string;
  /** Further secrets under the same name, judged as this one was: a list's later elements (`["…", "…"]`). */
  readonly others?: readonly { readonly start: number; readonly end: number }[];
}

type Indices = RegExpIndicesArray;
/** What a refiner knows about the file and its language: how it quotes literals, and where to look beyond a line. */
export interface RefineContext extends LiteralQuoting {
  /** A bare `name=value` value is a literal here (.env, YAML, shell). */
  readonly bareValuesAreLiterals: boolean;
  /** The whole text, where a refiner given a line must look past it (a list that goes on below). */
  readonly text: string;
  /** The section a config value sits under (`stripe:` in YAML, `[api]` in TOML and INI), by offset in the whole text. */
  readonly sectionAt?: (offset: number) => string | undefined;
}

/** A rejected match that may hide a real one: the regex looks again from `resumeAt`, not from the match's end. */
export interface Resume {
  readonly resumeAt: number;
}

// `offset` is where `text` (a line, or the lines around a keyword) starts in the whole text.
type Judge = (text: string, match: RegExpExecArray, indices: Indices, context: RefineContext, offset: number) => Refined | undefined;
type Refiner = (text: string, match: RegExpExecArray, indices: Indices, context: RefineContext, offset: number) => Refined | Resume | undefined;

// Identifier characters by char code: word characters plus `.` `-` (and `$` `@` when looking back).
function isNameChar(c: number, lookingBack: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45 || (lookingBack && (c === 36 || c === 64));
}

// The whole identifier around a keyword hit: `aws_secret_access_key` from a match at `secret`.
function identifierAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && isNameChar(text.charCodeAt(start - 1), true)) start--;
  let end = at;
  while (end < text.length && isNameChar(text.charCodeAt(end), false)) end++;
  return { start, end };
}

// How far back on a line the string-literal check looks; minified lines would make it quadratic.
const LOOKBACK = 1000;

// Start of the line holding `offset`, or undefined when it is more than LOOKBACK characters back.
// lastIndexOf would scan a whole minified line for each match.
function nearLineStart(text: string, offset: number): number | undefined {
  for (let i = offset - 1; i >= Math.max(0, offset - LOOKBACK); i--) if (text.charCodeAt(i) === 10) return i + 1;
  return offset <= LOOKBACK ? 0 : undefined;
}

// True when `offset` sits inside a string literal that opened earlier on its line (prose, not code).
function insideStringLiteral(text: string, offset: number): boolean {
  const lineStart = nearLineStart(text, offset);
  if (lineStart === undefined) return false;
  const before = text.slice(lineStart, offset);
  const quotes = (before.match(/(?<!\\)"/g) ?? []).length;
  return quotes % 2 === 1 && !before.endsWith('"');
}

// `export NAME=value` or `NAME=value` opening a line, with no spaces around `=`: shell and dotenv
// syntax, where bare values are literals.
const ENV_STYLE_PREFIX = /^\s*(?:export\s+|set\s+|ENV\s+|ARG\s+)?$/;
// A bare value that is a wrapping call's opening: `String::from(`, `SecretStr(`.
const WRAPPER = new RegExp(`^${WRAPPER_CALL}$`);
// A quoted literal with its prefix letters, its text in group 1 (double quotes) or 2 (single).
const QUOTED_LITERAL = String.raw`[rRbBfFuU@$]{0,2}(?:"((?:[^"\\\n]|\\.){1,400})"|'((?:[^'\\\n]|\\.){1,400})')`;
// A literal opening a bracketed value, `["…", …]` or `("…",)`, or as a wrapping call's only argument (so
// `join('prefix', rest)` is not read as the whole value), Rust's conversion of it included (`"…".into()`).
const BRACKETED_STRING = new RegExp(String.raw`^[ \t]{0,4}${QUOTED_LITERAL}(?:\.(?:into|to_string|to_owned)\(\))?[ \t]{0,4}([,)\]])`);
// A list's next quoted element on the same line.
const NEXT_ELEMENT = new RegExp(String.raw`[ \t]{0,4},[ \t]{0,4}${QUOTED_LITERAL}`, 'y');
// Lists hold a handful of keys at most; the cap keeps a long list of words cheap.
const MAX_ELEMENTS = 50;

// The quoted elements after a list's first, whose closing quote is just before `from`.
function laterElements(text: string, from: number): { start: number; value: string }[] {
  const out: { start: number; value: string }[] = [];
  NEXT_ELEMENT.lastIndex = from;
  for (let m = NEXT_ELEMENT.exec(text); m && out.length < MAX_ELEMENTS; m = NEXT_ELEMENT.exec(text)) {
    const value = m[1] ?? m[2];
    out.push({ start: NEXT_ELEMENT.lastIndex - 1 - value.length, value });
  }
  return out;
}

// A line of a list written one item per line in code: its first quoted item (`    "…",`).
const ITEM_LINE = new RegExp(String.raw`[ \t]{0,40}${QUOTED_LITERAL}[ \t]{0,4}(?:,|(?=\r?\n))`, 'yd');

// The items of a list on the lines after `from` (the end of its first item), up to the first line that holds none.
function itemsBelow(text: string, from: number): { start: number; value: string }[] {
  const out: { start: number; value: string }[] = [];
  for (let lineStart = text.indexOf('\n', from) + 1; lineStart > 0 && out.length < MAX_ELEMENTS; lineStart = text.indexOf('\n', lineStart) + 1) {
    ITEM_LINE.lastIndex = lineStart;
    const item = ITEM_LINE.exec(text);
    if (!item) break;
    const group = item[1] !== undefined ? 1 : 2;
    const [start, end] = item.indices![group];
    out.push({ start, value: item[group] }, ...laterElements(text, end + 1));
  }
  return out;
}

function lineBefore(text: string, offset: number): string {
  return text.slice(nearLineStart(text, offset) ?? offset - LOOKBACK, offset);
}

// A Dockerfile's legacy `ENV NAME value`, up to the name.
const DOCKER_ENV = /^[ \t]*ENV[ \t]+$/;

// What opens a query parameter: `?`, `&`, or `&amp;` in HTML.
const QUERY_BEFORE = /(?:[?&]|&amp;)$/;
// OAuth 1's request token travels in the authorize URL by design; its secret never does.
const PUBLIC_QUERY_TOKEN = /^oauth_token$/i;
// A URL on a host reserved for documentation (RFC 2606), up to the parameter: its values are illustrations.
const EXAMPLE_URL = /:\/\/(?:[\w-]+\.)*example\.(?:com|org|net)(?![\w-])[^\s"'\x60]*$/;

const TRIMMABLE_END = /[,)\]}.:;]$|\\[nrt]$/;

// Drops closing brackets that a bare value swallowed from the code around it: `f(password=abc123)`.
function trimUnbalancedClosers(value: string): string {
  // Most values end in a plain character; the checks below would each scan the whole value.
  if (!TRIMMABLE_END.test(value.slice(-2))) return value;
  let out = value;
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  // Trailing commas, and escape sequences from code kept in a string (source maps, minified JSON).
  // Also a Python block's or a statement's end: `if token != current_token:`.
  out = out.replace(/(?:[,:;]|\\[nrt])+$/, '');
  while (out.length > 0 && pairs[out[out.length - 1]]) {
    const close = out[out.length - 1];
    const opens = out.split(pairs[close]).length - 1;
    const closes = out.split(close).length - 1;
    if (closes <= opens) break;
    out = out.slice(0, -1);
  }
  // A sentence's full stop, but not an ellipsis, which marks a placeholder.
  return out.endsWith('..') ? out : out.replace(/\.$/, '');
}

// CommonJS `require` and dynamic `import`, whose argument names a module.
const MODULE_LOADER = /^(?:require|import)\($/;

// Methods that store their argument into the object they are called on: `secret.assign("…")`.
const STORING_METHOD = /^(?:assign|set|put|store|update|save|write|add|push|append|use|with)$/i;

// `setPassword("…")` and `secret.assign("…")` hand a literal to a secret; `secret.startsWith("…")`,
// `getToken("…")` and prose such as `password (\`x\`)` do not.
function callTargetKind(identifier: string, member: string, gap: string): ReturnType<typeof secretNameKind> {
  if (/\s/.test(gap) || isAccessorName(member)) return undefined;
  const own = secretNameKind(member);
  if (own || !STORING_METHOD.test(member)) return own;
  const object = identifier.split('.').slice(-2, -1)[0];
  return object ? secretNameKind(object) : undefined;
}

// `setProperty("API_TOKEN", "…")`: a call's first argument naming the value in its second, and likewise a
// pair in a C# or C++ initialiser (`{ "ApiKey", "…" }`), and a flag before its value anywhere in an argument
// list (`"args": ["serve", "--token", "…"]`), and a Gradle field after its type. A bare name before a comma is just
// another argument (`f(token, "label")`), and `["a", "b"]` is a list, not a pair.
const OPENS_NAME_ARGUMENT = /[({][ \t]{0,4}$/;
// Gradle's Android fields name their value after a type: `buildConfigField "String", "API_KEY", "\"…\""`.
const GRADLE_FIELD = /\b(?:buildConfigField|resValue)[ \t]*\(?[ \t]*["'][\w.]{1,40}["'][ \t]*,[ \t]*$/;

function isQuotedNameArgument(text: string, ident: { start: number; end: number }): boolean {
  const quote = text[ident.start - 1];
  const opensPair = text[ident.start] === '-' || OPENS_NAME_ARGUMENT.test(text.slice(Math.max(0, ident.start - 6), ident.start - 1)) || GRADLE_FIELD.test(text.slice(Math.max(0, ident.start - 80), ident.start - 1));
  return (quote === '"' || quote === "'") && text[ident.end] === quote && opensPair;
}

// The five groups of a generic rule's value, from `first`: four quoted forms, then a bare value.
function literalOf(match: RegExpExecArray, indices: Indices, first: number): { group: number; start: number; value: string; quoted: boolean } {
  for (let group = first; group < first + 4; group++) {
    if (match[group] !== undefined) return { group, start: indices[group][0], value: match[group], quoted: true };
  }
  const group = first + 4;
  return { group, start: indices[group][0], value: trimUnbalancedClosers(match[group]), quoted: false };
}

// The single-quoted one of the generic pattern's literal groups (operator, then double, single, back-quoted, ...).
const SINGLE_QUOTED = 3;

// Character checks, not regexes: every keyword hit on a line of code gets here.
function operatorOf(raw: string): string {
  if (raw.includes('\n')) return '=';
  const operator = raw.trim();
  if (operator.length < 2) return operator;
  if (operator[0] === ',') return ',';
  return operator[0] === ')' ? operator.slice(1).trim() : operator;
}

// The opening quote and the sections of a namespaced key, up to its last part: `"Smtp:` of `"Smtp:Password"`.
const NAMESPACE_BEFORE = /(["'])((?:[\w.\-]{1,60}:){1,6})$/;

// A bare `key` says whose it is only through its section: `stripe:` above it in YAML, `[api]` in TOML.
// Judged as the joined name would be (`api_key` is a key, `cache_key` none), and reported under it.
const SECTION_NAME = /^[A-Za-z][\w-]{1,40}$/;
function sectionKey(context: RefineContext, at: number, member: string): { identifier: string; kind: SecretNameKind } | undefined {
  if (!context.sectionAt || !/^key$/i.test(member)) return undefined;
  const section = context.sectionAt(at);
  const kind = section && SECTION_NAME.test(section) ? secretNameKind(`${section}_${member}`) : undefined;
  return kind && { identifier: `${section}.${member}`, kind };
}

const judgeAssignment: Judge = (text, match, indices, context, offset) => {
  // A space standing in for an operator (`password "…"`, `--api-key …`) is no operator, an option's
  // `, default=` separates a name from its value as a comma does, and a fallback after a call (`getenv("X") or "…"`)
  // is the fallback; an `=` with the value on the next line is an `=`.
  const operator = operatorOf(match[1]);
  let { group, start, value, quoted } = literalOf(match, indices, 2);
  // A module name, whatever the variable it is loaded into is called (`import_core_auth`).
  if (!quoted && MODULE_LOADER.test(value)) return undefined;
  const bracket = !quoted && (value === '[' || value === '(');
  // A list that opens at the end of the line (`API_KEYS = [`) is a list too.
  let list = match[1].includes('[');
  if (bracket || (!quoted && value.endsWith('(') && WRAPPER.test(value))) {
    const inner = BRACKETED_STRING.exec(text.slice(start + value.length, start + value.length + 440));
    if (!inner || (!bracket && inner[3] !== ')')) return undefined;
    list = value === '[' || inner[3] === ',';
    group = inner[1] !== undefined ? 1 : 2;
    start = start + value.length + inner[0].indexOf(inner[group]);
    value = inner[group];
    quoted = true;
  }
  // A string that holds a quoted string (Gradle's `buildConfigField "String", "API_KEY", "\"…\""`): the inner one.
  if (quoted && value.length > 4 && value.startsWith('\\"') && value.endsWith('\\"') && !value.slice(2, -2).includes('"')) {
    start += 2;
    value = value.slice(2, -2);
  }
  // A list's later elements on the line are judged as its first is, and so are those on the lines below
  // when it opened at the end of its line (`API_KEYS = [`, then an item per line).
  const later = list ? laterElements(text, start + value.length + 1) : [];
  if (list && match[1].includes('\n')) {
    const lastOnLine = later.length > 0 ? later[later.length - 1] : { start, value };
    for (const item of itemsBelow(context.text, offset + lastOnLine.start + lastOnLine.value.length)) later.push({ start: item.start - offset, value: item.value });
  }
  // Cheap value checks first: most keyword hits in code are short values or expressions.
  if ((value.length < MIN_GENERIC_LENGTH && later.every((e) => e.value.length < MIN_GENERIC_LENGTH)) || ((operator === '(' || operator === ',') && !quoted)) return undefined;
  const ident = identifierAround(text, match.index);
  // A URL's query parameter (`?api_key=…&page=2`): its value is literal text up to the next parameter,
  // even inside a string literal, where names are otherwise taken for prose.
  const queryParameter = operator === '=' && !quoted && QUERY_BEFORE.test(text.slice(Math.max(0, ident.start - 5), ident.start));
  if (queryParameter) {
    value = value.replace(/[&#].*$/, '');
    // `?secret=$Base32String`, `?token=%s`: a variable or a format slot, filled in elsewhere.
    if (/^[$%]/.test(value)) return undefined;
    if (value.length < MIN_GENERIC_LENGTH || PUBLIC_QUERY_TOKEN.test(text.slice(ident.start, ident.end)) || EXAMPLE_URL.test(lineBefore(text, ident.start))) return undefined;
  }
  if (operator === ',' && !isQuotedNameArgument(text, ident)) return undefined;
  const rawIdentifier = text.slice(ident.start, ident.end);
  // `password "value"` without an operator: only a quoted single token, and not the verb `pass` in prose.
  // A flag's value is not another flag (`qw{ -pass -no_debug }`). A Dockerfile's `ENV NAME value` is literal.
  const dockerEnv = operator === '' && !quoted && DOCKER_ENV.test(lineBefore(text, ident.start));
  if (operator === '' && !dockerEnv && (!(quoted || (rawIdentifier.startsWith('-') && !value.startsWith('-'))) || !/[ \t]/.test(text.slice(ident.end, start)) || /\s/.test(value) || /^pass$/i.test(rawIdentifier))) return undefined;
  // `pass` alone is also a keyword and a verb: `'pass': 'The "pass" statement'` is prose.
  if (/^pass$/i.test(rawIdentifier) && /\s/.test(value)) return undefined;
  // A key namespaced with colons, as .NET configuration spells its sections (`"Smtp:Password"`), is one name, and the
  // string it is in is a key, not prose.
  const namespace = text[ident.start - 1] === ':' ? NAMESPACE_BEFORE.exec(text.slice(Math.max(0, ident.start - 80), ident.start)) : null;
  const namespaced = !!namespace && text[ident.end] === namespace[1];
  let identifier = (namespaced ? namespace![2] : '') + rawIdentifier.replace(/^[-$@]+/, '');
  const member = identifier.split('.').pop() ?? identifier;
  // In a config file, or as a quoted argument, a dotted key is one name (`payment.api.key`), not a member of an object.
  const dottedKey = (context.bareValuesAreLiterals || operator === ',') && member !== identifier ? secretNameKind(identifier) : undefined;
  let named = operator === '(' ? callTargetKind(identifier, member, text.slice(ident.end, start)) : secretNameKind(member) ?? dottedKey;
  const sectioned = named || member !== identifier ? undefined : sectionKey(context, offset + ident.start, member);
  if (sectioned) ({ identifier, kind: named } = sectioned);
  // Lists under secret-like names are mostly options and test words (`token_variants = ['+i6t-inline', …]`,
  // `passwords = ["hunter2", …]`): an element counts only when it is clearly random, as a weakly named key's value must be.
  const kind = named && list ? 'weak-key' : named;
  // A shell or Compose default (`"${API_TOKEN:-…}"`, `${API_TOKEN:=…}`, which also assigns it) is literal text, inside a
  // string too. `=` and `:=` are other languages' assignments, so the `${` must be there.
  const shellDefault = operator === ':-' || operator === '-' || ((operator === ':=' || operator === '=') && text.slice(Math.max(0, ident.start - 2), ident.start) === '${');
  // A public badge token in a README (`badge.svg?token=…`) is meant to be shared.
  if (!kind || (!queryParameter && !shellDefault && !namespaced && insideStringLiteral(text, ident.start)) || /badge\.svg\?$/.test(text.slice(Math.max(0, ident.start - 10), ident.start))) return undefined;
  const envStyle = operator === '=' && ENV_STYLE_PREFIX.test(lineBefore(text, ident.start)) && text[ident.end] === '=' && text[ident.end + 1] !== ' ';
  // `authkey=process.current_process().authkey)` or `secret=volume['secret'],` on a continuation line is a
  // keyword argument, not NAME=value.
  const literalLine = !quoted && envStyle && !/[()[\]]/.test(value) && !/,$/.test(match[group]);
  const form = quoted ? 'quoted' : (context.bareValuesAreLiterals && !context.quotesRequired) || literalLine || queryParameter || shellDefault || dockerEnv ? 'bare-literal' : 'bare';
  // Where literals are quoted, a bare value is code unless it is a random token someone forgot to quote, or sits in a
  // comment, which is prose (`# db password: Tr0ub4dor&3`). In C's family a single-quoted value (the literal's second
  // group) is a character constant, not a string.
  const code = form === 'bare' && context.quotesRequired && !opensWithComment(lineBefore(text, ident.start));
  if ((code && !isUnquotedKey(value)) || (group === SINGLE_QUOTED && context.singleQuotesAreChars)) return undefined;
  const [first, ...others] = [{ start, value }, ...later]
    .filter((element) => !rejectGenericValue(element.value, kind, form, operator, identifier))
    .map((element) => ({ start: element.start, end: element.start + element.value.length }));
  return first && { ...first, identifier, others };
};

// A bare value is code, which may hold the real assignment: `token = process.env.API_TOKEN || "…"` is
// rejected at `token`, and `API_TOKEN || "…"` starts inside it. A quoted value is text, and stays skipped,
// unless it interpolates a variable with a default (`API_TOKEN="${API_TOKEN:-…}"`).
const assignment: Refiner = (text, match, indices, context, offset) =>
  judgeAssignment(text, match, indices, context, offset) ??
  (match[6] !== undefined || /\$\{\w+:?[-=]/.test(match[0]) ? { resumeAt: identifierAround(text, match.index).end } : undefined);

// The quoted literal just left of a comparison operator.
const LITERAL_BEFORE = /(["'\x60])([^"'\x60\n]{4,400})\1[ \t]{0,4}$/;

const comparison: Refiner = (text, match) => {
  const identifier = match[1];
  const kind = secretNameKind(identifier.split('.').pop() ?? identifier);
  if (!kind) return undefined;
  const literal = LITERAL_BEFORE.exec(text.slice(nearLineStart(text, match.index) ?? match.index - 420, match.index));
  if (!literal || rejectGenericValue(literal[2], kind, 'quoted', '==', identifier)) return undefined;
  const start = match.index - literal[0].length + 1;
  return { start, end: start + literal[2].length, identifier };
};

// `<password>…</password>`, or a YAML block (`password: |`, the value on the next line): the name in
// group 1, literal text in group 2.
const namedContent: Refiner = (_text, match, indices) => {
  const identifier = match[1].split(':').pop() ?? match[1];
  const kind = secretNameKind(identifier);
  const value = match[2].trim();
  if (!kind || rejectGenericValue(value, kind, 'quoted', '=', identifier)) return undefined;
  const start = indices[2][0] + match[2].indexOf(value);
  return { start, end: start + value.length, identifier };
};

// A name in group 1 and its literal in the value groups after it; `bareIsLiteral` says how to read an unquoted value.
function judgeNamedValue(match: RegExpExecArray, indices: Indices, bareIsLiteral: boolean): Refined | undefined {
  const identifier = match[1];
  // A name field holds a name, so a dotted one (`payment.api.key`) is judged whole when its last part says nothing.
  const kind = secretNameKind(identifier.split('.').pop() ?? identifier) ?? secretNameKind(identifier);
  const { start, value, quoted } = literalOf(match, indices, 2);
  const form = quoted ? 'quoted' : bareIsLiteral ? 'bare-literal' : 'bare';
  if (!kind || value.length < MIN_GENERIC_LENGTH || rejectGenericValue(value, kind, form, '=', identifier)) return undefined;
  return { start, end: start + value.length, identifier };
}

// `name: DB_PASSWORD` then `value: …`: the name field names the secret in the value field.
const nameValue: Refiner = (_text, match, indices, context) => judgeNamedValue(match, indices, context.bareValuesAreLiterals);

// `aws configure set NAME VALUE`: a command's argument is literal text, whatever file the command is written in.
const commandSetting: Refiner = (_text, match, indices) => judgeNamedValue(match, indices, true);

// One item of a list written one per line: a YAML sequence item (`- …`, quoted or bare) or a JSON array string.
const LIST_ITEM = /^[ \t]*(?:-[ \t]+(?:"((?:[^"\\\n]|\\.){1,400})"|'([^'\n]{1,400})'|([^\s#'"][^\n#]{0,399}?))|"((?:[^"\\\n]|\\.){1,400})"[ \t]*,?)[ \t]*\r?$/d;

// `api_keys:` then `- …` lines, or `"apiKeys": [` then a string per line: each item that is clearly random, as a
// list element must be (see judgeAssignment), up to the first line that is no item.
const listBlock: Refiner = (_text, match, indices) => {
  const identifier = match[2];
  if (!secretNameKind(identifier.split('.').pop() ?? identifier)) return undefined;
  const found: { start: number; end: number }[] = [];
  let at = indices[3][0];
  for (const line of match[3].split('\n')) {
    const item = LIST_ITEM.exec(line);
    if (!item) break;
    const group = [1, 2, 3, 4].find((g) => item[g] !== undefined)!;
    const value = item[group];
    if (!rejectGenericValue(value, 'weak-key', 'quoted', ':', identifier)) found.push({ start: at + item.indices![group][0], end: at + item.indices![group][1] });
    at += line.length + 1;
  }
  const [first, ...others] = found;
  return first && { ...first, identifier, others };
};

// `ConvertTo-SecureString "…" -AsPlainText`, `mysql -p…`: the call itself says the literal is a password, so no name
// is needed; the value, the pattern's last group, is judged as any password is.
const plainTextPassword: Refiner = (_text, match, indices) => {
  const last = match.length - 1;
  if (rejectGenericValue(match[last], 'password', 'quoted')) return undefined;
  return { start: indices[last][0], end: indices[last][1] };
};

/** Every refiner a rule may name. */
export const refiners: Readonly<Record<RefinerName, Refiner>> = {
  'generic-assignment': assignment,
  'generic-comparison': comparison,
  'generic-named-content': namedContent,
  'generic-name-value': nameValue,
  'generic-command-setting': commandSetting,
  'generic-list-block': listBlock,
  'plain-text-password': plainTextPassword,
};
