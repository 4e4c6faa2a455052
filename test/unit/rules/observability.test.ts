import { Buffer } from 'node:buffer';
import { alnum, b64, b64url, charset, hex, join, lowerAlnum, randomString, reseed, uuid } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0x0b5e);
const upper = (n: number) => randomString(charset.upperAlnum, n);
const letters = (n: number) => randomString(charset.lower + charset.upper, n);
const base64Json = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64');

const sentryClaims = base64Json({ iat: 1718000000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: lowerAlnum(8) });
const grafanaCloud = base64Json({ o: '1', n: 'stack-123-deploy', k: alnum(24), m: { r: 'prod-us-east-0' } });
const grafanaKey = base64Json({ k: alnum(32), n: 'ci-deploy', id: 1 });
const publicKey = hex(32);

const cases: RuleCase[] = [
  { rule: 'sentry-org-token', secret: join('sntr', 'ys_', sentryClaims, '_', b64(43)), name: 'SENTRY_AUTH_TOKEN', keep: 7 },
  { rule: 'sentry-user-token', secret: join('sntr', 'yu_', hex(64)), name: 'SENTRY_AUTH_TOKEN', keep: 7, wrong: 'g' },
  {
    rule: 'sentry-dsn',
    secret: hex(32),
    texts: ['SENTRY_DSN=https://§@o4505123.ingest.us.sentry.io/4505123456', 'Sentry.init({ dsn: "https://§@o12.ingest.sentry.io/42" });', 'dsn: https://§@sentry.example.com/7'],
    negatives: [`SENTRY_DSN=https://${hex(31)}@o1.ingest.sentry.io/1`, `SENTRY_DSN=https://${hex(32)}@example.com/1`, 'SENTRY_DSN=https://<public-key>@o0.ingest.sentry.io/0'],
  },
  {
    rule: 'sentry-dsn-secret',
    secret: hex(32),
    texts: [`SENTRY_DSN=https://${publicKey}:§@sentry.io/42`, `RAVEN_DSN = "https://${publicKey}:§@sentry.internal.example.com/3"`],
    negatives: [`SENTRY_DSN=https://${publicKey}:${hex(31)}@sentry.io/42`],
  },
  { rule: 'sentry-auth-token', secret: hex(64), name: 'SENTRY_AUTH_TOKEN', wrong: 'g' },
  { rule: 'datadog-api-key', secret: hex(32), name: 'DD_API_KEY', wrong: 'g', more: ['DATADOG_API_KEY=§'] },
  { rule: 'datadog-app-key', secret: hex(40), name: 'DD_APP_KEY', wrong: 'g', more: ['datadog_app_key: §'] },
  { rule: 'newrelic-user-api-key', secret: join('NR', 'AK-', upper(27)), keep: 5 },
  { rule: 'newrelic-insert-key', secret: join('NR', 'II-', b64url(32)), keep: 5 },
  { rule: 'newrelic-query-key', secret: join('NR', 'IQ-', b64url(32)), keep: 5 },
  { rule: 'newrelic-browser-api-token', secret: join('NR', 'JS-', hex(19)), keep: 5, wrong: 'g' },
  { rule: 'newrelic-admin-key', secret: join('NR', 'AA-', hex(27)), keep: 5, wrong: 'g' },
  { rule: 'newrelic-ingest-license-key', secret: join(lowerAlnum(36), 'NRAL'), name: 'NEW_RELIC_LICENSE_KEY', short: join(lowerAlnum(35), 'NRAL') },
  { rule: 'newrelic-license-key', secret: hex(40), name: 'NEW_RELIC_LICENSE_KEY', wrong: 'g', more: ['newrelicLicenseKey: "§"'] },
  { rule: 'grafana-cloud-token', secret: join('gl', 'c_', grafanaCloud), keep: 4, short: join('gl', 'c_', alnum(31)), wrong: null },
  { rule: 'grafana-service-account-token', secret: join('gl', 'sa_', alnum(32), '_', hex(8)), keep: 5 },
  { rule: 'grafana-api-key', secret: grafanaKey, keep: 8, short: null, negatives: [`GRAFANA_API_KEY=${join('eyJrIjoi', alnum(40))}`] },
  { rule: 'dynatrace-api-token', secret: join('dt0', 'c01.', upper(24), '.', upper(64)), keep: 7 },
  { rule: 'dynatrace-api-token', secret: join('dt0', 'c01.', lowerAlnum(24), '.', lowerAlnum(64)), keep: 7 },
  {
    rule: 'sumologic-access-id',
    secret: join('su', alnum(12)),
    name: 'SUMO_ACCESS_ID',
    keep: 2,
    more: ['sumologic.accessId = "§"'],
    negatives: [`sumObj = ${join('su', alnum(12))}`],
  },
  { rule: 'sumologic-access-key', secret: alnum(64), name: 'SUMO_ACCESS_KEY', more: ['SUMOLOGIC_ACCESS_KEY=§'], negatives: [`sumOfExposures = ${alnum(64)};`] },
  { rule: 'honeycomb-v2-api-key', secret: join('hca', 'ik_', lowerAlnum(58)), keep: 6 },
  { rule: 'honeycomb-api-key', secret: alnum(22), name: 'HONEYCOMB_API_KEY' },
  { rule: 'splunk-hec-token', secret: uuid(), name: 'SPLUNK_HEC_TOKEN', more: ['hec_token = "§"'] },
  { rule: 'launchdarkly-access-token', secret: join('api-', uuid()), name: 'LAUNCHDARKLY_ACCESS_TOKEN', keep: 4 },
  { rule: 'launchdarkly-sdk-key', secret: join('sdk-', uuid()), name: 'LAUNCHDARKLY_SDK_KEY', keep: 4 },
  { rule: 'logzio-token', secret: letters(32), name: 'LOGZIO_TOKEN' },
  { rule: 'rollbar-access-token', secret: hex(32), name: 'ROLLBAR_ACCESS_TOKEN', wrong: 'g' },
  { rule: 'bugsnag-api-key', secret: hex(32), name: 'BUGSNAG_API_KEY', wrong: 'g' },
  { rule: 'pagerduty-api-key', secret: randomString(`${charset.alnum}_+-`, 20), name: 'PAGERDUTY_API_KEY' },
  { rule: 'pagerduty-integration-key', secret: alnum(32), name: 'PAGERDUTY_ROUTING_KEY' },
  { rule: 'opsgenie-api-key', secret: uuid(), name: 'OPSGENIE_API_KEY' },
];

describeRuleTable('observability', cases);
