// As-you-type diagnostics in the real extension host: ranges, messages, live config, untitled and .env files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { charset, checksummedToken, join, randomString, reseed } from '../unit/support/fake';
import { activate, closeAll, diagnosticsWhen, ours, removeFile, writeFile } from './support/host';

function githubToken(): string {
  return checksummedToken(join('gh', 'p_'));
}

describe('diagnostics', function () {
  this.timeout(30_000);
  before(async () => {
    reseed(2026);
    await activate();
  });
  afterEach(async () => {
    await closeAll();
    await vscode.workspace.getConfiguration('secretHygiene').update('severity.high', undefined, vscode.ConfigurationTarget.Workspace);
    await removeFile('.secret-hygiene.json');
    await removeFile('.gitignore');
    await removeFile('.env');
    for (const folder of ['deploy', 'config']) await removeFile(folder);
    for (const file of ['src/picked.ts', 'src/elsewhere.txt']) await removeFile(file);
  });

  it('lists its own findings alone (Show Findings, the status bar\'s command) and opens the picked one with the secret selected', async () => {
    const token = githubToken();
    const uri = await writeFile('src/picked.ts', `const unused = 1;\nconst githubToken = "${token}";\n`);
    await vscode.window.showTextDocument(uri);
    const [diagnostic] = await diagnosticsWhen(uri, (d) => d.length === 1, 'a diagnostic on the GitHub token');
    // Another extension's problem in the same file stays out of the list.
    const other = vscode.languages.createDiagnosticCollection('another-linter');
    other.set(uri, [new vscode.Diagnostic(new vscode.Range(0, 6, 0, 12), 'unused variable', vscode.DiagnosticSeverity.Warning)]);
    await vscode.window.showTextDocument(await writeFile('src/elsewhere.txt', 'nothing to see\n'));
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = vscode.window.showQuickPick;
    let shown: readonly vscode.QuickPickItem[] = [];
    window.showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => {
      shown = await items;
      return shown.find((item) => item.description === 'src/picked.ts:2');
    };
    try {
      await vscode.commands.executeCommand('secretHygiene.showFindings');
    } finally {
      window.showQuickPick = original;
      other.dispose();
    }
    const labels = shown.map((item) => item.label);
    assert.ok(labels.some((label) => /GitHub/.test(label)), labels.join('\n'));
    assert.ok(!labels.some((label) => label.includes('unused variable')), 'another source\'s problem is listed');
    assert.ok(!labels.some((label) => label.includes(token)), 'a label shows the whole token');
    assert.ok(labels.some((label) => /Problems view/.test(label)), 'no way on to the Problems view');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.ok(editor.selection.isEqual(diagnostic.range), 'the secret is not selected');
  });

  it('underlines a generated key at its exact range with a redacted message', async () => {
    const token = githubToken();
    const uri = await writeFile('src/app.ts', `// client\nconst githubToken = "${token}";\n`);
    await vscode.window.showTextDocument(uri);
    const [diagnostic] = await diagnosticsWhen(uri, (d) => d.length === 1, 'a diagnostic on the GitHub token');
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character], [1, 21, 21 + token.length]);
    assert.equal(diagnostic.source, 'Secret Hygiene');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.match(code.value, /^github-/);
    assert.match(code.target.toString(), new RegExp(`RULES\\.md#${code.value}$`));
    assert.match(diagnostic.message, /GitHub/);
    assert.ok(diagnostic.message.includes(`${token.slice(0, 4)}…`));
    assert.ok(!diagnostic.message.includes(token.slice(4, 12)), 'the message shows more than 4 characters');
    assert.ok(!diagnostic.message.includes('\n'));
  });

  it('clears the diagnostic when the key is deleted, and shows it again when it is typed back', async () => {
    const token = githubToken();
    const uri = await writeFile('src/delete.py', `TOKEN = "${token}"\n`);
    const editor = await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (d) => d.length === 1, 'the initial diagnostic');
    const range = new vscode.Range(0, 9, 0, 9 + token.length);
    await editor.edit((edit) => edit.delete(range));
    await diagnosticsWhen(uri, (d) => d.length === 0, 'the diagnostic to clear');
    for (const chunk of token.match(/.{1,8}/g)!) {
      await editor.edit((edit) => edit.insert(editor.document.lineAt(0).range.end.translate(0, -1), chunk));
    }
    // While typing, a prefix may already look like a generic secret; wait for the whole key.
    const [again] = await diagnosticsWhen(uri, (d) => d.length === 1 && d[0].range.end.character - d[0].range.start.character === token.length, 'the diagnostic after retyping');
    assert.equal(editor.document.getText(again.range), token);
    assert.match((again.code as { value: string }).value, /^github-/);
  });

  it('scans untitled documents', async () => {
    const secret = randomString(charset.alnum, 32);
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: `import os\nclient_secret = "${secret}"\n` });
    await vscode.window.showTextDocument(doc);
    const [diagnostic] = await diagnosticsWhen(doc.uri, (d) => d.length === 1, 'a diagnostic in the untitled document');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(doc.getText(diagnostic.range), secret);
  });

  it('scans .env files, where bare values are literals', async () => {
    const secret = randomString(charset.alnum, 28);
    // Ignored, so the git-hygiene warning on un-ignored .env files stays out of this test.
    await writeFile('.gitignore', '.env\n');
    const uri = await writeFile('.env', `# local settings\nDB_PASSWORD=${secret}\nDEBUG=true\n`);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const [diagnostic] = await diagnosticsWhen(uri, (d) => d.length === 1, 'a diagnostic in .env');
    assert.equal(doc.getText(diagnostic.range), secret);
  });

  it('applies .secret-hygiene.json changes live: disabled rules and accepted fingerprints', async () => {
    const token = githubToken();
    const uri = await writeFile('src/config-change.js', `const gh = "${token}";\n`);
    await vscode.window.showTextDocument(uri);
    const [diagnostic] = await diagnosticsWhen(uri, (d) => d.length === 1, 'the initial diagnostic');
    const ruleId = (diagnostic.code as { value: string }).value;
    await writeFile('.secret-hygiene.json', JSON.stringify({ disabledRules: [ruleId] }));
    await diagnosticsWhen(uri, (d) => d.length === 0, 'the disabled rule to stop reporting');
    await writeFile('.secret-hygiene.json', JSON.stringify({}));
    await diagnosticsWhen(uri, (d) => d.length === 1, 'the rule to report again');
  });

  it('applies the repo config to the cells of a saved notebook', async () => {
    const secret = randomString(charset.alnum, 30) + '5t';
    const notebook = { cells: [{ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: [`service_api_key = "${secret}"`] }], metadata: {}, nbformat: 4, nbformat_minor: 5 };
    const uri = await writeFile('deploy/explore.ipynb', JSON.stringify(notebook));
    const cell = (await vscode.workspace.openNotebookDocument(uri)).cellAt(0).document;
    await diagnosticsWhen(cell.uri, (d) => d.length === 1, 'a diagnostic in the cell');
    await writeFile('.secret-hygiene.json', JSON.stringify({ disabledRules: ['generic-secret-assignment'] }));
    await diagnosticsWhen(cell.uri, (d) => d.length === 0, 'the disabled rule to stop reporting in the cell');
  });

  it('finds generated keys in the syntaxes of many languages and formats, at their exact range', async () => {
    const layouts: [string, (key: string) => string][] = [
      ['src/client.R', (k) => `library(httr)\nservice_token <- "${k}"\n`],
      ['src/Module1.vb', (k) => `Module Module1\n    Dim clientSecret As String = "${k}"\nEnd Module\n`],
      ['src/main.rs', (k) => `fn main() {\n    let api_token: &str = "${k}";\n}\n`],
      ['src/App.config', (k) => `<configuration>\n  <appSettings>\n    <add key="PaymentApiKey" value="${k}" />\n  </appSettings>\n</configuration>\n`],
      ['deploy/app.yaml', (k) => `spec:\n  containers:\n    - name: app\n      env:\n        - name: DB_PASSWORD\n          value: "${k}"\n`],
      ['deploy/task.json', (k) => `{\n  "environment": [\n    { "name": "AUTH_TOKEN", "value": "${k}" }\n  ]\n}\n`],
      ['config/app.properties', (k) => `payments.api.secret=${k}\n`],
      ['src/api.js', (k) => `fetch(url, { headers: { Authorization: 'Bearer ' + '${k}' } });\n`],
      ['scripts/connect.ps1', (k) => `$cred = ConvertTo-SecureString "${k}" -AsPlainText -Force\n`],
    ];
    for (const [path, render] of layouts) {
      const key = randomString(charset.alnum, 28) + '7q';
      const uri = await writeFile(path, render(key));
      const { document } = await vscode.window.showTextDocument(uri);
      const [diagnostic] = await diagnosticsWhen(uri, (d) => d.length === 1, `a diagnostic in ${path}`);
      assert.equal(document.getText(diagnostic.range), key, path);
      assert.ok(!diagnostic.message.includes(key.slice(4)), 'the message shows the key');
    }
  });

  it('scans notebook cells', async () => {
    const secret = randomString(charset.alnum, 30);
    const data = new vscode.NotebookData([
      new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, '# Setup', 'markdown'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, `import os\nservice_api_key = "${secret}"`, 'python'),
    ]);
    const notebook = await vscode.workspace.openNotebookDocument('jupyter-notebook', data);
    const cell = notebook.cellAt(1).document;
    const [diagnostic] = await diagnosticsWhen(cell.uri, (d) => d.length === 1, 'a diagnostic in the notebook cell');
    assert.equal(cell.getText(diagnostic.range), secret);
  });

  it('says in one hint, rather than silently, that an oversized file was not scanned', async () => {
    const settings = vscode.workspace.getConfiguration('secretHygiene');
    await settings.update('maxFileSizeKB', 1, vscode.ConfigurationTarget.Workspace);
    try {
      const uri = await writeFile('src/big.js', `const token = "${githubToken()}";\n${'// filler\n'.repeat(300)}`);
      await vscode.window.showTextDocument(uri);
      const [notice] = await diagnosticsWhen(uri, (d) => d.length === 1, 'the size notice');
      assert.equal(notice.severity, vscode.DiagnosticSeverity.Hint);
      assert.match(notice.message, /did not scan this file: it is \d+ KB, over secretHygiene\.maxFileSizeKB \(1 KB\)/);
    } finally {
      await settings.update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('follows the severity settings', async () => {
    const uri = await writeFile('src/severity.ts', `const t = "${githubToken()}";\n`);
    await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Warning, 'a warning');
    await vscode.workspace.getConfiguration('secretHygiene').update('severity.high', 'error', vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(uri, (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Error, 'an error after the setting changed');
  });

  it('explains a finding in a hover without showing the value', async () => {
    const token = githubToken();
    const uri = await writeFile('src/hover.ts', `export const key = "${token}";\n`);
    await vscode.window.showTextDocument(uri);
    const [diagnostic] = await diagnosticsWhen(uri, (d) => d.length === 1, 'the diagnostic');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, diagnostic.range.start.translate(0, 5));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /GitHub/);
    assert.match(text, /Move to \.env/);
    assert.ok(!text.includes(token.slice(4, 12)), 'the hover shows the value');
  });

  it('keeps up with typing in a 10,000-line file', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `const value${i} = compute(${i}); // filler line`);
    const early = githubToken();
    lines[100] = `const early = "${early}";`;
    const uri = await writeFile('src/large.ts', lines.join('\n'));
    const editor = await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (d) => d.length === 1, 'the early key');
    const typed = githubToken();
    // Insert a line above the early key, then type a key into line 5,000 one chunk at a time.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '// inserted\n'));
    const line = 5_001;
    await editor.edit((edit) => edit.insert(editor.document.lineAt(line).range.end, ' const typed = "'));
    for (const chunk of `${typed}";`.match(/.{1,4}/g)!) {
      await editor.edit((edit) => edit.insert(editor.document.lineAt(line).range.end, chunk));
    }
    const found = await diagnosticsWhen(uri, (d) => d.length === 2, 'both keys');
    assert.deepEqual(found.map((d) => d.range.start.line).sort((a, b) => a - b), [101, line]);
    assert.equal(editor.document.getText(found.find((d) => d.range.start.line === line)!.range), typed);
  });

  it('never publishes a version that a later edit superseded while debouncing', async () => {
    const settings = vscode.workspace.getConfiguration('secretHygiene');
    await settings.update('debounceMs', 1500, vscode.ConfigurationTarget.Workspace);
    try {
      const uri = await writeFile('src/race.ts', 'const a = 1;\n');
      const editor = await vscode.window.showTextDocument(uri);
      await diagnosticsWhen(uri, (d) => d.length === 0, 'a clean start');
      const published: number[][] = [];
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === uri.toString())) published.push(ours(uri).map((d) => d.range.start.line));
      });
      const first = githubToken();
      const last = githubToken();
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), `const t = "${first}";\n`));
      await editor.edit((edit) => edit.delete(editor.document.lineAt(0).rangeIncludingLineBreak));
      await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), `const u = "${last}";\n`));
      const [diagnostic] = await diagnosticsWhen(uri, (d) => d.length === 1, 'the last version');
      sub.dispose();
      assert.equal(editor.document.getText(diagnostic.range), last);
      assert.deepEqual(published.filter((lines) => lines.includes(0)), [], 'a diagnostic for the superseded first version was published');
    } finally {
      await settings.update('debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
