import * as assert from 'node:assert/strict';
import { parse } from 'dotenv';
import { dotenvDefinitions, quoteDotenvValue } from '../../../src/extension/vault/dotenvText';
import { charset, randomString, reseed } from '../support/fake';

describe('vault .env text', () => {
  before(() => reseed(55));

  it('quotes any value so that dotenv parses it back unchanged', () => {
    const values = [
      randomString(charset.alnum, 40),
      `${randomString(charset.alnum, 10)} #${randomString(charset.alnum, 6)}`,
      `  padded ${randomString(charset.alnum, 6)}  `,
      `it's "quoted" ${randomString(charset.alnum, 6)}`,
      `line one\nline two ${randomString(charset.alnum, 6)}`,
      `back\\slash \\n literal ${randomString(charset.alnum, 6)}`,
      `dollar $HOME and \${VAR} ${randomString(charset.alnum, 6)}`,
      '"starts and ends with quotes"',
      `'single'\n"double"`,
      'tab\there',
    ];
    for (const value of values) {
      const rhs = quoteDotenvValue(value);
      assert.ok(rhs !== undefined, `no quoting for ${JSON.stringify(value)}`);
      assert.equal(parse(`NAME=${rhs}\nNEXT=1\n`).NAME, value, `round trip of ${JSON.stringify(value)} as ${rhs}`);
    }
  });

  it('leaves plain keys unquoted and quotes anything a shell or compose would expand', () => {
    const key = randomString(charset.alnum, 30);
    assert.equal(quoteDotenvValue(key), key);
    assert.equal(quoteDotenvValue('a$b'), "'a$b'");
  });

  it('refuses a value that no quoting can carry', () => {
    assert.equal(quoteDotenvValue('\'"`\n'), undefined);
  });

  it('finds each definition with the lines a multi-line value spans', () => {
    const text = ['# comment', 'A=1', 'export B="x', 'y"', 'C: two', '', 'A=2', 'D=\'3\' # note'].join('\n');
    assert.deepEqual(dotenvDefinitions(text), [
      { key: 'A', startLine: 1, endLine: 1 },
      { key: 'B', startLine: 2, endLine: 3 },
      { key: 'C', startLine: 4, endLine: 4 },
      { key: 'A', startLine: 6, endLine: 6 },
      { key: 'D', startLine: 7, endLine: 7 },
    ]);
  });
});
