// Masking .env values in the real editor: hidden while the setting is on, shown on the cursor's lines, kept in
// step with edits, switched by the palette command, and never applied to files that are not env files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SecretHygieneApi } from '../../src/extension/extension';
import { alnum, b64, checksummedToken, join, reseed } from '../unit/support/fake';
import { EXTENSION_ID, activate, closeAll, removeFile, waitFor, writeFile } from './support/host';

const setting = () => vscode.workspace.getConfiguration('secretHygiene');
const api = (): SecretHygieneApi => vscode.extensions.getExtension<SecretHygieneApi>(EXTENSION_ID)!.exports;

// Ranges as `line:col-line:col`, so a failure says where, not what.
const where = (ranges: readonly vscode.Range[]) => ranges.map((r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`);

/** The range of `value` in `document`, found by its text. */
function rangeOf(document: vscode.TextDocument, value: string): vscode.Range {
  const start = document.getText().indexOf(value);
  assert.ok(start >= 0, 'the value is in the document');
  return new vscode.Range(document.positionAt(start), document.positionAt(start + value.length));
}

/** Waits until `editor`'s hidden ranges are exactly `expected`. */
async function maskedWhen(editor: vscode.TextEditor, expected: readonly vscode.Range[], what: string): Promise<void> {
  const wanted = where(expected).join(' ');
  const have = () => where(api().maskedEnvValues(editor)).join(' ');
  await waitFor(what, () => (have() === wanted ? true : undefined)).catch((error: Error) => {
    throw new Error(`${error.message}: want ${wanted || 'none'}, have ${have() || 'none'}`);
  });
}

/** Opens `uri` with the cursor on the first line (VS Code would restore where it was when the file was last open). */
async function open(uri: vscode.Uri, viewColumn = vscode.ViewColumn.Active): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { viewColumn });
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

describe('masking .env values', function () {
  this.timeout(60_000);
  const github = () => checksummedToken(join('gh', 'p_'));
  let values: { token: string; stripe: string; old: string; pem: string };
  let text: string;
  // Where every value of `text` is in `document`, in order: all of them are masked when no cursor is on them.
  const everyValue = (document: vscode.TextDocument) => [values.token, values.stripe, values.old, values.pem, 'true'].map((v) => rangeOf(document, v));

  before(async () => {
    reseed(4242);
    await activate();
    values = {
      token: github(),
      stripe: join('sk', '_live_', alnum(40)),
      old: github(),
      pem: ['-----BEGIN PRIVATE KEY-----', b64(64), '-----END PRIVATE KEY-----'].join('\n'),
    };
    text = [
      '# service keys',
      `export GITHUB_TOKEN=${values.token}`,
      `STRIPE_KEY="${values.stripe}"  # rotate monthly`,
      'EMPTY=',
      `# OLD_TOKEN=${values.old}`,
      '# Note: these rotate',
      `SIGNING_KEY="${values.pem}"`,
      'DEBUG=true',
      '',
    ].join('\n');
  });
  afterEach(async () => {
    await setting().update('maskEnvValues', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });
  after(async () => {
    for (const path of ['masking']) await removeFile(path);
  });

  it("hides every value, commented-out ones too, only while the setting is on, and shows the cursor's lines", async () => {
    const uri = await writeFile('masking/.env', text);
    const editor = await open(uri);
    const all = everyValue(editor.document);
    assert.deepEqual(where(api().maskedEnvValues(editor)), [], 'nothing is hidden while the setting is off');

    await setting().update('maskEnvValues', true, vscode.ConfigurationTarget.Workspace);
    await maskedWhen(editor, all, 'every value hidden; the cursor is on the comment line');

    editor.selection = new vscode.Selection(2, 3, 2, 3);
    await maskedWhen(editor, all.filter((_, i) => i !== 1), "the cursor's line shows its value");

    // A selection over part of a multi-line value shows all of it.
    editor.selection = new vscode.Selection(7, 0, 6, 0);
    await maskedWhen(editor, all.filter((_, i) => i !== 3), 'the selected lines show their value');

    await setting().update('maskEnvValues', false, vscode.ConfigurationTarget.Workspace);
    await maskedWhen(editor, [], 'the values shown again when the setting is off');
  });

  it('keeps the masks in step as the file is edited', async () => {
    const uri = await writeFile('masking/.env.local', text);
    await setting().update('maskEnvValues', true, vscode.ConfigurationTarget.Workspace);
    const editor = await open(uri);
    const added = alnum(32);
    await editor.edit((edit) => {
      edit.delete(new vscode.Range(1, 0, 2, 0));
      edit.insert(new vscode.Position(10, 0), `ADDED_SECRET='${added}'\n`);
    });
    // The edit leaves the cursor where it was, on the first line.
    assert.equal(editor.selection.active.line, 0);
    const expected = [values.stripe, values.old, values.pem, 'true', added].map((v) => rangeOf(editor.document, v));
    assert.equal(expected[0].start.line, 1, 'the Stripe key moved up a line');
    await maskedWhen(editor, expected, 'the masks follow the edit');
  });

  it('switches with the palette command, at the level where the setting is decided', async () => {
    const uri = await writeFile('masking/.env', text);
    const editor = await open(uri);
    await setting().update('maskEnvValues', true, vscode.ConfigurationTarget.Workspace);
    await maskedWhen(editor, everyValue(editor.document), 'masked first');

    assert.equal(await vscode.commands.executeCommand('secretHygiene.toggleEnvMasking'), false);
    assert.equal(setting().inspect<boolean>('maskEnvValues')?.workspaceValue, false, 'the workspace value, which would override a user one, is switched');
    await maskedWhen(editor, [], 'shown after the toggle');

    assert.equal(await vscode.commands.executeCommand('secretHygiene.toggleEnvMasking'), true);
    await maskedWhen(editor, everyValue(editor.document), 'hidden again');
  });

  it('masks env files named for what they configure, and leaves .env.example and code alone', async () => {
    await setting().update('maskEnvValues', true, vscode.ConfigurationTarget.Workspace);
    const env = await open(await writeFile('masking/prod.env', text), vscode.ViewColumn.One);
    const example = await open(await writeFile('masking/.env.example', text), vscode.ViewColumn.Two);
    const code = await open(await writeFile('masking/settings.py', `API_TOKEN = "${values.token}"\nDEBUG=true\n`), vscode.ViewColumn.Three);
    // prod.env beside them is masked, so the others had their chance.
    await maskedWhen(env, everyValue(env.document), 'prod.env masked');
    assert.deepEqual(where(api().maskedEnvValues(example)), []);
    assert.deepEqual(where(api().maskedEnvValues(code)), []);
  });
});
