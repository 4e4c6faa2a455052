// The baseline file: fingerprints of accepted findings, with rule id and paths so a reviewer can tell what each is.
// It never holds a secret or a preview of one; a fingerprint is a SHA-256 of rule id and secret.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './io';
import { withoutQuotedText } from './repoConfig';

/** The baseline's default file name, next to `.secret-hygiene.json`. */
export const DEFAULT_BASELINE_FILE = '.secret-hygiene-baseline.json';

/** The format version written in the file. */
export const BASELINE_VERSION = 1;

/** One accepted secret: matched by fingerprint alone, wherever it appears; rule id and paths are for people. */
export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly paths: readonly string[];
}

/** The file's shape: `{ "version": 1, "fingerprints": [BaselineEntry...] }`. */
export interface BaselineFile {
  readonly version: typeof BASELINE_VERSION;
  readonly fingerprints: readonly BaselineEntry[];
}

const FINGERPRINT = /^[0-9a-f]{64}$/;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One entry per fingerprint, sorted by first path, rule id and fingerprint so that regenerating it gives small diffs. */
export function baselineOf(findings: readonly { fingerprint: string; ruleId: string; path: string }[]): BaselineFile {
  const byFingerprint = new Map<string, { ruleId: string; paths: Set<string> }>();
  for (const finding of findings) {
    const entry = byFingerprint.get(finding.fingerprint) ?? { ruleId: finding.ruleId, paths: new Set<string>() };
    entry.paths.add(finding.path);
    byFingerprint.set(finding.fingerprint, entry);
  }
  const fingerprints = [...byFingerprint].map(([fingerprint, { ruleId, paths }]) => ({ fingerprint, ruleId, paths: [...paths].sort(compare) }));
  fingerprints.sort((a, b) => compare(a.paths[0], b.paths[0]) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint));
  return { version: BASELINE_VERSION, fingerprints };
}

/** The file's text: two-space JSON with a final newline. */
export function serializeBaseline(baseline: BaselineFile): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** The fingerprints in a baseline's text, or the reasons it is not one. */
export function parseBaseline(text: string): { ok: true; fingerprints: string[] } | { ok: false; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${withoutQuotedText((error as Error).message)}`] };
  }
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  if (!record || !Array.isArray(record.fingerprints)) return { ok: false, errors: ['expected an object with a "fingerprints" array'] };
  if (record.version !== BASELINE_VERSION) return { ok: false, errors: [`unsupported "version" ${JSON.stringify(record.version)}; this CLI reads version ${BASELINE_VERSION}`] };
  const errors: string[] = [];
  const fingerprints: string[] = [];
  record.fingerprints.forEach((item: unknown, index: number) => {
    const fingerprint = typeof item === 'object' && item !== null ? (item as { fingerprint?: unknown }).fingerprint : undefined;
    // Only the shape is echoed: a wrong value could be anything, a secret pasted by mistake included.
    if (typeof fingerprint === 'string' && FINGERPRINT.test(fingerprint)) fingerprints.push(fingerprint);
    else errors.push(`"fingerprints"[${index}] needs a "fingerprint" of 64 lowercase hex digits`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, fingerprints };
}

/** Reads `path` (relative to `cwd`) and returns its fingerprints; an unreadable or invalid file is an error. */
export async function readBaselineFingerprints(path: string, cwd: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new CliError(`cannot read baseline ${path}: ${(error as { code?: string }).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const parsed = parseBaseline(text);
  if (!parsed.ok) throw new CliError(`invalid baseline ${path}:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.fingerprints;
}
