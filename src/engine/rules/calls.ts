// Secrets passed straight to the APIs that take them: a password to a login or connect call, a signing key to a
// JWT or HMAC call. No name holds the literal; the call's signature says what the argument is.
import type { RuleSpec } from '../types';
import { passedSecret } from './define';

// The literal the rule reports: quoted, with a language's string prefix (`b"…"`), its text the pattern's last group.
// One that opens with a variable (`"$Config{email}"` in Perl or PHP) interpolates it.
const SECRET = String.raw`[bBrRuU@]{0,2}(["'\x60])(?![$@%][\w{(])((?:(?!\1)[^\n\\]|\\.){4,200})\1`;
// An argument before it: a quoted literal or a simple expression (no call, no comma).
const ARGUMENT = String.raw`(?:[bBrRuU@]{0,2}"(?:[^"\n\\]|\\.){0,200}"|[bBrRuU@]{0,2}'(?:[^'\n\\]|\\.){0,200}'|[\w$.\->:\[\]]{1,100})`;
// An argument that may itself hold a call or an object literal (a JWT's payload), one level deep.
const PAYLOAD = String.raw`(?:[^()\n]|\([^()\n]{0,100}\)){1,300}?`;
const NEXT = String.raw`[ \t]{0,4},[ \t]{0,4}`;
// The literal ends its argument.
const ENDS = String.raw`(?=[ \t]{0,4}[,)])`;
const CALL = (names: string) => String.raw`(?<![\w$])(?:${names})[ \t]{0,4}\([ \t]{0,4}`;

// The API names the argument; tutorials' examples (`'secret'`, `"password"`, `"changeme"`) stay quiet all the same.
function callSecret(spec: Omit<RuleSpec, 'confidence' | 'refine' | 'pattern' | 'provider'> & { readonly pattern: string }): RuleSpec {
  return passedSecret({ ...spec, provider: 'Generic secret', pattern: new RegExp(spec.pattern) });
}

/** Rules of the calls family: passwords and signing keys passed as literal arguments. */
export const rules: readonly RuleSpec[] = [
  // The user, then the password: smtplib, ftplib and imaplib's `login`, requests' `HTTPBasicAuth`, .NET's
  // `NetworkCredential`, Java's `PasswordAuthentication` and HttpClient's `UsernamePasswordCredentials`.
  callSecret({
    id: 'login-call-password',
    description: 'A password passed as a literal to a login or credentials call (`login("user", "…")`)',
    keywords: ['login(', 'auth(', 'networkcredential(', 'passwordcredentials(', 'passwordauthentication('],
    pattern:
      CALL('login|HTTPBasicAuth|HTTPDigestAuth|HttpBasicAuth|BasicAuth|basic_auth|basicAuth|NetworkCredential|UsernamePasswordCredentials|PasswordAuthentication') +
      ARGUMENT + NEXT + SECRET + ENDS,
    envName: 'LOGIN_PASSWORD',
  }),
  // requests and httpx take a (user, password) tuple.
  callSecret({
    id: 'auth-tuple-password',
    description: 'A password in an HTTP client\'s (user, password) auth tuple (`auth=("user", "…")`)',
    keywords: ['auth=(', 'auth = ('],
    pattern: String.raw`(?<![\w$])auth[ \t]{0,4}=[ \t]{0,4}\([ \t]{0,4}${ARGUMENT}${NEXT}${SECRET}[ \t]{0,4},?[ \t]{0,4}\)`,
    envName: 'BASIC_AUTH_PASSWORD',
  }),
  // Host or data source, user, then the password: Go's smtp.PlainAuth (identity first), JDBC's getConnection,
  // PHP's mysqli and PDO.
  callSecret({
    id: 'connect-call-password',
    description: 'A password passed as a literal to a database or mail connect call (`getConnection(url, "user", "…")`)',
    keywords: ['plainauth(', 'getconnection(', 'mysqli(', 'mysqli_connect(', 'mysql_connect(', 'pdo('],
    pattern: CALL('PlainAuth|getConnection|mysqli_connect|mysql_connect|mysqli|PDO') + ARGUMENT + NEXT + ARGUMENT + NEXT + SECRET + ENDS,
    envName: 'DATABASE_PASSWORD',
  }),
  // The key after the payload (jsonwebtoken, PyJWT, ruby-jwt, php-jwt), or in the first argument of the HMAC and
  // cipher constructors. A verify or decode call takes the same shared secret.
  callSecret({
    id: 'jwt-signing-secret',
    description: 'A JWT signing secret passed as a literal (`jwt.sign(payload, "…")`, `jwt.encode(payload, "…")`)',
    keywords: ['jwt.', 'jwt::', 'jwts.'],
    pattern: String.raw`(?<![\w$])(?:jwt|JWT)(?:\.|::)(?:sign|encode|decode|verify)[ \t]{0,4}\([ \t]{0,4}${PAYLOAD}${NEXT}${SECRET}${ENDS}`,
    envName: 'JWT_SECRET',
  }),
  callSecret({
    id: 'hmac-key-literal',
    description: 'An HMAC or symmetric key passed as a literal (`createHmac("sha256", "…")`, `hmac.new(b"…")`, `Algorithm.HMAC256("…")`)',
    keywords: ['createhmac(', 'hmac.new(', 'hmacshakeyfor(', 'algorithm.hmac', 'symmetricsecuritykey(', 'signedstring(', 'fernet(', 'aes.new('],
    pattern: String.raw`(?:${CALL('createHmac')}${ARGUMENT}${NEXT}|${CALL('hmac\\.new|HMAC\\.new|hmacShaKeyFor|Algorithm\\.HMAC(?:256|384|512)|Fernet|AES\\.new')}|${CALL('SymmetricSecurityKey')}Encoding\.\w{1,10}\.GetBytes\([ \t]{0,4}|${CALL('SignedString')}\[\]byte\([ \t]{0,4})${SECRET}`,
    envName: 'SIGNING_KEY',
  }),
];
