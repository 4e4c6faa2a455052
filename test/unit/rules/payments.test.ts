import { Buffer } from 'node:buffer';
import { alnum, b64, b64url, hex, join, lowerAlnum, randomCaseLetters, reseed, uuid } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0x9a1e);
const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = () => [segment({ alg: 'RS256', typ: 'JWT' }), segment({ sub: lowerAlnum(12), aud: '1' }), b64url(86)].join('.');

const stripeLive = join('sk', '_live_', alnum(24));
const paystack = join('sk', '_live_', hex(40));

const cases: RuleCase[] = [
  {
    rule: 'stripe-secret-key',
    secret: stripeLive,
    keep: 8,
    short: join('sk', '_live_', alnum(19)),
    // In an .npmrc too: the key's own provider names it, not the registry setting it was pasted into.
    more: [`stripe.api_key = '${stripeLive}'`, `curl https://api.stripe.com/v1/charges -u ${stripeLive}:`, `//registry.npmjs.org/:_authToken=${stripeLive}`],
    negatives: [
      `STRIPE_PUBLISHABLE_KEY=${join('pk', '_live_', alnum(24))}`,
      `PAYSTACK_SECRET_KEY=${paystack}`,
      `CLERK_SECRET_KEY=${join('sk', '_test_', alnum(40))}`,
      `WORKOS_API_KEY=${join('sk', '_live_', alnum(40))}`,
      `stripe.api_key = "${join('sk', '_test_', '4eC39HqLyjWDarjtT1zdp7dc')}"`,
      `key = "${join('ask', '_live_', alnum(24))}"`,
    ],
  },
  { rule: 'stripe-secret-key', secret: join('sk', '_prod_', alnum(99)), keep: 8, short: join('sk', '_prod_', alnum(19)), wrong: null },
  { rule: 'stripe-restricted-key', secret: join('rk', '_test_', alnum(24)), keep: 8, short: join('rk', '_test_', alnum(19)) },
  { rule: 'stripe-webhook-secret', secret: join('wh', 'sec_', alnum(32)), name: 'STRIPE_WEBHOOK_SECRET', keep: 6 },
  { rule: 'square-access-token', secret: join('EA', 'AA', b64url(60)), keep: 4 },
  { rule: 'square-oauth-token', secret: join('sq0', 'atp-', b64url(22)), keep: 7 },
  { rule: 'square-oauth-token', secret: join('sq0', 'atp-', b64url(38)), keep: 7, short: join('sq0', 'atp-', b64url(21)) },
  { rule: 'square-oauth-secret', secret: join('sq0', 'csp-', b64url(43)), keep: 7 },
  { rule: 'braintree-access-token', secret: join('access_token$', 'production$', lowerAlnum(16), '$', hex(32)), keep: 24 },
  { rule: 'braintree-private-key', secret: hex(32), name: 'BRAINTREE_PRIVATE_KEY', wrong: 'g' },
  { rule: 'paypal-client-secret', secret: join('E', b64url(79)), name: 'PAYPAL_CLIENT_SECRET', negatives: [`PAYPAL_CLIENT_ID=${join('A', b64url(79))}`] },
  { rule: 'adyen-api-key', secret: join('AQE', alnum(77), '=-', alnum(43), '='), name: 'ADYEN_API_KEY', keep: 3 },
  { rule: 'plaid-client-id', secret: hex(24), name: 'PLAID_CLIENT_ID', wrong: 'g' },
  { rule: 'plaid-secret', secret: hex(30), name: 'PLAID_SECRET', wrong: 'g' },
  { rule: 'plaid-access-token', secret: join('access-', 'production-', uuid()), keep: 18 },
  { rule: 'flutterwave-secret-key', secret: join('FLW', 'SECK-', hex(32), '-X'), keep: 8 },
  { rule: 'flutterwave-secret-key', secret: join('FLW', 'SECK_TEST-', hex(32), '-X'), keep: 13 },
  { rule: 'flutterwave-public-key', secret: join('FLW', 'PUBK-', hex(32), '-X'), keep: 8 },
  { rule: 'flutterwave-encryption-key', secret: join('FLW', 'SECK_TEST', hex(12)), keep: 12 },
  { rule: 'flutterwave-encryption-key', secret: join('FLW', 'SECK_TEST-', hex(12)), keep: 13 },
  { rule: 'gocardless-access-token', secret: join('live_', b64url(40)), name: 'GOCARDLESS_ACCESS_TOKEN', keep: 5 },
  { rule: 'coinbase-api-secret', secret: alnum(32), name: 'COINBASE_API_SECRET', negatives: ['COINBASE_API_SECRET="not a secret at all"'] },
  { rule: 'kraken-api-key', secret: b64(56), name: 'KRAKEN_API_KEY' },
  { rule: 'kraken-private-key', secret: join(b64(86), '=='), name: 'KRAKEN_PRIVATE_KEY' },
  { rule: 'kucoin-api-key', secret: hex(24), name: 'KUCOIN_API_KEY', wrong: 'g' },
  { rule: 'kucoin-api-secret', secret: uuid(), name: 'KUCOIN_API_SECRET' },
  { rule: 'bittrex-api-key', secret: hex(32), name: 'BITTREX_API_KEY', wrong: 'g', negatives: [`BITTREX_API_SECRET=${hex(32)}`] },
  { rule: 'bittrex-api-secret', secret: hex(32), name: 'BITTREX_API_SECRET', wrong: 'g' },
  { rule: 'finicity-client-secret', secret: alnum(20), name: 'FINICITY_PARTNER_SECRET' },
  // About 3 in 100 random keys of 20 are letters only; a name's letters are not.
  { rule: 'finicity-client-secret', secret: randomCaseLetters(20), name: 'FINICITY_PARTNER_SECRET', negatives: ['FINICITY_PARTNER_SECRET=readPartnerSecretNow'] },
  { rule: 'finicity-app-key', secret: hex(32), name: 'FINICITY_APP_KEY', wrong: 'g' },
  { rule: 'duffel-access-token', secret: join('duffel', '_test_', b64url(43)), keep: 12 },
  { rule: 'easypost-api-key', secret: join('EZ', 'AK', alnum(54)), keep: 4 },
  { rule: 'easypost-test-api-key', secret: join('EZ', 'TK', alnum(54)), keep: 4 },
  { rule: 'shippo-api-token', secret: join('shippo', '_live_', hex(40)), keep: 12, wrong: 'g' },
  { rule: 'razorpay-key-id', secret: join('rzp', '_live_', alnum(14)), keep: 9 },
  { rule: 'razorpay-key-secret', secret: alnum(24), name: 'RAZORPAY_KEY_SECRET', negatives: [`RAZORPAY_KEY_ID=${alnum(24)}`] },
  { rule: 'paystack-secret-key', secret: paystack, name: 'PAYSTACK_SECRET_KEY', keep: 8, wrong: 'g' },
  { rule: 'lemonsqueezy-api-key', secret: jwt(), name: 'LEMONSQUEEZY_API_KEY', short: null, negatives: ['LEMONSQUEEZY_API_KEY=eyJhbGciOi.eyJzdWIiOi.signature'] },
  {
    rule: 'paddle-api-key',
    secret: join('pdl', '_live_apikey_', lowerAlnum(26), '_', alnum(22), '_', alnum(3)),
    keep: 16,
    negatives: [`PADDLE_API_KEY=${join('pdl', '_live_apikey_', '01gtgztp8f4kek3yd4g1wrksa3', '_q6TGTJyvoIz7LDtXT65bX7_AQO')}`],
  },
  { rule: 'paddle-legacy-api-key', secret: alnum(50), name: 'PADDLE_VENDOR_AUTH_CODE' },
];

describeRuleTable('payments', cases);
