import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { JsonFinding } from '../../../src/cli/run';
import { checksummedToken, join, reseed } from '../support/fake';
import { cli, TempRepo } from '../support/repo';

function findings(stdout: string): JsonFinding[] {
  return JSON.parse(stdout) as JsonFinding[];
}

describe('CLI scan --staged', () => {
  let repo: TempRepo;
  let token: string;
  beforeEach(() => {
    reseed(606);
    repo = new TempRepo();
    token = checksummedToken(join('gh', 'p_'));
  });
  afterEach(() => repo.dispose());

  it('reports a secret that is staged but already deleted from the work tree, at its staged line', async () => {
    repo.write('src/app.js', `// one\n// two\nconst token = "${token}";\n`);
    repo.git('add', '.');
    repo.write('src/app.js', 'const token = process.env.GITHUB_TOKEN;\n');
    const staged = await repo.cli(['scan', '--staged', '--format', 'json']);
    assert.equal(staged.code, 1);
    const [finding, ...rest] = findings(staged.stdout);
    assert.equal(rest.length, 0);
    assert.deepEqual([finding.path, finding.line, finding.column, finding.ruleId], ['src/app.js', 3, 16, 'github-pat']);
    assert.equal((await repo.cli(['scan', '--format', 'json'])).code, 0, 'the work tree itself is clean');
    assert.ok(!staged.stdout.includes(token) && !staged.stderr.includes(token));
  });

  it('ignores a secret that is only in the work tree and not staged', async () => {
    repo.write('app.js', 'const token = process.env.GITHUB_TOKEN;\n');
    repo.git('add', '.');
    repo.write('app.js', `const token = "${token}";\n`);
    repo.write('untracked.js', `const token = "${token}";\n`);
    const staged = await repo.cli(['scan', '--staged']);
    assert.equal(staged.code, 0);
    assert.equal(staged.stdout, '');
    assert.match(staged.stderr, /^0 finding\(s\) in 1 staged file\(s\)\n$/);
    assert.equal((await repo.cli(['scan'])).code, 1, 'a work-tree scan does see it');
  });

  it('scans added, modified and renamed files but not unchanged or deleted ones', async () => {
    repo.write('legacy.js', `const token = "${token}";\n`);
    repo.write('gone.js', `const token = "${token}";\n`);
    repo.write('clean.js', 'export {};\n');
    repo.git('add', '.');
    repo.commit('history');
    repo.git('rm', '-q', 'gone.js');
    repo.write('clean.js', 'export const x = 1;\n');
    repo.git('add', 'clean.js');
    assert.equal((await repo.cli(['scan', '--staged'])).code, 0, 'legacy.js is unchanged and gone.js deleted');
    repo.git('mv', 'legacy.js', 'moved.js');
    const moved = await repo.cli(['scan', '--staged', '--format', 'json']);
    assert.deepEqual(findings(moved.stdout).map((f) => f.path), ['moved.js']);
  });

  it('works before the first commit, and reports paths relative to a subfolder it runs from', async () => {
    repo.write('top.js', `const token = "${token}";\n`);
    repo.write('pkg/inner.js', `const token = "${token}";\n`);
    repo.git('add', '.');
    const everything = await repo.cli(['scan', '--staged', '--format', 'json'], joinPath(repo.root, 'pkg'));
    assert.deepEqual(findings(everything.stdout).map((f) => f.path), ['inner.js', '../top.js'], 'in index order');
    const narrowed = await repo.cli(['scan', '--staged', '--format', 'json', '.'], joinPath(repo.root, 'pkg'));
    assert.deepEqual(findings(narrowed.stdout).map((f) => f.path), ['inner.js'], 'paths are pathspecs relative to the working directory');
  });

  it('applies the repo config from the top of the work tree, but not .gitignore, to staged files', async () => {
    repo.write('.secret-hygiene.json', JSON.stringify({ ignorePaths: ['fixtures/'] }));
    repo.write('.gitignore', 'forced.js\n');
    repo.write('fixtures/sample.js', `const token = "${token}";\n`);
    repo.write('forced.js', `const token = "${token}";\n`);
    repo.git('add', '.');
    repo.git('add', '-f', 'forced.js');
    const out = await repo.cli(['scan', '--staged', '--format', 'json'], joinPath(repo.root, 'fixtures'));
    assert.deepEqual(findings(out.stdout).map((f) => f.path), ['../forced.js']);
  });

  it('skips binary and oversized staged blobs', async () => {
    repo.write('blob.bin', new Uint8Array([0x00, 0x01, ...Buffer.from(`token = "${token}"`)]));
    repo.write('big.txt', `token = "${token}"\n${'x'.repeat(4000)}`);
    repo.write('small.txt', `token = "${token}"\n`);
    repo.git('add', '.');
    const out = await repo.cli(['scan', '--staged', '--max-file-size', '1000', '-v', '--format', 'json']);
    assert.deepEqual(findings(out.stdout).map((f) => f.path), ['small.txt']);
    assert.match(out.stderr, /skipped big\.txt: larger than 1000 bytes/);
    assert.match(out.stderr, /skipped blob\.bin: binary/);
  });

  it('exits 2 with a clear message outside a git work tree', async () => {
    const plain = mkdtempSync(joinPath(tmpdir(), 'sh-nogit-'));
    try {
      const out = await cli(plain, ['scan', '--staged'], { env: { ...repo.env, GIT_CEILING_DIRECTORIES: tmpdir() } });
      assert.equal(out.code, 2);
      assert.match(out.stderr, /scan --staged needs a git work tree, and .* is not inside one/);
      assert.equal((await cli(plain, ['scan', '--staged', '-'])).code, 2, '"-" cannot be combined with --staged');
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('prints compiler-style lines for a staged file that no longer exists on disk', async () => {
    repo.write('deleted.js', `const token = "${token}";\n`);
    repo.git('add', '.');
    unlinkSync(joinPath(repo.root, 'deleted.js'));
    const out = await repo.cli(['scan', '--staged']);
    assert.equal(out.code, 1);
    assert.match(out.stdout, /^deleted\.js:1:16 {2}github-pat {2}GitHub: .*\(ghp_… \(40 chars\)\)\n$/);
  });
});
