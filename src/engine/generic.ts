// The generic detector: a literal assigned to a secret-like name, in any syntax. It is the source of
// most false positives in secret scanners, so the name and the value both have to earn the finding.
import { characterClasses, shannonEntropy } from './entropy';
import { isPlaceholder, isRepetitiveOrSequential } from './filters';
import { decodeBase64 } from './validators';

/**
 * What kind of secret a name suggests. Passwords are allowed lower entropy than keys; a `weak-key` is a
 * `<word>_key` whose first word says nothing about secrecy (`softlayer_key`, but also `cache_key`), so
 * only a value that is clearly random counts.
 */
export type SecretNameKind = 'password' | 'key' | 'weak-key';

/** Words that make a following `key` a secret: `api_key`, `signingKey`, `MASTER_KEY`. */
export const KEY_QUALIFIERS: ReadonlySet<string> = new Set([
  'api', 'secret', 'private', 'access', 'auth', 'client', 'signing', 'sign', 'encryption', 'encrypt', 'crypt', 'master',
  'session', 'app', 'application', 'license', 'licence', 'account', 'service', 'consumer', 'admin', 'deploy', 'webhook',
  'server', 'shared', 'hmac', 'jwt', 'cipher', 'decryption', 'sendgrid', 'stripe', 'openai', 'subscription', 'integration',
]);
const PASSWORD_WORDS = /^(?:pass|passwd|password|passwords|passphrase|pwd|pw|dbpass|dbpassword|adminpass|userpass|rootpass|pword)$/;
const SECRET_WORDS = /^(?:secret|secrets|secrete|secretkey|secretaccesskey|token|tokens|apikey|apikeys|apitoken|authtoken|authkey|accesstoken|accesskey|refreshtoken|bearer|credential|credentials|creds|privatekey|clientsecret|appsecret|auth|webhooksecret|masterkey|jwtsecret|sessionsecret|cookiesecret)$/;
// Names that mention a secret but hold something else: metadata about it, or a public half.
const NOT_A_SECRET = /^(?:id|ids|name|names|url|uri|urls|path|file|filename|files|dir|length|len|type|types|field|fields|header|headers|env|var|variable|label|prefix|suffix|format|pattern|regex|count|size|max|min|limit|timeout|ttl|expiry|expires|expiration|expired|endpoint|mode|version|hint|policy|reset|hash|hashed|digest|sha|sha1|sha256|checksum|fingerprint|algorithm|alg|method|strategy|provider|scope|scopes|enabled|enable|required|input|placeholder|description|desc|title|text|message|msg|error|errors|public|pub|publishable|location|endpoint|host|port|user|username|login|email|index|position|pos|start|end|manager|store|storage|service|handler|validator|validation|policy|rules|rule|min|kind|class|style|icon|param|params|query|column|table|key?name|keyid|tokenizer|generator|getter|setter|factory|loader|reader|writer|cache|map|list|set|array|dict|len|changed|confirm|confirmation|strength|match|visible|visibility|toggle|show|hidden|reveal|source|sources|domain|server|realm|audience|issuer|empty|exists|present|missing|available|supported|valid|required|needed|allowed|idx|options|opts|config|configuration|settings|props|properties|args|arguments|context|ctx|state|status|info|result|results|response|request|req|res|event|events|callback|cb|fn|func|promise|entity|entities|record|records|model|spec|item|items|node|element|component|view|button|dialog|modal|form|page|screen|route|router|controller|middleware|plugin|builder|parser|stream|buffer|offset|seconds|ms|millis|minutes|claims|payload|metadata|meta|keys|entry|entries|ref|refs|module|modules|client|clients|instance|helper|util|utils|prompt|prompts|caption|tooltip|question|mgr|option|flag|flags|mechanism|scheme|encryption|encoding|hashing|complexity|const|constant)$/;
// Compound single words (`SLAPIKEY`, `softlayerapikey`, `dbpassword`) are judged by how they end.
const SECRET_SUFFIX = /(?:apikey|apitoken|secretkey|accesskey|privatekey|authtoken|accesstoken|secret|token)$/;
const PASSWORD_SUFFIX = /(?:password|passwd|passphrase|pwd)$/;
// Keys that index or order things, never credentials.
const NON_SECRET_KEY_QUALIFIERS = /^(?:base|generate|get|set|create|make|load|read|fetch|find|derive|import|export|parse|from|with|for|cache|sort|primary|foreign|partition|hash|map|dict|lookup|object|row|react|i18n|translation|message|storage|local|redis|idempotency|unique|composite|index|public|pub|row|group|route|query|config|setting|settings|state|data|item|list|node|entry|field|attribute|attr|key|hot|short|shortcut|keyboard|menu|tab|event|env|sign|result|output|input|next|order)$/;
const NON_SECRET_WORD_ANYWHERE = /^(?:public|pub|publishable|tokenizer|tokenize|tokenized|tokens?count|nonce|csrf|xsrf|authenticity|antiforgery|page|pagination|continuation|cursor|output|hash|sha|sha1|sha256|sha512|md5|digest|checksum|example|sample|dummy|fake|mock|schema|non|nonmatching|invalid|bogus|wrong)$/;
// First words of boolean flags and of functions that fetch or check a secret rather than hold one.
const NON_SECRET_FIRST_WORD = /^(?:is|has|have|should|can|did|does|will|was|get|fetch|read|load|find|lookup|resolve|create|generate|make|build|derive|validate|verify|check|parse|decode|encode|revoke|delete|remove|clear|reset|handle|on|to|from|request|require|ensure|mask|redact|hide|show|print|log)$/;

// Hex with both digits and letters, in one case: the shape of a random hex key.
const RANDOM_HEX = /^(?=\D*\d)(?=[^a-f]*[a-f])[0-9a-f]+$|^(?=\D*\d)(?=[^A-F]*[A-F])[0-9A-F]+$/;

/** Splits `awsSecretAccessKey`, `AWS_SECRET_ACCESS_KEY`, `aws-secret.key` into lowercase words. */
export function identifierWords(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The shortest value the generic detector considers (a password); keys need more. */
export const MIN_GENERIC_LENGTH = 6;

// Identifiers repeat (`key`, `token`, `apiKey`), so their classification is memoised, within bounds.
const kindCache = new Map<string, SecretNameKind | null>();

/** True for a name whose first word makes it an accessor or a check (`getToken`, `validatePassword`), not a holder. */
export function isAccessorName(identifier: string): boolean {
  const first = identifierWords(identifier)[0];
  return first !== undefined && NON_SECRET_FIRST_WORD.test(first);
}

/** Whether an identifier names a secret, and which kind; undefined for `token_type`, `public_key`, `tokenizer`. */
export function secretNameKind(identifier: string): SecretNameKind | undefined {
  let kind = kindCache.get(identifier);
  if (kind === undefined) {
    if (kindCache.size >= 5000) kindCache.clear();
    kind = classifyName(identifier) ?? null;
    kindCache.set(identifier, kind);
  }
  return kind ?? undefined;
}

// In a compound name the head comes before a preposition: `keyVaultToStoreSecrets` is a vault,
// `tokenForGithub` a token.
const PREPOSITION = /^(?:to|for|of|from|with|in|into|by|per|via)$/;

function classifyName(identifier: string): SecretNameKind | undefined {
  // A list of keys is named in the plural (`API_KEYS`, `accessKeys`): qualified, it holds secrets all the same.
  let words = identifierWords(identifier).map((word, i, all) => (word === 'keys' && i > 0 && KEY_QUALIFIERS.has(all[i - 1]) ? 'key' : word));
  if (words.length === 0 || words.length > 8) return undefined;
  const preposition = words.findIndex((word, i) => i > 0 && PREPOSITION.test(word));
  if (preposition > 0) words = words.slice(0, preposition);
  if (words.some((w) => NON_SECRET_WORD_ANYWHERE.test(w)) || (words.length > 1 && NON_SECRET_FIRST_WORD.test(words[0]))) return undefined;
  // A version suffix (`_V2`) says nothing; the word before it does.
  const last = words.filter((w) => !/^v?\d+$/.test(w)).pop() ?? '';
  if (NOT_A_SECRET.test(last)) return undefined;
  let kind: SecretNameKind | undefined;
  words.forEach((word, i) => {
    if (PASSWORD_WORDS.test(word)) kind = 'password';
    else if (kind === 'password') return;
    else if (SECRET_WORDS.test(word)) kind = 'key';
    else if (word === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1])) kind = 'key';
    else if (PASSWORD_SUFFIX.test(word)) kind = 'password';
    else if (SECRET_SUFFIX.test(word) && !/^(?:csrf|xsrf)/.test(word)) kind = 'key';
    else if (!kind && word === 'key' && i > 0 && !NON_SECRET_KEY_QUALIFIERS.test(words[i - 1])) kind = 'weak-key';
  });
  return kind;
}

// Identifiers, member access and calls: what an unquoted right-hand side looks like in code.
const CODE_EXPRESSION = /^[A-Za-z_$@][\w$]*(?:(?:\.|::|->|\?\.)[A-Za-z_$][\w$]*)*(?:\(|\[|\{|<|>|$)|^[\w.$]+\(|^(?:new|await|function|lambda|require|import|typeof|void|null|true|false|this|self)\b/;
// Unmistakably code, balanced or not: an opening bracket or operator first, a comma, a chained assignment.
const CODE_SHAPE = /^[(![{<&*:]|^\+[A-Za-z_$]|,|=[^=]|&&|\|\||\(\)\s*\{|\)\s*=>|\bthis\.|\}(?:return|function|if|else)\b/;
// A call with its arguments, whatever follows (`std::move(Pass)](AnalysisKey`): code, not a garbled value.
const CODE_CALL = /^[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*\([^()]*\)/;
const NUMBER = /^[-+]?(?:\d+(?:\.\d+)?(?:e[-+]?\d+)?|0x[0-9a-f]+)$/i;
const VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+.][\w.]+)?$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTRUMENTATION_KEY = /^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-\d{4}$/i;
const INTEGRITY = /^(?:sha(?:1|256|384|512)|md5)[-:][A-Za-z0-9+/=]{16,}$/i;
// MySQL's native password hash (`IDENTIFIED BY PASSWORD '*…'`): a hash of the password, not the password.
const MYSQL_PASSWORD_HASH = /^\*[0-9A-F]{40}$/i;
// The host may be an IPv6 address in brackets (`http://[fd00:ec2::254]/…`).
const URL_WITHOUT_CREDENTIALS = /^[a-z][a-z0-9+.-]{1,15}:\/\/(?:\[[0-9a-f:.]{2,45}\]|[^@\s:/[]+)(?::\d+)?(?:[/?#]|$)/i;
const FILE_PATH = /^(?:~|\.{1,2})?\/[\w.@~-]+(?:\/[\w.@~-]*)*$|^[a-z]:\\|^(?:[\w.-]+\/)+[\w.-]+\.[a-z]{1,5}$|\.(?:pem|key|crt|cer|p12|pfx|jks|json|ya?ml|txt|env|conf|cfg|ini|toml|xml|js|ts|py|rb|sh)$/i;
const HOSTNAME = /^(?:[a-z0-9-]{1,63}\.){2,}[a-z]{2,12}$/i;
const EMAIL_ADDRESS = /^[\w.+-]+@(?:[a-z0-9-]{1,63}\.)+[a-z]{2,12}$/i;
// A dotted-quad address anywhere in the value (`10.0.0.0/8,127.0.0.1`): a host or a network list.
const IPV4_ADDRESS = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/;
// A dependency specifier (`"secret-hygiene": "file:../pkg.tgz"`) or a scoped package (`@azure/core-auth`), not a value.
const PACKAGE_SPEC = /^(?:file|npm|link|workspace|portal|patch|github|git\+[a-z]+):|^@[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*$/i;
const SHORTCUT = /^(?:ctrl|cmd|command|alt|option|shift|meta|super|win)\s*\+/i;
// Words, optionally numbered (`signature1`, `FlowPasswordRequiredResultV2`, `some-value`): names and labels, not secrets.
const WORDS_ONLY = /^[A-Za-z]+(?:[ _.:/-]+[A-Za-z]+)*[.!?]?$/;
const NUMBERED_WORDS = /^[A-Za-z]+(?:[ _.:/-][A-Za-z]+)*[ _.:/-]?\d{1,3}$/;
// snake_case or kebab-case identifiers made of short words (`token_sha256_to_refresh`).
const SNAKE_WORDS = /^[a-z][a-z0-9]{0,11}(?:[_.-][a-z][a-z0-9]{0,11}){2,}$/;
const CAMEL_WORDS = /^[A-Z]?[a-z]{2,}(?:[A-Z][a-z]{2,}){1,8}(?:V?\d{1,2})?$/;
const SELF_NAMING = /pass(?:word|wd)|secret|token|creds?\b|credential|api[_-]?key/i;
const COMPARISON = /^[!=]==?$/;
// Passwords that appear in examples and tests the world over.
const COMMON_PASSWORD = /^(?:abc123|abcd1234|qwerty\d{0,4}|letmein|welcome\d{0,4}|admin\d{0,4}|root|toor|guest|hunter2|iloveyou|trustno1|monkey|dragon|sunshine|s3cr3t)$/i;
// Built at run time from a template: `%s`, `%(name)s`, `{0}`, `{}`.
const FORMAT_TEMPLATE = /%[sd]|%\(\w+\)[sd]|\{\d*\}/;
// A type written as a string (`list[V1ObjectReference]`, `Optional[str]`).
const TYPE_STRING = /^[A-Za-z_][\w.]*\[[\w., [\]]+\]$/;
const UPPER_WORDS = /^[A-Z0-9]+(?:[_-]+[A-Z0-9]+)+$/;
const SENTENCE = /^(?:\S+\s+){3,}\S+$/;
// Words that make a spaced value a message about a password rather than a passphrase.
const PROSE = /\b(?:enter|your|please|must|should|invalid|incorrect|wrong|required|password|characters?|at least|forgot|reset|confirm|match|new|old|current|the|if|not|is|are|to|of|for|and|or|this|that|when|used|leave|empty|optional|default)\b/i;
// Regex source kept in a string (`'[A-Za-z0-9]{32}'`) or a regex literal: a pattern, not a value.
const REGEX_SOURCE = /\[[^\]]{1,60}\](?:\{\d+|[+*?])|\\[dwsbDWSB]|\(\?[:=!<]|\(\?P<|^\/[\^([]/;
// A template literal that interpolates (`${expr}`, `#{expr}`): built at run time, not a hardcoded value.
const INTERPOLATION = /[$#]\{[A-Za-z_$][\w$.]*(?:\(.{0,300}?\))?(?:\.[\w$]+)*\}/;

// A connection string that ends in an empty setting (`…;AccountKey=`): the secret is joined on from elsewhere,
// which is what the quick fix leaves behind.
const SETTINGS_BEFORE_SECRET = /^(?:[A-Za-z][\w ]{0,40}=[^;=]*;)+[A-Za-z][\w ]{0,40}=$/;

/** How a value was written: quoted, bare where bare values are literals (.env, YAML), or bare in code. */
export type ValueForm = 'quoted' | 'bare-literal' | 'bare';

const LEET: Readonly<Record<string, string>> = { $: 's', '5': 's', '@': 'a', '4': 'a', '0': 'o', '3': 'e', '1': 'l', '!': 'i', '7': 't' };

// Letters for the digits and signs that stand in for them, trailing digits kept (`P@ssw0rd1` → `Password1`).
function unleet(value: string): string {
  const [, body, digits] = /^(.*?)(\d*)$/.exec(value)!;
  return body.replace(/[$5@4031!7]/g, (c) => LEET[c]) + digits;
}

// A value that spells its own name (`PASSWORD_FIELD = "password-field"`) is a label.
function mirrorsName(value: string, identifier: string): boolean {
  const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const v = squash(value);
  return v.length >= 6 && squash(identifier).includes(v);
}

// A tag or an angle-bracketed placeholder (`<b>…`, `<your-token>`, `<Input`); a random password may just start with `<`.
const MARKUP_START = /^<[^>]*>|^<\/?[A-Za-z][\w.:-]*$/;

// A qualified name (`Ed25519.BlindKeySignatures`, `com.example.Keys`): code or config, not a key.
const QUALIFIED_NAME = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)+$/;

/** Why a value is not taken as a generic secret, or undefined when it looks like one. */
export function rejectGenericValue(value: string, kind: SecretNameKind, form: ValueForm, operator = '=', identifier = ''): string | undefined {
  if (identifier && mirrorsName(value, identifier)) return 'spells its own name';
  if (kind === 'weak-key' && QUALIFIED_NAME.test(value)) return 'qualified name';
  // `name: Type` in TypeScript, Python, Kotlin, Swift or Rust: a type annotation, not a value.
  if (form === 'bare' && operator === ':' && !looksRandom(value) && !isRandomToken(value)) return 'type annotation';
  if (value.length < (kind === 'password' ? MIN_GENERIC_LENGTH : kind === 'key' ? 10 : 20)) return 'too short';
  if (!/[A-Za-z0-9]/.test(value)) return 'no letters or digits';
  if (kind !== 'password' && /\s/.test(value)) return 'contains spaces';
  if (kind === 'weak-key' && !(/[A-Za-z]/.test(value) && /\d/.test(value))) return 'not random enough for a weakly named key';
  if (MARKUP_START.test(value) || HOSTNAME.test(value)) return 'markup or host name';
  // An account is named by its address; a password may have an `@` and a dot, so only keys are judged by shape.
  if (kind !== 'password' && EMAIL_ADDRESS.test(value)) return 'email address';
  if (IPV4_ADDRESS.test(value)) return 'network address';
  if (value.length > 300) return 'too long';
  if (isPlaceholder(value)) return 'placeholder';
  if (isRepetitiveOrSequential(value)) return 'repetitive';
  if (NUMBER.test(value) || VERSION.test(value)) return 'number or version';
  if (UUID.test(value)) return 'uuid';
  // Application Insights instrumentation keys ship in every VS Code extension's package.json: public by design.
  if (INSTRUMENTATION_KEY.test(value)) return 'telemetry key';
  // A value opening with a quote or a comma is where two strings meet in code, not a secret.
  if (/^["',]|^\+\s*[A-Za-z_$][\w$.]*\s*\+$|^\+[A-Za-z_$][\w$]*\.[A-Za-z_$]/.test(value)) return 'string boundary';
  if (INTEGRITY.test(value) || MYSQL_PASSWORD_HASH.test(value)) return 'integrity or password hash';
  if (URL_WITHOUT_CREDENTIALS.test(value) || (FILE_PATH.test(value) && readsAsPath(value)) || PACKAGE_SPEC.test(value)) return 'url, path or package spec';
  if (SHORTCUT.test(value)) return 'keyboard shortcut';
  // A numbered word is a label for a key (`signature1`) but a weak password (`thisIsDog11`) is still a password.
  // `CleartextPassword1`, `inp[type=password]`: a value built of words that names what it stands in for is an example.
  if (SELF_NAMING.test(value) && isWordLike(value.toLowerCase().replace(/[^a-z]+/g, ' ').trim())) return 'example value';
  if (COMMON_PASSWORD.test(value)) return 'stock example password';
  // `pa$$word`, `P@ssw0rd1`: a stock placeholder in leetspeak.
  if (isPlaceholder(unleet(value))) return 'placeholder';
  // `__ES6-PROMISIFY--CUSTOM-ARGUMENTS__`: an upper-case constant's name.
  if (UPPER_WORDS.test(value.replace(/^_+|_+$/g, '')) && /[A-Z]{6}/.test(value) && isWordLike(value.replace(/\d+/g, ''))) return 'constant name';
  // A question or a label for one (`New password: `), not the answer.
  if (/\s/.test(value) && /[:?]\s*$/.test(value)) return 'prompt';
  // Punctuation around a word (`-anonymous@`) does not make it random.
  const word = value.replace(/^[-_.@!#*]+|[-_.@!#*]+$/g, '');
  if ((WORDS_ONLY.test(word) && isWordLike(word)) || (kind !== 'password' && ((NUMBERED_WORDS.test(value) && isWordLike(value.replace(/\d+$/, ''))) || CAMEL_WORDS.test(value))) || (SENTENCE.test(value) && (kind !== 'password' || PROSE.test(value)))) return 'words';
  if (REGEX_SOURCE.test(value)) return 'regex source';
  if (FORMAT_TEMPLATE.test(value)) return 'format template';
  if (TYPE_STRING.test(value)) return 'type name';
  if (readsAsNames(value)) return 'dotted or slashed names';
  if (encodesProse(value)) return 'encoded text';
  if (INTERPOLATION.test(value)) return 'interpolated';
  if (form === 'bare' && COMPARISON.test(operator)) return 'compared with an expression';
  // Highlighted code in HTML documentation: `alice.<span class="…">`.
  if (form === 'bare' && /<\/?[A-Za-z][\w-]*(?:[\s>]|$)/.test(value)) return 'markup';
  // `$config->{pass}`, `@args`, `"-auth=user:$EMAIL"`: variables, in code and in strings that interpolate.
  if (form === 'bare' && (/^[$@%][A-Za-z_{(]/.test(value) || /[^A-Za-z0-9]\$[A-Za-z_]\w{2,}/.test(value))) return 'variable reference';
  if (form === 'bare' && (/^\//.test(value) || CODE_SHAPE.test(value) || CODE_CALL.test(value) || (CODE_EXPRESSION.test(value) && bracketsBalance(value))) && !isUnquotedKey(value)) {
    return 'code expression';
  }
  if (/[^\x00-\x7f]/.test(value) && value.replace(/[\x00-\x7f]/g, '').length * 5 > value.length) return 'natural-language text';
  if (SNAKE_WORDS.test(value)) return 'identifier';
  if (SETTINGS_BEFORE_SECRET.test(value)) return 'settings the secret is joined onto';
  const entropy = shannonEntropy(value);
  // A short string cannot reach 2.3 bits with a repeated character: six characters top out at 2.58.
  if (kind === 'password') return entropy < Math.min(2.3, Math.log2(value.length) - 0.6) ? 'low entropy' : undefined;
  // Random hex draws on 16 symbols, so at the same length its entropy runs lower than other keys'.
  const hex = RANDOM_HEX.test(value);
  if (entropy < (value.length >= 20 ? (hex ? 2.7 : 3.0) : hex ? 2.4 : 2.7)) return 'low entropy';
  if (characterClasses(value) < 2 && !/^[0-9a-f]{32,}$/i.test(value)) return 'single character class';
  return undefined;
}

// Letters that read as words (`changeme`, `SuperSecret`, `urn:ietf:params`): between separators, a piece is
// a short acronym (`jwt`, `URN`), or each of its case humps is an acronym or has a vowel and no run of five
// consonants. A random letters-only key (`FPxhqwGCPFcKcQjt`) almost always fails: of 24-letter ones,
// about 4 in 1,000 read as words.
function isWordLike(value: string): boolean {
  return value
    .replace(/[.!?]$/, '')
    .split(/[ _.:/-]+/)
    .filter(Boolean)
    .every((piece) => {
      if (piece.length <= 3 && (piece === piece.toLowerCase() || piece === piece.toUpperCase())) return true;
      if (changesCaseAtRandom(piece)) return false;
      return caseHumps(piece).every((hump) => /^[A-Z]{1,5}$/.test(hump) || (/[aeiouy]/i.test(hump) && !/[bcdfghjklmnpqrstvwxz]{5}/i.test(hump)));
    });
}

function caseHumps(piece: string): string[] {
  return piece.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').split(' ');
}

/**
 * True when letters change case so often that they read as a random draw: three or more one- or two-letter
 * humps (`gDeBdJwjrcHmARDWsfVn`). Names have a few at most (`thisIsMyValue`, `XMLHttpRequest`).
 */
export function changesCaseAtRandom(piece: string): boolean {
  return caseHumps(piece).filter((hump) => hump.length <= 2).length >= 3;
}

// A piece of a name: a word with at most a short number after it (`keyRings`, `central1`, `oauth2`),
// a number, or an API version (`v1alpha1`).
const NAME_PIECE = /^[A-Za-z]+\d{0,3}$|^\d+$|^v\d+(?:(?:alpha|beta)\d*)?$/;

// Words joined by dots, slashes, colons, bars, dashes and underscores (`true|false` lists choices): an API group (`authentication.gke.io/v1alpha1`),
// a resource path (`projects/my-project/keyRings/ring`), a module (`google_oauth2.Credentials`), a Maven coordinate.
function readsAsNames(value: string): boolean {
  if (!/[./:|]/.test(value) || /\s/.test(value)) return false;
  const pieces = value.split(/[./:|_-]+/).filter(Boolean);
  // Short pieces may be acronyms (`http`, `pkcs`); one real word must be there.
  const named = (piece: string) => NAME_PIECE.test(piece) && (piece.replace(/\d+$/, '').length <= 5 || isWordLike(piece.replace(/\d+$/, '')));
  return pieces.length >= 2 && pieces.every(named) && pieces.some((piece) => /[A-Za-z]{4}/.test(piece) && isWordLike(piece.replace(/\d+$/, '')));
}

// snake_case and UPPER_SNAKE names (`_bad_pkcs12_key_as_pem`) are identifiers, acronyms and digits and all.
function isSnakeName(value: string): boolean {
  return /^_*[a-z][a-z0-9]*(?:_+[a-z0-9]+){2,}_*$|^_*[A-Z][A-Z0-9]*(?:_+[A-Z0-9]+){2,}_*$/.test(value);
}

// Base64 may start with `/` (`/AAA9A9AaAaa`): a path's segments are names (`/etc/ssl/certs`, `lib64`,
// `id_rsa.pub`), a key's are not.
function readsAsPath(value: string): boolean {
  return value.split(/[/\\]/).every((segment) => !segment || segment.includes('.') || isWordLike(segment.replace(/\d+/g, '') || 'x'));
}

// A closing bracket without its opener means a garbled value (`m{{h}o)p`), not code; an opener left
// open is normal, since a bare value ends at the first space (`getToken(config,`).
function bracketsBalance(value: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const c of value) {
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (pairs[c] && stack.pop() !== pairs[c]) return false;
  }
  return true;
}

// Base64 or hex escapes of a sentence (`not my real password`) are documentation; encoded credentials and
// keys hold no run of plain words.
function encodesProse(value: string): boolean {
  // Text spelled in hex escapes (`\x6b\x65\x79\x20…`), as C headers define protocol labels.
  if (/^(?:\\x[0-9a-fA-F]{2}){4,}$/.test(value)) {
    const text = value.replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return /^[\x20-\x7e]+$/.test(text) && isWordLike(text.replace(/[^A-Za-z ]+/g, ' ').trim());
  }
  if (value.length < 16 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  const text = decodeBase64(value);
  return text !== undefined && /^[\x20-\x7e]+$/.test(text) && /[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}/.test(text) && isWordLike(text.replace(/[^A-Za-z ]+/g, ' ').trim());
}

// A run of token characters that does not read as words: `PwEoYr0DAXJkfaUn` is a key, while
// `CancellationToken` and `API_KEY_V2` are names even where digits are few.
function isRandomToken(value: string): boolean {
  if (!/^[A-Za-z0-9_+/=!@#%^&*~-]{16,}$/.test(value) || !/[A-Za-z]/.test(value)) return false;
  if (isSnakeName(value)) return false;
  // A one-letter prefix (`kEnumerableProperty`, `mHandler`) is a naming convention, not randomness.
  return !isWordLike(value.replace(/^[a-z](?=[A-Z][a-z])/, '').replace(/[^A-Za-z]+/g, '_'));
}

/** True for a bare value that reads as a key left unquoted (`Kx9q…`, `2brm…`), not as the code a bare value usually is. */
export function isUnquotedKey(value: string): boolean {
  return /^[\w$]+$/.test(value) && (looksRandom(value) || isRandomToken(value));
}

// A bare word that is nonetheless random: long, with digits and letters interleaved.
function looksRandom(value: string): boolean {
  if (isSnakeName(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return value.length >= 16 && digits >= 2 && digits < value.length - 2 && shannonEntropy(value) >= 3.2;
}
