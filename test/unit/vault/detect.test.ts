import * as assert from 'node:assert/strict';
import { detectProvider, expectedProviders, formatMismatch } from '../../../src/extension/vault/detect';
import { charset, checksummedToken, join, randomString, reseed } from '../support/fake';

describe('vault provider detection', () => {
  before(() => reseed(57));

  it('recognises a value by its format, whatever it is named', () => {
    assert.deepEqual(detectProvider('MY_TOKEN', checksummedToken(join('gh', 'p_'))), { ruleId: 'github-pat', provider: 'GitHub' });
    assert.equal(detectProvider('OPENAI_API_KEY', join('sk', '-proj-', randomString(charset.base64url, 64)))?.provider, 'OpenAI');
    assert.equal(detectProvider('SOMETHING', randomString(charset.alnum, 40)), undefined);
  });

  it('finds the provider a conventional variable name promises', () => {
    assert.deepEqual(expectedProviders('OPENAI_API_KEY'), ['OpenAI']);
    assert.deepEqual(expectedProviders('MY_OWN_SETTING'), []);
  });

  it('warns when the value does not match the named provider, and names the provider it does match', () => {
    const github = checksummedToken(join('gh', 'p_'));
    assert.match(formatMismatch('OPENAI_API_KEY', detectProvider('OPENAI_API_KEY', github)) ?? '', /GitHub's format, not OpenAI's/);
    assert.match(formatMismatch('OPENAI_API_KEY', undefined) ?? '', /not in any known OpenAI key format/);
    assert.equal(formatMismatch('GITHUB_TOKEN', detectProvider('GITHUB_TOKEN', github)), undefined);
    assert.equal(formatMismatch('MY_OWN_SETTING', undefined), undefined);
  });
});
