// One pass over the text finds which keywords occur, so only the rules that could match run their
// regex. An Aho-Corasick automaton compiled to a dense ASCII transition table keeps that pass at a
// single array lookup per character.

const ALPHABET = 128;

/** A compiled set of keywords, each tagged with the indexes of the rules it enables. */
export class KeywordPrefilter {
  private readonly delta: Int32Array;
  private readonly outputs: number[][];

  /** `keywords[i]` lists the lowercase ASCII keywords of rule `i`. */
  constructor(private readonly keywords: readonly (readonly string[])[]) {
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
    // Breadth-first: fill failure transitions so every (node, char) pair has a direct target.
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
    this.delta = delta;
    this.outputs = outputs;
  }

  /** Indexes of the rules with at least one keyword in `text[from, to)`, compared case-insensitively. */
  matchingRules(text: string, from = 0, to = text.length): Set<number> {
    const hits = new Set<number>();
    const { delta, outputs } = this;
    let state = 0;
    for (let i = from; i < to; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= ALPHABET) c = 0;
      state = delta[state * ALPHABET + c];
      const out = outputs[state];
      if (out.length !== 0) for (let k = 0; k < out.length; k++) hits.add(out[k]);
    }
    return hits;
  }

  /** Number of rules the automaton was built for. */
  get size(): number {
    return this.keywords.length;
  }
}
