import * as assert from 'node:assert/strict';
import { rules, scanText, sha256Hex } from '../../../src/engine';
import { captureGroupCount, findBacktrackingHazard, loadRules, RuleError } from '../../../src/engine/registry';
import { redact } from '../../../src/engine/redact';
import { charset, randomString, reseed } from '../support/fake';

// A generic finding is enough to exercise the pipeline without depending on any provider rule.
function secretLine(value: string): string {
  return `const serviceApiKey = "${value}";`;
}

describe('scanText', () => {
  before(() => reseed(7));

  it('runs a rule meant for one kind of file only there, and on any text whose path is unknown', () => {
    const password = randomString(charset.alnum, 18);
    const line = `<add key="ClearTextPassword" value="${password}" />`;
    const nuget = (path?: string) => scanText(line, { path }).filter((f) => f.ruleId === 'nuget-config-password').length;
    assert.deepEqual([nuget('NuGet.Config'), nuget('src/.nuget/nuget.config'), nuget(), nuget('docs/example.xml')], [1, 1, 1, 0]);
  });

  it('reports offsets, line and column of exactly the secret', () => {
    const value = randomString(charset.alnum, 28);
    const text = `// header\n\n  ${secretLine(value)}\n`;
    const [finding] = scanText(text);
    assert.equal(text.slice(finding.start, finding.end), value);
    assert.equal(finding.line, 2);
    assert.equal(finding.column, text.split('\n')[2].indexOf(value));
    assert.equal(finding.endLine, 2);
    assert.equal(finding.endColumn, finding.column + value.length);
  });

  it('never carries the secret: the preview shows 4 characters and the length', () => {
    const value = randomString(charset.alnum, 30);
    const [finding] = scanText(secretLine(value));
    assert.equal(finding.preview, `${value.slice(0, 4)}… (30 chars)`);
    assert.ok(!JSON.stringify(finding).includes(value.slice(4)));
  });

  it('fingerprints rule and secret, so the fingerprint survives moving the line', () => {
    const value = randomString(charset.alnum, 30);
    const [a] = scanText(secretLine(value));
    const [b] = scanText(`\n\n\n    ${secretLine(value)}`);
    assert.equal(a.fingerprint, b.fingerprint);
    assert.equal(a.fingerprint, sha256Hex(`${a.ruleId}:${value}`));
  });

  const directives = [
    ['our directive on the same line', (l: string) => `${l} // secret-hygiene:allow`],
    ['our directive on the comment line before', (l: string) => `# secret-hygiene:allow\n${l}`],
    ['gitleaks:allow', (l: string) => `${l} // gitleaks:allow`],
    ['pragma: allowlist secret', (l: string) => `${l}  # pragma: allowlist secret`],
    ['ggignore', (l: string) => `${l} // ggignore`],
    ['secretlint-disable-line', (l: string) => `${l} // secretlint-disable-line`],
    ['secretlint-disable-next-line', (l: string) => `// secretlint-disable-next-line\n${l}`],
    ['trufflehog:ignore', (l: string) => `${l} <!-- trufflehog:ignore -->`],
  ] as const;
  for (const [name, wrap] of directives) {
    it(`honours ${name}`, () => {
      assert.deepEqual(scanText(wrap(secretLine(randomString(charset.alnum, 28)))), []);
    });
  }

  it('does not let a directive on a code line silence the line after it', () => {
    const text = `${secretLine(randomString(charset.alnum, 28))} // secret-hygiene:allow\n${secretLine(randomString(charset.alnum, 28))}`;
    assert.equal(scanText(text).length, 1);
  });

  it('skips disabled rules and accepted fingerprints', () => {
    const text = secretLine(randomString(charset.alnum, 28));
    const [finding] = scanText(text);
    assert.deepEqual(scanText(text, { disabledRules: [finding.ruleId] }), []);
    assert.deepEqual(scanText(text, { allowedFingerprints: [finding.fingerprint] }), []);
  });

  it('reports one finding per secret when several rules match it', () => {
    const token = `gh${'p'}_${randomString(charset.alnum, 36)}`;
    const text = [`github_token = "${token}"`, `export GITHUB_TOKEN=${token}`, secretLine(randomString(charset.alnum, 28))].join('\n');
    const findings = scanText(text);
    assert.equal(findings.length, 3);
    findings.forEach((a, i) => findings.slice(i + 1).forEach((b) => assert.ok(a.end <= b.start, `${a.ruleId} overlaps ${b.ruleId}`)));
    assert.notEqual(findings[0].confidence, 'low');
  });

  it('returns nothing for text without any keyword', () => {
    assert.deepEqual(scanText('lorem ipsum dolor sit amet\n'.repeat(100)), []);
  });

  it('finds a prefixed token right after a percent-escape, as in URL-encoded JSON, but not glued to a word', () => {
    const key = `sk-proj-${randomString(charset.alnum, 20)}T3BlbkFJ${randomString(charset.alnum, 20)}`;
    const encoded = `GET /v1/run?config=%7B%22apiKey%22%3A%22${key}%22%7D HTTP/1.1`;
    assert.deepEqual(scanText(encoded).map((f) => [f.ruleId, encoded.slice(f.start, f.end)]), [['openai-project-key', key]]);
    assert.deepEqual(scanText(`const label = "task${key}";`).filter((f) => f.ruleId === 'openai-project-key'), []);
  });
});

describe('rule registry', () => {
  it('loads every shipped rule with a unique kebab-case id and a keyword or a shape', () => {
    assert.ok(rules.length > 3);
    assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
    for (const rule of rules) {
      assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(rule.keywords.length > 0 || rule.shape, rule.id);
    }
  });

  it('refuses duplicate ids, missing keywords and uppercase keywords', () => {
    const base = { id: 'acme-key', provider: 'Acme', description: 'd', keywords: ['acme_'], pattern: /acme_([a-z]{8})/, confidence: 'high' as const };
    assert.throws(() => loadRules({ a: [base, base] }), RuleError);
    assert.throws(() => loadRules({ a: [{ ...base, keywords: [] }] }), /keyword/);
    assert.throws(() => loadRules({ a: [{ ...base, shape: 'dotted-token' }] }), /a shape takes no keywords/);
    assert.equal(loadRules({ a: [{ ...base, keywords: [], shape: 'dotted-token' }] }).length, 1);
    assert.throws(() => loadRules({ a: [{ ...base, keywords: ['ACME'] }] }), /lowercase/);
    assert.throws(() => loadRules({ a: [{ ...base, id: 'Acme_Key' }] }), /kebab/);
    assert.throws(() => loadRules({ a: [{ ...base, alsoContains: ['_', ''] }] }), /alsoContains/);
  });

  it('counts capturing groups the way the regex engine does', () => {
    const sources = ['a', '(a)(b)', '(?:a)(b)', '(?<n>a)(?<=x)(?<!y)(?=z)(?!w)', '\\(a\\)', '[(](a)', '[\\]()](b)', ...rules.map((rule) => rule.pattern.source)];
    for (const source of sources) assert.equal(captureGroupCount(source), new RegExp(`${source}|`).exec('')!.length - 1, source);
  });

  it('refuses patterns that can backtrack catastrophically', () => {
    assert.ok(findBacktrackingHazard('(a+)+b'));
    assert.ok(findBacktrackingHazard('(?:\\w+\\.){2,}com'));
    assert.ok(findBacktrackingHazard('(a|ab)*c'));
    assert.equal(findBacktrackingHazard('(?:[a-z]{2}\\.){3}x'), undefined);
    assert.equal(findBacktrackingHazard('ghp_[A-Za-z0-9]{36}'), undefined);
    assert.equal(findBacktrackingHazard('[(+*]+(a)'), undefined);
    const base = { id: 'acme-key', provider: 'Acme', description: 'd', keywords: ['acme'], confidence: 'high' as const };
    assert.throws(() => loadRules({ a: [{ ...base, pattern: /acme(x+)*y/ }] }), /backtrack/);
  });

  it('has no shipped pattern that takes superlinear time on adversarial input', () => {
    const hostile = ['a'.repeat(20000), '='.repeat(20000), 'key'.repeat(7000), `password = "${'\\'.repeat(10000)}`, 'x-'.repeat(10000)];
    for (const text of hostile) {
      const started = process.hrtime.bigint();
      scanText(text);
      // Not a timing assertion on the product: a catastrophic pattern would take minutes, not this test's budget.
      assert.ok(Number(process.hrtime.bigint() - started) / 1e9 < 10, `slow on ${text.slice(0, 10)}`);
    }
  });
});

describe('redact', () => {
  it('shows at most 4 characters and never more than a quarter of a short value', () => {
    assert.equal(redact('abcdefghijkl'), 'abcd… (12 chars)');
    assert.equal(redact('abcdef'), 'a… (6 chars)');
  });
});
