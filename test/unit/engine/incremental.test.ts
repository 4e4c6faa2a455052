import * as assert from 'node:assert/strict';
import { IncrementalScan, mergeEdits, scanText, type LineEdit } from '../../../src/engine';
import { charset, randomString, seeded } from '../support/fake';

// Replaces lines [start, end] of `lines` with `insert`, returning the new text and the edit as VS Code reports it.
function applyLines(lines: string[], start: number, end: number, insert: string[]): { text: string; edit: LineEdit } {
  lines.splice(start, end - start + 1, ...insert);
  return { text: lines.join('\n'), edit: { startLine: start, oldEndLine: end, newEndLine: start + Math.max(insert.length, 1) - 1 } };
}

function pem(random: () => number): string[] {
  const body = Array.from({ length: 6 }, () => randomString(charset.base64, 64, random));
  return ['-----BEGIN RSA PRIVATE KEY-----', ...body, '-----END RSA PRIVATE KEY-----'];
}

function randomLine(random: () => number): string {
  const roll = random();
  if (roll < 0.15) return `const apiKey${Math.floor(random() * 100)} = "${randomString(charset.alnum, 26, random)}";`;
  if (roll < 0.2) return `# secret-hygiene:allow`;
  if (roll < 0.3) return '';
  return `let value${Math.floor(random() * 1000)} = compute(${Math.floor(random() * 50)});`;
}

describe('incremental rescanning', () => {
  it('gives the same findings as a full scan after each of 400 random edits', () => {
    const random = seeded(42);
    const lines = Array.from({ length: 300 }, () => randomLine(random));
    lines.splice(120, 0, ...pem(random));
    const scan = new IncrementalScan();
    scan.full(lines.join('\n'));
    for (let step = 0; step < 400; step++) {
      const start = Math.floor(random() * lines.length);
      const end = Math.min(lines.length - 1, start + Math.floor(random() * 3));
      const kind = random();
      let insert: string[];
      if (kind < 0.3) insert = [randomLine(random), randomLine(random)];
      else if (kind < 0.5) insert = [lines[start].slice(0, Math.floor(random() * lines[start].length))]; // delete part of a line
      else if (kind < 0.55) insert = pem(random);
      else if (kind < 0.65) insert = [''];
      else insert = [`${lines[start]}x`]; // type one character
      const { text, edit } = applyLines(lines, start, kind < 0.5 ? end : start, insert);
      const incremental = scan.edit(text, edit);
      assert.deepEqual(incremental, scanText(text), `step ${step}: edit ${JSON.stringify(edit)}`);
    }
  });

  it('merges consecutive edits into one edit covering both', () => {
    // Insert 2 lines at line 5, then type on line 20 of the new text (line 18 of the original).
    assert.deepEqual(mergeEdits({ startLine: 5, oldEndLine: 5, newEndLine: 7 }, { startLine: 20, oldEndLine: 20, newEndLine: 20 }), {
      startLine: 5,
      oldEndLine: 18,
      newEndLine: 20,
    });
    // Delete 3 lines at 10, then edit above it.
    assert.deepEqual(mergeEdits({ startLine: 10, oldEndLine: 13, newEndLine: 10 }, { startLine: 2, oldEndLine: 2, newEndLine: 2 }), {
      startLine: 2,
      oldEndLine: 13,
      newEndLine: 10,
    });
  });

  it('gives the same findings as a full scan after random merged edits', () => {
    const random = seeded(7);
    const lines = Array.from({ length: 200 }, () => randomLine(random));
    const scan = new IncrementalScan();
    scan.full(lines.join('\n'));
    for (let round = 0; round < 60; round++) {
      let merged: LineEdit | undefined;
      let text = '';
      for (let k = 0; k < 3; k++) {
        const start = Math.floor(random() * lines.length);
        const result = applyLines(lines, start, start, random() < 0.5 ? [randomLine(random)] : [randomLine(random), randomLine(random)]);
        text = result.text;
        merged = merged ? mergeEdits(merged, result.edit) : result.edit;
      }
      assert.deepEqual(scan.edit(text, merged!), scanText(text), `round ${round}`);
    }
  });
});
