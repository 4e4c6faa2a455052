import * as assert from 'node:assert/strict';
import * as dotenv from 'dotenv';
import { dotenvEntries, dotenvValueSpans, formatDotenvValue, parseDotenv, tryFormatDotenvValue, UnrepresentableValueError } from '../../../src/engine';
import { charset, randomString, seeded } from '../support/fake';

// Lines around the entry. The comment lines end in each quote kind, so a value whose closing quote
// dotenv could read past (into whatever a user adds later) is caught.
const framed = (rhs: string) => `PRE='a'\nK=${rhs}\n#'\n#"\n#\`\nNEXT='b'\nQ="c"\n`;

function readsBack(rhs: string, value: string): boolean {
  const parsed = dotenv.parse(framed(rhs));
  return parsed.K === value && parsed.PRE === 'a' && parsed.NEXT === 'b' && parsed.Q === 'c';
}

// What real secrets and their surroundings hold: spaces, comment and quote characters, expansions,
// backslashes, padding, non-ASCII text, line breaks (PEM keys) in LF and CRLF.
const SPICE = [' ', '  ', '#', ' # ', "'", '"', '`', '$', '${HOME}', '\\', '\\\\', '\\n', '=', '==', 'é', '日本', '😀', '\t', '\n', '\r\n', '\r', ':', '@', '%', '\u00a0'];

function pem(random: () => number, eol: string): string {
  const body = Array.from({ length: 3 + Math.floor(random() * 4) }, () => randomString(charset.base64, 64, random));
  return ['-----BEGIN PRIVATE KEY-----', ...body, '-----END PRIVATE KEY-----', ''].join(eol);
}

function generatedValue(random: () => number): string {
  const roll = random();
  if (roll < 0.08) return pem(random, random() < 0.5 ? '\n' : '\r\n');
  let value = randomString(charset.alnum, 8 + Math.floor(random() * 32), random);
  const spices = 1 + Math.floor(random() * 4);
  for (let i = 0; i < spices; i++) {
    const at = Math.floor(random() * (value.length + 1));
    value = value.slice(0, at) + SPICE[Math.floor(random() * SPICE.length)] + value.slice(at);
  }
  if (random() < 0.15) value = ` ${value}`;
  if (random() < 0.15) value = `${value} `;
  return value;
}

function collect(seed: number, wanted: number, representable: boolean): string[] {
  const random = seeded(seed);
  const out: string[] = [];
  while (out.length < wanted) {
    const value = generatedValue(random);
    if ((tryFormatDotenvValue(value) !== undefined) === representable) out.push(value);
  }
  return out;
}

describe('formatDotenvValue', () => {
  it('reads back 360 generated values exactly as written, through dotenv 17 itself', () => {
    const values = collect(17, 360, true);
    assert.equal(values.length, 360);
    for (const value of values) {
      const rhs = formatDotenvValue(value);
      assert.ok(readsBack(rhs, value), `round trip failed for ${JSON.stringify(value)} written as ${rhs}`);
    }
    // The generator really exercises the hard characters.
    for (const needle of ['#', "'", '"', '`', '$', '\\', '=', '\n', '\r\n', ' ', '😀']) assert.ok(values.some((v) => v.includes(needle)), `no value with ${JSON.stringify(needle)}`);
    assert.ok(values.some((v) => v.startsWith(' ')) && values.some((v) => v.endsWith(' ')));
  });

  it("refuses only values that none of dotenv's quoting styles can carry (40 generated)", () => {
    for (const value of collect(23, 40, false)) {
      assert.throws(() => formatDotenvValue(value), (e: Error) => e instanceof UnrepresentableValueError && !e.message.includes(value));
      const escaped = value.replace(/\n/g, '\\n').replace(/\r/g, '\\r');
      // Double quotes have no escape for `"` itself; a value holding one is not a double-quoted value.
      const doubled = value.includes('"') ? [] : [`"${value}"`, `"${escaped}"`];
      for (const rhs of [value, `'${value}'`, ...doubled, `\`${value}\``]) {
        assert.ok(!readsBack(rhs, value), `${JSON.stringify(value)} could have been written as ${rhs}`);
      }
    }
  });

  it('leaves plain values unquoted and quotes the rest in the plainest style that reads back', () => {
    const table: readonly [string, string][] = [
      ['abcDEF123', 'abcDEF123'],
      ['a+b/c=d==', 'a+b/c=d=='],
      ['postgres://u:p@h:5432/db', 'postgres://u:p@h:5432/db'],
      ['with space', "'with space'"],
      ['hash#tag', "'hash#tag'"],
      ['dollar$HOME', "'dollar$HOME'"],
      [' padded ', "' padded '"],
      ["it's", `"it's"`],
      [`both'and"`, "`both'and\"`"],
      ['line1\nline2', '"line1\\nline2"'],
      ['crlf1\r\ncrlf2', '"crlf1\\r\\ncrlf2"'],
      ['back\\slash', "'back\\slash'"],
      ['literal\\n and\nbreak', "'literal\\n and\nbreak'"],
      ['', "''"],
    ];
    for (const [value, rhs] of table) {
      assert.equal(formatDotenvValue(value), rhs, JSON.stringify(value));
      assert.ok(readsBack(rhs, value), rhs);
    }
  });

  it('throws without revealing the value when it ends with a backslash and needs quotes', () => {
    const secret = `${randomString(charset.alnum, 12)} # tail\\`;
    assert.throws(() => formatDotenvValue(secret), (e: Error) => e instanceof UnrepresentableValueError && !e.message.includes(secret.slice(0, 12)));
  });
});

// Fragments that hit dotenv's quirks: `export`, `KEY: value`, values on the next line, comments,
  // escaped and unclosed quotes, CR line ends, Unicode line separators.
const ATOMS = ['A', 'KEY', 'x', '1', ' ', '\t', '=', ':', ': ', '#', ' #c', "'", '"', '`', '\\', '\\n', '\n', '\r\n', '\r', 'export ', '.', '-', 'é', '\u2028', '$', 'ab', 'B=2', "'q'", '"q"', '\uFEFF'];


function generatedFiles(seed: number, count: number): string[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    const length = 1 + Math.floor(random() * 16);
    for (let i = 0; i < length; i++) text += ATOMS[Math.floor(random() * ATOMS.length)];
    return text;
  });
}

describe('parseDotenv', () => {
  it('agrees with dotenv.parse on 5000 generated files, quirks included', () => {
    for (const text of generatedFiles(99, 5000)) {
      assert.deepEqual(Object.fromEntries(parseDotenv(text)), dotenv.parse(text), JSON.stringify(text));
    }
  });

  it('reads comments, export, quotes, multi-line values, CRLF and a BOM like dotenv', () => {
    const text = '\uFEFF# comment\r\nexport A=1\r\nB = "x\\ny" # note\r\nC=\'multi\nline\'\r\nD=`b`\r\nE=\r\nF=last';
    assert.deepEqual(Object.fromEntries(parseDotenv(text)), dotenv.parse(text));
    assert.deepEqual([...parseDotenv(text).keys()], ['A', 'B', 'C', 'D', 'E', 'F']);
  });
});

describe('dotenvEntries', () => {
  it('locates each value so that dotenv reads the located text alone as it reads the whole file (5000 generated files)', () => {
    let located = 0;
    for (const text of generatedFiles(7, 5000)) {
      const parsed = dotenv.parse(text);
      const last = new Map(dotenvEntries(text).map((entry) => [entry.key, entry]));
      assert.deepEqual([...last.keys()].sort(), Object.keys(parsed).sort(), JSON.stringify(text));
      for (const [key, entry] of last) {
        assert.equal(text.slice(entry.keyStart, entry.keyStart + key.length), key, JSON.stringify(text));
        const written = text.slice(entry.valueStart, entry.valueEnd);
        assert.equal(written, written.trim(), JSON.stringify(text));
        assert.equal(dotenv.parse(`K=${written}`).K, parsed[key], `${JSON.stringify(text)}: ${JSON.stringify(written)}`);
        if (written) located++;
      }
    }
    // The generator yields plenty of non-empty values, not just keys.
    assert.ok(located > 500, `only ${located} values located`);
  });

  it('gives the offsets of values as written, quotes kept, in CRLF text', () => {
    const text = '# API_KEY=old\r\nexport A=one\r\nB = "two words" # note\r\nC=\r\nD=\'multi\nline\'\r\nE: five';
    const spans = dotenvEntries(text).map((e) => [e.key, text.slice(e.valueStart, e.valueEnd)]);
    assert.deepEqual(spans, [
      ['A', 'one'],
      ['B', '"two words"'],
      ['C', ''],
      ['D', "'multi\nline'"],
      ['E', 'five'],
    ]);
  });
});

describe('dotenvValueSpans', () => {
  it('gives the text of every value to hide: quotes left out, commented-out definitions in, empty values and prose out', () => {
    const text = [
      '# Note: rotate these monthly',
      'export A=one',
      'B = "two words" # note',
      'C=',
      "D='multi",
      "line'",
      '  # OLD_KEY=retired # was in use',
      '#export E="five"',
      'F=""',
      '',
    ].join('\r\n');
    const shown = dotenvValueSpans(text).map(({ start, end }) => text.slice(start, end));
    assert.deepEqual(shown, ['one', 'two words', 'multi\r\nline', 'retired', 'five']);
  });
});
