// Rewrites judged by the JVM languages themselves: each generated program is compiled and run before the move
// (with the literal) and after it (reading the variable from the environment), and both must produce the same
// string. JVMs start slowly, so every program of a run is compiled in one go and run in one JVM, each program a
// class of its own that a small Java harness finds by name (Groovy runs scripts instead, each in a shell of its own).
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkRewrites, inFiles, pick, pieces, type Language, type Random } from '../support/programs';

// Calls each named class's `run()` (static, or on a Kotlin object's INSTANCE) and prints the results as a JSON
// array, each failure as `error: …`. Non-ASCII is escaped, so the output does not depend on the JVM's encoding.
const HARNESS = `
import java.lang.reflect.*;

public class Main {
  public static void main(String[] names) {
    StringBuilder out = new StringBuilder("[");
    for (String name : names) {
      if (out.length() > 1) out.append(',');
      String s;
      try {
        Class<?> c = Class.forName(name);
        Method run = c.getDeclaredMethod("run");
        run.setAccessible(true);
        Object target = Modifier.isStatic(run.getModifiers()) ? null : c.getDeclaredField("INSTANCE").get(null);
        s = String.valueOf(run.invoke(target));
      } catch (InvocationTargetException e) {
        s = "error: " + e.getCause();
      } catch (Throwable e) {
        s = "error: " + e;
      }
      out.append('"');
      for (char ch : s.toCharArray()) {
        if (ch == '"' || ch == '\\\\') out.append('\\\\').append(ch);
        else if (ch < 0x20 || ch > 0x7e) out.append(String.format("\\\\u%04x", (int) ch));
        else out.append(ch);
      }
      out.append('"');
    }
    System.out.print(out.append(']'));
  }
}
`;

/** How one JVM language's programs are built and started. */
interface Toolchain {
  /** The source file extension. */
  readonly ext: string;
  /** The compiler and its arguments for `files`, writing classes to `out`. */
  readonly compile: (out: string, files: readonly string[]) => [string, string[]];
  /** The launcher that puts the language's runtime library on the class path. */
  readonly launcher: string;
}

const TOOLCHAIN_ENV = { ...process.env, LC_ALL: 'C.UTF-8' };

// What the compiler said about one file, for the program's error string: each message that names it, with the
// lines that follow up to the next message about a file.
function complaintsAbout(stderr: string, file: string, ext: string): string {
  const out: string[] = [];
  let mine = false;
  for (const line of stderr.split('\n')) {
    if (line.includes(`.${ext}:`)) mine = line.includes(file);
    if (mine) out.push(line);
  }
  return out.join('\n');
}

/**
 * Compiles every program in one compiler run and runs them all in one JVM, with the union of the environments:
 * each program reads a variable of its own. A program that does not compile is left out (and reported as an
 * error), so that one bad rewrite does not hide the results of the others.
 */
function runOnJvm(toolchain: Toolchain, programs: readonly string[], env: readonly Record<string, string>[]): string[] {
  const caseName = (code: string) => /\b(?:class|object)\s+(Case\d+)\b/.exec(code)![1];
  const names = programs.map(caseName);
  return inFiles(programs, (code) => `${caseName(code)}.${toolchain.ext}`, (dir) => {
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const errors = new Map<string, string>();
    // Each failed build drops the files it complains about; a compiler that stops at its first phase's errors
    // may find more in the next build.
    for (;;) {
      const files = names.filter((name) => !errors.has(name)).map((name) => path.join(dir, `${name}.${toolchain.ext}`));
      if (files.length === 0) break;
      const [compiler, args] = toolchain.compile(out, files);
      const build = spawnSync(compiler, args, { encoding: 'utf8', env: TOOLCHAIN_ENV, maxBuffer: 1 << 26, timeout: 240_000 });
      if (build.status === 0) break;
      const stderr = `${build.stdout}${build.stderr}${build.error ?? ''}`;
      const failed = names.filter((name) => !errors.has(name) && new RegExp(`\\b${name}\\.${toolchain.ext}:\\d+(?::\\d+)?: error`).test(stderr));
      if (failed.length === 0) throw new Error(`${compiler} failed:\n${stderr}`);
      for (const name of failed) errors.set(name, `error: ${complaintsAbout(stderr, `${name}.${toolchain.ext}`, toolchain.ext)}`);
    }
    fs.writeFileSync(path.join(dir, 'Main.java'), HARNESS);
    execFileSync('javac', ['-nowarn', '-d', out, path.join(dir, 'Main.java')], { env: TOOLCHAIN_ENV, stdio: ['ignore', 'ignore', 'pipe'] });
    const runnable = names.filter((name) => !errors.has(name));
    const union = Object.assign({}, ...env) as Record<string, string>;
    const stdout = execFileSync(toolchain.launcher, ['-cp', out, 'Main', ...runnable], {
      env: { PATH: process.env.PATH, LC_ALL: 'C.UTF-8', ...union },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 26,
      timeout: 120_000,
    });
    const results = JSON.parse(stdout) as string[];
    const byName = new Map(runnable.map((name, i) => [name, results[i]]));
    return names.map((name) => errors.get(name) ?? byName.get(name)!);
  });
}

// An interpolated name is never followed by a letter or digit, which would extend it (`$nABC` reads a variable
// nABC, and `$né` one named né, as does `$n\u00e9` where unicode escapes are read first), nor by the secret.
const endName = (text: string) => text.replace(/\$n(?=[\p{L}\p{N}_]|\\u|$)/gu, '$n ');

// The literal a fallback to a read of the secret's own variable gets: half the time the secret alone, which the
// move can replace; any more of it, and the move must refuse.
const fallback = (random: Random, secret: string, value: string, quote = '"') => (random() < 0.5 ? `${quote}${secret}${quote}` : value);

// No run of three quotes inside a triple-quoted string, which would close it.
const noTripleQuotes = (text: string, quote: string) => text.split(quote.repeat(3)).join(quote);

const JAVA_ATOMS = ['a', '9', ' ', ':', '/', '#', '$', '{', '}', "'", '%', '+', 'é', '\\n', '\\t', '\\r', '\\b', '\\f', '\\s', '\\\\', '\\"', "\\'", '\\u00e9', '\\u0041', '\\101', '\\0', '\\7'];
const JAVA_BLOCK_ATOMS = ['a', '9', ' ', '"', "'", 'é', '\\n', '\\t', '\\"', '\\\\', '\\s', '\\u0041', '\\\n', '\n'];

const java: Language = {
  languageId: 'java',
  path: 'App.java',
  interpreter: 'javac',
  probe: ['-version'],
  uniqueNames: true,
  program(random, secret, n) {
    // A text block's content starts on the line after its opening quotes.
    const block = random() < 0.1;
    const literal = block
      ? `"""\n        ${noTripleQuotes(pieces(random, JAVA_BLOCK_ATOMS), '"')}${secret}${noTripleQuotes(pieces(random, JAVA_BLOCK_ATOMS), '"')}z"""`
      : `"${pieces(random, JAVA_ATOMS)}${secret}${pieces(random, JAVA_ATOMS)}"`;
    const value = `${literal}${pick(random, ['', '', '.trim()', ' + "!"', '.toUpperCase()', '.concat("!")', ' + n'])}`;
    return pick(random, [
      `class Case${n} {\n  static String run() {\n    int n = 5;\n    String apiKey = ${value};\n    String s = apiKey;\n    return s;\n  }\n}\n`,
      `import java.util.HashMap;\nimport java.util.Map;\n\nclass Case${n} {\n  static String run() {\n    int n = 5;\n    Map<String, String> config = new HashMap<>();\n    config.put("api_key", ${value}); // a map entry\n    String s = config.get("api_key");\n    return s;\n  }\n}\n`,
      `class Case${n} {\n  static String call(String value, int retries) { return value; }\n\n  static String run() {\n    int n = 5;\n    String s = call(${value}, 1);\n    return s;\n  }\n}\n`,
      `class Case${n} {\n  static final int n = 5;\n  static final String API_KEY = ${value};\n\n  static String run() {\n    String s = API_KEY;\n    return s;\n  }\n}\n`,
      `class Case${n} {\n  private final int n = 5;\n  private final String apiKey = ${value};\n\n  static String run() {\n    String s = new Case${n}().apiKey;\n    return s;\n  }\n}\n`,
      // A fallback to a read of the very variable the secret moves to.
      `class Case${n} {\n  static String run() {\n    int n = 5;\n    String s = System.getenv().getOrDefault("API_KEY_${n}", ${fallback(random, secret, value)});\n    return s;\n  }\n}\n`,
    ]);
  },
  run(programs, env) {
    return runOnJvm({ ext: 'java', compile: (out, files) => ['javac', ['-nowarn', '-encoding', 'UTF-8', '-Xmaxerrs', '10000', '-d', out, ...files]], launcher: 'java' }, programs, env);
  },
};

const KOTLIN_ATOMS = ['a', '9', ' ', ':', '/', '#', '{', '}', "'", '%', 'é', '$ ', '\\n', '\\t', '\\r', '\\b', '\\\\', '\\"', "\\'", '\\$', '\\u00e9', '$n', '${n}', '${n + 1}', '${"x"}'];
const KOTLIN_RAW_ATOMS = ['a', '9', ' ', ':', '#', '{', '}', '"', "'", 'é', '$ ', '\\', '\\n', '\\$ ', '$n', '${n}', "${'$'}", '\n'];

const kotlin: Language = {
  languageId: 'kotlin',
  path: 'App.kt',
  interpreter: 'kotlinc',
  probe: ['-version'],
  uniqueNames: true,
  program(random, secret, n) {
    const raw = random() < 0.35;
    const text = () => endName(raw ? noTripleQuotes(pieces(random, KOTLIN_RAW_ATOMS), '"') : pieces(random, KOTLIN_ATOMS));
    const literal = raw ? `"""${text()}${secret}${text()}z"""` : `"${text()}${secret}${text()}"`;
    const value = `${literal}${pick(random, ['', '', '.trim()', ' + "!"', '.toUpperCase()', '.repeat(2)', ...(raw ? ['.trimIndent()', '.trimMargin()'] : [])])}`;
    // A const's initialiser may call no function.
    const constant = !/\.\w+\(/.test(value);
    return pick(random, [
      `object Case${n} {\n  fun run(): String {\n    val n = 5\n    val apiKey = ${value}\n    val s = apiKey\n    return s\n  }\n}\n`,
      `object Case${n} {\n  fun run(): String {\n    val n = 5\n    val config = mapOf("api_key" to ${value}, "n" to "1") // a map entry\n    val s = config.getValue("api_key")\n    return s\n  }\n}\n`,
      `object Case${n} {\n  private fun call(value: String, retries: Int = 0): String = value\n\n  fun run(): String {\n    val n = 5\n    val s = call(${value}, retries = 1)\n    return s\n  }\n}\n`,
      `object Case${n} {\n  private const val n = 5\n  ${constant ? 'const ' : ''}val API_KEY = ${value}\n\n  fun run(): String {\n    val s = API_KEY\n    return s\n  }\n}\n`,
      `private const val n = 5\nprivate ${constant ? 'const ' : ''}val API_KEY = ${value}\n\nobject Case${n} {\n  fun run(): String {\n    val s = API_KEY\n    return s\n  }\n}\n`,
      // Fallbacks to a read of the very variable the secret moves to.
      `object Case${n} {\n  fun run(): String {\n    val n = 5\n    val s = System.getenv("API_KEY_${n}") ?: ${fallback(random, secret, value)}\n    return s\n  }\n}\n`,
      `object Case${n} {\n  fun run(): String {\n    val n = 5\n    val s = System.getenv("API_KEY_${n}")?.takeIf { it.isNotEmpty() } ?: ${fallback(random, secret, value)}\n    return s\n  }\n}\n`,
    ]);
  },
  run(programs, env) {
    return runOnJvm({ ext: 'kt', compile: (out, files) => ['kotlinc', ['-nowarn', '-d', out, ...files]], launcher: 'kotlin' }, programs, env);
  },
};

const SCALA_ATOMS = ['a', '9', ' ', ':', '/', '#', '{', '}', "'", '%', 'é', '$', '\\n', '\\t', '\\r', '\\b', '\\f', '\\\\', '\\"', "\\'", '\\u00e9', '\\101', '\\0'];
// An interpolated string takes no `\"` before Scala 2.13 (the quote ends it), and writes `$` as `$$`.
const SCALA_S_ATOMS = ['a', '9', ' ', ':', '/', '#', '{', '}', "'", '%', 'é', '$$', '\\n', '\\t', '\\\\', '\\u00e9', '\\101', '\\0', '$n', '${n}', '${n + 1}', '${"x"}'];
const SCALA_RAW_ATOMS = ['a', '9', ' ', ':', '#', "'", 'é', '$$', '\\n', '\\d', '\\\\', '$n', '${n}'];
const SCALA_TRIPLE_ATOMS = ['a', '9', ' ', ':', '#', '{', '}', '"', "'", 'é', '$', '\\n', '\\d', '\n'];
const SCALA_S_TRIPLE_ATOMS = ['a', '9', ' ', ':', '#', '"', "'", 'é', '$$', '\\n', '\\t', '\\0', '$n', '${n}', '\n'];

function scalaLiteral(random: Random, secret: string): string {
  const [open, atoms, close] = pick(random, [
    ['"', SCALA_ATOMS, '"'],
    ['"', SCALA_ATOMS, '"'],
    ['s"', SCALA_S_ATOMS, '"'],
    ['s"', SCALA_S_ATOMS, '"'],
    ['raw"', SCALA_RAW_ATOMS, '"'],
    ['"""', SCALA_TRIPLE_ATOMS, '"""'],
    ['s"""', SCALA_S_TRIPLE_ATOMS, '"""'],
    // The f interpolator checks its format at compile time: the move refuses it.
    ...(random() < 0.3 ? ([['f"', SCALA_S_ATOMS, '"']] as const) : []),
  ] as const);
  const text = () => endName(noTripleQuotes(pieces(random, open === 'f"' ? atoms.filter((atom) => atom !== '%') : atoms), '"'));
  return `${open}${text()}${secret}${text()}z${close}`;
}

const scala: Language = {
  languageId: 'scala',
  path: 'App.scala',
  interpreter: 'scalac',
  probe: ['-version'],
  uniqueNames: true,
  program(random, secret, n) {
    const value = `${scalaLiteral(random, secret)}${pick(random, ['', '', '.trim', ' + "!"', '.toUpperCase', ' * 2'])}`;
    return pick(random, [
      `object Case${n} {\n  def run(): String = {\n    val n = 5\n    val apiKey = ${value}\n    val s = apiKey\n    s\n  }\n}\n`,
      `object Case${n} {\n  def run(): String = {\n    val n = 5\n    val config = Map("api_key" -> ${value.endsWith(' + "!"') ? `(${value})` : value}, "n" -> "1") // a map entry\n    val s = config("api_key")\n    s\n  }\n}\n`,
      `object Case${n} {\n  private def call(value: String, retries: Int = 0): String = value\n\n  def run(): String = {\n    val n = 5\n    val s = call(${value}, retries = 1)\n    s\n  }\n}\n`,
      `object Case${n} {\n  private val n = 5\n  final val ApiKey = ${value}\n\n  def run(): String = {\n    val s = ApiKey\n    s\n  }\n}\n`,
      `object Case${n} {\n  def run(): String = {\n    val n = 5\n    val s = sys.env.getOrElse("API_KEY_${n}", ${fallback(random, secret, value)})\n    s\n  }\n}\n`,
    ]);
  },
  run(programs, env) {
    return runOnJvm({ ext: 'scala', compile: (out, files) => ['scalac', ['-nowarn', '-encoding', 'UTF-8', '-d', out, ...files]], launcher: 'scala' }, programs, env);
  },
};

const GROOVY_SINGLE_ATOMS = ['a', '9', ' ', ':', '/', '#', '{', '}', '"', '$', '$n', '%', 'é', '\\n', '\\t', '\\r', '\\b', '\\f', '\\\\', "\\'", '\\"', '\\$', '\\u00e9', '\\101', '\\0'];
// A `$` in a GString starts an interpolation, or is escaped.
const GROOVY_DOUBLE_ATOMS = ['a', '9', ' ', ':', '/', '#', '{', '}', "'", '%', 'é', '\\n', '\\t', '\\r', '\\\\', '\\"', '\\$', '\\u00e9', '\\101', '$n', '${n}', '${n + 1}', '${"x"}'];
const GROOVY_TRIPLE_ATOMS = ['a', '9', ' ', ':', '#', '"', "'", 'é', '\\n', '\\t', '\\\\', '\\$', '$n', '${n}', '\n'];
const GROOVY_TRIPLE_SINGLE_ATOMS = ['a', '9', ' ', ':', '#', '"', "'", '$', 'é', '\\n', '\\\\', "\\'", '$n', '\n'];
// A slashy string escapes only its slash: other backslashes stay, and `$` interpolates.
const GROOVY_SLASHY_ATOMS = ['a', '9', ' ', ':', '#', '{', '}', '"', "'", 'é', '*', '\\d', '\\/', '\\n', '\\u00e9', '$n', '${n}', '$ '];

function groovyLiteral(random: Random, secret: string): string {
  const [open, atoms, close] = pick(random, [
    ["'", GROOVY_SINGLE_ATOMS, "'"],
    ['"', GROOVY_DOUBLE_ATOMS, '"'],
    ['"', GROOVY_DOUBLE_ATOMS, '"'],
    ['"""', GROOVY_TRIPLE_ATOMS, '"""'],
    ["'''", GROOVY_TRIPLE_SINGLE_ATOMS, "'''"],
    ['/', GROOVY_SLASHY_ATOMS, '/'],
  ] as const);
  const text = () => endName(noTripleQuotes(noTripleQuotes(pieces(random, atoms), '"'), "'"));
  // The `z`: a slashy string may not start with `*` (a comment) nor end in a backslash.
  return `${open}${open === '/' ? 'z' : ''}${text()}${secret}${text()}z${close}`;
}

const groovy: Language = {
  languageId: 'groovy',
  path: 'app.groovy',
  interpreter: 'groovy',
  uniqueNames: true,
  program(random, secret, n) {
    const value = `${groovyLiteral(random, secret)}${pick(random, ['', '', '.trim()', ' + "!"', '.toUpperCase()', ' * 2'])}`;
    return pick(random, [
      `def n = 5\ndef apiKey = ${value}\ns = apiKey\n`,
      `def n = 5\ndef config = [api_key: ${value}, n: 1] // a map entry\ns = config.api_key\n`,
      `def call(value, retries) { value }\ndef n = 5\ns = call(${value}, 1)\n`,
      `class Case${n} {\n  static final int n = 5\n  static final String API_KEY = ${value}\n}\ns = Case${n}.API_KEY\n`,
      `def n = 5\ns = System.getenv('API_KEY_${n}') ?: ${fallback(random, secret, value, "'")}\n`,
    ]);
  },
  run(programs, env) {
    // One JVM for all: each program is a script of its own, compiled by a fresh shell, whose `s` is read back.
    const harness = [
      'import groovy.json.*',
      'def programs = new JsonSlurper().parse(new InputStreamReader(System.in, "UTF-8"))',
      'def out = programs.collect { code ->',
      '  try {',
      '    def shell = new GroovyShell()',
      '    shell.evaluate(code)',
      '    String.valueOf(shell.getVariable("s"))',
      '  } catch (Throwable error) {',
      '    "error: " + error',
      '  }',
      '}',
      'print JsonOutput.toJson(out)',
    ].join('\n');
    const union = Object.assign({}, ...env) as Record<string, string>;
    const stdout = execFileSync('groovy', ['-e', harness], {
      input: JSON.stringify(programs),
      env: { PATH: process.env.PATH, LC_ALL: 'C.UTF-8', ...union },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      timeout: 120_000,
    });
    return JSON.parse(stdout) as string[];
  },
};

checkRewrites([java, kotlin, scala, groovy]);
