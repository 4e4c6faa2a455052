import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rules, rulesMarkdown } from '../../../src/engine';

describe('rule catalogue', () => {
  it('docs/RULES.md is what the rule data generates (run `npm run docs:rules` after changing rules)', () => {
    assert.equal(readFileSync('docs/RULES.md', 'utf8'), rulesMarkdown());
  });

  it('has an anchor for every rule, which is where diagnostics link', () => {
    const doc = rulesMarkdown();
    for (const rule of rules) assert.ok(doc.includes(`<a id="${rule.id}"></a>`), rule.id);
  });
});
