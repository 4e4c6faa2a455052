// Package registry rules and their client config files. Every secret is assembled here from a split
// prefix and random characters.
import assert from 'node:assert/strict';
import { scanText } from '../../../src/engine';
import { alnum, b64url, charset, checksummedToken, hex, join, randomString, reseed, uuid } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0x9e6);

const base64 = (text: string) => Buffer.from(text).toString('base64');
const broken = (secret: string, at: number) => `API_TOKEN=${secret.slice(0, at)}~${secret.slice(at + 1)}`;

const npmrcToken = uuid();
const npmrc = (value: string) => `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${value}\n`;
const legacyAuth = base64(`deploy:${alnum(20)}`);
const yarnToken = b64url(36);
const pypiToken = join('pypi-', 'AgEIcHlwaS5vcmc', b64url(150));
const testPypiToken = join('pypi-', 'AgENdGVzdC5weXBpLm9yZw', b64url(150));
const dockerAuth = base64(`builder:${join('dckr', '_pat_', b64url(27))}`);
const dockerConfig = (auth: string) => `{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "${auth}"\n    }\n  }\n}\n`;
const nugetPassword = alnum(20);
const nugetConfig = (value: string) =>
  `<packageSourceCredentials>\n  <Feed>\n    <add key="Username" value="ci" />\n    <add key="ClearTextPassword" value="${value}" />\n  </Feed>\n</packageSourceCredentials>`;
const gradleKey = alnum(32);

const cases: RuleCase[] = [
  { rule: 'npm-access-token', name: 'NPM_TOKEN', secret: checksummedToken(join('np', 'm_')), keep: 4 },
  {
    rule: 'npmrc-auth-token',
    secret: npmrcToken,
    texts: [npmrc(npmrcToken), `//npm.pkg.github.com/:_authToken="${npmrcToken}"`, `_authToken = ${npmrcToken}`],
    negatives: [npmrc('${NPM_TOKEN}'), npmrc('<token>'), npmrc('abc123')],
  },
  {
    rule: 'npmrc-legacy-auth',
    secret: legacyAuth,
    texts: [`_auth=${legacyAuth}`, `//registry.example.com/:_password="${legacyAuth}"`],
    negatives: ['_auth=${NPM_AUTH}', '_auth=abc', `db_password=${legacyAuth}`],
  },
  {
    rule: 'yarn-npm-auth-token',
    secret: yarnToken,
    texts: [`npmAuthToken: "${yarnToken}"`, `npmRegistries:\n  "https://registry.example.com":\n    npmAuthToken: ${yarnToken}\n`],
    negatives: ['npmAuthToken: "${NPM_TOKEN}"', 'npmAuthToken: short'],
  },
  {
    rule: 'pypi-upload-token',
    name: 'TWINE_PASSWORD',
    secret: pypiToken,
    keep: 20,
    short: join('pypi-', 'AgEIcHlwaS5vcmc', alnum(49)),
    wrong: null,
    negatives: [broken(pypiToken, 30)],
  },
  { rule: 'pypi-upload-token', name: 'PYPI_API_TOKEN', secret: testPypiToken, keep: 27, short: null, wrong: null, negatives: [broken(testPypiToken, 40)] },
  { rule: 'docker-hub-pat', name: 'DOCKERHUB_TOKEN', secret: join('dckr', '_pat_', b64url(27)), keep: 9 },
  { rule: 'docker-hub-org-token', name: 'DOCKERHUB_TOKEN', secret: join('dckr', '_oat_', b64url(32)), keep: 9 },
  {
    rule: 'docker-config-auth',
    secret: dockerAuth,
    texts: [dockerConfig(dockerAuth), `{"auths":{"ghcr.io":{"auth":"${dockerAuth}"}}}`],
    negatives: [`{"auth": "${dockerAuth}"}`, dockerConfig(''), dockerConfig('abc')],
  },
  { rule: 'nuget-api-key', name: 'NUGET_API_KEY', secret: join('oy', '2', randomString(charset.lowerAlnum, 43)), keep: 3, wrong: 'Q' },
  {
    rule: 'nuget-config-password',
    secret: nugetPassword,
    texts: [nugetConfig(nugetPassword), `<add key='ClearTextPassword' value='${nugetPassword}'/>`, `<add key="Password" value="${nugetPassword}" />`],
    negatives: [nugetConfig('%NUGET_PASSWORD%'), nugetConfig('$(NuGetPassword)'), nugetConfig('')],
  },
  { rule: 'rubygems-api-key', name: 'GEM_HOST_API_KEY', secret: join('rubygems', '_', hex(48)), keep: 9, wrong: 'Z' },
  { rule: 'clojars-deploy-token', name: 'CLOJARS_DEPLOY_TOKEN', secret: join('CLOJARS', '_', alnum(60)), keep: 8 },
  { rule: 'jfrog-api-key', name: 'ARTIFACTORY_API_KEY', secret: join('AK', 'Cp', alnum(69)), keep: 4 },
  { rule: 'jfrog-reference-token', name: 'JFROG_ACCESS_TOKEN', secret: join('cmVm', 'dGtu', alnum(56)), keep: 8 },
  { rule: 'jfrog-identity-token', name: 'JFROG_ACCESS_TOKEN', secret: alnum(64), negatives: [`"artifactory_sha256": "${hex(64)}"`] },
  { rule: 'jfrog-identity-token', name: 'ARTIFACTORY_IDENTITY_TOKEN', secret: alnum(64), more: ['credentials.put("artifactory", "§");'] },
  { rule: 'jfrog-encrypted-password', name: 'ARTIFACTORY_PASSWORD', secret: join('AP', '7', alnum(50)), keep: 3, short: join('AP', '7', alnum(7)) },
  { rule: 'crates-io-api-token', name: 'CARGO_REGISTRY_TOKEN', secret: join('ci', 'o', alnum(32)), keep: 3 },
  { rule: 'packagist-api-token', name: 'PACKAGIST_API_TOKEN', secret: alnum(30), short: alnum(19) },
  { rule: 'packagist-api-token', name: 'PACKAGIST_TOKEN', secret: join('packagist', '_ort_', hex(68)), keep: 14, wrong: 'Z', short: join('packagist', '_ort_', hex(59)) },
  { rule: 'hex-api-key', name: 'HEX_API_KEY', secret: hex(32), wrong: 'Z' },
  {
    rule: 'gradle-plugin-portal-key',
    name: 'GRADLE_PUBLISH_SECRET',
    secret: gradleKey,
    more: [`gradle.publish.key=${gradleKey}`, `gradle.publish.secret=${gradleKey}`],
  },
  { rule: 'cloudsmith-api-key', name: 'CLOUDSMITH_API_KEY', secret: hex(40), wrong: 'Z' },
];

describeRuleTable('registries', cases);

describe('registries checksums', () => {
  it('reports an npm token with a valid CRC-32 as high confidence and one without as medium', () => {
    const [good] = scanText(`NPM_TOKEN=${checksummedToken(join('np', 'm_'))}`).filter((f) => f.ruleId === 'npm-access-token');
    const [bad] = scanText(`NPM_TOKEN=${join('np', 'm_', alnum(36))}`).filter((f) => f.ruleId === 'npm-access-token');
    assert.equal(good.confidence, 'high');
    assert.equal(bad.confidence, 'medium');
  });
});
