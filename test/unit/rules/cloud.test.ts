// Cloud platform rules. Every secret is assembled here from a split prefix and random characters.
import { alnum, b64, b64url, charset, hex, join, randomString, reseed, uuid } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0xc10d);

const base32 = (n: number) => randomString('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);
const broken = (secret: string, at: number) => `API_TOKEN=${secret.slice(0, at)}~${secret.slice(at + 1)}`;

const keyId = join('AK', 'IA', base32(16));
const awsSecret = b64(40);
const sessionToken = join('IQoJb3JpZ2lu', 'X2Vj', b64(300));
const accessToken = join('ya', '29.', b64url(150));
const refreshToken = join('1/', '/0', b64url(100));

// A service account key file; the private key is a JSON string with `\n` escapes.
const escapedPem = join('-----BEGIN ', 'PRIVATE KEY', '-----\\n', Array.from({ length: 6 }, () => b64(64)).join('\\n'), '\\n-----END ', 'PRIVATE KEY', '-----\\n');
const serviceAccount = (type: string, pem: string) =>
  [
    '{',
    `  "type": "${type}",`,
    '  "project_id": "demo-project",',
    `  "private_key_id": "${hex(40)}",`,
    `  "private_key": "${pem}",`,
    '  "client_email": "builder@demo-project.iam.gserviceaccount.com",',
    '  "client_id": "104729384756102938475"',
    '}',
  ].join('\n');
const sortedServiceAccount = (pem: string) =>
  `{"client_email": "builder@demo-project.iam.gserviceaccount.com", "private_key": "${pem}", "project_id": "demo-project", "type": "service_account"}`;

const storageKey = `${b64(86)}==`;
const connection = (key: string) => `DefaultEndpointsProtocol=https;AccountName=demostore;AccountKey=${key};EndpointSuffix=core.windows.net`;
const sharedKey = `${b64(43)}=`;
const serviceBus = (key: string) => `Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key}`;
const appConfigSecret = `${b64(43)}=`;
const appConfig = (secret: string) => `Endpoint=https://demo-config.azconfig.io;Id=Ab12-l0-s0:Xy9z;Secret=${secret}`;
const clientSecret = join(alnum(3), '8', 'Q~', randomString(`${charset.alnum}~_-`, 34));
const sasSig = join(alnum(40), '%2B', alnum(3), '%3D');
const sasUrl = (sig: string, version = 'sv=2022-11-02&') =>
  `https://demostore.blob.core.windows.net/backups?${version}ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=${sig}`;

const cases: RuleCase[] = [
  {
    rule: 'aws-access-key-id',
    name: 'AWS_ACCESS_KEY_ID',
    secret: keyId,
    keep: 4,
    // The documentation's example id, and a body with digits that base32 never uses.
    negatives: [`AWS_ACCESS_KEY_ID=${join('AK', 'IA', 'IOSFODNN7', 'EXAMPLE')}`, `AWS_ACCESS_KEY_ID=${join('AK', 'IA', 'QWERTYUIOPASDF01')}`],
  },
  { rule: 'aws-access-key-id', name: 'AWS_ACCESS_KEY_ID', secret: join('AS', 'IA', base32(16)), keep: 4 },
  {
    rule: 'aws-secret-access-key',
    name: 'AWS_SECRET_ACCESS_KEY',
    secret: awsSecret,
    more: [`[default]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${awsSecret}\n`, `  secretAccessKey: '${awsSecret}',`, 'let aws_secret_access_key = r#"§"#;'],
    negatives: [`aws_secret_access_key = ${join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY')}`, `aws_secret_access_key = ${hex(48)}`],
  },
  { rule: 'aws-secret-access-key', name: 'SECRET_ACCESS_KEY', secret: b64(40) },
  {
    rule: 'aws-secret-access-key-after-id',
    secret: awsSecret,
    texts: [`var credentials = new BasicAWSCredentials("${keyId}", "§");`, `creds := credentials.NewStaticCredentials("${keyId}", "§", "")`, `AwsBasicCredentials.create(\n    '${keyId}',\n    '§')`],
    negatives: [`new BasicAWSCredentials("${keyId}", "${'x'.repeat(40)}")`, `new BasicAWSCredentials("${keyId}", "${join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY')}")`],
  },
  {
    rule: 'aws-secret-access-key-csv',
    secret: awsSecret,
    texts: [`Access key ID,Secret access key\n${keyId},§\n`, `User name,Password,Access key ID,Secret access key,Console login link\nci-bot,,${keyId},§,https://example.signin.aws.amazon.com/console\n`],
    negatives: [`${keyId},${'x'.repeat(40)}`, `${keyId},${join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY')}`, `${keyId},${b64(41)}`, `id,${awsSecret}`],
  },
  {
    rule: 'aws-session-token',
    name: 'AWS_SESSION_TOKEN',
    secret: sessionToken,
    keep: 16,
    short: join('IQoJb3JpZ2lu', 'X2Vj', b64(99)),
    wrong: null,
    negatives: [broken(sessionToken, 30)],
  },
  { rule: 'aws-session-token-assigned', name: 'AWS_SESSION_TOKEN', secret: b64(400), short: b64(99) },
  {
    rule: 'gcp-service-account-key',
    secret: escapedPem,
    texts: [serviceAccount('service_account', escapedPem), sortedServiceAccount(escapedPem)],
    negatives: [serviceAccount('authorized_user', escapedPem.replace(/[A-Za-z0-9+/]{64}/, 'x'))],
  },
  { rule: 'gcp-oauth-client-secret', name: 'GOOGLE_CLIENT_SECRET', secret: join('GOC', 'SPX-', b64url(28)), keep: 7 },
  {
    rule: 'gcp-oauth-access-token',
    name: 'GOOGLE_ACCESS_TOKEN',
    secret: accessToken,
    keep: 5,
    short: join('ya', '29.', alnum(49)),
    wrong: null,
    negatives: [broken(accessToken, 20)],
  },
  {
    rule: 'gcp-oauth-refresh-token',
    name: 'GOOGLE_REFRESH_TOKEN',
    secret: refreshToken,
    keep: 4,
    short: join('1/', '/0', alnum(39)),
    wrong: null,
    negatives: [broken(refreshToken, 20), 'see https://example.com/1//0abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP'],
  },
  {
    rule: 'azure-storage-account-key',
    secret: storageKey,
    texts: [connection(storageKey), `const conn = "${connection(storageKey)}";`, `AZURE_STORAGE_CONNECTION_STRING="${connection(storageKey)}"`],
    negatives: [connection(`${b64(85)}==`), connection('<your-account-key>'), connection(`${storageKey.slice(0, 40)}~${storageKey.slice(41)}`)],
  },
  { rule: 'azure-storage-account-key-assigned', name: 'AZURE_STORAGE_KEY', secret: `${b64(86)}==` },
  {
    rule: 'azure-shared-access-key',
    secret: sharedKey,
    texts: [serviceBus(sharedKey), `SERVICEBUS_CONNECTION="${serviceBus(sharedKey)}"`],
    negatives: [serviceBus(`${b64(42)}=`), serviceBus('<key>')],
  },
  {
    rule: 'azure-app-configuration-secret',
    secret: appConfigSecret,
    texts: [appConfig(appConfigSecret), `"AppConfig": "${appConfig(appConfigSecret)}"`],
    negatives: [appConfig(b64(30)), appConfig('${APPCONFIG_SECRET}')],
  },
  {
    rule: 'azure-ad-client-secret',
    name: 'AZURE_CLIENT_SECRET',
    secret: clientSecret,
    keep: 6,
    short: clientSecret.slice(0, 36),
    wrong: '!',
    negatives: [`AZURE_CLIENT_SECRET=${alnum(3)}8Q-${alnum(34)}`],
  },
  {
    rule: 'azure-sas-token',
    secret: sasSig,
    texts: [sasUrl(sasSig), `const backupUrl = "${sasUrl(sasSig)}";`, `BlobEndpoint=https://demostore.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&sp=rl&sig=${sasSig}`],
    negatives: [sasUrl(sasSig, ''), sasUrl('<signature>'), sasUrl(alnum(30))],
  },
  { rule: 'azure-devops-pat', name: 'AZURE_DEVOPS_PAT', secret: randomString('abcdefghijklmnopqrstuvwxyz234567', 52), wrong: 'Z' },
  { rule: 'azure-devops-pat', name: 'AZURE_DEVOPS_EXT_PAT', secret: alnum(84), short: alnum(83) },
  { rule: 'alibaba-access-key-id', secret: join('LT', 'AI', alnum(20)), keep: 4, short: join('LT', 'AI', alnum(11)) },
  { rule: 'alibaba-access-key-secret', name: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', secret: alnum(30) },
  { rule: 'ibm-cloud-iam-key', name: 'IBM_CLOUD_API_KEY', secret: b64url(44) },
  { rule: 'ibm-cos-hmac-secret', name: 'COS_HMAC_SECRET_ACCESS_KEY', secret: hex(48), wrong: 'Z' },
  { rule: 'ibm-cos-hmac-secret', name: 'IBM_COS_SECRET', secret: hex(48), wrong: 'Z' },
  { rule: 'yandex-api-key', name: 'YC_API_KEY', secret: join('AQ', 'VN', b64url(36)), keep: 4, short: join('AQ', 'VN', alnum(34)) },
  { rule: 'yandex-static-access-key', name: 'YANDEX_SECRET_KEY', secret: join('Y', 'C', b64url(38)), keep: 2 },
  {
    rule: 'yandex-access-token',
    name: 'YANDEX_IAM_TOKEN',
    secret: join('t', '1.', b64url(60), '.', b64url(86)),
    keep: 3,
    short: join('t', '1.', b64url(60), '.', alnum(85)),
  },
  { rule: 'yandex-access-token', name: 'YANDEX_OAUTH_TOKEN', secret: join('y', '0_', b64url(58)), keep: 3, short: join('y', '0_', alnum(39)) },
  { rule: 'tencent-secret-id', name: 'TENCENTCLOUD_SECRET_ID', secret: join('AK', 'ID', alnum(32)), keep: 4 },
  { rule: 'tencent-secret-key', name: 'TENCENTCLOUD_SECRET_KEY', secret: alnum(32) },
  {
    rule: 'azure-data-factory-runtime-key',
    secret: join('IR', '@', alnum(8), '-', alnum(4), '-', alnum(4), '-', alnum(4), '-', alnum(12), '@adf-orders-001@westeurope@', b64(43), '='),
    keep: 3,
    // The shortened key's last part is 43 characters, one too few.
    negatives: [`key = ${join('IR', '@', uuid(), '@adf-orders-001@westeurope@', b64(42), '=')}`],
  },
  { rule: 'castai-api-key', secret: join('castai', '_v1_', alnum(64), '_', alnum(8)), keep: 10, short: join('castai', '_v1_', alnum(64), '_', alnum(7)) },
];

describeRuleTable('cloud', cases);
