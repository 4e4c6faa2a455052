// Rewrites judged by the C and C++ compilers: each generated program is a translation unit of its own,
// compiled before the move (with the literal) and after it (calling getenv), and both must return the same
// bytes. C and C++ move only a whole literal, so the programs vary where the literal stands: locals, statics,
// macros, initialisers, arguments, raw strings, and neighbours that a call in its place would not fit.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRewrites, inFiles, pick, pieces, type Language, type Random } from '../support/programs';

const C_ATOMS = ['a', '9', ' ', ':', '/', '#', '%', '?', "'", '\\n', '\\t', '\\\\', '\\"', "\\'", '\\x41', '\\101', '\\u00e9', '\\?', 'é', '\\0'];

// Most literals hold the secret alone, the only kind C and C++ move; a few mix in escapes or a neighbouring
// literal, which the fix must refuse. The `z`: a hex escape would run on into the secret's hex digits.
function literal(random: Random, secret: string): string {
  const roll = random();
  if (roll < 0.06) return `"${pieces(random, C_ATOMS)}z${secret}${pieces(random, C_ATOMS)}"`;
  if (roll < 0.08) return pick(random, [`"x-" "${secret}"`, `"${secret}" "-x"`]);
  return `"${secret}"`;
}

// What sits above the code: nothing, a comment, or includes in either order (the rewrite adds its own).
const HEADERS = ['', '/* app */\n', '#include <stdio.h>\n', '#include <string.h>\n#include <stdio.h>\n', '// config "x"\n#include <stddef.h>\n\n'];

const c: Language = {
  languageId: 'c',
  path: 'app.c',
  interpreter: 'gcc',
  uniqueNames: true,
  program(random, secret, n) {
    const lit = literal(random, secret);
    const fn = `const char *case_${n}(void)`;
    const quote = pick(random, ['', "  char quote = '\"'; (void)quote; /* a \"comment\" */\n"]);
    // Where C needs a constant (file scope, a static, a char array), the fix must refuse: those shapes are rarer.
    const body = random() < 0.1
      ? pick(random, [
          `static const char *api_key = ${lit};\n\n${fn} {\n  const char *s = api_key;\n  return s;\n}\n`,
          `${fn} {\n${quote}  static const char *api_key = ${lit};\n  const char *s = api_key;\n  return s;\n}\n`,
          `#define API_KEY ${lit}\nstatic const char *const key = API_KEY;\n\n${fn} {\n  const char *s = key;\n  return s;\n}\n`,
          `struct config { const char *api_key; int n; };\n\n${fn} {\n  static struct config config = {\n    .api_key = ${lit},\n    .n = 1,\n  };\n  const char *s = config.api_key;\n  return s;\n}\n`,
          `struct config { const char *api_key; int n; };\nstatic const struct config config = { .n = 1, .api_key =\n  ${lit} };\n\n${fn} {\n  const char *s = config.api_key;\n  return s;\n}\n`,
          `${fn} {\n  static const char api_key[] =\n    ${lit};\n  const char *s = api_key;\n  return s;\n}\n`,
          `#define PREFIX "x-"\n\n${fn} {\n  const char *s = PREFIX ${lit};\n  return s;\n}\n`,
        ])
      : pick(random, [
          `${fn} {\n${quote}  const char *api_key = ${lit};\n  const char *s = api_key;\n  return s;\n}\n`,
          `${fn} {\n  int n = 5;\n  const char *s = n > 0 ? ${lit} : "none";\n  return s;\n}\n`,
          `#define API_KEY ${lit}\n\n${fn} {\n  const char *s = API_KEY;\n  return s;\n}\n`,
          `struct config { const char *api_key; int n; };\n\n${fn} {\n  struct config config = { ${lit}, 1 };\n  const char *s = config.api_key;\n  return s;\n}\n`,
          `static const char *call(const char *value, int n) { (void)n; return value; }\n\n${fn} {\n${quote}  const char *s = call(${lit}, 1);\n  return s;\n}\n`,
          `${fn} {\n  const char *keys[] = { "none", ${lit} };\n  const char *s = keys[1];\n  return s;\n}\n`,
          `${fn} {\n  static const char *s;\n  if (!s) s = ${lit};\n  return s;\n}\n`,
          `${fn} {\n  return ${lit};\n}\n`,
        ]);
    return pick(random, HEADERS) + body;
  },
  run(programs, env) {
    return runNative('gcc', 'c', programs, env);
  },
};

const CPP_RAW_ATOMS = ['a', '9', ' ', ':', '\\n', '\\', '"', "'", ')', 'é', '('];

function cppLiteral(random: Random, secret: string): string {
  const roll = random();
  if (roll < 0.25) {
    // `)` may not be followed by the delimiter inside a raw string: only the `x` one may hold `)"`.
    const [open, close] = pick(random, [['R"(', ')"'], ['R"x(', ')x"']] as const);
    const atoms = CPP_RAW_ATOMS.filter((atom) => open === 'R"x(' || atom !== ')');
    return random() < 0.85 ? `${open}${secret}${close}` : `${open}${pieces(random, atoms)}${secret}${pieces(random, atoms)}${close}`;
  }
  return literal(random, secret);
}

const CPP_HEADERS = ['', '#include <cstdio>\n', '#include <stdio.h>\n', '// config "x"\n#include <cstddef>\n\n'];

/** The literal in the forms the fix must refuse: with a `s` suffix, and as UTF-8 and wide strings. */
interface Variants {
  readonly udl: string;
  readonly u8: string;
  readonly wide: string;
}

type Shape = (fn: string, lit: string, variants: Variants) => string;

const STRING_SHAPES: { moved: readonly Shape[]; refused: readonly Shape[] } = {
  moved: [
    (fn, lit) => `${fn} {\n  std::string api_key = ${lit};\n  static std::string s = api_key;\n  return s.c_str();\n}\n`,
    (fn, lit) => `static const std::string api_key{${lit}};\n\n${fn} {\n  static std::string s = api_key;\n  return s.c_str();\n}\n`,
    (fn, lit) => `struct Config {\n  std::string api_key = ${lit};\n  int n = 1;\n};\n\n${fn} {\n  static std::string s = Config{}.api_key;\n  return s.c_str();\n}\n`,
    (fn, lit) => `${fn} {\n  static std::string s = std::string("x-") + ${lit};\n  return s.c_str();\n}\n`,
  ],
  refused: [
    (fn, _, { udl }) => `${fn} {\n  using namespace std::string_literals;\n  static std::string s = ${udl};\n  return s.c_str();\n}\n`,
    (fn, _, { wide }) => `${fn} {\n  std::wstring api_key = ${wide};\n  static std::string s(api_key.begin(), api_key.end());\n  return s.c_str();\n}\n`,
  ],
};

const CHAR_SHAPES: { moved: readonly Shape[]; refused: readonly Shape[] } = {
  moved: [
    (fn, lit) => `${fn} {\n  const char *api_key = ${lit};\n  const char *s = api_key;\n  return s;\n}\n`,
    (fn, lit) => `static const char *api_key = ${lit};\n\n${fn} {\n  const char *s = api_key;\n  return s;\n}\n`,
    (fn, lit) => `namespace config {\nconst char *const api_key =\n  ${lit};\n}\n\n${fn} {\n  const char *s = config::api_key;\n  return s;\n}\n`,
    (fn, lit) => `${fn} {\n  static const char *api_key = ${lit};\n  const char *s = api_key;\n  return s;\n}\n`,
    (fn, lit) => `#define API_KEY ${lit}\nstatic const char *key = API_KEY;\n\n${fn} {\n  const char *s = key;\n  return s;\n}\n`,
    (fn, lit) => `struct Config {\n  const char *api_key;\n  int n;\n};\n\n${fn} {\n  Config config{${lit}, 1};\n  const char *s = config.api_key;\n  return s;\n}\n`,
    (fn, lit) => `static const char *call(const char *value, int) { return value; }\n\n${fn} {\n  const char *s = call(${lit}, 1);\n  return s;\n}\n`,
    (fn, lit) => `${fn} {\n  auto pick = [](int n) { return n > 0 ? ${lit} : "none"; };\n  return pick(1);\n}\n`,
  ],
  refused: [
    (fn, lit) => `constexpr const char *api_key = ${lit};\n\n${fn} {\n  const char *s = api_key;\n  return s;\n}\n`,
    (fn, lit) => `static constexpr const char *api_key =\n    ${lit};\n\n${fn} {\n  const char *s = api_key;\n  return s;\n}\n`,
    (fn, _, { u8 }) => `${fn} {\n  auto api_key = ${u8};\n  const char *s = reinterpret_cast<const char *>(api_key);\n  return s;\n}\n`,
    (fn, lit) => `#define PREFIX "x-"\n\n${fn} {\n  const char *s = PREFIX ${lit};\n  return s;\n}\n`,
    (fn, lit) => `#define API_KEY ${lit}\n\n${fn} {\n  const char *s = API_KEY "-x";\n  return s;\n}\n`,
  ],
};

const cpp: Language = {
  languageId: 'cpp',
  path: 'app.cpp',
  interpreter: 'g++',
  uniqueNames: true,
  program(random, secret, n) {
    const lit = cppLiteral(random, secret);
    const udl = lit.startsWith('"') && !lit.includes('" "') ? `${lit}s` : lit;
    const u8 = lit.startsWith('"') && !lit.includes('" "') ? `u8${lit}` : `u8"${secret}"`;
    const wide = lit.startsWith('R') ? `L${lit}` : `LR"(${secret})"`;
    // std::string costs a tenth of a second a build, so only some programs use it. The fix must refuse a
    // constexpr, a wide or UTF-8 literal, a user-defined literal and a macro's neighbour: those shapes are rarer.
    const [kind, roll] = [random(), random()];
    const shapes = kind < 0.35 ? STRING_SHAPES : CHAR_SHAPES;
    const body = pick(random, roll < 0.1 ? shapes.refused : shapes.moved)(`const char *case_${n}()`, lit, { udl, u8, wide });
    return `${pick(random, CPP_HEADERS)}${shapes === STRING_SHAPES ? '#include <string>\n' : ''}${body}`;
  },
  run(programs, env) {
    return runNative('g++', 'cpp', programs, env);
  },
};

// Prints what each case returns as a JSON string of its bytes, one line each, so that a byte the literal wrote
// (`\xe9`) and the UTF-8 of a character (`é`) stay apart.
function mainProgram(names: readonly string[]): string {
  return [
    '#include <stdio.h>',
    ...names.map((name) => `const char *${name}(void);`),
    'static void show(const char *s) {',
    '  if (!s) { puts("null"); return; }',
    '  putchar(\'"\');',
    '  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {',
    '    if (*p == \'"\' || *p == \'\\\\\') printf("\\\\%c", *p);',
    '    else if (*p < 0x20 || *p >= 0x7f) printf("\\\\u%04x", *p);',
    '    else putchar(*p);',
    '  }',
    '  puts("\\"");',
    '  fflush(stdout);',
    '}',
    'int main(void) {',
    ...names.map((name) => `  show(${name}());`),
    '  return 0;',
    '}',
    '',
  ].join('\n');
}

// All programs compile in one compiler run, one translation unit each: one that fails only loses its own object.
function runNative(compiler: 'gcc' | 'g++', ext: 'c' | 'cpp', programs: readonly string[], env: readonly Record<string, string>[]): string[] {
  return inFiles(programs, (_, i) => `p${i}.${ext}`, (dir, files) => {
    // An undeclared getenv would compile in C, as a function returning int: a missing include must fail instead.
    const strict = ext === 'c' ? ['-Werror=implicit-function-declaration', '-Werror=int-conversion'] : [];
    const compiled = spawnSync(compiler, ['-c', '-w', ...strict, ...files], { cwd: dir, encoding: 'utf8' });
    const built = files.map((_, i) => existsSync(join(dir, `p${i}.o`)));
    const names = programs.map((code) => /\b(case_\d+)\s*\(/.exec(code)![1]);
    const running = names.filter((_, i) => built[i]);
    writeFileSync(join(dir, `main.${ext}`), mainProgram(running));
    const objects = files.map((_, i) => `p${i}.o`).filter((_, i) => built[i]);
    const linked = spawnSync(compiler, ['-o', 'run', `main.${ext}`, ...objects], { cwd: dir, encoding: 'utf8' });
    if (linked.status !== 0) throw new Error(`linking failed: ${linked.stderr}`);
    const union = Object.assign({}, ...env) as Record<string, string>;
    const ran = spawnSync(join(dir, 'run'), [], { env: { PATH: process.env.PATH, LC_ALL: 'C.UTF-8', ...union }, encoding: 'utf8', timeout: 10_000 });
    const lines = ran.stdout.split('\n').filter(Boolean);
    let next = 0;
    return programs.map((_, i) => {
      if (!built[i]) return `error: ${compiled.stderr.split('\n').filter((line) => line.startsWith(files[i])).join('\n')}`;
      const line = lines[next++];
      return line === undefined ? `error: the run stopped (${ran.signal ?? ran.status}): ${ran.stderr}` : (JSON.parse(line) as string | null) ?? 'null';
    });
  });
}

checkRewrites([c, cpp]);
