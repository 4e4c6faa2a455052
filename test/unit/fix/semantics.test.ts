import * as assert from 'node:assert/strict';
import * as vm from 'node:vm';
import * as dotenv from 'dotenv';
import { planMoveToEnv } from '../../../src/engine';
import { applyEdits } from '../support/edits';
import { charset, randomString, seeded } from '../support/fake';

// Source fragments around a secret, as written inside a JavaScript string: escapes of every kind,
// characters a template literal treats specially, Unicode.
const ATOMS = ['a', 'Z', '9', ' ', ':', '@', '/', '#', '$', '{', '}', '$x', '\\n', '\\t', '\\\\', "\\'", '\\"', '\\`', '\\u00e9', '\\x41', 'é', '😀', '%s', '?', '&'];

function fragment(random: () => number, quote: string): string {
  let out = '';
  const n = Math.floor(random() * 6);
  for (let i = 0; i < n; i++) out += ATOMS[Math.floor(random() * ATOMS.length)];
  // An unescaped `${` would be an interpolation in a template, and a bare quote would end the string.
  if (quote === '`') out = out.replace(/\$\{/g, '\\${');
  return out;
}

describe('JavaScript rewrites keep the string’s value', () => {
  it('evaluates 300 generated literals to the same string before and after, with the variable set', () => {
    const random = seeded(1234);
    for (let n = 0; n < 300; n++) {
      const quote = ['"', "'", '`'][n % 3];
      const secret = randomString(charset.alnum, 24, random);
      const before = fragment(random, quote);
      const after = fragment(random, quote);
      const text = `const s = ${quote}${before}${secret}${after}${quote}${random() < 0.3 ? '.trim()' : ''};\n`;
      const start = text.indexOf(secret);
      const plan = planMoveToEnv({
        text,
        languageId: 'javascript',
        findings: [{ start, end: start + secret.length, identifier: 'apiKey', ruleId: 'generic-secret-assignment', provider: 'Test' }],
        gitignore: { covered: true, entry: '.env' },
      });
      assert.equal(plan.refusal, undefined, `${plan.refusal} for ${text}`);
      const rewritten = applyEdits(text, plan.document);
      const env = dotenv.parse(applyEdits('', plan.envFile.edits));
      const evaluate = (code: string) => vm.runInNewContext(`${code}; s`, { process: { env } }) as string;
      assert.equal(evaluate(rewritten), evaluate(text), `${text} became ${rewritten}`);
      assert.ok(!rewritten.includes(secret));
    }
  });
});
