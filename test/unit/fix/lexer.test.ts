import * as assert from 'node:assert/strict';
import { lex } from '../../../src/engine/fix/lexer';
import { SYNTAX } from '../../../src/engine/fix/syntax';

// Every string form the planners know, per syntax: each must lex as one literal, delimiters included.
const FORMS: Readonly<Record<keyof typeof SYNTAX, readonly string[]>> = {
  javascript: ["'a'", '"a"', '`a${"}"}c`'],
  python: ["'a'", '"a"', "'''a\n'''", '"""a"""', "rb'a'", 'f"{x["k"]}"', 'Rb"a"', "u'a'", "r'\\''"],
  go: ['`a\n`', '"a"', "'a'"],
  java: ['"""\n  a"""', '"a\\""'],
  kotlin: ['"""a${b}"""', '"a${"}"}"'],
  csharp: ['$"""a{b}"""', '$$"""a{{b}}"""', '"""a"""', '@"a""b"', '$@"a{b}"', '@$"a"', '$"a{"}"}"', '"a"', "'a'"],
  ruby: ['"a#{"}"}"', "'a'", '`ls`'],
  php: ['"a{$b["}"]}"', "'a\\''"],
  rust: ['r#"a"b"#', 'br"a"', 'b"a"', '"a\n"', "'x'", "b'x'"],
  swift: ['"""\na\n"""', '#"a\\#(b)"#', '##"a"#"##', '"a\\(")")"'],
  dart: ["r'''a'''", '"""a"""', "r'a'", "'a${'}'}'"],
  scala: ['s"a${b}"', '"""a"""', 'raw"a"'],
  groovy: ["'''a'''", '"""a${b}"""', '"a"', "'a'", "/a\\/'${b}/"],
  c: ['R"x(a)")x"', 'u8R"(a)"', 'L"a"', 'u8"a"', "'a'"],
  lua: ['[[a]]', '[==[a]]]==]', '"a"', "'a'"],
  perl: ['"a"', "'a'"],
  r: ['"a"', "'a'"],
  elixir: ['"a#{b}"'],
  vb: ['"a""b"'],
  shell: ["$'a\\''", "'a'", '"a$(echo ")")"', '$"a"', '"a`b`c"'],
  powershell: ['@"\na\n"@', "@'\na\n'@", '"a$(")")"', "'a''b'", '"a`"b"'],
  yaml: ['"a"', "'a''b'"],
  dockerfile: ['"a"', "'a'"],
  makefile: [],
  bat: [],
  dotenv: [],
  json: ['"a\\"b"'],
  jsonc: ['"a"'],
  toml: ['"""a"""', "'''a'''", '"a"', "'a'"],
  properties: [],
  ini: [],
  markup: ['"a>b"', "'a'"],
  none: [],
  sql: ["'a''b'"],
  css: ['"a"', "'a'"],
  scss: ['"a"'],
  haskell: ['"a"'],
  zig: ['"a"'],
  nim: ['"a"', "'a'"],
  ocaml: ['"a"'],
  latex: [],
  erlang: ['"a"'],
  clojure: ['"a"'],
  julia: ['"a"', 'raw"a\\b"', '"""a"""', '"a$(b("c"))"'],
  fsharp: ['"a"', '@"a""b"', '"""a"""', '$"a{b}"'],
  terraform: ['"a"'],
  coffeescript: ['"a"', "'a'", '"""a"""', "'''a'''", '"a#{b("c")}"'],
};

describe('lexer', () => {
  for (const [name, literals] of Object.entries(FORMS) as [keyof typeof SYNTAX, readonly string[]][]) {
    if (literals.length === 0) continue;
    it(`reads each ${name} string form as one literal`, () => {
      for (const literal of literals) {
        const before = name === 'markup' ? '<x v=' : name === 'yaml' ? 'x: ' : 'x = ';
        const text = `${before}${literal}${name === 'markup' ? '>' : ''}\n`;
        const token = lex(text, SYNTAX[name]).strings.find((s) => s.start === before.length);
        assert.ok(token, `${name}: nothing starts at ${literal}`);
        assert.equal(text.slice(token.start, token.end), literal, `${name}: ${literal}`);
        assert.ok(token.terminated);
      }
    });
  }

  it('reads a Groovy slash as a slashy string only where an operand is expected', () => {
    const text = "def half = total / 2 / count\ndef re = /it's/\nif (x =~ /a\"b/) return /c/\n";
    const strings = lex(text, SYNTAX.groovy).strings.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(strings, ["/it's/", '/a"b/', '/c/']);
  });

  it('reads $$ in a Scala s-string as a dollar sign, which opens no interpolation', () => {
    const [token] = lex('val t = s"$${x}"\n', SYNTAX.scala).strings;
    assert.deepEqual(token.holes, []);
  });

  it('lexes 2 MB of real JavaScript to the literal at its end', () => {
    const text = `${'const re = /["\'`]/g; // it\'s\nconst t = `a${"}"}b`;\n'.repeat(40_000)}const last = "tail";\n`;
    const strings = lex(text, SYNTAX.javascript).strings;
    assert.equal(text.slice(strings[strings.length - 1].start, strings[strings.length - 1].end), '"tail"');
  });
});
