import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { JsonFinding } from '../../../src/cli/run';
import { checksummedToken, join, reseed } from '../support/fake';
import { builtCli, projectRoot } from '../support/repo';

function exec(command: 'npm' | 'npx', args: readonly string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const windows = process.platform === 'win32';
  const result = spawnSync(windows ? `${command}.cmd` : command, [...args], { cwd, encoding: 'utf8', shell: windows });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the npm package', function () {
  // Packing and installing take a few seconds; nothing here touches the network (--offline, no dependencies).
  this.timeout(120000);
  let temp: string;
  before(() => {
    assert.ok(existsSync(builtCli), `build the CLI first: node esbuild.mjs cli (${builtCli} is missing)`);
    temp = mkdtempSync(joinPath(tmpdir(), 'sh-npx-'));
  });
  after(() => rmSync(temp, { recursive: true, force: true }));

  it('packs the CLI bundle, installs offline into a fresh project and runs as `npx secret-hygiene`', () => {
    reseed(8);
    // --ignore-scripts: the bundle is already built, and this must not rebuild the checkout's dist/.
    const packed = exec('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', temp], projectRoot);
    assert.equal(packed.status, 0, packed.stderr);
    const tarball = readdirSync(temp).find((name) => name.endsWith('.tgz'));
    assert.ok(tarball, `npm pack wrote no tarball: ${packed.stdout}`);

    const project = joinPath(temp, 'project');
    mkdirSync(joinPath(project, 'src'), { recursive: true });
    writeFileSync(joinPath(project, 'package.json'), JSON.stringify({ name: 'demo', version: '1.0.0', private: true }));
    writeFileSync(joinPath(project, '.gitignore'), 'node_modules/\n');
    const token = checksummedToken(join('gh', 'p_'));
    writeFileSync(joinPath(project, 'src', 'index.js'), `module.exports = "${token}";\n`);
    const installed = exec('npm', ['install', '--offline', '--no-audit', '--no-fund', joinPath(temp, tarball)], project);
    assert.equal(installed.status, 0, installed.stderr);

    const version = exec('npx', ['--no-install', 'secret-hygiene', '--version'], project);
    assert.equal(version.status, 0, version.stderr);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const scan = exec('npx', ['--no-install', 'secret-hygiene', 'scan', 'src', '--format', 'json'], project);
    assert.equal(scan.status, 1, scan.stderr);
    assert.deepEqual((JSON.parse(scan.stdout) as JsonFinding[]).map((f) => `${f.path}:${f.line} ${f.ruleId}`), ['src/index.js:1 github-pat']);
    assert.ok(!scan.stdout.includes(token));
  });
});
