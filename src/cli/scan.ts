// The scan itself, shared by `scan` and `baseline create`: pick the sources, apply the filters, run the engine.
import { scopedIgnore } from '../common/pathFilter';
import { scanText, type Finding } from '../engine';
import { parseScanArgs, type ScanRequest } from './args';
import { readBaselineFingerprints } from './baselineFile';
import { failedList, jsonReport, skippedList, stagedAdvice, summaryLine, textReport, wantsColor } from './format';
import { workTreeRoot } from './git';
import { EXIT, type CliIo } from './io';
import { loadConfig } from './repoConfig';
import { sarifReport } from './sarif';
import { workingTreeSources, type Source } from './sources';
import { stagedSources } from './staged';
import { USAGE } from './usage';

/** A finding as the JSON output reports it: a relative path and 1-based line and column (end exclusive). */
export interface JsonFinding {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly ruleId: string;
  readonly provider: string;
  readonly confidence: string;
  readonly message: string;
  readonly preview: string;
  readonly fingerprint: string;
}

/** A file that was not scanned, and why. */
export interface Skipped {
  readonly path: string;
  readonly why: 'binary' | 'oversized';
}

/** Everything a report needs. */
export interface ScanResult {
  readonly findings: readonly JsonFinding[];
  readonly scanned: number;
  readonly skipped: readonly Skipped[];
  /** Files the engine failed on, with its message: the result is incomplete when there are any. */
  readonly failed: readonly { readonly path: string; readonly message: string }[];
  readonly staged: boolean;
  readonly maxFileSize: number;
}

function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** The one-line message of a finding; it holds the redacted preview and never the secret. */
export function findingMessage(finding: Pick<Finding, 'provider' | 'description' | 'preview'>): string {
  return `${finding.provider}: ${finding.description} (${finding.preview})`;
}

function toJson(path: string, finding: Finding): JsonFinding {
  return {
    path,
    line: finding.line + 1,
    column: finding.column + 1,
    endLine: finding.endLine + 1,
    endColumn: finding.endColumn + 1,
    ruleId: finding.ruleId,
    provider: finding.provider,
    confidence: finding.confidence,
    message: findingMessage(finding),
    preview: finding.preview,
    fingerprint: finding.fingerprint,
  };
}

interface ScanFilter {
  readonly disabledRules: ReadonlySet<string>;
  readonly allowedFingerprints: ReadonlySet<string>;
}

// Config first (a bad one fails before any work), then the baseline, then the sources.
async function prepare(request: ScanRequest, io: CliIo): Promise<{ sources: AsyncIterable<Source> | Iterable<Source>; filter: ScanFilter }> {
  // A staged scan covers the whole index, as the hook does from the top of the work tree, so it uses the config there.
  const root = request.staged ? await workTreeRoot(io, 'scan --staged') : undefined;
  const { config, base } = await loadConfig(request.config, io.cwd, root);
  const baseline = request.baseline === undefined ? [] : await readBaselineFingerprints(request.baseline, io.cwd);
  const filter = { disabledRules: new Set(config.disabledRules), allowedFingerprints: new Set([...config.allowedFingerprints, ...baseline]) };
  const scopes = config.ignorePaths.length ? [scopedIgnore(base, config.ignorePaths)] : [];
  const sources = root === undefined ? workingTreeSources(request.paths, scopes, io) : await stagedSources(request.paths, root, scopes, request.maxFileSize, io);
  return { sources, filter };
}

/** Runs the engine over every source the request names, skipping binary and oversized ones; `scan` is the engine's. */
export async function collect(request: ScanRequest, io: CliIo, scan: typeof scanText = scanText): Promise<ScanResult> {
  const { sources, filter } = await prepare(request, io);
  const findings: JsonFinding[] = [];
  const skipped: Skipped[] = [];
  const failed: { path: string; message: string }[] = [];
  let scanned = 0;
  let bytesScanned = 0;
  let seen = 0;
  for await (const { source, reading } of readAhead(sources, request.maxFileSize)) {
    if (io.progress && ++seen % PROGRESS_EVERY === 0) io.progress(progressStatus(seen, bytesScanned));
    if (!reading) {
      skipped.push({ path: source.shown, why: 'oversized' });
      continue;
    }
    const bytes = await reading;
    if (bytes.length > request.maxFileSize) {
      skipped.push({ path: source.shown, why: 'oversized' });
      continue;
    }
    if (isBinary(bytes)) {
      skipped.push({ path: source.shown, why: 'binary' });
      continue;
    }
    bytesScanned += bytes.length;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    // One file the engine fails on must not hide the findings in the others.
    let found: Finding[];
    try {
      found = scan(text, { ...filter, path: source.shown });
    } catch (error) {
      failed.push({ path: source.shown, message: (error as Error).message });
      continue;
    }
    scanned++;
    for (const finding of found) findings.push(toJson(source.shown, finding));
  }
  if (io.progress && seen >= PROGRESS_EVERY) io.progress(undefined);
  return { findings, scanned, skipped, failed, staged: request.staged, maxFileSize: request.maxFileSize };
}

// Reads started before the engine needs them: they finish on libuv's threads while the engine scans the file before.
const READ_AHEAD = 8;

/** The sources in order, each with its read already under way (none for a file known to be too large to read). */
export async function* readAhead(sources: AsyncIterable<Source> | Iterable<Source>, maxFileSize: number): AsyncGenerator<{ source: Source; reading?: Promise<Uint8Array> }> {
  const queue: { source: Source; reading?: Promise<Uint8Array> }[] = [];
  for await (const source of sources) {
    const reading = source.size !== undefined && source.size > maxFileSize ? undefined : source.read();
    // Handled here so a read that fails before its turn is not an unhandled rejection; its turn still throws.
    reading?.catch(() => undefined);
    queue.push({ source, reading });
    if (queue.length > READ_AHEAD) yield queue.shift()!;
  }
  yield* queue;
}

// Files between status updates: often enough to show life on a large tree, rare enough to cost nothing.
const PROGRESS_EVERY = 200;

function progressStatus(files: number, bytes: number): string {
  return `Scanning… ${files.toLocaleString('en-US')} files, ${(bytes / 1e6).toFixed(1)} MB`;
}

/** `secret-hygiene scan`: exit 1 when anything is found. */
export async function scanCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { help, request, output } = parseScanArgs(args);
  if (help) {
    io.stdout(USAGE);
    return EXIT.clean;
  }
  const result = await collect(request, io);
  if (output.format === 'json') io.stdout(jsonReport(result.findings));
  else if (output.format === 'sarif') io.stdout(sarifReport(result.findings));
  else io.stdout(textReport(result.findings, wantsColor(io, output.noColor)));
  if (request.verbose) io.stderr(skippedList(result));
  if (!output.quiet) {
    io.stderr(summaryLine(result, request.verbose));
    if (result.staged && result.findings.length && output.format === 'text') io.stderr(`\n${stagedAdvice(result.findings.length)}`);
  }
  io.stderr(failedList(result));
  if (result.failed.length) return EXIT.error;
  return result.findings.length ? EXIT.findings : EXIT.clean;
}
