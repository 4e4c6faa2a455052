// Text and JSON reports, the summary line, and when to colour them.
import type { CliIo } from './io';
import type { JsonFinding, ScanResult } from './scan';

/** True when text output should carry ANSI colours: --no-color, then FORCE_COLOR, then NO_COLOR, then a terminal decide. */
export function wantsColor(io: Pick<CliIo, 'isTTY' | 'env'>, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  const env = io.env ?? {};
  // As in Node itself: FORCE_COLOR wins over NO_COLOR, and "0" or "false" turns colour off.
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return io.isTTY === true;
}

type Paint = (text: string) => string;

function sgr(open: number, close: number): Paint {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const plain: Paint = (text) => text;
const styles = { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39) };

/** One compiler-style line per finding, `path:line:col  ruleId  message`, coloured by confidence when asked. */
export function textReport(findings: readonly JsonFinding[], color: boolean): string {
  const paint = color ? styles : { bold: plain, dim: plain, red: plain, yellow: plain, cyan: plain };
  const byConfidence: Record<string, Paint> = { high: paint.red, medium: paint.yellow, low: paint.cyan };
  return findings
    .map((f) => `${paint.bold(f.path)}${paint.dim(`:${f.line}:${f.column}`)}  ${(byConfidence[f.confidence] ?? plain)(f.ruleId)}  ${f.message}\n`)
    .join('');
}

/** The JSON report: an array of findings. */
export function jsonReport(findings: readonly JsonFinding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}

/** With -v, one line per file that was not scanned. */
export function skippedList(result: ScanResult): string {
  return result.skipped.map((s) => `skipped ${s.path}: ${s.why === 'binary' ? 'binary' : `larger than ${result.maxFileSize} bytes`}\n`).join('');
}

/** The summary line for stderr: counts, and how many files were skipped. */
export function summaryLine(result: ScanResult, verbose: boolean): string {
  const binary = result.skipped.filter((s) => s.why === 'binary').length;
  const large = result.skipped.length - binary;
  const skippedNote = result.skipped.length ? `; skipped ${binary} binary and ${large} oversized file(s)${verbose ? '' : ' (-v lists them)'}` : '';
  return `${result.findings.length} finding(s) in ${result.scanned}${result.staged ? ' staged' : ''} file(s)${skippedNote}\n`;
}

/** One line per file the engine failed on (the message never holds file content), or nothing. */
export function failedList(result: ScanResult): string {
  return result.failed.map((f) => `secret-hygiene: could not scan ${f.path}: ${f.message}\n`).join('');
}

/** What to do next when a staged scan (usually the pre-commit hook) finds something. */
export function stagedAdvice(count: number): string {
  return [
    `The staged changes contain ${count === 1 ? 'a secret' : `${count} secrets`}. Remove ${count === 1 ? 'it' : 'them'} (or move ${count === 1 ? 'it' : 'them'} to .env) and stage the file again.`,
    'A false positive? Add a `secret-hygiene:allow` comment on that line, or accept it in a baseline (see `secret-hygiene --help`).',
    'To skip this check once: git commit --no-verify',
    '',
  ].join('\n');
}
