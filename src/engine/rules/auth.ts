import type { RuleSpec } from '../types';
import { prefixed } from './define';
import { wordKeyed } from './word-keyed';

// A value of letters only is a word or an identifier (`searchConfluenceUsingCql`), not a random key.
const LETTERS_ONLY = /^[A-Za-z]+$/;

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const JWT = String.raw`eyJ[A-Za-z0-9_-]{10,600}\.eyJ[A-Za-z0-9_-]{10,3000}\.[A-Za-z0-9_-]{10,1000}`;

/** Rules of the auth family: identity providers, auth-as-a-service backends and their server credentials. */
export const rules: readonly RuleSpec[] = [
  wordKeyed({
    id: 'okta-api-token',
    provider: 'Okta',
    description: 'Okta API token (SSWS)',
    keywords: ['okta'],
    secret: '00[A-Za-z0-9_-]{40}',
    minEntropy: 3.5,
    envName: 'OKTA_API_TOKEN',
  }),
  wordKeyed({
    id: 'okta-client-secret',
    provider: 'Okta',
    description: 'Okta OAuth client secret',
    keywords: ['okta'],
    identifier: String.raw`okta[\w.\-]{0,20}?secret`,
    secret: '[A-Za-z0-9_-]{40,64}',
    minEntropy: 3.5,
    envName: 'OKTA_CLIENT_SECRET',
  }),
  wordKeyed({
    id: 'auth0-client-secret',
    provider: 'Auth0',
    description: 'Auth0 application client secret',
    keywords: ['auth0'],
    identifier: String.raw`auth0[\w.\-]{0,20}?secret`,
    secret: '[A-Za-z0-9_-]{64}',
    minEntropy: 3.5,
    envName: 'AUTH0_CLIENT_SECRET',
  }),
  wordKeyed({
    id: 'auth0-management-token',
    provider: 'Auth0',
    description: 'Auth0 Management API access token',
    keywords: ['auth0'],
    identifier: String.raw`auth0[\w.\-]{0,30}?token`,
    secret: JWT,
    validator: 'jwt',
    // Named provider plus a decoded JWT structure: surer than the bare JWT rule it overlaps.
    confidence: 'high',
    envName: 'AUTH0_MANAGEMENT_API_TOKEN',
  }),
  wordKeyed({
    id: 'clerk-secret-key',
    provider: 'Clerk',
    description: 'Clerk secret key (shares the sk_live_/sk_test_ prefix with Stripe)',
    keywords: ['clerk'],
    secret: 'sk_(?:live|test)_[A-Za-z0-9]{20,80}',
    minEntropy: 3.5,
    envName: 'CLERK_SECRET_KEY',
    rotateUrl: 'https://dashboard.clerk.com/last-active?path=api-keys',
  }),
  prefixed({
    id: 'supabase-pat',
    provider: 'Supabase',
    description: 'Supabase personal access token (sbp_)',
    keywords: ['sbp_'],
    pattern: /(?<![A-Za-z0-9_])(sbp_[a-f0-9]{40})(?![A-Za-z0-9_])/,
    envName: 'SUPABASE_ACCESS_TOKEN',
    rotateUrl: 'https://supabase.com/dashboard/account/tokens',
  }),
  prefixed({
    id: 'supabase-secret-key',
    provider: 'Supabase',
    description: 'Supabase secret API key (sb_secret_; bypasses row-level security)',
    keywords: ['sb_secret_'],
    pattern: /(?<![A-Za-z0-9_])(sb_secret_[A-Za-z0-9_-]{28,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    // The fixed key the Supabase CLI prints for every local development stack.
    allow: [new RegExp('^sb_secret_' + 'N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz$')],
    envName: 'SUPABASE_SECRET_KEY',
  }),
  wordKeyed({
    id: 'supabase-service-role-key',
    provider: 'Supabase',
    description: 'Supabase legacy service_role key (a JWT that bypasses row-level security)',
    keywords: ['service_role', 'service-role', 'servicerole', 'supabase'],
    identifier: String.raw`service[_\-]?role|supabase[\w.\-]{0,30}?service`,
    secret: JWT,
    validator: 'jwt',
    // Named provider plus a decoded JWT structure: surer than the bare JWT rule it overlaps.
    confidence: 'high',
    // Payloads issued by `supabase-demo`: the well-known keys of local development stacks.
    allow: [/\.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIi/],
    envName: 'SUPABASE_SERVICE_ROLE_KEY',
  }),
  prefixed({
    id: 'firebase-cloud-messaging-server-key',
    provider: 'Firebase',
    description: 'Firebase Cloud Messaging legacy server key',
    keywords: [':apa91b'],
    pattern: /(?<![A-Za-z0-9_-])(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
    envName: 'FCM_SERVER_KEY',
  }),
  prefixed({
    id: 'authress-service-client-key',
    provider: 'Authress',
    description: 'Authress service client access key',
    keywords: ['.acc_', '.acc-'],
    pattern: /(?<![A-Za-z0-9_])((?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120})(?![A-Za-z0-9+/_=-])/,
    // The example key in Authress's secret-scanning documentation.
    allow: [/^sc_aNySQ\.iocD\.acc[_-]9647aa001\./],
    envName: 'AUTHRESS_SERVICE_CLIENT_ACCESS_KEY',
  }),
  prefixed({
    id: 'adobe-client-secret',
    provider: 'Adobe',
    description: 'Adobe Developer Console client secret (p8e-)',
    keywords: ['p8e-'],
    pattern: /(?<![A-Za-z0-9_-])(p8e-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    envName: 'ADOBE_CLIENT_SECRET',
    rotateUrl: 'https://developer.adobe.com/console',
  }),
  wordKeyed({
    id: 'adobe-client-id',
    provider: 'Adobe',
    description: 'Adobe Developer Console client id (API key)',
    keywords: ['adobe'],
    secret: '[a-f0-9]{32}',
    minEntropy: 3.0,
    envName: 'ADOBE_CLIENT_ID',
  }),
  wordKeyed({
    id: 'keycloak-client-secret',
    provider: 'Keycloak',
    description: 'Keycloak confidential client secret',
    keywords: ['keycloak'],
    secret: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    allow: [LETTERS_ONLY],
    envName: 'KEYCLOAK_CLIENT_SECRET',
  }),
  wordKeyed({
    id: 'stytch-secret',
    provider: 'Stytch',
    description: 'Stytch project secret',
    keywords: ['stytch'],
    secret: 'secret-(?:live|test)-[A-Za-z0-9_=-]{30,44}',
    minEntropy: 3.5,
    envName: 'STYTCH_SECRET',
  }),
  wordKeyed({
    id: 'workos-api-key',
    provider: 'WorkOS',
    description: 'WorkOS API key (shares the sk_live_/sk_test_ prefix with Stripe)',
    keywords: ['workos'],
    secret: 'sk_[A-Za-z0-9_]{20,120}',
    minEntropy: 3.5,
    envName: 'WORKOS_API_KEY',
    rotateUrl: 'https://dashboard.workos.com/api-keys',
  }),
  wordKeyed({
    id: 'frontegg-api-key',
    provider: 'Frontegg',
    description: 'Frontegg API key or client secret',
    keywords: ['frontegg'],
    secret: UUID,
    envName: 'FRONTEGG_API_KEY',
  }),
];
