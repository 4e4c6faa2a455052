// Rewrites judged by the languages themselves: each generated program runs before the move (with the
// literal) and after it (reading the variable from the environment), and both must produce the same string.
// The programs mix the escapes, interpolation and quoting forms that each language reads in its own way.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import * as dotenv from 'dotenv';
import { planMoveToEnv } from '../../../src/engine';
import { applyEdits } from '../support/edits';
import { charset, randomString, seeded } from '../support/fake';

type Random = () => number;

// The environment holds only the moved variables. Standard input is closed: a program waiting on it would
// hang the test (and bash, given an open pipe there and a bare environment, takes half a second to start).
const RUN_OPTIONS = (env: Record<string, string>): SpawnSyncOptionsWithStringEncoding => ({ env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const pieces = (random: Random, atoms: readonly string[]): string => Array.from({ length: Math.floor(random() * 5) }, () => pick(random, atoms)).join('');

interface Language {
  readonly languageId: string;
  readonly path: string;
  readonly interpreter: string;
  /** A program that leaves its result in `s`, with the secret written somewhere in a literal. */
  program(random: Random, secret: string): string;
  /** What each program leaves in `s`, run with `env` as its environment. */
  run(programs: readonly string[], env: readonly Record<string, string>[]): string[];
}

const PYTHON_ATOMS = ['a', '9', ' ', ':', '#', '$', '{', '}', '%s', '\\n', '\\t', '\\\\', "\\'", '\\"', '\\x41', '\\u00e9', '\\N{BULLET}', 'é', '\\0', '\\101', '\\\n'];
const PYTHON_RAW_ATOMS = ['a', '9', ' ', ':', '#', '{', '}', '\\n', '\\\\', '\\d', 'é'];

const python: Language = {
  languageId: 'python',
  path: 'app.py',
  interpreter: 'python3',
  program(random, secret) {
    const prefix = pick(random, ['', '', 'f', 'r', 'rf', 'u', 'b']);
    const quote = pick(random, ['"', "'", '"""', "'''"]);
    const fString = prefix.includes('f');
    const raw = prefix.includes('r');
    const bytes = prefix.includes('b');
    const text = () => {
      // Bytes literals hold ASCII only, and `\N{…}` names a Unicode character.
      let out = pieces(random, (raw ? PYTHON_RAW_ATOMS : PYTHON_ATOMS).filter((atom) => !bytes || (/^[\x00-\x7f]*$/.test(atom) && !atom.includes('\\N'))));
      if (fString) out = out.replace(/[{}]/g, '$&$&').replace(/\\N\{\{BULLET\}\}/g, '\\N{BULLET}');
      if (fString && random() < 0.4) out += '{n}';
      return out;
    };
    // The closing `z`: a raw string may not end in a backslash, nor a triple-quoted one in its quote character.
    const literal = `${prefix}${quote}${text()}${secret}${text()}z${quote}`;
    const tail = pick(random, ['', '', '.strip()', ' + b"!"', '.upper()']).replace('b"', bytes ? 'b"' : '"');
    return pick(random, [
      `n = 5\napi_key = ${literal}${tail}\ns = api_key\n`,
      `def call(value, **options):\n    return value\n\n\nn = 5\ns = call(${literal}${tail}, retries=1)\n`,
      `n = 5\nconfig = {"api_key": ${literal}${tail}, "n": 1}\ns = config["api_key"]\n`,
    ]);
  },
  run(programs, env) {
    const harness = [
      'import json, os, sys',
      'out = []',
      'for code, env in json.load(sys.stdin):',
      '    os.environ.clear(); os.environ.update(env); scope = {}',
      '    try:',
      '        exec(compile(code, "case", "exec"), scope); s = scope["s"]',
      '        out.append(s.decode("latin-1") if isinstance(s, bytes) else s)',
      '    except Exception as error:',
      '        out.append("error: " + repr(error))',
      'print(json.dumps(out))',
    ].join('\n');
    const input = JSON.stringify(programs.map((code, i) => [code, env[i]]));
    return JSON.parse(execFileSync('python3', ['-c', harness], { input, encoding: 'utf8' })) as string[];
  },
};

const PERL_DOUBLE_ATOMS = ['a', '9', ' ', ':', '/', '#', '\\$', '\\@', '\\"', '\\\\', '\\n', '\\t', '\\x41', '\\x{e9}', "'", '%', '-', '\\101', '$n', '\\e'];
const PERL_SINGLE_ATOMS = ['a', '9', ' ', ':', '/', '#', '$', '@', '"', '\\\\', "\\'", '\\n', '{', '}', '%'];

const perl: Language = {
  languageId: 'perl',
  path: 'app.pl',
  interpreter: 'perl',
  program(random, secret) {
    const form = pick(random, ['"', "'", 'qq{', 'q{', 'qq(', 'q(', 'q|']);
    const interpolates = form === '"' || form.startsWith('qq');
    const close = { '{': '}', '(': ')', '|': '|' }[form.slice(-1)] ?? form;
    const atoms = (interpolates ? PERL_DOUBLE_ATOMS : PERL_SINGLE_ATOMS).filter((atom) => {
      if (form === "'") return true;
      if (!form.includes('q')) return atom !== '"' || interpolates;
      // Unbalanced brackets or the delimiter itself would end a q-string early.
      return !/[{}()|]/.test(atom) && atom !== "\\'";
    });
    // Interpolation stops at the secret: `$n` followed by letters would name another variable.
    const text = (beforeSecret: boolean) => pieces(random, atoms).replace(beforeSecret ? /\$n$/ : /^$/, '$n ');
    const body = `${text(true)}${secret}${text(false)}`;
    const literal = form === '"' || form === "'" ? `${form}${body}${form}` : `${form}${body}${close}`;
    const tail = pick(random, ['', '', ' . "!"', ' x 2']);
    return pick(random, [
      `my $n = 5;\nmy $api_key = ${literal}${tail};\n$s = $api_key;\n`,
      `my @items = (1, 2);\nmy %config = (last => $#items, api_key => ${literal}${tail}); # $#items is no comment\n$s = $config{api_key};\n`,
      `sub call { return $_[0]; }\nmy $n = 5;\n$s = call(${literal}${tail}, 1);\n`,
    ]);
  },
  run(programs, env) {
    return programs.map((code, i) => {
      const result = spawnSync('perl', ['-e', `${code}\nbinmode STDOUT, ':utf8'; print $s;`], RUN_OPTIONS(env[i]));
      return result.status === 0 ? result.stdout : `error: ${result.stderr}`;
    });
  },
};

const SHELL_DOUBLE_ATOMS = ['a', '9', ' ', ':', '@', '/', '#', '\\$', '\\"', '\\\\', '\\`', "'", '%', '{', '}', '-', '=', 'é'];
const SHELL_SINGLE_ATOMS = ['a', '9', ' ', ':', '@', '/', '#', '$', '"', '\\', '`', '{', '}', 'é', '$n'];
const ANSI_C_ATOMS = ['a', '9', ' ', '\\n', '\\t', "\\'", '\\"', '\\\\', '\\x41', '$', '`', 'é', '\\101'];
const SHELL_BARE_ATOMS = ['a', '9', '\\ ', ':', '@', '/', '\\$', '\\"', "\\'", '\\\\', '-', '=', '%'];

const shell: Language = {
  languageId: 'shellscript',
  path: 'deploy.sh',
  interpreter: 'bash',
  program(random, secret) {
    const [open, atoms, close] = pick(random, [
      ['"', SHELL_DOUBLE_ATOMS, '"'],
      ["'", SHELL_SINGLE_ATOMS, "'"],
      ["$'", ANSI_C_ATOMS, "'"],
      ['', SHELL_BARE_ATOMS, ''],
    ] as const);
    const literal = `${open}${pieces(random, atoms)}${secret}${pieces(random, atoms)}${close}`;
    return pick(random, [
      `n=5\nAPI_KEY=${literal}\ns="$API_KEY"\n`,
      `export API_KEY=${literal}\ns="$API_KEY"\n`,
      `setup() {\n  local api_key=${literal}\n  s="$api_key"\n}\nsetup\n`,
      `call() { s="$2"; }\ncall --token ${literal} next\n`,
    ]);
  },
  run(programs, env) {
    return programs.map((code, i) => {
      const result = spawnSync('bash', ['-c', `${code}\nprintf %s "$s"`], RUN_OPTIONS(env[i]));
      return result.status === 0 ? result.stdout : `error: ${result.stderr}`;
    });
  },
};

function available(interpreter: string): boolean {
  return spawnSync(interpreter, ['--version'], { encoding: 'utf8' }).status === 0;
}

for (const language of [python, perl, shell]) {
  describe(`${language.languageId} rewrites keep the program's value (run by ${language.interpreter})`, () => {
    before(function () {
      // CI installs every interpreter; elsewhere a missing one is reported as pending, not passed.
      if (!available(language.interpreter)) {
        if (process.env.CI) assert.fail(`${language.interpreter} is not installed`);
        this.skip();
      }
    });

    it('runs 200 generated programs to the same string before and after the move', () => {
      const random = seeded(language.languageId.length * 7919);
      const originals: string[] = [];
      const rewrites: string[] = [];
      const envs: Record<string, string>[] = [];
      const refusals: string[] = [];
      for (let n = 0; n < 200; n++) {
        const secret = randomString(pick(random, [charset.alnum, charset.base64url]), 24 + Math.floor(random() * 16), random);
        const text = language.program(random, secret);
        const start = text.indexOf(secret);
        const plan = planMoveToEnv({
          text,
          languageId: language.languageId,
          path: `/work/${language.path}`,
          findings: [{ start, end: start + secret.length, identifier: 'api_key', ruleId: 'generic-secret-assignment', provider: 'Test' }],
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
      assert.ok(originals.length >= 150, `only ${originals.length} of 200 rewritten: ${refusals.slice(0, 5).join(' | ')}`);
    });
  });
}
