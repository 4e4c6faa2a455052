// Environment variable names: derived from the code's own identifier when it says something, from
// the provider's conventional name when the identifier is generic.

/** What a valid variable name looks like everywhere it is read (shells, Compose, process.env.X). */
export const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

// Identifiers that say nothing about the value: never used as a name when anything better exists.
const MEANINGLESS = new Set([
  'X', 'Y', 'Z', 'A', 'B', 'C', 'K', 'S', 'T', 'V', 'DATA', 'VALUE', 'VAL', 'VALUES', 'STR', 'STRING', 'TEXT', 'TMP', 'TEMP',
  'FOO', 'BAR', 'BAZ', 'QUX', 'TEST', 'ITEM', 'ENTRY', 'RESULT', 'RES', 'RET', 'OUT', 'INPUT', 'ARG', 'PARAM', 'OPTIONS', 'OPTS',
  'CONFIG', 'CFG', 'CONF', 'SETTINGS', 'DEFAULT', 'HEADER', 'HEADERS', 'BODY', 'PAYLOAD', 'JSON', 'ENV', 'PROPS', 'IT', 'THIS', 'SELF',
]);
// Identifiers that name a secret but not whose: fine alone, second to a provider's conventional name.
const GENERIC = new Set([
  'KEY', 'TOKEN', 'SECRET', 'PASSWORD', 'PASS', 'PASSWD', 'PWD', 'PW', 'AUTH', 'BEARER', 'AUTHORIZATION', 'CREDENTIAL', 'CREDENTIALS',
  'CREDS', 'API_KEY', 'APIKEY', 'API_TOKEN', 'API_SECRET', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'ACCESS_KEY', 'SECRET_KEY', 'PRIVATE_KEY',
  'CLIENT_KEY', 'APP_KEY', 'APP_SECRET', 'TOKEN_VALUE', 'KEY_VALUE', 'SECRET_VALUE', 'MY_KEY', 'MY_TOKEN', 'MY_SECRET', 'MY_API_KEY',
  'SIGNATURE', 'SIG', 'DSN', 'URL', 'URI', 'CONNECTION_STRING', 'CONN_STR', 'CONN',
  // User names a URL needs before a token (`https://x-access-token:…@github.com`, Bitbucket's x-token-auth).
  'X_ACCESS_TOKEN', 'X_TOKEN_AUTH',
]);
// Words that show an identifier is about the credential, not about the service it belongs to.
const SECRET_WORD = /^(?:KEY|KEYS|TOKEN|TOKENS|SECRET|SECRETS|PASSWORD|PASS|PASSWD|PWD|PW|AUTH|CREDENTIALS?|CREDS|DSN|URL|URI|CERT|PRIVATE|ACCESS|WEBHOOK|SID|SIGNATURE|SIG|CONN|CONNECTION|PAT|APIKEY|PASSPHRASE|BEARER)$/;

/** Name prefixes that JavaScript build tools inline into client bundles, where anyone can read them. */
export const CLIENT_EXPOSED_PREFIXES: readonly string[] = ['VITE_', 'NEXT_PUBLIC_', 'REACT_APP_', 'EXPO_PUBLIC_', 'NUXT_PUBLIC_', 'PUBLIC_', 'GATSBY_', 'VUE_APP_', 'STORYBOOK_'];

/** The client-exposed prefix `name` starts with, if any. */
export function clientExposedPrefix(name: string): string | undefined {
  return CLIENT_EXPOSED_PREFIXES.find((prefix) => name.startsWith(prefix));
}

// Objects that hold the environment: what follows them is already a variable's name.
const ENV_RECEIVER = /^(?:process\.env|import\.meta\.env|os\.environ|Deno\.env)\./;

// Scope marks of C++, Objective-C and Android code say where a variable lives, not what it holds: `kApiKey`,
// `kAPIKey`, `mAuthToken`, `sSecret`, `g_password`, `m_apiKey`.
const SCOPE_PREFIX = /^[kmsg]_?(?=[A-Z])|^[kmsg]_(?=[a-z])/;

// Names whose camel case marks no word break: `openAIKey` is OPENAI_KEY and `gitHubToken` GITHUB_TOKEN, as the
// providers spell their variables. Matched in any case, but only as a whole word of the identifier.
const ONE_WORD_NAMES = [
  'OpenAI', 'GitHub', 'GitLab', 'BitBucket', 'SendGrid', 'PayPal', 'HubSpot', 'DigitalOcean', 'MongoDB', 'DynamoDB', 'CouchDB', 'InfluxDB',
  'PostgreSQL', 'MySQL', 'DeepSeek', 'OpenRouter', 'HuggingFace', 'ElevenLabs', 'LangSmith', 'LangChain', 'MailChimp', 'MailGun', 'DropBox',
  'CloudFlare', 'FireBase', 'SupaBase', 'DataDog', 'PlanetScale', 'CircleCI', 'ZenDesk', 'AirTable', 'LinkedIn', 'YouTube', 'FaceBook',
  'SalesForce', 'ElasticSearch', 'OpenSearch', 'RabbitMQ', 'ReCaptcha', 'OAuth', 'WebHook', 'PassWord', 'UserName',
];
const anyCase = (word: string) => word.replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const ONE_WORD = new RegExp(String.raw`(?:(?<![A-Za-z])|(?<=[a-z0-9])(?=[A-Z]))(?:${ONE_WORD_NAMES.map(anyCase).join('|')})(?![a-z])`, 'g');

/** `openaiKey`, `api-key`, `client.secret`, `Ünïcode` → `OPENAI_KEY`, `API_KEY`, `CLIENT_SECRET`, `UNICODE`; '' when nothing is left. */
export function toEnvName(identifier: string): string {
  // `process.env.STRIPE_KEY || "…"`: the variable the code already reads.
  const words = identifier
    .replace(ENV_RECEIVER, '')
    .replace(SCOPE_PREFIX, '')
    // An all-caps spelling (`OPENAI_KEY`) needs no help; a mixed one loses its inner capitals.
    .replace(ONE_WORD, (word) => (/[a-z]/.test(word) ? word[0] + word.slice(1).toLowerCase() : word))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  // `this.apiKey`, `self.token`: the receiver is not part of the name.
  while (words.length > 1 && (words[0] === 'THIS' || words[0] === 'SELF')) words.shift();
  const name = words.join('_').slice(0, 64).replace(/_+$/, '');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

// Variables the shell or OS always sets. dotenv never overrides a variable that is already set, so
// a secret stored under one of these names would never reach the program.
const SYSTEM = new Set([
  'PATH', 'HOME', 'USER', 'USERNAME', 'LOGNAME', 'SHELL', 'PWD', 'OLDPWD', 'TERM', 'LANG', 'TMP', 'TEMP', 'TMPDIR', 'HOSTNAME',
  'HOST', 'IFS', 'PS1', 'PS2', 'EDITOR', 'DISPLAY', 'MAIL', 'UID', 'EUID', 'PPID', 'RANDOM', 'SECONDS', 'OSTYPE', 'SHLVL', 'LC_ALL',
  'USERPROFILE', 'APPDATA', 'COMPUTERNAME', 'SYSTEMROOT', 'WINDIR', 'PATHEXT', 'COMSPEC', 'PROMPT',
]);

// A system variable's name is replaced: password abbreviations by PASSWORD, anything else gets _SECRET.
function avoidSystem(name: string): string {
  if (!SYSTEM.has(name)) return name;
  return name === 'PWD' ? 'PASSWORD' : `${name}_SECRET`;
}

function fromRuleId(ruleId: string): string {
  if (ruleId.startsWith('generic')) return 'SECRET';
  return toEnvName(ruleId) || 'SECRET';
}

// Sections that group settings without naming a service: `env:`, `[production]`, `"ConnectionStrings": {`.
const GROUPING = new Set([
  'ENV', 'ENVS', 'ENVIRONMENT', 'ENVIRONMENTS', 'VARIABLES', 'VARS', 'SECRETS', 'KEYS', 'TOKENS', 'API', 'APIS', 'DEFAULTS', 'COMMON',
  'SHARED', 'GLOBAL', 'LOCAL', 'DEVELOPMENT', 'DEV', 'PRODUCTION', 'PROD', 'STAGING', 'STAGE', 'TESTING', 'SPEC', 'METADATA',
  'STRING_DATA', 'PARAMETERS', 'PARAMS', 'PROPERTIES', 'INPUTS', 'WITH', 'EXTRA', 'CONNECTION_STRINGS', 'SERVICES', 'PROVIDERS',
]);

/**
 * The name a generic identifier gets from the section it sits in (`api_key` under `openai:` is OPENAI_API_KEY),
 * or undefined when the identifier says whose already, is a variable's own name, or the section names no one.
 */
export function sectionQualifiedName(section: string, identifier: string): string | undefined {
  const owner = toEnvName(section);
  const own = toEnvName(identifier);
  if (ENV_NAME.test(identifier) || !GENERIC.has(own) || !owner || MEANINGLESS.has(owner) || GENERIC.has(owner) || GROUPING.has(owner)) return undefined;
  if (own.startsWith(`${owner}_`)) return undefined;
  return avoidSystem(`${owner}_${own}`.slice(0, 64));
}

// Config files named after the one service they configure: `config/database.yml`, `redis.yaml`, `smtp.ini`.
const SERVICE_FILE = /(?:^|[\\/])(database|db|redis|mongo|mongoid|mongodb|mysql|postgres|postgresql|ldap|smtp|mail|mailer|email|kafka|rabbitmq|elasticsearch|sentry|s3|storage)\.(?:ya?ml|toml|ini|json|properties|conf|cfg)$/i;

/** The name a generic identifier gets from a config file named after a service (`password` in `database.yml` is DATABASE_PASSWORD). */
export function fileQualifiedName(path: string | undefined, identifier: string): string | undefined {
  const service = path === undefined ? undefined : SERVICE_FILE.exec(path)?.[1];
  return service === undefined ? undefined : sectionQualifiedName(service, identifier);
}

/** The variable name for a secret: the identifier's, unless it is generic and the provider has a conventional one. */
export function envNameFor(identifier: string | undefined, providerEnvName: string | undefined, ruleId: string): string {
  return avoidSystem(pickName(identifier, providerEnvName, ruleId));
}

function pickName(identifier: string | undefined, providerEnvName: string | undefined, ruleId: string): string {
  const fromIdentifier = identifier ? toEnvName(identifier) : '';
  const conventional = providerEnvName && ENV_NAME.test(providerEnvName) ? providerEnvName : providerEnvName ? toEnvName(providerEnvName) : '';
  const usable = fromIdentifier !== '' && !MEANINGLESS.has(fromIdentifier);
  if (usable && !conventional) return fromIdentifier;
  // `accessKeyId` is AWS_ACCESS_KEY_ID without its provider, and the SDKs read the full name themselves.
  // A name the code already spells as a variable (`ACCESS_KEY_ID`, `process.env.ACCESS_KEY_ID`) may be the one it reads.
  const spelledAsVariable = !!identifier && (ENV_NAME.test(identifier) || ENV_RECEIVER.test(identifier));
  if (usable && !spelledAsVariable && conventional.endsWith(`_${fromIdentifier}`)) return conventional;
  if (usable && !GENERIC.has(fromIdentifier) && fromIdentifier.split('_').some((word) => SECRET_WORD.test(word))) return fromIdentifier;
  return conventional || (usable ? fromIdentifier : fromRuleId(ruleId));
}
