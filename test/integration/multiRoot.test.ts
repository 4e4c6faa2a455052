// A multi-root workspace (the launcher opens test/fixtures/multi-root for tests tagged @multi-root):
// each folder keeps its own .env, .gitignore and repo config.
import * as assert from 'node:assert/strict';
import * as dotenv from 'dotenv';
import ignore from 'ignore';
import * as vscode from 'vscode';
import { checksummedToken, join, reseed } from '../unit/support/fake';
import { actionsFor, apply, disk, preferred } from './support/fixes';
import { activate, closeAll, diagnosticsWhen, ours } from './support/host';

function folder(name: string): vscode.Uri {
  const found = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  assert.ok(found, `workspace folder ${name} is open`);
  return found.uri;
}

async function write(root: vscode.Uri, path: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(root, path);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

describe('multi-root workspace @multi-root', function () {
  this.timeout(60_000);
  before(async () => {
    reseed(77);
    await activate();
  });
  after(closeAll);

  it('moves each folder\'s key into that folder\'s own .env and .gitignore', async () => {
    assert.equal(vscode.workspace.workspaceFolders?.length, 2);
    const web = folder('web');
    const api = folder('api');
    const webToken = checksummedToken(join('gh', 'p_'));
    const apiToken = checksummedToken(join('gh', 'p_'));
    await apply(preferred(await actionsFor(await write(web, 'app.js', `const githubToken = "${webToken}";\n`))));
    await apply(preferred(await actionsFor(await write(api, 'main.py', `GITHUB_TOKEN = "${apiToken}"\n`))));
    assert.deepEqual(dotenv.parse((await disk('.env', web)) ?? ''), { GITHUB_TOKEN: webToken });
    assert.deepEqual(dotenv.parse((await disk('.env', api)) ?? ''), { GITHUB_TOKEN: apiToken });
    for (const root of [web, api]) assert.ok(ignore().add((await disk('.gitignore', root)) ?? '').ignores('.env'));
    assert.ok((await disk('app.js', web))?.includes('process.env.GITHUB_TOKEN'));
    assert.ok((await disk('main.py', api))?.includes('os.environ["GITHUB_TOKEN"]'));
  });

  it('applies a folder\'s .secret-hygiene.json to that folder only', async () => {
    const web = folder('web');
    const api = folder('api');
    // A name the generic detector ignores, so disabling the GitHub rule leaves nothing to report.
    const webUri = await write(web, 'config.js', `const gh = "${checksummedToken(join('gh', 'p_'))}";\n`);
    const apiUri = await write(api, 'config.js', `const gh = "${checksummedToken(join('gh', 'p_'))}";\n`);
    await vscode.window.showTextDocument(webUri);
    await vscode.window.showTextDocument(apiUri, { preview: false });
    const [finding] = await diagnosticsWhen(apiUri, (d) => d.length === 1, 'the api finding');
    await diagnosticsWhen(webUri, (d) => d.length === 1, 'the web finding');
    await write(api, '.secret-hygiene.json', JSON.stringify({ disabledRules: [(finding.code as { value: string }).value] }));
    await diagnosticsWhen(apiUri, (d) => d.length === 0, 'the api finding to be disabled');
    assert.equal(ours(webUri).length, 1, 'the web folder is not affected by the api config');
  });
});
