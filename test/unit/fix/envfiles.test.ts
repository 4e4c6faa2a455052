import * as assert from 'node:assert/strict';
import * as dotenv from 'dotenv';
import { planMoveToEnv, type MoveToEnvRequest } from '../../../src/engine';
import { applyEdits } from '../support/edits';
import { charset, randomString, reseed } from '../support/fake';

// One JavaScript secret assigned to `githubToken`, with the provider's conventional name.
function request(secret: string, extra: Partial<MoveToEnvRequest> = {}): MoveToEnvRequest {
  const text = `const githubToken = "${secret}";\n`;
  const start = text.indexOf(secret);
  return {
    text,
    languageId: 'javascript',
    findings: [{ start, end: start + secret.length, identifier: 'githubToken', envName: 'GITHUB_TOKEN', ruleId: 'github-pat', provider: 'GitHub' }],
    gitignore: { covered: true, entry: '.env' },
    ...extra,
  };
}

describe('planMoveToEnv: the .env file', () => {
  before(() => reseed(505));

  it('creates .env with one terminated line when there is none', () => {
    const secret = randomString(charset.alnum, 36);
    const plan = planMoveToEnv(request(secret));
    assert.equal(plan.envFile.create, true);
    assert.equal(applyEdits('', plan.envFile.edits), `GITHUB_TOKEN=${secret}\n`);
  });

  it('keeps a BOM, CRLF, comments and a missing final newline, and never overwrites a different value', () => {
    const secret = randomString(charset.alnum, 36);
    const existing = '\uFEFF# local\r\nGITHUB_TOKEN=other-value\r\nDEBUG=1';
    const plan = planMoveToEnv(request(secret, { envFile: { text: existing } }));
    assert.deepEqual(plan.names, ['GITHUB_TOKEN_2']);
    const after = applyEdits(existing, plan.envFile.edits);
    assert.equal(after, `${existing}\r\nGITHUB_TOKEN_2=${secret}`);
    assert.equal(plan.envFile.create, false);
    const parsed = dotenv.parse(after);
    assert.equal(parsed.GITHUB_TOKEN, 'other-value');
    assert.equal(parsed.GITHUB_TOKEN_2, secret);
    assert.ok(plan.notes.some((n) => n.includes('GITHUB_TOKEN already holds a different value')));
  });

  it('appends after a final LF in LF style', () => {
    const secret = randomString(charset.alnum, 36);
    const plan = planMoveToEnv(request(secret, { envFile: { text: 'A=1\n\n# end\n' } }));
    assert.equal(applyEdits('A=1\n\n# end\n', plan.envFile.edits), `A=1\n\n# end\nGITHUB_TOKEN=${secret}\n`);
  });

  it('counts past taken suffixes: NAME_2 taken too gives NAME_3', () => {
    const secret = randomString(charset.alnum, 36);
    const existing = 'GITHUB_TOKEN=a\nGITHUB_TOKEN_2=b\n';
    const plan = planMoveToEnv(request(secret, { envFile: { text: existing } }));
    assert.deepEqual(plan.names, ['GITHUB_TOKEN_3']);
  });

  it('reuses an entry that already holds the value, and leaves .env untouched', () => {
    const secret = randomString(charset.alnum, 36);
    const existing = `GITHUB_TOKEN="${secret}"\n`;
    const plan = planMoveToEnv(request(secret, { envFile: { text: existing } }));
    assert.deepEqual(plan.names, ['GITHUB_TOKEN']);
    assert.deepEqual(plan.envFile.edits, []);
    assert.equal(applyEdits(request(secret).text, plan.document), 'const githubToken = process.env.GITHUB_TOKEN;\n');
  });

  it('reuses another name that already holds the value rather than copying the secret', () => {
    const secret = randomString(charset.alnum, 36);
    const plan = planMoveToEnv(request(secret, { envFile: { text: `GH_PAT=${secret}\nGITHUB_TOKEN=other\n` } }));
    assert.deepEqual(plan.names, ['GH_PAT']);
    assert.deepEqual(plan.envFile.edits, []);
    assert.ok(plan.notes.some((n) => n.startsWith('GH_PAT already holds this value')));
  });

  it('writes a multi-line key as one double-quoted line that dotenv reads back', () => {
    const pem = ['-----BEGIN PRIVATE KEY-----', randomString(charset.base64, 64), randomString(charset.base64, 64), '-----END PRIVATE KEY-----', ''].join('\n');
    const text = `const privateKey = \`${pem}\`;\n`;
    const start = text.indexOf(pem);
    const plan = planMoveToEnv({
      text,
      languageId: 'typescript',
      findings: [{ start, end: start + pem.length, identifier: 'privateKey', envName: 'PRIVATE_KEY', ruleId: 'pem-private-key', provider: 'Private key' }],
      envFile: { text: 'A=1\r\n' },
      gitignore: { covered: true, entry: '.env' },
    });
    const after = applyEdits('A=1\r\n', plan.envFile.edits);
    assert.equal(after.split('\r\n').length, 3, 'one line, CRLF-terminated');
    assert.equal(dotenv.parse(after).PRIVATE_KEY, pem);
  });

  it('refuses rather than append after a line dotenv would read into the new one', () => {
    const secret = randomString(charset.alnum, 36);
    // `NOTE:` with nothing after it takes the next line as its value in dotenv.
    const plan = planMoveToEnv(request(secret, { envFile: { text: 'DEBUG=1\nNOTE:\n' } }));
    assert.match(plan.refusal ?? '', /fix \.env first/);
    assert.deepEqual(plan.document, []);
  });
});

describe('planMoveToEnv: .env.example', () => {
  before(() => reseed(506));

  it('declares the name, never the value, in an existing .env.example', () => {
    const secret = randomString(charset.alnum, 36);
    const plan = planMoveToEnv(request(secret, { envExample: { text: 'DEBUG=' } }));
    assert.equal(plan.envExample?.create, false);
    const after = applyEdits('DEBUG=', plan.envExample!.edits);
    assert.equal(after, 'DEBUG=\nGITHUB_TOKEN=');
    assert.ok(!after.includes(secret));
  });

  it('leaves .env.example alone when it already declares the name', () => {
    const plan = planMoveToEnv(request(randomString(charset.alnum, 36), { envExample: { text: '# keys\nGITHUB_TOKEN=\n' } }));
    assert.equal(plan.envExample, undefined);
  });

  it('creates .env.example when the setting asks for it, and not otherwise', () => {
    const secret = randomString(charset.alnum, 36);
    const created = planMoveToEnv(request(secret, { createEnvExample: true }));
    assert.equal(created.envExample?.create, true);
    assert.equal(applyEdits('', created.envExample!.edits), 'GITHUB_TOKEN=\n');
    assert.equal(planMoveToEnv(request(secret)).envExample, undefined);
  });
});

describe('planMoveToEnv: .gitignore', () => {
  before(() => reseed(507));
  const plan = (gitignore: MoveToEnvRequest['gitignore']) => planMoveToEnv(request(randomString(charset.alnum, 36), { gitignore }));

  it('leaves .gitignore alone when it already covers the env file', () => {
    assert.equal(plan({ covered: true, text: '.env*\n', entry: '.env' }).gitignore, undefined);
  });

  it('creates .gitignore with the entry when there is none', () => {
    const p = plan({ covered: false, entry: '.env' });
    assert.deepEqual(p.gitignore, { create: true, edits: [{ start: 0, end: 0, newText: '.env\n' }] });
  });

  it('appends in the file’s own line ending, keeping a missing final newline missing', () => {
    const text = 'node_modules/\r\ndist/';
    const p = plan({ covered: false, text, entry: 'config/.env' });
    assert.equal(applyEdits(text, p.gitignore!.edits), 'node_modules/\r\ndist/\r\nconfig/.env');
  });

  it('appends after a final newline', () => {
    const p = plan({ covered: false, text: 'node_modules/\n', entry: '.env' });
    assert.equal(applyEdits('node_modules/\n', p.gitignore!.edits), 'node_modules/\n.env\n');
  });

  it('never adds a duplicate line, and says which rule to fix instead', () => {
    const text = '.env\n!.env\n';
    const p = plan({ covered: false, text, entry: '.env' });
    assert.equal(p.gitignore, undefined);
    assert.ok(p.notes.some((n) => n.includes('un-ignores')));
  });
});
