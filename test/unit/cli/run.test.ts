import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failedList } from '../../../src/cli/format';
import { run, type JsonFinding } from '../../../src/cli/run';
import { collect } from '../../../src/cli/scan';
import { scanText } from '../../../src/engine';
import { charset, randomString, reseed } from '../support/fake';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(cwd: string, ...argv: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function write(root: string, path: string, content: string | Uint8Array): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

describe('CLI run()', () => {
  let root: string;
  let secret: string;
  beforeEach(() => {
    reseed(99);
    root = mkdtempSync(join(tmpdir(), 'sh-cli-'));
    secret = randomString(charset.alnum, 30);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('exits 0 and says so when there is nothing to report', async () => {
    write(root, 'src/app.js', 'console.log("hello");\n');
    const out = await cli(root, 'scan');
    assert.equal(out.code, 0);
    assert.equal(out.stdout, '');
    assert.match(out.stderr, /0 finding\(s\) in 1 file\(s\)/);
  });

  it('exits 1 and prints compiler-style redacted lines for findings', async () => {
    write(root, 'src/app.py', `import os\nAPI_KEY = "${secret}"\n`);
    const out = await cli(root, 'scan', '.');
    assert.equal(out.code, 1);
    assert.match(out.stdout, /^src\/app\.py:2:12 {2}generic-secret-assignment {2}Generic secret: .*\(\w{4}… \(30 chars\)\)\n$/);
    assert.ok(!out.stdout.includes(secret) && !out.stderr.includes(secret));
  });

  it('writes one JSON object per finding with relative path, 1-based position and fingerprint', async () => {
    write(root, 'config/settings.yaml', `db:\n  password: ${secret}\n`);
    const out = await cli(root, 'scan', '--format', 'json');
    assert.equal(out.code, 1);
    const findings = JSON.parse(out.stdout) as JsonFinding[];
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.equal(f.path, 'config/settings.yaml');
    assert.equal(f.line, 2);
    assert.equal(f.column, 13);
    assert.equal(f.confidence, 'low');
    assert.match(f.fingerprint, /^[0-9a-f]{64}$/);
    assert.equal(f.preview, `${secret.slice(0, 4)}… (30 chars)`);
    assert.ok(!out.stdout.includes(secret));
  });

  it('respects .gitignore, including nested files and negations', async () => {
    write(root, '.gitignore', 'ignored/\n*.log\n!keep.log\n');
    write(root, 'ignored/a.js', `const apiKey = "${secret}";\n`);
    write(root, 'debug.log', `token = "${secret}"\n`);
    write(root, 'keep.log', `token = "${secret}"\n`);
    write(root, 'pkg/.gitignore', 'local.env\n');
    write(root, 'pkg/local.env', `PASSWORD=${secret}\n`);
    const out = await cli(root, 'scan', '--format', 'json');
    assert.deepEqual((JSON.parse(out.stdout) as JsonFinding[]).map((f) => f.path), ['keep.log']);
  });

  it('skips binary and oversized files and says so', async () => {
    write(root, 'image.bin', new Uint8Array([0x89, 0x50, 0x00, 0x01, ...Buffer.from(`token = "${secret}"`)]));
    write(root, 'big.txt', `password = "${secret}"\n${'x'.repeat(2000)}`);
    const out = await cli(root, 'scan', '--max-file-size', '1000', '-v');
    assert.equal(out.code, 0);
    assert.match(out.stderr, /skipped image\.bin: binary/);
    assert.match(out.stderr, /skipped big\.txt: larger than 1000 bytes/);
    assert.match(out.stderr, /skipped 1 binary and 1 oversized/);
  });

  it('applies the repo config: ignored paths, disabled rules and accepted fingerprints', async () => {
    write(root, 'fixtures/a.js', `const apiKey = "${secret}";\n`);
    write(root, 'b.js', `const apiKey = "${secret}";\n`);
    const first = JSON.parse((await cli(root, 'scan', '--format', 'json')).stdout) as JsonFinding[];
    assert.equal(first.length, 2);
    write(root, '.secret-hygiene.json', JSON.stringify({ ignorePaths: ['fixtures/'] }));
    assert.deepEqual((JSON.parse((await cli(root, 'scan', '--format', 'json')).stdout) as JsonFinding[]).map((f) => f.path), ['b.js']);
    write(root, '.secret-hygiene.json', JSON.stringify({ allowedFingerprints: [first[0].fingerprint] }));
    assert.equal((await cli(root, 'scan')).code, 0);
    write(root, 'custom.json', JSON.stringify({ disabledRules: ['generic-secret-assignment'] }));
    assert.equal((await cli(root, 'scan', '--config', 'custom.json')).code, 0);
  });

  it('exits 2 with a clear message on usage errors and bad config', async () => {
    const unknown = await cli(root, 'scna');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "scna"/);
    assert.equal((await cli(root, 'scan', '--format', 'xml')).code, 2);
    assert.equal((await cli(root, 'scan', '--bogus')).code, 2);
    assert.match((await cli(root, 'scan', 'missing-dir')).stderr, /no such file or directory: missing-dir/);
    write(root, '.secret-hygiene.json', '{ "disabledRules": ["no-such-rule"], "extra": 1 }');
    const bad = await cli(root, 'scan');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown rule "no-such-rule"/);
    assert.match(bad.stderr, /unknown setting "extra"/);
  });

  it('shows progress on a terminal while a large tree is scanned, then clears it', async () => {
    for (let i = 0; i < 450; i++) write(root, `src/m${i}.js`, 'export const x = 1;\n');
    const statuses: (string | undefined)[] = [];
    let stdout = '';
    const code = await run(['scan', '--format', 'json'], { cwd: root, stdout: (t) => (stdout += t), stderr: () => {}, progress: (s) => statuses.push(s) });
    assert.equal(code, 0);
    assert.deepEqual(statuses, ['Scanning… 200 files, 0.0 MB', 'Scanning… 400 files, 0.0 MB', undefined]);
    assert.deepEqual(JSON.parse(stdout), []);
  });
});

describe('CLI scan of files the engine fails on', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sh-cli-fail-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('scans a file just longer than one walk chunk (it used to stop the whole scan)', async () => {
    // 65,536 characters plus a few: the last chunk is shorter than the longest keyword's lead-in.
    write(root, 'dist/bundle.js', `${'x'.repeat(65_536)}\n// key`);
    write(root, 'src/app.py', `API_KEY = "${randomString(charset.alnum, 30)}"\n`);
    const out = await cli(root, 'scan', '--format', 'json');
    assert.equal(out.code, 1, out.stderr);
    assert.deepEqual((JSON.parse(out.stdout) as JsonFinding[]).map((f) => f.path), ['src/app.py']);
  });

  it('reports a file the engine fails on and keeps the findings in the others', async () => {
    const key = randomString(charset.alnum, 30);
    write(root, 'a/broken.js', 'whatever');
    write(root, 'b/app.js', 'fine');
    const failing = (text: string, options: Parameters<typeof scanText>[1]) => {
      if (text === 'whatever') throw new Error('engine failure');
      return scanText(`const apiKey = "${key}";`, options);
    };
    const result = await collect({ paths: ['.'], staged: false, maxFileSize: 1 << 20, verbose: false }, { cwd: root, stdout: () => {}, stderr: () => {} }, failing);
    assert.deepEqual(result.failed, [{ path: 'a/broken.js', message: 'engine failure' }]);
    assert.equal(result.scanned, 1);
    assert.equal(result.findings.length, 1);
    assert.match(failedList(result), /^secret-hygiene: could not scan a\/broken\.js: engine failure\n$/);
  });
});
