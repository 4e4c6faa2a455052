// What the CLI may touch besides the file system and git: passed in, so run() stays testable.

/** Where the CLI writes and what it knows about its surroundings; tests pass collectors, main.ts the process. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input; only called for the path `-`. */
  readonly stdin?: () => Promise<Uint8Array>;
  /** True when stdout is a terminal: the default for colour. */
  readonly isTTY?: boolean;
  /**
   * Variables for colour (NO_COLOR, FORCE_COLOR) and the environment git runs with. When absent no
   * colour variable is set, and git inherits process.env (which carries a hook's GIT_INDEX_FILE).
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Shows a one-line status while a long scan runs, or clears it (undefined). Set only when stderr is a
   * terminal, so pipes, CI logs and redirected output never see it.
   */
  readonly progress?: (status: string | undefined) => void;
  /** How to run this CLI again (node, then the script), for the pre-commit hook to call. */
  readonly self?: { readonly node: string; readonly script: string };
}

/** Exit codes, as documented in the usage text and the README. */
export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

/** A mistake on the command line: reported with the usage text, exit 2. */
export class UsageError extends Error {}

/** Any other failure the user can act on (not a git repository, unreadable file): exit 2, no usage text. */
export class CliError extends Error {}
