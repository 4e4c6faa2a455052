// The harness for rewrites judged by the languages themselves: generated programs hold a secret in a literal,
// run once as written and once after "Move to .env" with the moved variables in their environment, and must
// leave the same string both times. Each language brings its programs and a way to run many of them at once.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as dotenv from 'dotenv';
import { planMoveToEnv } from '../../../src/engine';
import { applyEdits } from './edits';
import { charset, randomString, seeded } from './fake';

/** A generator of floats in [0, 1), seeded so that a failing program can be rebuilt. */
export type Random = () => number;

/** How many programs each language runs. */
const PROGRAMS = 200;

/** A language as the harness drives it. */
export interface Language {
  readonly languageId: string;
  readonly path: string;
  /** The command whose absence skips the language (outside CI). */
  readonly interpreter: string;
  /** The arguments that make `interpreter` print its version and exit; `--version` when not given. */
  readonly probe?: readonly string[];
  /**
   * Whether every program gets a variable name of its own (`API_KEY_17`), so that one process can run all the
   * rewritten programs with the union of their environments: for languages whose start-up is too slow to pay per program.
   */
  readonly uniqueNames?: boolean;
  /** A program that leaves its result in `s`, with the secret written somewhere in a literal; `n` counts programs from 0. */
  program(random: Random, secret: string, n: number): string;
  /** What each program leaves in `s`, run with `env` as its environment; a failure reads `error: …`. */
  run(programs: readonly string[], env: readonly Record<string, string>[]): string[];
}

/** One of `items`, chosen by `random`. */
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Up to four of `atoms`, joined: the source text around a secret inside a literal. */
export const pieces = (random: Random, atoms: readonly string[]): string => Array.from({ length: Math.floor(random() * 5) }, () => pick(random, atoms)).join('');

// The environment holds only the moved variables. Standard input is closed: a program waiting on it would
// hang the test (and bash, given an open pipe there and a bare environment, takes half a second to start).
const RUN_OPTIONS = (env: Record<string, string>): SpawnSyncOptionsWithStringEncoding => ({
  env: { PATH: process.env.PATH, LC_ALL: 'C.UTF-8', ...env },
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
  timeout: 10_000,
});

/**
 * One process for many programs: the harness reads [program, environment] pairs as JSON on its standard input
 * and prints what each program computed as a JSON array.
 */
export function batch(interpreter: string, args: string[], programs: readonly string[], env: readonly Record<string, string>[]): string[] {
  const input = JSON.stringify(programs.map((code, i) => [code, env[i]]));
  return JSON.parse(execFileSync(interpreter, args, { input, encoding: 'utf8', env: { PATH: process.env.PATH, LC_ALL: 'C.UTF-8' }, maxBuffer: 1 << 26 })) as string[];
}

/** One process per program: what a script leaves behind (a constant, a sub) must not reach the next one. */
export function runEach(interpreter: string, args: (code: string) => string[], programs: readonly string[], env: readonly Record<string, string>[]): string[] {
  return programs.map((code, i) => {
    const result = spawnSync(interpreter, args(code), RUN_OPTIONS(env[i]));
    return result.status === 0 ? result.stdout : `error: ${result.stderr || result.error}`;
  });
}

/** Writes each program to a file of its own (named by `name`) in a fresh directory, removed once `use` is done with them. */
export function inFiles<T>(programs: readonly string[], name: (code: string, i: number) => string, use: (dir: string, files: string[]) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'secret-hygiene-programs-'));
  try {
    const files = programs.map((code, i) => {
      const file = join(dir, name(code, i));
      writeFileSync(file, code);
      return file;
    });
    return use(dir, files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function available(language: Language): boolean {
  return spawnSync(language.interpreter, [...(language.probe ?? ['--version'])], { stdio: 'ignore' }).error === undefined;
}

/** Registers, per language, a test that moves the secret out of generated programs and runs them before and after. */
export function checkRewrites(languages: readonly Language[]): void {
  for (const language of languages) {
    describe(`${language.languageId} rewrites keep the program's value (run by ${language.interpreter})`, () => {
      before(function () {
        // CI installs every interpreter; elsewhere a missing one is reported as pending, not passed.
        if (!available(language)) {
          if (process.env.CI) assert.fail(`${language.interpreter} is not installed`);
          this.skip();
        }
      });

      it(`runs ${PROGRAMS} generated programs to the same string before and after the move`, function () {
        // 400 interpreter starts, or two builds of 200 files: Ruby and PHP take about 50 ms a start on a slow machine.
        this.timeout(300_000);
        const random = seeded(language.languageId.length * 7919);
        const originals: string[] = [];
        const rewrites: string[] = [];
        const envs: Record<string, string>[] = [];
        const refusals: string[] = [];
        for (let n = 0; n < PROGRAMS; n++) {
          const secret = randomString(pick(random, [charset.alnum, charset.base64url]), 24 + Math.floor(random() * 16), random);
          const text = language.program(random, secret, n);
          const start = text.indexOf(secret);
          const plan = planMoveToEnv({
            text,
            languageId: language.languageId,
            path: `/work/${language.path}`,
            findings: [{ start, end: start + secret.length, identifier: language.uniqueNames ? `api_key_${n}` : 'api_key', ruleId: 'generic-secret-assignment', provider: 'Test' }],
            gitignore: { covered: true, entry: '.env' },
          });
          if (plan.refusal) {
            refusals.push(plan.refusal);
            continue;
          }
          const rewritten = applyEdits(text, plan.document);
          assert.ok(!rewritten.includes(secret), `the secret is still in ${rewritten}`);
          originals.push(text);
          rewrites.push(rewritten);
          envs.push(dotenv.parse(applyEdits('', plan.envFile.edits)));
        }
        const was = language.run(originals, originals.map(() => ({})));
        const now = language.run(rewrites, envs);
        for (let i = 0; i < originals.length; i++) {
          assert.ok(!was[i].startsWith('error:'), `the generated program does not run: ${originals[i]}\n${was[i]}`);
          assert.equal(now[i], was[i], `${originals[i]}became\n${rewrites[i]}`);
        }
        // Refusing is always safe; the test is only worth something if most programs are rewritten.
        assert.ok(originals.length >= PROGRAMS * 0.75, `only ${originals.length} of ${PROGRAMS} rewritten: ${refusals.slice(0, 5).join(' | ')}`);
      });
    });
  }
}
