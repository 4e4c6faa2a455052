// `secret-hygiene baseline create`: accept today's findings so that only new ones fail the build.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseBaselineArgs } from './args';
import { baselineOf, DEFAULT_BASELINE_FILE, serializeBaseline } from './baselineFile';
import { failedList } from './format';
import { CliError, EXIT, type CliIo } from './io';
import { collect } from './scan';
import { USAGE } from './usage';

/** Scans like `scan` and writes the findings' fingerprints; exits 0 whatever it found. */
export async function baselineCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseBaselineArgs(args);
  if (parsed.help) {
    io.stdout(USAGE);
    return EXIT.clean;
  }
  const result = await collect(parsed.request, io);
  const baseline = baselineOf(result.findings);
  const text = serializeBaseline(baseline);
  const output = parsed.output ?? DEFAULT_BASELINE_FILE;
  if (output === '-') {
    io.stdout(text);
  } else {
    try {
      await writeFile(resolve(io.cwd, output), text);
    } catch (error) {
      throw new CliError(`cannot write baseline ${output}: ${(error as Error).message}`);
    }
  }
  if (!parsed.quiet) {
    const where = output === '-' ? 'standard output' : output;
    io.stderr(`${baseline.fingerprints.length} fingerprint(s) for ${result.findings.length} finding(s) in ${result.scanned} file(s) written to ${where}\n`);
  }
  io.stderr(failedList(result));
  return result.failed.length ? EXIT.error : EXIT.clean;
}
