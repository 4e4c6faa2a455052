// The CLI as a function: argv and an io record in, an exit code out. main.ts only wires it to the process.
import { baselineCommand } from './baseline';
import { rulesMarkdown } from '../engine';
import { installHookCommand, uninstallHookCommand } from './hook';
import { EXIT, UsageError, type CliIo } from './io';
import { scanCommand } from './scan';
import { USAGE } from './usage';
import { VERSION } from './version';

export { EXIT, type CliIo } from './io';
export type { JsonFinding } from './scan';

const commands: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  scan: scanCommand,
  baseline: baselineCommand,
  'install-hook': installHookCommand,
  'uninstall-hook': uninstallHookCommand,
  // The rule catalogue, as docs/RULES.md holds it (`npm run docs:rules`).
  rules: async (_args, io) => {
    io.stdout(rulesMarkdown());
    return EXIT.clean;
  },
};

/** Runs the CLI and resolves to its exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(USAGE);
      return command === undefined ? EXIT.error : EXIT.clean;
    }
    if (command === '--version' || command === '-V') {
      io.stdout(`${VERSION}\n`);
      return EXIT.clean;
    }
    const handler = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!handler) throw new UsageError(`unknown command "${command}"`);
    return await handler(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`secret-hygiene: ${(error as Error).message}\n\n${USAGE}`);
    } else {
      io.stderr(`secret-hygiene: ${(error as Error).message}\n`);
    }
    return EXIT.error;
  }
}
