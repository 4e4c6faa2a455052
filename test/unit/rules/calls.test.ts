// Secrets passed to API calls. Each is drawn at run time; the calls around them are the ones the rules know, in
// the languages that spell them so.
import { charset, randomString, reseed } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0xca11);

const password = () => randomString(charset.alnum, 12) + randomString('#+=@.:_', 1) + randomString(charset.digits, 2);
const key = () => randomString(charset.alnum, 30) + randomString(charset.digits, 2);

// Stand-ins that are not the secret: a variable, an environment read, a tutorial's word.
const standIns = ['password', 'changeme', 'secret', 'YOUR_PASSWORD'];

const row = (rule: string, secret: string, texts: string[], negatives: string[]): RuleCase => ({ rule, secret, texts, short: null, wrong: null, negatives });

const cases: RuleCase[] = [
  row(
    'login-call-password',
    password(),
    ['server.login("deploy@corp.io", "§")', "ftp.login('deploy', '§')", 'var credential = new NetworkCredential("deploy", "§");', 'auth = HTTPBasicAuth(user, "§")'],
    ['server.login(user, password)', 'login("anonymous", "$Config{cf_email}")', 'server.login("deploy", os.environ["SMTP_PASSWORD"])', ...standIns.map((v) => `server.login("deploy", "${v}")`)],
  ),
  row('auth-tuple-password', password(), ['r = requests.get(url, auth=("deploy", "§"))', "client = httpx.Client(auth = ('deploy', '§',))"], ['r = requests.get(url, auth=(user, pw))', ...standIns.map((v) => `r = requests.get(url, auth=("deploy", "${v}"))`)]),
  row(
    'connect-call-password',
    password(),
    ['Connection c = DriverManager.getConnection(url, "app", "§");', '$db = new mysqli("db", "app", "§", "app");', "$pdo = new PDO('mysql:host=db;dbname=app', 'app', '§');", 'auth := smtp.PlainAuth("", "deploy@corp.io", "§", "smtp.corp.io")'],
    ['Connection c = DriverManager.getConnection(url, user, password);', ...standIns.map((v) => `$db = new mysqli("db", "app", "${v}", "app");`)],
  ),
  row(
    'jwt-signing-secret',
    key(),
    ["const token = jwt.sign({ sub: user.id(), role: 'admin' }, '§', { expiresIn: '1h' });", 'token = jwt.encode(payload, "§", algorithm="HS256")', "$jwt = JWT::encode($payload, '§', 'HS256');", 'claims = jwt.decode(token, "§", algorithms=["HS256"])'],
    ['const token = jwt.sign(payload, process.env.JWT_SECRET);', "const token = jwt.sign({ role: 'admin' }, secret);", ...standIns.map((v) => `const token = jwt.sign(payload, '${v}');`)],
  ),
  row(
    'hmac-key-literal',
    key(),
    [
      "const mac = crypto.createHmac('sha256', '§').update(body).digest('hex');",
      'mac = hmac.new(b"§", body, hashlib.sha256)',
      'Key key = Keys.hmacShaKeyFor("§".getBytes(StandardCharsets.UTF_8));',
      'Algorithm algorithm = Algorithm.HMAC256("§");',
      'var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("§"));',
      'signed, err := token.SignedString([]byte("§"))',
    ],
    ["const mac = crypto.createHmac('sha256', secret);", 'mac = hmac.new(key, body, hashlib.sha256)', ...standIns.map((v) => `mac = hmac.new(b"${v}", body, hashlib.sha256)`)],
  ),
];

describeRuleTable('calls', cases);
