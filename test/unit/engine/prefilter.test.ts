import * as assert from 'node:assert/strict';
import { KeywordPrefilter, jsWalker, type KeywordHits } from '../../../src/engine/prefilter';
import { CHUNK, wasmWalker } from '../../../src/engine/wasmAutomaton';
import { seeded } from '../support/fake';

// What the prefilter must return, computed the slow way: every occurrence of every keyword.
function expectedHits(keywords: readonly (readonly string[])[], text: string): KeywordHits {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const hits: KeywordHits = new Map();
  keywords.forEach((list, rule) => {
    const lines = new Set<number>();
    for (const keyword of list) {
      for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) lines.add(lower.lastIndexOf('\n', at) + 1);
    }
    if (lines.size) hits.set(rule, [...lines].sort((a, b) => a - b));
  });
  return hits;
}

const sorted = (hits: KeywordHits) => [...hits].sort((a, b) => a[0] - b[0]);

// Filler that exercises the UTF-8 path: accents, CJK, an emoji (a surrogate pair), CRLF and tabs.
const FILLER = ['a', 'b', 'k', 'e', 'y', ' ', '_', '-', '\n', '\r\n', '\t', 'é', '中', '😀', 'Σ', 'x', 'T', 'S'];

function randomText(random: () => number, length: number, keywords: readonly string[], ascii: boolean, seams: readonly number[]): string {
  const parts: string[] = [];
  let size = 0;
  const pool = ascii ? FILLER.filter((c) => /^[\x00-\x7f]+$/.test(c)) : FILLER;
  while (size < length) {
    // Keywords also land exactly across the places where the text is cut into chunks and streams.
    const seam = seams.find((at) => at > size - 40 && at <= size);
    const piece = seam !== undefined || random() < 0.02 ? keywords[Math.floor(random() * keywords.length)] : pool[Math.floor(random() * pool.length)];
    const cased = random() < 0.3 ? piece.toUpperCase() : piece;
    parts.push(cased);
    size += cased.length;
  }
  return parts.join('');
}

describe('keyword prefilter', () => {
  it('finds every rule whose keyword occurs, case-insensitively, including overlapping keywords', () => {
    const filter = new KeywordPrefilter([['sk-ant-'], ['sk-'], ['ghp_', 'gho_'], ['xoxb-']]);
    assert.deepEqual([...filter.scan('token = "SK-ANT-abc" and gho_x').keys()].sort(), [0, 1, 2]);
    assert.deepEqual([...filter.scan('nothing here').keys()], []);
    assert.deepEqual([...filter.scan('é xoxb- ü').keys()], [3]);
  });

  it('reports each line holding a keyword once, by its start offset', () => {
    const filter = new KeywordPrefilter([['ghp_'], ['xoxb-']]);
    const text = 'ghp_ ghp_\nplain\nxoxb- ghp_\n';
    const hits = filter.scan(text);
    assert.deepEqual(hits.get(0), [0, text.indexOf('xoxb-')]);
    assert.deepEqual(hits.get(1), [text.indexOf('xoxb-')]);
  });

  it('counts a keyword that ends in a line break for the line after it, even right after a keyword on its own line', () => {
    const filter = new KeywordPrefilter([['token'], ['token>\n']]);
    const head = `<a>${'é'.repeat(300)}</a>\n  <apiToken>\n`;
    for (const text of [`  <apiToken>\n    value\n  </apiToken>\n`, `${head}    value\n  </apiToken>\n`]) {
      const valueLine = text.indexOf('    value');
      const hits = filter.scan(text);
      assert.equal(hits.get(1)?.[0], valueLine, JSON.stringify(text.slice(0, 20)));
      assert.equal(hits.get(0)?.[0], text.lastIndexOf('\n', text.indexOf('<apiToken>')) + 1);
    }
  });

  const keywords = [['key', 'secret'], ['sk-ant-'], ['sk-'], ['token'], ['kek'], ['xoxb-', 'ghp_'], ['e']];
  const flat = keywords.flat();

  it('runs its walk in WebAssembly in Node', () => {
    const filter = new KeywordPrefilter([['ab']]);
    assert.ok(wasmWalker({ table: new Int32Array(128), emitFrom: 128, longest: 2 }, jsWalker({ table: new Int32Array(128), emitFrom: 128, longest: 2 })));
    assert.deepEqual([...filter.scan('x'.repeat(5000) + 'AB').keys()], [0]);
  });

  it('walks texts just longer than a chunk, whose last piece is shorter than the longest keyword', () => {
    const long = ['a-keyword-as-long-as-the-longest-rule-keyword-here'];
    const filter = new KeywordPrefilter([long, ['key']]);
    for (const extra of [1, 2, long[0].length - 1, long[0].length, 4 * long[0].length, 8 * long[0].length + 3]) {
      for (const chunks of [1, 2, 3]) {
        const text = 'x'.repeat(CHUNK * chunks + extra - 3) + 'KEY';
        assert.deepEqual(sorted(filter.scan(text)), sorted(expectedHits([long, ['key']], text)), `length ${text.length}`);
      }
    }
  });

  // Lines where a run of 27 token characters follows `.`, 6 token characters and `.`: what the dotted shape must find.
  function expectedDotted(text: string): number[] {
    const lines = new Set<number>();
    const shape = /(?<=\.[A-Za-z0-9_-]{6}\.)[A-Za-z0-9_-]{27}/g;
    for (let match = shape.exec(text); match; match = shape.exec(text)) {
      lines.add(text.lastIndexOf('\n', match.index) + 1);
      shape.lastIndex = match.index + 1;
    }
    return [...lines].sort((a, b) => a - b);
  }

  it('finds a token in three dotted parts, which has no keyword, by its shape alone', () => {
    const filter = new KeywordPrefilter([['key'], []], [1]);
    const tail = 'Ab1-'.repeat(7);
    const shaped = `x = "Q${'w'.repeat(24)}.Ab_1-Z.${tail}"`;
    for (const text of [shaped, `${'// filler\n'.repeat(40)}${shaped}\n`, `é${'中'.repeat(300)}\n${shaped}`]) {
      assert.deepEqual(filter.scan(text).get(1), expectedDotted(text), JSON.stringify(text.slice(-60)));
      assert.equal(expectedDotted(text).length, 1);
    }
    // One short of the shape in each part, and a dot inside the run: nothing.
    for (const near of [`"Q.Ab_1-.${tail.slice(1)}"`, `"Q.Ab_1.${tail}"`, `"Q.Ab_1-Z.${tail.slice(0, 13)}.${tail.slice(13)}"`, `"Q.Ab_(-Z.${tail}"`]) {
      for (const text of [near, `${'// filler\n'.repeat(40)}${near}`]) assert.equal(filter.scan(text).get(1), undefined, near);
    }
  });

  for (const [name, ascii] of [['ASCII', true], ['mixed UTF-8', false]] as const) {
    it(`finds exactly the dotted shapes a naive search finds, across chunk and stream seams (${name})`, () => {
      const random = seeded(ascii ? 17 : 18);
      // Pieces that make and break the shape: dots, a 6-character middle, long runs, and runs one short.
      const pieces = ['.', '.abc-_9.', `.${'z'.repeat(6)}.${'T'.repeat(27)}`, 'Q'.repeat(26), 'r'.repeat(14), ...flat];
      const filter = new KeywordPrefilter([...keywords, []], [keywords.length]);
      for (const length of [10, 300, 1500, 5000, CHUNK - 3, CHUNK + 5, CHUNK * 2 + 777]) {
        const chunk = Math.ceil(length / Math.ceil(length / CHUNK));
        const seams = [chunk, chunk * 2, Math.ceil(chunk / 4), Math.ceil(chunk / 2), Math.ceil((3 * chunk) / 4), chunk + Math.ceil(chunk / 4)];
        const text = randomText(random, length, pieces, ascii, seams);
        const hits = filter.scan(text);
        assert.deepEqual(hits.get(keywords.length) ?? [], expectedDotted(text), `length ${length}`);
        hits.delete(keywords.length);
        assert.deepEqual(sorted(hits), sorted(expectedHits(keywords, text)), `length ${length}`);
      }
    });

    it(`finds exactly the keywords a naive search finds, across chunk and stream seams (${name})`, () => {
      const random = seeded(ascii ? 7 : 8);
      const filter = new KeywordPrefilter(keywords);
      for (const length of [10, 300, 1500, 5000, CHUNK - 3, CHUNK + 5, CHUNK * 2 + 777]) {
        const chunk = Math.ceil(length / Math.ceil(length / CHUNK));
        const seams = [chunk, chunk * 2, Math.ceil(chunk / 4), Math.ceil(chunk / 2), Math.ceil((3 * chunk) / 4), chunk + Math.ceil(chunk / 4)];
        const text = randomText(random, length, flat, ascii, seams);
        assert.deepEqual(sorted(filter.scan(text)), sorted(expectedHits(keywords, text)), `length ${length}`);
      }
    });
  }
});
