// The CLI as a function: argv and an output sink in, an exit code out. main.ts only wires it to the process.
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { scopedIgnore } from '../common/pathFilter';
import { CONFIG_FILE_NAME, EMPTY_CONFIG, parseRepoConfig, rules, rulesMarkdown, scanText, type Finding, type RepoConfig } from '../engine';
import { walk } from './walk';

/** Where the CLI writes; tests pass collectors, main.ts passes the process streams. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Exit codes, as documented in the README. */
export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

const USAGE = `Usage: secret-hygiene scan [paths...] [options]
       secret-hygiene rules      print the rule catalogue (Markdown)

Scans files for hardcoded secrets. Directories are walked, honouring .gitignore.

Options:
  --format text|json     output format (default: text)
  --config FILE          repo config (default: ./${CONFIG_FILE_NAME} when present)
  --max-file-size BYTES  skip larger files (default: ${DEFAULT_MAX_FILE_SIZE})
  -v, --verbose          list skipped files
  -h, --help             show this help

Exit codes: 0 no findings, 1 findings, 2 usage or internal error.
`;

class UsageError extends Error {}

/** A finding as the JSON output reports it: a relative path and 1-based line and column. */
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

/** Runs the CLI and resolves to its exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(USAGE);
      return command === undefined ? EXIT.error : EXIT.clean;
    }
    if (command === 'rules') {
      io.stdout(rulesMarkdown());
      return EXIT.clean;
    }
    if (command !== 'scan') throw new UsageError(`unknown command "${command}"`);
    return await scan(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`secret-hygiene: ${(error as Error).message}\n\n${USAGE}`);
    } else {
      io.stderr(`secret-hygiene: ${(error as Error).message}\n`);
    }
    return EXIT.error;
  }
}

async function loadConfig(path: string | undefined, cwd: string): Promise<{ config: RepoConfig; base: string }> {
  const file = resolve(cwd, path ?? CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (path === undefined && (error as { code?: string }).code === 'ENOENT') return { config: EMPTY_CONFIG, base: cwd };
    throw new UsageError(`cannot read config ${path}: ${(error as Error).message}`);
  }
  const parsed = parseRepoConfig(text, new Set(rules.map((rule) => rule.id)));
  if (!parsed.ok) throw new UsageError(`invalid config ${relative(cwd, file) || file}:\n  ${parsed.errors.join('\n  ')}`);
  return { config: parsed.config, base: dirname(file) };
}

function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function message(finding: Finding): string {
  return `${finding.provider}: ${finding.description} (${finding.preview})`;
}

async function scan(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      'max-file-size': { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.clean;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  const maxFileSize = values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : Number(values['max-file-size']);
  if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) throw new UsageError('--max-file-size must be a positive number of bytes');

  const { config, base } = await loadConfig(values.config, io.cwd);
  const scopes = config.ignorePaths.length ? [scopedIgnore(base, config.ignorePaths)] : [];
  const roots = positionals.length ? positionals.map((p) => resolve(io.cwd, p)) : [io.cwd];
  const options = { disabledRules: new Set(config.disabledRules), allowedFingerprints: new Set(config.allowedFingerprints) };

  const results: JsonFinding[] = [];
  const skipped: { path: string; why: string }[] = [];
  let scanned = 0;
  for (const root of roots) {
    try {
      for await (const file of walk([root], scopes)) {
        const shown = relative(io.cwd, file.path).split(sep).join('/') || file.path;
        if (file.size > maxFileSize) {
          skipped.push({ path: shown, why: `larger than ${maxFileSize} bytes` });
          continue;
        }
        const bytes = await readFile(file.path);
        if (isBinary(bytes)) {
          skipped.push({ path: shown, why: 'binary' });
          continue;
        }
        scanned++;
        for (const finding of scanText(bytes.toString('utf8'), { ...options, path: shown })) {
          results.push({
            path: shown,
            line: finding.line + 1,
            column: finding.column + 1,
            endLine: finding.endLine + 1,
            endColumn: finding.endColumn + 1,
            ruleId: finding.ruleId,
            provider: finding.provider,
            confidence: finding.confidence,
            message: message(finding),
            preview: finding.preview,
            fingerprint: finding.fingerprint,
          });
        }
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') throw new UsageError(`no such file or directory: ${relative(io.cwd, root) || root}`);
      throw error;
    }
  }

  if (format === 'json') io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else for (const r of results) io.stdout(`${r.path}:${r.line}:${r.column}  ${r.ruleId}  ${r.message}\n`);

  if (values.verbose) for (const s of skipped) io.stderr(`skipped ${s.path}: ${s.why}\n`);
  const binary = skipped.filter((s) => s.why === 'binary').length;
  const large = skipped.length - binary;
  const skippedNote = skipped.length ? `; skipped ${binary} binary and ${large} oversized file(s)${values.verbose ? '' : ' (-v lists them)'}` : '';
  io.stderr(`${results.length} finding(s) in ${scanned} file(s)${skippedNote}\n`);
  return results.length ? EXIT.findings : EXIT.clean;
}
