import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/engine';
import { secretNameKind } from '../../../src/engine/generic';
import { shannonEntropy } from '../../../src/engine/entropy';
import { charset, randomString, reseed, seeded } from '../support/fake';

const GENERIC = /^generic-/;

function genericValues(text: string, path?: string): string[] {
  return scanText(text, { path }).filter((f) => GENERIC.test(f.ruleId)).map((f) => text.slice(f.start, f.end));
}

describe('generic detector', () => {
  before(() => reseed(11));

  const value = () => randomString(charset.alnum, 24) + '9x';
  const positives: [string, (v: string) => string, string?][] = [
    ['JS const', (v) => `const apiKey = "${v}";`],
    ['Python', (v) => `API_KEY = '${v}'`],
    ['Python annotated', (v) => `token: str = "${v}"`],
    ['Go short assignment', (v) => `clientSecret := "${v}"`],
    ['Go typed var', (v) => `var authToken string = "${v}"`],
    ['YAML', (v) => `  client_secret: ${v}`, 'config.yaml'],
    ['JSON', (v) => `{ "access_token": "${v}" }`],
    ['dotenv', (v) => `SERVICE_PASSWORD=${v}`, '.env'],
    ['shell export', (v) => `export SIGNING_KEY=${v}`],
    ['CLI flag', (v) => `mytool --api-key ${v} --verbose`],
    ['a URL query parameter in a string', (v) => `const url = "https://api.weatherdata.io/v1/daily?api_key=${v}&units=metric";`],
    ['a URL query parameter in prose', (v) => `Call https://api.weatherdata.io/v1/daily?units=metric&access_token=${v} to test.`, 'NOTES.md'],
    ['an HTML-escaped query parameter', (v) => `<a href="https://api.weatherdata.io/feed?units=metric&amp;auth_token=${v}">feed</a>`],
    ['an assignment after prose naming a secret', (v) => `Rotate the token api_key="${v}" yearly`],
    ['an assignment after a word and a secret-like name', (v) => `pass the_secret="${v}" to the job`],
    ['PHP arrow', (v) => `'secret' => "${v}",`],
    ['XML attribute', (v) => `<add key="x" password="${v}" />`],
    ['XML element', (v) => `<apiToken>${v}</apiToken>`],
    ['XML element named with a short pass', (v) => `<db_pass>${v}</db_pass>`],
    ['a refresh token, whose first word is also a verb', (v) => `  "refreshToken": "${v}",`],
    ['a refresh token in Python', (v) => `REFRESH_TOKEN = '${v}'`],
    ['comparison', (v) => `if ("${v}" === user_password) {`],
    ['setter call', (v) => `client.setPassword("${v}");`],
    ['Ruby symbol hash', (v) => `config.secret_key_base = '${v}'`],
    ['C# verbatim string', (v) => `var password = @"${v}";`],
    ['Rust', (v) => `let api_key = String::from("${v}");`],
    ['Rust, an optional field converted with into()', (v) => `let config = Config { api_key: Some("${v}".into()), ..Default::default() };`],
    ['a list', (v) => `API_KEYS = ["${v}"]`],
    ['a tuple', (v) => `client_secret = ("${v}",)`],
    ['parentheses around the literal', (v) => `const authToken = ('${v}');`],
    ['a list inside an object', (v) => `const cfg = { signingKeys: ['${v}'] };`],
    ["an option's default", (v) => `parser.add_argument("--api-token", default="${v}")`],
    ["a fallback after Kotlin's environment read", (v) => `val token = System.getenv("API_TOKEN") ?: "${v}"`],
    ["a fallback after C#'s environment read", (v) => `var secret = Environment.GetEnvironmentVariable("CLIENT_SECRET") ?? "${v}";`],
    ["Python's or after an environment read", (v) => `password = os.environ.get("DB_PASSWORD") or '${v}'`],
    ["Python's or after a setting", (v) => `api_key = settings.api_key or "${v}"`],
    ['a Java constant wrapped after its =', (v) => `class Keys {\n  private static final String SERVICE_API_KEY =\n      "${v}";\n}`],
    ['a Kotlin value wrapped after its =', (v) => `val clientSecret =\n    "${v}"\n`],
    ['a Python value in parentheses on the next line', (v) => `API_TOKEN = (\n    "${v}"\n)\n`],
    ["a Dockerfile's legacy ENV without =", (v) => `FROM node:20\nENV SERVICE_TOKEN ${v}\n`, 'Dockerfile'],
    ['an Android string resource', (v) => `<resources>\n    <string name="maps_api_key">${v}</string>\n</resources>`, 'res/values/strings.xml'],
    ['Android manifest metadata', (v) => `<meta-data android:name="com.example.sdk.API_KEY" android:value="${v}" />`, 'AndroidManifest.xml'],
    ['a property list key and string', (v) => `<dict>\n\t<key>ServiceAPIKey</key>\n\t<string>${v}</string>\n</dict>`, 'Info.plist'],
    ['a property list key and string on one line', (v) => `<key>client_secret</key><string>${v}</string>`, 'Info.plist'],
    ["a Gradle build field's quoted string", (v) => `buildConfigField "String", "SERVICE_API_KEY", "\\"${v}\\""`, 'app/build.gradle'],
    ['a property set by name', (v) => `System.setProperty("SERVICE_TOKEN", "${v}");`],
    ['an environment fallback', (v) => `token := utils.GetEnvOrDefault("api_token", "${v}")`],
    ['a shell default inside quotes', (v) => `API_TOKEN="\${API_TOKEN:-${v}}"`],
    ['a Compose default, without its operator', (v) => `      - DB_PASSWORD=\${DB_PASSWORD:-${v}}`, 'docker-compose.yml'],
    ['Kotlin infix pair', (v) => `val headers = mapOf("apiKey" to "${v}")`],
    ['Rust raw string', (v) => `let api_token = r#"${v}"#;`],
    ['Swift raw string', (v) => `let apiToken = #"${v}"#`],
    ['Kotlin raw string', (v) => `val apiToken = """${v}"""`],
    ['C++ std::string', (v) => `auto apiToken = std::string("${v}");`],
    ['a flag and its value in an argument list', (v) => `{ "command": "server", "args": ["serve", "--token", "${v}"] }`],
    ['R arrow assignment', (v) => `db_password <- "${v}"`],
    ['R global arrow assignment', (v) => `api_token <<- '${v}'`],
    ['Rust typed constant', (v) => `const API_TOKEN: &'static str = "${v}";`],
    ['C# auto-property initialiser', (v) => `public string ClientSecret { get; private set; } = "${v}";`],
    ['C# dictionary initialiser pair', (v) => `{ "db_password", "${v}" },`],
    ['a fallback after an environment read', (v) => `const token = process.env.PAYMENT_TOKEN || "${v}";`],
    ['a nullish fallback', (v) => `const key = options.apiKey ?? '${v}';`],
    ['a null-coalescing assignment', (v) => `$authToken ??= "${v}";`],
    ['an HTML meta tag', (v) => `<meta name="maps-api-key" content="${v}">`],
    ['Visual Basic typed declaration', (v) => `Dim clientSecret As String = "${v}"`],
    ['a notebook cell kept in JSON', (v) => `"source": ["api_key = \\"${v}\\"\\n"]`],
    ['.NET appSettings key and value', (v) => `<add key="ServiceApiKey" value="${v}" />`],
    ['JSON name and value fields', (v) => `{ "name": "SERVICE_TOKEN", "value": "${v}" }`],
    ['a Kubernetes env list', (v) => `        - name: DB_PASSWORD\n          value: "${v}"`, 'deploy.yaml'],
    ['a Kubernetes env list, value bare', (v) => `- name: STRIPE_WEBHOOK_SECRET\n  value: ${v}`, 'deploy.yaml'],
    ['a dotted name field', (v) => `<entry key="payment.api.key" value="${v}"/>`],
    ['pretty-printed JSON name and value', (v) => `{\n  "name": "AUTH_TOKEN",\n  "value": "${v}"\n}`],
    ['a dotted properties key', (v) => `payment.api.key=${v}`, 'application.properties'],
    ['a Terraform variable default after a validation block', (v) => `variable "api_token" {\n  type = string\n  validation {\n    condition     = length(var.api_token) > 20\n    error_message = "Too short."\n  }\n  default = "${v}"\n}`, 'main.tf'],
    ['a YAML literal block', (v) => `stringData:\n  api_token: |\n    ${v}\n`, 'secret.yaml'],
    ['an XML element with its text on a line of its own', (v) => `<settings>\n  <apiToken>\n    ${v}\n  </apiToken>\n</settings>\n`, 'app.config'],
    ['an XML element with its text on its own line, in CRLF', (v) => `<auth>\r\n  <client_secret>\r\n    ${v}\r\n  </client_secret>\r\n</auth>\r\n`, 'web.config'],
    ['a YAML folded block, stripped', (v) => `db_password: >-\n  ${v}`, 'values.yaml'],
    ["PowerShell's Env: drive", (v) => `Set-Item -Path Env:API_TOKEN -Value "${v}"`, 'deploy.ps1'],
    ["PowerShell's Env: drive, a new item named with a backslash", (v) => `New-Item -Path Env:\\DB_PASSWORD -Value '${v}'`, 'deploy.ps1'],
    ['a plain-text password made into a secure string', (v) => `$cred = ConvertTo-SecureString "${v}" -AsPlainText -Force`, 'connect.ps1'],
    ['a plain-text secure string with its flags first', (v) => `$pw = ConvertTo-SecureString -AsPlainText -Force -String '${v}'`, 'connect.ps1'],
    ['a Terraform variable default', (v) => `variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}`, 'variables.tf'],
  ];
  it('finds every random element of a list of keys on one line, skipping those that read as words', () => {
    const [first, second] = [value(), value()];
    assert.deepEqual(genericValues(`API_KEYS = ["${first}", "${second}"]`), [first, second]);
    assert.deepEqual(genericValues(`const signingSecrets = ['rotate-me-later', '${second}'];`), [second]);
    assert.deepEqual(genericValues(`tokens = ("${first}", "${second}",)`), [first, second]);
    assert.deepEqual(genericValues("api_keys = ['primary-key', 'secondary-key']"), []);
  });

  it('finds a random key with few digits written bare after a colon, which no type is called', () => {
    const key = () => randomString(charset.lower + charset.upper, 14) + randomString(charset.digits, 1) + randomString(charset.alnum, 9);
    const found = Array.from({ length: 50 }, key).filter((k) => genericValues(`// db_password: ${k}`, 'notes.ts').length === 1).length;
    // A random mixed-case run almost never reads as words; a handful may.
    assert.ok(found >= 48, `${found} of 50 found`);
  });

  it('finds random hex keys whose entropy is low for their length, as a few in a hundred are', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => randomString(charset.hex, 16 + (i % 9))).filter((k) => /\d/.test(k) && /[a-f]/.test(k));
    // The floor for other alphabets: 2.7 bits below 20 characters, 3.0 from 20.
    const lowForTheirLength = keys.filter((k) => shannonEntropy(k) < (k.length >= 20 ? 3.0 : 2.7));
    assert.ok(lowForTheirLength.length >= 10, `only ${lowForTheirLength.length} low-entropy keys drawn`);
    const missed = lowForTheirLength.filter((k) => genericValues(`session_secret = "${k}"`).length !== 1);
    assert.ok(missed.length * 10 <= lowForTheirLength.length, `${missed.length} of ${lowForTheirLength.length} missed`);
  });

  it('reads a source file that VS Code opens as plain text (Kotlin without its extension) as code', () => {
    const options = { path: '/app/src/Prefs.kt', languageId: 'plaintext' };
    const found = (text: string) => scanText(text, options).filter((f) => GENERIC.test(f.ruleId)).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found('val apiToken = prefs.getString(KEY_NAME, null)!!'), []);
    const v = value();
    assert.deepEqual(found(`val apiToken = "${v}"`), [v]);
  });

  it('finds a random password that opens with an angle bracket, but not markup or a bracketed placeholder', () => {
    const password = `<${randomString(charset.alnum + '!@$^?}', 19)}`;
    assert.deepEqual(genericValues(`db_password = "${password}"`), [password]);
    assert.deepEqual(genericValues('db_password = "<your database password>"'), []);
    assert.deepEqual(genericValues(`db_password = "<b>${randomString(charset.alnum, 12)}</b>"`), []);
    assert.deepEqual(genericValues('db_password = "<PasswordInput"'), []);
  });

  it('finds a six-character password with a repeated character, which no 2.3-bit floor lets through', () => {
    const [a, b, c, d, e] = [randomString(charset.upper, 1), randomString(charset.digits, 1), '!', randomString(charset.lower, 1), '}'];
    const password = `${a}${b}${a}${c}${d}${e}`;
    assert.ok(shannonEntropy(password) < 2.3);
    assert.deepEqual(genericValues(`DB_PASSWORD = "${password}"`), [password]);
  });

  it('finds base64 that starts with a plus sign, and hex halves joined by a colon', () => {
    const base64 = `+${randomString(charset.base64, 40)}`;
    assert.deepEqual(genericValues(`krakenToken := \`${base64}\``), [base64]);
    const halves = `${randomString(charset.hex, 8)}:${randomString(charset.hex, 8)}`;
    assert.deepEqual(genericValues(`SIDEKIQ_TOKEN=${halves}`, '.env'), [halves]);
  });

  for (const [name, render, path] of positives) {
    it(`finds a secret assigned to a secret-like name: ${name}`, () => {
      const v = value();
      assert.deepEqual(genericValues(render(v), path), [v]);
    });
  }

  const negatives: [string, string][] = [
    ['a placeholder', 'api_key = "your-api-key-here"'],
    ['a secure string from a variable in an interpolating string', '$cred = ConvertTo-SecureString "$env:DB_PASSWORD" -AsPlainText -Force'],
    ['a secure string from an encrypted standard string, not plain text', '$secure = ConvertTo-SecureString "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000a1b2" -Key $key'],
    ["a documentation example's stock password made into a secure string", '$cred = ConvertTo-SecureString "P@ssw0rd" -AsPlainText -Force'],
    ["a variable written to PowerShell's Env: drive", 'Set-Item -Path Env:API_TOKEN -Value $token'],
    ['an HTML meta tag that is not secret', '<meta name="description" content="Fast and reliable weather data for every city">'],
    ['a fallback to a function call', 'const token = process.env.PAYMENT_TOKEN || readTokenFromDisk();'],
    ['a passphrase element holding a sentence', '<passphrase>optional, leave blank when the key has none.</passphrase>'],
    ['a query parameter on a documentation host', 'GET https://example.com/resource?access_token=kq83nd93hdk2 HTTP/1.1'],
    ['an OAuth 1 request token in an authorize URL', 'redirect("https://api.socialsite.io/oauth/authorize?oauth_token=Qm83kdL20xPz7wVb")'],
    ['a query parameter holding a placeholder', 'const url = "https://api.weatherdata.io/v1?api_key=YOUR_API_KEY&units=metric";'],
    ['a query parameter named after a shell variable', 'otpauth://totp/$DeviceName@$AccountName?secret=$Base32Secret'],
    ['a query parameter filled from a variable', 'const url = `https://api.weatherdata.io/v1?api_key=${apiKey}&units=metric`;'],
    ['an environment read', 'const token = process.env.GITHUB_TOKEN;'],
    ['a template variable', 'password: ${DB_PASSWORD}'],
    ['a mustache variable', 'password: "{{ vault_password }}"'],
    ['a masked value', 'password = "********"'],
    ['a UUID', 'auth_token = "123e4567-e89b-12d3-a456-426614174000"'],
    ['an integrity hash', '"integrity": "sha512-' + 'Q'.repeat(20) + 'abc' + '="'],
    ['a version string', 'token_version = "1.2.3-beta.4"'],
    ['a file path', 'private_key = "./certs/server.key"'],
    ['a URL without credentials', 'auth_url = "https://login.example.com/oauth2/token"'],
    ['a keyboard shortcut', 'secretShortcut = "ctrl+shift+k"'],
    ['plain words', 'password_hint = "the name of your first pet"'],
    ['a sentence in a password field', 'password = "please enter a password"'],
    ['repeated characters', 'secret = "aaaaaaaaaaaaaaaa"'],
    ['a sequence', 'password = "123456789"'],
    ['a token type', 'token_type = "bearer_token_v2"'],
    ['a public key name', 'public_key = "' + randomString(charset.alnum, 30) + '"'],
    ['an id', 'client_id = "' + randomString(charset.alnum, 30) + '"'],
    ['a code expression', 'password = getPasswordFromVault(config)'],
    ['a function argument reference', 'login(user, password=pwd_from_prompt)'],
    ['an empty string', 'password => ""'],
    ['a low-entropy word with underscores', 'password: real_key'],
    ['a tokenizer', 'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")'],
    ['prose mentioning a password', 'msg = "Your password: must have 8 characters"'],
    ['a value that spells its own name', 'MY_SECRET_KEY_2024 = "my-secret-key-2024"'],
    ['an alphabet run no random key contains', 'api_key = "Xk9abcdefghijklmnopQ2"'],
    ['a bare name passed next to a literal', `send(token, "${randomString(charset.alnum, 24)}")`],
    ['a quoted name that is one of several arguments', `log("step", "token", "${randomString(charset.alnum, 24)}")`],
    ['a module loaded into a secret-like name', 'var import_core_auth = require("@azure/core-auth-v2x");'],
    ['a scoped package name', 'const authPackage = "@acme/auth-token-client9";'],
    ['a list of names', `keywords: ['secret_key_v2', '${randomString(charset.alnum, 24)}'],`],
    ['the CSRF token of a form', `<input type="hidden" name="authenticity_token" value="${randomString(charset.alnum, 40)}" />`],
    ['a YAML block under a name that is not secret', `description: |\n  ${randomString(charset.alnum, 24)}`],
    ['a YAML block holding a template', 'api_token: |\n  {{ .Values.apiToken }}'],
    ['a YAML block holding prose', 'password_policy: >\n  Use at least twelve characters and avoid common words.'],
    ['an XML element whose own line holds another element', `<key>\n  <string>${randomString(charset.alnum, 24)}</string>\n</key>`],
    ['an XML element on its own line, closed under another name', `<apiToken>\n  ${randomString(charset.alnum, 24)}\n</apiTokens>`],
    ['an XML element holding a placeholder on its own line', '<apiKey>\n  your-api-key-here\n</apiKey>'],
    ['an XML element holding prose on its own line', '<password>\n  Choose one you do not use anywhere else.\n</password>'],
    ['a value field under a name that is not secret', `- name: BUILD_LABEL\n  value: "${randomString(charset.alnum, 24)}"`],
    ['a value field two lines below a secret-like name', `- name: DB_PASSWORD\n  description: x\n  value: "${randomString(charset.alnum, 24)}"`],
    ['a parameter typed with a type whose name ends in Token', 'provideContent(uri: Uri, token: CancellationToken): Result<string>;'],
    ['a property holding a prefixed constant', 'const init = { withCredentials: kEnumerableProperty };'],
    ['a Terraform variable default under a name that is not secret', `variable "region_token_count" {\n  default = "${randomString(charset.alnum, 24)}"\n}`],
    ['a Python comparison of two names', '            if cache_token != current_token:'],
    ['a keyword argument on a continuation line', '                           authkey=process.current_process().authkey)'],
    ['a parameter default', '    def read(self, name, pwd=None):'],
    ['a Perl hash lookup', '        $PROXY_PASSWORD = $CPAN::Config->{proxy_pass} || "";'],
    ['a variable interpolated into a flag', '            "-auth=anonymous:$FROM_EMAIL",'],
    ['the anonymous FTP convention', "      $pass = '-anonymous@'"],
    ['a method called through ->', "$token->isa('Pod::Simple::PullParserEndToken'), but that's not so"],
    ['a list of flags', 'use Test2::Util::HashBase qw{ -pass -no_debug -number };'],
    ['a prompt passed to a reader', "const newpassword = await readUserInfo.password('New password: ')"],
    ['a prompt string', "const passwordPrompt = 'npm password: '"],
    ['base64 of a sentence in documentation', `auth: '${btoa('someone:not my real password')}',`],
    ['a GitHub Actions expression without spaces', '          NODE_AUTH_TOKEN: ${{secrets.npm_token}}'],
    ['an upper-case constant name', 'var customArgumentsToken = "__ES6-PROMISIFY--CUSTOM-ARGUMENTS__";'],
    ['minified code after an assignment', 'cancel(){this._token?this._token.cancel():this._token=d.Cancelled}dispose(){this._token?this._token'],
    ['a selector that names the field', '"input:password":"inp[type=password]",'],
    ['string concatenation', 'r.push("-pass"+e.passType);'],
    ['a stock password in leetspeak', "const pass = 'pa$$word'"],
    ['two strings meeting in code', 'throw new Error("The token \'".concat(e, "\' contains spaces"))'],
    ['an Application Insights instrumentation key', `"aiKey": "${randomString(charset.hex, 32)}-${randomString(charset.hex, 8)}-${randomString(charset.hex, 4)}-${randomString(charset.hex, 4)}-${randomString(charset.hex, 4)}-${randomString(charset.hex, 12)}-7255"`],
    ['a keyword-named key holding prose', `'pass': 'The "pass" statement\\n',`],
    ['code highlighted in HTML', '<span class="hljs-keyword">const</span> aliceSecret = alice.<span class="hljs-title">computeSecret</span>(bobKey);'],
    ['a keyword argument read from a dict', "            password=credential_data['basicAuth']['password'],"],
    ['an API group and version', "AUTH_VERSION_1_ALPHA = 'authentication.gke.io/v1alpha1'"],
    ['a resource path', "--kms-key='projects/my-project/locations/us-central1/keyRings/my-key-ring/cryptoKeys/my-key'"],
    ['a kubectl JSONPath template', "'auth_provider_expiry_key': '{.expireTime}',"],
    ['a Python regex with a named group', "_REMOTE_SECRET_VERSION_LONG = r'/versions/(?P<version_long>.+)'"],
    ['a format template', "auth_str.append('Signature=%s' % signature)"],
    ['a pagination token path', '"output_token": "StreamDescription.Shards[-1].ShardId",'],
    ['a weak key named for a result', '"result_key": "Ipv6CidrAssociations9"'],
    ['a class name passed with a module name', 'MovedAttribute("HTTPPasswordMgr", "urllib2", "urllib.request"),'],
    ['a method call that is not a wrapper', "credentials = credentials.with_quota_project('myproject-123')"],
    ['a type written as a string', "'image_pull_secrets': 'list[V1LocalObjectReference]',"],
    ['a snake_case name', 'pkcs12_key_as_pem = _bad_pkcs12_key_as_pem'],
    ['a stock example password', "MAIL_SMTP_PASSWORD = 'abc123'"],
    ['a secret spelled in alternating case', 'client_secret = "abc_ThIsIsAsEcReT"'],
    ['a command-line option name', '_CERT_PROVIDER_COMMAND_PASSPHRASE_OPTION = "--with_passphrase"'],
    ['a concatenation inside a string', '#return "MismatchedTokenException("+self.expecting+")"'],
    ['a module coordinate', '* Library (com.google.auth:google-auth-library-oauth2-http:1.3.0 - https://example.com)'],
    ['a C++ lambda capture', '[this, ID, Pass = std::move(Pass)](AnalysisKey *PassID) {'],
    ['text spelled in hex escapes', '#define TLS_MD_CLIENT_WRITE_KEY_CONST "\\x63\\x6c\\x69\\x65\\x6e\\x74\\x20\\x77\\x72\\x69\\x74\\x65\\x20\\x6b\\x65\\x79"'],
    ['a C++ member after ::', 'CollationKey::getByteArray(int32_t &count) const'],
    ['a list of choices in a config comment', '# com.sun.management.jmxremote.ssl.need.client.auth=true|false'],
    ['an encryption method named for passwords', '#password_encryption = scram-sha-256\t# scram-sha-256 or md5'],
    ['an example value that names itself', '<add key="Password" value="CleartextPassword1" />'],
    ['an R assignment of a call', 'password <- readline(prompt = "Password: ")'],
    ['settings that a secret is joined onto', 'cfg := Config{APIKey: "DefaultEndpointsProtocol=https;AccountName=acmedata;AccountKey=" + os.Getenv("ACCOUNT_KEY")}'],
    ['a name after a preposition', `keyVaultToStoreSecrets: cmp2-qat-${randomString(charset.digits, 10)}`],
    ['a list of option words under a secret-like name', "token_variants = ['+i6t-not-inline', '+i6t-inline', '+i6t-use-option']"],
    ['a list of common passwords', 'weak_passwords = ["Summer2024!", "Passw0rd123"]'],
    ['a list of keys read from the environment', 'api_keys = [os.environ["PRIMARY"], os.environ["SECONDARY"]]'],
    ["an object's own keys", 'const apiKeys = Object.keys(apiConfig);'],
    ['a translated label in a wrapping call', 'password = _("Enter your password")'],
    ['a form field named password with a label', '<label name="password">Password</label>'],
    ['the first piece of a wrapped concatenation', `SECRET_NAME_PATTERN = (\n    r'^projects/${randomString(charset.lower, 6)}/'\n    + PROJECT_NUMBER\n)`],
    ['the first line of a wrapped string split over lines', `ID_TOKEN_DATA = (\n    "${randomString(charset.alnum, 40)}"\n    "${randomString(charset.alnum, 40)}"\n)`],
    ['an empty password in a properties file, then the next setting', 'db.password=\njdbc.connection.url=jdbc:postgresql://db:5432/app'],
    ['a URL whose host is an IPv6 address', 'SESSION_TOKEN_URL_IPV6 = "http://[fd00:ec2::254]/latest/api/token"'],
    ['an empty password input', '<input type="password" name="password" value="" />'],
    ['a property list naming a key, not holding one', '<key>NSFaceIDUsageDescription</key><string>Unlock your saved tokens</string>'],
    ['a property list key whose string is a bundle name', '<key>TokenProvider</key><string>com.example.tokens</string>'],
    ['a Dockerfile ENV of a path', 'ENV TOKEN_FILE /run/secrets/token'],
    ['an email address under a name that reads as a secret', "{'SERVICE_AUTH_IMPERSONATE_ACCOUNT': 'deploy-bot7@build-project.iam.acmecorp.com'}"],
    ['networks and hosts under a weakly named key', '("a_new_key", "10.20.0.0/16,127.0.0.1,localhost.localdomain"),'],
    ["MySQL's hash of a password", "CREATE USER 'app'@'%' IDENTIFIED BY PASSWORD '*" + '0123456789ABCDEF'.repeat(2) + "FEDCBA98';"],
  ];
  for (const [name, text] of negatives) {
    it(`does not report ${name}`, () => {
      assert.deepEqual(genericValues(text), []);
    });
  }

  it('tells a random letters-only key from words: nearly all are found, words never are', () => {
    const random = seeded(24);
    const letters = charset.lower + charset.upper;
    let found = 0;
    for (let i = 0; i < 200; i++) {
      const v = randomString(letters, 24, random);
      if (genericValues(`password: "${v}"`, 'config.yaml').includes(v)) found++;
    }
    assert.ok(found >= 196, `${found} of 200 found`);
    for (const words of ['SuperSecretValue', 'urn:ietf:params:oauth:grant-type:jwt-bearer', 'constructor called', 'HTTPServerConfig']) {
      assert.deepEqual(genericValues(`password: "${words}"`, 'config.yaml'), [], words);
    }
  });

  it('finds random keys of every common alphabet, base64 starting with a slash included', () => {
    const random = seeded(48);
    const alphabets = [charset.alnum, charset.lowerAlnum, charset.upperAlnum, charset.hex, charset.base64, charset.base64url];
    const missed: string[] = [];
    let total = 0;
    for (const alphabet of alphabets) {
      for (const length of [20, 32, 40]) {
        for (let i = 0; i < 20; i++, total++) {
          const v = randomString(alphabet, length, random);
          if (!genericValues(`const apiKey = "${v}";`).includes(v)) missed.push(v.slice(0, 4));
        }
      }
    }
    assert.ok(missed.length <= total / 100, `${missed.length} of ${total} missed`);
    const slashed = '/' + randomString(charset.base64, 31, random);
    assert.deepEqual(genericValues(`const apiKey = "${slashed}";`), [slashed]);
    assert.deepEqual(genericValues('const apiKey = "/usr/local/lib64/secrets";'), []);
  });

  it('does not take a qualified name for a weakly named key in a config file', () => {
    assert.deepEqual(genericValues('blind_key = Ed25519.BlindKeySignatures', 'crypto.ini'), []);
    const value = randomString(charset.alnum, 24) + '7q';
    assert.deepEqual(genericValues(`blind_key = ${value}`, 'crypto.ini'), [value]);
  });

  it('classifies identifiers by their words, not substrings', () => {
    assert.equal(secretNameKind('awsSecretAccessKey'), 'key');
    assert.equal(secretNameKind('DB_PASSWORD'), 'password');
    assert.equal(secretNameKind('db_pass'), 'password');
    assert.equal(secretNameKind('stripeApiKey'), 'key');
    assert.equal(secretNameKind('passenger_count'), undefined);
    assert.equal(secretNameKind('cache_key'), undefined);
    assert.equal(secretNameKind('token_expiry'), undefined);
    assert.equal(secretNameKind('author'), undefined);
    // The head of a compound comes before its preposition.
    assert.equal(secretNameKind('keyVaultToStoreSecrets'), undefined);
    assert.equal(secretNameKind('urlForToken'), undefined);
    assert.equal(secretNameKind('tokenForGithub'), 'key');
    assert.equal(secretNameKind('password_of_admin'), 'password');
    // Compound words are judged by how they end.
    assert.equal(secretNameKind('dbpwd'), 'password');
    assert.equal(secretNameKind('ROOTPWD'), 'password');
  });

  it('reports the identifier the secret was assigned to', () => {
    const v = value();
    const [finding] = scanText(`const stripeSecretKey = "${v}";`).filter((f) => GENERIC.test(f.ruleId));
    assert.equal(finding.identifier, 'stripeSecretKey');
    assert.equal(finding.confidence, 'low');
  });

  it('finds every random item of a list written one per line, in YAML, JSON and code', () => {
    const [first, second] = [value(), value()];
    assert.deepEqual(genericValues(`service:\n  api_keys:\n    - ${first}\n    - "${second}"\n  timeout: 30\n`, 'config.yaml'), [first, second]);
    assert.deepEqual(genericValues(`{\n  "signingSecrets": [\n    "${first}",\n    "${second}"\n  ]\n}\n`, 'config.json'), [first, second]);
    assert.deepEqual(genericValues(`API_KEYS = [\n    "${first}",\n    '${second}' ,\n    "${first}", "${second}"\n]\n`, 'keys.py'), [first, second, first, second]);
    assert.deepEqual(genericValues(`const signingSecrets = [\n  \`${first}\`,\n  "a list of words",\n  "${second}",\n];\n`, 'keys.ts'), [first, second]);
    assert.deepEqual(genericValues(`API_KEYS = [\n    "${first}",\n    load_key("${second}"),\n    "${second}",\n]\n`, 'keys.py'), [first]);
    assert.deepEqual(genericValues('{\n  "keywords": [\n    "token",\n    "authentication"\n  ]\n}\n', 'package.json'), []);
    assert.deepEqual(genericValues('tokens:\n  - name: primary-token-for-the-service\n    kind: bearer\n', 'tokens.yaml'), []);
  });

  it('finds a bare key under a section that says whose it is, and reports it under the joined name', () => {
    const v = value();
    const found = (text: string, path: string) => scanText(text, { path }).filter((f) => GENERIC.test(f.ruleId)).map((f) => [text.slice(f.start, f.end), f.identifier]);
    assert.deepEqual(found(`mistral:\n  # rotated monthly\n  key: ${v}\n`, 'config.yaml'), [[v, 'mistral.key']]);
    assert.deepEqual(found(`api:\r\n  key: "${v}"\r\n`, 'config.yml'), [[v, 'api.key']]);
    assert.deepEqual(found(`[billing]\nregion = "eu"\nkey = "${v}"\n`, 'settings.toml'), [[v, 'billing.key']]);
    assert.deepEqual(found(`[stripe]\nkey=${v}\n`, 'app.ini'), [[v, 'stripe.key']]);
    assert.deepEqual(found(`{\n  "weather": {\n    "units": "metric",\n    "key": "${v}"\n  }\n}\n`, 'appsettings.json'), [[v, 'weather.key']]);
    // Sections that name an index, a cache or a list of variables make `key` no secret; nor does code.
    assert.deepEqual(found(`cache:\n  key: ${v}\n`, 'ci.yaml'), []);
    assert.deepEqual(found(`env:\n  - key: ${v}\n    value: x\n`, 'deploy.yaml'), []);
    assert.deepEqual(found(`i18n:\n  key: ${v}\n`, 'locale.yaml'), []);
    assert.deepEqual(found(`api = {\n  key: "${v}"\n}\n`, 'client.js'), []);
  });

  it('reads a key namespaced with colons as one name, and a dotted name passed as an argument', () => {
    const v = value();
    const found = (text: string, path: string) => scanText(text, { path }).filter((f) => GENERIC.test(f.ruleId)).map((f) => [text.slice(f.start, f.end), f.identifier]);
    assert.deepEqual(found(`{\n  "Smtp:Password": "${v}"\n}\n`, 'secrets.json'), [[v, 'Smtp:Password']]);
    assert.deepEqual(found(`var password = config["Db:Password"] ?? "${v}";`, 'Startup.cs'), [[v, 'Db:Password']]);
    assert.deepEqual(found(`String key = props.getProperty("api.key", "${v}");`, 'Client.java'), [[v, 'api.key']]);
    assert.deepEqual(found(`log("Step: password", "${v}")`, 'run.py'), []);
  });

  it('reads XML attributes in either order, with spaces around their equals signs, and a secret-like element\'s value attribute', () => {
    const v = value();
    for (const xml of [
      `<param value="${v}" name="smtp_password"/>`,
      `<property name = "db.password" value = '${v}' />`,
      `<entry key="x" value="${v}" name="signing_secret">text</entry>`,
      `<apiToken value="${v}"/>`,
      `<adminPassword scope="prod" value= "${v}" />`,
      `<setting name ="client_secret" >${v}</setting>`,
      `<serviceToken >${v}</serviceToken>`,
    ]) {
      assert.deepEqual(genericValues(xml, 'app.config'), [v], xml);
    }
    assert.deepEqual(genericValues(`<param value="${v}" name="page_size"/>`, 'app.config'), []);
    assert.deepEqual(genericValues(`<tokenizer value="${v}"/>`, 'app.config'), []);
    assert.deepEqual(genericValues('<password value="your-password-here"/>', 'app.config'), []);
  });

  it('takes a bare value for code where literals are quoted, except in a comment, and single quotes in C for a character', () => {
    const garbled = `z{{${randomString(charset.alnum, 5)}}q)${randomString(charset.alnum, 6)}]w(${randomString(charset.alnum, 5)}!x`;
    for (const path of ['app.py', 'App.java', 'client.ts', 'main.tf', 'Main.cs']) assert.deepEqual(genericValues(`db_password = ${garbled}`, path), [], path);
    for (const path of ['main.go', 'app.conf', '.env']) assert.deepEqual(genericValues(`db_password = ${garbled}`, path), [garbled], path);
    assert.deepEqual(genericValues(`# db_password = ${garbled}`, 'app.py'), [garbled]);
    assert.deepEqual(genericValues(`// db_password: ${garbled}`, 'client.ts'), [garbled]);
    const key = value();
    assert.deepEqual(genericValues(`const apiKey = ${key};`, 'client.ts'), [key], 'a random key left unquoted');
    assert.deepEqual(genericValues(`api_key = '${key}';`, 'main.c'), []);
    assert.deepEqual(genericValues(`api_key = @'${key}';`, 'main.m'), []);
    assert.deepEqual(genericValues(`api_key = @"${key}";`, 'main.m'), [key]);
    assert.deepEqual(genericValues(`api_key = '${key}'`, 'main.py'), [key]);
    assert.deepEqual(genericValues(`if ("${key}" == pass) {`, 'main.go'), [key]);
  });

  it('reads a shell default that also assigns (`${X:=…}`, `${X=…}`) as it reads `${X:-…}`, and no other `:=`', () => {
    const v = value();
    assert.deepEqual(genericValues(`API_TOKEN="\${API_TOKEN:=${v}}"`, 'run.sh'), [v]);
    assert.deepEqual(genericValues(`: "\${DB_PASSWORD=${v}}"`, 'run.sh'), [v]);
    assert.deepEqual(genericValues(`msg := "the token := ${v}"`, 'main.go'), []);
  });

  it('finds a secret a command stores under a secret-like name, in a script or in the docs', () => {
    const v = value();
    assert.deepEqual(genericValues(`aws configure set aws_secret_access_key ${v} --profile ci`, 'setup.sh'), [v]);
    assert.deepEqual(genericValues(`npm config set //registry.npmjs.org/:_authToken ${v}`, 'README.md'), [v]);
    assert.deepEqual(genericValues(`dotnet user-secrets set "Stripe:SecretKey" "${v}"`, 'NOTES.md'), [v]);
    assert.deepEqual(genericValues(`wp config set DB_PASSWORD '${v}' --type=constant`, 'provision.sh'), [v]);
    assert.deepEqual(genericValues('aws configure set aws_secret_access_key "$AWS_SECRET_ACCESS_KEY"', 'setup.sh'), []);
    assert.deepEqual(genericValues(`npm config set cache-min ${v}`, 'setup.sh'), []);
    assert.deepEqual(genericValues('git config set user.signingkey ~/.ssh/id_ed25519.pub', 'setup.sh'), []);
  });
});
