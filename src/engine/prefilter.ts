// One pass over the text finds which keywords occur and on which lines, so a rule runs its regex only
// on the lines that could hold a match. An Aho-Corasick automaton compiled to a dense ASCII transition
// table keeps that pass at one array lookup per character.

const ALPHABET = 128; // `state >>> 7` below divides by it

/** For each rule with a keyword in the text: the offsets of the lines holding one, ascending. */
export type KeywordHits = Map<number, number[]>;

/** A compiled set of keywords, each tagged with the indexes of the rules it enables. */
export class KeywordPrefilter {
  // Transitions, indexed by state * ALPHABET + char; states are stored pre-multiplied by ALPHABET.
  private readonly delta: Int32Array;
  private readonly outputs: (readonly number[] | undefined)[];

  /** `keywords[i]` lists the lowercase ASCII keywords of rule `i`. */
  constructor(keywords: readonly (readonly string[])[]) {
    const goto: Int32Array[] = [new Int32Array(ALPHABET).fill(-1)];
    const outputs: number[][] = [[]];
    keywords.forEach((list, ruleIndex) => {
      for (const keyword of list) {
        let node = 0;
        for (let i = 0; i < keyword.length; i++) {
          const c = keyword.charCodeAt(i) & 127;
          if (goto[node][c] === -1) {
            goto[node][c] = goto.length;
            goto.push(new Int32Array(ALPHABET).fill(-1));
            outputs.push([]);
          }
          node = goto[node][c];
        }
        if (!outputs[node].includes(ruleIndex)) outputs[node].push(ruleIndex);
      }
    });
    // Breadth-first: fill failure transitions so every (state, char) pair has a direct target.
    const delta = new Int32Array(goto.length * ALPHABET);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const next = goto[0][c];
      delta[c] = next === -1 ? 0 : next;
      if (next !== -1) queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const r of outputs[fail[node]]) if (!outputs[node].includes(r)) outputs[node].push(r);
      for (let c = 0; c < ALPHABET; c++) {
        const next = goto[node][c];
        if (next === -1) {
          delta[node * ALPHABET + c] = delta[fail[node] * ALPHABET + c];
        } else {
          fail[next] = delta[fail[node] * ALPHABET + c];
          delta[node * ALPHABET + c] = next;
          queue.push(next);
        }
      }
    }
    // Pre-multiply states by ALPHABET and flag those that emit, so the hot loop needs no second lookup.
    for (let i = 0; i < delta.length; i++) delta[i] = delta[i] * ALPHABET + (outputs[delta[i]].length ? EMITS : 0);
    this.delta = delta;
    // Dense (no holes, so V8 keeps fast elements); undefined where a state emits nothing.
    this.outputs = outputs.map((out) => (out.length ? out : undefined));
  }

  /** Where each rule's keywords occur in `text`, compared case-insensitively. */
  scan(text: string): KeywordHits {
    const hits: KeywordHits = new Map();
    const { delta, outputs } = this;
    let state = 0;
    // The line of the latest hit, found only when a hit falls outside it: hits are rare, characters are not.
    let lineStart = 0;
    let lineEnd = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = delta[(state & STATE_MASK) + (c < ALPHABET ? FOLD[c] : 0)];
      if (state < EMITS) continue;
      const out = outputs[(state & STATE_MASK) >>> 7]!;
      if (i > lineEnd) {
        lineStart = text.lastIndexOf('\n', i) + 1;
        lineEnd = text.indexOf('\n', i);
        if (lineEnd === -1) lineEnd = text.length;
      }
      for (let k = 0; k < out.length; k++) {
        const lines = hits.get(out[k]);
        if (lines === undefined) hits.set(out[k], [lineStart]);
        else if (lines[lines.length - 1] !== lineStart) lines.push(lineStart);
      }
    }
    return hits;
  }
}

// Bit set on transitions into a state that emits keywords; the rest of the value is state * ALPHABET.
const EMITS = 1 << 30;
const STATE_MASK = EMITS - 1;

// ASCII lowercasing as a table lookup.
const FOLD = Uint8Array.from({ length: ALPHABET }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c));
