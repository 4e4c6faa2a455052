import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { shannonEntropy } from '../../../src/engine/entropy';
import { sha256Hex } from '../../../src/engine/hash';
import { charset, randomString, reseed } from '../support/fake';

// Characters past ASCII, one outside the Basic Multilingual Plane (two UTF-16 units, one code point).
const WIDE = 'éß€中\u{1F511}';

// Entropy the plain way, over code points.
function referenceEntropy(value: string): number {
  const points = [...value];
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts.values()].reduce((bits, n) => bits - (n / points.length) * Math.log2(n / points.length), 0);
}

describe('fingerprint hash and entropy', () => {
  before(() => reseed(31));

  it('hashes like SHA-256 over UTF-8, across block boundaries and past ASCII', () => {
    const inputs = ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'x'.repeat(119)];
    for (let i = 0; i < 200; i++) inputs.push(randomString(charset.alnum + WIDE, 1 + (i % 150)));
    for (const input of inputs) assert.equal(sha256Hex(input), createHash('sha256').update(input, 'utf8').digest('hex'), JSON.stringify(input));
  });

  it('measures entropy in bits per code point, ASCII or not', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('aabb'), 1);
    assert.equal(shannonEntropy('abcd'), 2);
    // One key character, not two halves of one.
    assert.equal(shannonEntropy('\u{1F511}\u{1F511}'), 0);
    for (let i = 0; i < 300; i++) {
      const value = randomString(i % 2 ? charset.alnum : charset.alnum + WIDE, 1 + (i % 60));
      assert.ok(Math.abs(shannonEntropy(value) - referenceEntropy(value)) < 1e-9, value);
    }
  });
});
