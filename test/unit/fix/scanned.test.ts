import * as assert from 'node:assert/strict';
import * as dotenv from 'dotenv';
import { planEnvRead, planEnvReadEdits, planMoveToEnv, scanText } from '../../../src/engine';
import { applyEdits } from '../support/edits';
import { charset, checksummedToken, join, randomString, reseed } from '../support/fake';

// What the scanner really reports (offsets, identifier, provider name) for a GitHub token in each
// language, planned end to end.
const CASES: readonly { languageId: string; path: string; source: (t: string) => string; read: string }[] = [
  { languageId: 'javascript', path: 'app/index.js', source: (t) => `const githubToken = "${t}";\n`, read: 'process.env.NAME' },
  { languageId: 'typescript', path: 'app/client.ts', source: (t) => `export const githubToken: string = '${t}';\n`, read: 'process.env.NAME' },
  { languageId: 'typescriptreact', path: 'app/view.tsx', source: (t) => 'const githubToken = `' + t + '`;\n', read: 'process.env.NAME' },
  { languageId: 'python', path: 'app/main.py', source: (t) => `"""Service."""\nfrom __future__ import annotations\n\ngithub_token = "${t}"\n`, read: 'os.environ["NAME"]' },
  { languageId: 'go', path: 'app/main.go', source: (t) => `package main\n\nimport "fmt"\n\nvar githubToken = "${t}"\n\nfunc main() { fmt.Println(githubToken) }\n`, read: 'os.Getenv("NAME")' },
  { languageId: 'java', path: 'app/Main.java', source: (t) => `class Main {\n  static final String GITHUB_TOKEN = "${t}";\n}\n`, read: 'System.getenv("NAME")' },
  { languageId: 'kotlin', path: 'app/Main.kt', source: (t) => `val githubToken = "${t}"\n`, read: 'System.getenv("NAME")' },
  { languageId: 'csharp', path: 'app/Program.cs', source: (t) => `class Program {\n  const string Unused = "";\n  static string githubToken = "${t}";\n}\n`, read: 'Environment.GetEnvironmentVariable("NAME")' },
  { languageId: 'ruby', path: 'app/client.rb', source: (t) => `GITHUB_TOKEN = "${t}"\n`, read: 'ENV.fetch("NAME")' },
  { languageId: 'php', path: 'app/index.php', source: (t) => `<?php\n$githubToken = '${t}';\n`, read: "getenv('NAME')" },
  { languageId: 'rust', path: 'app/main.rs', source: (t) => `fn main() {\n    let github_token = "${t}";\n    println!("{}", github_token);\n}\n`, read: 'std::env::var("NAME")' },
  { languageId: 'swift', path: 'app/main.swift', source: (t) => `let githubToken = "${t}"\n`, read: 'ProcessInfo.processInfo.environment["NAME"]' },
  { languageId: 'dart', path: 'app/main.dart', source: (t) => `void main() {\n  final githubToken = '${t}';\n}\n`, read: "Platform.environment['NAME']" },
  { languageId: 'shellscript', path: 'app/deploy.sh', source: (t) => `#!/bin/sh\nGITHUB_TOKEN="${t}"\n`, read: '${NAME}' },
  { languageId: 'powershell', path: 'app/deploy.ps1', source: (t) => `$githubToken = "${t}"\n`, read: '$env:NAME' },
  { languageId: 'yaml', path: 'app/config.yaml', source: (t) => `github:\n  token: ${t}\n`, read: '${NAME}' },
  { languageId: 'dockerfile', path: 'Dockerfile', source: (t) => `FROM node:20\nENV GITHUB_TOKEN=${t}\n`, read: '${NAME}' },
  { languageId: 'json', path: 'app/config.json', source: (t) => `{ "github": { "token": "${t}" } }\n`, read: '${NAME}' },
];

describe('planMoveToEnv on real scanner findings', () => {
  before(() => reseed(808));

  for (const c of CASES) {
    it(`moves a scanned GitHub token out of ${c.languageId}, leaving nothing for the scanner`, () => {
      const token = checksummedToken(join('gh', 'p_'));
      const text = c.source(token);
      const findings = scanText(text, { languageId: c.languageId, path: c.path });
      assert.equal(findings.length, 1, 'the scanner finds the token');
      const plan = planMoveToEnv({ text, languageId: c.languageId, path: c.path, findings, gitignore: { covered: false, entry: '.env' } });
      assert.equal(plan.refusal, undefined, plan.refusal);
      const [name] = plan.names;
      assert.match(name, /^GITHUB_TOKEN$/);
      const after = applyEdits(text, plan.document);
      assert.ok(!after.includes(token));
      assert.ok(after.includes(c.read.replace('NAME', name)), after);
      assert.deepEqual(scanText(after, { languageId: c.languageId, path: c.path }), []);
      assert.equal(dotenv.parse(applyEdits('', plan.envFile.edits))[name], token);
    });
  }
});

describe('planMoveToEnv names scanned secrets after the provider where the code says less', () => {
  before(() => reseed(811));

  // What a scan reports, with a pair's halves apart, as the editor hands them to the planner.
  const plan = (text: string, languageId: string) => {
    const findings = scanText(text, { languageId }).flatMap((f) => f.parts?.map((p) => ({ ...p, provider: f.provider })) ?? [f]);
    return planMoveToEnv({ text, languageId, findings, gitignore: { covered: true, entry: '.env' } });
  };

  it('gives an AWS SDK client the names the SDKs read by themselves', () => {
    const id = join('AK', 'IA', randomString('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
    const secret = randomString(charset.base64, 40);
    const text = `const s3 = new S3Client({ credentials: { accessKeyId: "${id}", secretAccessKey: "${secret}" } });\n`;
    const result = plan(text, 'typescript');
    assert.deepEqual(result.names, ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
    assert.equal(applyEdits(text, result.document), 'const s3 = new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY } });\n');
  });

  it('names a token in a URL after its provider, not after the user name the URL needs', () => {
    const token = checksummedToken(join('gh', 's_'));
    const text = `git clone https://x-access-token:${token}@github.com/acme/app.git\n`;
    const result = plan(text, 'shellscript');
    assert.deepEqual(result.names, ['GITHUB_TOKEN']);
    assert.equal(applyEdits(text, result.document), 'git clone https://x-access-token:"${GITHUB_TOKEN}"@github.com/acme/app.git\n');
  });
});

describe('planEnvRead and planEnvReadEdits (the key-vault fix)', () => {
  before(() => reseed(809));

  it('gives the whole-literal read per language', () => {
    assert.equal(planEnvRead('typescript', 'K'), 'process.env.K');
    assert.equal(planEnvRead('python', 'K'), 'os.environ["K"]');
    assert.equal(planEnvRead('go', 'K'), 'os.Getenv("K")');
    assert.equal(planEnvRead('csharp', 'K'), 'Environment.GetEnvironmentVariable("K")');
    assert.equal(planEnvRead('rust', 'K'), 'std::env::var("K").expect("K must be set")');
    assert.equal(planEnvRead('shellscript', 'K'), '"${K}"');
    assert.equal(planEnvRead('powershell', 'K'), '$env:K');
    assert.equal(planEnvRead('yaml', 'K'), '${K}');
  });

  it('rewrites literals for names chosen elsewhere, with imports, and never touches .env', () => {
    const [a, b] = [randomString(charset.alnum, 32), randomString(charset.alnum, 32)];
    const text = `x = "${a}"\ny = "${b}"\n`;
    const f = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const plan = planEnvReadEdits({ text, languageId: 'python', findings: [f(a), f(b)], names: ['VAULT_KEY', 'not valid'] });
    assert.equal(plan.refusal, undefined);
    assert.equal(applyEdits(text, plan.document), `import os\n\nx = os.environ["VAULT_KEY"]\ny = "${b}"\n`);
    assert.equal(plan.skipped[0], undefined);
    assert.match(plan.skipped[1] ?? '', /not a valid environment variable name/);
  });
});

describe('planMoveToEnv: finding the language and the literal', () => {
  before(() => reseed(810));

  it('falls back to the path when the language id says nothing (a Dockerfile opened as plain text)', () => {
    const secret = randomString(charset.alnum, 32);
    const text = `FROM alpine\nENV API_KEY=${secret}\n`;
    const start = text.indexOf(secret);
    const plan = planMoveToEnv({ text, languageId: 'plaintext', path: '/repo/Dockerfile', findings: [{ start, end: start + secret.length, identifier: 'API_KEY', ruleId: 'generic-secret-assignment', provider: 'Test' }], gitignore: { covered: true, entry: '.env' } });
    assert.equal(applyEdits(text, plan.document), 'FROM alpine\nARG API_KEY\nENV API_KEY="${API_KEY}"\n');
  });

  it('reads a finding that spans the quotes as the literal it covers', () => {
    const secret = randomString(charset.alnum, 32);
    const text = `const apiKey = '${secret}';\n`;
    const start = text.indexOf(secret) - 1;
    const plan = planMoveToEnv({ text, languageId: 'javascript', findings: [{ start, end: start + secret.length + 2, identifier: 'apiKey', ruleId: 'generic-secret-assignment', provider: 'Test' }], gitignore: { covered: true, entry: '.env' } });
    assert.equal(applyEdits(text, plan.document), 'const apiKey = process.env.API_KEY;\n');
    assert.equal(dotenv.parse(applyEdits('', plan.envFile.edits)).API_KEY, secret);
  });

  it('skips quotes inside comments and regex literals when finding the literal', () => {
    const secret = randomString(charset.alnum, 32);
    const text = `// don't "quote" me\nconst re = /['"]/g; /* it's */ const apiKey = "${secret}";\n`;
    const start = text.indexOf(secret);
    const plan = planMoveToEnv({ text, languageId: 'javascript', findings: [{ start, end: start + secret.length, identifier: 'apiKey', ruleId: 'generic-secret-assignment', provider: 'Test' }], gitignore: { covered: true, entry: '.env' } });
    assert.equal(applyEdits(text, plan.document), `// don't "quote" me\nconst re = /['"]/g; /* it's */ const apiKey = process.env.API_KEY;\n`);
  });
});
