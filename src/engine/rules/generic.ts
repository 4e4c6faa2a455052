import type { RuleSpec } from '../types';
import { ARROW_ASSIGNMENT, FALLBACK, INFIX_TO, KEY_CLOSER, SHELL_DEFAULT_OPERATOR, TYPE_ANNOTATION } from './shapes';

// What a secret-like name contains; the refiner then judges the whole identifier word by word.
const NAME = String.raw`(?:secret|token|passw|passphrase|pwd|pw(?![a-z])|pass(?![a-z])|auth|credential|creds|bearer|key)`;
// A C array declarator between the name and the operator: `char secret[25] = "…"`.
const ARRAY_DECLARATOR = String.raw`(?:\[\w{0,10}\])?`;
// Longest operators first, so `=>` is not read as `=` followed by a value starting with `>`. A call's
// `(` and a method arrow's `->` count only before a quoted value (`setToken("…")`), and so does a fallback
// (`process.env.API_TOKEN || "…"`, `?? "…"`, a default that ships in the code); a comma only between quoted ones
// (`setProperty("API_TOKEN", "…")`, and an option's `add_argument("--api-key", default="…")`): `Object.keys(obj)`
// would only be matched to be rejected. A space stands in for an operator only before a quoted value
// (`password "…"`), after a flag (`--api-key …`) or in a Dockerfile's `ENV NAME value`;
// in prose (`the token will`) it would be matched only to be rejected, and the rejected match would hide a
// real assignment later in its span (`set the token api_key="…"`).
const QUOTE_AHEAD = String.raw`(?=[ \t]{0,4}[rRbBfFuU@$]{0,2}["'\x60])`;
const FLAG_BEHIND = String.raw`(?<=(?:^|[^\w.\-$@])-[\w.\-$@\\"'\x60[\]]*[ \t]{0,4})`;
// A Dockerfile's legacy `ENV NAME value`, whose value is the rest of the line.
const DOCKER_ENV_BEHIND = String.raw`(?<=^[ \t]{0,8}ENV[ \t]{1,4}[\w.\-]{1,80}[ \t])`;
const SPACE_OPERATOR = String.raw`[ \t](?:${QUOTE_AHEAD}|(?=[ \t]{0,4}\\")|${FLAG_BEHIND}|${DOCKER_ENV_BEHIND})`;
const OPERATOR = String.raw`(${SHELL_DEFAULT_OPERATOR}|=>|->${QUOTE_AHEAD}|${ARROW_ASSIGNMENT}|!==?|:{1,3}=|={1,3}|:|\?\?=|\?=|\+=|\.=|\|\|=|${FALLBACK}${QUOTE_AHEAD}|\(${QUOTE_AHEAD}|(?<=["'][ \t]{0,4}),(?:[ \t]{0,4}default[ \t]{0,2}=)?${QUOTE_AHEAD}|${INFIX_TO}|${SPACE_OPERATOR})`;
// A literal: double-, single- or back-quoted (raw and triple-quoted too: `r#"…"#`, `#"…"#`, `"""…"""`),
// quoted with escaped quotes inside a JSON string (a notebook cell's `key = \"…\"`), or bare. Five groups,
// in that order; the refiners rely on it.
const VALUE = String.raw`(?:[rRbBfFuU@$]{0,2}#{0,2}(?:(?:"")?"((?:[^"\\\n]|\\.){1,400})"|'((?:[^'\\\n]|\\.){1,400})'|\x60([^\x60\n]{1,400})\x60)|\\"((?:[^"\\\n]|\\[^"\n]){1,400})\\"|([^\s"'\x60,;=<>\\][^\s"'\x60;\\]{0,399}))`;

// How the name of a list of secrets ends: `api_keys`, `signingSecrets`, `db_passwords`.
const LIST_NAME_ENDINGS = ['key', 'keys', 'token', 'tokens', 'secret', 'secrets', 'password', 'passwords', 'pwd', 'credentials', 'creds'];

// An attribute's `=`, with the spaces XML allows around it, and the ways a name attribute opens with them.
const ATTRIBUTE_EQUALS = String.raw`[ \t]{0,2}=[ \t]{0,2}`;
const ATTRIBUTE_OPENERS = (attribute: string) => ['=', ' =', '= ', ' = '].flatMap((equals) => [`${attribute}${equals}"`, `${attribute}${equals}'`]);
const NAME_ATTRIBUTE_OPENERS = ATTRIBUTE_OPENERS('name');

// How a secret-like element name ends: `<apiToken>`, `<client_secret>`, `<accessKey>`, `<dbPassword>`.
const XML_NAME_ENDINGS = ['secret', 'token', 'key', 'password', 'passwd', 'pwd', 'pass', 'credential', 'credentials'];

// Name and value as sibling fields: Kubernetes and Compose `env` lists (`- name: X`, then `value:` on the
// next line), ECS and other JSON (`{"name": "X", "value": "…"}`), .NET and Spring XML (`key="X" value="…"`),
// HTML (`<meta name="X" content="…">`).
// At most one space before the `:` or `=`, so the keywords below list every way a value field can open.
const FIELD = (word: string) => String.raw`["']?${word}["']? ?[:=][ \t]{0,4}`;
const VALUE_FIELD_OPENERS = ['value', 'content'].flatMap((field) => ['', '"', "'"].flatMap((quote) => [':', '=', ' :', ' ='].map((operator) => `${field}${quote}${operator}`)));
// An XML namespace before the value field (`android:name="…" android:value="…"`); one before the name field needs
// nothing, since the lookbehind that opens the pattern lets a `:` precede the name.
const XML_NAMESPACE = String.raw`(?:[\w-]{1,20}:)?`;
const FIELD_SEPARATOR = String.raw`(?:[ \t]{0,4},[ \t]{0,4}|[ \t]{1,4}|[ \t]{0,4},?[ \t]{0,4}\r?\n[ \t]{0,40}(?:-[ \t]{1,4})?)`;

/** The generic detector: a literal assigned to a secret-like name, in any syntax. Low confidence. */
export const rules: readonly RuleSpec[] = [
  {
    id: 'generic-secret-assignment',
    provider: 'Generic secret',
    description: 'A literal assigned to a secret-like name (api_key, token, password, client_secret, ...)',
    keywords: ['secret', 'token', 'pass', 'pwd', 'pw', 'auth', 'credential', 'creds', 'bearer', 'key'],
    pattern: new RegExp(`${NAME}[\\w.\\-]{0,40}${ARRAY_DECLARATOR}${KEY_CLOSER}${TYPE_ANNOTATION}[ \\t]{0,4}${OPERATOR}[ \\t]{0,4}${VALUE}`, 'i'),
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-assignment',
  },
  // A formatter wraps a long constant after its `=` (`private static final String API_KEY =`, the value on the next
  // line), and a list may open there (`API_KEYS = [`, its first element on the next line). Keyed on the line breaks
  // after `=`, so only those lines' successors run the pattern, with the lines around them: the value must be the
  // whole expression, not the first piece of a concatenation that goes on below. Only a quoted value: in a
  // properties or .env file, `name=` at the end of a line is an empty value.
  {
    id: 'generic-secret-assignment-wrapped',
    provider: 'Generic secret',
    description: 'A literal on the line after its secret-like name and `=` (a wrapped assignment)',
    keywords: ['=\n', '=\r\n', '=(\n', '=(\r\n', '= (\n', '= (\r\n', '=[\n', '=[\r\n', '= [\n', '= [\r\n'],
    pattern: new RegExp(`${NAME}[\\w.\\-]{0,40}${ARRAY_DECLARATOR}${KEY_CLOSER}${TYPE_ANNOTATION}[ \\t]{0,4}(=[ \\t]{0,4}[(\\[]?[ \\t]{0,4}\\r?\\n[ \\t]{0,40})(?=[rRbBfFuU@$]{0,2}#{0,2}["'\\x60])${VALUE}(?![ \\t]{0,4}(?:\\r?\\n[ \\t]{0,40})?(?:[+%]|\\.\\.|["'\\x60]))`, 'i'),
    span: 'both-neighbours',
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-assignment',
  },
  {
    id: 'generic-secret-comparison',
    provider: 'Generic secret',
    description: 'A literal compared with a secret-like name (`"..." == password`)',
    // `pass` alone is frequent in code (Python's statement, `bypass`), so it is keyed only right after an operator.
    keywords: ['secret', 'token', 'passw', 'pwd', 'key', 'auth', '= pass', '=pass'],
    // Matches from the operator; the refiner looks back for the quoted literal on its left.
    pattern: /(?:={2,3}|!={1,2})[ \t]{0,4}([\w.$]{0,40}(?:secret|token|passw|pwd|key|auth|pass(?![\w$]))[\w$]{0,30})/i,
    alsoContains: ['==', '!='],
    secretGroup: 1,
    confidence: 'low',
    refine: 'generic-comparison',
  },
  {
    id: 'generic-secret-xml-element',
    provider: 'Generic secret',
    description: 'A secret-like XML element with literal content (`<password>...</password>`)',
    keywords: ['secret', 'token', 'pass', 'pwd', 'key', 'credential'],
    pattern: /<[ \t]?([\w:.-]{0,40}(?:secret|token|pass|pwd|key|credential)[\w:.-]{0,40})[ \t]{0,2}>([^<\n]{1,400})<\//i,
    alsoContains: ['</'],
    secretGroup: 2,
    confidence: 'low',
    refine: 'generic-named-content',
  },
  // An element whose text sits on a line of its own, between its tags. A keyword ending in a line break counts
  // for the line after it, the value's, so only those lines run the pattern; keyed on the names alone, it
  // would run on every line that mentions a token.
  {
    id: 'generic-secret-xml-block',
    provider: 'Generic secret',
    description: 'A secret-like XML element with its literal content on a line of its own (`<password>`, the value, `</password>`)',
    keywords: XML_NAME_ENDINGS.flatMap((word) => [`${word}>\n`, `${word}>\r\n`]),
    pattern: new RegExp(`<([\\w:.-]{0,40}?(?:${XML_NAME_ENDINGS.join('|')}))>[ \\t]*\\r?\\n[ \\t]*([^<\\s][^<\\n]{0,399}?)[ \\t]*\\r?\\n[ \\t]*<\\/\\1>`, 'i'),
    span: 'both-neighbours',
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-named-content',
  },
  // The keywords are the block indicators, so only the lines that open a block run the pattern: keyed on
  // the names instead, it added a tenth to a scan's time, in code that has no YAML at all. A block's first line
  // alone is judged: a certificate or a script opens with something no key looks like, and the PEM and
  // provider rules find theirs on their own.
  {
    id: 'generic-secret-yaml-block',
    provider: 'Generic secret',
    description: 'A literal in a YAML block scalar under a secret-like key (`password: |`, then the value)',
    keywords: [': |', ': >'],
    pattern: new RegExp(
      `^[ \\t]{0,40}(?:-[ \\t]{1,4})?["']?([\\w.\\-]{0,60}?${NAME}[\\w.\\-]{0,40})["']?[ \\t]{0,4}:[ \\t]{1,4}[|>][1-9+-]{0,2}[ \\t]*\\r?\\n[ \\t]{1,40}([^\\s#][^\\n]{0,399}?)[ \\t]*\\r?$`,
      'i',
    ),
    span: 'next-line',
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-named-content',
  },
  {
    id: 'generic-secret-name-value',
    provider: 'Generic secret',
    description: 'A literal in a value field beside a secret-like name field (`- name: DB_PASSWORD` / `value: ...`)',
    keywords: VALUE_FIELD_OPENERS,
    pattern: new RegExp(`(?<![\\w.-])${FIELD('(?:name|key)')}["']?([\\w.\\-]{0,60}?${NAME}[\\w.\\-]{0,40})["']?${FIELD_SEPARATOR}${XML_NAMESPACE}(?<![\\w.-])${FIELD('(?:value|content)')}${VALUE}`, 'i'),
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-name-value',
    alsoContains: ['name', 'Name', 'NAME', 'key', 'Key', 'KEY'],
    span: 'previous-line',
  },
  // Android string resources (`res/values/strings.xml`), and any element its name attribute names.
  {
    id: 'generic-secret-xml-named-element',
    provider: 'Generic secret',
    description: 'Literal content of an element whose name attribute is secret-like (`<string name="api_key">...</string>`)',
    keywords: NAME_ATTRIBUTE_OPENERS,
    pattern: new RegExp(`<[ \\t]?[\\w:.-]{1,40}[ \\t](?:[^<>\\n]{0,100}[ \\t])?name${ATTRIBUTE_EQUALS}["']([\\w.\\-]{0,60}?${NAME}[\\w.\\-]{0,40})["'][^<>\\n]{0,100}>([^<\\n]{1,400})<\\/`, 'i'),
    alsoContains: ['</'],
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-named-content',
  },
  // An element's name and value attributes, in either order (`<add value="…" name="db_password"/>`). An attribute
  // value may hold `>`, so the look for the name crosses it.
  {
    id: 'generic-secret-xml-attributes',
    provider: 'Generic secret',
    description: 'A value attribute beside a secret-like name attribute, in either order (`<param name="password" value="..."/>`)',
    keywords: NAME_ATTRIBUTE_OPENERS,
    pattern: new RegExp(
      `<[ \\t]?[\\w:.-]{1,40}[ \\t](?=[^<\\n]{0,300}?[ \\t]name${ATTRIBUTE_EQUALS}["']([\\w.\\-]{0,60}?${NAME}[\\w.\\-]{0,40})["'])(?:[^<>\\n]{0,300}?[ \\t])?value${ATTRIBUTE_EQUALS}${VALUE}`,
      'i',
    ),
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-name-value',
  },
  // An element named for the secret, holding it in a value attribute (`<password value="..."/>`).
  {
    id: 'generic-secret-xml-value-attribute',
    provider: 'Generic secret',
    description: 'A value attribute of a secret-like element (`<password value="..."/>`)',
    // Keyed on the attribute, not the element's name: the names are the generic detector's own keywords, and a rule
    // that shared them would double the bookkeeping of the most frequent keyword hits.
    keywords: ATTRIBUTE_OPENERS('value'),
    pattern: new RegExp(`<[ \\t]?([\\w:.-]{0,40}?(?:${XML_NAME_ENDINGS.join('|')})[\\w:.-]{0,20})[ \\t](?:[^<>\\n]{0,200}?[ \\t])?value${ATTRIBUTE_EQUALS}${VALUE}`, 'i'),
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-name-value',
  },
  // A property list (an iOS app's Info.plist): the name in `<key>`, the value in the `<string>` after it, often
  // on the next line. Keyed on `</key>`, so only the lines that close a key run the pattern.
  {
    id: 'generic-secret-plist-entry',
    provider: 'Generic secret',
    description: 'A string under a secret-like key in a property list (`<key>APIKey</key>`, then `<string>...</string>`)',
    keywords: ['</key>'],
    pattern: new RegExp(`<key>([\\w.\\-]{0,60}?${NAME}[\\w.\\-]{0,40})<\\/key>[ \\t]{0,40}(?:\\r?\\n[ \\t]{0,40})?<string>([^<\\n]{1,400})<\\/string>`, 'i'),
    span: 'next-line',
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-named-content',
  },
  // A list of keys over several lines in a config file: a YAML block sequence (`api_keys:`, then `- …` lines) or a
  // JSON array (`"apiKeys": [`, then one string per line). Only YAML and JSON files run it, over their whole text, and
  // only those where a secret-like name ends a line that opens such a list.
  {
    id: 'generic-secret-list-block',
    provider: 'Generic secret',
    description: 'Literals listed one per line under a secret-like name (a YAML sequence or a JSON array)',
    keywords: LIST_NAME_ENDINGS.flatMap((word) => [':\n', ':\r\n', '": [\n', '":[\n', '": [\r\n', '":[\r\n'].map((opener) => word + opener)),
    pattern: new RegExp(
      `^([ \\t]{0,40})["']?([\\w.\\-]{0,60}?${NAME}[\\w.\\-]{0,40})["']?[ \\t]{0,4}:[ \\t]{0,4}(?:\\[[ \\t]{0,4})?\\r?\\n((?:\\1[ \\t]{0,40}(?:-[ \\t]{1,4})?[^\\s#\\]-][^\\n]{0,400}\\r?(?:\\n|$)){1,50})`,
      'im',
    ),
    multiline: true,
    paths: /\.(?:ya?ml|json[c5]?)$/i,
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-list-block',
  },
  // Tools that store a setting take its name and value as two arguments: `aws configure set aws_secret_access_key …`,
  // `npm config set //registry.npmjs.org/:_authToken …`, `dotnet user-secrets set "Stripe:SecretKey" "…"`.
  {
    id: 'generic-secret-command-setting',
    provider: 'Generic secret',
    description: 'A literal stored under a secret-like name by a command (`aws configure set NAME value`, `npm config set`)',
    keywords: ['config set', 'configure set', 'user-secrets set', 'config:set', 'settings set'],
    pattern: new RegExp(`(?<![\\w-])(?:config|configure|user-secrets|settings)(?: |:)set(?:[ \\t]{1,4}-{1,2}[\\w-]{1,20}){0,3}[ \\t]{1,4}["']?([\\w.:/\\-]{0,60}?${NAME}[\\w.:\\-]{0,40})["']?[ \\t]{1,4}${VALUE}`, 'i'),
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-command-setting',
  },
  // PowerShell's Env: drive takes the name first and no operator: `Set-Item -Path Env:API_TOKEN -Value "…"`.
  {
    id: 'generic-secret-env-drive',
    provider: 'Generic secret',
    description: "A literal written to a secret-like variable on PowerShell's Env: drive (`Set-Item -Path Env:API_TOKEN -Value ...`)",
    keywords: ['set-item', 'new-item'],
    pattern: new RegExp(`(?<![\\w-])(?:set|new)-item[ \\t]{1,4}(?:-path[ \\t]{1,4})?["']?env:\\\\?(\\w{0,60}?${NAME}\\w{0,40})["']?[ \\t]{1,4}(?:-value[ \\t]{1,4})?${VALUE}`, 'i'),
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-name-value',
  },
  // Without -AsPlainText the cmdlet expects an encrypted string; with it, the literal is the password itself. A
  // double-quoted string that interpolates (`"$pw"`) is a variable, so `$` is left out of the value.
  {
    id: 'generic-secure-string-plain-text',
    provider: 'Generic secret',
    description: 'A password in plain text handed to ConvertTo-SecureString -AsPlainText',
    keywords: ['convertto-securestring'],
    pattern: /(?<![\w-])convertto-securestring(?=[^\n]{0,300}-asplaintext)(?:[ \t]{1,4}-(?:asplaintext|force)(?![\w-])){0,2}[ \t]{1,4}(?:-string[ \t]{1,4})?(["'])((?:(?!\1)[^\n$]){6,200})\1/i,
    secretGroup: 2,
    confidence: 'medium',
    refine: 'plain-text-password',
    envName: 'PASSWORD',
  },
  {
    id: 'generic-terraform-variable-default',
    provider: 'Generic secret',
    description: 'A default value of a Terraform variable with a secret-like name (`variable "db_password" { default = ... }`)',
    keywords: ['variable'],
    // The name is in the block's label, lines above its `default`; a nested block (`validation { … }`) may come first.
    pattern: new RegExp(`variable[ \\t]+"([\\w-]{0,60}?${NAME}[\\w-]{0,40})"[ \\t]*\\{(?:[^{}]|\\{[^{}]{0,300}\\}){0,600}?\\bdefault[ \\t]*=[ \\t]*${VALUE}`, 'i'),
    multiline: true,
    paths: /\.(?:tf|hcl)$/i,
    secretGroup: 0,
    confidence: 'low',
    refine: 'generic-name-value',
  },
];
