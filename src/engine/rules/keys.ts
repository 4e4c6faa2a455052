// Private keys and self-contained tokens: PEM, OpenSSH, PGP, PuTTY, JWT, age, 1Password, and a few
// key formats with fixed headers. Public keys and certificates never match: every pattern names a
// private or secret key explicitly.
import type { RuleSpec } from '../types';
import { prefixed } from './define';

// PEM labels that hold a private key. Group 2 of each PEM pattern; the END marker must repeat it.
const PEM_KIND = '((?:RSA |EC |DSA |ENCRYPTED |)PRIVATE KEY)';

/** Rules of the keys family. */
export const rules: readonly RuleSpec[] = [
  // The body class has no `-`, so a match can never run past the first END marker into a second key.
  // Traditional encrypted keys put Proc-Type and DEK-Info headers before the body.
  prefixed({
    id: 'pem-private-key',
    provider: 'Private key',
    description: 'PEM private key (RSA, EC, DSA, PKCS#8, encrypted PKCS#8)',
    keywords: ['private key'],
    pattern: new RegExp(
      `(-----BEGIN ${PEM_KIND}-----(?:\\r?\\nProc-Type:[^\\n]{0,100}\\r?\\nDEK-Info:[^\\n]{0,200}|)[A-Za-z0-9+/=\\s]{64,16384}-----END \\2-----)`,
    ),
    validator: 'pem-body',
    multiline: true,
    envName: 'PRIVATE_KEY',
  }),
  // The same key flattened into one string with literal `\n` escapes (JSON, .env, YAML flow scalars).
  prefixed({
    id: 'pem-private-key-escaped',
    provider: 'Private key',
    description: 'PEM private key flattened into one line with \\n escapes',
    keywords: ['private key'],
    pattern: /(-----BEGIN ((?:RSA |EC |DSA |ENCRYPTED |OPENSSH |)PRIVATE KEY)-----(?:\\r|)\\n[A-Za-z0-9+/=\\]{64,16384}-----END \2-----)/,
    validator: 'pem-body',
    envName: 'PRIVATE_KEY',
  }),
  // The whole PEM, base64-encoded once more, as Kubernetes stores keys (`client-key-data:` in a kubeconfig, `tls.key:`
  // in a Secret) and as CI variables often hold them. Base64 of "-----BEGIN " always opens with LS0tLS1CRUdJTi.
  prefixed({
    id: 'pem-private-key-base64',
    provider: 'Private key',
    description: 'PEM private key, base64-encoded (a kubeconfig client-key-data, a Secret tls.key)',
    keywords: ['ls0tls1crudjti'],
    pattern: /(?<![A-Za-z0-9+/])(LS0tLS1CRUdJTi[A-Za-z0-9+/]{120,22000}={0,2})(?![A-Za-z0-9+/=])/,
    validator: 'base64-pem-private-key',
    envName: 'PRIVATE_KEY',
  }),
  // Every OpenSSH key body starts with base64 of "openssh-key-v1\0".
  prefixed({
    id: 'openssh-private-key',
    provider: 'SSH',
    description: 'OpenSSH private key',
    keywords: ['openssh private key'],
    pattern: /(-----BEGIN OPENSSH PRIVATE KEY-----\s{1,4}b3BlbnNzaC1rZXktdjE[A-Za-z0-9+/=\s]{40,16384}-----END OPENSSH PRIVATE KEY-----)/,
    validator: 'pem-body',
    multiline: true,
    envName: 'SSH_PRIVATE_KEY',
  }),
  // Armor headers (Version:, Comment:) may hold any character, so they are skipped lazily up to the
  // first full base64 line (what tells a key from a stub); from there the class, which includes the
  // `=` of the CRC line but no `-`, cannot run past the END line.
  prefixed({
    id: 'pgp-private-key-block',
    provider: 'PGP',
    description: 'PGP / GnuPG private key block',
    keywords: ['pgp private key block'],
    pattern: /(-----BEGIN PGP PRIVATE KEY BLOCK-----[\s\S]{0,1000}?\n[A-Za-z0-9+/]{60}[A-Za-z0-9+/=\s]{0,65536}-----END PGP PRIVATE KEY BLOCK-----)/,
    multiline: true,
    envName: 'GPG_PRIVATE_KEY',
  }),
  prefixed({
    id: 'putty-private-key',
    provider: 'PuTTY',
    description: 'PuTTY private key file (.ppk)',
    keywords: ['putty-user-key-file-'],
    pattern: /(PuTTY-User-Key-File-[23]:[ \t]*[A-Za-z0-9@.-]{3,60}\r?\nEncryption:[ \t]*[A-Za-z0-9-]{3,40}\r?\n[\s\S]{0,4000}?Private-Lines:[ \t]*[0-9]{1,3}\r?\n[A-Za-z0-9+/=\s]{16,16384}?Private-(?:MAC|Hash):[ \t]*(?:[a-f0-9]{64}|[a-f0-9]{40}))(?![A-Za-z0-9])/,
    multiline: true,
    envName: 'SSH_PRIVATE_KEY',
  }),
  // A bearer token that often outlives its purpose; many (anon keys, test fixtures) are not secret, so medium.
  // The signature may be empty (`alg: none`) or cut off with its dot: a header and claims that both decode to
  // JSON are a token still, and the validator holds both parts to that. Five-part JWEs never match.
  prefixed({
    id: 'jwt',
    provider: 'JSON Web Token',
    description: 'JSON Web Token (signed or unsecured JWS, or its header and claims alone)',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{8,16384}(?:\.(?:[A-Za-z0-9_-]{16,4096}|))?)(?!\.?[A-Za-z0-9_-])/,
    validator: 'jwt',
    confidence: 'medium',
    envName: 'JWT_TOKEN',
  }),
  // A JWT base64-encoded once more, as a Kubernetes Secret's `data` holds one: `eyJ` encodes to `ZXlK`.
  prefixed({
    id: 'jwt-base64',
    provider: 'JSON Web Token',
    description: 'JSON Web Token, base64-encoded again (a Kubernetes Secret\'s data)',
    keywords: ['zxlk'],
    pattern: /(?<![A-Za-z0-9+/])(ZXlK[A-Za-z0-9+/]{40,16384}={0,2})(?![A-Za-z0-9+/=])/,
    validator: 'base64-jwt',
    confidence: 'medium',
    envName: 'JWT_TOKEN',
  }),
  // Bech32, upper case: 32 bytes of key plus the checksum.
  prefixed({
    id: 'age-secret-key',
    provider: 'age',
    description: 'age encryption secret key (AGE-SECRET-KEY-1)',
    keywords: ['age-secret-key-1'],
    pattern: /(?<![A-Za-z0-9_-])(AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58})(?![A-Za-z0-9_-])/,
    envName: 'SOPS_AGE_KEY',
  }),
  // The account Secret Key: version A3, account id, then the secret in dash-separated groups.
  prefixed({
    id: '1password-secret-key',
    provider: '1Password',
    description: '1Password account Secret Key (A3-)',
    keywords: ['a3-'],
    pattern: /(?<![A-Za-z0-9_-])(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9_-])/,
    minEntropy: 3.0,
    envName: 'OP_SECRET_KEY',
  }),
  prefixed({
    id: '1password-service-account-token',
    provider: '1Password',
    description: '1Password service account token (ops_eyJ)',
    keywords: ['ops_eyj'],
    pattern: /(?<![A-Za-z0-9_-])(ops_eyJ[A-Za-z0-9+/]{250,4000}={0,3})(?![A-Za-z0-9+/=_-])/,
    minEntropy: 3.5,
    envName: 'OP_SERVICE_ACCOUNT_TOKEN',
  }),
  prefixed({
    id: 'nostr-private-key',
    provider: 'Nostr',
    description: 'Nostr private key, NIP-19 bech32 (nsec1)',
    keywords: ['nsec1'],
    pattern: /(?<![A-Za-z0-9_-])(nsec1[02-9ac-hj-np-z]{58})(?![A-Za-z0-9_-])/,
    envName: 'NOSTR_PRIVATE_KEY',
  }),
  // minisign and signify write the key's base64 on the line after a fixed comment.
  prefixed({
    id: 'minisign-secret-key',
    provider: 'minisign',
    description: 'minisign secret key file',
    keywords: ['minisign encrypted secret key'],
    pattern: /untrusted comment: minisign encrypted secret key[^\n]{0,200}\r?\n(RW[A-Za-z0-9+/]{150,300}={0,2})(?![A-Za-z0-9+/=])/,
    multiline: true,
    envName: 'MINISIGN_SECRET_KEY',
  }),
  prefixed({
    id: 'signify-secret-key',
    provider: 'signify',
    description: 'OpenBSD signify secret key file',
    keywords: ['signify secret key'],
    pattern: /untrusted comment: signify secret key[^\n]{0,200}\r?\n(RW[A-Za-z0-9+/]{100,300}={0,2})(?![A-Za-z0-9+/=])/,
    multiline: true,
    envName: 'SIGNIFY_SECRET_KEY',
  }),
  // Curve25519 keys are 32 bytes: 43 base64 characters, the last with two zero bits, then `=`.
  prefixed({
    id: 'wireguard-private-key',
    provider: 'WireGuard',
    description: 'WireGuard private key (PrivateKey = in a wg config)',
    keywords: ['privatekey'],
    pattern: /(?<![A-Za-z0-9_])PrivateKey[ \t]*=[ \t]*["']?([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])/,
    minEntropy: 3.5,
    envName: 'WG_PRIVATE_KEY',
  }),
];
