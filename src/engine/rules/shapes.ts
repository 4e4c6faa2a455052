// Value and identifier shapes shared by several rule families.
import { changesCaseAtRandom } from '../generic';
import type { ValueTest } from '../types';

/** A lowercase UUID, as regex source. */
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A UUID in either case, as regex source. */
export const ANY_CASE_UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * A value of letters only in a name's pattern of case is a word or an identifier (`searchConfluenceUsingCql`),
 * not a key; letters drawn at random (`gDeBdJwjrcHmARDWsfVn`) still are one.
 */
export const LETTER_WORDS: ValueTest = { test: (value) => /^[A-Za-z]+$/.test(value) && !changesCaseAtRandom(value) };

/** Dotted parts that each change case as names do (`NotificationServiceManager.module.registerChannelHandler`): a member chain, not a token. */
export const DOTTED_NAMES: ValueTest = { test: (value) => value.split('.').every((part) => !changesCaseAtRandom(part.replace(/[^A-Za-z]+/g, ''))) };

/**
 * Regex source for the rest of an identifier after a provider name, ending in a credential word.
 * Hex and UUID values are also commit hashes, checksums and ids, so keyed rules for those shapes use
 * it: `SONAR_TOKEN` names a credential, `SONAR_SCM_REVISION` does not.
 */
export const CREDENTIAL = String.raw`[\w.\-]{0,20}?(?:key|token|secret|pat|password|auth|login|acl)`;

// A type name: `string`, `String?`, `List<String>`, and Rust's `&str`, `&'static str`, `&mut T`.
const TYPE = String.raw`(?:&(?:'[a-z_]{1,10}[ \t]{1,2})?(?:mut[ \t]{1,2})?)?[A-Za-z_][\w.\[\]|<>?]{0,30}`;

// C#'s accessors between a property's name and its initialiser: `{ get; set; }`, `{ get; private init; }`.
const ACCESSORS = String.raw`[ \t]{0,4}\{[ \t]{0,4}get;[ \t\w;]{0,40}\}[ \t]{0,4}(?==)`;

/**
 * Regex source, optional: a type between a name and `=`: Go's `var name string = …`, TypeScript's and
 * Kotlin's `name: String = …`, Rust's `NAME: &str = …`, Visual Basic's `Dim name As String = …`, and
 * C#'s `Name { get; set; } = …`.
 */
export const TYPE_ANNOTATION = String.raw`(?:[ \t]{0,2}:[ \t]{0,2}${TYPE}[ \t]{0,2}(?==)|[ \t]{1,4}(?:[Aa]s[ \t]{1,4})?[A-Za-z_][\w.\[\]*]{0,30}[ \t]{1,4}(?==)|${ACCESSORS})?`;

/** Regex source: what may close a key before its operator: quotes (escaped inside a JSON string too) and `]`. */
export const KEY_CLOSER = String.raw`[\\"'\x60\]]{0,3}`;

/**
 * Regex source: a call that only wraps a literal in a string or secret type (`String::from(`, `SecretStr(`,
 * `Some(`, `new String(`, `Buffer.from(`): a constructor or a conversion, not any method
 * (`creds.with_quota_project(`).
 */
export const WRAPPER_CALL = String.raw`(?:new[ \t]{1,2})?(?:[A-Za-z_$][\w$]{0,30}(?:\.|::)){0,2}(?:[A-Z][\w$]{0,30}|from|of|valueOf|str|string|bytes|secret)\(`;

/**
 * Regex source: a fallback after a name or after the call that reads it (`process.env.X || "…"`,
 * `getenv("X") ?: "…"`, `GetEnvironmentVariable("X") ?? "…"`, Python's `os.getenv("X") or "…"` and
 * `… if "X" in os.environ else "…"`, Rust's `env::var("X").unwrap_or("…")`, Ruby's `ENV.fetch("X") { "…" }`,
 * Rails' `ENV["X"].presence || "…"`): a default that ships in the code.
 */
export const FALLBACK = String.raw`(?:(?:\)[ \t]{0,4}|\.presence[ \t]{0,4})?(?:\|\||\?\?|\?:|or(?=[ \t]))|\)(?:\.unwrap_or\(|\.unwrap_or_else\(\|_\|[ \t]{0,4}|[ \t]{0,4}\{)|[ \t]in[ \t]{1,4}os\.environ[ \t]{1,4}else(?=[ \t]))`;

/** Regex source of assignment operators that only some languages have: R's `<-` and `<<-`. */
export const ARROW_ASSIGNMENT = '<<-|<-';

/** Regex source: Kotlin's infix `to` between a quoted key and a quoted value (`mapOf("apiKey" to "…")`). */
export const INFIX_TO = String.raw`(?<=["'][ \t]{1,4})to(?=[ \t]{1,4}["'])`;

/** Regex source: the operator of a shell or Compose default, after the variable's name (`${API_TOKEN:-…}`, `${API_TOKEN:=…}`). */
export const SHELL_DEFAULT_OPERATOR = String.raw`(?=:?[-=])(?<=\$\{[\w.\-]{1,80}):?[-=]`;

/**
 * Regex source: where a prefixed token may start. A slash before it means a path (`/models/hf_…`),
 * except the two that open a URL's user-info (`https://hf_…@huggingface.co`); a `-` means a kebab-case
 * word, except in a shell default's `:-`.
 */
export const TOKEN_START_OUTSIDE_PATH = String.raw`(?:(?<![A-Za-z0-9_./]|[^:]-)|(?<=:\/\/))`;
