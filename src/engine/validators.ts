import { base62, crc32 } from './checksum';
import type { ValidatorName } from './types';

/**
 * How a validator's verdict is used. A `strict` validator rejects what fails (a "JWT" that does not
 * decode is not a JWT). A checksum validator only raises confidence: scanners and docs are full of
 * hand-made tokens with the right shape and no checksum, and a hygiene tool still wants those gone.
 */
export interface Validator {
  readonly strict: boolean;
  readonly check: (secret: string) => boolean;
}

// Prefix, 30 random base62 characters, then the CRC-32 of those 30 as 6 base62 digits.
function checksummedTail(secret: string): boolean {
  const underscore = secret.lastIndexOf('_');
  const body = secret.slice(underscore + 1);
  if (body.length < 7) return false;
  const random = body.slice(0, -6);
  return base62(crc32(random), 6) === body.slice(-6);
}

// Fine-grained PATs (`github_pat_<22>_<59>`) carry no public checksum; the classic ones do.
function githubChecksum(secret: string): boolean {
  return secret.startsWith('github_pat_') ? false : checksummedTail(secret);
}

/** Decodes base64 or base64url to a binary string, or returns undefined when it is not valid. */
export function decodeBase64(text: string): string | undefined {
  const normal = text.replace(/-/g, '+').replace(/_/g, '/').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normal) || normal.replace(/=+$/, '').length % 4 === 1) return undefined;
  try {
    return atob(normal.replace(/=+$/, '').padEnd(Math.ceil(normal.replace(/=+$/, '').length / 4) * 4, '='));
  } catch {
    return undefined;
  }
}

function decodesToJsonObject(part: string): boolean {
  const decoded = decodeBase64(part);
  if (decoded === undefined) return false;
  try {
    const value: unknown = JSON.parse(decoded);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

function jwt(secret: string): boolean {
  const [header, payload] = secret.split('.');
  if (!header || !payload || !decodesToJsonObject(header)) return false;
  // An encrypted JWE payload is not JSON; a signed JWS payload is.
  return header.length > 0 && (decodesToJsonObject(payload) || secret.split('.').length === 5);
}

function pemBody(secret: string): boolean {
  // Markers become line breaks first, so a key flattened onto one line (`\n` escapes or spaces) still splits.
  const body = secret
    .replace(/-----(?:BEGIN|END) [A-Z0-9 ]{1,40}-----/g, '\n')
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('-----') && !/^[\w-]+:/.test(line))
    .join('')
    .replace(/\\[nr]/g, '')
    // `+` is a base64 digit; only a `+` between quotes is string concatenation.
    .replace(/["']\s*\+\s*["']/g, '')
    .replace(/[\s"',]/g, '');
  return body.length >= 64 && decodeBase64(body) !== undefined;
}

// A private key's PEM, base64-encoded whole (a kubeconfig's `client-key-data`, a Secret's `tls.key`): the decoded text
// must be a private key's armor around a key body. Certificates and public keys encode the same way and are left out.
function base64PemPrivateKey(secret: string): boolean {
  const decoded = decodeBase64(secret);
  return decoded !== undefined && /^-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----\r?\n/.test(decoded) && /-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----\s*$/.test(decoded) && pemBody(decoded);
}

// RFC 7617 credentials: base64 of `user-id:password`, printable text with a non-empty password.
function basicAuth(secret: string): boolean {
  const decoded = decodeBase64(secret);
  if (decoded === undefined) return false;
  const colon = decoded.indexOf(':');
  return colon >= 0 && colon < decoded.length - 1 && /^[\x20-\x7e\x80-\xff]+$/.test(decoded);
}

/** Every validator a rule may name. */
export const validators: Readonly<Record<ValidatorName, Validator>> = {
  'github-crc32': { strict: false, check: githubChecksum },
  'npm-crc32': { strict: false, check: checksummedTail },
  jwt: { strict: true, check: jwt },
  'pem-body': { strict: true, check: pemBody },
  'base64-pem-private-key': { strict: true, check: base64PemPrivateKey },
  'base64-jwt': { strict: true, check: (s) => jwt(decodeBase64(s)?.trim() ?? '') },
  // AWS key ids are base32 after the 4-character prefix: no 0, 1, 8 or 9.
  'aws-key-id': { strict: true, check: (s) => /^[A-Z0-9]{4}[A-Z2-7]{16}$/.test(s) },
  base64: { strict: true, check: (s) => decodeBase64(s) !== undefined },
  'gcp-service-account': { strict: true, check: (s) => /"private_key"\s*:\s*"-----BEGIN/.test(s) || s.includes('PRIVATE KEY') },
  'basic-auth': { strict: true, check: basicAuth },
};
