// Real git repositories in temp folders, isolated from the developer's git config, plus an in-process CLI runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run, type CliIo } from '../../../src/cli/run';

/** The checkout this test bundle was built from (the folder holding esbuild.mjs). */
export const projectRoot: string = (() => {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'esbuild.mjs'))) return dir;
    if (dirname(dir) === dir) throw new Error('cannot find the project root above ' + __dirname);
  }
})();

/** The built CLI bundle, as the hook runs it. */
export const builtCli = join(projectRoot, 'dist', 'cli.js');

/** What a CLI run printed and returned. */
export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with collecting writers; `extra` sets stdin, isTTY, env or self. */
export async function cli(cwd: string, argv: readonly string[], extra: Partial<Omit<CliIo, 'cwd' | 'stdout' | 'stderr'>> = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), ...extra });
  return { code, stdout, stderr };
}

/** A temp folder with a fresh `git init`, and git run there with no global or system config. */
export class TempRepo {
  readonly root: string;
  readonly env: Record<string, string | undefined>;
  private readonly home: string;

  constructor(prefix = 'sh-git-') {
    this.root = mkdtempSync(join(tmpdir(), prefix));
    const home = (this.home = mkdtempSync(join(tmpdir(), 'sh-home-')));
    writeFileSync(join(home, 'gitconfig'), '');
    // GIT_DIR, GIT_INDEX_FILE and friends leak in when the suite itself runs from a git hook.
    const env: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value;
    this.env = { ...env, GIT_CONFIG_GLOBAL: join(home, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1', HOME: home };
    this.git('init', '-q', '-b', 'main', '.');
  }

  /** Runs git and returns its stdout; throws with git's stderr on failure. */
  git(...args: string[]): string {
    const result = this.exec(args);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
    return result.stdout;
  }

  /** Runs git and returns everything, failures included. */
  exec(args: readonly string[], extraEnv: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync('git', [...args], { cwd: this.root, env: { ...this.env, ...extraEnv } as NodeJS.ProcessEnv, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** `git commit` as a user would run it, hooks and all; `extraArgs` go before the message. */
  commit(message: string, extraArgs: readonly string[] = [], extraEnv: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
    return this.exec(['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', ...extraArgs, '-m', message], extraEnv);
  }

  /** Writes a file (creating folders) relative to the repo root. */
  write(path: string, content: string | Uint8Array): void {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), content);
  }

  /** Runs the CLI in-process from `cwd` (the repo root by default), with this repo's git environment. */
  cli(argv: readonly string[], cwd = this.root, extra: Partial<Omit<CliIo, 'cwd' | 'stdout' | 'stderr'>> = {}): Promise<Outcome> {
    return cli(cwd, argv, { env: this.env, ...extra });
  }

  /** Deletes the repo. */
  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
    rmSync(this.home, { recursive: true, force: true });
  }
}
