// Rewrites judged by the languages themselves: each generated program runs before the move (with the
// literal) and after it (reading the variable from the environment), and both must produce the same string.
// The programs mix the escapes, interpolation and quoting forms that each language reads in its own way.
import { batch, checkRewrites, pick, pieces, runEach, type Language } from '../support/programs';

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
    return batch('python3', ['-c', harness], programs, env);
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
      `my $n = 5;\n$s = <<${pick(random, ['END', '"END"', '~END'])};\n  line $n # no comment, 'no' "strings"\n  ${text(true)}${secret} tail\n  END\nmy $after = "# no comment";\n`,
    ]);
  },
  run(programs, env) {
    // One process for all: each program is compiled in a package of its own, with %ENV swapped in around it.
    const harness = [
      'use JSON::PP;',
      'my @out;',
      'my $n = 0;',
      'for my $case (@{ decode_json(do { local $/; <STDIN> }) }) {',
      '  my ($code, $env) = @$case;',
      '  local %ENV = %$env;',
      '  $n++;',
      '  my $ok = eval "no strict; no warnings; package Case$n;\\n$code\\n1";',
      '  no strict "refs";',
      '  my $s = ${ "Case${n}::s" };',
      '  push @out, $ok ? "$s" : "error: $@";',
      '}',
      'print JSON::PP->new->encode(\\@out);',
    ].join('\n');
    return batch('perl', ['-e', harness], programs, env);
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
      `n=5\ns=$(cat <<${pick(random, ['EOF', '"EOF"', '-EOF'])}\n\tline $n # no comment, 'no' "strings" \\$x\n${secret}${pick(random, ['', ' tail', '$n', '_x'])}\n\tEOF\nEOF\n)\n`,
    ]);
  },
  run(programs, env) {
    return runEach('bash', (code) => ['-c', `${code}\nprintf %s "$s"`], programs, env);
  },
};

const RUBY_DOUBLE_ATOMS = ['a', '9', ' ', ':', '/', '#', '\\#', '\\n', '\\t', '\\\\', '\\"', '\\x41', '\\u00e9', '\\e', '\\s', '\\101', "'", '%', 'é', '#{n}', '$', '@', '#n'];
const RUBY_SINGLE_ATOMS = ['a', '9', ' ', ':', '/', '#', '#{n}', '\\\\', "\\'", '\\n', '"', '%', 'é', '$'];

const ruby: Language = {
  languageId: 'ruby',
  path: 'app.rb',
  interpreter: 'ruby',
  program(random, secret) {
    const form = pick(random, ['"', "'", '%q{', '%Q{', '%{', '%q(', '%Q[']);
    const close = { '{': '}', '(': ')', '[': ']' }[form.slice(-1)] ?? form;
    const interpolates = form === '"' || form.startsWith('%Q') || form === '%{';
    // Quotes need no escape inside a percent literal, and an escaped one reads differently there.
    const atoms = (interpolates ? RUBY_DOUBLE_ATOMS : RUBY_SINGLE_ATOMS).filter((atom) => !form.startsWith('%') || !/^\\['"]$/.test(atom));
    const literal = `${form}${pieces(random, atoms)}${secret}${pieces(random, atoms)}${close}`;
    const tail = pick(random, ['', '', '.strip', ' + "!"', ' * 2', '.freeze']);
    const word = pick(random, ['EOS', 'SQL']);
    const heredoc = `<<~${pick(random, [word, `"${word}"`])}\n  line #{n} # no comment, 'no' "strings"\n  ${secret} tail\n${pick(random, ['  ', ''])}${word}\n`;
    return pick(random, [
      `n = 5\napi_key = ${literal}${tail}\ns = api_key\n`,
      `n = 5\nAPI_KEY = ${literal}${tail}\ns = API_KEY\n`,
      `n = 5\nconfig = { api_key: ${literal}${tail}, n: 1 }\ns = config[:api_key]\n`,
      `def call(value, **options) = value\nn = 5\ns = call(${literal}${tail}, retries: 1)\n`,
      `n = 5\nlist = [1] << 2\ns = ${heredoc}`,
    ]);
  },
  run(programs, env) {
    // One process for all: each program gets a binding of its own, and ENV is swapped in around it.
    const harness = [
      'require "json"',
      '$VERBOSE = nil',
      'out = JSON.parse($stdin.read).map do |code, env|',
      '  ENV.replace(env)',
      '  eval("#{code}\\ns", Object.new.instance_eval { binding }).to_s',
      'rescue Exception => error',
      '  "error: #{error.message}"',
      'end',
      'print JSON.generate(out)',
    ].join('\n');
    return batch('ruby', ['-e', harness], programs, env);
  },
};

const PHP_DOUBLE_ATOMS = ['a', '9', ' ', ':', '/', '#', '\\n', '\\t', '\\\\', '\\$', '\\"', '\\x41', '\\u{e9}', '\\101', "'", '%', 'é', '{$n}', '$n ', '{', '}', '\\e', '\\q'];
const PHP_SINGLE_ATOMS = ['a', '9', ' ', ':', '/', '#', '\\\\', "\\'", '\\n', '"', '%', 'é', '$', '$n', '{', '}'];

const php: Language = {
  languageId: 'php',
  path: 'app.php',
  interpreter: 'php',
  program(random, secret) {
    const quote = pick(random, ['"', "'"]);
    const atoms = quote === '"' ? PHP_DOUBLE_ATOMS : PHP_SINGLE_ATOMS;
    const literal = `${quote}${pieces(random, atoms)}${secret}${pieces(random, atoms)}${quote}${pick(random, ['', '', ' . "!"'])}`;
    // Programs share one PHP process, where a constant cannot be defined twice.
    const constant = Math.floor(random() * 1e9);
    const body = pick(random, [
      `$n = 5;\n$api_key = ${literal};\n$s = $api_key;\n`,
      `$n = 5;\n$config = ['api_key' => ${literal}, 'n' => 1]; # an array\n$s = $config['api_key'];\n`,
      `$n = 5;\ndefine('API_KEY_${constant}', ${literal});\n$s = API_KEY_${constant};\n`,
      `$call = function ($value, $options = 1) { return $value; };\n$n = 5;\n$s = $call(${literal}, 1); // a call\n`,
    ]);
    return `<?php\n${body}`;
  },
  run(programs, env) {
    // One process for all: each program runs in a function of its own (eval takes code without the opening
    // tag), with the environment set by putenv around it.
    const harness = [
      '$out = [];',
      'foreach (json_decode(stream_get_contents(STDIN), true) as [$code, $env]) {',
      '  foreach ($env as $name => $value) putenv("$name=$value");',
      '  try { $out[] = (string) (function () use ($code) { eval(substr($code, 6)); return $s; })(); }',
      '  catch (Throwable $error) { $out[] = "error: " . $error->getMessage(); }',
      '  foreach ($env as $name => $value) putenv($name);',
      '}',
      'echo json_encode($out, JSON_UNESCAPED_UNICODE);',
    ].join('\n');
    return batch('php', ['-r', harness], programs, env);
  },
};

const LUA_ATOMS = ['a', '9', ' ', ':', '/', '#', '\\n', '\\t', '\\\\', '\\"', "\\'", '\\x41', '\\u{e9}', '\\065', '\\0', '%', 'é', '\\z  ', ']', '[', '--'];
const LUA_LONG_ATOMS = ['a', '9', ' ', ':', '/', '#', '\\n', '\\', '"', "'", '%', 'é', '--', ']'];

const lua: Language = {
  languageId: 'lua',
  path: 'app.lua',
  interpreter: 'lua5.4',
  program(random, secret) {
    const [open, close] = pick(random, [['"', '"'], ["'", "'"], ['[[', ']]'], ['[==[', ']==]']] as const);
    const atoms = open.startsWith('[') ? LUA_LONG_ATOMS.filter((atom) => open === '[==[' || atom !== ']') : LUA_ATOMS;
    // The `z`: a long string may not end in part of its closing bracket, and a digit escape must not run into a digit.
    let literal = `${open}${pieces(random, atoms)}${secret}${pieces(random, atoms)}z${close}`;
    const tail = pick(random, ['', '', ' .. "!"', ':upper()']);
    if (tail === ':upper()') literal = `(${literal})`;
    return pick(random, [
      `local n = 5\nlocal api_key = ${literal}${tail}\ns = api_key\n`,
      `local config = { api_key = ${literal}${tail}, n = 1 } -- a table\ns = config.api_key\n`,
      `local function call(value, options) return value end\ns = call(${literal}${tail}, 1)\n`,
    ]);
  },
  run(programs, env) {
    return runEach('lua5.4', (code) => ['-e', `${code}\nio.write(s)`], programs, env);
  },
};

checkRewrites([python, perl, shell, ruby, php, lua]);
