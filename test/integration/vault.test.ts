// The key vault in the real host: every palette command driven with injected inputs, dialogs answered
// by stubs, a real terminal reading an injected key, and no value in any notification or the log.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { dirname, join as joinPath } from 'node:path';
import { parse } from 'dotenv';
import * as vscode from 'vscode';
import { charset, checksummedToken, join, randomString, reseed } from '../unit/support/fake';
import { activate, closeAll, removeFile, waitFor, workspaceRoot, writeFile } from './support/host';

/** One notification or dialog the extension showed. */
interface Shown {
  readonly kind: 'info' | 'warning' | 'error';
  readonly message: string;
  readonly detail?: string;
  readonly modal: boolean;
  readonly items: readonly string[];
}

type Pick = (items: readonly vscode.QuickPickItem[]) => vscode.QuickPickItem | vscode.QuickPickItem[] | undefined;

/**
 * Replaces the window's dialogs, which the extension shares with this test module: records every
 * message, answers modal ones from `answers`, input boxes from `inputs`, and pickers from `picks`.
 */
class DialogStub {
  readonly shown: Shown[] = [];
  readonly inputBoxes: vscode.InputBoxOptions[] = [];
  readonly quickPicks: (readonly vscode.QuickPickItem[])[] = [];
  answers: (string | undefined)[] = [];
  inputs: (string | undefined)[] = [];
  picks: Pick[] = [];
  private readonly originals = {
    showInformationMessage: vscode.window.showInformationMessage,
    showWarningMessage: vscode.window.showWarningMessage,
    showErrorMessage: vscode.window.showErrorMessage,
    showInputBox: vscode.window.showInputBox,
    showQuickPick: vscode.window.showQuickPick,
  };

  install(): void {
    const window = vscode.window as unknown as Record<string, unknown>;
    const message = (kind: Shown['kind']) => (text: string, ...rest: unknown[]) => {
      const options = rest[0] && typeof rest[0] === 'object' && !('title' in (rest[0] as object)) ? (rest.shift() as vscode.MessageOptions) : undefined;
      const items = rest.map((item) => (typeof item === 'string' ? item : (item as vscode.MessageItem).title));
      this.shown.push({ kind, message: text, detail: options?.detail, modal: options?.modal === true, items });
      return Promise.resolve(options?.modal ? this.answers.shift() : undefined);
    };
    window.showInformationMessage = message('info');
    window.showWarningMessage = message('warning');
    window.showErrorMessage = message('error');
    window.showInputBox = (options: vscode.InputBoxOptions = {}) => {
      this.inputBoxes.push(options);
      return Promise.resolve(this.inputs.shift());
    };
    window.showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => {
      const resolved = await items;
      this.quickPicks.push(resolved);
      return this.picks.shift()?.(resolved);
    };
    assert.equal(vscode.window.showWarningMessage, window.showWarningMessage, 'vscode.window cannot be stubbed in this host');
  }

  restore(): void {
    Object.assign(vscode.window as unknown as Record<string, unknown>, this.originals);
  }

  /** Messages shown since `from`, as text. */
  since(from: number): Shown[] {
    return this.shown.slice(from);
  }
}

// The extension's LogOutputChannel file: the host keeps it open, so on Linux /proc names it; elsewhere
// it lies under the host's logs folder, which the launchers put next to the workspace copy.
function logFile(): string | undefined {
  const isOurs = (path: string) => path.endsWith(`${'/'}Secret Hygiene.log`) && path.includes('secret-hygiene');
  try {
    for (const fd of readdirSync('/proc/self/fd')) {
      try {
        const target = readlinkSync(`/proc/self/fd/${fd}`);
        if (isOurs(target)) return target;
      } catch {
        // a descriptor closed while listing
      }
    }
  } catch {
    // no /proc
  }
  const walk = (dir: string, depth: number): string | undefined => {
    if (depth < 0) return undefined;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return undefined;
    }
    for (const name of names) {
      const path = joinPath(dir, name);
      if (isOurs(path)) return path;
      if (name !== 'workspace' && name !== 'node_modules' && statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
        const found = walk(path, depth - 1);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(dirname(workspaceRoot().fsPath), 8);
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

describe('key vault commands', function () {
  this.timeout(60_000);
  const ui = new DialogStub();
  const values: string[] = [];
  const names = new Set<string>();
  const backups = new Map<string, string | undefined>();

  /** A fresh fake value, remembered so the leak checks can look for it. */
  function fake(value: string): string {
    values.push(value);
    return value;
  }

  async function store(name: string, value: string): Promise<void> {
    names.add(name);
    const result = await vscode.commands.executeCommand<{ stored: boolean }>('secretHygiene.storeKey', { name, value, overwrite: true });
    assert.equal(result.stored, true, `storing ${name}`);
  }

  /** The value stored under `name`, read back through Reveal Key with its confirmation accepted. */
  async function revealed(name: string): Promise<string | undefined> {
    ui.answers = ['Reveal'];
    const before = ui.inputBoxes.length;
    const result = await vscode.commands.executeCommand<{ revealed: boolean }>('secretHygiene.revealKey', { name });
    return result.revealed ? ui.inputBoxes[before]?.value : undefined;
  }

  async function listed(): Promise<{ name: string; provider?: string; storedAt: number; injected: boolean }[]> {
    const result = await vscode.commands.executeCommand<{ keys: { name: string; provider?: string; storedAt: number; injected: boolean }[] }>('secretHygiene.listKeys', { quiet: true });
    return result.keys;
  }

  /** What a new integrated terminal's shell sees in `$name`, written to a file by the shell itself. */
  async function terminalSees(name: string): Promise<string> {
    const out = vscode.Uri.joinPath(workspaceRoot(), 'vault', `env-${Date.now()}-${Math.floor(Math.random() * 1e6)}.txt`);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(out, '..'));
    // Written beside and renamed, so the poll never reads a half-written file.
    const script = `printf '%s' "$${name}" > '${out.fsPath}.part' && mv '${out.fsPath}.part' '${out.fsPath}'`;
    const terminal = vscode.window.createTerminal({ name: 'Secret Hygiene vault test', shellPath: '/bin/sh', shellArgs: ['-c', script], hideFromUser: true });
    try {
      return await waitFor('the terminal to write its environment', () => readText(out).then((text) => text, () => undefined), 20_000);
    } finally {
      terminal.dispose();
      await vscode.workspace.fs.delete(out).then(undefined, () => undefined);
    }
  }

  before(async () => {
    reseed(5);
    await activate();
    await closeAll();
    ui.install();
    for (const file of ['.env', '.gitignore']) {
      const uri = vscode.Uri.joinPath(workspaceRoot(), file);
      backups.set(file, (await exists(uri)) ? await readText(uri) : undefined);
      await removeFile(file);
    }
  });

  after(async () => {
    try {
      await vscode.commands.executeCommand('secretHygiene.toggleTerminalInjection', { all: true, enable: false });
      for (const name of names) await vscode.commands.executeCommand('secretHygiene.deleteKey', { name, skipConfirmation: true });
    } finally {
      ui.restore();
      await closeAll();
      await removeFile('vault');
      for (const [file, content] of backups) {
        if (content === undefined) await removeFile(file);
        else await writeFile(file, content);
      }
    }
  });

  it('stores a key from the name and password boxes, and lists it with its provider and time but not its value', async () => {
    const value = fake(join('sk', '-proj-', randomString(charset.base64url, 64)));
    names.add('OPENAI_API_KEY');
    ui.inputs = ['OPENAI_API_KEY', value];
    const boxes = ui.inputBoxes.length;
    const result = await vscode.commands.executeCommand<{ stored: boolean; provider?: string; mismatch?: string }>('secretHygiene.storeKey');
    assert.deepEqual({ ...result }, { stored: true, name: 'OPENAI_API_KEY', provider: 'OpenAI', mismatch: undefined });
    const [nameBox, valueBox] = ui.inputBoxes.slice(boxes);
    assert.notEqual(nameBox.password, true);
    assert.equal(nameBox.validateInput?.('1BAD-NAME') !== undefined, true, 'the name box rejects a name that is not an env var name');
    assert.equal(valueBox.password, true, 'the value box masks what is typed');

    const picks = ui.quickPicks.length;
    ui.picks = [() => undefined];
    const listing = await vscode.commands.executeCommand<{ keys: { name: string }[] }>('secretHygiene.listKeys');
    assert.ok(listing.keys.some((key) => key.name === 'OPENAI_API_KEY'));
    const items = ui.quickPicks[picks];
    const item = items.find((i) => i.label.includes('OPENAI_API_KEY'));
    assert.ok(item, 'the picker lists the key');
    assert.equal(item.description, 'OpenAI');
    assert.match(item.detail ?? '', /^stored /);
    for (const i of items) assert.ok(![i.label, i.description, i.detail].join(' ').includes(value.slice(4)), 'the picker shows a value');
  });

  it('rejects a name that is not an environment variable name', async () => {
    const from = ui.shown.length;
    const result = await vscode.commands.executeCommand<{ stored: boolean }>('secretHygiene.storeKey', { name: '9-lives', value: fake(randomString(charset.alnum, 24)) });
    assert.equal(result.stored, false);
    assert.ok(ui.since(from).some((s) => s.kind === 'error' && s.message.includes('9-lives')));
  });

  it('asks before replacing a stored key, and keeps the old value when the answer is no', async () => {
    const first = fake(randomString(charset.alnum, 32));
    const second = fake(randomString(charset.alnum, 32));
    await store('VAULT_OVERWRITE', first);
    const from = ui.shown.length;
    ui.answers = [undefined];
    const declined = await vscode.commands.executeCommand<{ stored: boolean }>('secretHygiene.storeKey', { name: 'VAULT_OVERWRITE', value: second });
    assert.equal(declined.stored, false);
    const question = ui.since(from).find((s) => s.modal);
    assert.ok(question && /VAULT_OVERWRITE is already stored/.test(question.message), 'a modal confirmation was shown');
    assert.equal(await revealed('VAULT_OVERWRITE'), first);

    ui.answers = ['Replace'];
    const accepted = await vscode.commands.executeCommand<{ stored: boolean }>('secretHygiene.storeKey', { name: 'VAULT_OVERWRITE', value: second });
    assert.equal(accepted.stored, true);
    assert.equal(await revealed('VAULT_OVERWRITE'), second);
  });

  it('warns without blocking when the value is not in the named provider format', async () => {
    const github = fake(checksummedToken(join('gh', 'p_')));
    names.add('ANTHROPIC_API_KEY');
    const from = ui.shown.length;
    const result = await vscode.commands.executeCommand<{ stored: boolean; provider?: string; mismatch?: string }>('secretHygiene.storeKey', { name: 'ANTHROPIC_API_KEY', value: github, overwrite: true });
    assert.equal(result.stored, true, 'the warning does not block storing');
    assert.equal(result.provider, 'GitHub');
    assert.match(result.mismatch ?? '', /GitHub.*Anthropic/);
    const warning = ui.since(from).find((s) => s.kind === 'warning');
    assert.ok(warning && !warning.modal && /ANTHROPIC_API_KEY/.test(warning.message) && /Anthropic/.test(warning.message), JSON.stringify(ui.since(from)));
  });

  it('renames, copies to the clipboard, reveals only after confirmation, and deletes only after confirmation', async () => {
    const value = fake(randomString(charset.alnum, 40));
    await store('VAULT_ORIGINAL', value);

    const renamed = await vscode.commands.executeCommand<{ renamed: boolean }>('secretHygiene.renameKey', { name: 'VAULT_ORIGINAL', newName: 'VAULT_RENAMED' });
    names.add('VAULT_RENAMED');
    assert.equal(renamed.renamed, true);
    const keys = (await listed()).map((key) => key.name);
    assert.ok(keys.includes('VAULT_RENAMED') && !keys.includes('VAULT_ORIGINAL'), keys.join(', '));

    let from = ui.shown.length;
    const copied = await vscode.commands.executeCommand<{ copied: boolean }>('secretHygiene.copyKey', { name: 'VAULT_RENAMED' });
    assert.equal(copied.copied, true);
    assert.equal(await vscode.env.clipboard.readText(), value);
    assert.ok(ui.since(from).some((s) => s.kind === 'info' && /copied VAULT_RENAMED to the clipboard/.test(s.message)));
    await vscode.env.clipboard.writeText('');

    from = ui.shown.length;
    const boxes = ui.inputBoxes.length;
    ui.answers = [undefined];
    const refused = await vscode.commands.executeCommand<{ revealed: boolean }>('secretHygiene.revealKey', { name: 'VAULT_RENAMED' });
    assert.equal(refused.revealed, false);
    assert.equal(ui.inputBoxes.length, boxes, 'nothing was shown without confirmation');
    assert.ok(ui.since(from).some((s) => s.modal && /Reveal VAULT_RENAMED/.test(s.message)));
    assert.equal(await revealed('VAULT_RENAMED'), value);

    ui.answers = [undefined];
    const kept = await vscode.commands.executeCommand<{ deleted: boolean }>('secretHygiene.deleteKey', { name: 'VAULT_RENAMED' });
    assert.equal(kept.deleted, false);
    assert.ok((await listed()).some((key) => key.name === 'VAULT_RENAMED'));
    ui.answers = ['Delete'];
    const deleted = await vscode.commands.executeCommand<{ deleted: boolean }>('secretHygiene.deleteKey', { name: 'VAULT_RENAMED' });
    assert.equal(deleted.deleted, true);
    assert.ok(!(await listed()).some((key) => key.name === 'VAULT_RENAMED'));
  });

  it('empties the clipboard after the configured time, unless something else was copied since', async () => {
    const settings = vscode.workspace.getConfiguration('secretHygiene');
    await settings.update('clipboardClearSeconds', 1, vscode.ConfigurationTarget.Global);
    try {
      const value = fake(randomString(charset.alnum, 40));
      await store('VAULT_CLIPBOARD', value);
      const from = ui.shown.length;
      const copied = await vscode.commands.executeCommand<{ copied: boolean; clearsInSeconds?: number }>('secretHygiene.copyKey', { name: 'VAULT_CLIPBOARD' });
      assert.deepEqual([copied.copied, copied.clearsInSeconds], [true, 1]);
      assert.equal(await vscode.env.clipboard.readText(), value);
      assert.ok(ui.since(from).some((s) => s.kind === 'info' && /cleared in 1 s\./.test(s.message)));
      await waitFor('the clipboard to be emptied', async () => ((await vscode.env.clipboard.readText()) === '' ? true : undefined), 5000);

      await vscode.commands.executeCommand('secretHygiene.copyKey', { name: 'VAULT_CLIPBOARD' });
      await vscode.env.clipboard.writeText('copied by the user since');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(await vscode.env.clipboard.readText(), 'copied by the user since');
    } finally {
      await settings.update('clipboardClearSeconds', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('imports a .env into the vault and deletes the imported lines, multi-line values included, when confirmed', async () => {
    const a = fake(randomString(charset.alnum, 30));
    const b = fake(`${randomString(charset.alnum, 12)} #${randomString(charset.alnum, 12)}`);
    const multi = fake(`${randomString(charset.alnum, 20)}\n${randomString(charset.alnum, 20)}`);
    const other = fake(randomString(charset.alnum, 30));
    const [head, tail] = multi.split('\n');
    const text = `# service settings\nIMPORT_A=${a}\nexport IMPORT_B="${b}"\nIMPORT_MULTI="${head}\n${tail}"\nEMPTY_ONE=\nIMPORT_OTHER=${other}\nPORT=8080\n`;
    const uri = await writeFile('vault/import/.env', text);
    for (const name of ['IMPORT_A', 'IMPORT_B', 'IMPORT_MULTI']) names.add(name);

    ui.answers = ['Delete Lines'];
    const result = await vscode.commands.executeCommand<{ imported: string[]; skipped: string[]; removed: string[] }>('secretHygiene.importEnvFile', {
      uri,
      names: ['IMPORT_A', 'IMPORT_B', 'IMPORT_MULTI'],
    });
    assert.deepEqual([...result.imported].sort(), ['IMPORT_A', 'IMPORT_B', 'IMPORT_MULTI']);
    assert.deepEqual([...result.removed].sort(), ['IMPORT_A', 'IMPORT_B', 'IMPORT_MULTI']);
    assert.ok(result.skipped.includes('IMPORT_OTHER') && result.skipped.includes('EMPTY_ONE'));
    assert.equal(await revealed('IMPORT_A'), a);
    assert.equal(await revealed('IMPORT_B'), b);
    assert.equal(await revealed('IMPORT_MULTI'), multi);
    assert.equal(await readText(uri), `# service settings\nEMPTY_ONE=\nIMPORT_OTHER=${other}\nPORT=8080\n`);
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.isDirty ?? false, false, 'the .env is saved');
  });

  it('writes a stored key to the folder .env, git-ignores it, and never replaces a different value', async () => {
    const value = fake(`${randomString(charset.alnum, 16)} #$${randomString(charset.alnum, 8)}'`);
    await store('VAULT_TO_ENV', value);
    await writeFile('.gitignore', 'node_modules/\n');
    const env = vscode.Uri.joinPath(workspaceRoot(), '.env');

    const written = await vscode.commands.executeCommand<{ status: string; gitignoreUpdated: boolean }>('secretHygiene.writeKeyToEnv', { name: 'VAULT_TO_ENV', folder: workspaceRoot() });
    assert.equal(written.status, 'written');
    assert.equal(written.gitignoreUpdated, true);
    assert.equal(parse(await readText(env)).VAULT_TO_ENV, value, 'dotenv reads back the exact value');
    assert.equal(await readText(vscode.Uri.joinPath(workspaceRoot(), '.gitignore')), 'node_modules/\n.env\n');

    const again = await vscode.commands.executeCommand<{ status: string; gitignoreUpdated: boolean }>('secretHygiene.writeKeyToEnv', { name: 'VAULT_TO_ENV', folder: workspaceRoot() });
    assert.deepEqual([again.status, again.gitignoreUpdated], ['unchanged', false]);

    await store('VAULT_TO_ENV', fake(randomString(charset.alnum, 32)));
    const from = ui.shown.length;
    const conflict = await vscode.commands.executeCommand<{ status: string }>('secretHygiene.writeKeyToEnv', { name: 'VAULT_TO_ENV', folder: workspaceRoot() });
    assert.equal(conflict.status, 'conflict');
    assert.equal(parse(await readText(env)).VAULT_TO_ENV, value, 'the different value in .env is kept');
    assert.ok(ui.since(from).some((s) => s.kind === 'warning' && /different value/.test(s.message)));
  });

  it('gives the chosen key to new integrated terminals, and stops when injection is turned off', async () => {
    const value = fake(randomString(charset.alnum, 36));
    await store('VAULT_TERMINAL', value);

    ui.picks = [(items) => items.filter((item) => item.label.includes('VAULT_TERMINAL'))];
    const chosen = await vscode.commands.executeCommand<{ all: boolean; injected: string[] }>('secretHygiene.toggleTerminalInjection');
    assert.deepEqual({ ...chosen, lost: undefined }, { all: false, injected: ['VAULT_TERMINAL'], lost: undefined });
    assert.equal(await terminalSees('VAULT_TERMINAL'), value);

    const off = await vscode.commands.executeCommand<{ injected: string[] }>('secretHygiene.toggleTerminalInjection', { names: ['VAULT_TERMINAL'] });
    assert.deepEqual(off.injected, []);
    assert.equal(await terminalSees('VAULT_TERMINAL'), '');

    const all = await vscode.commands.executeCommand<{ all: boolean; injected: string[] }>('secretHygiene.toggleTerminalInjection', { all: true, enable: true });
    assert.equal(all.all, true);
    assert.ok(all.injected.includes('VAULT_TERMINAL'));
    const later = fake(randomString(charset.alnum, 36));
    await store('VAULT_TERMINAL_LATER', later);
    assert.equal(await terminalSees('VAULT_TERMINAL_LATER'), later, 'a key stored after choosing "all" is injected too');

    await vscode.commands.executeCommand('secretHygiene.toggleTerminalInjection', { all: true, enable: false });
    assert.equal(await terminalSees('VAULT_TERMINAL'), '');
  });

  it('never shows a value in a notification, a dialog or the output channel', async () => {
    assert.ok(values.length >= 10 && ui.shown.length > 0);
    const leaks = (text: string) => values.filter((value) => text.includes(value) || text.includes(value.slice(4)));
    for (const shown of ui.shown) {
      const text = [shown.message, shown.detail ?? '', ...shown.items].join('\n');
      assert.deepEqual(leaks(text), [], `${shown.kind} message holds a value: ${shown.message}`);
    }
    const file = await waitFor('the extension log file', () => logFile());
    const log = await waitFor('the vault lines in the log', () => {
      const text = readFileSync(file, 'utf8');
      return text.includes('vault: stored VAULT_TERMINAL_LATER') ? text : undefined;
    });
    assert.deepEqual(leaks(log), [], 'the output channel holds a value');
  });
});
