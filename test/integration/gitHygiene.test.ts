// Git-side hygiene in the real host, on real repositories created in the workspace folder: env files
// that git would commit or already tracks, secrets already in history, and the pre-commit hook command.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import ignore from 'ignore';
import * as vscode from 'vscode';
import { rules } from '../../src/engine';
import { checksummedToken, join, reseed } from '../unit/support/fake';
import { activate, closeAll, diagnosticsWhen, removeFile, waitFor, workspaceRoot, writeFile } from './support/host';

/** One notification or dialog the extension showed. */
interface Shown {
  readonly kind: 'info' | 'warning' | 'error';
  readonly message: string;
  readonly detail?: string;
  readonly modal: boolean;
}

/** Records the window's messages and answers modal ones from `answers`; the extension shares this `vscode.window`. */
class Dialogs {
  readonly shown: Shown[] = [];
  answers: (string | undefined)[] = [];
  private readonly originals = {
    showInformationMessage: vscode.window.showInformationMessage,
    showWarningMessage: vscode.window.showWarningMessage,
    showErrorMessage: vscode.window.showErrorMessage,
  };

  install(): void {
    const window = vscode.window as unknown as Record<string, unknown>;
    const record = (kind: Shown['kind']) => (message: string, ...rest: unknown[]) => {
      const options = rest[0] && typeof rest[0] === 'object' && !('title' in (rest[0] as object)) ? (rest[0] as vscode.MessageOptions) : undefined;
      this.shown.push({ kind, message, detail: options?.detail, modal: options?.modal === true });
      return Promise.resolve(options?.modal ? this.answers.shift() : undefined);
    };
    window.showInformationMessage = record('info');
    window.showWarningMessage = record('warning');
    window.showErrorMessage = record('error');
  }

  restore(): void {
    Object.assign(vscode.window as unknown as Record<string, unknown>, this.originals);
    this.shown.length = 0;
    this.answers = [];
  }
}

// git for the test itself, as a user's shell would run it, minus variables that would point it at
// another repository when the suite runs from inside a git hook.
const gitEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));

function exec(args: readonly string[]): { status: number | null; output: string } {
  for (let attempt = 0; ; attempt++) {
    const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: workspaceRoot().fsPath, env: gitEnv, encoding: 'utf8' });
    const output = `${result.stdout}${result.stderr}`;
    // VS Code's own git support may be refreshing the index of the new repository at that moment.
    if (result.status !== 0 && output.includes('index.lock') && attempt < 20) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      continue;
    }
    return { status: result.status, output };
  }
}

function git(...args: string[]): string {
  const result = exec(args);
  assert.equal(result.status, 0, `git ${args.join(' ')} failed: ${result.output}`);
  return result.output;
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : undefined;
}

/** The diagnostics on `uri` with code `code`, once `accept` holds for them. */
function withCode(uri: vscode.Uri, code: string, accept: (found: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === code);
    return accept(found) ? found : undefined;
  }, 15_000);
}

// The action `wanted` picks among the quick fixes at `range`, asked for until it is there: the env diagnostics are
// recomputed when their document opens, and a request in that moment sees none.
async function quickFix(uri: vscode.Uri, range: vscode.Range, wanted: (action: vscode.CodeAction) => boolean): Promise<vscode.CodeAction> {
  // Code actions are computed on an open document only.
  await vscode.window.showTextDocument(uri);
  return waitFor('the quick fix', async () => {
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
      return actions.find(wanted);
    } catch (error) {
      // The host cancels a request that overlaps a document change; ask again.
      if ((error as Error).message === 'Canceled') return undefined;
      throw error;
    }
  });
}

function disk(relativePath: string): string | undefined {
  const path = joinPath(workspaceRoot().fsPath, relativePath);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

describe('git hygiene', function () {
  this.timeout(60_000);
  const dialogs = new Dialogs();

  before(async () => {
    reseed(606);
    await activate();
    await closeAll();
  });

  beforeEach(() => {
    git('init', '-q', '-b', 'main', '.');
    dialogs.install();
  });

  afterEach(async () => {
    dialogs.restore();
    await closeAll();
    // The workspace is shared by every integration test: leave no repository and no files behind.
    for (const path of ['.git', '.env', '.env.local', '.env.example', '.gitignore', '.husky', 'hygiene']) await removeFile(path);
  });

  it('warns on a .env that is not git-ignored, and its quick fix appends it to .gitignore in the file\'s own style', async () => {
    await writeFile('.gitignore', 'node_modules/\r\ndist/');
    await writeFile('.env.example', 'DEBUG=\n');
    const env = await writeFile('.env', 'DEBUG=1\n');
    const [warning] = await withCode(env, 'env-not-ignored', (d) => d.length === 1, 'the not-ignored warning on .env');
    assert.equal(warning.source, 'Secret Hygiene');
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(warning.range.start.line, 0);
    assert.match(((warning.code as { target: vscode.Uri }).target).toString(), /#env-files$/);
    assert.deepEqual(vscode.languages.getDiagnostics(vscode.Uri.joinPath(workspaceRoot(), '.env.example')), [], 'templates are meant to be committed');

    const action = await quickFix(env, warning.range, (a) => a.title === 'Add .env to .gitignore');
    assert.ok(action?.edit && action.command, 'an "Add .env to .gitignore" action with an edit and a save');
    assert.equal(await vscode.workspace.applyEdit(action.edit), true);
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));

    const gitignore = disk('.gitignore') ?? '';
    assert.equal(gitignore, 'node_modules/\r\ndist/\r\n.env', 'one CRLF line appended, still without a final newline');
    assert.ok(ignore().add(gitignore).ignores('.env'));
    assert.equal(git('check-ignore', '.env').trim(), '.env', 'git agrees');
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/.gitignore'))?.isDirty ?? false, false, '.gitignore was saved');
    await withCode(env, 'env-not-ignored', (d) => d.length === 0, 'the warning to go');
  });

  it('warns on a tracked .env, and its quick fix runs git rm --cached after a modal confirmation', async () => {
    await writeFile('.gitignore', 'node_modules/\n');
    const env = await writeFile('.env.local', 'DEBUG=1\n');
    await withCode(env, 'env-not-ignored', (d) => d.length === 1, 'the not-ignored warning');
    // Committed from outside the editor: only the git directory changes, so the watch on it must notice.
    git('add', '.env.local', '.gitignore');
    git('commit', '-q', '-m', 'add env');
    const [tracked] = await withCode(env, 'env-tracked', (d) => d.length === 1, 'the tracked warning after the commit');
    assert.match(tracked.message, /\.env\.local is tracked by git/);

    const action = await quickFix(env, tracked.range, (a) => a.title === 'Stop tracking .env.local (git rm --cached)');
    assert.ok(action?.command, 'a "Stop tracking" action');
    dialogs.answers = ['Stop Tracking'];
    const result = await vscode.commands.executeCommand<{ untracked: boolean }>(action.command.command, ...(action.command.arguments ?? []));
    assert.equal(result.untracked, true);
    const confirmation = dialogs.shown.find((s) => s.modal);
    assert.ok(confirmation, 'a modal confirmation');
    assert.match(confirmation.detail ?? '', /git rm --cached -- \.env\.local/);
    assert.match(dialogs.shown.at(-1)?.message ?? '', /stopped tracking \.env\.local \(git rm --cached\).*rotate/);

    assert.equal(git('ls-files', '--', '.env.local').trim(), '', 'no longer in the index');
    assert.equal(disk('.env.local'), 'DEBUG=1\n', 'still on disk');
    await withCode(env, 'env-tracked', (d) => d.length === 0, 'the tracked warning to go');
  });

  it('leaves the index alone when the confirmation is dismissed', async () => {
    const env = await writeFile('.env', 'DEBUG=1\n');
    git('add', '.env');
    git('commit', '-q', '-m', 'add env');
    dialogs.answers = [undefined];
    const result = await vscode.commands.executeCommand<{ untracked: boolean }>('secretHygiene.untrackEnvFile', env.toString());
    assert.equal(result.untracked, false);
    assert.equal(git('ls-files', '--', '.env').trim(), '.env');
  });

  it('marks a committed key "already committed: rotate" on its exact range, with the provider\'s key page', async () => {
    const committed = checksummedToken(join('gh', 'p_'));
    const uri = await writeFile('hygiene/config.ts', `export const githubToken = "${committed}";\n`);
    git('add', 'hygiene/config.ts');
    git('commit', '-q', '-m', 'config');
    await vscode.window.showTextDocument(uri);
    const [finding] = await diagnosticsWhen(uri, (d) => d.length === 1, 'the finding');
    const [warning] = await withCode(uri, 'secret-in-history', (d) => d.length === 1, 'the history warning');
    assert.ok(warning.range.isEqual(finding.range), 'on the secret itself');
    assert.equal(warning.message, 'Already committed (in HEAD or history): moving it is not enough, rotate this key');
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    const ruleId = (finding.code as { value: string }).value;
    const rotateUrl = rules.find((rule) => rule.id === ruleId)?.rotateUrl;
    assert.ok(rotateUrl, `${ruleId} has a key page`);
    assert.equal((warning.code as { target: vscode.Uri }).target.toString(true), vscode.Uri.parse(rotateUrl).toString(true));
    assert.ok(!warning.message.includes(committed.slice(4)));
  });

  it('finds a key that is no longer in HEAD but is in history', async () => {
    const removed = checksummedToken(join('gh', 'p_'));
    await writeFile('hygiene/old.py', `GITHUB_TOKEN = "${removed}"\n`);
    git('add', 'hygiene/old.py');
    git('commit', '-q', '-m', 'old');
    git('rm', '-q', 'hygiene/old.py');
    git('commit', '-q', '-m', 'remove');
    const uri = await writeFile('hygiene/new.py', `GITHUB_TOKEN = "${removed}"\n`);
    await vscode.window.showTextDocument(uri);
    await withCode(uri, 'secret-in-history', (d) => d.length === 1, 'the history warning for a key deleted from HEAD');
  });

  it('says a moved key must still be rotated when it was already committed', async () => {
    const committed = checksummedToken(join('gh', 'p_'));
    const uri = await writeFile('hygiene/client.js', `const githubToken = "${committed}";\n`);
    git('add', 'hygiene/client.js');
    git('commit', '-q', '-m', 'client');
    await vscode.window.showTextDocument(uri);
    const [finding] = await diagnosticsWhen(uri, (d) => d.length === 1, 'the finding');
    const move = await quickFix(uri, finding.range, (a) => !!a.isPreferred);
    assert.ok(move?.edit && move.command, 'the preferred move to .env');
    assert.equal(await vscode.workspace.applyEdit(move.edit), true);
    await vscode.commands.executeCommand(move.command.command, ...(move.command.arguments ?? []));
    const told = await waitFor('the rotate warning', () => dialogs.shown.find((s) => /already committed/.test(s.message)), 15_000);
    assert.equal(told.kind, 'warning');
    assert.match(told.message, /GITHUB_TOKEN was already committed \(in HEAD or history\): moving it is not enough, rotate this key/);
    assert.ok(!dialogs.shown.some((s) => s.message.includes(committed) || s.message.includes(committed.slice(4, 20))), 'no notification shows the key');
  });

  it('installs a pre-commit hook that blocks a commit with a key and lets a clean commit through', async () => {
    const cli = joinPath(vscode.extensions.getExtension('secret-hygiene.secret-hygiene')!.extensionPath, 'dist', 'cli.js');
    assert.ok(existsSync(cli), `${cli} is missing: build it with "node esbuild.mjs cli"`);
    const result = await vscode.commands.executeCommand<{ outcome: string; message: string }>('secretHygiene.installHook');
    assert.equal(result.outcome, 'installed', result.message);
    assert.match(result.message, /Installed the pre-commit hook at \.git\/hooks\/pre-commit/);
    const hook = disk('.git/hooks/pre-commit') ?? '';
    assert.match(hook, /# secret-hygiene: pre-commit hook/);
    // The hook runs a copy of the shipped CLI kept outside the versioned extension folder, so it survives updates.
    const copy = /^cli='?([^'\n]+)'?$/m.exec(hook)?.[1] ?? '';
    assert.ok(copy !== cli.replace(/\\/g, '/') && /\/globalStorage\/secret-hygiene\.secret-hygiene\/cli\.js$/i.test(copy), `the hook's CLI is in the extension's global storage: ${copy}`);
    assert.ok(existsSync(copy) && readFileSync(copy).equals(readFileSync(cli)), 'the copy is the CLI this version ships');

    const token = checksummedToken(join('gh', 'p_'));
    await writeFile('hygiene/leak.ts', `export const githubToken = "${token}";\n`);
    git('add', 'hygiene/leak.ts');
    const blocked = exec(['commit', '-q', '-m', 'leak']);
    assert.notEqual(blocked.status, 0, `the commit went through: ${blocked.output}`);
    assert.ok(blocked.output.includes('hygiene/leak.ts:1:'), blocked.output);
    assert.ok(blocked.output.includes(`${token.slice(0, 4)}…`), 'the redacted preview is shown');
    assert.ok(!blocked.output.includes(token.slice(4)), 'the key is not shown');

    git('reset', '-q');
    await writeFile('hygiene/clean.ts', 'export const answer = 42;\n');
    git('add', 'hygiene/clean.ts');
    git('commit', '-q', '-m', 'clean');
    assert.equal(git('log', '--format=%s').trim(), 'clean');
  });

  it('chains a hook that was already there', async () => {
    const marker = joinPath(workspaceRoot().fsPath, 'hygiene', 'chained-ran');
    writeFileSync(joinPath(workspaceRoot().fsPath, '.git', 'hooks', 'pre-commit'), `#!/bin/sh\nmkdir -p hygiene && touch hygiene/chained-ran\n`, { mode: 0o755 });
    const result = await vscode.commands.executeCommand<{ outcome: string; message: string }>('secretHygiene.installHook');
    assert.equal(result.outcome, 'installed');
    assert.match(result.message, /The hook that was there runs first, from \.git\/hooks\/pre-commit\.secret-hygiene-chained/);
    await writeFile('hygiene/clean.ts', 'export const answer = 42;\n');
    git('add', 'hygiene/clean.ts');
    git('commit', '-q', '-m', 'clean');
    assert.ok(existsSync(marker), 'the previous hook ran');
  });

  it('without git on PATH, says so instead of failing, and git-free checks still work', async () => {
    const path = process.env.PATH;
    process.env.PATH = '';
    try {
      const result = await vscode.commands.executeCommand<{ outcome: string; message: string }>('secretHygiene.installHook');
      assert.equal(result.outcome, 'failed');
      assert.match(result.message, /git is not installed or not on PATH/);
      const env = await writeFile('.env', 'DEBUG=1\n');
      await withCode(env, 'env-not-ignored', (d) => d.length === 1, 'the not-ignored warning, which needs no git');
      dialogs.answers = ['Stop Tracking'];
      const untrack = await vscode.commands.executeCommand<{ untracked: boolean }>('secretHygiene.untrackEnvFile', env.toString());
      assert.equal(untrack.untracked, false);
      assert.match(dialogs.shown.at(-1)?.message ?? '', /could not stop tracking \.env: git did not answer/);
    } finally {
      process.env.PATH = path;
    }
  });

  it('writes no hook where husky runs the hooks, and says what to add instead', async () => {
    await writeFile('.husky/pre-commit', 'npm test\n');
    dialogs.answers = [undefined];
    const result = await vscode.commands.executeCommand<{ outcome: string; message: string }>('secretHygiene.installHook');
    assert.equal(result.outcome, 'managed');
    const shown = dialogs.shown.find((s) => s.modal);
    assert.match(shown?.detail ?? '', /husky.*\.husky\/pre-commit[\s\S]*secret-hygiene scan --staged/);
    assert.equal(disk('.git/hooks/pre-commit'), undefined);
  });
});
