import * as assert from 'node:assert/strict';
import { dotenvDefinitions } from '../../../src/extension/vault/dotenvText';

// Quoting is the engine's (test/unit/fix/dotenv.test.ts proves its round trip); this covers the spans.
describe('vault .env text', () => {
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
