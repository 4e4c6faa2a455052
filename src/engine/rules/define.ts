import type { Confidence, RuleSpec } from '../types';
import { ARROW_ASSIGNMENT, FALLBACK, INFIX_TO, KEY_CLOSER, SHELL_DEFAULT_OPERATOR, TYPE_ANNOTATION, WRAPPER_CALL } from './shapes';

// A pattern's leading guard against a word character or `-` before the token (`(?<![A-Za-z0-9_-])`).
const LEADING_GUARD = /^\(\?<!\[([^\]]*)-\]\)/;

/**
 * A rule for a token whose own prefix identifies the provider (`ghp_`, `sk-ant-`); high confidence. A guard
 * that keeps `-` from preceding the token still lets a shell default's `:-` do so (`${OPENAI_API_KEY:-sk-…}`);
 * it stays one lookbehind, so V8 still skips ahead to the token's prefix. A percent-escape's last digit may precede it
 * too, as in URL-encoded JSON (`%22sk-…%22`).
 */
export function prefixed(spec: Omit<RuleSpec, 'confidence'> & { confidence?: Confidence }): RuleSpec {
  const guard = LEADING_GUARD.exec(spec.pattern.source);
  const pattern = guard ? new RegExp(`(?<!(?<!%[0-9A-Fa-f])[${guard[1]}]|[^:]-)${spec.pattern.source.slice(guard[0].length)}`, spec.pattern.flags) : spec.pattern;
  return { confidence: 'high', ...spec, pattern };
}

/**
 * A rule for a literal whose context says what it is, a command's option or an API's parameter (`mysql -p…`,
 * `jwt.sign(payload, "…")`), as a name would: medium. The pattern's last group is the value, judged as any password.
 */
export function passedSecret(spec: Omit<RuleSpec, 'confidence' | 'refine'>): RuleSpec {
  return { ...spec, confidence: 'medium', refine: 'plain-text-password' };
}

/** Fields of a keyed rule: a provider name near an assignment, followed by a value of a known shape. */
export interface KeyedSpec extends Omit<RuleSpec, 'pattern' | 'confidence' | 'secretGroup'> {
  /** Regex source of the value itself, without anchors or groups, e.g. `[a-z0-9]{32}`. */
  readonly secret: string;
  /** Regex source of what must appear in the identifier; defaults to the keywords. */
  readonly identifier?: string;
  readonly confidence?: Confidence;
  /** Whether the value is matched case-insensitively (the identifier always is). */
  readonly caseInsensitiveSecret?: boolean;
}

/** `[aA][bB]` for `ab`: case-insensitivity for one part of a pattern without the global `i` flag. */
export function caseless(source: string): string {
  return source.replace(/\\.|\[(?:\\.|[^\]\\])*\]|[a-zA-Z]/g, (part) => {
    if (part.startsWith('\\')) return part;
    if (part.startsWith('[')) return caselessClass(part);
    return `[${part.toLowerCase()}${part.toUpperCase()}]`;
  });
}

// Adds the other case of every letter and letter range to a character class.
function caselessClass(cls: string): string {
  const body = cls.slice(1, -1);
  const extra: string[] = [];
  for (const m of body.matchAll(/\\.|([a-zA-Z])-([a-zA-Z])|([a-zA-Z])/g)) {
    if (m[1] && m[2]) extra.push(`${swapCase(m[1])}-${swapCase(m[2])}`);
    else if (m[3]) extra.push(swapCase(m[3]));
  }
  return `[${body}${extra.join('')}]`;
}

function swapCase(c: string): string {
  return c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
}

// A name's sibling value field counts as an operator too: `key="X" value="…"` and `"name": "X", "value": "…"`
// after a quoted name, or on the next line (`- name: X` then `value: …` in a Kubernetes or Compose env list).
const VALUE_FIELD = String.raw`(?:(?<=["'][ \t]{0,4}),?|,?[ \t]{0,4}\r?\n[ \t]{0,40})[ \t]{0,4}["']?${caseless('value')}["']?[ \t]{0,4}[:=]`;
// A section named for the provider, holding the key under a child name: `mistral:` then `api_key: …` in YAML,
// `[mistral]` then `key = …` in TOML, `"mistral": {"apiKey": …}` in JSON.
const SECTION_CHILD = String.raw`(?:(?<=\])|:[ \t]{0,4}\{?)[ \t]{0,4}(?:\r?\n[ \t]{0,40})?["']?[\w\-]{0,30}?${caseless('(?:key|token|secret)')}["']?[ \t]{0,4}[:=]`;
// Identifier tail, optional closing quote/bracket of a key, an optional type, an assignment operator in
// any common syntax, then an optional opening quote (escaped too, for code kept in a JSON string), inside a list or
// a wrapping call (`["…"]`, `String::from("…")`). Operators include a call's parenthesis (`new Mistral("…")`), a
// fallback (`secrets.X || '…'`, `getenv("X") ?: "…"`), an XML element's `>`, an option's `default=`, and `=` at
// the end of a line before a quoted value (bare, it is an empty value in a properties or .env file).
// Every quantifier is bounded, so matching stays linear.
const ASSIGN = String.raw`[\w.\-]{0,40}?${KEY_CLOSER}${TYPE_ANNOTATION}[ \t]{0,4}(?:${SHELL_DEFAULT_OPERATOR}|=>|->|${ARROW_ASSIGNMENT}|:::=|::=|:=|\?\?=|\?=|\|\|=|${FALLBACK}|\.=|\+=|=[ \t]{0,4}\(?[ \t]{0,4}\r?\n[ \t]{0,40}(?=[rRbBfFuU@$]{0,2}["'\x60])|${SECTION_CHILD}|=|:|${VALUE_FIELD}|,[ \t]{0,4}default[ \t]{0,2}=|,|${INFIX_TO}|(?<=<[\w.:\-]{1,80})>|[ \t]|(?=\(["'\x60]))[ \t]{0,4}(?:[@$]?["'\x60]|[rRbBfF]?#{0,2}(?:"")?["']|\(["'\x60]?|\[[ \t]{0,4}["'\x60]|${WRAPPER_CALL}[ \t]{0,4}[rRbBfFuU@$]{0,2}["'\x60]|\\["']|)`;
const VALUE_END = String.raw`(?=["'\x60\s;,)}\]<&]|\\[nrt"']|$)`;

/**
 * The identifier part of a keyed rule as regex source. Every separator (`_`, `[_-]`) accepts `_`, `-` and
 * `.`, so `azure.openai.key` in a properties file reads like `AZURE_OPENAI_KEY`.
 */
export function keyedIdentifier(spec: Pick<KeyedSpec, 'identifier' | 'keywords'>): string {
  const source = spec.identifier ?? spec.keywords.map(escapeRegex).join('|');
  const widened = source.replace(/\\.|\[_\\?-\]|\[(?:\\.|[^\]\\])*\]|_/g, (part) => (part === '_' || /^\[_\\?-\]$/.test(part) ? '[_.-]' : part));
  return caseless(widened);
}

/**
 * A rule for a credential that only its context identifies: an identifier mentioning the provider
 * (`adafruitToken`), an assignment, and a value of the provider's shape. Medium confidence.
 */
export function keyed(spec: KeyedSpec): RuleSpec {
  const { secret, identifier, caseInsensitiveSecret, ...rest } = spec;
  const value = caseInsensitiveSecret ? caseless(secret) : secret;
  const pattern = new RegExp(`(?:${keyedIdentifier(spec)})${ASSIGN}(${value})${VALUE_END}`);
  // `azure_openai` is also written `azure.openai` (properties files) and `azure-openai` (command-line options,
  // kebab-case keys), and the keywords must find all three.
  const separated = spec.keywords.filter((k) => /[_-]/.test(k)).flatMap((k) => [k.replace(/[_-]/g, '.'), k.replace(/[_-]/g, '-')]);
  const keywords = [...new Set([...spec.keywords, ...separated])];
  return { confidence: 'medium', ...rest, keywords, pattern, secretGroup: 1, span: 'next-line' };
}

/** Escapes a literal for use inside a regex. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');
}
