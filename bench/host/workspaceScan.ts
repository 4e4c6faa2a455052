// `npm run bench:workspace`: "Scan Workspace" on 5,000 files of real source, in the real VS Code host, three
// rounds. scripts/run-offline-host.mjs loads it as the extension-tests entry. Prints figures; asserts nothing.
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as vscode from 'vscode';
import type { WorkspaceScanResult } from '../../src/extension/commands/scanWorkspace';

const FILES = 5_000;
const ROUNDS = 3;

// Copies regular files from `from` into `to`, keeping their paths, until `budget.files` runs out.
function copyTree(from: string, to: string, budget: { files: number; bytes: number }): void {
  for (const name of readdirSync(from).sort()) {
    if (budget.files <= 0) return;
    const path = join(from, name);
    const info = statSync(path, { throwIfNoEntry: false });
    if (info?.isDirectory()) copyTree(path, join(to, name), budget);
    else if (info?.isFile()) {
      mkdirSync(to, { recursive: true });
      copyFileSync(path, join(to, name));
      budget.files--;
      budget.bytes += info.size;
    }
  }
}

// Lines go to the console and to the log the launcher tails.
function print(line: string): void {
  console.log(line);
  if (process.env.SECRET_HYGIENE_TEST_LOG) appendFileSync(process.env.SECRET_HYGIENE_TEST_LOG, `${line}\n`);
}

/** The extension-tests entry point: runs the benchmark and writes the launcher's results file. */
export async function run(): Promise<void> {
  const results = { passed: 0, failed: 0, pending: 0, failures: [] as { title: string; message: string }[] };
  try {
    await vscode.extensions.getExtension('secret-hygiene.secret-hygiene')?.activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('the benchmark needs a workspace folder');
    const source = resolve(process.env.SECRET_HYGIENE_BENCH_TREE ?? join(__dirname, '..', '..', '..', 'node_modules'));
    const target = join(folder.uri.fsPath, 'bench-tree');
    const budget = { files: FILES, bytes: 0 };
    copyTree(source, target, budget);
    const megabytes = budget.bytes / 1e6;
    print(`# Scan Workspace on ${FILES - budget.files} files (${megabytes.toFixed(1)} MB) copied from ${source}, in the real VS Code host`);
    for (let round = 1; round <= ROUNDS; round++) {
      const started = performance.now();
      const result = await vscode.commands.executeCommand<WorkspaceScanResult>('secretHygiene.scanWorkspace');
      const seconds = (performance.now() - started) / 1000;
      print(`round ${round}: ${seconds.toFixed(1)} s, ${(megabytes / seconds).toFixed(1)} MB/s; ${result.filesScanned} scanned, ${result.skipped} skipped, ${result.failed} failed, ${result.findings} finding(s)`);
    }
    rmSync(target, { recursive: true, force: true });
    results.passed = 1;
  } catch (error) {
    results.failed = 1;
    results.failures.push({ title: 'workspace scan benchmark', message: String((error as Error)?.message ?? error) });
  }
  const path = process.env.SECRET_HYGIENE_TEST_RESULTS;
  if (path) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, JSON.stringify(results));
    renameSync(`${path}.tmp`, path);
  }
}
