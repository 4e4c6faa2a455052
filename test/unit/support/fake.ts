// Fake credentials for tests, generated at run time from parts so that nothing secret-shaped is
// ever committed. Seeded, so a failing case can be reproduced.
import { base62, crc32 } from '../../../src/engine/checksum';

/** Character sets that token formats draw from. */
export const charset = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digits: '0123456789',
  hex: '0123456789abcdef',
  alnum: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  lowerAlnum: 'abcdefghijklmnopqrstuvwxyz0123456789',
  upperAlnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  base64: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/',
  base64url: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_',
} as const;

/** A deterministic pseudo-random generator (mulberry32) returning floats in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let defaultRandom = seeded(0x5eed);

/** Resets the shared generator, so each test file can start from a known state. */
export function reseed(seed: number): void {
  defaultRandom = seeded(seed);
}

/** `length` characters drawn from `chars`, guaranteed to mix at least 3 distinct characters. */
export function randomString(chars: string, length: number, random: () => number = defaultRandom): string {
  for (;;) {
    let out = '';
    for (let i = 0; i < length; i++) out += chars[Math.floor(random() * chars.length)];
    if (length < 8 || new Set(out).size >= Math.min(6, chars.length)) return out;
  }
}

/** A GitHub-style token: prefix, 30 random base62 characters and their CRC-32 in base62. */
export function checksummedToken(prefix: string, random: () => number = defaultRandom): string {
  const body = randomString(charset.alnum, 30, random);
  return prefix + body + base62(crc32(body), 6);
}

/** Joins parts; tests write prefixes as separate strings so scanners of this repo see no token. */
export function join(...parts: string[]): string {
  return parts.join('');
}

/** Shorthands over the shared generator, for tables of generated tokens. */
export const alnum = (n: number): string => randomString(charset.alnum, n);
/**
 * 20 hex characters that repeat as much as about 3 in 100 random draws do (8 digits, 5/3/3/3/2/2/1/1 times:
 * 2.83 bits of entropy, where the average draw has 3.6).
 */
export function lumpyHex(): string {
  const digits = [...new Set(randomString(charset.hex, 40))].slice(0, 8);
  const pool = [5, 3, 3, 3, 2, 2, 1, 1].flatMap((times, i) => Array<string>(times).fill(digits[i]));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(defaultRandom() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.join('');
}

/** Letters only, changing case at every other letter: what a random draw of letters looks like (`qTxBmR…`). */
export const randomCaseLetters = (n: number): string => Array.from({ length: n }, (_, i) => randomString(i % 2 ? charset.upper : charset.lower, 1)).join('');
export const hex = (n: number): string => randomString(charset.hex, n);
export const lowerAlnum = (n: number): string => randomString(charset.lowerAlnum, n);
export const b64 = (n: number): string => randomString(charset.base64, n);
export const b64url = (n: number): string => randomString(charset.base64url, n);
/** A random lowercase UUID. */
export const uuid = (): string => [hex(8), hex(4), hex(4), hex(4), hex(12)].join('-');
