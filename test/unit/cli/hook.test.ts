import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { CHAINED_HOOK, HOOK_MARKER } from '../../../src/cli/hook';
import { checksummedToken, join, reseed } from '../support/fake';
import { builtCli, cli, TempRepo } from '../support/repo';

const self = { node: process.execPath, script: builtCli };

// Every file in a folder with its mode and content: "restored exactly" means this is unchanged.
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).sort().map((name) => {
    const path = joinPath(dir, name);
    return [name, `${(statSync(path).mode & 0o777).toString(8)} ${readFileSync(path, 'utf8')}`];
  }));
}

describe('CLI install-hook and uninstall-hook, with real git commits', function () {
  // Each commit starts node for the hook; slow machines need more than mocha's default.
  this.timeout(60000);
  let repo: TempRepo;
  let token: string;
  let hooks: string;
  before(() => {
    assert.ok(existsSync(builtCli), `build the CLI first: node esbuild.mjs cli (${builtCli} is missing)`);
  });
  beforeEach(() => {
    reseed(42);
    repo = new TempRepo('sh-hook-');
    token = checksummedToken(join('gh', 'p_'));
    hooks = joinPath(repo.root, '.git', 'hooks');
  });
  afterEach(() => repo.dispose());

  it('blocks a commit that adds a secret, with a redacted report, and lets a clean commit through', async () => {
    const install = await repo.cli(['install-hook'], repo.root, { self });
    assert.equal(install.code, 0);
    assert.equal(install.stdout, 'secret-hygiene: installed the pre-commit hook at .git/hooks/pre-commit\n');
    repo.write('config.js', `// settings\nexport const token = "${token}";\n`);
    repo.git('add', '.');
    const blocked = repo.commit('add config');
    assert.equal(blocked.status, 1);
    assert.match(blocked.stderr, /^config\.js:2:23 {2}github-pat {2}GitHub: .*\(ghp_… \(40 chars\)\)$/m);
    assert.match(blocked.stderr, /1 finding\(s\) in 1 staged file\(s\)/);
    assert.match(blocked.stderr, /git commit --no-verify/);
    assert.ok(!blocked.stderr.includes(token) && !blocked.stdout.includes(token));
    assert.equal(repo.exec(['rev-parse', '--verify', '-q', 'HEAD']).status, 1, 'nothing was committed');

    repo.write('config.js', '// settings\nexport const token = process.env.GITHUB_TOKEN;\n');
    repo.git('add', '.');
    const clean = repo.commit('add config');
    assert.equal(clean.status, 0, clean.stderr);
    assert.equal(repo.git('rev-list', '--count', 'HEAD').trim(), '1');
  });

  it('blocks `git commit -a`, whose hook reads a temporary index', async () => {
    repo.write('app.js', 'export const token = process.env.GITHUB_TOKEN;\n');
    repo.git('add', '.');
    assert.equal(repo.commit('first').status, 0);
    await repo.cli(['install-hook'], repo.root, { self });
    repo.write('app.js', `export const token = "${token}";\n`);
    const blocked = repo.commit('oops', ['-a']);
    assert.equal(blocked.status, 1);
    assert.match(blocked.stderr, /^app\.js:1:23 {2}github-pat/m);
  });

  it('chains an existing hook: it runs first, and its failure blocks the commit', async () => {
    repo.write('.git/hooks/pre-commit', '#!/bin/sh\necho chained-ran >> chained.log\nexit "${CHAINED_EXIT:-0}"\n');
    chmodSync(joinPath(hooks, 'pre-commit'), 0o755);
    const install = await repo.cli(['install-hook'], repo.root, { self });
    assert.match(install.stdout, /the hook that was there runs first, from \.git\/hooks\/pre-commit\.secret-hygiene-chained/);
    repo.write('.gitignore', 'chained.log\n');
    repo.git('add', '.');
    assert.equal(repo.commit('clean').status, 0);
    assert.equal(readFileSync(joinPath(repo.root, 'chained.log'), 'utf8'), 'chained-ran\n');

    repo.write('README.md', 'hello\n');
    repo.git('add', '.');
    const failed = repo.commit('chained fails', [], { CHAINED_EXIT: '3' });
    assert.notEqual(failed.status, 0, 'a failing chained hook blocks the commit');
    assert.equal(repo.git('rev-list', '--count', 'HEAD').trim(), '1');
  });

  it('uninstall restores exactly the previous state, with or without a hook before, even after reinstalling', async () => {
    const pristine = snapshot(hooks);
    await repo.cli(['install-hook'], repo.root, { self });
    assert.ok(readFileSync(joinPath(hooks, 'pre-commit'), 'utf8').includes(HOOK_MARKER));
    const removed = await repo.cli(['uninstall-hook'], repo.root);
    assert.equal(removed.stdout, 'secret-hygiene: removed the pre-commit hook at .git/hooks/pre-commit\n');
    assert.deepEqual(snapshot(hooks), pristine);

    repo.write('.git/hooks/pre-commit', '#!/bin/sh\n# the team hook\nexit 0\n');
    chmodSync(joinPath(hooks, 'pre-commit'), 0o750);
    const before = snapshot(hooks);
    await repo.cli(['install-hook'], repo.root, { self });
    const again = await repo.cli(['install-hook'], repo.root, { self });
    assert.equal(again.stdout, 'secret-hygiene: updated the pre-commit hook at .git/hooks/pre-commit\n');
    assert.equal(readFileSync(joinPath(hooks, CHAINED_HOOK), 'utf8'), '#!/bin/sh\n# the team hook\nexit 0\n', 'reinstalling never chains our own hook');
    const restored = await repo.cli(['uninstall-hook'], repo.root);
    assert.match(restored.stdout, /restored the previous one/);
    assert.deepEqual(snapshot(hooks), before);
    const foreign = await repo.cli(['uninstall-hook'], repo.root);
    assert.equal(foreign.stdout, 'secret-hygiene: .git/hooks/pre-commit was not written by secret-hygiene; left as it is\n');
  });

  it('writes into core.hooksPath, resolved from the top of the work tree, when run from a subfolder', async () => {
    repo.git('config', 'core.hooksPath', '.githooks');
    mkdirSync(joinPath(repo.root, 'pkg'));
    const install = await repo.cli(['install-hook'], joinPath(repo.root, 'pkg'), { self });
    assert.equal(install.stdout, 'secret-hygiene: installed the pre-commit hook at ../.githooks/pre-commit\n');
    assert.ok(!existsSync(joinPath(hooks, 'pre-commit')));
    repo.write('pkg/app.js', `export const token = "${token}";\n`);
    repo.git('add', 'pkg');
    assert.equal(repo.commit('blocked').status, 1);
  });

  it('prints what to add for husky and the pre-commit framework instead of writing a hook, unless --force', async () => {
    mkdirSync(joinPath(repo.root, '.husky'));
    repo.write('.pre-commit-config.yaml', 'repos: []\n');
    const advice = await repo.cli(['install-hook'], repo.root, { self });
    assert.equal(advice.code, 0);
    assert.match(advice.stdout, /run by husky\. Add this line to \.husky\/pre-commit:\n\n {2}npx --no-install secret-hygiene scan --staged\n/);
    assert.match(advice.stdout, /pre-commit framework[\s\S]*- repo: https:\/\/github\.com\/secret-hygiene\/secret-hygiene\n {4}rev: v\d[\s\S]*- id: secret-hygiene/);
    assert.match(advice.stdout, /No hook was written\. To write \.git\/hooks\/pre-commit anyway: secret-hygiene install-hook --force/);
    assert.ok(!existsSync(joinPath(hooks, 'pre-commit')));
    assert.equal((await repo.cli(['install-hook', '--force'], repo.root, { self })).code, 0);
    assert.ok(readFileSync(joinPath(hooks, 'pre-commit'), 'utf8').includes(HOOK_MARKER));
  });

  it('passes --baseline on to the hook, so accepted secrets do not block commits', async () => {
    repo.write('legacy.js', `export const token = "${token}";\n`);
    await repo.cli(['baseline', 'create', '-q'], repo.root);
    assert.equal((await repo.cli(['install-hook', '--baseline', '.secret-hygiene-baseline.json'], repo.root, { self })).code, 0);
    assert.match(readFileSync(joinPath(hooks, 'pre-commit'), 'utf8'), /scan --staged --baseline \.secret-hygiene-baseline\.json\n/);
    repo.git('add', '.');
    assert.equal(repo.commit('accepted legacy').status, 0);
    assert.equal((await repo.cli(['install-hook', '--baseline', 'missing.json'], repo.root, { self })).code, 2);
  });

  it("prefers the project's own node_modules copy of the CLI to the one that installed the hook", async () => {
    await repo.cli(['install-hook'], repo.root, { self });
    repo.write('.gitignore', 'node_modules/\n');
    repo.write('node_modules/secret-hygiene/dist/cli.js', "require('fs').writeFileSync('local-cli.log', process.argv.slice(2).join(' '));\n");
    repo.write('a.txt', 'fine\n');
    repo.git('add', '.');
    assert.equal(repo.commit('local').status, 0);
    assert.equal(readFileSync(joinPath(repo.root, 'local-cli.log'), 'utf8'), 'scan --staged');
  });

  it('blocks the commit and says how to fix it when the CLI the hook was installed from is gone', async () => {
    // A space and a quote in the path check the hook's shell quoting too.
    await repo.cli(['install-hook'], repo.root, { self: { node: process.execPath, script: joinPath(repo.root, "gone dir's", 'cli.js') } });
    repo.write('a.txt', 'fine\n');
    repo.git('add', '.');
    const out = repo.commit('no cli');
    assert.equal(out.status, 1);
    assert.match(out.stderr, /cannot find the secret-hygiene CLI \(it was installed from .*gone dir's\/cli\.js\)/);
  });

  it('never clobbers: refuses when a foreign hook and a chained hook both exist, and leaves foreign hooks on uninstall', async () => {
    repo.write('.git/hooks/pre-commit', '#!/bin/sh\nexit 0\n');
    repo.write(`.git/hooks/${CHAINED_HOOK}`, '#!/bin/sh\nexit 0\n');
    const before = snapshot(hooks);
    const refused = await repo.cli(['install-hook'], repo.root, { self });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /is not ours, and .*pre-commit\.secret-hygiene-chained already exists/);
    const left = await repo.cli(['uninstall-hook'], repo.root);
    assert.match(left.stdout, /was not written by secret-hygiene; left as it is/);
    assert.deepEqual(snapshot(hooks), before);
  });

  it('exits 2 outside a git work tree', async () => {
    const plain = mkdtempSync(joinPath(tmpdir(), 'sh-nogit-'));
    try {
      const env = { ...repo.env, GIT_CEILING_DIRECTORIES: tmpdir() };
      for (const command of ['install-hook', 'uninstall-hook']) {
        const out = await cli(plain, [command], { env, self });
        assert.equal(out.code, 2);
        assert.match(out.stderr, new RegExp(`${command} needs a git work tree`));
      }
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
