// Quick fixes in the real extension host: the preferred "Move to .env" applied through
// executeCodeActionProvider + workspace.applyEdit, then the files checked on disk.
import * as assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as pathJoin } from 'node:path';
import * as dotenv from 'dotenv';
import ignore from 'ignore';
import * as vscode from 'vscode';
import { charset, checksummedToken, join, randomString, reseed } from '../unit/support/fake';
import { actionsFor, apply, disk, preferred } from './support/fixes';
import { activate, closeAll, diagnosticsWhen, removeFile, waitFor, workspaceRoot, writeFile } from './support/host';

interface LanguageCase {
  readonly name: string;
  readonly path: string;
  readonly source: (token: string) => string;
  /** What the code must read afterwards, with NAME standing for the variable. */
  readonly read: string;
}

const LANGUAGES: readonly LanguageCase[] = [
  { name: 'JavaScript', path: 'app/index.js', source: (t) => `const githubToken = "${t}";\n`, read: 'process.env.NAME' },
  { name: 'TypeScript', path: 'app/client.ts', source: (t) => `export const githubToken: string = '${t}';\n`, read: 'process.env.NAME' },
  { name: 'TSX template literal', path: 'app/view.tsx', source: (t) => 'const githubToken = `' + t + '`;\n', read: 'process.env.NAME' },
  { name: 'Python', path: 'app/main.py', source: (t) => `"""Service."""\nfrom __future__ import annotations\n\ngithub_token = "${t}"\n`, read: 'os.environ["NAME"]' },
  { name: 'Go', path: 'app/main.go', source: (t) => `package main\n\nimport "fmt"\n\nvar githubToken = "${t}"\n\nfunc main() { fmt.Println(githubToken) }\n`, read: 'os.Getenv("NAME")' },
  { name: 'Java', path: 'app/Main.java', source: (t) => `class Main {\n  static final String GITHUB_TOKEN = "${t}";\n}\n`, read: 'System.getenv("NAME")' },
  { name: 'Kotlin', path: 'app/Main.kt', source: (t) => `val githubToken = "${t}"\n`, read: 'System.getenv("NAME")' },
  { name: 'C#', path: 'app/Program.cs', source: (t) => `class Program {\n  const string Unused = "";\n  static string githubToken = "${t}";\n}\n`, read: 'Environment.GetEnvironmentVariable("NAME")' },
  { name: 'Ruby', path: 'app/client.rb', source: (t) => `GITHUB_TOKEN = "${t}"\n`, read: 'ENV.fetch("NAME")' },
  { name: 'PHP', path: 'app/index.php', source: (t) => `<?php\n$githubToken = '${t}';\n`, read: "getenv('NAME')" },
  { name: 'Rust', path: 'app/main.rs', source: (t) => `fn main() {\n    let github_token = "${t}";\n    println!("{}", github_token);\n}\n`, read: 'std::env::var("NAME")' },
  { name: 'Swift', path: 'app/main.swift', source: (t) => `let githubToken = "${t}"\n`, read: 'ProcessInfo.processInfo.environment["NAME"]' },
  { name: 'Dart', path: 'app/main.dart', source: (t) => `void main() {\n  final githubToken = '${t}';\n}\n`, read: "Platform.environment['NAME']" },
  { name: 'Clojure', path: 'app/core.clj', source: (t) => `(ns app.core)\n\n(def github-token "${t}")\n`, read: '(System/getenv "NAME")' },
  { name: 'F#', path: 'app/Program.fs', source: (t) => `module Program\n\nlet githubToken = "${t}"\n`, read: 'System.Environment.GetEnvironmentVariable("NAME")' },
  { name: 'Julia', path: 'app/main.jl', source: (t) => `github_token = "${t}"\n`, read: 'ENV["NAME"]' },
  { name: 'Erlang', path: 'app/client.erl', source: (t) => `-module(client).\n-export([token/0]).\n\ntoken() -> "${t}".\n`, read: 'os:getenv("NAME")' },
  { name: 'Shell', path: 'app/deploy.sh', source: (t) => `#!/bin/sh\nGITHUB_TOKEN="${t}"\n`, read: '${NAME}' },
  { name: 'PowerShell', path: 'app/deploy.ps1', source: (t) => `$githubToken = "${t}"\n`, read: '$env:NAME' },
  { name: 'YAML', path: 'app/config.yaml', source: (t) => `github:\n  token: ${t}\n`, read: '${NAME}' },
  { name: 'CoffeeScript', path: 'app/main.coffee', source: (t) => `# client\ngithubToken = "${t}"\n`, read: 'process.env.NAME' },
  { name: 'Objective-C', path: 'app/main.m', source: (t) => `#import <Foundation/Foundation.h>\n\nint main(void) {\n  NSString *githubToken = @"${t}";\n  return 0;\n}\n`, read: '@(getenv("NAME"))' },
  { name: 'R', path: 'app/client.R', source: (t) => `github_token <- "${t}"\n`, read: 'Sys.getenv("NAME")' },
  { name: 'Visual Basic', path: 'app/Module1.vb', source: (t) => `Module Module1\n    Dim githubToken As String = "${t}"\nEnd Module\n`, read: 'Environment.GetEnvironmentVariable("NAME")' },
  { name: 'Kubernetes manifest', path: 'app/pod.yaml', source: (t) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n    - name: app\n      env:\n        - name: GITHUB_TOKEN\n          value: "${t}"\n`, read: 'secretKeyRef:\n              name: api-env\n              key: NAME' },
  { name: 'Kubernetes env list', path: 'app/deploy.yaml', source: (t) => `env:\n  - name: GITHUB_TOKEN\n    value: "${t}"\n`, read: '${NAME}' },
];

describe('quick fixes', function () {
  this.timeout(60_000);
  before(async () => {
    reseed(4040);
    await activate();
  });
  afterEach(async () => {
    await closeAll();
    for (const path of ['app', '.env', '.env.example', '.gitignore', '.secret-hygiene.json', 'nested']) await removeFile(path);
  });

  for (const language of LANGUAGES) {
    it(`moves a key to .env and reads the environment instead: ${language.name}`, async () => {
      const token = checksummedToken(join('gh', 'p_'));
      const uri = await writeFile(language.path, language.source(token));
      const action = preferred(await actionsFor(uri));
      const name = /as ([A-Z_][A-Z0-9_]*)$/.exec(action.title)?.[1];
      assert.ok(name, `title names the variable: ${action.title}`);
      await apply(action);
      const env = dotenv.parse((await disk('.env')) ?? '');
      assert.equal(env[name], token, '.env parses back to the value');
      assert.ok(ignore().add((await disk('.gitignore')) ?? '').ignores('.env'), '.gitignore covers .env');
      const code = (await disk(language.path)) ?? '';
      assert.ok(!code.includes(token), 'the code still holds the key');
      assert.ok(code.includes(language.read.replace('NAME', name)), `expected ${language.read.replace('NAME', name)} in:\n${code}`);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      assert.equal(doc?.isDirty ?? false, false, 'the code file was saved');
    });
  }

  it('moves a key in a cell of a saved notebook to .env', async () => {
    const token = checksummedToken(join('gh', 'p_'));
    const cell = (source: string) => ({ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: [source] });
    const notebook = { cells: [cell('import requests'), cell(`github_token = "${token}"`)], metadata: {}, nbformat: 4, nbformat_minor: 5 };
    const uri = await writeFile('app/explore.ipynb', JSON.stringify(notebook, null, 1));
    const document = await vscode.workspace.openNotebookDocument(uri);
    await vscode.window.showNotebookDocument(document);
    const cellUri = document.cellAt(1).document.uri;
    const [diagnostic] = await diagnosticsWhen(cellUri, (d) => d.length === 1, 'a diagnostic in the cell');
    const actions = await waitFor('code actions', () =>
      Promise.resolve(vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', cellUri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)).then(
        (list) => (list.some((a) => a.isPreferred) ? list : undefined),
        () => undefined,
      ),
    );
    const action = preferred(actions);
    assert.match(action.title, /as GITHUB_TOKEN$/);
    await apply(action);
    assert.equal(dotenv.parse((await disk('.env')) ?? '').GITHUB_TOKEN, token);
    const cellText = document.cellAt(1).document.getText();
    assert.ok(!cellText.includes(token), 'the cell still holds the key');
    assert.match(cellText, /os\.environ\["GITHUB_TOKEN"\]/);
    const saved = (await disk('app/explore.ipynb')) ?? '';
    assert.ok(!saved.includes(token) && saved.includes('GITHUB_TOKEN'), 'the notebook on disk was saved without the key');
  });

  it('moves a Terraform variable default to TF_VAR_<name> in .env and drops the default', async () => {
    const password = randomString(charset.alnum, 24) + '4k';
    const source = `variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "${password}"\n}\n`;
    const uri = await writeFile('app/variables.tf', source);
    const action = preferred(await actionsFor(uri));
    assert.match(action.title, /as TF_VAR_db_password$/);
    await apply(action);
    assert.equal(dotenv.parse((await disk('.env')) ?? '').TF_VAR_db_password, password);
    assert.equal(await disk('app/variables.tf'), 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n');
  });

  it('reads a Terraform provider attribute from a new sensitive variable, declared only where the module lacks it', async () => {
    const alone = checksummedToken(join('gh', 'p_'));
    const aloneUri = await writeFile('app/alone/main.tf', `provider "github" {\n  token = "${alone}"\n}\n`);
    const first = preferred(await actionsFor(aloneUri));
    assert.match(first.title, /as TF_VAR_github_token$/);
    await apply(first);
    assert.equal(dotenv.parse((await disk('.env')) ?? '').TF_VAR_github_token, alone);
    const declared = 'variable "github_token" {\n  type      = string\n  sensitive = true\n}\n';
    assert.equal(await disk('app/alone/main.tf'), `provider "github" {\n  token = var.github_token\n}\n\n${declared}`);

    // A sibling file of the same module declares the variable already: the fix reads it and declares nothing.
    await removeFile('.env');
    await writeFile('app/split/variables.tf', declared);
    const split = checksummedToken(join('gh', 'p_'));
    const splitUri = await writeFile('app/split/main.tf', `provider "github" {\n  owner = "acme"\n  token = "${split}"\n}\n`);
    const second = preferred(await actionsFor(splitUri));
    assert.match(second.title, /as TF_VAR_github_token$/);
    await apply(second);
    assert.equal(dotenv.parse((await disk('.env')) ?? '').TF_VAR_github_token, split);
    assert.equal(await disk('app/split/main.tf'), 'provider "github" {\n  owner = "acme"\n  token = var.github_token\n}\n');
  });

  it('moves an AWS key id and its secret, reported as one pair, to .env in one step', async () => {
    const id = join('AK', 'IA', randomString('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16));
    const secret = randomString(`${charset.alnum}/+`, 40);
    const uri = await writeFile('app/aws.py', `import boto3\n\naws_access_key_id = "${id}"\naws_secret_access_key = "${secret}"\n`);
    await vscode.window.showTextDocument(uri);
    const [diagnostic] = await diagnosticsWhen(uri, (d) => d.length === 1, 'one diagnostic for the pair');
    assert.equal((diagnostic.code as { value: string }).value, 'aws-access-key-pair');
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.end.line], [2, 3]);
    const action = preferred(await actionsFor(uri));
    assert.match(action.title, /as AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY$/);
    await apply(action);
    const env = dotenv.parse((await disk('.env')) ?? '');
    assert.deepEqual([env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY], [id, secret]);
    const code = (await disk('app/aws.py')) ?? '';
    assert.ok(code.includes('os.environ["AWS_ACCESS_KEY_ID"]') && code.includes('os.environ["AWS_SECRET_ACCESS_KEY"]'), code);
    assert.ok(!code.includes(id) && !code.includes(secret));
  });

  it('keeps an existing .env byte for byte, reuses an equal entry and never overwrites a different one', async () => {
    const token = checksummedToken(join('gh', 'p_'));
    const existing = '\uFEFF# local\r\nGITHUB_TOKEN=other-value\r\nDEBUG=1';
    await writeFile('.env', existing);
    await writeFile('.gitignore', 'node_modules/\n.env\n');
    const uri = await writeFile('app/a.js', `const githubToken = "${token}";\n`);
    const action = preferred(await actionsFor(uri));
    assert.match(action.title, /as GITHUB_TOKEN_2$/);
    await apply(action);
    const env = (await disk('.env')) ?? '';
    assert.ok(env.startsWith(existing), 'existing bytes changed');
    assert.equal(dotenv.parse(env).GITHUB_TOKEN_2, token);
    assert.equal(dotenv.parse(env).GITHUB_TOKEN, 'other-value');
    assert.equal(await disk('.gitignore'), 'node_modules/\n.env\n', '.gitignore was already covering .env');
    // The same value elsewhere reuses the name rather than adding a line.
    const second = await writeFile('app/b.js', `const githubToken = "${token}";\n`);
    const again = preferred(await actionsFor(second));
    assert.match(again.title, /as GITHUB_TOKEN_2$/);
    await apply(again);
    assert.equal(await disk('.env'), env);
  });

  it('adds NAME= to an existing .env.example, never the value', async () => {
    const token = checksummedToken(join('gh', 'p_'));
    await writeFile('.env.example', 'DEBUG=\n');
    const uri = await writeFile('app/example.py', `GITHUB_TOKEN = "${token}"\n`);
    await apply(preferred(await actionsFor(uri)));
    const example = (await disk('.env.example')) ?? '';
    assert.match(example, /^DEBUG=\nGITHUB_TOKEN=\n?$/);
  });

  it('refuses with a clear reason and changes nothing when .env is read-only', async () => {
    const token = checksummedToken(join('gh', 'p_'));
    const envUri = await writeFile('.env', 'DEBUG=1\n');
    chmodSync(envUri.fsPath, 0o444);
    try {
      const uri = await writeFile('app/ro.js', `const githubToken = "${token}";\n`);
      const action = preferred(await actionsFor(uri));
      assert.equal(action.edit, undefined, 'a refused fix must not carry an edit');
      const shown: string[] = [];
      const original = vscode.window.showErrorMessage;
      vscode.window.showErrorMessage = ((message: string) => { shown.push(message); return Promise.resolve(undefined); }) as typeof original;
      try {
        await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
      } finally {
        vscode.window.showErrorMessage = original;
      }
      assert.equal(shown.length, 1);
      assert.match(shown[0], /\.env is read-only: make it writable, then try again\. Nothing was changed\./);
      assert.ok(!shown[0].includes(token));
      assert.equal(await disk('.env'), 'DEBUG=1\n');
      assert.ok((await disk('app/ro.js'))?.includes(token));
    } finally {
      chmodSync(envUri.fsPath, 0o644);
    }
  });

  it('uses the nearest .env between the file and the workspace folder', async () => {
    const token = checksummedToken(join('gh', 'p_'));
    await writeFile('nested/service/.env', '# service settings\n');
    const uri = await writeFile('nested/service/src/app.js', `const githubToken = "${token}";\n`);
    const action = preferred(await actionsFor(uri));
    await apply(action);
    assert.equal(dotenv.parse((await disk('nested/service/.env')) ?? '').GITHUB_TOKEN, token);
    assert.equal(await disk('.env'), undefined, 'no root .env should be created');
    assert.ok(ignore().add((await disk('.gitignore')) ?? '').ignores('nested/service/.env'));
  });

  it('moves a key from an untitled file to the workspace .env, leaving the file to be named by its user', async () => {
    const token = checksummedToken(join('gh', 'p_'));
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: `github_token = "${token}"\n` });
    try {
      const action = preferred(await actionsFor(doc.uri));
      const name = /as ([A-Z_][A-Z0-9_]*)$/.exec(action.title)?.[1];
      assert.ok(name, `title names the variable: ${action.title}`);
      await apply(action);
      assert.equal(dotenv.parse((await disk('.env')) ?? '').GITHUB_TOKEN, token);
      assert.ok(ignore().add((await disk('.gitignore')) ?? '').ignores('.env'));
      assert.ok(doc.getText().includes(`os.environ["${name}"]`), doc.getText());
      assert.ok(!doc.getText().includes(token));
      assert.equal(doc.isUntitled, true, 'the untitled file was not saved under some name');
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('moves a key from an untitled file to Secret Storage without asking where to save the file', async () => {
    const token = checksummedToken(join('gh', 'p_'));
    const doc = await vscode.workspace.openTextDocument({ language: 'javascript', content: `const githubToken = "${token}";\n` });
    try {
      const action = (await actionsFor(doc.uri)).find((a) => a.title.startsWith('Move to Secret Storage as '));
      assert.ok(action?.command, 'a move-to-vault action');
      const name = action.title.slice('Move to Secret Storage as '.length);
      assert.equal(await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])), true);
      assert.ok(doc.getText().includes(`process.env.${name}`) && !doc.getText().includes(token), doc.getText());
      assert.equal(doc.isUntitled, true);
      await vscode.commands.executeCommand('secretHygiene.deleteKey', { name, skipConfirmation: true });
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('moves a key from a file outside every workspace folder to a .env beside it', async () => {
    const token = checksummedToken(join('gh', 'p_'));
    const outside = vscode.Uri.file(mkdtempSync(pathJoin(tmpdir(), 'sh-outside-')));
    try {
      const uri = vscode.Uri.joinPath(outside, 'tool.js');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`const githubToken = "${token}";\n`));
      const actions = await actionsFor(uri);
      assert.ok(!actions.some((a) => /baseline/i.test(a.title)), 'no baseline outside the workspace');
      await apply(preferred(actions));
      assert.equal(dotenv.parse((await disk('.env', outside)) ?? '').GITHUB_TOKEN, token);
      assert.ok(ignore().add((await disk('.gitignore', outside)) ?? '').ignores('.env'));
      assert.equal(await disk('.env'), undefined, 'nothing is written to the workspace folder');
      assert.ok((await disk('tool.js', outside))?.includes('process.env.GITHUB_TOKEN'));
    } finally {
      await closeAll();
      rmSync(outside.fsPath, { recursive: true, force: true });
    }
  });

  it('ignores a line with the directive in the file\'s comment syntax', async () => {
    const token = checksummedToken(join('gh', 'p_'));
    const uri = await writeFile('app/ignored.py', `GITHUB_TOKEN = "${token}"\n`);
    const action = (await actionsFor(uri)).find((a) => a.title.startsWith('Ignore on this line'));
    assert.ok(action);
    await apply(action);
    await diagnosticsWhen(uri, (d) => d.length === 0, 'the diagnostic to go');
    assert.match(vscode.window.activeTextEditor!.document.lineAt(0).text, /# secret-hygiene:allow/);
  });

  it('keeps a key in .env, which VS Code opens as properties, and comments in the syntax of a .toml it opens as plain text', async () => {
    await writeFile('.gitignore', '.env\n');
    const token = checksummedToken(join('gh', 'p_'));
    const envUri = await writeFile('.env', `GITHUB_TOKEN=${token}\n`);
    const envActions = await actionsFor(envUri);
    // Rewriting the value as a read of itself would lose it: the move explains instead, with no edit.
    assert.equal(preferred(envActions).edit, undefined, 'a move out of .env into .env must be refused');
    const ignoreEnv = envActions.find((a) => a.title.startsWith('Ignore on this line'));
    assert.ok(ignoreEnv);
    await apply(ignoreEnv);
    await diagnosticsWhen(envUri, (d) => d.length === 0, 'the .env diagnostic to go');
    const envText = vscode.window.activeTextEditor!.document.getText();
    assert.equal(envText, `# secret-hygiene:allow\nGITHUB_TOKEN=${token}\n`);
    assert.equal(dotenv.parse(envText).GITHUB_TOKEN, token);

    const tomlUri = await writeFile('app/config.toml', `[github]\ntoken = "${checksummedToken(join('gh', 'p_'))}"\n`);
    const ignoreToml = (await actionsFor(tomlUri)).find((a) => a.title.startsWith('Ignore on this line'));
    assert.ok(ignoreToml);
    await apply(ignoreToml);
    await diagnosticsWhen(tomlUri, (d) => d.length === 0, 'the .toml diagnostic to go');
    assert.match(vscode.window.activeTextEditor!.document.lineAt(1).text, /" # secret-hygiene:allow$/);
  });

  it('adds the fingerprint to the baseline and the finding goes away', async () => {
    const token = checksummedToken(join('gh', 'p_'));
    const uri = await writeFile('app/baseline.js', `const githubToken = "${token}";\n`);
    const action = (await actionsFor(uri)).find((a) => a.title.startsWith('Add to the baseline'));
    assert.ok(action);
    await apply(action);
    const config = JSON.parse((await disk('.secret-hygiene.json')) ?? '{}') as { allowedFingerprints: string[] };
    assert.equal(config.allowedFingerprints.length, 1);
    assert.match(config.allowedFingerprints[0], /^[0-9a-f]{64}$/);
    await diagnosticsWhen(uri, (d) => d.length === 0, 'the baselined finding to go');
  });

  it('moves a key to Secret Storage: the code reads the environment and new terminals get the key', async () => {
    const token = checksummedToken(join('gh', 'p_'));
    const uri = await writeFile('app/vault.py', `"""Client."""\ngithub_token = "${token}"\n`);
    const action = (await actionsFor(uri)).find((a) => a.title.startsWith('Move to Secret Storage as '));
    assert.ok(action?.command, 'a move-to-vault action');
    const name = action.title.slice('Move to Secret Storage as '.length);
    assert.ok(!JSON.stringify(action.command.arguments).includes(token), 'the action arguments carry the secret');
    assert.equal(await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])), true);
    const code = (await disk('app/vault.py')) ?? '';
    assert.ok(!code.includes(token), 'the code still holds the key');
    assert.ok(code.includes(`os.environ["${name}"]`) && code.includes('import os'), code);
    assert.equal(await disk('.env'), undefined, 'no .env should be written');
    const listed = await vscode.commands.executeCommand<{ keys: { name: string; injected: boolean }[] }>('secretHygiene.listKeys', { quiet: true });
    assert.deepEqual(listed.keys.filter((k) => k.name === name).map((k) => k.injected), [true]);
    await vscode.commands.executeCommand('secretHygiene.copyKey', { name });
    assert.equal(await vscode.env.clipboard.readText(), token, 'the vault holds the value');
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('secretHygiene.deleteKey', { name, skipConfirmation: true });
  });

  it('undoes the last move from the journal after the files were closed, restoring every file', async () => {
    const token = checksummedToken(join('gh', 'p_'));
    const source = `const githubToken = "${token}";\nmodule.exports = githubToken;\n`;
    await writeFile('.gitignore', 'dist/\n');
    await writeFile('.env', '# settings\nDEBUG=1\n');
    const uri = await writeFile('app/journal.js', source);
    await apply(preferred(await actionsFor(uri)));
    assert.ok(!(await disk('app/journal.js'))?.includes(token));
    await closeAll();
    await vscode.commands.executeCommand('secretHygiene.undoLastMove');
    assert.equal(await disk('app/journal.js'), source, 'the code has its literal back');
    assert.equal(await disk('.env'), '# settings\nDEBUG=1\n', '.env is back to its bytes');
    assert.equal(await disk('.gitignore'), 'dist/\n', '.gitignore is back to its bytes');
  });

  it('underlines each key of a list on one line and moves both with one edit', async () => {
    const [first, second] = [randomString(charset.alnum, 30) + '7q', randomString(charset.alnum, 30) + '4z'];
    const uri = await writeFile('app/rotation.py', `import os\n\nAPI_KEYS = ["${first}", "${second}"]\n`);
    await vscode.window.showTextDocument(uri);
    const found = await diagnosticsWhen(uri, (d) => d.length === 2, 'a diagnostic on each key of the list');
    const document = vscode.window.activeTextEditor!.document;
    assert.deepEqual(found.map((d) => document.getText(d.range)).sort(), [first, second].sort());
    const all = (await actionsFor(uri)).find((a) => a.title.startsWith('Move all 2 secrets'));
    assert.ok(all?.edit, 'a move-all action');
    await apply(all);
    const code = (await disk('app/rotation.py')) ?? '';
    assert.match(code, /^API_KEYS = \[os\.environ\["([A-Z_0-9]+)"\], os\.environ\["(?!\1")[A-Z_0-9]+"\]\]$/m);
    const env = dotenv.parse((await disk('.env')) ?? '');
    assert.ok(Object.values(env).includes(first) && Object.values(env).includes(second), '.env holds both keys');
  });

  it('underlines each key of a list written one per line, and one typed into it later', async () => {
    const [first, second, third] = [0, 1, 2].map((i) => randomString(charset.alnum, 30) + `${i}q`);
    const uri = await writeFile('app/signing.ts', `export const signingSecrets = [\n  "${first}",\n  '${second}',\n];\n`);
    const editor = await vscode.window.showTextDocument(uri);
    const texts = (d: readonly vscode.Diagnostic[]) => d.map((x) => editor.document.getText(x.range)).sort();
    await diagnosticsWhen(uri, (d) => d.length === 2, 'a diagnostic on each key of the list');
    await editor.edit((edit) => edit.insert(new vscode.Position(3, 0), `  "${third}",\n`));
    const found = await diagnosticsWhen(uri, (d) => d.length === 3, 'a diagnostic on the key typed into the list');
    assert.deepEqual(texts(found), [first, second, third].sort());
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('finds a bare key under a section named for its service, and moves it under the joined name', async () => {
    const key = randomString(charset.alnum, 30) + '8k';
    const uri = await writeFile('app/weather.yaml', `weather:\n  units: metric\n  key: ${key}\n`);
    await vscode.window.showTextDocument(uri);
    const [found] = await diagnosticsWhen(uri, (d) => d.length === 1, 'a diagnostic on the key');
    assert.equal(vscode.window.activeTextEditor!.document.getText(found.range), key);
    assert.ok(!found.message.includes(key), 'the message keeps the key hidden');
    const move = (await actionsFor(uri)).find((a) => a.isPreferred);
    assert.ok(move?.edit, 'a preferred move');
    await apply(move);
    assert.equal(await disk('app/weather.yaml'), 'weather:\n  units: metric\n  key: ${WEATHER_KEY}\n');
    assert.equal(dotenv.parse((await disk('.env')) ?? '').WEATHER_KEY, key);
  });

  it('warns of a password typed on a mysql command line and moves it to the variable mysql reads', async () => {
    const password = randomString(charset.alnum, 14) + '#5';
    const uri = await writeFile('scripts/backup.sh', `#!/bin/sh\nmysqldump -u backup -p${password} --all-databases > all.sql\n`);
    await vscode.window.showTextDocument(uri);
    const [found] = await diagnosticsWhen(uri, (d) => d.length === 1, 'a diagnostic on the password');
    assert.equal(vscode.window.activeTextEditor!.document.getText(found.range), password);
    assert.equal(found.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(typeof found.code === 'object' ? found.code.value : found.code, 'mysql-cli-password');
    assert.ok(!found.message.includes(password), 'the message keeps the password hidden');
    const move = preferred(await actionsFor(uri));
    assert.match(move.title, /as MYSQL_PWD$/);
    await apply(move);
    assert.equal(await disk('scripts/backup.sh'), '#!/bin/sh\nmysqldump -u backup -p"${MYSQL_PWD}" --all-databases > all.sql\n');
    assert.equal(dotenv.parse((await disk('.env')) ?? '').MYSQL_PWD, password);
  });

  it('warns of a JWT signing secret passed to jwt.sign and moves it to JWT_SECRET', async () => {
    const secret = randomString(charset.alnum, 30) + '6j';
    const uri = await writeFile('app/auth.js', `const jwt = require('jsonwebtoken');\nconst token = jwt.sign({ sub: 'u1' }, '${secret}', { expiresIn: '1h' });\n`);
    await vscode.window.showTextDocument(uri);
    const [found] = await diagnosticsWhen(uri, (d) => d.length === 1, 'a diagnostic on the signing secret');
    assert.equal(vscode.window.activeTextEditor!.document.getText(found.range), secret);
    assert.equal(typeof found.code === 'object' ? found.code.value : found.code, 'jwt-signing-secret');
    assert.ok(!found.message.includes(secret), 'the message keeps the secret hidden');
    await apply(preferred(await actionsFor(uri)));
    assert.equal(await disk('app/auth.js'), "const jwt = require('jsonwebtoken');\nconst token = jwt.sign({ sub: 'u1' }, process.env.JWT_SECRET, { expiresIn: '1h' });\n");
    assert.equal(dotenv.parse((await disk('.env')) ?? '').JWT_SECRET, secret);
  });

  it('warns of a Discord bot token that no name or call points to, found by its shape, and moves it to .env', async () => {
    const token = join('M', randomString(charset.base64url, 25), '.', randomString(charset.base64url, 6), '.', randomString(charset.base64url, 38));
    // Long enough for the scan to take its WebAssembly path in the editor's own runtime.
    const header = Array.from({ length: 40 }, (_, i) => `// bot ${i}: replies to commands in its channel`).join('\n');
    const uri = await writeFile('bots/registry.js', `${header}\nconst bots = [['helper', '${token}']];\nmodule.exports = bots;\n`);
    await vscode.window.showTextDocument(uri);
    const [found] = await diagnosticsWhen(uri, (d) => d.length === 1, 'a diagnostic on the token');
    assert.equal(vscode.window.activeTextEditor!.document.getText(found.range), token);
    assert.equal(typeof found.code === 'object' ? found.code.value : found.code, 'discord-bot-token-bare');
    assert.equal(found.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(found.message, /Discord/);
    assert.ok(!found.message.includes(token), 'the message keeps the token hidden');
    await apply(preferred(await actionsFor(uri)));
    assert.equal(await disk('bots/registry.js'), `${header}\nconst bots = [['helper', process.env.DISCORD_BOT_TOKEN]];\nmodule.exports = bots;\n`);
    assert.equal(dotenv.parse((await disk('.env')) ?? '').DISCORD_BOT_TOKEN, token);
  });

  it('moves every secret in a file with one edit, and one undo restores every file', async () => {

    const first = checksummedToken(join('gh', 'p_'));
    const second = checksummedToken(join('gh', 'o_'));
    const source = `const githubToken = "${first}";\nconst oauthToken = "${second}";\n`;
    const uri = await writeFile('app/all.js', source);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workspaceRoot(), '.gitignore'), new TextEncoder().encode('dist/\n'));
    const all = (await actionsFor(uri)).find((a) => a.title.startsWith('Move all 2 secrets'));
    assert.ok(all, 'a move-all action');
    assert.ok(all.edit);
    assert.equal(await vscode.workspace.applyEdit(all.edit), true);
    const doc = vscode.window.activeTextEditor!.document;
    assert.ok(!doc.getText().includes(first) && !doc.getText().includes(second));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), source, 'one undo restores the code');
    const gitignore = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/.gitignore'));
    assert.equal(gitignore?.getText() ?? 'dist/\n', 'dist/\n', 'one undo restores .gitignore too');
  });
});
