// Rewrites judged by Go, Rust, C# and TypeScript themselves: each generated program is built and run before the
// move (with the literal) and after it (reading the variable from the environment), and both must produce the same
// string. Compilers are slow to start, so every program of a run is built in one compiler call and run in one
// process, each program a function of its own that a small generated harness calls; TypeScript is transpiled and
// run in this process instead.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as ts from 'typescript';
import { checkRewrites, inFiles, pick, pieces, type Language, type Random } from '../support/programs';

/** How one compiled language builds its programs into one executable. */
interface Toolchain {
  /** The name of program `i`'s source file, which the compiler's messages quote. */
  readonly file: (i: number) => string;
  /** What the harness calls to run a program: a name that the program's own code declares. */
  readonly entry: (code: string, i: number) => string;
  /** Source files besides the programs': the harness that calls `entries` in order, and anything the build needs. */
  readonly harness: (entries: readonly string[]) => Record<string, string>;
  /** Builds the programs `kept` and the harness in `dir`, into an executable `run` there. */
  readonly build: (dir: string, kept: readonly number[]) => SpawnSyncReturns<string>;
  /** The command that starts the built executable. */
  readonly start: (dir: string) => [string, string[]];
  /** What the built executable needs in its environment besides PATH and the variables it reads, given the working directory. */
  readonly runEnv?: (dir: string) => Record<string, string>;
}

// What the compiler said about one file, for that program's error string: each message is a line, or for rustc a
// block whose first line says what is wrong and whose next ones say where, indented, or numbered as source lines.
const complaintsAbout = (output: string, file: string) =>
  output
    .split(/\n(?=[^\s\d|])/)
    .filter((message) => blames(message, file))
    .join('\n');

// `./p1.go:3:4`, `--> p1.rs:3:4`, `p1.cs(3,4)`: the name must not be the tail of another (`p11.go`).
const blames = (output: string, file: string) => new RegExp(`(?<![\\w.])${file.replace(/\./g, '\\.')}[:(]\\d`).test(output);

/**
 * Builds every program in one compiler call and runs them all in one process, with the union of the environments:
 * each program reads a variable of its own. A program that does not build is left out of the next try (and reported
 * as an error), so that one bad rewrite does not hide the results of the others.
 */
function runCompiled(toolchain: Toolchain, programs: readonly string[], env: readonly Record<string, string>[]): string[] {
  return inFiles(programs, (_, i) => toolchain.file(i), (dir) => {
    const errors = new Map<number, string>();
    let kept = programs.map((_, i) => i);
    for (;;) {
      const entries = kept.map((i) => toolchain.entry(programs[i], i));
      for (const [name, code] of Object.entries(toolchain.harness(entries))) fs.writeFileSync(path.join(dir, name), code);
      const built = toolchain.build(dir, kept);
      if (built.status === 0) break;
      const output = `${built.stdout}${built.stderr}${built.error ?? ''}`;
      const failed = kept.filter((i) => blames(output, toolchain.file(i)));
      if (failed.length === 0) throw new Error(`the build failed:\n${output}`);
      for (const i of failed) errors.set(i, `error: ${complaintsAbout(output, toolchain.file(i))}`);
      kept = kept.filter((i) => !errors.has(i));
    }
    const union = Object.assign({}, ...env) as Record<string, string>;
    const [command, args] = toolchain.start(dir);
    const runEnv = { PATH: process.env.PATH ?? '', LC_ALL: 'C.UTF-8', ...toolchain.runEnv?.(dir), ...union };
    const ran = spawnSync(command, args, { cwd: dir, env: runEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000, maxBuffer: 1 << 26 });
    if (ran.status !== 0) throw new Error(`the harness failed (${ran.signal ?? ran.status}): ${ran.stderr}${ran.error ?? ''}`);
    const results = JSON.parse(ran.stdout) as string[];
    const byProgram = new Map(kept.map((i, k) => [i, results[k]]));
    return programs.map((_, i) => errors.get(i) ?? byProgram.get(i)!);
  });
}

// Go

const GO_ATOMS = ['a', '9', ' ', ':', '/', '#', '%', '%s', '{', '}', "'", '`', 'é', '\\n', '\\t', '\\\\', '\\"', '\\x41', '\\xe9', '\\u00e9', '\\U0001F600', '\\101', '\\a', '\\v'];
const GO_RAW_ATOMS = ['a', '9', ' ', ':', '#', '"', "'", '\\', '\\n', '\\x41', '{', '}', 'é', '\n'];

// The imports above a program, and the declarations that use them: Go rejects an unused import. The rewrite adds
// "os" to a block, to a single import, or after the package clause.
const GO_HEADERS: readonly (readonly [string, string])[] = [
  ['', ''],
  ['', ''],
  ['import "strings"\n', 'var _ = strings.ToUpper\n'],
  ['import "fmt"\nimport "strings"\n', 'var _ = fmt.Sprint\nvar _ = strings.ToUpper\n'],
  ['import (\n\t"fmt"\n\t"strings"\n)\n', 'var _ = fmt.Sprint\nvar _ = strings.ToUpper\n'],
  ['import (\n\t"fmt"\n\n\tstr "strings"\n)\n', 'var _ = fmt.Sprint\nvar _ = str.ToUpper\n'],
  ['import (\n\t"errors"\n\t"unicode"\n)\n', 'var _ = errors.New\nvar _ = unicode.IsUpper\n'],
  ['import "os"\n', 'var _ = os.Args\n'],
  ['import (\n\t"fmt"\n\t"os" // the process\n)\n', 'var _ = fmt.Sprint\nvar _ = os.Args\n'],
];

const go: Language = {
  languageId: 'go',
  path: 'app.go',
  interpreter: 'go',
  probe: ['version'],
  uniqueNames: true,
  program(random, secret, n) {
    const raw = random() < 0.25;
    const atoms = raw ? GO_RAW_ATOMS : GO_ATOMS;
    const quote = raw ? '`' : '"';
    const literal = `${quote}${pieces(random, atoms)}${secret}${pieces(random, atoms)}${quote}`;
    // A constant may only be joined to constants; slicing a string makes it no constant.
    const constant = `${literal}${pick(random, ['', '', ' + "!"'])}`;
    const value = `${literal}${pick(random, ['', '', ' + "!"', '[1:]', ' + "-"'])}`;
    const fn = `func p${n}() string`;
    // Where a Go constant must stay one (another constant is made of it, a tag, an unused local), the fix must refuse.
    const refused = [
      `const apiKey${n} = ${constant}\nconst header${n} = "Bearer " + apiKey${n}\n\n${fn} {\n\ts := header${n}\n\treturn s\n}\n`,
      `type config${n} struct {\n\tAPIKey string \`json:"${secret}"\`\n}\n\n${fn} {\n\ts := "tag"\n\treturn s\n}\n`,
      `${fn} {\n\tconst apiKey = ${constant}\n\ts := "unused"\n\treturn s\n}\n`,
    ];
    const body = random() < 0.08 ? pick(random, refused) : pick(random, [
      `${fn} {\n\tn := 5\n\tapiKey := ${value}\n\ts := apiKey\n\t_ = n\n\treturn s\n}\n`,
      `${fn} {\n\tvar apiKey string = ${value}\n\ts := apiKey\n\treturn s\n}\n`,
      `${fn} {\n\tconst apiKey = ${constant}\n\ts := apiKey\n\treturn s\n}\n`,
      `const apiKey${n} = ${constant}\n\n${fn} {\n\ts := apiKey${n}\n\treturn s\n}\n`,
      `const apiKey${n} string = ${constant} // the key\n\n${fn} {\n\ts := apiKey${n}\n\treturn s\n}\n`,
      `const (\n\tprefix${n} = "k-"\n\tapiKey${n} = ${constant}\n)\n\n${fn} {\n\ts := prefix${n} + apiKey${n}\n\treturn s\n}\n`,
      `var apiKey${n} = ${value}\n\n${fn} {\n\ts := apiKey${n}\n\treturn s\n}\n`,
      `type config${n} struct {\n\tAPIKey string\n\tN      int\n}\n\n${fn} {\n\tc := config${n}{APIKey: ${value}, N: 1}\n\ts := c.APIKey\n\treturn s\n}\n`,
      `type config${n} struct {\n\tAPIKey string\n\tN      int\n}\n\n${fn} {\n\tc := config${n}{\n\t\t${value},\n\t\t1,\n\t}\n\ts := c.APIKey\n\treturn s\n}\n`,
      `${fn} {\n\tconfig := map[string]string{\n\t\t"api_key": ${value},\n\t\t"n":       "1",\n\t}\n\ts := config["api_key"]\n\treturn s\n}\n`,
      `func call${n}(value string, retries int) string { return value }\n\n${fn} {\n\ts := call${n}(${value}, 1)\n\treturn s\n}\n`,
      `${fn} {\n\tkeys := []string{"none", ${value}}\n\ts := keys[1]\n\treturn s\n}\n`,
    ]);
    const [imports, uses] = pick(random, GO_HEADERS);
    const comment = pick(random, ['', '', '// Package main holds a "case".\n']);
    return `${comment}package main\n\n${imports ? `${imports}\n` : ''}${uses ? `${uses}\n` : ''}${body}`;
  },
  run(programs, env) {
    return runCompiled(GO_TOOLCHAIN, programs, env);
  },
};

// Results as JSON, and a panic as `error: …`: json.Marshal writes a byte that is no UTF-8 as U+FFFD, the same before and after.
const GO_HARNESS = (entries: readonly string[]) => `package main

import (
\t"encoding/json"
\t"fmt"
\t"os"
)

func harnessCall(f func() string) (s string) {
\tdefer func() {
\t\tif r := recover(); r != nil {
\t\t\ts = fmt.Sprint("error: ", r)
\t\t}
\t}()
\treturn f()
}

func main() {
\tout := []string{${entries.map((name) => `harnessCall(${name})`).join(', ')}}
\tb, _ := json.Marshal(out)
\tos.Stdout.Write(b)
}
`;

const GO_TOOLCHAIN: Toolchain = {
  file: (i) => `p${i}.go`,
  entry: (code) => /^func (p\d+)\(\)/m.exec(code)![1],
  harness: (entries) => ({ 'main.go': GO_HARNESS(entries), 'go.mod': 'module cases\n\ngo 1.19\n' }),
  build: (dir, kept) =>
    spawnSync('go', ['build', '-gcflags=-e', '-o', 'run', 'main.go', ...kept.map((i) => `p${i}.go`)], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...goEnv(dir) }, maxBuffer: 1 << 26 }),
  start: (dir) => [path.join(dir, 'run'), []],
};

// The module cache, the build cache and the home directory go to the working directory: a bare environment has none.
function goEnv(dir: string): Record<string, string> {
  return { HOME: dir, GOCACHE: path.join(dir, '.cache'), GOPATH: path.join(dir, '.gopath'), GOPROXY: 'off', GOTOOLCHAIN: 'local', CGO_ENABLED: '0', GOTELEMETRY: 'off' };
}

// Rust

const RUST_ATOMS = ['a', '9', ' ', ':', '/', '#', '%', '{', '}', '{}', "'", 'é', '\\n', '\\t', '\\r', '\\0', '\\\\', '\\"', "\\'", '\\x41', '\\u{e9}', '\\u{1F600}', '\\\n        '];
const RUST_RAW_ATOMS = ['a', '9', ' ', ':', "'", '\\', '\\n', '\\x41', '{', '}', '{}', 'é', '\n'];

function rustLiteral(random: Random, secret: string): string {
  const [open, atoms, close] = pick(random, [
    ['"', RUST_ATOMS, '"'],
    ['"', RUST_ATOMS, '"'],
    ['r"', RUST_RAW_ATOMS, '"'],
    ['r#"', [...RUST_RAW_ATOMS, '"', '#'], '"#'],
  ] as const);
  // `"#` would close an r#"…"# string early.
  const text = () => pieces(random, atoms).replace(/"#/g, '"_#');
  return `${open}${text()}${secret}${text()}${close}`;
}

const rust: Language = {
  languageId: 'rust',
  path: 'main.rs',
  interpreter: 'rustc',
  uniqueNames: true,
  program(random, secret) {
    const literal = rustLiteral(random, secret);
    const borrowed = `${literal}${pick(random, ['', '', '', '.trim()', '.trim_start_matches(\'#\')'])}`;
    const owned = pick(random, [`${literal}.to_string()`, `String::from(${literal})`, `${literal}.to_owned()`, `${literal}.to_uppercase()`, `${literal}.to_string() + "!"`, `format!("{}!", ${literal})`]);
    const fn = 'pub fn run() -> String';
    // A const or static cannot read the environment (the fix must refuse); a byte string has no text to move.
    if (random() < 0.06) {
      return pick(random, [
        `const API_KEY: &str = ${literal};\n\n${fn} {\n    let s = API_KEY.to_string();\n    s\n}\n`,
        `pub static API_KEY: &str = ${literal};\n\n${fn} {\n    let s = API_KEY.to_string();\n    s\n}\n`,
        `${fn} {\n    let s = String::from_utf8_lossy(b"${secret}").into_owned();\n    s\n}\n`,
        `${fn} {\n    let key = Some(${literal});\n    let s = match key {\n        Some(${literal}) => "matched",\n        _ => "other",\n    };\n    s.to_string()\n}\n`,
        `${fn} {\n    let key = Some("x");\n    let mut s = String::from("none");\n    if let Some(${literal}) = key {\n        s = "matched".to_string();\n    }\n    s\n}\n`,
        `#[doc = ${literal}]\n${fn} {\n    let s = String::from("documented");\n    s\n}\n`,
      ]);
    }
    return pick(random, [
      `${fn} {\n    let n = 5;\n    let api_key = ${borrowed};\n    let s = format!("{}", api_key);\n    let _ = n;\n    s\n}\n`,
      `${fn} {\n    let api_key: &str = ${borrowed};\n    let s = api_key.to_string();\n    s\n}\n`,
      `${fn} {\n    let api_key = ${owned};\n    let s: String = api_key;\n    s\n}\n`,
      `${fn} {\n    let s = ${owned};\n    s\n}\n`,
      `${fn} {\n    let s: String = ${literal}\n        .to_string();\n    s\n}\n`,
      `struct Config {\n    api_key: String,\n    n: u32,\n}\n\n${fn} {\n    let config = Config { api_key: ${owned}, n: 1 };\n    let s = config.api_key;\n    let _ = config.n;\n    s\n}\n`,
      `struct Config<'a> {\n    api_key: &'a str,\n    n: u32,\n}\n\n${fn} {\n    let config = Config {\n        api_key: ${literal},\n        n: 1,\n    };\n    let s = config.api_key.to_string();\n    let _ = config.n;\n    s\n}\n`,
      `fn call(value: &str, retries: u32) -> String {\n    let _ = retries;\n    value.to_string()\n}\n\n${fn} {\n    let s = call(${borrowed}, 1);\n    s\n}\n`,
      `fn call(value: String) -> String {\n    value\n}\n\n${fn} {\n    let s = call(${owned});\n    s\n}\n`,
      `use std::collections::HashMap;\n\n${fn} {\n    let mut config = HashMap::new();\n    config.insert("api_key", ${literal});\n    let s = config["api_key"].to_string();\n    s\n}\n`,
      `${fn} {\n    let s = format!("{}-{}", 1, ${literal});\n    s\n}\n`,
      `${fn} {\n    let keys = [("none", "x"), ("api_key", ${literal})];\n    let s = keys[1].1.to_string();\n    s\n}\n`,
      `${fn} {\n    let keys = vec!["none", ${literal}];\n    let s = keys[1].to_string();\n    s\n}\n`,
      `use std::collections::HashMap;\n\n${fn} {\n    let config = HashMap::from([("n", "1"), ("api_key", ${literal})]);\n    let s = config["api_key"].to_string();\n    s\n}\n`,
      `struct Config {\n    api_key: &'static str,\n    n: u32,\n}\n\n${fn} {\n    let config = Config { api_key: ${literal}, n: 1 };\n    let s = config.api_key.to_string();\n    let _ = config.n;\n    s\n}\n`,
      `fn api_key() -> &'static str {\n    ${literal}\n}\n\n${fn} {\n    let s = api_key().to_string();\n    s\n}\n`,
    ]);
  },
  run(programs, env) {
    return runCompiled(RUST_TOOLCHAIN, programs, env);
  },
};

// Results as JSON with everything but printable ASCII escaped, and a panic, caught, as `error: …`.
const RUST_HARNESS = (entries: readonly string[]) => `${entries.map((name) => `mod ${name};`).join('\n')}

fn json(s: &str) -> String {
    let mut out = String::from("\\"");
    for unit in s.encode_utf16() {
        match unit {
            0x22 => out.push_str("\\\\\\""),
            0x5c => out.push_str("\\\\\\\\"),
            0x20..=0x7e => out.push(unit as u8 as char),
            _ => out.push_str(&format!("\\\\u{:04x}", unit)),
        }
    }
    out.push('"');
    out
}

fn call(f: fn() -> String) -> String {
    match std::panic::catch_unwind(f) {
        Ok(s) => s,
        Err(e) => format!("error: {}", e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default()),
    }
}

fn main() {
    std::panic::set_hook(Box::new(|_| {}));
    let out: Vec<String> = vec![${entries.map((name) => `json(&call(${name}::run))`).join(', ')}];
    print!("[{}]", out.join(","));
}
`;

const RUST_TOOLCHAIN: Toolchain = {
  file: (i) => `p${i}.rs`,
  // Each program is a module, named by its file.
  entry: (_, i) => `p${i}`,
  harness: (entries) => ({ 'main.rs': RUST_HARNESS(entries) }),
  build: (dir) =>
    spawnSync('rustc', ['--edition', '2021', '-A', 'warnings', '-C', 'debuginfo=0', '-C', 'opt-level=0', '-C', 'codegen-units=4', '-o', 'run', 'main.rs'], {
      cwd: dir,
      encoding: 'utf8',
      // rustup's proxy finds its toolchain through HOME (or RUSTUP_HOME), and rustc its linker on PATH.
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
      maxBuffer: 1 << 26,
    }),
  start: (dir) => [path.join(dir, 'run'), []],
};

// C#

const CSHARP_ATOMS = ['a', '9', ' ', ':', '/', '#', '%', '{', '}', "'", 'é', '\\n', '\\t', '\\r', '\\0', '\\a', '\\\\', '\\"', "\\'", '\\x41', '\\x9', '\\u00e9', '\\U0001F600'];
const CSHARP_VERBATIM_ATOMS = ['a', '9', ' ', ':', '#', "'", '\\', '\\n', '""', '{', '}', 'é', '\n'];
// Inside an interpolated string a brace is doubled, and a hole may hold a string of its own.
const HOLES = ['{n}', '{n:D3}', '{n,4}', '{(n > 1 ? "a" : "b")}'];

function csharpLiteral(random: Random, secret: string): { literal: string; constant: boolean } {
  const prefix = pick(random, ['', '', '', '@', '$', '$@']);
  const verbatim = prefix.includes('@');
  const interpolated = prefix.includes('$');
  const atoms = verbatim ? CSHARP_VERBATIM_ATOMS : CSHARP_ATOMS;
  const text = () => {
    const out = pieces(random, atoms);
    return interpolated ? out.replace(/[{}]/g, '$&$&') + (random() < 0.5 ? pick(random, HOLES) : '') : out;
  };
  return { literal: `${prefix}"${text()}${secret}${text()}"`, constant: !interpolated };
}

// `using System;` decides whether the rewrite writes Environment or System.Environment, or adds the using.
const CSHARP_HEADERS = ['', '', 'using System;\n', 'using System.Collections.Generic;\n', 'using System;\nusing System.Text;\n', '// a "header"\nusing System.Linq;\n'];

const csharp: Language = {
  languageId: 'csharp',
  path: 'App.cs',
  interpreter: 'mcs',
  uniqueNames: true,
  program(random, secret, n) {
    let { literal, constant } = csharpLiteral(random, secret);
    if (random() < 0.15 && !constant) ({ literal, constant } = { literal: `"${secret}"`, constant: true });
    const value = `${literal}${pick(random, ['', '', '.Trim()', ' + "!"', '.ToUpper()', ' + n'])}`;
    const constValue = `${literal}${pick(random, ['', '', ' + "!"'])}`;
    const cls = `Case${n}`;
    const run = (body: string) => `    public static string Run() {\n        int n = 5;\n${body}        return s;\n    }\n`;
    const members = pick(random, [
      run(`        string apiKey = ${value};\n        string s = apiKey;\n`),
      run(`        var apiKey = ${value};\n        var s = apiKey;\n`),
      run(`        var config = new System.Collections.Generic.Dictionary<string, string> {\n            { "api_key", ${value} },\n            { "n", "1" },\n        };\n        string s = config["api_key"];\n`),
      run(`        var config = new System.Collections.Generic.Dictionary<string, string> { ["api_key"] = ${value}, ["n"] = "1" };\n        string s = config["api_key"];\n`),
      `    static string Call(string value, int retries) { return value; }\n\n${run(`        string s = Call(${value}, 1);\n`)}`,
      `    static string Call(string value, int retries) { return value; }\n\n${run(`        string s = Call(retries: 1, value: ${value});\n`)}`,
      `    static string apiKey = ${literal};\n\n${run('        string s = apiKey;\n')}`,
      `    static readonly string ApiKey = ${literal};\n\n${run('        string s = ApiKey + n;\n')}`,
      `    private readonly string apiKey = ${literal};\n\n${run(`        string s = new ${cls}().apiKey;\n`)}`,
      `    public static string ApiKey { get; } = ${literal};\n\n${run('        string s = ApiKey;\n')}`,
      `    static void Set() {\n        System.Environment.SetEnvironmentVariable("API_KEY_${n}", ${literal});\n    }\n\n${run(`        Set();\n        string s = System.Environment.GetEnvironmentVariable("API_KEY_${n}");\n`)}`,
      ...(constant
        ? [
            run(`        const string apiKey = ${constValue};\n        string s = apiKey;\n`),
            `    const string ApiKey = ${constValue};\n\n${run('        string s = ApiKey;\n')}`,
            `    private const string ApiKey = ${constValue};\n\n${run('        string s = n > 1 ? ApiKey : "none";\n')}`,
            `    const string ApiKey = ${constValue};\n    const string Header = "Bearer " + ApiKey;\n\n${run('        string s = Header;\n')}`,
            `    const string ApiKey = ${constValue};\n\n    static string Call(string value = ApiKey) { return value; }\n\n${run('        string s = Call();\n')}`,
            `    const string ApiKey = ${constValue};\n\n${run('        string s = "";\n        switch (ApiKey) {\n            case ApiKey: s = ApiKey; break;\n        }\n')}`,
          ]
        : []),
    ]);
    const namespaced = random() < 0.3;
    // Fields' interpolations read a field n, Run's a local that hides it.
    const type = `class ${cls} {\n    static readonly int n = 5;\n\n${members}}\n`;
    return `${pick(random, CSHARP_HEADERS)}\n${namespaced ? `namespace Cases${n} {\n${type}}\n` : type}`;
  },
  run(programs, env) {
    return runCompiled(CSHARP_TOOLCHAIN, programs, env);
  },
};

// Results as JSON with everything but printable ASCII escaped, and an exception, caught, as `error: …`. The
// programs' classes are found by name, in a namespace or not.
const CSHARP_HARNESS = (entries: readonly string[]) => `using System;
using System.Linq;
using System.Reflection;
using System.Text;

static class Harness {
    static string Json(string s) {
        var b = new StringBuilder("\\"");
        foreach (char c in s) {
            if (c == '"' || c == '\\\\') b.Append('\\\\').Append(c);
            else if (c < 0x20 || c > 0x7e) b.Append("\\\\u").Append(((int) c).ToString("x4"));
            else b.Append(c);
        }
        return b.Append('"').ToString();
    }

    static string Call(Type[] types, string name) {
        try {
            var type = types.First(t => t.Name == name);
            return (string) type.GetMethod("Run").Invoke(null, null) ?? "null";
        } catch (TargetInvocationException e) {
            return "error: " + e.InnerException;
        } catch (Exception e) {
            return "error: " + e;
        }
    }

    static void Main() {
        var types = Assembly.GetExecutingAssembly().GetTypes();
        var names = new[] { ${entries.map((name) => `"${name}"`).join(', ')} };
        Console.Out.Write("[" + string.Join(",", names.Select(name => Json(Call(types, name)))) + "]");
    }
}
`;

const CSHARP_TOOLCHAIN: Toolchain = {
  file: (i) => `p${i}.cs`,
  entry: (code) => /\bclass (Case\d+)\b/.exec(code)![1],
  harness: (entries) => ({ 'harness.cs': CSHARP_HARNESS(entries) }),
  // Mono keeps per-user state under HOME, which a bare environment does not have.
  build: (dir, kept) =>
    spawnSync('mcs', ['-warn:0', '-out:run.exe', 'harness.cs', ...kept.map((i) => `p${i}.cs`)], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: dir, LC_ALL: 'C.UTF-8' },
      maxBuffer: 1 << 26,
    }),
  start: (dir) => ['mono', [path.join(dir, 'run.exe')]],
  runEnv: (dir) => ({ HOME: dir }),
};

// TypeScript

const TS_ATOMS = ['a', 'Z', '9', ' ', ':', '@', '/', '#', '$', '{', '}', '$x', '\\n', '\\t', '\\\\', "\\'", '\\"', '\\`', '\\u00e9', '\\u{1F600}', '\\x41', 'é', '😀', '%s', '\\0', '\\\n'];

function tsLiteral(random: Random, secret: string): string {
  const quote = pick(random, ['"', "'", '`']);
  const text = () => {
    let out = pieces(random, TS_ATOMS);
    // TypeScript takes `\0` before a digit (the secret's, perhaps) for an octal escape, which it rejects.
    out = out.replace(/\\0(?=\d|$)/g, '\\x00');
    // An unescaped `${` would be an interpolation in a template; a template may also hold an interpolation of its own.
    if (quote === '`') out = out.replace(/\$\{/g, '\\${') + (random() < 0.3 ? '${n}' : '');
    return out;
  };
  return `${quote}${text()}${secret}${text()}${quote}`;
}

const typescript: Language = {
  languageId: 'typescript',
  path: 'app.ts',
  interpreter: 'node',
  program(random, secret) {
    const literal = tsLiteral(random, secret);
    const value = `${literal}${pick(random, ['', '', '.trim()', ' + "!"', '.toUpperCase()', ' as string'])}`;
    // A string enum member must be a constant (the fix must refuse), so that shape is rare.
    if (random() < 0.04) return `const n = 5;\nenum Keys {\n  Api = ${literal.startsWith('`') ? `"${secret}"` : literal},\n  Other = "x",\n}\nconst s: string = Keys.Api;\n`;
    return `const n: number = 5;\n${pick(random, [
      `const apiKey: string = ${value};\nconst s = apiKey;\n`,
      `let apiKey = ${value};\nconst s: string = apiKey;\n`,
      `export const apiKey: string = ${value};\nconst s = apiKey;\n`,
      `const apiKey = ${literal} as const;\nconst s: string = apiKey;\n`,
      `const config = { apiKey: ${literal}, n: 1 } as const;\nconst s: string = config.apiKey;\n`,
      `interface Config {\n  apiKey: string;\n  n: number;\n}\nconst config: Config = { apiKey: ${value}, n: 1 };\nconst s = config.apiKey;\n`,
      `class Config {\n  apiKey: string = ${value};\n  readonly n = 1;\n}\nconst s = new Config().apiKey;\n`,
      `class Client {\n  private readonly apiKey = ${value};\n  key(): string {\n    return this.apiKey;\n  }\n}\nconst s = new Client().key();\n`,
      `class Keys {\n  static readonly API_KEY: string = ${value};\n}\nconst s = Keys.API_KEY;\n`,
      `class Client {\n  constructor(private readonly apiKey: string = ${value}) {}\n  key() {\n    return this.apiKey;\n  }\n}\nconst s = new Client().key();\n`,
      `function call(value: string, retries = 1): string {\n  return value + retries;\n}\nconst s = call(${value}, 1);\n`,
      `const call = <T,>(value: T): T => value;\nconst s = call<string>(${value});\n`,
      `namespace Settings {\n  export const apiKey: string = ${value};\n}\nconst s = Settings.apiKey;\n`,
      `const headers = new Map<string, string>([["authorization", ${value}]]);\nconst s = headers.get("authorization")!;\n`,
      `const s: string = process.env.API_KEY ?? ${literal};\n`,
      `process.env.API_KEY = ${literal};\nconst s = process.env.API_KEY;\n`,
      // A literal type comes first: the fix must refuse it, and so leave the secret in both places.
      ...(random() < 0.3 && !literal.startsWith('`') ? [`const apiKey: ${literal} | "none" = ${literal};\nconst s: string = apiKey;\n`] : []),
    ])}`;
  },
  run(programs, env) {
    // Transpiled as a .ts file would be; a syntax error there is a broken rewrite.
    return programs.map((code, i) => {
      const out = ts.transpileModule(code, { fileName: 'app.ts', reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, strict: true } });
      const problems = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
      if (problems.length) return `error: ${problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n')}`;
      try {
        return String(vm.runInNewContext(`${out.outputText}\n;s`, { process: { env: { ...env[i] } }, exports: {} }));
      } catch (error) {
        return `error: ${String(error)}`;
      }
    });
  },
};

checkRewrites([go, rust, csharp, typescript]);
