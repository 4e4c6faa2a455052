// Rewrites judged by R, Elixir, Erlang, OCaml and Clojure: each generated program runs before the move (with the
// literal) and after it (reading the variable from the environment), and both must produce the same value. The
// programs mix each language's escapes and quoting forms, and the character literals and names that hold a quote.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRewrites, inFiles, pick, pieces, runEach, type Language, type Random } from '../support/programs';

// The driver's output, one line per program; a driver that stopped early fails the programs it did not reach.
function lines(result: ReturnType<typeof spawnSync>, count: number): string[] {
  const out = String(result.stdout).split('\n').slice(0, count);
  return Array.from({ length: count }, (_, i) => out[i] ?? `error: the run stopped (${result.signal ?? result.status}): ${String(result.stderr).slice(-2000)}`);
}

const DRIVER_OPTIONS = { encoding: 'utf8', env: { PATH: process.env.PATH, LC_ALL: 'C.UTF-8' }, maxBuffer: 1 << 26, timeout: 120_000 } as const;

// Bytes as text where they are UTF-8, so that a failure reads well; other bytes stay apart from any text.
function shownBytes(hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  const text = bytes.toString('utf8');
  return Buffer.from(text).equals(bytes) ? text : `bytes ${hex}`;
}

const R_COMMON = ['a', '9', ' ', ':', '/', '#', '%', '$', '{', '}', '\\n', '\\t', '\\\\', '\\`', '\\ ', 'é'];
// R refuses a literal that mixes Unicode escapes with byte (hex and octal) ones.
const R_UNICODE = ['\\u00e9', '\\u{e9}', '\\U{1F600}'];
const R_BYTES = ['\\x41', '\\101', '\\xe9'];
const R_RAW_ATOMS = ['a', '9', ' ', ':', '#', '"', "'", '\\', '\\n', 'é', '(', ']', '}'];

const r: Language = {
  languageId: 'r',
  path: 'app.R',
  interpreter: 'Rscript',
  program(random, secret) {
    const form = pick(random, ['"', "'", '"', "'", 'r"(', "R'[", 'r"{', 'r"--(']);
    let literal: string;
    if (form.length === 1) {
      const other = form === '"' ? "'" : '"';
      const atoms = [...R_COMMON, `\\${form}`, other, ...(random() < 0.5 ? R_UNICODE : R_BYTES)];
      literal = `${form}${pieces(random, atoms)}${secret}${pieces(random, atoms)}${form}`;
    } else {
      const close = { '(': ')', '[': ']', '{': '}' }[form.slice(-1)]! + form.slice(2, -1) + form[1];
      // A closing bracket followed by the quote would end the string early, unless dashes guard it.
      const atoms = R_RAW_ATOMS.filter((atom) => form.includes('-') || atom !== close[0]);
      literal = `${form}${pieces(random, atoms)}${secret}${pieces(random, atoms)}${close}`;
    }
    // toupper() fails on a string that is not UTF-8, which a `\xe9` byte makes it.
    const upper = literal.includes('\\xe9') ? 'paste0' : 'toupper';
    const tail = pick(random, ['', '', ` |> ${upper}()`, ' |> paste("!")']);
    const before = pick(random, ['', '', '`quote"name` <- 1 # a "comment"\n', "q <- '\"' # it's\n"]);
    return before + pick(random, [
      `n <- 5\napi_key <- ${literal}${tail}\ns <- api_key\n`,
      `config <- list(api_key = ${literal}${tail}, n = 1)\ns <- config$api_key\n`,
      `call <- function(value, ...) value\ns <- call(${literal}${tail}, retries = 1)\n`,
      `API_KEY = ${literal}${tail}; s = API_KEY\n`,
      `${literal}${tail} -> api_key\ns <- api_key\n`,
      `s <- c(none = "x", api_key = ${literal}${tail})[["api_key"]]\n`,
      `get_key <- function(key = ${literal}${tail}) key\ns <- get_key()\n`,
      `s <- ${upper}(${literal})\n`,
    ]);
  },
  run(programs, env) {
    // One process for all: each program is evaluated in an environment of its own, with its variables set
    // around it; what it leaves in `s` is printed as bytes, which tell a `\xe9` byte from the UTF-8 of `é`.
    return inFiles(programs, (_, i) => `p${i}.R`, (dir, files) => {
      const cases = files.map((file, i) => {
        const values = Object.entries(env[i]).map(([name, value]) => `${name} = intToUtf8(c(${[...value].map((ch) => ch.codePointAt(0)).join(', ')}))`);
        return `list(file = "${file}", env = list(${values.join(', ')}))`;
      });
      const driver = [
        `cases <- list(${cases.join(',\n')})`,
        'for (case in cases) {',
        '  if (length(case$env)) do.call(Sys.setenv, case$env)',
        '  out <- tryCatch({',
        '    scope <- new.env()',
        '    eval(parse(file = case$file, encoding = "UTF-8", keep.source = FALSE), envir = scope)',
        '    s <- get("s", envir = scope)',
        '    if (is.character(s) && length(s) == 1) paste(as.character(charToRaw(s)), collapse = "") else paste("error: not one string:", deparse(s))',
        '  }, error = function(e) paste("error:", gsub("\\n", " ", conditionMessage(e))))',
        '  if (length(case$env)) Sys.unsetenv(names(case$env))',
        '  cat(out, "\\n", sep = "")',
        '}',
      ].join('\n');
      writeFileSync(join(dir, 'driver.R'), driver);
      return lines(spawnSync('Rscript', [join(dir, 'driver.R')], DRIVER_OPTIONS), programs.length).map((line) => (line.startsWith('error:') ? line : shownBytes(line)));
    });
  },
};

const ELIXIR_ATOMS = ['a', '9', ' ', ':', '/', '#', '%', "'", '$', '\\n', '\\t', '\\\\', '\\#', '\\x41', '\\u00e9', '\\u{e9}', '\\s', '\\e', '\\d', '\\0', 'é', '#{n}', '#@n'];
const ELIXIR_SIGIL_DELIMITERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '|': '|', '"': '"', '/': '/', '<': '>' };

// An Elixir string of the given form: `"…"`, `~s(…)`, `~S(…)` with any delimiter.
function elixirLiteral(random: Random, secret: string): string {
  const form = pick(random, ['"', '"', '"', '~s(', '~s[', '~s{', '~s|', '~s"', '~S(', '~S|', '~S/']);
  if (form === '"') {
    const atoms = [...ELIXIR_ATOMS, '\\"'];
    return `"${pieces(random, atoms)}${secret}${pieces(random, atoms)}"`;
  }
  const open = form[2];
  const close = ELIXIR_SIGIL_DELIMITERS[open];
  // Sigil brackets do not nest: neither delimiter may stand unescaped inside.
  const plain = ELIXIR_ATOMS.filter((atom) => !atom.includes(open) && !atom.includes(close));
  const atoms = form[1] === 's' ? [...plain, `\\${close}`] : [...plain.filter((atom) => !atom.startsWith('\\')), '\\n', '\\q', '\\\\', `\\${close}`];
  // The `z`: a sigil's content may not end in a backslash, which would escape the delimiter (`~S` too, which
  // keeps other escapes as written but still reads `\\` as a pair and `\)` as the delimiter).
  return `${form}${pieces(random, atoms)}${secret}${pieces(random, atoms)}z${close}`;
}

const elixir: Language = {
  languageId: 'elixir',
  path: 'app.exs',
  interpreter: 'elixir',
  program(random, secret, n) {
    const literal = elixirLiteral(random, secret);
    const tail = pick(random, ['', '', ' <> "!"', ' |> String.upcase()']);
    const before = pick(random, ['', '', 'quote = [?", ?#] # a "comment"\n', "q = '\"' # it's\n"]);
    const heredoc = `"""\n  line #{n} # no comment, 'no' "strings"\n  ${pieces(random, ELIXIR_ATOMS)}${secret} tail\n  """`;
    return before + pick(random, [
      `n = 5\napi_key = ${literal}${tail}\ns = api_key\n`,
      `n = 5\nconfig = %{api_key: ${literal}${tail}, n: 1}\ns = config.api_key\n`,
      `n = 5\nconfig = [api_key: ${literal}${tail}, n: 1]\ns = Keyword.fetch!(config, :api_key)\n`,
      `call = fn value, _options -> value end\nn = 5\ns = call.(${literal}${tail}, retries: 1)\n`,
      `defmodule Case${n} do\n  def key(n \\\\ 5), do: ${literal}${tail}\nend\n\ns = Case${n}.key()\n`,
      `n = 5\ns = ${literal} |> String.trim()\n`,
      `n = 5\ns = ${heredoc}\n`,
    ]);
  },
  run(programs, env) {
    // One process for all: each program is a script evaluated with its variables set around it, and what it
    // leaves in `s` is printed with inspect, which tells a string from a charlist and shows bad bytes as such.
    return inFiles(programs, (_, i) => `p${i}.exs`, (dir, files) => {
      const bytes = (text: string) => `<<${[...Buffer.from(text)].join(', ')}>>`;
      const cases = files.map((file, i) => `{${bytes(file)}, [${Object.entries(env[i]).map(([name, value]) => `{${bytes(name)}, ${bytes(value)}}`).join(', ')}]}`);
      const driver = [
        `cases = [${cases.join(',\n')}]`,
        'for {file, env} <- cases do',
        '  Enum.each(env, fn {name, value} -> System.put_env(name, value) end)',
        '  out =',
        '    try do',
        '      {_, binding} = Code.eval_file(file)',
        '      inspect(Keyword.fetch!(binding, :s), limit: :infinity, printable_limit: :infinity)',
        '    rescue',
        '      error -> "error: " <> Exception.message(error)',
        '    catch',
        '      kind, value -> "error: #{inspect(kind)} #{inspect(value)}"',
        '    end',
        '  Enum.each(env, fn {name, _} -> System.delete_env(name) end)',
        '  IO.puts(String.replace(out, "\\n", " "))',
        'end',
      ].join('\n');
      writeFileSync(join(dir, 'driver.exs'), driver);
      return lines(spawnSync('elixir', [join(dir, 'driver.exs')], DRIVER_OPTIONS), programs.length);
    });
  },
};

const ERLANG_ATOMS = ['a', '9', ' ', ':', '/', '#', '%', '~', '$', "'", '{', '}', '\\n', '\\t', '\\\\', '\\"', '\\x41', '\\101', '\\x{e9}', '\\s', '\\e', '\\d', 'é'];

const erlang: Language = {
  languageId: 'erlang',
  path: 'app.erl',
  interpreter: 'escript',
  probe: ['/dev/null'],
  program(random, secret, n) {
    const text = () => pieces(random, ERLANG_ATOMS);
    const string = `"${text()}${secret}${text()}"`;
    // The fix refuses a string in a binary, or next to another string that it is joined to: those are rarer.
    const literal = random() < 0.15 ? pick(random, [`"x-" ${string}`, `${string} "-x"`, `<<${string}>>`, `<<${string}/utf8>>`, `<<"x-", ${string}>>`]) : string;
    const binary = literal.startsWith('<<');
    const tail = binary ? '' : pick(random, ['', '', ' ++ "!"', ' -- "a"']);
    const wrap = binary ? '' : pick(random, ['', '', 'string:uppercase']);
    const value = wrap ? `${wrap}(${literal})` : `${literal}${tail}`;
    const quote = pick(random, ['', '', '    Quote = [$", $%], % a "comment"\n', "    Atom = 'it\\'s', % it's\n"]);
    const body = pick(random, [
      `s() ->\n${quote}    N = 5,\n    ApiKey = ${value},\n    S = ApiKey,\n    S.\n`,
      `s() ->\n${quote}    Config = #{api_key => ${value}, n => 1},\n    maps:get(api_key, Config).\n`,
      `s() ->\n${quote}    proplists:get_value(api_key, [{n, 1}, {api_key, ${value}}]).\n`,
      `call(Value, _Options) -> Value.\n\ns() ->\n${quote}    call(${value}, [{retries, 1}]).\n`,
      `-define(API_KEY, ${value}).\n\ns() ->\n${quote}    ?API_KEY.\n`,
      `-record(config, {api_key = ${value} :: term(), n = 1}).\n\ns() ->\n${quote}    Config = #config{},\n    Config#config.api_key.\n`,
    ]);
    return `-module(case_${n}).\n-export([s/0]).\n-compile(nowarn_unused_vars).\n\n${body}`;
  },
  run(programs, env) {
    // One process for all: each program is a module, compiled and loaded in the escript and called with its
    // variables set around it. `~w` prints a string as its code points and a binary as its bytes.
    return inFiles(programs, (code) => `${/-module\((\w+)\)/.exec(code)![1]}.erl`, (dir, files) => {
      const chars = (text: string) => `[${[...text].map((ch) => ch.codePointAt(0)).join(',')}]`;
      const cases = files.map((file, i) => `{${chars(file)}, [${Object.entries(env[i]).map(([name, value]) => `{${chars(name)}, ${chars(value)}}`).join(', ')}]}`);
      const driver = [
        '#!/usr/bin/env escript',
        // Compiled, not interpreted: the interpreter cannot take `fun run/1`.
        '-mode(compile).',
        'main(_) ->',
        `    Cases = [${cases.join(',\n')}],`,
        '    lists:foreach(fun run/1, Cases).',
        '',
        'run({File, Env}) ->',
        '    [os:putenv(Name, Value) || {Name, Value} <- Env],',
        '    Out = try value(File) catch Class:Reason -> io_lib:format("error: ~w ~w", [Class, Reason]) end,',
        '    [os:unsetenv(Name) || {Name, _} <- Env],',
        '    io:format("~s~n", [Out]).',
        '',
        'value(File) ->',
        '    case compile:file(File, [binary, return_errors]) of',
        '        {ok, Module, Binary} ->',
        '            {module, Module} = code:load_binary(Module, File, Binary),',
        '            io_lib:format("~w", [Module:s()]);',
        '        {error, Errors, _} ->',
        '            io_lib:format("error: ~w", [Errors])',
        '    end.',
      ].join('\n');
      writeFileSync(join(dir, 'driver.escript'), driver);
      return lines(spawnSync('escript', [join(dir, 'driver.escript')], DRIVER_OPTIONS), programs.length).map(shownErlang);
    });
  },
};

// A string (a list of code points) as its text; a binary stays a binary, so the two never read the same.
function shownErlang(term: string): string {
  const list = /^\[(\d+(?:,\d+)*)?\]$/.exec(term);
  return list ? String.fromCodePoint(...(list[1] ?? '').split(',').filter(Boolean).map(Number)) : term;
}

const OCAML_ATOMS = ['a', '9', ' ', ':', '/', '#', '%', '{|', '|}', "'", '(*', '*)', '\\n', '\\t', '\\b', '\\\\', '\\"', "\\'", '\\065', '\\x41', '\\o101', '\\u{e9}', '\\ ', 'é', '\\\n    '];
const OCAML_QUOTED_ATOMS = ['a', '9', ' ', ':', '"', "'", '\\', '\\n', '|', '{|', '(*', 'é', '\n'];

const ocaml: Language = {
  languageId: 'ocaml',
  path: 'app.ml',
  interpreter: 'ocaml',
  probe: ['-version'],
  program(random, secret) {
    const form = pick(random, ['"', '"', '"', '{|', '{id|']);
    const close = form === '"' ? '"' : `|${form.slice(1, -1)}}`;
    // `|}` ends `{|…|}`: a bar may not come before a brace inside it.
    const atoms = form === '"' ? OCAML_ATOMS : OCAML_QUOTED_ATOMS.filter((atom) => form === '{id|' || atom !== '|');
    const literal = `${form}${pieces(random, atoms)}${secret}${pieces(random, atoms)}${close}`;
    const tail = pick(random, ['', '', ' ^ "!"', ' |> String.uppercase_ascii']);
    const value = random() < 0.15 ? `String.uppercase_ascii ${literal}` : `${literal}${tail}`;
    const before = pick(random, ['', '', `let quote = '"' (* a "comment" *)\n`, "let quote' = '\\'' and x' = 1\n"]);
    return before + pick(random, [
      `let n = 5\nlet api_key = ${value}\nlet s = api_key\n`,
      `type config = { api_key : string; n : int }\n\nlet config = { api_key = ${value}; n = 1 }\nlet s = config.api_key\n`,
      `let call value ~retries = ignore retries; value\nlet s = call ${value === literal ? value : `(${value})`} ~retries:1\n`,
      `let s = List.assoc "api_key" [ ("n", "1"); ("api_key", ${value}) ]\n`,
      `let s =\n  let api_key = ${value} in\n  api_key\n`,
    ]);
  },
  run(programs, env) {
    // The toplevel starts in a few milliseconds: one process per program, each from a file of its own.
    return inFiles(programs, (_, i) => `p${i}.ml`, (_, files) => {
      files.forEach((file, i) => writeFileSync(file, `${programs[i]}\nlet () = print_string (String.escaped s)\n`));
      return runEach('ocaml', (file) => [file], files, env);
    });
  },
};

const CLOJURE_ATOMS = ['a', '9', ' ', ':', '/', '#', '%', ';', "'", '(', ')', '[', ']', '{', '}', '\\n', '\\t', '\\\\', '\\"', '\\u00e9', '\\101', 'é'];

const clojure: Language = {
  languageId: 'clojure',
  path: 'app.clj',
  interpreter: 'clojure',
  probe: ['-e', 'nil'],
  // The JVM takes most of a second to start: one process runs every program, with the union of their variables.
  uniqueNames: true,
  program(random, secret, n) {
    const literal = `"${pieces(random, CLOJURE_ATOMS)}${secret}${pieces(random, CLOJURE_ATOMS)}"`;
    const value = pick(random, [literal, literal, `(.toUpperCase ${literal})`, `(str ${literal} "!")`]);
    const before = pick(random, ['', '', '(def quote-chars [\\" \\;]) ', '(def pattern #"a\\"b;") ; a "comment"\n']);
    // In a quoted form the fix must refuse: that shape is rarer.
    const quoted = pick(random, [`'["none" ${literal}]`, `\`["none" ${literal}]`, `(quote ["none" ${literal}])`]);
    return `(ns case-${n})\n\n${before}` + (random() < 0.08 ? `(def s (second ${quoted}))\n` : pick(random, [
      `(def n 5)\n(def api-key ${value})\n(def s api-key)\n`,
      `(def config {:api-key ${value} :n 1})\n(def s (:api-key config))\n`,
      `(defn call [value & _options] value)\n(def s (call ${value} :retries 1))\n`,
      `(def s (let [api-key ${value}] api-key))\n`,
      `(defn api-key\n  "The key."\n  []\n  ${value})\n(def s (api-key))\n`,
    ]));
  },
  run(programs, env) {
    return inFiles(programs, (_, i) => `p${i}.clj`, (dir, files) => {
      const cases = files.map((file, i) => `["${file}" "${/\(ns ([\w-]+)\)/.exec(programs[i])![1]}"]`);
      const driver = [
        `(doseq [[file space] [${cases.join('\n')}]]`,
        '  (println (try (load-file file) (pr-str (var-get (ns-resolve (symbol space) (symbol "s"))))',
        '             (catch Throwable e (str "error: " (.replace (str e) "\\n" " "))))))',
      ].join('\n');
      writeFileSync(join(dir, 'driver.clj'), driver);
      const union = Object.assign({}, ...env) as Record<string, string>;
      return lines(spawnSync('clojure', [join(dir, 'driver.clj')], { ...DRIVER_OPTIONS, env: { ...DRIVER_OPTIONS.env, ...union } }), programs.length);
    });
  },
};

checkRewrites([r, elixir, erlang, ocaml, clojure]);
