// `npm run bench`: engine throughput on real source and on the labelled corpus, each next to secretlint's,
// the per-keystroke cost in a 10,000-line file, and precision/recall on the corpus. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IncrementalScan, scanText } from '../src/engine';

const MAX_FILE = 1024 * 1024;
// Timed rounds per engine; the median is reported.
const ROUNDS = 3;
const SOURCE_EXT = /\.(?:[cm]?[jt]sx?|json|ya?ml|md|py|go|rb|php|java|kt|cs|rs|sh|toml|ini|env|txt|html|css|xml)$/;

function collect(dir: string, budget: { bytes: number }, out: { path: string; text: string }[], accept = SOURCE_EXT): void {
  for (const name of readdirSync(dir)) {
    if (budget.bytes <= 0) return;
    const path = join(dir, name);
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) continue;
    if (info.isDirectory()) collect(path, budget, out, accept);
    else if (info.isFile() && info.size <= MAX_FILE && accept.test(name)) {
      const text = readFileSync(path, 'utf8');
      if (text.includes('\0')) continue;
      out.push({ path, text });
      budget.bytes -= text.length;
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function throughput(files: { path: string; text: string }[]): { mbps: number; findings: number } {
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  let findings = 0;
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    findings = 0;
    const started = performance.now();
    for (const file of files) findings += scanText(file.text, { path: file.path }).length;
    times.push(performance.now() - started);
  }
  return { mbps: bytes / 1e6 / (median(times) / 1000), findings };
}

async function secretlintThroughput(files: { path: string; text: string }[]): Promise<number | undefined> {
  let core: typeof import('@secretlint/core');
  let preset: typeof import('@secretlint/secretlint-rule-preset-recommend');
  try {
    core = await import('@secretlint/core');
    preset = await import('@secretlint/secretlint-rule-preset-recommend');
  } catch {
    return undefined;
  }
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: preset.creator }] };
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  // The same three rounds and median as the engine gets, so neither is timed cold against the other warm.
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    for (const file of files) {
      await core.lintSource({ source: { filePath: file.path, content: file.text, contentType: 'text' }, options: { config } });
    }
    times.push(performance.now() - started);
  }
  return bytes / 1e6 / (median(times) / 1000);
}

function keystrokeCost(): { medianMs: number; p95Ms: number; fullMs: number } {
  const lines: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    lines.push(i % 10 === 0 ? '' : `  const value${i} = compute(options.apiKey, "label-${i}", ${i}); // token handling`);
  }
  let text = lines.join('\n');
  const scan = new IncrementalScan({ languageId: 'typescript' });
  const fullStart = performance.now();
  scan.full(text);
  const fullMs = performance.now() - fullStart;
  const costs: number[] = [];
  const line = 5_001;
  for (let k = 0; k < 500; k++) {
    lines[line] += 'x';
    // The text is rebuilt outside the timed region: in the editor, getText() is VS Code's cost, not the engine's.
    text = lines.join('\n');
    const started = performance.now();
    scan.edit(text, { startLine: line, oldEndLine: line, newEndLine: line });
    costs.push(performance.now() - started);
  }
  costs.sort((a, b) => a - b);
  return { medianMs: median(costs), p95Ms: costs[Math.floor(costs.length * 0.95)], fullMs };
}

// Both engines on the same files in the same run: the VM's speed drifts, so only a same-run ratio means much.
async function compare(title: string, files: { path: string; text: string }[]): Promise<void> {
  const megabytes = files.reduce((n, f) => n + f.text.length, 0) / 1e6;
  console.log(`# Engine throughput on ${title} (${files.length} files, ${megabytes.toFixed(1)} MB)`);
  const ours = throughput(files);
  console.log(`secret-hygiene  ${ours.mbps.toFixed(1)} MB/s  (${ours.findings} findings)`);
  const theirs = await secretlintThroughput(files);
  if (theirs === undefined) console.log('secretlint      not installed (npm ci installs it as a dev dependency)');
  else console.log(`secretlint      ${theirs.toFixed(1)} MB/s  on the same files; ratio ${(ours.mbps / theirs).toFixed(1)}x`);
}

async function main(): Promise<void> {
  const tree = resolve(process.argv[2] ?? 'node_modules');
  const files: { path: string; text: string }[] = [];
  collect(tree, { bytes: 40e6 }, files);
  await compare(tree, files);

  const corpus = resolve('../shared/corpus');
  const corpusFiles: { path: string; text: string }[] = [];
  if (existsSync(join(corpus, 'files'))) {
    // Every file: the corpus is made of scanner test cases, in whatever format each case came in.
    collect(join(corpus, 'files'), { bytes: Infinity }, corpusFiles, /(?:)/);
    console.log('');
    await compare(`the labelled corpus, ${join(corpus, 'files')}`, corpusFiles);
  }

  const keystroke = keystrokeCost();
  console.log(`\n# Keystroke cost in a 10,000-line file (engine time per edit, 500 edits)`);
  console.log(`median ${(keystroke.medianMs * 1000).toFixed(0)} µs, p95 ${(keystroke.p95Ms * 1000).toFixed(0)} µs; full scan ${keystroke.fullMs.toFixed(1)} ms`);

  if (existsSync(join(corpus, 'score.mjs'))) {
    console.log('\n# Corpus');
    process.stdout.write(execFileSync(process.execPath, ['bench/corpus.mjs', corpus], { encoding: 'utf8' }));
  }
}

// Exits when the figures are out: secretlint leaves work behind that runs after its last lint and grows with the
// square of the lints done (the process lingered 11 s after 2,000 of them, and 15 minutes after this bench's).
void main().then(() => process.exit(0));
