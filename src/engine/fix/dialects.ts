// Per language: how a literal's source maps to its value, how the environment is read, what the user
// still has to do, and how a line is commented. The lexical rules live in syntax.ts.
import type { Decoding } from './escapes';
import type { LexSpec, StringToken } from './lexer';
import { SYNTAX } from './syntax';
import { insideErbTag, insideRazorCode } from './templates';

/** How a language gets a value from the environment, which decides how a literal is rewritten. */
export type DialectKind =
  /** A programming language: the literal becomes an expression. */
  | 'code'
  /** Text that a tool substitutes `${NAME}` in (shell, YAML, Compose, Dockerfile, make, batch). */
  | 'substitute'
  /** A format that cannot read the environment: the value moves, a placeholder stays. */
  | 'placeholder'
  /** An env file already. */
  | 'dotenv'
  /** A language with no rewrite here; only the ignore directive is offered. */
  | 'unsupported';

/** How a line comment (or a one-line block comment) is written. */
export interface CommentStyle {
  readonly open: string;
  readonly close?: string;
}

/** One language's rules. */
export interface Dialect {
  readonly id: string;
  readonly label: string;
  readonly kind: DialectKind;
  readonly lex: LexSpec;
  readonly comment?: CommentStyle;
  /** How the source of a literal (or of a bare value, token undefined) maps to its value. */
  readonly decoding: (token: StringToken | undefined) => Decoding | undefined;
  /** The read of NAME as a self-contained expression or text, for a whole literal. */
  readonly read: (name: string) => string;
  /** Lines can be continued with a trailing backslash, so nothing may follow one. */
  readonly backslashContinuation?: boolean;
  /** What the user still has to do after a move, never naming a value. */
  readonly notes: (names: readonly string[], path?: string) => string[];
  /** For a language the fix does not rewrite: why, in a sentence that continues with what to do instead. */
  readonly refusal?: string;
  /** For a server-side template: the code inside its tags, which another dialect rewrites. */
  readonly code?: CodeIslands;
}

/** A template's code islands: the dialect they are written in, what they are called, and where they are. */
export interface CodeIslands {
  readonly dialect: string;
  readonly label: string;
  readonly contains: (text: string, offset: number) => boolean;
}


const list = (names: readonly string[]) => names.join(', ');
// Templates and pages end up in browsers: said wherever a fix puts a key back into one.
const PAGE_WARNING = 'Whatever the page shows, every visitor can read: a key the browser does not need belongs in a server-side call.';
const loadDotenvHint = 'load .env when the program starts, or export the variable in the environment it runs in';

function code(
  id: string,
  label: string,
  lex: LexSpec,
  decoding: Dialect['decoding'],
  read: (name: string) => string,
  advice: (names: string) => string,
  comment: CommentStyle = { open: '//' },
): Dialect {
  return { id, label, kind: 'code', lex, comment, decoding, read, notes: (names) => [advice(list(names))] };
}

/** What follows a Rust read of NAME: a panic that names the variable when it is unset. */
export const rustUnsetCheck = (name: string): string => `.expect("${name} must be set")`;

/** An ERB output tag that prints NAME from the environment as the template renders. */
export const erbRead = (name: string): string => `<%= ENV.fetch("${name}") %>`;

// `'…'` reads `\\` and `\'`; Perl's `q{…}` and Ruby's `%q{…}` read their own delimiter escaped instead.
const singleQuoted = (t: StringToken): Decoding => (t.open === "'" ? 'quote-escape-only' : 'quote-like');

// Groovy strings: `'…'` and `'''…'''` read escapes only; `"…"` and `"""…"""` are GStrings, where `$` interpolates too;
// a slashy string (`/…/`) interpolates but escapes only its slash.
const groovyDecoding: Dialect['decoding'] = (t) =>
  t?.form.kind === 'slashy' ? 'groovy-slashy' : t?.form.kind === 'single' || t?.form.kind === 'triple-single' ? 'groovy-single' : 'groovy';

const DIALECTS: readonly Dialect[] = [
  code(
    'javascript',
    'JavaScript',
    SYNTAX.javascript,
    () => 'js',
    (name) => `process.env.${name}`,
    (n) => `The code now reads ${n} from process.env: ${loadDotenvHint} (\`node --env-file=.env\` on Node 20.6+, or \`import 'dotenv/config'\`). Code bundled for the browser must not hold the key at all: call your server instead.`,
  ),
  code(
    'python',
    'Python',
    SYNTAX.python,
    (t) => (t && /r/i.test(t.prefix) ? 'raw' : t && /b/i.test(t.prefix) ? 'python-bytes' : 'python'),
    (name) => `os.environ["${name}"]`,
    (n) => `The code now reads ${n} from os.environ (a KeyError if it is missing): ${loadDotenvHint} (python-dotenv: \`load_dotenv()\`).`,
    { open: '#' },
  ),
  code(
    'go',
    'Go',
    SYNTAX.go,
    (t) => (t?.form.kind === 'raw' ? 'raw' : 'go'),
    (name) => `os.Getenv("${name}")`,
    (n) => `The code now reads ${n} with os.Getenv, which returns "" when it is unset: ${loadDotenvHint} (for example with github.com/joho/godotenv).`,
  ),
  code(
    'java',
    'Java',
    SYNTAX.java,
    () => 'java',
    (name) => `System.getenv("${name}")`,
    (n) => `The code now reads ${n} with System.getenv, which returns null when it is unset: export it before starting the JVM (Java does not read .env by itself).`,
  ),
  code(
    'kotlin',
    'Kotlin',
    SYNTAX.kotlin,
    (t) => (t?.form.kind === 'raw' ? 'raw' : 'kotlin'),
    (name) => `System.getenv("${name}")`,
    (n) => `The code now reads ${n} with System.getenv, which returns null when it is unset: export it before starting the JVM (Kotlin does not read .env by itself).`,
  ),
  code(
    'csharp',
    'C#',
    SYNTAX.csharp,
    (t) => (t?.form.kind === 'verbatim' ? 'double-doubled' : t?.form.kind === 'raw' ? 'raw' : 'csharp'),
    (name) => `Environment.GetEnvironmentVariable("${name}")`,
    (n) => `The code now reads ${n} with Environment.GetEnvironmentVariable, which returns null when it is unset: export it before running, or load .env (for example with DotNetEnv).`,
  ),
  code(
    'ruby',
    'Ruby',
    SYNTAX.ruby,
    (t) => (t?.form.kind === 'single' ? singleQuoted(t) : t?.form.kind === 'double' || t?.expands ? 'ruby-double' : t?.form.kind === 'heredoc' ? 'raw' : undefined),
    (name) => `ENV.fetch("${name}")`,
    (n) => `The code now reads ${n} with ENV.fetch (a KeyError if it is missing): ${loadDotenvHint} (the dotenv gem: \`require "dotenv/load"\`).`,
    { open: '#' },
  ),
  code(
    'php',
    'PHP',
    SYNTAX.php,
    (t) => (t?.form.kind === 'single' ? 'quote-escape-only' : t?.form.kind === 'heredoc' && !t.expands ? 'raw' : t ? 'php-double' : undefined),
    (name) => `getenv('${name}')`,
    (n) => `The code now reads ${n} with getenv, which returns false when it is unset: ${loadDotenvHint} (for example with vlucas/phpdotenv).`,
  ),
  code(
    'rust',
    'Rust',
    SYNTAX.rust,
    (t) => (t?.form.kind === 'raw' ? 'raw' : t && t.prefix.includes('b') ? undefined : 'rust'),
    (name) => `std::env::var("${name}")${rustUnsetCheck(name)}`,
    (n) => `The code now reads ${n} with std::env::var and panics with a clear message when it is unset: ${loadDotenvHint} (for example with the dotenvy crate). ` +
      `A String replaced a &'static str: where a 'static lifetime was required, store the String instead.`,
  ),
  code(
    'swift',
    'Swift',
    SYNTAX.swift,
    (t) => (t && t.prefix ? 'raw' : 'swift'),
    (name) => `ProcessInfo.processInfo.environment["${name}"] ?? ""`,
    (n) => `The code now reads ${n} from ProcessInfo's environment and gets "" when it is unset: set it in the scheme's environment variables or the process environment (apps do not read .env by themselves).`,
  ),
  code(
    'dart',
    'Dart',
    SYNTAX.dart,
    (t) => (t && t.prefix ? 'raw' : 'dart'),
    (name) => `Platform.environment['${name}']!`,
    (n) => `The code now reads ${n} from Platform.environment and throws when it is unset: export it before running (dart:io has no environment on the web; Flutter apps usually pass keys with --dart-define instead).`,
  ),
  code(
    'scala',
    'Scala',
    SYNTAX.scala,
    // The s interpolator reads escapes in a triple-quoted string too.
    (t) => (t?.prefix === 's' ? 'scala' : t?.form.kind === 'triple' || t?.prefix === 'raw' ? 'raw' : t?.prefix === '' ? 'java' : undefined),
    (name) => `sys.env("${name}")`,
    (n) => `The code now reads ${n} with sys.env, which throws when it is unset: export it before starting the JVM.`,
  ),
  code(
    'groovy',
    'Groovy',
    SYNTAX.groovy,
    groovyDecoding,
    (name) => `System.getenv('${name}')`,
    (n) => `The code now reads ${n} with System.getenv, which returns null when it is unset: export it before running.`,
  ),
  // A pipeline reads the build's environment through `env`; the script sandbox blocks System.getenv.
  code(
    'jenkinsfile',
    'Jenkinsfile',
    SYNTAX.groovy,
    groovyDecoding,
    (name) => `env.${name}`,
    (n) => `The pipeline now reads ${n} from env: store the value as a Jenkins credential and bind it (\`environment { ${n.split(', ')[0]} = credentials('…') }\` or withCredentials); the .env copy is for running locally.`,
  ),
  code(
    'c',
    'C',
    SYNTAX.c,
    // A wide or Unicode literal (`L"…"`, `uR"(…)"`) is no `char` string, which is all getenv() returns.
    (t) => (!t || t.prefix !== (t.form.kind === 'raw' ? 'R' : '') ? undefined : t.form.kind === 'raw' ? 'raw' : 'c'),
    (name) => `getenv("${name}")`,
    (n) => `The code now reads ${n} with getenv, which returns NULL when it is unset: check it before use, and export it before running.`,
  ),
  code(
    'lua',
    'Lua',
    SYNTAX.lua,
    (t) => (t?.form.kind === 'long' ? 'raw' : 'lua'),
    (name) => `os.getenv("${name}")`,
    (n) => `The code now reads ${n} with os.getenv, which returns nil when it is unset: export it before running.`,
    { open: '--' },
  ),
  code(
    'perl',
    'Perl',
    SYNTAX.perl,
    (t) => (t?.form.kind === 'single' ? singleQuoted(t) : t?.form.kind === 'double' || t?.expands ? 'perl-double' : t?.form.kind === 'heredoc' ? 'raw' : undefined),
    (name) => `$ENV{${name}}`,
    (n) => `The code now reads ${n} from %ENV: export it before running.`,
    { open: '#' },
  ),
  code(
    'r',
    'R',
    SYNTAX.r,
    (t) => (t?.form.kind === 'raw' ? 'raw' : t?.form.kind === 'name' ? undefined : 'r'),
    (name) => `Sys.getenv("${name}")`,
    (n) => `The code now reads ${n} with Sys.getenv, which returns "" when it is unset: put it in .Renviron or export it before starting R.`,
    { open: '#' },
  ),
  code(
    'elixir',
    'Elixir',
    SYNTAX.elixir,
    (t) => (t?.form.kind === 'raw' ? 'raw' : t?.form.kind === 'double' || t?.form.kind === 'triple' ? 'elixir' : undefined),
    (name) => `System.fetch_env!("${name}")`,
    (n) => `The code now reads ${n} with System.fetch_env!, which raises when it is unset: export it before running (or read it in config/runtime.exs).`,
    { open: '#' },
  ),
  code(
    'clojure',
    'Clojure',
    SYNTAX.clojure,
    // A regex (`#"…"`) reads its escapes its own way.
    (t) => (t?.form.kind === 'double' && !t.prefix ? 'java' : undefined),
    (name) => `(System/getenv "${name}")`,
    (n) => `The code now reads ${n} with System/getenv, which returns nil when it is unset: export it before starting the JVM.`,
    { open: ';;' },
  ),
  code(
    'erlang',
    'Erlang',
    SYNTAX.erlang,
    (t) => (t?.form.kind === 'double' ? 'erlang' : undefined),
    (name) => `os:getenv("${name}")`,
    (n) => `The code now reads ${n} with os:getenv, which returns false when it is unset: export it before starting the node.`,
    { open: '%' },
  ),
  code(
    'crystal',
    'Crystal',
    SYNTAX.ruby,
    // Single quotes hold one character in Crystal, never a key.
    (t) => (t?.form.kind === 'double' ? 'crystal' : undefined),
    (name) => `ENV["${name}"]`,
    (n) => `The code now reads ${n} from ENV, which raises KeyError when it is unset: ${loadDotenvHint}.`,
    { open: '#' },
  ),
  code(
    'ocaml',
    'OCaml',
    SYNTAX.ocaml,
    (t) => (t?.form.kind === 'double' ? 'ocaml' : t?.form.kind === 'quoted' ? 'raw' : undefined),
    // In parentheses, so that it stays one argument where the literal was one: `connect (Sys.getenv "DB_PASSWORD")`.
    (name) => `(Sys.getenv "${name}")`,
    (n) => `The code now reads ${n} with Sys.getenv, which raises Not_found when it is unset: export it before running.`,
    { open: '(*', close: '*)' },
  ),
  code(
    'coffeescript',
    'CoffeeScript',
    SYNTAX.coffeescript,
    () => 'js',
    (name) => `process.env.${name}`,
    (n) => `The code now reads ${n} from process.env: ${loadDotenvHint} (\`node --env-file=.env\` on Node 20.6+, or dotenv's \`config()\` at startup).`,
    { open: '#' },
  ),
  code(
    'julia',
    'Julia',
    SYNTAX.julia,
    (t) => (t?.prefix === 'raw' ? 'raw' : 'julia'),
    (name) => `ENV["${name}"]`,
    (n) => `The code now reads ${n} from ENV, which throws a KeyError when it is unset: export it before starting Julia.`,
    { open: '#' },
  ),
  code(
    'fsharp',
    'F#',
    SYNTAX.fsharp,
    (t) => (t?.prefix.includes('$') ? undefined : t?.form.kind === 'triple' ? 'raw' : t?.form.kind === 'verbatim' ? 'double-doubled' : 'fsharp'),
    (name) => `System.Environment.GetEnvironmentVariable("${name}")`,
    (n) => `The code now reads ${n} with System.Environment.GetEnvironmentVariable, which returns null when it is unset: export it before running.`,
  ),
  code(
    'vb',
    'Visual Basic',
    SYNTAX.vb,
    () => 'double-doubled',
    (name) => `Environment.GetEnvironmentVariable("${name}")`,
    (n) => `The code now reads ${n} with Environment.GetEnvironmentVariable, which returns Nothing when it is unset: export it before running.`,
    { open: "'" },
  ),
  {
    id: 'shellscript',
    label: 'Shell',
    kind: 'substitute',
    lex: SYNTAX.shell,
    comment: { open: '#' },
    backslashContinuation: true,
    decoding: (t) => (!t ? 'shell-bare' : t.form.kind === 'single' ? 'raw' : t.form.kind === 'ansi' ? 'ansi-c' : t.form.kind === 'heredoc' ? (t.expands ? 'shell-double' : 'raw') : 'shell-double'),
    read: (name) => `"\${${name}}"`,
    notes: (names) => [`The script now expects ${list(names)} in its environment: export it before running (for example \`set -a; . ./.env; set +a\`).`],
  },
  {
    id: 'powershell',
    label: 'PowerShell',
    kind: 'substitute',
    lex: SYNTAX.powershell,
    comment: { open: '#' },
    decoding: (t) => (!t || t.form.kind === 'here-single' ? 'raw' : t.form.kind === 'single' ? 'single-doubled' : 'powershell'),
    read: (name) => `$env:${name}`,
    notes: (names) => [`The script now reads ${list(names)} from $env: set it before running (PowerShell does not read .env by itself).`],
  },
  {
    id: 'yaml',
    label: 'YAML',
    kind: 'substitute',
    lex: SYNTAX.yaml,
    comment: { open: '#' },
    decoding: (t) => (!t ? 'raw' : t.form.kind === 'single' ? 'single-doubled' : 'yaml-double'),
    read: (name) => `\${${name}}`,
    notes: (names) => [
      `YAML does not read the environment itself: \${${names[0]}} works only if the tool that loads this file substitutes environment variables` +
        ` (Docker Compose, Spring and many CI systems do; Kubernetes manifests do not: use a Secret there).`,
    ],
  },
  {
    id: 'dockercompose',
    label: 'Docker Compose',
    kind: 'substitute',
    lex: SYNTAX.yaml,
    comment: { open: '#' },
    decoding: (t) => (!t ? 'raw' : t.form.kind === 'single' ? 'single-doubled' : 'yaml-double'),
    read: (name) => `\${${name}}`,
    notes: (names) => [`Docker Compose substitutes ${list(names)} from the shell or from a .env file in the project directory (the compose file's folder); pass --env-file if your .env is elsewhere.`],
  },
  {
    id: 'dockerfile',
    label: 'Dockerfile',
    kind: 'substitute',
    lex: SYNTAX.dockerfile,
    comment: { open: '#' },
    backslashContinuation: true,
    decoding: (t) => (!t ? 'shell-bare' : t.form.kind === 'single' ? 'raw' : 'shell-double'),
    read: (name) => `\${${name}}`,
    notes: (names) => [
      `The Dockerfile now takes ${list(names)} as a build argument: build with \`docker build --build-arg ${names[0]}\` (the value comes from your environment). ` +
        `Build arguments stay visible in the image history: for a secret used while building, prefer \`RUN --mount=type=secret,id=${names[0]},env=${names[0]}\`; for one the container needs at run time, ` +
        `drop it from the Dockerfile and use \`docker run --env-file .env\`.`,
    ],
  },
  {
    id: 'makefile',
    label: 'Makefile',
    kind: 'substitute',
    lex: SYNTAX.makefile,
    comment: { open: '#' },
    backslashContinuation: true,
    decoding: () => 'make',
    read: (name) => `$(${name})`,
    notes: (names) => [`make reads ${list(names)} from the environment: export it before running make (or \`include .env\` if its values need no quotes).`],
  },
  {
    id: 'bat',
    label: 'Batch',
    kind: 'substitute',
    lex: SYNTAX.bat,
    comment: { open: 'REM' },
    decoding: () => 'batch',
    read: (name) => `%${name}%`,
    notes: (names) => [`The script now reads %${names[0]}% from the environment: set ${list(names)} before running it.`],
  },
  {
    id: 'dotenv',
    label: 'env file',
    kind: 'dotenv',
    lex: SYNTAX.dotenv,
    comment: { open: '#' },
    decoding: () => 'raw',
    read: (name) => name,
    notes: () => [],
  },
  template(
    'erb',
    'ERB template',
    { open: '<%#', close: '%>' },
    { dialect: 'ruby', label: 'an ERB tag', contains: insideErbTag },
    erbRead,
    (n) => `The template now reads ${n} with ENV.fetch as it renders (a KeyError if it is missing): ${loadDotenvHint} (the dotenv-rails gem).`,
  ),
  template(
    'razor',
    'Razor page',
    { open: '@*', close: '*@' },
    { dialect: 'csharp', label: 'a Razor code block', contains: insideRazorCode },
    (name) => `@(Environment.GetEnvironmentVariable("${name}"))`,
    (n) => `The page now prints ${n} from the environment as it renders (nothing when it is unset): export it where the app runs, or load .env at startup (for example with DotNetEnv).`,
  ),
  placeholder('json', 'JSON', SYNTAX.json, undefined, 'json'),
  placeholder('jsonc', 'JSON with comments', SYNTAX.jsonc, { open: '//' }, 'json'),
  placeholder('toml', 'TOML', SYNTAX.toml, { open: '#' }),
  placeholder('properties', 'properties', SYNTAX.properties, { open: '#' }, 'properties'),
  placeholder('ini', 'INI', SYNTAX.ini, { open: ';' }, 'raw'),
  placeholder('xml', 'XML', SYNTAX.markup, { open: '<!--', close: '-->' }, 'xml'),
  placeholder('html', 'HTML', SYNTAX.markup, { open: '<!--', close: '-->' }, 'xml'),
  placeholder('markdown', 'Markdown', SYNTAX.none, { open: '<!--', close: '-->' }, 'raw'),
  placeholder('plaintext', 'plain text', SYNTAX.none, undefined, 'raw'),
  unsupported('sql', 'SQL', SYNTAX.sql, { open: '--' }),
  unsupported('css', 'CSS', SYNTAX.css, { open: '/*', close: '*/' }),
  unsupported('scss', 'SCSS', SYNTAX.scss, { open: '//' }),
  unsupported('haskell', 'Haskell', SYNTAX.haskell, { open: '--' }, true),
  unsupported('zig', 'Zig', SYNTAX.zig, { open: '//' }, true),
  unsupported('nim', 'Nim', SYNTAX.nim, { open: '#' }, true),
  unsupported('latex', 'LaTeX', SYNTAX.latex, { open: '%' }),
  unsupported('raku', 'Raku', SYNTAX.perl, { open: '#' }, true),
  {
    id: 'terraform',
    label: 'Terraform',
    kind: 'code',
    lex: SYNTAX.terraform,
    comment: { open: '#' },
    decoding: () => 'hcl',
    read: (name) => `var.${name.replace(/^TF_VAR_/, '')}`,
    notes: (names) => [
      `Terraform now reads ${list(names)} from the environment: export it before running terraform (for example \`set -a; . ./.env; set +a\`). ` +
        'Without a default or a .tfvars value, a run without it asks for the value; mark the variable `sensitive = true` if it is not already.',
    ],
  },
];

// A server-side template: its text is printed as it renders, so the read is an output expression; the code
// inside its tags goes to that language's rewriter (see index.ts).
function template(id: string, label: string, comment: CommentStyle, code: CodeIslands, read: (name: string) => string, advice: (names: string) => string): Dialect {
  return { id, label, kind: 'substitute', lex: SYNTAX.markup, comment, code, decoding: () => 'xml', read, notes: (names) => [`${advice(list(names))} ${PAGE_WARNING}`] };
}

function placeholder(id: string, label: string, lex: LexSpec, comment: CommentStyle | undefined, bare: Decoding = 'raw'): Dialect {
  const inString = (t: StringToken): Decoding => {
    if (id === 'toml') return t.form.kind.endsWith('literal') ? 'raw' : 'toml';
    if (id === 'json' || id === 'jsonc') return 'json';
    return bare;
  };
  return {
    id,
    label,
    kind: 'placeholder',
    lex,
    comment,
    decoding: (t) => (t ? inString(t) : bare),
    read: (name) => `\${${name}}`,
    notes: (names, path) => [placeholderNote(label, id, names, path)],
  };
}

// Some readers of these formats do substitute `${NAME}`; say so rather than the generic warning.
function placeholderNote(label: string, id: string, names: readonly string[], path?: string): string {
  const first = `\${${names[0]}}`;
  if (path && /(?:^|[\\/])\.npmrc$/.test(path)) return `npm expands ${first} in .npmrc from the environment: export ${list(names)} where npm runs (CI included).`;
  // VS Code opens `.conf`, `.cfg` and `.gitconfig` as properties too; nginx and git resolve nothing.
  if (id === 'properties' && (!path || /\.properties$/i.test(path))) {
    return `Spring Boot, Quarkus and Micronaut resolve ${first} from the environment; plain java.util.Properties does not, so code that loads this file that way must read ${list(names)} with System.getenv itself.`;
  }
  const note =
    `${label} files cannot read environment variables: the value is now in .env and the file holds the placeholder ${first}. ` +
    `Make whatever loads this file substitute ${list(names)} from the environment (for example with envsubst, or by reading it in code), or it will get the placeholder text.`;
  // A page is sent to browsers, so substituting the key back only publishes it again.
  return id === 'html' ? `${note} ${PAGE_WARNING}` : note;
}

// `code`: a programming language, which can read the environment, but not in an expression this fix writes.
function unsupported(id: string, label: string, lex: LexSpec, comment: CommentStyle, code = false): Dialect {
  const refusal = code ? `This fix does not rewrite ${label}` : `${label} cannot read environment variables, and this fix does not rewrite ${label}`;
  return { id, label, kind: 'unsupported', lex, comment, decoding: () => undefined, read: (name) => `\${${name}}`, notes: () => [], refusal };
}

/** Every dialect by id. */
export const DIALECTS_BY_ID: ReadonlyMap<string, Dialect> = new Map(DIALECTS.map((d) => [d.id, d]));
