// CI/CD, infrastructure and secrets-management rules, and Kubernetes Secret manifests. Every secret is
// assembled here from a split prefix and random characters.
import { alnum, b64, b64url, charset, hex, join, randomString, reseed, uuid } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0xc1cd);

const broken = (secret: string, at: number) => `API_TOKEN=${secret.slice(0, at)}~${secret.slice(at + 1)}`;

const vaultToken = join('hv', 's.', 'CAES', b64url(86));
const batchToken = join('hv', 'b.', b64url(150));

// Kubernetes manifests, in the orders people write them and the order kubectl prints them.
const k8sValue = b64(44);
const certificate = join('LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t', b64(400));
const written = (kind: string, value: string) =>
  `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: db-credentials\n  namespace: default\ntype: Opaque\ndata:\n  password: ${value}\n  username: YWRtaW4=\n`;
const kubectl = (value: string) =>
  `apiVersion: v1\ndata:\n\t# generated\n\ttls.crt: ${certificate}\n\tapi-key: "${value}"\nkind: secret\nmetadata:\n\tname: api\n\tnamespace: production\ntype: Opaque\n`;
const multiDoc = (value: string) =>
  `apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: ${b64(24)}\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  token: ${value}\n`;
// A value written as a block scalar, on the line after its key, as `kubectl create secret` users often do.
const blockScalar = (value: string) => `apiVersion: v1\ndata:\n  .dockerconfigjson: |\n    ${value}\nkind: 'Secret'\ntype: kubernetes.io/dockerconfigjson\n`;
const stringValue = alnum(20);
const stringData = (value: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  DATABASE_URL: https://db.internal/app\n  password: ${value}\n`;

const cases: RuleCase[] = [
  { rule: 'circleci-personal-token', name: 'CIRCLECI_TOKEN', secret: join('CCI', 'PAT_', alnum(22), '_', hex(40)), keep: 7 },
  { rule: 'circleci-project-token', name: 'CIRCLECI_TOKEN', secret: join('CCI', 'PRJ_', alnum(22), '_', hex(40)), keep: 7 },
  { rule: 'circleci-legacy-token', name: 'CIRCLECI_TOKEN', secret: hex(40), wrong: 'Z' },
  { rule: 'circleci-legacy-token', name: 'CIRCLE_TOKEN', secret: hex(40), wrong: 'Z' },
  { rule: 'travisci-access-token', name: 'TRAVIS_API_TOKEN', secret: b64url(22) },
  { rule: 'droneci-access-token', name: 'DRONE_TOKEN', secret: alnum(32) },
  { rule: 'buildkite-api-token', name: 'BUILDKITE_API_TOKEN', secret: join('bk', 'ua_', hex(40)), keep: 5, wrong: 'Z' },
  { rule: 'harness-api-key', name: 'HARNESS_PLATFORM_API_KEY', secret: join('pa', 't.', b64url(22), '.', hex(24), '.', alnum(20)), keep: 4 },
  { rule: 'harness-api-key', secret: join('sa', 't.', b64url(22), '.', alnum(24), '.', alnum(20)), keep: 4 },
  { rule: 'octopus-deploy-api-key', name: 'OCTOPUS_API_KEY', secret: join('AP', 'I-', randomString(charset.upperAlnum, 26)), keep: 4 },
  {
    rule: 'vault-service-token',
    name: 'VAULT_TOKEN',
    secret: vaultToken,
    keep: 4,
    short: join('hv', 's.', alnum(23)),
    wrong: null,
    negatives: [broken(vaultToken, 10)],
  },
  { rule: 'vault-service-token', name: 'VAULT_TOKEN', secret: join('hv', 's.', alnum(24)), keep: 4 },
  {
    rule: 'vault-batch-token',
    name: 'VAULT_TOKEN',
    secret: batchToken,
    keep: 4,
    short: join('hv', 'b.', alnum(99)),
    wrong: null,
    negatives: [broken(batchToken, 20)],
  },
  { rule: 'vault-legacy-token', name: 'VAULT_TOKEN', secret: join('s', '.', alnum(24)), keep: 2 },
  {
    rule: 'terraform-cloud-api-token',
    name: 'TF_TOKEN_app_terraform_io',
    secret: join(alnum(14), '.atlas', 'v1.', b64url(67)),
    short: join(alnum(14), '.atlas', 'v1.', alnum(59)),
  },
  { rule: 'doppler-token', name: 'DOPPLER_TOKEN', secret: join('dp', '.pt.', alnum(43)), keep: 6, short: join('dp', '.pt.', alnum(39)) },
  { rule: 'doppler-token', name: 'DOPPLER_TOKEN', secret: join('dp', '.st.', 'prd.', alnum(40)), keep: 10 },
  { rule: 'pulumi-access-token', name: 'PULUMI_ACCESS_TOKEN', secret: join('pu', 'l-', hex(40)), keep: 4, wrong: 'Z' },
  { rule: 'codecov-access-token', name: 'CODECOV_TOKEN', secret: uuid(), wrong: 'Z' },
  { rule: 'snyk-api-token', name: 'SNYK_TOKEN', secret: uuid(), wrong: 'Z' },
  { rule: 'sonarqube-token', name: 'SONAR_TOKEN', secret: join('sq', 'p_', hex(40)), keep: 4, wrong: 'Z' },
  { rule: 'sonarqube-token', name: 'SONAR_TOKEN', secret: join('sq', 'u_', hex(40)), keep: 4, wrong: 'Z' },
  { rule: 'sonarqube-legacy-token', name: 'SONAR_TOKEN', secret: hex(40), wrong: '~', negatives: ['sonar.projectKey=my_project', `sonar.scm.revision=${hex(40)}`] },
  { rule: 'sonarqube-legacy-token', name: 'SONAR_LOGIN', secret: alnum(40), more: ['sonar.login=§', 'System.setProperty("SONAR_TOKEN", "§")'] },
  { rule: 'infracost-api-key', name: 'INFRACOST_API_KEY', secret: join('ic', 'o-', alnum(32)), keep: 4 },
  { rule: 'prefect-api-key', name: 'PREFECT_API_KEY', secret: join('pn', 'u_', alnum(36)), keep: 4 },
  { rule: 'scalingo-api-token', name: 'SCALINGO_API_TOKEN', secret: join('tk-', 'us-', b64url(48)), keep: 6 },
  { rule: 'jenkins-api-token', name: 'JENKINS_API_TOKEN', secret: join('11', hex(32)), wrong: 'Z', short: hex(31) },
  { rule: 'consul-acl-token', name: 'CONSUL_HTTP_TOKEN', secret: uuid(), wrong: 'Z', negatives: [`consul_node_id = "${uuid()}"`] },
  { rule: 'nomad-acl-token', name: 'NOMAD_TOKEN', secret: uuid(), wrong: 'Z' },
  {
    rule: 'kubernetes-secret-data',
    secret: k8sValue,
    texts: [written('Secret', k8sValue), kubectl(k8sValue), multiDoc(k8sValue), blockScalar(k8sValue)],
    negatives: [
      written('ConfigMap', k8sValue),
      written('SecretProviderClass', k8sValue),
      blockScalar(k8sValue).replace("kind: 'Secret'", 'kind: ConfigMap'),
      // Certificates are public; metadata after the data block is not data.
      kubectl(certificate),
      multiDoc(k8sValue).replace(/token: .*/, 'token: ${APP_TOKEN}'),
    ],
  },
  {
    rule: 'kubernetes-secret-string-data',
    secret: stringValue,
    texts: [stringData(stringValue)],
    negatives: [stringData('${DB_PASSWORD}'), stringData('admin'), stringData(stringValue).replace('kind: Secret', 'kind: ConfigMap')],
  },
];

describeRuleTable('cicd', cases);
