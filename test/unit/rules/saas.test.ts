import { Buffer } from 'node:buffer';
import { alnum, b64, b64url, charset, hex, join, lowerAlnum, randomCaseLetters, randomString, reseed, uuid } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0x5aa5);
const digits = (n: number) => join(randomString('123456789', 1), randomString(charset.digits, n - 1));

const zapierBase = join('https://hooks.zapier.com/', 'hooks/catch/');
const freemiusChars = `${charset.alnum}!#$%&*+=?@^_`;
// The example key in Freemius's SDK docs, which the rules allow.
const freemiusDocsKey = join('sk_', 'ubb4yN3mzqGR2x8#P7r5&@*xC$utE');
const intercom = Buffer.from(`tok:${uuid().replace(/-/g, '_')}:1:0`).toString('base64');
const sidekiqCreds = join(hex(8), ':', hex(8));

const cases: RuleCase[] = [
  { rule: 'notion-integration-token', secret: join('sec', 'ret_', alnum(43)), name: 'NOTION_API_KEY', keep: 7 },
  { rule: 'notion-api-token', secret: join('nt', 'n_', digits(11), alnum(35)), name: 'NOTION_API_KEY', keep: 4 },
  { rule: 'linear-api-key', secret: join('lin', '_api_', alnum(40)), keep: 8 },
  { rule: 'linear-client-secret', secret: hex(32), name: 'LINEAR_CLIENT_SECRET', wrong: 'g' },
  { rule: 'atlassian-api-token', secret: join('ATATT3', b64url(180), '=', hex(8).toUpperCase()), keep: 6, short: join('ATATT3', alnum(149)) },
  {
    rule: 'atlassian-api-token-legacy',
    secret: alnum(24),
    name: 'JIRA_API_TOKEN',
    more: ['CONFLUENCE_API_TOKEN=§', 'atlassianToken: "§"'],
    negatives: ['export { getConfluenceSpace,readConfluenceSpaceIndex }'],
  },
  { rule: 'asana-pat', secret: join('2/', digits(16), '/', digits(16), ':', hex(32)), name: 'ASANA_ACCESS_TOKEN' },
  { rule: 'asana-pat', secret: join('1/', digits(16), ':', hex(32)), name: 'ASANA_PAT' },
  { rule: 'asana-client-id', secret: join('1', randomString(charset.digits, 15)), name: 'ASANA_TOKEN', wrong: 'a' },
  { rule: 'asana-client-secret', secret: alnum(32), name: 'ASANA_CLIENT_SECRET' },
  { rule: 'asana-client-secret', secret: randomCaseLetters(32), name: 'ASANA_CLIENT_SECRET' },
  { rule: 'airtable-pat', secret: join('pat', alnum(14), '.', hex(64)), name: 'AIRTABLE_API_KEY', keep: 3, wrong: 'g' },
  { rule: 'airtable-api-key', secret: join('key', alnum(14)), name: 'AIRTABLE_API_KEY', keep: 3 },
  { rule: 'figma-pat', secret: join('fig', 'd_', b64url(40)), keep: 5 },
  { rule: 'shopify-access-token', secret: join('shp', 'at_', hex(32)), keep: 6, wrong: 'g' },
  { rule: 'shopify-custom-app-token', secret: join('shp', 'ca_', hex(32)), keep: 6, wrong: 'g' },
  { rule: 'shopify-private-app-token', secret: join('shp', 'pa_', hex(32)), keep: 6, wrong: 'g' },
  { rule: 'shopify-shared-secret', secret: join('shp', 'ss_', hex(32)), keep: 6, wrong: 'g' },
  { rule: 'hubspot-private-app-token', secret: join('pat-', 'na1-', uuid()), keep: 8 },
  { rule: 'hubspot-api-key', secret: uuid(), name: 'HUBSPOT_API_KEY', more: ['const url = `https://api.hubapi.com/contacts/v1/lists?count=10&hapikey=§`;'] },
  { rule: 'zendesk-api-token', secret: alnum(40), name: 'ZENDESK_API_TOKEN' },
  { rule: 'intercom-access-token', secret: intercom, name: 'INTERCOM_ACCESS_TOKEN', keep: 5, short: join('dG9rO', alnum(39)) },
  { rule: 'postman-api-key', secret: join('PM', 'AK-', hex(24), '-', hex(34)), keep: 5, wrong: 'g' },
  { rule: 'typeform-pat', secret: join('tf', 'p_', b64url(44), '_', b64url(14)), keep: 4, short: join('tf', 'p_', alnum(55)) },
  { rule: 'trello-api-key', secret: hex(32), name: 'TRELLO_API_KEY', wrong: 'g' },
  { rule: 'trello-api-token', secret: hex(64), name: 'TRELLO_TOKEN', wrong: 'g' },
  { rule: 'dropbox-short-lived-token', secret: join('sl', '.', b64url(140)), keep: 3, short: join('sl', '.', alnum(129)) },
  { rule: 'dropbox-short-lived-token', secret: join('sl', '.u.', b64url(400)), keep: 5, short: join('sl', '.u.', alnum(127)), wrong: null },
  { rule: 'dropbox-api-token', secret: b64url(64), name: 'DROPBOX_ACCESS_TOKEN' },
  { rule: 'contentful-pat', secret: join('CF', 'PAT-', b64url(43)), keep: 6 },
  { rule: 'contentful-delivery-token', secret: b64url(43), name: 'CONTENTFUL_ACCESS_TOKEN' },
  {
    rule: 'mapbox-secret-token',
    secret: join('sk', '.eyJ', b64url(60), '.', b64url(22)),
    keep: 6,
    short: join('sk', '.eyJ', b64url(60), '.', b64url(19)),
    negatives: [`MAPBOX_TOKEN=${join('pk', '.eyJ', b64url(60), '.', b64url(22))}`],
  },
  {
    rule: 'algolia-admin-key',
    secret: hex(32),
    name: 'ALGOLIA_ADMIN_API_KEY',
    wrong: 'g',
    negatives: [`ALGOLIA_SEARCH_API_KEY=${hex(32)}`, `NEXT_PUBLIC_ALGOLIA_SEARCH_ONLY_KEY=${hex(32)}`],
  },
  { rule: 'etsy-api-key', secret: lowerAlnum(24), name: 'ETSY_API_KEY', negatives: [`SetSysctl = "${lowerAlnum(24)}"`] },
  { rule: 'frameio-api-token', secret: join('fio', '-u-', b64url(64)), keep: 6 },
  { rule: 'freshbooks-access-token', secret: lowerAlnum(64), name: 'FRESHBOOKS_ACCESS_TOKEN' },
  {
    rule: 'lob-api-key',
    secret: join('live_', hex(35)),
    name: 'LOB_API_KEY',
    keep: 5,
    wrong: 'g',
    negatives: [`GLOBAL_API_KEY=${join('live_', hex(35))}`, `BLOB_KEY=${join('test_', hex(35))}`],
  },
  { rule: 'lob-publishable-key', secret: join('test_', 'pub_', hex(31)), name: 'LOB_PUBLISHABLE_KEY', keep: 9, wrong: 'g' },
  { rule: 'maxmind-license-key', secret: join(alnum(6), '_', alnum(29), '_mmk'), name: 'MAXMIND_LICENSE_KEY', short: join(alnum(6), '_', alnum(28), '_mmk') },
  { rule: 'nytimes-api-key', secret: alnum(32), name: 'NYTIMES_API_KEY' },
  { rule: 'nytimes-api-key', secret: join(alnum(12), '_', alnum(10), '-', alnum(8)), name: 'NYTIMES_TOKEN' },
  { rule: 'readme-api-key', secret: join('rd', 'me_', lowerAlnum(70)), keep: 5 },
  { rule: 'rapidapi-key', secret: b64url(50), name: 'RAPIDAPI_KEY', more: ['headers["X-RapidAPI-Key"] = "§"'] },
  {
    rule: 'sidekiq-secret',
    secret: sidekiqCreds,
    name: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM',
    wrong: 'g',
    texts: ['BUNDLE_ENTERPRISE__CONTRIBSYS__COM=§', 'export BUNDLE_GEMS__CONTRIBSYS__COM="§"', 'BUNDLE_GEMS__CONTRIBSYS__COM: "§"', 'bundle config --local gems.contribsys.com §'],
  },
  {
    rule: 'sidekiq-sensitive-url',
    secret: join(hex(8), ':', hex(8)),
    texts: ['source "https://§@gems.contribsys.com/" do', 'SIDEKIQ_SOURCE=https://§@enterprise.contribsys.com/'],
    negatives: [`source "https://${hex(8)}:${hex(7)}@gems.contribsys.com/"`, 'source "https://user:pass@gems.contribsys.com/"'],
  },
  { rule: 'squarespace-access-token', secret: uuid(), name: 'SQUARESPACE_API_KEY' },
  { rule: 'beamer-api-token', secret: join('b_', b64url(44)), name: 'BEAMER_API_KEY', keep: 2 },
  { rule: 'defined-networking-api-token', secret: join('dn', 'key-', alnum(26), '-', alnum(52)), keep: 6 },
  { rule: 'databricks-api-token', secret: join('da', 'pi', hex(32)), keep: 4, wrong: 'g' },
  { rule: 'databricks-api-token', secret: join('da', 'pi', hex(32), '-2'), keep: 4, short: join('da', 'pi', hex(31)), wrong: 'g' },
  { rule: 'confluent-api-secret', secret: b64(64), name: 'CONFLUENT_CLOUD_API_SECRET' },
  { rule: 'clickhouse-cloud-api-secret', secret: join('4b', '1d', alnum(38)), keep: 4 },
  { rule: 'planetscale-password', secret: join('pscale', '_pw_', b64url(43)), keep: 10, short: join('pscale', '_pw_', alnum(31)) },
  { rule: 'planetscale-oauth-token', secret: join('pscale', '_oauth_', b64url(43)), keep: 13, short: join('pscale', '_oauth_', alnum(31)) },
  { rule: 'planetscale-api-token', secret: join('pscale', '_tkn_', b64url(43)), keep: 11, short: join('pscale', '_tkn_', alnum(31)) },
  { rule: 'settlemint-personal-access-token', secret: join('sm', '_pat_', alnum(16)), keep: 7 },
  { rule: 'settlemint-application-access-token', secret: join('sm', '_aat_', alnum(16)), keep: 7 },
  { rule: 'settlemint-service-access-token', secret: join('sm', '_sat_', alnum(16)), keep: 7 },
  { rule: 'flickr-api-key', secret: hex(32), name: 'FLICKR_API_KEY', wrong: 'g' },
  { rule: 'finnhub-api-key', secret: lowerAlnum(20), name: 'FINNHUB_API_KEY' },
  { rule: 'meraki-api-key', secret: hex(40), name: 'MERAKI_DASHBOARD_API_KEY', wrong: 'g', negatives: [`ReactNativeCameraKit: ${hex(40)}`] },
  {
    rule: 'zapier-webhook-url',
    secret: join(zapierBase, digits(7), '/', lowerAlnum(7)),
    keep: zapierBase.length,
    short: join(zapierBase, digits(7), '/', 'ab1c'),
    texts: ['ZAPIER_WEBHOOK_URL=§', 'fetch("§/", { method: "POST" })'],
  },
  { rule: 'segment-write-key', secret: alnum(32), name: 'SEGMENT_WRITE_KEY', negatives: [`segment_id = "${alnum(32)}"`] },
  { rule: 'segment-public-api-token', secret: join('sg', 'p_', alnum(64)), keep: 4 },
  { rule: 'mixpanel-api-secret', secret: alnum(32), name: 'MIXPANEL_API_SECRET', negatives: [`MIXPANEL_PROJECT_TOKEN=${hex(32)}`] },
  {
    rule: 'freemius-secret-key',
    secret: join('sk_', randomString(freemiusChars, 29)),
    name: 'FREEMIUS_SECRET_KEY',
    keep: 3,
    wrong: '"',
    negatives: [`FREEMIUS_SECRET_KEY=${freemiusDocsKey}`],
  },
  {
    rule: 'freemius-sdk-secret-key',
    secret: join('sk_', randomString(freemiusChars, 29)),
    texts: ["    'secret_key' => '§',", '"secret_key" => "§"'],
    negatives: [`'secret_key' => '${join('sk_', alnum(28))}',`, "'secret_key' => 'sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx',", `"secret_key" => "${freemiusDocsKey}",`],
  },
  { rule: 'looker-client-id', secret: alnum(20), name: 'LOOKERSDK_CLIENT_ID' },
  { rule: 'looker-client-secret', secret: alnum(24), name: 'LOOKERSDK_CLIENT_SECRET' },
  { rule: 'intra42-client-secret', secret: join('s-s4t2', 'ud-', hex(64)), keep: 9, wrong: 'g' },
];

// Built after the table above, so its random draws leave the rows already in it as they were.
cases.push(
  {
    rule: 'cloudinary-url-secret',
    secret: b64url(27),
    texts: ['CLOUDINARY_URL=cloudinary://' + '483726192837465:§@demo-cloud', 'cloudinary.config(cloudinary_url="cloudinary://' + '483726192837465:§@shop")'],
    short: null,
    negatives: ['CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>', `CLOUDINARY_URL=cloudinary://483726192837465:${b64url(12)}@demo-cloud`],
  },
  { rule: 'posthog-personal-api-key', secret: join('phx_', b64url(47)), keep: 4, negatives: [`POSTHOG_KEY=${join('phc_', b64url(43))}`] },
  { rule: 'adafruit-io-key', name: 'ADAFRUIT_IO_KEY', secret: join('aio_', alnum(28)), keep: 4, negatives: [`ADAFRUIT_IO_USERNAME=${alnum(28)}`] },
  { rule: 'adafruit-io-key', name: 'AIO_KEY', secret: hex(32), wrong: 'g' },
);

describeRuleTable('saas', cases);
