import { alnum, b64url, charset, hex, join, lowerAlnum, lumpyHex, randomString, reseed, seeded, uuid } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0x3e55);
const digits = (n: number) => join(randomString('123456789', 1), randomString(charset.digits, n - 1));
const upper = (n: number) => randomString(charset.upperAlnum, n);

const slackHooks = 'https://hooks.slack.com/';
const slackWebhook = join(slackHooks, 'services/T', upper(10), '/B', upper(10), '/', alnum(24));
const triggerBase = join(slackHooks, 'triggers/T', upper(10), '/', digits(13), '/');
const discordBase = join('https://discord.com/api/', 'webhooks/', digits(19), '/');
const teamsBase = join('https://contoso.webhook.office.com/', 'webhookb2/');
const teams = join(teamsBase, uuid(), '@', uuid(), '/IncomingWebhook/', hex(32), '/', uuid());
const urlTexts = (name: string) => [`${name}=§`, 'const url = "§";', '{"webhook": "§"}', "requests.post('§', json=payload)"];
const bearerA = 'A'.repeat(21);
const discordToken = join(b64url(26), '.', b64url(6), '.', b64url(38));
const digitZeros = '0'.repeat(32);
const base58 = (n: number) => randomString('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', n);
const resendKey = join('re', '_', base58(8), '_', base58(24));
const shuffle = seeded(0x5eed);
// 32 digits as unevenly spread as random ones often are (about 2.96 bits): the floor must let them through.
const unevenDigits = join(...[7, 6, 6, 4, 3, 2, 1, 1, 1, 1].map((count, digit) => String((digit + 3) % 10).repeat(count)))
  .split('')
  .map((digit) => ({ digit, order: shuffle() }))
  .sort((a, b) => a.order - b.order)
  .map(({ digit }) => digit)
  .join('');
const graphPrefix = join('EAACEd', 'Eose0cBA');

const cases: RuleCase[] = [
  {
    rule: 'slack-bot-token',
    secret: join('xo', 'xb-', digits(12), '-', digits(13), '-', alnum(24)),
    keep: 5,
    short: join('xo', 'xb-', digits(12), '-', digits(13), '-', alnum(17)),
    negatives: [`SLACK_BOT_TOKEN=${join('xo', 'xb-', 'xxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx')}`],
  },
  { rule: 'slack-bot-token', secret: join('xo', 'xb-', digits(12), '-', alnum(23)), keep: 5, short: join('xo', 'xb-', digits(12), '-', alnum(17)) },
  {
    rule: 'slack-user-token',
    secret: join('xo', 'xp-', digits(12), '-', digits(12), '-', digits(13), '-', hex(32)),
    keep: 5,
    short: join('xo', 'xp-', digits(12), '-', digits(12), '-', digits(13), '-', hex(27)),
  },
  {
    rule: 'slack-user-token',
    secret: join('xo', 'xe-', digits(13), '-', digits(13), '-', digits(13), '-', hex(32)),
    texts: ['"url_private": "https://files.slack.com/files-pri/T0-F0/image.png?t=§"'],
    short: null,
    wrong: null,
  },
  { rule: 'slack-app-token', secret: join('xa', 'pp-1-', upper(11), '-', digits(13), '-', hex(64)), keep: 7, short: join('xa', 'pp-1-', upper(11), '-', digits(13), '-', hex(63)) },
  {
    rule: 'slack-legacy-token',
    secret: join('xo', 'xs-', digits(12), '-', digits(12), '-', digits(13), '-', hex(64)),
    keep: 5,
    short: join('xo', 'xs-', alnum(7)),
    wrong: null,
  },
  { rule: 'slack-legacy-token', secret: join('xo', 'xa-2-', alnum(30), '-', alnum(20)), keep: 7, short: join('xo', 'xa-', alnum(7)), wrong: null },
  { rule: 'slack-config-access-token', secret: join('xo', 'xe.xoxp-1-', alnum(150)), keep: 12, short: join('xo', 'xe.xoxp-1-', alnum(99)) },
  { rule: 'slack-config-refresh-token', secret: join('xo', 'xe-1-', alnum(140)), keep: 7, short: join('xo', 'xe-1-', alnum(99)) },
  {
    rule: 'slack-webhook-url',
    secret: slackWebhook,
    keep: 33,
    short: join(slackHooks, 'services/T', upper(10), '/B', upper(10), '/', alnum(10)),
    texts: urlTexts('SLACK_WEBHOOK_URL'),
    negatives: ['SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX'],
  },
  {
    rule: 'slack-workflow-webhook-url',
    secret: join(triggerBase, alnum(32)),
    keep: triggerBase.length,
    short: join(slackHooks, 'triggers/T', upper(10), '/', digits(13), '/', alnum(8)),
    wrong: null,
    texts: urlTexts('SLACK_WEBHOOK_URL'),
  },
  { rule: 'twilio-api-key-sid', secret: join('SK', hex(32)), name: 'TWILIO_API_KEY', keep: 2, wrong: 'g' },
  { rule: 'twilio-api-key-secret', secret: alnum(32), name: 'TWILIO_API_SECRET' },
  {
    rule: 'twilio-auth-token',
    secret: hex(32),
    name: 'TWILIO_AUTH_TOKEN',
    wrong: 'g',
    negatives: [`TWILIO_ACCOUNT_SID=${join('AC', hex(32))}`],
  },
  { rule: 'sendgrid-api-key', secret: join('SG', '.', b64url(22), '.', b64url(43)), keep: 3 },
  { rule: 'mailgun-api-key', secret: join('key', '-', hex(32)), name: 'MAILGUN_API_KEY', keep: 4, wrong: 'g' },
  { rule: 'mailgun-public-key', secret: join('pub', 'key-', hex(32)), name: 'MAILGUN_PUBLIC_KEY', keep: 7, wrong: 'g' },
  { rule: 'mailgun-signing-key', secret: join(hex(32), '-', hex(8), '-', hex(8)), name: 'MAILGUN_WEBHOOK_SIGNING_KEY', wrong: 'g' },
  { rule: 'mailchimp-api-key', secret: join(hex(32), '-us', '12'), name: 'MAILCHIMP_API_KEY', short: join(hex(31), '-us12'), wrong: 'g' },
  { rule: 'mailchimp-transactional-api-key', secret: join('md-', b64url(22)), name: 'MANDRILL_API_KEY', keep: 3 },
  { rule: 'postmark-server-token', secret: uuid(), name: 'POSTMARK_SERVER_TOKEN' },
  {
    rule: 'resend-api-key',
    secret: resendKey,
    name: 'RESEND_API_KEY',
    keep: 3,
    wrong: '0',
    negatives: [`RESEND_API_KEY="${join('re', '_', base58(7), '_', base58(24))}"`, `const other = "${resendKey}";`],
  },
  {
    rule: 'resend-api-key-client',
    secret: resendKey,
    keep: 3,
    wrong: 'l',
    texts: ['const resend = new Resend("§");', 'client := resend.NewClient("§")', "$resend = Resend::client('§');"],
    negatives: ['const resend = new Resend(process.env.RESEND_API_KEY);', `const r = new Presend("${resendKey}");`],
  },
  { rule: 'brevo-api-key', secret: join('xkey', 'sib-', hex(64), '-', alnum(16)), keep: 8 },
  { rule: 'brevo-smtp-key', secret: join('xsmtp', 'sib-', hex(64), '-', alnum(16)), keep: 9 },
  {
    rule: 'discord-bot-token',
    secret: discordToken,
    name: 'DISCORD_BOT_TOKEN',
    short: null,
    negatives: [`DISCORD_BOT_TOKEN=${join(b64url(26), '.', b64url(6), '.', b64url(20))}`],
  },
  {
    rule: 'discord-bot-token-login',
    secret: join('M', discordToken.slice(1)),
    texts: ['client.login("§");', "bot.run('§')", 'await client.login(`§`)'],
    short: null,
    negatives: [
      `client.login("${join('A', discordToken.slice(1))}");`,
      `bot.run("${join('M', b64url(25), '.', b64url(5), '.', b64url(38))}")`,
      `client.login(process.env.DISCORD_TOKEN);`,
      `app.run("${join('M', b64url(25))}")`,
    ],
  },
  {
    rule: 'discord-bot-token-bare',
    secret: join('N', discordToken.slice(1)),
    name: 'BOT_SETTING',
    more: ['§', 'bot = Bot("§")', '{"bots": [{"id": 7, "auth": "Bot §"}]}', 'client.connect(`§`);'],
    short: null,
    negatives: [
      `const t = "${join('A', discordToken.slice(1))}";`,
      `"${join('M', b64url(25), '.', b64url(5), '.', b64url(38))}"`,
      `"${join('M', b64url(25), '.', b64url(6), '.', b64url(26))}"`,
      `"${join('M', b64url(26), '.', b64url(6), '.', b64url(38))}"`,
      `"${join('x', 'M', discordToken.slice(1))}"`,
      'manager = NotificationServiceManager.module.registerNotificationChannelHandler(config)',
      'x = Oauth2AuthorizationServerConf.common.defaultAuthorizationEndpointUri2;',
    ],
  },
  { rule: 'discord-client-secret', secret: b64url(32), name: 'DISCORD_CLIENT_SECRET' },
  // Under a token name too, and decimal: ten symbols still clear the rule's entropy floor.
  { rule: 'discord-client-secret', secret: digits(32), name: 'discordToken', short: digits(30), negatives: [`discordToken = "${digitZeros}"`] },
  { rule: 'discord-client-secret', secret: unevenDigits, name: 'discordToken', short: null },
  {
    rule: 'discord-webhook-url',
    secret: join(discordBase, b64url(68)),
    keep: discordBase.length,
    short: join(discordBase, b64url(59)),
    texts: urlTexts('DISCORD_WEBHOOK_URL'),
  },
  {
    rule: 'telegram-bot-token',
    secret: join(digits(10), ':AA', b64url(33)),
    name: 'TELEGRAM_BOT_TOKEN',
    more: ['BOT_TOKEN = "§"', 'requests.get(f"https://api.telegram.org/bot§/getMe")', 'curl https://api.telegram.org/bot§/sendMessage'],
  },
  { rule: 'microsoft-teams-webhook-url', secret: teams, keep: teamsBase.length, texts: urlTexts('TEAMS_WEBHOOK_URL') },
  { rule: 'messagebird-client-id', secret: uuid().toUpperCase(), name: 'MESSAGEBIRD_TOKEN', wrong: 'g' },
  { rule: 'sendbird-application-id', secret: uuid(), name: 'sendbirdToken', wrong: 'g', more: ['SENDBIRD_APP_ID: "§"'], negatives: [`sendbirdChannelUrl = "${uuid()}"`] },
  { rule: 'discord-client-id', secret: join('9', randomString(charset.digits, 17)), name: 'DISCORD_TOKEN', wrong: 'a', short: join('9', randomString(charset.digits, 14)) },
  { rule: 'messagebird-api-key', secret: alnum(25), name: 'MESSAGEBIRD_API_KEY' },
  { rule: 'mattermost-access-token', secret: lowerAlnum(26), name: 'MATTERMOST_TOKEN' },
  { rule: 'twitch-api-token', secret: lowerAlnum(30), name: 'TWITCH_CLIENT_SECRET' },
  {
    rule: 'twitter-bearer-token',
    secret: join(bearerA, alnum(60), '%2B', alnum(20), '%3D', alnum(10)),
    short: join(bearerA, alnum(39)),
    negatives: [`const png = "iVBORw0K${bearerA}AAAAAAAAAAAAAAAAAAAA+/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";`],
  },
  { rule: 'twitter-api-key', secret: alnum(25), name: 'TWITTER_API_KEY' },
  { rule: 'twitter-api-secret', secret: alnum(50), name: 'TWITTER_API_SECRET' },
  { rule: 'twitter-access-token', secret: join(digits(18), '-', alnum(40)), name: 'TWITTER_ACCESS_TOKEN' },
  { rule: 'twitter-access-token-secret', secret: alnum(45), name: 'TWITTER_ACCESS_TOKEN_SECRET' },
  {
    rule: 'facebook-graph-explorer-token',
    secret: join(graphPrefix, alnum(100)),
    keep: 14,
    short: join(graphPrefix, alnum(19)),
    wrong: null,
    negatives: [`FACEBOOK_TOKEN=${join(graphPrefix, alnum(8), '~', alnum(90))}`],
  },
  {
    rule: 'facebook-app-secret',
    secret: hex(32),
    name: 'FACEBOOK_APP_SECRET',
    wrong: 'g',
    more: ['FB_APP_SECRET=§'],
    negatives: [`FACEBOOK_CLIENT_TOKEN=${hex(32)}`],
  },
  { rule: 'facebook-access-token', secret: join('EAAG', alnum(180)), name: 'FACEBOOK_PAGE_ACCESS_TOKEN', keep: 3, short: join('EAA', alnum(79)) },
  {
    rule: 'facebook-app-access-token',
    secret: join(digits(16), '|', b64url(27)),
    name: 'FACEBOOK_APP_ACCESS_TOKEN',
    more: ['{"facebook access_token":"§","token_type":"bearer"}', 'facebook §'],
  },
  { rule: 'linkedin-client-secret', secret: alnum(16), name: 'LINKEDIN_CLIENT_SECRET' },
  { rule: 'sendbird-api-token', secret: hex(40), name: 'SENDBIRD_API_TOKEN', wrong: 'g' },
  { rule: 'vonage-api-secret', secret: alnum(16), name: 'VONAGE_API_SECRET', more: ['NEXMO_API_SECRET=§'] },
  { rule: 'pusher-app-secret', secret: hex(20), name: 'PUSHER_APP_SECRET', wrong: 'g' },
  { rule: 'pusher-app-secret', secret: lumpyHex(), name: 'PUSHER_APP_SECRET', wrong: 'g' },
  {
    rule: 'ably-api-key',
    secret: join(b64url(6), '.', b64url(6), ':', b64url(43)),
    name: 'ABLY_API_KEY',
    negatives: [`probably = "${join(b64url(6), '.', b64url(6), ':', b64url(43))}"`],
    short: join(b64url(6), '.', b64url(6), ':', b64url(39)),
  },
];

describeRuleTable('messaging', cases);
