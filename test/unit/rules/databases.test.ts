import { Buffer } from 'node:buffer';
import { alnum, b64url, charset, hex, join, lowerAlnum, randomString, reseed, uuid } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0xdb5);
// Passwords use the punctuation that is legal unencoded in a URL's userinfo.
const password = () => randomString(`${charset.alnum}!*-_.~`, 18);

// Rows for text-shaped formats: the secret only makes sense inside its texts, so the bare-value checks are off.
const inText = (rule: string, secret: string, texts: string[], negatives: string[]): RuleCase => ({ rule, secret, texts, negatives, short: null, wrong: null });

const urlNegatives = (scheme: string) => [
  `URL=${scheme}://app:app@localhost/db`,
  `URL=${scheme}://user:password@localhost/db`,
  `URL=${scheme}://user:pass@localhost/db`,
  `URL=${scheme}://user:\${DB_PASSWORD}@db/app`,
  `URL=${scheme}://user:$DB_PASSWORD@db/app`,
  `URL=${scheme}://user:@db/app`,
  `URL=${scheme}://user:****@db/app`,
  `URL=${scheme}://user:<password>@db/app`,
  `URL=${scheme}://{user}:{password}@{host}/app`,
  `URL=${scheme}://%s:%s@%s/app`,
  `URL=${scheme}://db.internal:5432/app`,
  `URL=${scheme}://deploy:${alnum(12)}@example.com/app`,
];

const basic = Buffer.from(`svc-${lowerAlnum(6)}:${alnum(18)}`).toString('base64');

const cases: RuleCase[] = [
  inText(
    'postgres-url-password',
    password(),
    [
      'DATABASE_URL=postgres://app:§@db.internal:5432/app',
      'const url = "postgresql://app_user:§@10.0.0.5/prod?sslmode=require";',
      'url: postgresql+psycopg2://svc:§@db/app',
      "engine = create_engine('postgresql+asyncpg://svc:§@localhost/app')",
    ],
    urlNegatives('postgres'),
  ),
  inText('mysql-url-password', password(), ['DATABASE_URL=mysql://root:§@127.0.0.1:3306/app', 'url = "mariadb://app:§@db/app"', 'jdbc:mysql://app:§@db:3306/app', 'mysql+pymysql://app:§@db/app'], urlNegatives('mysql')),
  inText(
    'mongodb-url-password',
    password(),
    ['MONGODB_URI=mongodb+srv://app:§@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority', 'mongoose.connect("mongodb://admin:§@mongo:27017/app?authSource=admin")'],
    [...urlNegatives('mongodb'), 'MONGODB_URI=mongodb+srv://<username>:<password>@cluster0.mongodb.net/'],
  ),
  inText('redis-url-password', password(), ['REDIS_URL=redis://:§@redis:6379/0', "REDIS_URL: 'rediss://default:§@eu1-fond-fox.upstash.io:6379'"], urlNegatives('redis')),
  inText('mssql-url-password', password(), ['DATABASE_URL=mssql://sa:§@sql:1433/app', 'url = "sqlserver://app:§@db.corp.local:1433?database=app"'], urlNegatives('mssql')),
  inText(
    'database-url-password',
    password(),
    ['DATABASE_URL=oracle://scott:§@db:1521/ORCL', 'snowflake://etl_user:§@xy12345.eu-central-1/db/schema', 'NEO4J_URI=neo4j://neo4j:§@graph:7687'],
    urlNegatives('oracle'),
  ),
  inText('amqp-url-password', password(), ['AMQP_URL=amqp://app:§@rabbitmq:5672/vhost', "broker_url = 'amqps://worker:§@b-123.mq.eu-west-1.amazonaws.com:5671'", 'MQTT_URL=mqtt://device:§@broker:1883'], urlNegatives('amqp')),
  inText('ftp-url-password', password(), ['FTP_URL=ftp://deploy:§@ftp.host.net/public_html', 'sftp://backup:§@files.corp.net:22/backups'], urlNegatives('ftp')),
  inText('smtp-url-password', password(), ['SMTP_URL=smtps://mailer:§@smtp.sendgrid.net:465', 'MAIL_URL=smtp://postmaster:§@mail.corp.net:587', 'imap://inbox:§@imap.corp.net'], urlNegatives('smtp')),
  inText('ldap-url-password', password(), ['LDAP_URL=ldaps://binduser:§@ad.corp.local:636', 'url: ldap://svc-reader:§@ldap.corp.net:389/dc=corp,dc=net'], urlNegatives('ldap')),
  inText(
    'http-url-password',
    password(),
    ['REPO=https://deploy:§@registry.company.io/repo.git', 'git clone https://oauth2:§@gitlab.com/group/repo.git', 'proxy = "http://proxyuser:§@proxy.corp:3128"'],
    [...urlNegatives('https'), 'see https://example.com:8080/path', 'git clone https://${USER}:${TOKEN}@github.com/org/repo', 'https://user@github.com/org/repo'],
  ),
  inText(
    'jdbc-url-password',
    password(),
    [
      'jdbc:sqlserver://db:1433;databaseName=app;user=sa;password=§;encrypt=true',
      'spring.datasource.url=jdbc:postgresql://db:5432/app?user=app&password=§',
      'String url = "jdbc:mysql://db/app?useSSL=false&password=§";',
    ],
    ['jdbc:sqlserver://db;user=sa;password={0};', 'jdbc:postgresql://db/app?user=app&password=${DB_PASSWORD}', 'jdbc:postgresql://db/app?user=app', 'jdbc:sqlserver://db;user=sa;password=password;'],
  ),
  inText(
    'jdbc-oracle-thin-password',
    password(),
    ['url=jdbc:oracle:thin:scott/§@//db.corp:1521/ORCL', 'String url = "jdbc:oracle:thin:app_user/§@db:1521:XE";'],
    ['jdbc:oracle:thin:scott/<password>@db:1521:ORCL', 'jdbc:oracle:thin:@db:1521:ORCL', 'jdbc:oracle:thin:scott/${DB_PASS}@db:1521:ORCL'],
  ),
  inText(
    'connection-string-password',
    password(),
    [
      'Server=tcp:sql.corp.net,1433;Initial Catalog=app;User ID=sa;Password=§;',
      '"Default": "Data Source=db;Initial Catalog=app;User Id=app;Pwd=§;"',
      'psql "host=db.internal port=5432 dbname=app user=app password=§"',
      'Password=§;Server=db;Database=app',
    ],
    [
      'Server=db;User ID=sa;Password={0};',
      'Server=db;Password=$(DB_PASSWORD);',
      'Server=db;Password=<password>;',
      'Server=db;Password=****;',
      'Server=db;Password=;',
      `DB_PASSWORD=${alnum(14)}`,
      `https://api.corp.net/login?user=x&password=${alnum(14)}`,
    ],
  ),
  { rule: 'neon-api-key', secret: join('napi', '_', alnum(64)), keep: 5, negatives: [`NEON_API_KEY=${join('napi', '_', '0'.repeat(64))}`] },
  { rule: 'mongodb-atlas-service-account-secret', secret: join('mdb_sa', '_sk_', b64url(40)), name: 'MONGODB_ATLAS_CLIENT_SECRET', keep: 10 },
  { rule: 'mongodb-atlas-private-key', secret: uuid(), name: 'MONGODB_ATLAS_PRIVATE_KEY', more: ['atlas_private_key: §'], negatives: ['MONGODB_ATLAS_PUBLIC_KEY=abcdwxyz'] },
  { rule: 'redis-cloud-api-key', secret: alnum(50), name: 'REDIS_CLOUD_API_KEY', short: alnum(39) },
  { rule: 'cloudant-credential', secret: b64url(44), name: 'CLOUDANT_APIKEY' },
  { rule: 'cloudant-credential', secret: hex(64), name: 'CLOUDANT_PASSWORD', wrong: 'g' },
  inText(
    'http-basic-auth-header',
    basic,
    [
      'Authorization: Basic §',
      'curl -H "Authorization: Basic §" https://api.corp.net',
      'headers = {"Authorization": "Basic §"}',
      'req.Header.Set("Authorization", "Basic §")',
      'client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "§");',
    ],
    [
      'Authorization: Basic ${CREDENTIALS}',
      'Authorization: Basic <base64>',
      `Authorization: Basic ${Buffer.from('user:pass').toString('base64')}`,
      `Authorization: Basic ${Buffer.from(`nocolon${alnum(12)}`).toString('base64')}`,
      `Authorization: Basic ${Buffer.from(`${alnum(8)}:`).toString('base64')}`,
    ],
  ),
  inText(
    'http-bearer-token',
    b64url(40),
    [
      'curl -H "Authorization: Bearer §" https://api.corp.net/v1/me',
      "headers: { Authorization: 'Bearer §' },",
      '{"Authorization": "Bearer §"}',
      'conn.setRequestProperty("Authorization", "Bearer §");',
      'headers = {"Authorization": f"Bearer §"}',
      'headers["Authorization"] = "Bearer §"',
      'request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "§");',
      'request.setValue("Bearer §", forHTTPHeaderField: "Authorization")',
      '[request setValue:@"Bearer §" forHTTPHeaderField:@"Authorization"];',
      'const auth = `Bearer §`;',
      "headers: { Authorization: 'Bearer ' + '§' },",
      'conn.setRequestProperty("Authorization", "Bearer " + "§");',
      "$headers = ['Authorization: Bearer ' . '§'];",
      'local auth = "Bearer " .. "§"',
    ],
    [
      'Authorization: Bearer $TOKEN',
      'Authorization: Bearer ${TOKEN}',
      'Authorization: Bearer <token>',
      'Authorization: Bearer YOUR_ACCESS_TOKEN',
      'Authorization: Bearer ACCESS_TOKEN_GOES_HERE',
      'Authorization: Bearer your-api-token-here',
      'Authorization: Bearer my-personal-access-token',
      'headers = {"Authorization": f"Bearer {token}"}',
      'headers = {"Authorization": "Bearer " + token}',
      'headers = {"Authorization": "Bearer " + "${TOKEN}"}',
      `headers = {"Authorization": "Bearer " + "${alnum(12)}" + suffix}`,
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9...',
      `Authorization: Bearer ${alnum(12)}`,
    ],
  ),
  inText(
    'http-token-auth-header',
    alnum(40),
    ['curl -H "Authorization: token §" https://api.github.com/user', "headers = {'Authorization': 'Token §'}"],
    ['Authorization: token $GITHUB_TOKEN', 'Authorization: Token <your-token>', 'Authorization: token YOUR_TOKEN_HERE'],
  ),
  inText(
    'curl-user-password',
    password(),
    [
      'curl -u deploy:§ https://api.corp.net/v1/items',
      'curl --user "ci-bot:§" -X POST https://ci.corp.net/job',
      'curl -X POST \\\n  -u admin:§ \\\n  https://api.corp.net/v1/items',
      "curl --user kevin:'§' -iX PATCH https://api.corp.net/v1/items",
      'curl --user "j.smith":"§" https://api.corp.net/user/me',
    ],
    [
      'curl -u user:password https://api.corp.net',
      'curl -u $USER:$PASS https://api.corp.net',
      'curl -u admin:admin http://localhost:9200',
      'curl -u "${API_KEY}:" https://api.corp.net',
      'curl -u user: https://api.corp.net',
      'curl --user-agent "Mozilla/5.0 (X11; Linux x86_64)" https://api.corp.net',
      'curl -u elastic:changeme http://localhost:9200',
      'curl -sL --user "$1:$2" "$3" > "$4"',
      'curl -u <user:password> https://api.corp.net/endpoint',
      'curl -XGET -i -u "${{ secrets.ELK_ID }}:${{ secrets.ELK_PASS }}"',
      'curl -X POST --user "$(cat ./login.txt):$(cat ./password.txt)"',
      'curl --user "xxx:yyy" https://api.corp.net',
      'curl --silent --user "{{ .Values.username }}:{{ .Values.password }}" https://api.corp.net',
    ],
  ),
  inText(
    'curl-user-api-key',
    password(),
    ['curl -u "§:" https://localhost:9200', 'curl https://api.corp.net/v1/charges \\\n  -u §: \\\n  -d amount=2000'],
    ['curl -u "${API_KEY}:" https://api.corp.net', 'curl -u username: https://api.corp.net', `curl -u deploy:${alnum(16)} https://api.corp.net`],
  ),
  inText(
    'netrc-password',
    alnum(40),
    [
      'machine api.github.com login octocat password §\n',
      'machine api.heroku.com\n  login me@corp.net\n  password §\n',
      'default login deploy password §',
      'RUN echo "machine git.corp.net login ci password §" > ~/.netrc',
    ],
    [
      'machine ftp.corp.net login anonymous password guest@corp.net',
      'machine api.corp.net login octocat password $GITHUB_TOKEN',
      'machine api.corp.net login octocat password ${GITHUB_TOKEN}',
      'Use your login and password to sign in.',
      '" ftp: "machine id password [path/]filename"',
      'machine host login user password <your-token>',
      `login alice\n\npassword ${alnum(40)}`,
    ],
  ),
  inText(
    'curl-header-secret',
    uuid(),
    [
      "curl --header  'Authorization:  §' https://api.corp.net",
      'curl -X GET \\\n     -H "apikey: §" \\\n     -H "Accept: application/json" \\\n     https://api.corp.net/rest/v1/stats',
      'curl -H "X-Octopus-ApiKey: §" https://octopus.corp.net/api',
    ],
    [
      'curl -X GET -H "apikey: $API_KEY" -H "Accept: $FORMAT" "$API_URL/rest/v1/stats"',
      'curl -H "Authorization: Bearer <Openverse API token>" "https://api.openverse.org/v1/audio/"',
      'curl -H "Authorization: Token **********" https://api.corp.net',
      'curl -H "X-Api-Key: YOUR_API_KEY_GOES_HERE" https://api.corp.net',
      'curl -H "Content-Type: application/json" -d \'{"token_type": "bearer"}\' https://api.corp.net',
      `curl -H "X-Api-Key: ${alnum(10)}" https://api.corp.net`,
    ],
  ),
];

// Built after the table above, so its random draws leave the rows already in it as they were.
cases.push(
  inText(
    'remote-url-password',
    password(),
    ['REPO=ssh://deploy:§@git.corp.io:2222/app.git', 'pip install git+https://ci:§@git.corp.io/lib.git', 'svn checkout svn+ssh://build:§@svn.corp.io/trunk', 'WS_URL=wss://client:§@stream.corp.io/feed', 'ALL_PROXY=socks5h://relay:§@proxy.corp.io:1080'],
    [...urlNegatives('ssh'), 'git clone git@github.com:acme/app.git', 'REPO=ssh://git@github.com/acme/app.git'],
  ),
  inText('database-url-password', password(), ['couchbase://app:§@cb.corp.io', 'INFLUX_URL=influxdb://writer:§@influx.corp.io:8086', 'cassandra://app:§@cass.corp.io:9042/ks'], urlNegatives('couchbase')),
  // Aiven's passwords vary in length, so neither a shorter one nor the part before a stray character is wrong.
  { rule: 'aiven-service-password', name: 'AIVEN_SERVICE_PASSWORD', secret: join('AVNS_', alnum(19)), keep: 5, short: null, wrong: null, negatives: [`AIVEN_SERVICE_PASSWORD=${join('AVNS_', alnum(6))}`, join('AIVEN_SERVICE_PASSWORD=AVNS', '12345678abcdefg')] },
  inText(
    'mysql-go-dsn-password',
    password(),
    ['db, err := sql.Open("mysql", "app:§@tcp(db:3306)/app?parseTime=true")', 'MYSQL_DSN=app:§@unix(/var/run/mysqld/mysqld.sock)/app'],
    ['dsn := "root:@tcp(127.0.0.1:3306)/test"', 'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)', 'dsn := "user:password@tcp(localhost:3306)/dbname"'],
  ),
  inText(
    'sql-user-password',
    password(),
    [
      "CREATE USER 'app'@'%' IDENTIFIED BY '§';",
      "ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY '§';",
      "GRANT ALL ON app.* TO 'app'@'localhost' IDENTIFIED BY '§';",
      "create role app with login password '§';",
      "CREATE LOGIN app WITH PASSWORD = '§';",
      `psql -c "ALTER USER postgres PASSWORD '§';"`,
      "SET PASSWORD FOR 'app'@'localhost' = PASSWORD('§');",
      "SET PASSWORD = '§';",
    ],
    [
      "CREATE USER 'app'@'%' IDENTIFIED BY PASSWORD '*" + '0123456789ABCDEF'.repeat(2) + "FEDCBA98';",
      'ALTER USER app PASSWORD NULL;',
      "CREATE USER app IDENTIFIED BY 'password';",
      `const password = new Password('${['Kx9', 'mQ2', 'vL7', 'pR4'].join('')}');`,
      'cursor.execute("ALTER USER %s WITH PASSWORD %s", (user, pw))',
    ],
  ),
);

describeRuleTable('databases', cases);
