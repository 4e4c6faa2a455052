import * as assert from 'node:assert/strict';
import * as dotenv from 'dotenv';
import { planMoveToEnv, scanText, type FixFinding } from '../../../src/engine';
import { applyEdits } from '../support/edits';
import { charset, randomString, reseed } from '../support/fake';

function at(text: string, secret: string, identifier: string, envName?: string): FixFinding {
  const start = text.indexOf(secret);
  assert.ok(start >= 0);
  return { start, end: start + secret.length, identifier, envName, ruleId: 'generic-secret-assignment', provider: 'Test' };
}

describe('planMoveToEnv: fix all in a file', () => {
  before(() => reseed(606));

  it('plans every secret of a Python file as one plan with a single import', () => {
    const [a, b, c] = [0, 1, 2].map(() => randomString(charset.alnum, 32));
    const text = `"""Jobs."""\n\nopenai_key = "${a}"\nstripe_key = '${b}'\nDB_URL = f"postgres://app:${c}@db/app"\n`;
    const plan = planMoveToEnv({
      text,
      languageId: 'python',
      findings: [at(text, a, 'openai_key'), at(text, b, 'stripe_key'), at(text, c, 'db_password')],
      gitignore: { covered: false, entry: '.env' },
    });
    assert.equal(plan.refusal, undefined);
    assert.deepEqual(plan.names, ['OPENAI_KEY', 'STRIPE_KEY', 'DB_PASSWORD']);
    assert.equal(
      applyEdits(text, plan.document),
      `"""Jobs."""\n\nimport os\n\nopenai_key = os.environ["OPENAI_KEY"]\nstripe_key = os.environ["STRIPE_KEY"]\nDB_URL = f"postgres://app:{os.environ['DB_PASSWORD']}@db/app"\n`,
    );
    const env = dotenv.parse(applyEdits('', plan.envFile.edits));
    assert.deepEqual(env, { OPENAI_KEY: a, STRIPE_KEY: b, DB_PASSWORD: c });
    assert.deepEqual(plan.gitignore, { create: true, edits: [{ start: 0, end: 0, newText: '.env\n' }] });
  });

  it('gives one value one name, and different values different names', () => {
    const [a, b] = [0, 1].map(() => randomString(charset.alnum, 32));
    const text = `const apiKey = "${a}";\nconst apiKey2 = "${b}";\nconst again = { apiKey: "${a}" };\n`;
    const third = text.lastIndexOf(a);
    const plan = planMoveToEnv({
      text,
      languageId: 'javascript',
      findings: [at(text, a, 'apiKey'), at(text, b, 'apiKey'), { start: third, end: third + a.length, identifier: 'apiKey', ruleId: 'generic-secret-assignment', provider: 'Test' }],
      gitignore: { covered: true, entry: '.env' },
    });
    assert.deepEqual(plan.names, ['API_KEY', 'API_KEY_2', 'API_KEY']);
    assert.equal(applyEdits(text, plan.document), 'const apiKey = process.env.API_KEY;\nconst apiKey2 = process.env.API_KEY_2;\nconst again = { apiKey: process.env.API_KEY };\n');
    assert.equal(applyEdits('', plan.envFile.edits), `API_KEY=${a}\nAPI_KEY_2=${b}\n`);
  });

  it('rewrites two secrets in one string as one literal with two interpolations', () => {
    const [user, password] = [randomString(charset.alnum, 20), randomString(charset.alnum, 32)];
    const text = `const url = "https://${user}:${password}@api.example.com";\n`;
    const plan = planMoveToEnv({
      text,
      languageId: 'javascript',
      findings: [at(text, password, 'apiPassword'), at(text, user, 'apiUser')],
      gitignore: { covered: true, entry: '.env' },
    });
    assert.deepEqual(plan.names, ['API_PASSWORD', 'API_USER']);
    assert.equal(applyEdits(text, plan.document), 'const url = `https://${process.env.API_USER}:${process.env.API_PASSWORD}@api.example.com`;\n');
  });

  it('adds the Go import once for several secrets', () => {
    const [a, b] = [0, 1].map(() => randomString(charset.alnum, 32));
    const text = `package main\n\nvar apiKey = "${a}"\nvar dbPassword = "${b}"\n`;
    const plan = planMoveToEnv({ text, languageId: 'go', findings: [at(text, a, 'apiKey'), at(text, b, 'dbPassword')], gitignore: { covered: true, entry: '.env' } });
    assert.equal(applyEdits(text, plan.document), 'package main\n\nimport "os"\n\nvar apiKey = os.Getenv("API_KEY")\nvar dbPassword = os.Getenv("DB_PASSWORD")\n');
  });

  it('moves what it can, names the rest \'\' and says why, by line', () => {
    const [a, b] = [0, 1].map(() => randomString(charset.alnum, 32));
    const text = `const VITE_KEY = "${a}";\nconst serverKey = "${b}";\n`;
    const plan = planMoveToEnv({ text, languageId: 'typescript', findings: [at(text, a, 'VITE_KEY'), at(text, b, 'serverKey')], gitignore: { covered: true, entry: '.env' } });
    assert.equal(plan.refusal, undefined);
    assert.deepEqual(plan.names, ['', 'SERVER_KEY']);
    assert.equal(applyEdits(text, plan.document), `const VITE_KEY = "${a}";\nconst serverKey = process.env.SERVER_KEY;\n`);
    assert.ok(plan.notes.some((n) => n.startsWith('Not moved (line 1)') && n.includes('Vite')));
    assert.ok(!applyEdits('', plan.envFile.edits).includes(a), 'the refused secret is not copied to .env');
  });

  it('keeps duplicate findings of one secret on one name and one edit', () => {
    const secret = randomString(charset.alnum, 32);
    const text = `token = "${secret}"\n`;
    const f = at(text, secret, 'token', 'API_TOKEN');
    const plan = planMoveToEnv({ text, languageId: 'ruby', findings: [f, { ...f, ruleId: 'other' }], gitignore: { covered: true, entry: '.env' } });
    assert.deepEqual(plan.names, ['API_TOKEN', 'API_TOKEN']);
    assert.equal(plan.document.length, 1);
  });

  it('moves every finding the scanner reports in a mixed file, leaving none behind', () => {
    const keys = [0, 1, 2].map(() => randomString(charset.alnum, 40));
    const text = `const serviceApiKey = "${keys[0]}";\nconst paymentSecret = '${keys[1]}';\nconst webhookToken = \`${keys[2]}\`;\n`;
    const findings = scanText(text, { languageId: 'javascript' });
    assert.equal(findings.length, 3);
    const plan = planMoveToEnv({ text, languageId: 'javascript', findings, gitignore: { covered: true, entry: '.env' } });
    const after = applyEdits(text, plan.document);
    assert.deepEqual(scanText(after, { languageId: 'javascript' }), []);
    for (const key of keys) assert.ok(!after.includes(key));
    const env = dotenv.parse(applyEdits('', plan.envFile.edits));
    assert.deepEqual(Object.values(env).sort(), [...keys].sort());
  });
});
