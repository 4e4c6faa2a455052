import * as assert from 'node:assert/strict';
import { envNameFor } from '../../../src/engine';

describe('envNameFor', () => {
  const table: readonly [string | undefined, string | undefined, string, string][] = [
    ['openaiKey', undefined, 'generic-secret-assignment', 'OPENAI_KEY'],
    ['openaiKey', 'OPENAI_API_KEY', 'openai-project-key', 'OPENAI_KEY'],
    ['api-key', undefined, 'generic-secret-assignment', 'API_KEY'],
    ['client.secret', undefined, 'generic-secret-assignment', 'CLIENT_SECRET'],
    ['APIKey', undefined, 'generic-secret-assignment', 'API_KEY'],
    ['githubToken', 'GITHUB_TOKEN', 'github-pat', 'GITHUB_TOKEN'],
    ['_stripe_secret_key', undefined, 'generic-secret-assignment', 'STRIPE_SECRET_KEY'],
    ['this.dbPassword', undefined, 'generic-secret-assignment', 'DB_PASSWORD'],
    // An environment read keeps the variable it already reads.
    ['process.env.STRIPE_SECRET', undefined, 'generic-secret-assignment', 'STRIPE_SECRET'],
    ['import.meta.env.apiToken', undefined, 'generic-secret-assignment', 'API_TOKEN'],
    ['clé_secrète', undefined, 'generic-secret-assignment', 'CLE_SECRETE'],
    ['2faSecret', undefined, 'generic-secret-assignment', '_2FA_SECRET'],
    // Scope marks (C++ and Objective-C constants, Android members, globals) are not part of the name.
    ['kApiKey', undefined, 'generic-secret-assignment', 'API_KEY'],
    ['kAPIKey', undefined, 'generic-secret-assignment', 'API_KEY'],
    ['mAuthToken', undefined, 'generic-secret-assignment', 'AUTH_TOKEN'],
    ['m_stripeSecret', undefined, 'generic-secret-assignment', 'STRIPE_SECRET'],
    ['g_db_password', undefined, 'generic-secret-assignment', 'DB_PASSWORD'],
    ['kStripeKey', 'STRIPE_SECRET_KEY', 'stripe-secret-key', 'STRIPE_KEY'],
    ['mToken', 'GITHUB_TOKEN', 'github-pat', 'GITHUB_TOKEN'],
    // A name whose camel case marks no word break stays one word, as its provider spells its variables.
    ['openAIKey', 'OPENAI_API_KEY', 'openai-project-key', 'OPENAI_KEY'],
    ['openAIApiKey', undefined, 'generic-secret-assignment', 'OPENAI_API_KEY'],
    ['myGitHubToken', undefined, 'generic-secret-assignment', 'MY_GITHUB_TOKEN'],
    ['sendGridApiKey', undefined, 'generic-secret-assignment', 'SENDGRID_API_KEY'],
    ['mongoDBUri', undefined, 'generic-secret-assignment', 'MONGODB_URI'],
    ['slackWebHookUrl', undefined, 'generic-secret-assignment', 'SLACK_WEBHOOK_URL'],
    ['dbPassWord', undefined, 'generic-secret-assignment', 'DB_PASSWORD'],
    // Only as a whole word, and a name already spelt as a variable keeps its spelling.
    ['gitHubber', undefined, 'generic-secret-assignment', 'GIT_HUBBER'],
    ['reopenAIModel', undefined, 'generic-secret-assignment', 'REOPEN_AI_MODEL'],
    ['GIT_HUB_TOKEN', undefined, 'generic-secret-assignment', 'GIT_HUB_TOKEN'],
    // A lowercase word that merely starts with one of those letters keeps it.
    ['mySecret', undefined, 'generic-secret-assignment', 'MY_SECRET'],
    ['salesforceToken', undefined, 'generic-secret-assignment', 'SALESFORCE_TOKEN'],
    ['M_API_KEY', undefined, 'generic-secret-assignment', 'M_API_KEY'],
    // Generic identifiers give way to the provider's conventional name.
    ['key', 'OPENAI_API_KEY', 'openai-project-key', 'OPENAI_API_KEY'],
    ['token', 'GITHUB_TOKEN', 'github-pat', 'GITHUB_TOKEN'],
    ['apiKey', 'STRIPE_SECRET_KEY', 'stripe-secret-key', 'STRIPE_SECRET_KEY'],
    ['password', 'DATABASE_URL', 'postgres-url', 'DATABASE_URL'],
    ['x', 'OPENAI_API_KEY', 'openai-project-key', 'OPENAI_API_KEY'],
    ['data', undefined, 'acme-api-key', 'ACME_API_KEY'],
    ['value', undefined, 'generic-secret-assignment', 'SECRET'],
    ['openai', 'OPENAI_API_KEY', 'openai-project-key', 'OPENAI_API_KEY'],
    // An identifier that is the conventional name without its provider prefix takes the prefix: the SDKs read that name themselves.
    ['accessKeyId', 'AWS_ACCESS_KEY_ID', 'aws-access-key-id', 'AWS_ACCESS_KEY_ID'],
    ['secretAccessKey', 'AWS_SECRET_ACCESS_KEY', 'aws-secret-access-key', 'AWS_SECRET_ACCESS_KEY'],
    ['botToken', 'SLACK_BOT_TOKEN', 'slack-bot-token', 'SLACK_BOT_TOKEN'],
    ['backupAccessKeyId', 'AWS_ACCESS_KEY_ID', 'aws-access-key-id', 'BACKUP_ACCESS_KEY_ID'],
    // ...but not one the code already spells as an environment variable, which it may read by that name.
    ['ACCESS_KEY_ID', 'AWS_ACCESS_KEY_ID', 'aws-access-key-id', 'ACCESS_KEY_ID'],
    ['process.env.ACCESS_KEY_ID', 'AWS_ACCESS_KEY_ID', 'aws-access-key-id', 'ACCESS_KEY_ID'],
    // A URL's user name (`https://x-access-token:…@github.com`) is a convention, not a name for the secret.
    ['x-access-token', 'GITHUB_TOKEN', 'github-server-to-server-token', 'GITHUB_TOKEN'],
    ['x-token-auth', 'BITBUCKET_ACCESS_TOKEN', 'bitbucket-access-token', 'BITBUCKET_ACCESS_TOKEN'],
    // Without a provider name, a generic identifier is still a fine name.
    ['key', undefined, 'generic-secret-assignment', 'KEY'],
    ['apiKey', undefined, 'generic-secret-assignment', 'API_KEY'],
    [undefined, 'SLACK_BOT_TOKEN', 'slack-bot-token', 'SLACK_BOT_TOKEN'],
    [undefined, undefined, 'pem-private-key', 'PEM_PRIVATE_KEY'],
    ['---', undefined, 'generic-secret-assignment', 'SECRET'],
    // Names the shell always sets would shadow the .env value: dotenv does not override them.
    ['pwd', undefined, 'generic-secret-assignment', 'PASSWORD'],
    ['user', undefined, 'generic-secret-assignment', 'USER_SECRET'],
    ['home', undefined, 'generic-secret-assignment', 'HOME_SECRET'],
  ];
  for (const [identifier, envName, ruleId, expected] of table) {
    it(`names ${JSON.stringify(identifier)} (provider ${envName ?? 'none'}) ${expected}`, () => {
      const name = envNameFor(identifier, envName, ruleId);
      assert.equal(name, expected);
      assert.match(name, /^[A-Z_][A-Z0-9_]*$/);
    });
  }
});
