import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import type { BaselineFile } from '../../../src/cli/baselineFile';
import type { JsonFinding } from '../../../src/cli/run';
import { charset, checksummedToken, join, randomString, reseed } from '../support/fake';
import { TempRepo } from '../support/repo';

function paths(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonFinding[]).map((f) => `${f.path}:${f.line}`);
}

describe('CLI baselines', () => {
  let repo: TempRepo;
  let token: string;
  let generic: string;
  beforeEach(() => {
    reseed(1701);
    repo = new TempRepo('sh-baseline-');
    token = checksummedToken(join('gh', 'p_'));
    generic = randomString(charset.alnum, 30);
    repo.write('b.py', `API_KEY = "${generic}"\n`);
    repo.write('a.js', `const gh = "${token}";\n`);
    repo.write('lib/c.js', `// copy\nconst gh = "${token}";\n`);
  });
  afterEach(() => repo.dispose());

  it('writes one sorted entry per fingerprint with rule id and paths, and no secret or preview', async () => {
    const out = await repo.cli(['baseline', 'create']);
    assert.equal(out.code, 0);
    assert.equal(out.stdout, '');
    assert.match(out.stderr, /^2 fingerprint\(s\) for 3 finding\(s\) in 3 file\(s\) written to \.secret-hygiene-baseline\.json\n$/);
    const text = readFileSync(joinPath(repo.root, '.secret-hygiene-baseline.json'), 'utf8');
    const baseline = JSON.parse(text) as BaselineFile;
    assert.equal(baseline.version, 1);
    assert.deepEqual(baseline.fingerprints.map((e) => [e.ruleId, e.paths]), [
      ['github-pat', ['a.js', 'lib/c.js']],
      ['generic-secret-assignment', ['b.py']],
    ]);
    for (const entry of baseline.fingerprints) {
      assert.deepEqual(Object.keys(entry), ['fingerprint', 'ruleId', 'paths']);
      assert.match(entry.fingerprint, /^[0-9a-f]{64}$/);
    }
    assert.ok(!text.includes(token) && !text.includes(generic) && !text.includes(token.slice(0, 8)) && !text.includes('…'));
    assert.ok(text.endsWith('}\n'));
  });

  it('suppresses exactly the accepted findings: new secrets still fail, accepted ones pass wherever they move', async () => {
    await repo.cli(['baseline', 'create', '--output', 'accepted.json']);
    assert.equal((await repo.cli(['scan', '--baseline', 'accepted.json'])).code, 0);
    const fresh = checksummedToken(join('gh', 'p_'));
    repo.write('d.js', `const other = "${fresh}";\n`);
    repo.write('moved/e.js', `\n\nconst gh = "${token}";\n`);
    repo.write('b.py', `# moved down\n\nAPI_KEY = "${generic}"\n`);
    const out = await repo.cli(['scan', '--baseline', 'accepted.json', '--format', 'json']);
    assert.equal(out.code, 1);
    assert.deepEqual(paths(out.stdout), ['d.js:1']);
    assert.deepEqual(paths((await repo.cli(['scan', '--format', 'json'])).stdout).length, 5, 'without the baseline all five are reported');
  });

  it('works for staged scans, reads from stdin, and writes to stdout with --output -', async () => {
    repo.git('add', '.');
    const staged = await repo.cli(['baseline', 'create', '--staged', '--output', '-']);
    assert.equal(staged.code, 0);
    assert.equal((JSON.parse(staged.stdout) as BaselineFile).fingerprints.length, 2);
    repo.write('staged-baseline.json', staged.stdout);
    assert.equal((await repo.cli(['scan', '--staged', '--baseline', 'staged-baseline.json'])).code, 0);
    const piped = await repo.cli(['baseline', 'create', '-', '-o', '-', '-q'], repo.root, { stdin: async () => Buffer.from(`password = "${generic}"\n`) });
    assert.equal(piped.stderr, '');
    assert.deepEqual((JSON.parse(piped.stdout) as BaselineFile).fingerprints.map((e) => e.paths), [['<stdin>']]);
  });

  it('scans its own baseline file clean', async () => {
    await repo.cli(['baseline', 'create']);
    const out = await repo.cli(['scan', '.secret-hygiene-baseline.json']);
    assert.equal(out.code, 0);
    assert.match(out.stderr, /0 finding\(s\) in 1 file\(s\)/);
  });

  it('rejects a missing or malformed baseline with exit 2, never echoing its content', async () => {
    const missing = await repo.cli(['scan', '--baseline', 'nope.json']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read baseline nope\.json: no such file/);
    repo.write('.env', `API_KEY=${generic}\n`);
    const dotenv = await repo.cli(['scan', '--baseline', '.env']);
    assert.equal(dotenv.code, 2);
    assert.match(dotenv.stderr, /invalid baseline \.env:\n {2}not valid JSON/);
    assert.ok(!dotenv.stderr.includes('API_KEY') && !dotenv.stderr.includes(generic.slice(0, 4)), dotenv.stderr);
    repo.write('wrong.json', JSON.stringify({ version: 1, fingerprints: [{ fingerprint: generic }, 'abc'] }));
    const wrong = await repo.cli(['scan', '--baseline', 'wrong.json']);
    assert.match(wrong.stderr, /"fingerprints"\[0\] needs a "fingerprint" of 64 lowercase hex digits\n {2}"fingerprints"\[1\]/);
    assert.ok(!wrong.stderr.includes(generic));
    repo.write('future.json', JSON.stringify({ version: 2, fingerprints: [] }));
    assert.match((await repo.cli(['scan', '--baseline', 'future.json'])).stderr, /unsupported "version" 2/);
    assert.equal((await repo.cli(['baseline'])).code, 2);
    assert.equal((await repo.cli(['baseline', 'update'])).code, 2);
  });
});
