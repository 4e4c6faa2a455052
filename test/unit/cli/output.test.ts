import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { wantsColor } from '../../../src/cli/format';
import type { JsonFinding } from '../../../src/cli/run';
import { charset, checksummedToken, join, randomString, reseed } from '../support/fake';
import { cli } from '../support/repo';

const ESC = '\u001b[';

describe('CLI input and output options', () => {
  let root: string;
  let token: string;
  let generic: string;
  beforeEach(() => {
    reseed(7);
    root = mkdtempSync(joinPath(tmpdir(), 'sh-out-'));
    token = checksummedToken(join('gh', 'p_'));
    generic = randomString(charset.alnum, 30);
    writeFileSync(joinPath(root, 'app.js'), `const token = "${token}";\n`);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads standard input for the path "-", reported as <stdin> with its own line numbers', async () => {
    const stdin = async (): Promise<Uint8Array> => Buffer.from(`# pasted\n\npassword: "${generic}"\n`);
    const out = await cli(root, ['scan', '-', 'app.js', '--format', 'json'], { stdin });
    assert.equal(out.code, 1);
    const found = (JSON.parse(out.stdout) as JsonFinding[]).map((f) => `${f.path}:${f.line}:${f.column}`);
    assert.deepEqual(found, ['<stdin>:3:12', 'app.js:1:16']);
    assert.match(out.stderr, /in 2 file\(s\)/);
    assert.equal((await cli(root, ['scan', '-', '-'], { stdin })).code, 2, 'standard input can be read once');
    assert.match((await cli(root, ['scan', '-'])).stderr, /standard input is not available/);
  });

  it('prints findings only with --quiet, in every format', async () => {
    const text = await cli(root, ['scan', '--quiet']);
    assert.equal(text.code, 1);
    assert.equal(text.stderr, '');
    assert.match(text.stdout, /^app\.js:1:16 {2}github-pat {2}/);
    const json = await cli(root, ['scan', '-q', '--format', 'json']);
    assert.equal(json.stderr, '');
    assert.equal((JSON.parse(json.stdout) as unknown[]).length, 1);
  });

  it('colours text only on a terminal without NO_COLOR; FORCE_COLOR and --no-color override', async () => {
    const cases: [Parameters<typeof wantsColor>[0], boolean, boolean][] = [
      [{ isTTY: true }, false, true],
      [{ isTTY: false }, false, false],
      [{}, false, false],
      [{ isTTY: true }, true, false],
      [{ isTTY: true, env: { NO_COLOR: '1' } }, false, false],
      [{ isTTY: true, env: { NO_COLOR: '' } }, false, true],
      [{ isTTY: true, env: { TERM: 'dumb' } }, false, false],
      [{ isTTY: false, env: { FORCE_COLOR: '1' } }, false, true],
      [{ isTTY: false, env: { FORCE_COLOR: '' } }, false, true],
      [{ isTTY: true, env: { FORCE_COLOR: '0' } }, false, false],
      [{ isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }, false, true],
      [{ isTTY: true, env: { FORCE_COLOR: '1' } }, true, false],
    ];
    for (const [io, flag, expected] of cases) assert.equal(wantsColor(io, flag), expected, `${JSON.stringify(io)} --no-color=${flag}`);

    const tty = await cli(root, ['scan'], { isTTY: true });
    assert.ok(tty.stdout.includes(`${ESC}31mgithub-pat${ESC}39m`), JSON.stringify(tty.stdout));
    assert.ok(!(await cli(root, ['scan', '--no-color'], { isTTY: true })).stdout.includes(ESC));
    assert.ok(!(await cli(root, ['scan', '--format', 'json'], { isTTY: true })).stdout.includes(ESC), 'JSON is never coloured');
  });

  it('prints the version, and documents formats, baselines, hooks and exit codes in --help', async () => {
    const version = await cli(root, ['--version']);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const help = await cli(root, ['--help']);
    assert.equal(help.code, 0);
    for (const text of ['--staged', 'text|json|sarif', '--baseline FILE', 'baseline create', '"fingerprints"', 'install-hook', 'uninstall-hook', 'core.hooksPath', 'husky', '--quiet', '--no-color', 'NO_COLOR', 'FORCE_COLOR', '"-"', '0 no findings', '1 findings', '2 usage or internal error']) {
      assert.ok(help.stdout.includes(text), `--help mentions ${text}`);
    }
    assert.equal((await cli(root, ['scan', '--help'])).stdout, help.stdout);
    assert.equal((await cli(root, [])).code, 2);
  });

  it('never prints a whole secret: not in text, JSON, SARIF, summaries or errors', async () => {
    writeFileSync(joinPath(root, 'bad-config.json'), `{ "disabledRules": "${generic}" }`);
    writeFileSync(joinPath(root, 'not-json'), `${generic}\n`);
    const runs = await Promise.all([
      cli(root, ['scan', '-v']),
      cli(root, ['scan', '--format', 'json']),
      cli(root, ['scan', '--format', 'sarif']),
      cli(root, ['baseline', 'create', '-o', '-']),
      cli(root, ['scan', '--config', 'bad-config.json']),
      cli(root, ['scan', '--config', 'not-json']),
      cli(root, ['scan', '--baseline', 'not-json']),
    ]);
    for (const out of runs) {
      for (const secret of [token, generic]) {
        assert.ok(!out.stdout.includes(secret) && !out.stderr.includes(secret), `${out.stdout}${out.stderr}`);
      }
    }
    assert.match(runs[5].stderr, /invalid config not-json:\n {2}not valid JSON: Unexpected token '\w' is not valid JSON/);
  });
});
