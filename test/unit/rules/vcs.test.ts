// Version control host rules. Every secret is assembled here from a split prefix and random characters.
import assert from 'node:assert/strict';
import { scanText } from '../../../src/engine';
import { alnum, b64url, charset, checksummedToken, hex, join, lowerAlnum, randomString, reseed } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0x6175);

const broken = (secret: string, at: number) => `API_TOKEN=${secret.slice(0, at)}~${secret.slice(at + 1)}`;

const routable = join('gl', 'pat-', b64url(40), '.01.', lowerAlnum(9));
const routableRunner = join('gl', 'rt-', b64url(30), '.', lowerAlnum(9));
const sessionId = hex(32);
const bitbucketToken = join('ATCTT3x', 'FfGN0', b64url(180), '=', hex(8).toUpperCase());

const cases: RuleCase[] = [
  // GitHub Packages reads it from an .npmrc: the token's own provider names it, not the setting it sits in.
  { rule: 'github-pat', name: 'GITHUB_TOKEN', secret: checksummedToken(join('gh', 'p_')), keep: 4, more: ['//npm.pkg.github.com/:_authToken=§'] },
  { rule: 'github-oauth-token', name: 'GITHUB_TOKEN', secret: checksummedToken(join('gh', 'o_')), keep: 4 },
  { rule: 'github-user-to-server-token', secret: checksummedToken(join('gh', 'u_')), keep: 4 },
  { rule: 'github-server-to-server-token', secret: checksummedToken(join('gh', 's_')), keep: 4 },
  { rule: 'github-refresh-token', secret: checksummedToken(join('gh', 'r_')), keep: 4 },
  { rule: 'github-refresh-token', secret: join('gh', 'r_', alnum(76)), keep: 4 },
  { rule: 'github-fine-grained-pat', name: 'GITHUB_TOKEN', secret: join('github', '_pat_', alnum(22), '_', alnum(59)), keep: 11 },
  {
    rule: 'github-oauth-client-secret',
    name: 'GITHUB_CLIENT_SECRET',
    secret: hex(40),
    wrong: 'Z',
    negatives: [`GITHUB_SHA=${hex(40)}`, `github_commit: ${hex(40)}`],
  },
  { rule: 'gitlab-pat', name: 'GITLAB_TOKEN', secret: join('gl', 'pat-', b64url(20)), keep: 6 },
  {
    rule: 'gitlab-routable-token',
    name: 'GITLAB_TOKEN',
    secret: routable,
    keep: 6,
    short: join('gl', 'pat-', b64url(26), '.01.', lowerAlnum(9)),
    wrong: null,
    negatives: [broken(routable, 15)],
  },
  {
    rule: 'gitlab-routable-token',
    secret: routableRunner,
    keep: 5,
    short: join('gl', 'rt-', b64url(30), '.', lowerAlnum(8)),
    wrong: null,
    negatives: [broken(routableRunner, 15)],
  },
  { rule: 'gitlab-deploy-token', secret: join('gl', 'dt-', b64url(20)), keep: 5 },
  { rule: 'gitlab-runner-authentication-token', secret: join('gl', 'rt-', b64url(20)), keep: 5 },
  // The body's own prefix is optional, so a short value drops below 20 characters with it.
  { rule: 'gitlab-runner-authentication-token', secret: join('gl', 'rt-', 't1_', b64url(20)), keep: 8, short: join('gl', 'rt-', 't1_', b64url(16)) },
  { rule: 'gitlab-cicd-job-token', name: 'CI_JOB_TOKEN', secret: join('gl', 'cbt-', '64_', b64url(20)), keep: 9, short: join('gl', 'cbt-', '64_', b64url(16)) },
  { rule: 'gitlab-cicd-job-token', name: 'CI_JOB_TOKEN', secret: join('gl', 'cbt-', b64url(20)), keep: 6 },
  { rule: 'gitlab-pat', secret: join('gl', 'pat-', b64url(26)), keep: 6, short: join('gl', 'pat-', b64url(19)), negatives: [`GITLAB_TOKEN=${join('gl', 'pat-', b64url(51))}`] },
  { rule: 'gitlab-pipeline-trigger-token', secret: join('gl', 'ptt-', hex(40)), keep: 6, negatives: [`API_TOKEN=${join('gl', 'ptt-', b64url(20))}`] },
  { rule: 'gitlab-feed-token', secret: join('gl', 'ft-', b64url(20)), keep: 5 },
  { rule: 'gitlab-scim-token', secret: join('gl', 'soat-', b64url(20)), keep: 7 },
  { rule: 'gitlab-incoming-mail-token', secret: join('gl', 'imt-', b64url(25)), keep: 6 },
  { rule: 'gitlab-kubernetes-agent-token', secret: join('gl', 'agent-', b64url(50)), keep: 8 },
  { rule: 'gitlab-feature-flag-client-token', secret: join('gl', 'ffct-', b64url(20)), keep: 7 },
  { rule: 'gitlab-oauth-app-secret', name: 'GITLAB_CLIENT_SECRET', secret: join('gl', 'oas-', b64url(64)), keep: 6 },
  { rule: 'gitlab-runner-registration-token', name: 'REGISTRATION_TOKEN', secret: join('GR1348', '941', b64url(20)), keep: 9 },
  {
    rule: 'gitlab-session-cookie',
    secret: sessionId,
    texts: [`Cookie: _gitlab_session=${sessionId}`, `curl -H "Cookie: _gitlab_session=${sessionId}; path=/" https://gitlab.example.com/api/v4/user`],
    negatives: [`Cookie: _gitlab_session=${hex(31)}`, 'Cookie: _gitlab_session=<session>'],
  },
  { rule: 'bitbucket-client-id', name: 'BITBUCKET_CLIENT_ID', secret: alnum(24), short: alnum(17) },
  { rule: 'bitbucket-client-secret', name: 'BITBUCKET_CLIENT_SECRET', secret: alnum(48), short: alnum(31) },
  { rule: 'bitbucket-token-assigned', name: 'BITBUCKET_TOKEN', secret: randomString(charset.lowerAlnum, 32), short: alnum(19) },
  { rule: 'bitbucket-app-password', name: 'BITBUCKET_APP_PASSWORD', secret: join('AT', 'BB', alnum(32)), keep: 4 },
  {
    rule: 'bitbucket-access-token',
    name: 'BITBUCKET_ACCESS_TOKEN',
    secret: bitbucketToken,
    keep: 12,
    short: join('ATCTT3x', 'FfGN0', alnum(99)),
    wrong: null,
    negatives: [broken(bitbucketToken, 40)],
  },
  { rule: 'gitea-access-token', name: 'GITEA_TOKEN', secret: hex(40), wrong: 'Z', negatives: [`GITEA_COMMIT_SHA=${hex(40)}`] },
  { rule: 'gitea-access-token', name: 'CODEBERG_TOKEN', secret: hex(40), wrong: 'Z' },
  { rule: 'sourcegraph-access-token', name: 'SRC_ACCESS_TOKEN', secret: join('sg', 'p_', hex(16), '_', hex(40)), keep: 4, wrong: 'Z' },
  { rule: 'sourcegraph-access-token', secret: join('sg', 'p_', hex(40)), keep: 4, wrong: 'Z' },
  {
    rule: 'sourcegraph-legacy-token',
    name: 'SOURCEGRAPH_TOKEN',
    secret: randomString('0123456789abcdefABCDEF', 40),
    wrong: 'Z',
    more: ['sourcegraph: §'],
    negatives: [`sourcegraph_commit: ${randomString('0123456789abcdef', 40)}`],
  },
  { rule: 'gitter-access-token', name: 'GITTER_TOKEN', secret: lowerAlnum(40) },
];

describeRuleTable('vcs', cases);

describe('vcs checksums', () => {
  it('reports a GitHub token with a valid CRC-32 as high confidence and one without as medium', () => {
    const valid = checksummedToken(join('gh', 'p_'));
    const invalid = join('gh', 'p_', alnum(36));
    const [good] = scanText(`GITHUB_TOKEN=${valid}`).filter((f) => f.ruleId === 'github-pat');
    const [bad] = scanText(`GITHUB_TOKEN=${invalid}`).filter((f) => f.ruleId === 'github-pat');
    assert.equal(good.confidence, 'high');
    assert.equal(bad.confidence, 'medium');
  });
});
