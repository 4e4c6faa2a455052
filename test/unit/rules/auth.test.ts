import { Buffer } from 'node:buffer';
import { alnum, b64, b64url, charset, hex, join, lowerAlnum, randomString, reseed, uuid } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0xa075);
const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: object) => [segment({ alg: 'HS256', typ: 'JWT' }), segment(payload), b64url(43)].join('.');

const authressHead = join('sc', '_', alnum(10), '.', alnum(5), '.acc_', lowerAlnum(12), '.');

const cases: RuleCase[] = [
  { rule: 'okta-api-token', secret: join('00', b64url(40)), name: 'OKTA_API_TOKEN', keep: 2, negatives: [`brookTable = ${join('00', b64url(40))}`] },
  { rule: 'okta-client-secret', secret: b64url(40), name: 'OKTA_CLIENT_SECRET' },
  { rule: 'auth0-client-secret', secret: b64url(64), name: 'AUTH0_CLIENT_SECRET' },
  {
    rule: 'auth0-management-token',
    secret: jwt({ iss: 'https://tenant.eu.auth0.com/', sub: `${lowerAlnum(20)}@clients`, aud: 'https://tenant.eu.auth0.com/api/v2/' }),
    name: 'AUTH0_MANAGEMENT_API_TOKEN',
    short: null,
  },
  {
    rule: 'clerk-secret-key',
    secret: join('sk', '_test_', alnum(40)),
    name: 'CLERK_SECRET_KEY',
    keep: 8,
    short: join('sk', '_test_', alnum(19)),
    negatives: [`CLERK_PUBLISHABLE_KEY=${join('pk', '_test_', alnum(40))}`],
  },
  { rule: 'supabase-pat', secret: join('sb', 'p_', hex(40)), name: 'SUPABASE_ACCESS_TOKEN', keep: 4, wrong: 'g' },
  {
    rule: 'supabase-secret-key',
    secret: join('sb_', 'secret_', b64url(31)),
    name: 'SUPABASE_SECRET_KEY',
    keep: 10,
    short: join('sb_', 'secret_', b64url(27)),
    negatives: [`SUPABASE_SECRET_KEY=${join('sb_', 'secret_', 'N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz')}`, `SUPABASE_PUBLISHABLE_KEY=${join('sb_', 'publishable_', b64url(31))}`],
  },
  {
    rule: 'supabase-service-role-key',
    secret: jwt({ iss: 'supabase', ref: lowerAlnum(20), role: 'service_role', iat: 1700000000, exp: 2000000000 }),
    name: 'SUPABASE_SERVICE_ROLE_KEY',
    short: null,
    more: ['serviceRoleKey: "§"'],
    negatives: [
      `SUPABASE_ANON_KEY=${jwt({ iss: 'supabase', ref: lowerAlnum(20), role: 'anon' })}`,
      `SUPABASE_SERVICE_ROLE_KEY=${jwt({ iss: 'supabase-demo', role: 'service_role', exp: 1983812996 })}`,
    ],
  },
  { rule: 'firebase-cloud-messaging-server-key', secret: join('AAAA', b64url(7), ':APA91b', b64url(134)), name: 'FCM_SERVER_KEY', keep: 4 },
  {
    rule: 'authress-service-client-key',
    secret: join(authressHead, b64(60)),
    name: 'AUTHRESS_SERVICE_CLIENT_ACCESS_KEY',
    short: join(authressHead, b64(29)),
    negatives: [`AUTHRESS_KEY=${join('sc_aNySQ.iocD.', 'acc-9647aa001.', 'MC4CAQAwBQYDK2VwBCIEIEWKzNhYSfa72U')}`],
  },
  { rule: 'adobe-client-secret', secret: join('p8', 'e-', b64url(32)), name: 'ADOBE_CLIENT_SECRET', keep: 4 },
  { rule: 'adobe-client-id', secret: hex(32), name: 'ADOBE_CLIENT_ID', wrong: 'g' },
  { rule: 'keycloak-client-secret', secret: alnum(32), name: 'KEYCLOAK_CLIENT_SECRET' },
  { rule: 'stytch-secret', secret: join('secret-', 'test-', b64url(36)), name: 'STYTCH_SECRET', keep: 12, short: join('secret-', 'test-', b64url(29)) },
  { rule: 'workos-api-key', secret: join('sk', '_test_', alnum(50)), name: 'WORKOS_API_KEY', keep: 8, short: join('sk', '_', alnum(19)) },
  { rule: 'frontegg-api-key', secret: uuid(), name: 'FRONTEGG_API_KEY' },
  {
    rule: 'django-insecure-secret-key',
    secret: join('django', '-insecure-', randomString(charset.lower + charset.digits + '!@#%^&*(-_=+)', 50)),
    keep: 16,
    // Only ever quoted: startproject writes it as a Python string.
    texts: ['SECRET_KEY = "§"', "SECRET_KEY = '§'", '{"secret_key": "§"}'],
    short: null,
    wrong: null,
    negatives: ['SECRET_KEY = "django-insecure-change-me"'],
  },
  { rule: 'chieftools-token', secret: join('ct', 'p_', alnum(36)), keep: 4, short: join('ct', 'p_', alnum(29)) },
  { rule: 'chieftools-token', secret: join('ct', 'o_', alnum(40)), keep: 4, short: join('ct', 'o_', alnum(29)) },
  { rule: 'chieftools-token', secret: join('ct', 'r_', alnum(34)), keep: 4, short: join('ct', 'r_', alnum(29)) },
];

describeRuleTable('auth', cases);
