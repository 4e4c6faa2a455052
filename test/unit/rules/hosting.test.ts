import { alnum, b64, b64url, charset, hex, join, randomString, reseed, uuid } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0x4057);
const upper = (n: number) => randomString(charset.upperAlnum, n);

const cases: RuleCase[] = [
  { rule: 'vercel-access-token', secret: join('vc', 'p_', alnum(56)), keep: 4, short: join('vc', 'p_', alnum(23)), wrong: null },
  { rule: 'vercel-access-token', secret: join('vc', 'k_', alnum(24)), keep: 4 },
  { rule: 'vercel-token', secret: alnum(24), name: 'VERCEL_TOKEN' },
  { rule: 'netlify-pat', secret: join('nf', 'p_', alnum(36)), keep: 4 },
  { rule: 'netlify-token', secret: b64url(43), name: 'NETLIFY_AUTH_TOKEN', short: b64url(39) },
  { rule: 'cloudflare-api-token', secret: b64url(40), name: 'CLOUDFLARE_API_TOKEN', more: ['cfApiToken: "§"'] },
  { rule: 'cloudflare-global-api-key', secret: hex(37), name: 'CLOUDFLARE_API_KEY', wrong: 'g' },
  { rule: 'cloudflare-origin-ca-key', secret: join('v1.0', '-', hex(24), '-', hex(146)), keep: 5, wrong: 'g' },
  { rule: 'fastly-api-token', secret: b64url(32), name: 'FASTLY_API_TOKEN' },
  { rule: 'heroku-api-key', secret: uuid(), name: 'HEROKU_API_KEY' },
  {
    rule: 'scaleway-secret-key',
    secret: uuid(),
    name: 'SCW_SECRET_KEY',
    more: ['scaleway_secret_key = "§"'],
    negatives: [`SCW_DEFAULT_PROJECT_ID=${uuid()}`, `scaleway_project_id = "${uuid()}"`],
  },
  { rule: 'heroku-api-key-v2', secret: join('HRKU', '-AA', b64url(58)), name: 'HEROKU_API_KEY', keep: 7 },
  { rule: 'digitalocean-pat', secret: join('do', 'p_v1_', hex(64)), keep: 7, wrong: 'g' },
  { rule: 'digitalocean-oauth-token', secret: join('do', 'o_v1_', hex(64)), keep: 7, wrong: 'g' },
  { rule: 'digitalocean-refresh-token', secret: join('do', 'r_v1_', hex(64)), keep: 7, wrong: 'g' },
  { rule: 'flyio-access-token', secret: join('fo', '1_', b64url(43)), keep: 4 },
  {
    rule: 'flyio-macaroon-token',
    secret: join('fm', '2_', b64(300), ',fm2_', b64(200)),
    keep: 4,
    texts: ['FLY_API_TOKEN="FlyV1 §"', 'fly_token: FlyV1 §', 'export FLY_API_TOKEN="FlyV1 §"'],
    short: null,
    wrong: null,
    negatives: [`FLY_API_TOKEN="FlyV1 ${join('fm', '2_', alnum(60))}"`],
  },
  { rule: 'render-api-key', secret: join('rn', 'd_', alnum(32)), keep: 4 },
  { rule: 'railway-api-token', secret: uuid(), name: 'RAILWAY_TOKEN' },
  {
    rule: 'openshift-user-token',
    secret: join('sha256', '~', b64url(43)),
    keep: 7,
    more: ['oc login --token=§ --server=https://api.cluster.example.com:6443'],
  },
  { rule: 'linode-api-token', secret: hex(64), name: 'LINODE_TOKEN', wrong: 'g' },
  { rule: 'vultr-api-key', secret: upper(36), name: 'VULTR_API_KEY' },
];

describeRuleTable('hosting', cases);
