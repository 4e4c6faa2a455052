// "Secret Hygiene: Scan Workspace" in the real host: excluded files stay out, results reach the Problems view.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorkspaceScanResult } from '../../src/extension/commands/scanWorkspace';
import { charset, randomString, reseed } from '../unit/support/fake';
import { activate, closeAll, ours, removeFile, writeFile } from './support/host';

describe('scan workspace command', function () {
  this.timeout(60_000);
  before(async () => {
    reseed(31);
    await activate();
    await closeAll();
  });
  after(async () => {
    for (const path of ['scan', '.gitignore', '.secret-hygiene.json']) await removeFile(path);
  });

  it('reports unopened files and skips .gitignore, files.exclude, the repo config and binary files', async () => {
    const secret = () => randomString(charset.alnum, 30);
    const reported = await writeFile('scan/src/service.py', `API_KEY = "${secret()}"\n`);
    const yaml = await writeFile('scan/deploy/values.yaml', `db:\n  password: ${secret()}\n`);
    const ignored = await writeFile('scan/build/out.js', `const apiKey = "${secret()}";\n`);
    const excluded = await writeFile('scan/generated/keys.js', `const apiKey = "${secret()}";\n`);
    const configIgnored = await writeFile('scan/fixtures/sample.js', `const apiKey = "${secret()}";\n`);
    // Just over one 64 K walk chunk, the length that once made the engine fail on a file.
    const bundle = await writeFile('scan/lib/bundle.js', `// ${'x'.repeat(65_536)}\nconst apiKey = "${secret()}";\n`);
    const binary = vscode.Uri.joinPath(reported, '..', 'blob.bin');
    await vscode.workspace.fs.writeFile(binary, new Uint8Array([0, 1, 2, ...new TextEncoder().encode(`token = "${secret()}"`)]));
    await writeFile('.gitignore', 'scan/build/\n');
    await writeFile('.secret-hygiene.json', JSON.stringify({ ignorePaths: ['scan/fixtures/'] }));
    await vscode.workspace.getConfiguration('secretHygiene').update('exclude', ['**/generated/**'], vscode.ConfigurationTarget.Workspace);
    try {
      const result = await vscode.commands.executeCommand<WorkspaceScanResult>('secretHygiene.scanWorkspace');
      assert.equal(result.cancelled, false);
      assert.equal(result.failed, 0);
      assert.equal(ours(reported).length, 1);
      assert.equal(ours(bundle).length, 1);
      assert.equal(ours(yaml).length, 1);
      for (const uri of [ignored, excluded, configIgnored, binary]) assert.deepEqual(ours(uri), [], `${uri.path} should not be reported`);
      assert.ok(result.findings >= 2 && result.filesScanned >= 2, JSON.stringify(result));
      assert.ok(result.skipped >= 3, JSON.stringify(result));
    } finally {
      await vscode.workspace.getConfiguration('secretHygiene').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('skips a file over maxFileSizeKB, and a second scan clears a file whose key was removed on disk', async () => {
    const key = randomString(charset.alnum, 30);
    const fixed = await writeFile('scan/later-fixed.py', `API_KEY = "${key}"\n`);
    // Over 1 KB, the smallest limit the setting takes, with its key near the start.
    const large = await writeFile('scan/large.py', `API_KEY = "${randomString(charset.alnum, 30)}"\n${'# filler\n'.repeat(200)}`);
    await vscode.workspace.getConfiguration('secretHygiene').update('maxFileSizeKB', 1, vscode.ConfigurationTarget.Workspace);
    try {
      const first = await vscode.commands.executeCommand<WorkspaceScanResult>('secretHygiene.scanWorkspace');
      assert.equal(first.failed, 0);
      assert.equal(ours(fixed).length, 1);
      assert.deepEqual(ours(large), [], 'a file over the size limit is not scanned');
      await writeFile('scan/later-fixed.py', 'API_KEY = os.environ["API_KEY"]\n');
      const second = await vscode.commands.executeCommand<WorkspaceScanResult>('secretHygiene.scanWorkspace');
      assert.equal(second.failed, 0);
      assert.deepEqual(ours(fixed), [], 'the removed key is no longer reported');
    } finally {
      await vscode.workspace.getConfiguration('secretHygiene').update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
