import type { Confidence, RuleSpec } from '../types';
import { caseless, passedSecret, prefixed } from './define';
import { wordKeyed } from './word-keyed';
import { ANY_CASE_UUID } from './shapes';

// A URL's userinfo. The user stops at the first ':'; RFC 3986 forbids a raw '@', '/', '?' or '#' in the
// password, which keeps the split unambiguous. `(?!\1@)` skips defaults such as `postgres:postgres@`, and
// passwords under 3 characters are not worth a finding.
const USERINFO = String.raw`([^\s:@/?#'"\x60<>]{0,100}):(?!\1@)([^\s@/?#'"\x60<>]{3,200})@`;
// The host must start right after '@'; documentation hosts are skipped.
const HOST_START = String.raw`(?!example\.(?:com|org|net)(?![A-Za-z0-9-]))[A-Za-z0-9\[_$%{.-]`;
// Stand-ins the shared placeholder filter does not already know: stock words, shell positionals and
// command substitutions (`$1`, `$(cat pw.txt)`), and CI or Helm templates (`${{ secrets.X }}`, `{{ .Values.pw }}`).
const PLACEHOLDER_PASSWORDS = [/^(?:pass|pwd|pw|pword|passw0rd|p4ssw0rd|pa55word|user|username|usr|login)$/i, /^\$|\$\{|\{\{/];

interface UrlRule {
  readonly id: string;
  readonly provider: string;
  readonly description: string;
  /** Scheme names; a `+driver` or `s` suffix (`postgresql+psycopg2`, `rediss`) is accepted after each. */
  readonly schemes: readonly string[];
  readonly envName: string;
  readonly confidence?: Confidence;
  /** Where a scheme is also a common word (`git`, `ws`), keywords that hold its `://` or `+` instead. */
  readonly keywords?: readonly string[];
}

// One rule per scheme family, so messages name the service and the fix suggests the right variable.
function urlPassword(spec: UrlRule): RuleSpec {
  const schemes = spec.schemes.join('|');
  return prefixed({
    id: spec.id,
    provider: spec.provider,
    description: spec.description,
    keywords: spec.keywords ?? [...spec.schemes],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9+.-])(?:${caseless(schemes)})[a-zA-Z0-9+]{0,24}://${USERINFO}${HOST_START}`),
    secretGroup: 2,
    alsoContains: ['@'],
    confidence: spec.confidence ?? 'high',
    allow: PLACEHOLDER_PASSWORDS,
    envName: spec.envName,
  });
}

// The `Authorization` header in any syntax: HTTP, curl -H, JSON, object literals, setHeader("…", "…").
const AUTH_HEADER = String.raw`${caseless('authorization')}["'\x60]?\]?[ \t]{0,4}(?:=>|[:=,])[ \t]{0,4}(?:[rRbBfFuU@$]{0,2}["'\x60])?[ \t]{0,2}`;
// An Authorization header's scheme and the gap before its credentials: `Authorization: Bearer …`, also
// .NET's `new AuthenticationHeaderValue("Bearer", "…")`, which names the header by its type. With
// `wholeString`, a string holding nothing but the scheme and a credential counts whatever it is passed to
// (Apple's `setValue("Bearer …", forHTTPHeaderField: "Authorization")` names the header after it).
const AUTH_KEYWORDS = ['authorization', 'authenticationheadervalue'];
const WHOLE_STRING = String.raw`(?=[^"'\x60\s]{16,2000}["'\x60])`;
// The scheme's string ends and the credential is a literal joined on (`"Bearer " + "…"`, PHP's `.`, Lua's `..`).
const JOINED_LITERAL = String.raw`["'\x60][ \t]{0,4}(?:\+|\.{1,2})[ \t]{0,4}[rRbBfFuU@$]{0,2}["'\x60]${WHOLE_STRING}`;
const authScheme = (scheme: string, wholeString = false) => {
  const forms = [
    String.raw`${AUTH_HEADER}${caseless(scheme)}[ \t]{1,4}(?:${JOINED_LITERAL})?`,
    String.raw`${caseless('authenticationheadervalue')}\([ \t]{0,4}"${caseless(scheme)}"[ \t]{0,4},[ \t]{0,4}@?"`,
  ];
  if (wholeString) forms.push(String.raw`(?<=["'\x60])${caseless(scheme)}[ \t]{1,4}(?:${WHOLE_STRING}|${JOINED_LITERAL})`);
  return `(?:${forms.join('|')})`;
};
// A header token; `$`, `{`, `<` and quotes are not in it, so `$TOKEN`, `${TOKEN}` and `<token>` never match.
const TOKEN68 = String.raw`([A-Za-z0-9._~+/=-]{16,2000})(?![A-Za-z0-9._~+/=-])`;
// The start of a curl command up to one of its options, following backslash-continued lines.
const CURL = String.raw`(?<![A-Za-z0-9_-])${caseless('curl')}(?![A-Za-z0-9_-])(?:[^\n\\]|\\[^\n]|\\\r?\n){0,800}?`;
// Header values that name a token instead of being one: `YOUR_TOKEN`, `my-access-token`.
const NAMED_STAND_INS = [/^[A-Z][A-Z0-9_]*$/, /^(?=[a-z_-]*[_-])[a-z_-]+$/];

/** Rules of the databases family: connection URLs and strings with passwords, database-service keys, HTTP auth. */
export const rules: readonly RuleSpec[] = [
  urlPassword({
    id: 'postgres-url-password',
    provider: 'PostgreSQL',
    description: 'Password embedded in a PostgreSQL connection URL',
    schemes: ['postgres'],
    envName: 'DATABASE_URL',
  }),
  urlPassword({
    id: 'mysql-url-password',
    provider: 'MySQL',
    description: 'Password embedded in a MySQL or MariaDB connection URL',
    schemes: ['mysql', 'mariadb'],
    envName: 'DATABASE_URL',
  }),
  urlPassword({
    id: 'mongodb-url-password',
    provider: 'MongoDB',
    description: 'Password embedded in a MongoDB connection string (mongodb:// or mongodb+srv://)',
    schemes: ['mongodb'],
    envName: 'MONGODB_URI',
  }),
  urlPassword({
    id: 'redis-url-password',
    provider: 'Redis',
    description: 'Password embedded in a Redis connection URL (redis:// or rediss://)',
    schemes: ['redis', 'valkey'],
    envName: 'REDIS_URL',
  }),
  urlPassword({
    id: 'mssql-url-password',
    provider: 'SQL Server',
    description: 'Password embedded in a SQL Server connection URL',
    schemes: ['mssql', 'sqlserver'],
    envName: 'DATABASE_URL',
  }),
  urlPassword({
    id: 'database-url-password',
    provider: 'Database',
    description: 'Password embedded in a database connection URL (Oracle, CockroachDB, ClickHouse, Snowflake, CouchDB, Couchbase, Neo4j, Db2, InfluxDB, Cassandra, Memcached)',
    schemes: ['oracle', 'cockroachdb', 'clickhouse', 'snowflake', 'couchdb', 'couchbase', 'neo4j', 'db2', 'influxdb', 'cassandra', 'memcached'],
    envName: 'DATABASE_URL',
  }),
  urlPassword({
    id: 'amqp-url-password',
    provider: 'Message broker',
    description: 'Password embedded in a message-broker URL (amqp://, amqps://, mqtt://, nats://, stomp://)',
    schemes: ['amqp', 'mqtt', 'nats', 'stomp'],
    envName: 'AMQP_URL',
  }),
  urlPassword({
    id: 'ftp-url-password',
    provider: 'FTP',
    description: 'Password embedded in an FTP, FTPS or SFTP URL',
    schemes: ['ftp', 'sftp'],
    envName: 'FTP_URL',
  }),
  urlPassword({
    id: 'smtp-url-password',
    provider: 'Mail server',
    description: 'Password embedded in an SMTP, IMAP or POP3 URL',
    schemes: ['smtp', 'imap', 'pop3'],
    envName: 'SMTP_URL',
  }),
  urlPassword({
    id: 'ldap-url-password',
    provider: 'LDAP',
    description: 'Password embedded in an LDAP URL',
    schemes: ['ldap'],
    envName: 'LDAP_URL',
  }),
  urlPassword({
    id: 'remote-url-password',
    provider: 'Remote access',
    description: 'Password embedded in an SSH, Git, Subversion, WebSocket, SOCKS proxy or SMB URL',
    schemes: ['ssh', 'scp', 'rsync', 'telnet', 'smb', 'git', 'svn', 'ws', 'socks'],
    keywords: ['ssh://', 'scp://', 'rsync://', 'telnet://', 'smb://', 'git://', 'git+', 'svn://', 'svn+', 'ws://', 'wss://', 'socks://', 'socks4://', 'socks5://', 'socks5h://'],
    envName: 'REMOTE_URL',
  }),
  urlPassword({
    id: 'http-url-password',
    provider: 'HTTP basic auth',
    description: 'Password embedded in an http(s):// URL (user:password@host)',
    schemes: ['http'],
    envName: 'SERVICE_URL',
    // Credentials in web URLs are as often documentation as real; the DB schemes above are surer.
    confidence: 'medium',
  }),
  prefixed({
    id: 'jdbc-url-password',
    provider: 'JDBC',
    description: 'Password in a JDBC URL (;password=… or ?password=…)',
    keywords: ['jdbc:'],
    pattern: new RegExp(String.raw`jdbc:[a-zA-Z0-9]{2,20}:[^\s'"\x60]{0,300}?[;?&]${caseless('password')}=([^;&\s'"\x60]{3,200})`),
    allow: [...PLACEHOLDER_PASSWORDS, /^\{\d+\}$/],
    envName: 'JDBC_PASSWORD',
  }),
  // SQL that sets a database user's password: MySQL and Oracle `IDENTIFIED BY '…'` (also in GRANT), PostgreSQL
  // `CREATE ROLE … PASSWORD '…'`, SQL Server `CREATE LOGIN … WITH PASSWORD = '…'`, MySQL's `SET PASSWORD … = '…'`. MySQL's
  // `IDENTIFIED BY PASSWORD '*…'` gives a hash, not the password, and is left out.
  passedSecret({
    id: 'sql-user-password',
    provider: 'SQL',
    description: "A database user's password set in SQL (IDENTIFIED BY '…', CREATE ROLE … PASSWORD '…')",
    keywords: ['identified by', 'identified with', "password '", "password='", "password = '", 'set password'],
    pattern: new RegExp(
      String.raw`(?:\bIDENTIFIED(?:[ \t]{1,4}WITH[ \t]{1,4}[\w'"\x60]{1,40})?[ \t]{1,4}BY(?![ \t]{1,4}PASSWORD\b)|\b(?:USER|ROLE|LOGIN)\b[^;\n'"]{0,100}?[ \t]PASSWORD(?:[ \t]{0,4}=)?|\bSET[ \t]{1,4}PASSWORD\b[^;\n=]{0,100}=[ \t]{0,4}(?:PASSWORD[ \t]{0,4}\()?)[ \t]{0,4}'((?:[^'\n]|''){4,128})'`,
      'i',
    ),
    envName: 'DATABASE_PASSWORD',
  }),
  // Aiven generates the passwords of its managed services' users with this prefix.
  prefixed({
    id: 'aiven-service-password',
    provider: 'Aiven',
    description: "Aiven managed service user's password (AVNS_)",
    keywords: ['avns_'],
    pattern: /(?<![A-Za-z0-9_-])(AVNS_[A-Za-z0-9_-]{8,64})(?![A-Za-z0-9_-])/,
    envName: 'AIVEN_SERVICE_PASSWORD',
  }),
  // Go's MySQL driver takes `user:password@tcp(host:port)/db` with no scheme, so the URL rules never see it.
  prefixed({
    id: 'mysql-go-dsn-password',
    provider: 'MySQL',
    description: 'Password in a Go MySQL driver DSN (user:password@tcp(host)/db)',
    keywords: ['@tcp(', '@unix('],
    pattern: /(?<![^\s"'\x60=(,])[^\s"'\x60:@/]{1,64}:([^\s"'\x60@/]{3,128})@(?:tcp|unix)\(/,
    allow: PLACEHOLDER_PASSWORDS,
    confidence: 'medium',
    envName: 'MYSQL_PASSWORD',
  }),
  prefixed({
    id: 'jdbc-oracle-thin-password',
    provider: 'JDBC',
    description: 'Password in an Oracle thin JDBC URL (jdbc:oracle:thin:user/password@host)',
    keywords: ['jdbc:oracle:thin:'],
    pattern: new RegExp(String.raw`${caseless('jdbc:oracle:thin:')}[A-Za-z0-9_$#]{1,30}/([^@\s'"\x60/]{3,100})@`),
    allow: PLACEHOLDER_PASSWORDS,
    envName: 'JDBC_PASSWORD',
  }),
  prefixed({
    id: 'connection-string-password',
    provider: 'Database',
    description: 'Password in an ADO.NET, ODBC or libpq connection string (Server=…;Password=…)',
    keywords: ['password=', 'pwd='],
    // Only when the same line also names a server, so a lone `password=` query parameter is left to others.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])${caseless('(?:password|pwd)')}=` +
        String.raw`(?:(?<=${caseless('(?:server|data source|host|addr|address)')}[ \t]{0,2}=[^\n]{0,400})|(?=[^\n]{0,400}${caseless('(?:server|data source|host|addr|address)')}[ \t]{0,2}=))` +
        String.raw`([^;\s'"\x60]{3,200})(?=[;'"\x60]|\s|$)`,
    ),
    confidence: 'medium',
    allow: [...PLACEHOLDER_PASSWORDS, /^\{\d+\}$/],
    envName: 'DB_PASSWORD',
  }),
  prefixed({
    id: 'neon-api-key',
    provider: 'Neon',
    description: 'Neon API key (napi_)',
    keywords: ['napi_'],
    pattern: /(?<![A-Za-z0-9_-])(napi_[A-Za-z0-9]{64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    envName: 'NEON_API_KEY',
    rotateUrl: 'https://console.neon.tech/app/settings/api-keys',
  }),
  prefixed({
    id: 'mongodb-atlas-service-account-secret',
    provider: 'MongoDB Atlas',
    description: 'MongoDB Atlas service account client secret (mdb_sa_sk_)',
    keywords: ['mdb_sa_sk_'],
    pattern: /(?<![A-Za-z0-9_])(mdb_sa_sk_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    envName: 'MONGODB_ATLAS_CLIENT_SECRET',
  }),
  wordKeyed({
    id: 'mongodb-atlas-private-key',
    provider: 'MongoDB Atlas',
    description: 'MongoDB Atlas programmatic API private key',
    keywords: ['atlas', 'mongodb'],
    identifier: String.raw`(?:atlas|mongodb)[\w.\-]{0,20}?private`,
    secret: ANY_CASE_UUID,
    envName: 'MONGODB_ATLAS_PRIVATE_KEY',
  }),
  wordKeyed({
    id: 'redis-cloud-api-key',
    provider: 'Redis Cloud',
    description: 'Redis Cloud (Redis Labs) API account or user key',
    keywords: ['redislabs', 'redis_labs', 'redis-labs', 'rediscloud', 'redis_cloud', 'redis-cloud'],
    identifier: String.raw`redis[_\-]?(?:labs|cloud)`,
    secret: '[A-Za-z0-9]{40,60}',
    minEntropy: 3.5,
    envName: 'REDIS_CLOUD_API_KEY',
  }),
  wordKeyed({
    id: 'cloudant-credential',
    provider: 'IBM Cloudant',
    description: 'IBM Cloudant legacy password (64 hex) or IAM API key',
    keywords: ['cloudant'],
    secret: '[a-f0-9]{64}|[A-Za-z0-9_-]{44}',
    minEntropy: 3.3,
    envName: 'CLOUDANT_APIKEY',
  }),
  prefixed({
    id: 'http-basic-auth-header',
    provider: 'HTTP basic auth',
    description: 'Base64 user:password in an Authorization: Basic header',
    keywords: AUTH_KEYWORDS,
    pattern: new RegExp(String.raw`${authScheme('basic')}([A-Za-z0-9+/]{6,400}={0,2})(?![A-Za-z0-9+/=])`),
    validator: 'basic-auth',
    confidence: 'medium',
    // user:pass, username:password and RFC 7617's Aladdin:open sesame.
    allow: [/^dXNlcjpwYXNz/, /^dXNlcm5hbWU6cGFzc3dvcmQ/, /^QWxhZGRpbjpvcGVuIHNlc2FtZQ/],
    envName: 'BASIC_AUTH',
  }),
  prefixed({
    id: 'http-bearer-token',
    provider: 'HTTP bearer token',
    description: 'Literal token in an Authorization: Bearer header',
    keywords: ['bearer'],
    pattern: new RegExp(String.raw`${authScheme('bearer', true)}${TOKEN68}`),
    confidence: 'medium',
    minEntropy: 3.0,
    allow: NAMED_STAND_INS,
    envName: 'API_TOKEN',
  }),
  prefixed({
    id: 'http-token-auth-header',
    provider: 'HTTP token auth',
    description: 'Literal token in an Authorization: Token header (GitHub, Django REST framework style)',
    keywords: AUTH_KEYWORDS,
    pattern: new RegExp(String.raw`${authScheme('token')}${TOKEN68}`),
    confidence: 'medium',
    minEntropy: 3.0,
    allow: NAMED_STAND_INS,
    envName: 'API_TOKEN',
  }),
  prefixed({
    id: 'curl-user-password',
    provider: 'HTTP basic auth',
    description: 'Password passed to curl with -u/--user user:password',
    keywords: ['curl'],
    // `(?!\1…)` skips user == password defaults such as admin:admin; quotes may wrap the pair or each half.
    pattern: new RegExp(
      String.raw`${CURL}[ \t](?:-u|--user)(?:[ \t]{1,4}|=)["']?` +
        String.raw`([^\s:'"\x60<>]{0,100})["']?:(?!["']?\1(?:["'\s]|$))["']?([^\s'"\x60<>]{3,200})(?=["'\s]|$)`,
    ),
    secretGroup: 2,
    confidence: 'medium',
    multiline: true,
    allow: PLACEHOLDER_PASSWORDS,
    envName: 'BASIC_AUTH_PASSWORD',
  }),
  prefixed({
    id: 'curl-user-api-key',
    provider: 'HTTP basic auth',
    description: 'API key passed to curl as the basic-auth user with an empty password (-u key:)',
    keywords: ['curl'],
    pattern: new RegExp(String.raw`${CURL}[ \t](?:-u|--user)(?:[ \t]{1,4}|=)["']?([^\s:'"\x60<>$]{12,200}):(?=["'\s]|$)`),
    confidence: 'medium',
    multiline: true,
    minEntropy: 3.3,
    envName: 'API_KEY',
  }),
  // A .netrc entry (curl, git, ftp and Python's netrc read it): `machine host login user password …` on one line,
  // or `login` and `password` on lines of their own. An anonymous login's e-mail address is no secret.
  prefixed({
    id: 'netrc-password',
    provider: 'netrc',
    description: 'Password or token in a .netrc entry (`machine host login user password …`)',
    keywords: ['login', 'machine'],
    pattern: /(?:\blogin[ \t]+[^\s#]{1,256}(?:[ \t]+|[ \t]*\r?\n[ \t]*)|\bmachine[ \t]+[^\s#]{1,256}[ \t]+)password[ \t]+([^\s#'"\x60<>[\]{}()]{6,256})(?=[\s'"\x60]|$)/,
    confidence: 'medium',
    span: 'next-line',
    minEntropy: 3.0,
    allow: [...PLACEHOLDER_PASSWORDS, /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/],
    envName: 'NETRC_PASSWORD',
  }),
  prefixed({
    id: 'curl-header-secret',
    provider: 'HTTP header',
    description: 'Literal credential in a curl -H header (Authorization, X-Api-Key, …: value)',
    keywords: ['curl'],
    pattern: new RegExp(
      String.raw`${CURL}[ \t](?:-H|--header)(?:[ \t]{1,4}|=)["']` +
        String.raw`[A-Za-z0-9_-]{0,40}${caseless('(?:authorization|api[_-]?key|token|secret)')}[A-Za-z0-9_-]{0,40}[ \t]{0,4}:[ \t]{0,4}` +
        String.raw`(?:${caseless('(?:bearer|basic|token|api-token)')}[ \t]{1,4}|)([^\s'"$<>{}()\[\]]{16,2000})["']`,
    ),
    confidence: 'medium',
    multiline: true,
    minEntropy: 3.0,
    allow: NAMED_STAND_INS,
    envName: 'API_TOKEN',
  }),
];
