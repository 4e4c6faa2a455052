// Precision and recall on the shared labelled corpus: scans it with the built CLI, then runs its scorer.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const out = join(mkdtempSync(join(tmpdir(), 'sh-corpus-')), 'findings.json');
const scan = spawnSync(process.execPath, ['dist/cli.js', 'scan', join(corpus, 'files'), '--format', 'json'], { maxBuffer: 1 << 28, encoding: 'utf8' });
if (scan.status !== 0 && scan.status !== 1) {
  process.stderr.write(scan.stderr);
  process.exit(2);
}
writeFileSync(out, scan.stdout);
const extra = process.argv.slice(3);
process.stdout.write(execFileSync(process.execPath, [join(corpus, 'score.mjs'), corpus, out, '--name', 'secret-hygiene', ...extra], { encoding: 'utf8' }));
