import * as assert from 'node:assert/strict';
import { pairs, ruleIds, scanText, sha256Hex } from '../../../src/engine';
import { charset, join, randomString, reseed } from '../support/fake';

// An AWS key id (base32 after the prefix) and a 40-character secret, generated at run time.
function awsKeys(): { id: string; secret: string } {
  return { id: join('AK', 'IA', randomString('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)), secret: randomString(`${charset.alnum}/+`, 40) };
}

describe('pairs', () => {
  before(() => reseed(303));

  it('reports an AWS key id and its secret as one finding covering both, with both halves', () => {
    const { id, secret } = awsKeys();
    const text = `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\nregion = eu-west-1\n`;
    const findings = scanText(text, { path: 'credentials.ini' });
    assert.equal(findings.length, 1);
    const [pair] = findings;
    assert.equal(pair.ruleId, 'aws-access-key-pair');
    assert.deepEqual([pair.line, pair.endLine], [1, 2]);
    assert.equal(text.slice(pair.start, pair.end), `${id}\naws_secret_access_key = ${secret}`);
    assert.deepEqual(pair.parts?.map((p) => p.ruleId), ['aws-access-key-id', 'aws-secret-access-key']);
    assert.deepEqual(pair.parts?.map((p) => text.slice(p.start, p.end)), [id, secret]);
    assert.equal(pair.fingerprint, sha256Hex(`aws-access-key-pair:${id}\n${secret}`));
    assert.ok(!JSON.stringify(pair).includes(secret.slice(4)) && !JSON.stringify(pair).includes(id.slice(4)));
  });

  it('pairs a secret passed positionally right after its key id, where no name says which is which', () => {
    const { id, secret } = awsKeys();
    const text = `AwsBasicCredentials.create(\n    "${id}",\n    "${secret}")`;
    const [pair, ...rest] = scanText(text);
    assert.deepEqual(rest, []);
    assert.equal(pair.ruleId, 'aws-access-key-pair');
    assert.deepEqual(pair.parts?.map((p) => p.ruleId), ['aws-access-key-id', 'aws-secret-access-key-after-id']);
    assert.deepEqual(pair.parts?.map((p) => text.slice(p.start, p.end)), [id, secret]);
  });

  it('leaves halves apart when they are too far from each other, or when the pair is disabled', () => {
    const { id, secret } = awsKeys();
    const far = `aws_access_key_id = ${id}\n${'# filler\n'.repeat(8)}aws_secret_access_key = ${secret}\n`;
    assert.deepEqual(scanText(far).map((f) => f.ruleId), ['aws-access-key-id', 'aws-secret-access-key']);
    const near = `aws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`;
    assert.deepEqual(scanText(near, { disabledRules: ['aws-access-key-pair'] }).map((f) => f.ruleId), ['aws-access-key-id', 'aws-secret-access-key']);
  });

  it('drops a pair whose fingerprint is accepted', () => {
    const { id, secret } = awsKeys();
    const text = `AWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${secret}\n`;
    const [pair] = scanText(text);
    assert.deepEqual(scanText(text, { allowedFingerprints: [pair.fingerprint] }), []);
  });

  it('names every pair in the known rule ids, so the repo config may disable it', () => {
    for (const pair of pairs) assert.ok(ruleIds.has(pair.id) && ruleIds.has(pair.first) && pair.second.every((id) => ruleIds.has(id)));
  });
});
