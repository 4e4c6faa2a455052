// CI/CD, infrastructure-as-code and secrets-management tools, plus Kubernetes Secret manifests.
import type { RuleSpec } from '../types';
import { keyed, prefixed } from './define';
import { CREDENTIAL, TOKEN_START_OUTSIDE_PATH, UUID } from './shapes';

// A Kubernetes Secret's entries are plain `key: value` lines, so the rule needs the manifest around
// them: a `data:` (or `stringData:`) line above, with at most 30 lines between that are all indented,
// blank or comments, and the `kind: Secret` line somewhere in the same YAML document (before or after,
// never across a `---`). The checks run in order of cost: line start, entry shape, block, then kind.
// The line alternatives are disjoint (indented with content / blank / top-level comment), so the
// bounded repetition has one way to match and backtracks linearly.
const BLOCK_LINE = String.raw`(?:[ \t]{1,64}[^\s][^\n]{0,16384}\n|[ \t]{0,64}\r?\n|#[^\n]{0,1000}\n)`;
const UNDER = (block: string): string => String.raw`(?<=(?:^|\n)[ \t]*${block}:[ \t]*\r?\n${BLOCK_LINE}{0,30})`;
const SAME_DOCUMENT = String.raw`(?:[^\n]|\n(?!---)){0,16384}`;
const KIND_SECRET = String.raw`[ \t]*kind: ["']?[Ss]ecret["']?[ \t]*`;
const IN_SECRET_MANIFEST = String.raw`(?:(?<=(?:^|\n)${KIND_SECRET}\r?\n${SAME_DOCUMENT})|(?=${SAME_DOCUMENT}\n${KIND_SECRET}(?:\r?\n|$)))`;
// The value may sit on the next line, after a `|` or `>` block scalar indicator.
const ENTRY_KEY = String.raw`[ \t]+["']?[\w.\-]{1,253}["']?:[ \t]*(?:[|>][-+]?[ \t]*\r?\n[ \t]+|)["']?`;
const ENTRY_END = String.raw`(?=["']?[ \t]*(?:\r?\n|$|#))`;
// One entry of a block: the value's class, matched only at a line start, after a cheap look at its shape.
const ENTRY = (block: string, value: string): string =>
  String.raw`(?<=\n)(?=${ENTRY_KEY}${value}${ENTRY_END})${UNDER(block)}${ENTRY_KEY}(${value})${ENTRY_END}${IN_SECRET_MANIFEST}`;

/** Rules of the cicd family. */
export const rules: readonly RuleSpec[] = [
  prefixed({
    id: 'circleci-personal-token',
    provider: 'CircleCI',
    description: 'CircleCI personal API token (CCIPAT_)',
    keywords: ['ccipat_'],
    pattern: /(?<![A-Za-z0-9_-])(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    envName: 'CIRCLECI_TOKEN',
    rotateUrl: 'https://app.circleci.com/settings/user/tokens',
  }),
  prefixed({
    id: 'circleci-project-token',
    provider: 'CircleCI',
    description: 'CircleCI project API token (CCIPRJ_)',
    keywords: ['cciprj_'],
    pattern: /(?<![A-Za-z0-9_-])(CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    envName: 'CIRCLECI_TOKEN',
  }),
  // Tokens from before the prefixed format were 40 hex characters.
  keyed({
    id: 'circleci-legacy-token',
    provider: 'CircleCI',
    description: 'CircleCI API token (unprefixed, 40 hex)',
    keywords: ['circleci', 'circle_ci', 'circle-ci', 'circletoken', 'circle_token', 'circle-token'],
    identifier: `circle[_-]?ci${CREDENTIAL}|circle[_-]?token`,
    secret: '[a-f0-9]{40}',
    minEntropy: 3.0,
    envName: 'CIRCLECI_TOKEN',
    rotateUrl: 'https://app.circleci.com/settings/user/tokens',
  }),
  keyed({
    id: 'travisci-access-token',
    provider: 'Travis CI',
    description: 'Travis CI API token',
    keywords: ['travis'],
    secret: '[A-Za-z0-9_-]{22}',
    minEntropy: 3.5,
    envName: 'TRAVIS_API_TOKEN',
  }),
  keyed({
    id: 'droneci-access-token',
    provider: 'Drone',
    description: 'Drone CI personal token',
    keywords: ['drone'],
    secret: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    envName: 'DRONE_TOKEN',
  }),
  prefixed({
    id: 'buildkite-api-token',
    provider: 'Buildkite',
    description: 'Buildkite user API access token (bkua_)',
    keywords: ['bkua_'],
    pattern: /(?<![A-Za-z0-9_-])(bkua_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    envName: 'BUILDKITE_API_TOKEN',
    rotateUrl: 'https://buildkite.com/user/api-access-tokens',
  }),
  // `pat.` (personal) or `sat.` (service account), account id, token id, then the secret part.
  prefixed({
    id: 'harness-api-key',
    provider: 'Harness',
    description: 'Harness personal or service account token (pat. / sat.)',
    keywords: ['pat.', 'sat.'],
    pattern: /(?<![A-Za-z0-9_.-])((?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/,
    envName: 'HARNESS_PLATFORM_API_KEY',
  }),
  prefixed({
    id: 'octopus-deploy-api-key',
    provider: 'Octopus Deploy',
    description: 'Octopus Deploy API key (API-)',
    keywords: ['api-'],
    pattern: /(?<![A-Za-z0-9_-])(API-[A-Z0-9]{26})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    envName: 'OCTOPUS_API_KEY',
  }),
  // Vault 1.10+ prefixes tokens by kind: hvs. service, hvb. batch, hvr. recovery.
  prefixed({
    id: 'vault-service-token',
    provider: 'HashiCorp Vault',
    description: 'HashiCorp Vault service or recovery token (hvs. / hvr.)',
    keywords: ['hvs.', 'hvr.'],
    pattern: /(?<![A-Za-z0-9_.-])(hv[sr]\.[A-Za-z0-9_-]{24,200})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    envName: 'VAULT_TOKEN',
  }),
  prefixed({
    id: 'vault-batch-token',
    provider: 'HashiCorp Vault',
    description: 'HashiCorp Vault batch token (hvb.)',
    keywords: ['hvb.'],
    pattern: /(?<![A-Za-z0-9_.-])(hvb\.[A-Za-z0-9_-]{100,400})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    envName: 'VAULT_TOKEN',
  }),
  // Before 1.10, service tokens were `s.` plus 24 characters: too short a prefix to stand alone.
  keyed({
    id: 'vault-legacy-token',
    provider: 'HashiCorp Vault',
    description: 'HashiCorp Vault token, pre-1.10 format (s.)',
    keywords: ['vault'],
    secret: String.raw`[sb]\.[A-Za-z0-9]{24}`,
    minEntropy: 3.5,
    envName: 'VAULT_TOKEN',
  }),
  prefixed({
    id: 'terraform-cloud-api-token',
    provider: 'HashiCorp Terraform',
    description: 'HCP Terraform / Terraform Enterprise API token (.atlasv1.)',
    keywords: ['.atlasv1.'],
    pattern: /(?<![A-Za-z0-9_-])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
    minEntropy: 3.5,
    envName: 'TF_TOKEN_app_terraform_io',
    rotateUrl: 'https://app.terraform.io/app/settings/tokens',
  }),
  // Doppler names the token kind in its prefix; service tokens may embed the environment name.
  prefixed({
    id: 'doppler-token',
    provider: 'Doppler',
    description: 'Doppler personal, CLI, service, service account, SCIM or audit token (dp.)',
    keywords: ['dp.pt.', 'dp.ct.', 'dp.st.', 'dp.sa.', 'dp.said.', 'dp.scim.', 'dp.audit.'],
    pattern: /(?<![A-Za-z0-9_.-])(dp\.(?:(?:pt|ct|sa|said|scim|audit)\.|st\.(?:[a-z0-9_-]{2,35}\.|))[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    envName: 'DOPPLER_TOKEN',
    rotateUrl: 'https://dashboard.doppler.com/workplace/tokens',
  }),
  prefixed({
    id: 'pulumi-access-token',
    provider: 'Pulumi',
    description: 'Pulumi Cloud access token (pul-)',
    keywords: ['pul-'],
    pattern: new RegExp(String.raw`${TOKEN_START_OUTSIDE_PATH}(pul-[a-f0-9]{40})(?![A-Za-z0-9_-])`),
    envName: 'PULUMI_ACCESS_TOKEN',
    rotateUrl: 'https://app.pulumi.com/account/tokens',
  }),
  keyed({
    id: 'codecov-access-token',
    provider: 'Codecov',
    description: 'Codecov upload or API token',
    keywords: ['codecov'],
    identifier: `codecov${CREDENTIAL}`,
    secret: `${UUID}|[a-f0-9]{32}`,
    caseInsensitiveSecret: true,
    envName: 'CODECOV_TOKEN',
  }),
  keyed({
    id: 'snyk-api-token',
    provider: 'Snyk',
    description: 'Snyk API token',
    keywords: ['snyk'],
    identifier: `snyk${CREDENTIAL}`,
    secret: UUID,
    caseInsensitiveSecret: true,
    envName: 'SNYK_TOKEN',
    rotateUrl: 'https://app.snyk.io/account',
  }),
  // SonarQube 9.5+ tokens name their scope: user (squ_), project (sqp_), global analysis (sqa_).
  prefixed({
    id: 'sonarqube-token',
    provider: 'SonarQube',
    description: 'SonarQube / SonarCloud user, project or analysis token (squ_ / sqp_ / sqa_)',
    keywords: ['squ_', 'sqp_', 'sqa_'],
    pattern: /(?<![A-Za-z0-9_-])(sq[upa]_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    envName: 'SONAR_TOKEN',
  }),
  keyed({
    id: 'sonarqube-legacy-token',
    provider: 'SonarQube',
    description: 'SonarQube token assigned to a sonar.login or Sonar token name (40 characters, prefix optional)',
    keywords: ['sonar'],
    identifier: `sonar${CREDENTIAL}`,
    // Named after Sonar, a 40-character value is the token even when it strays from lowercase hex.
    secret: '(?:sq[upa]_)?[A-Za-z0-9=_-]{40}',
    minEntropy: 3.0,
    envName: 'SONAR_TOKEN',
  }),
  prefixed({
    id: 'infracost-api-key',
    provider: 'Infracost',
    description: 'Infracost API key (ico-)',
    keywords: ['ico-'],
    pattern: new RegExp(String.raw`${TOKEN_START_OUTSIDE_PATH}(ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])`),
    minEntropy: 3.5,
    envName: 'INFRACOST_API_KEY',
  }),
  prefixed({
    id: 'prefect-api-key',
    provider: 'Prefect',
    description: 'Prefect Cloud API key (pnu_)',
    keywords: ['pnu_'],
    pattern: /(?<![A-Za-z0-9_-])(pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    envName: 'PREFECT_API_KEY',
  }),
  prefixed({
    id: 'scalingo-api-token',
    provider: 'Scalingo',
    description: 'Scalingo API token (tk-us-)',
    keywords: ['tk-us-'],
    pattern: /(?<![A-Za-z0-9_-])(tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    envName: 'SCALINGO_API_TOKEN',
  }),
  keyed({
    id: 'jenkins-api-token',
    provider: 'Jenkins',
    description: 'Jenkins user API token',
    keywords: ['jenkins'],
    identifier: `jenkins${CREDENTIAL}`,
    secret: '[a-f0-9]{32,34}',
    minEntropy: 3.0,
    envName: 'JENKINS_API_TOKEN',
  }),
  keyed({
    id: 'consul-acl-token',
    provider: 'HashiCorp Consul',
    description: 'HashiCorp Consul ACL token',
    keywords: ['consul'],
    identifier: `consul${CREDENTIAL}`,
    secret: UUID,
    caseInsensitiveSecret: true,
    envName: 'CONSUL_HTTP_TOKEN',
  }),
  keyed({
    id: 'nomad-acl-token',
    provider: 'HashiCorp Nomad',
    description: 'HashiCorp Nomad ACL token',
    keywords: ['nomad'],
    identifier: `nomad${CREDENTIAL}`,
    secret: UUID,
    caseInsensitiveSecret: true,
    envName: 'NOMAD_TOKEN',
  }),
  // Each base64 value under `data:` is one secret; certificates and public keys are not.
  prefixed({
    id: 'kubernetes-secret-data',
    provider: 'Kubernetes',
    description: 'Value in the data of a Kubernetes Secret manifest (base64-encoded, not encrypted)',
    keywords: ['kind: secret', "kind: 'secret", 'kind: "secret'],
    pattern: new RegExp(ENTRY('data', '[A-Za-z0-9+/]{4,16384}={0,2}')),
    validator: 'base64',
    allow: [/^LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t/, /^LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0/, /^LS0tLS1CRUdJTiBSU0EgUFVCTElDIEtFWS0tLS0t/],
    multiline: true,
    confidence: 'medium',
  }),
  prefixed({
    id: 'kubernetes-secret-string-data',
    provider: 'Kubernetes',
    description: 'Plain-text value in the stringData of a Kubernetes Secret manifest',
    keywords: ['kind: secret', "kind: 'secret", 'kind: "secret'],
    pattern: new RegExp(ENTRY('stringData', `[^\\s"'#]{6,1024}`)),
    allow: [/^https?:\/\/[^@]*$/],
    multiline: true,
    confidence: 'medium',
  }),
];
