// Command-line options per command, parsed into plain records; every check that needs no I/O happens here.
import { parseArgs } from 'node:util';
import { UsageError } from './io';

/** Output formats of `scan`. */
export type Format = 'text' | 'json' | 'sarif';

/** What to scan and which filters apply: shared by `scan` and `baseline create`. */
export interface ScanRequest {
  /** Paths as typed; `-` is standard input. With `staged`, pathspecs that narrow the staged files. */
  readonly paths: readonly string[];
  readonly staged: boolean;
  readonly config?: string;
  readonly baseline?: string;
  readonly maxFileSize: number;
  readonly verbose: boolean;
}

/** How `scan` reports. */
export interface ScanOutput {
  readonly format: Format;
  readonly quiet: boolean;
  readonly noColor: boolean;
}

/** The default --max-file-size, in bytes. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

const common = {
  config: { type: 'string' },
  staged: { type: 'boolean', default: false },
  'max-file-size': { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  verbose: { type: 'boolean', short: 'v', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function maxFileSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const bytes = Number(value);
  if (!Number.isInteger(bytes) || bytes <= 0) throw new UsageError('--max-file-size must be a positive number of bytes');
  return bytes;
}

function request(values: { config?: string; staged: boolean; 'max-file-size'?: string; verbose: boolean }, paths: string[], baseline?: string): ScanRequest {
  if (values.staged && paths.includes('-')) throw new UsageError('--staged reads the git index; "-" (standard input) cannot be combined with it');
  return { paths, staged: values.staged, config: values.config, baseline, maxFileSize: maxFileSize(values['max-file-size']), verbose: values.verbose };
}

/** `scan [paths...] [options]`; `help` is true when only the usage text was asked for. */
export function parseScanArgs(args: readonly string[]): { help: boolean; request: ScanRequest; output: ScanOutput } {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { ...common, format: { type: 'string', default: 'text' }, baseline: { type: 'string' }, 'no-color': { type: 'boolean', default: false } },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  return {
    help: values.help,
    request: request(values, positionals, values.baseline),
    output: { format, quiet: values.quiet, noColor: values['no-color'] },
  };
}

/** `baseline create [paths...] [--output FILE] [options]`. */
export function parseBaselineArgs(args: readonly string[]): { help: boolean; request: ScanRequest; output?: string; quiet: boolean } {
  const [sub, ...rest] = args;
  if (sub === '-h' || sub === '--help') return { help: true, request: request({ staged: false, verbose: false }, []), quiet: false };
  if (sub !== 'create') throw new UsageError(sub === undefined ? 'baseline needs a subcommand: baseline create' : `unknown baseline subcommand "${sub}"`);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { ...common, output: { type: 'string', short: 'o' } } });
  return { help: values.help, request: request(values, positionals), output: values.output, quiet: values.quiet };
}

/** `install-hook [--force] [--baseline FILE]` and `uninstall-hook`. */
export function parseHookArgs(args: readonly string[], install: boolean): { help: boolean; force: boolean; baseline?: string } {
  const { values } = parseArgs({
    args: [...args],
    options: { help: { type: 'boolean', short: 'h', default: false }, ...(install ? { force: { type: 'boolean', short: 'f', default: false }, baseline: { type: 'string' } } : {}) },
  });
  const record = values as { help: boolean; force?: boolean; baseline?: string };
  return { help: record.help, force: record.force ?? false, baseline: record.baseline };
}
