// One pass over the text finds which keywords occur and on which lines, so a rule runs its regex only
// on the lines that could hold a match. An Aho-Corasick automaton compiled to a dense ASCII transition
// table keeps that pass at one array lookup per character; the lookups run in wasm where the host allows.
import { RUN, TOKEN_CHARACTER, wasmWalker, type Automaton, type Emit, type Walker } from './wasmAutomaton';

const ALPHABET = 128; // `state >>> 7` below divides by it

// A token in three dotted parts has no keyword to find it by: a Discord bot token is a base64 id, a 6-character
// timestamp and an HMAC of 27 or more. The walk reports every run of 27 token characters, and a run right after
// `.`, 6 characters and `.` is where such a token's last part starts (the rule's regex checks the rest).
const DOTTED_TAIL = 27;
const DOTTED_MIDDLE = 6;
const DOT = 46;

/** For each rule with a keyword in the text: the offsets of the lines holding one (or, for a keyword ending in a line break, following it), ascending. */
export type KeywordHits = Map<number, number[]>;

/** A compiled set of keywords, each tagged with the indexes of the rules it enables. */
export class KeywordPrefilter {
  // Rules enabled by each state, indexed by state number; undefined where a state emits nothing.
  private readonly outputs: (readonly number[] | undefined)[];
  private readonly walker: Walker;

  /** `keywords[i]` lists the lowercase ASCII keywords of rule `i`; `dottedTokenRules` run where a token in three dotted parts is. */
  constructor(keywords: readonly (readonly string[])[], private readonly dottedTokenRules: readonly number[] = []) {
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
    // Renumber so the states that emit come last: "emits" is then one comparison, outside the load chain.
    // Entries are pre-multiplied by ALPHABET, and an upper-case letter takes its lower-case transition.
    const order = outputs.map((_, state) => state).sort((a, b) => Number(outputs[a].length > 0) - Number(outputs[b].length > 0) || a - b);
    const renumbered = new Int32Array(order.length);
    order.forEach((state, index) => (renumbered[state] = index));
    const table = new Int32Array(delta.length);
    order.forEach((state, index) => {
      for (let c = 0; c < ALPHABET; c++) table[index * ALPHABET + c] = renumbered[delta[state * ALPHABET + (c >= 65 && c <= 90 ? c + 32 : c)]] * ALPHABET;
    });
    const emitFrom = order.findIndex((state) => outputs[state].length > 0) * ALPHABET;
    const longest = Math.max(1, ...keywords.flat().map((keyword) => keyword.length));
    const automaton = { table, emitFrom: emitFrom < 0 ? table.length : emitFrom, longest, runLength: dottedTokenRules.length ? DOTTED_TAIL : undefined };
    const js = jsWalker(automaton);
    this.walker = wasmWalker(automaton, js) ?? js;
    // Dense (no holes, so V8 keeps fast elements).
    this.outputs = order.map((state) => (outputs[state].length ? outputs[state] : undefined));
  }

  /** Where each rule's keywords occur in `text`, compared case-insensitively. */
  scan(text: string): KeywordHits {
    const hits: KeywordHits = new Map();
    const outputs = this.outputs;
    // The line of the latest hit, found only when a hit falls outside it: hits are rare, characters are not.
    let lineStart = 0;
    let lineEnd = -1;
    const record = (rules: readonly number[], line: number) => {
      for (let k = 0; k < rules.length; k++) {
        const lines = hits.get(rules[k]);
        if (lines === undefined) hits.set(rules[k], [line]);
        else if (lines[lines.length - 1] !== line) lines.push(line);
      }
    };
    const emit: Emit = (i, entry) => {
      if (entry === RUN) {
        // Runs come in order among themselves but not among keywords, so their line is found afresh; few pass.
        if (isDottedTail(text, i)) record(this.dottedTokenRules, text.lastIndexOf('\n', i) + 1);
        return;
      }
      // A keyword that ends in a line break counts for the line after it, so `>=`: `i` may be `lineEnd` itself.
      if (i >= lineEnd) {
        lineStart = text.lastIndexOf('\n', i) + 1;
        lineEnd = text.indexOf('\n', i);
        if (lineEnd === -1) lineEnd = text.length;
      }
      record(outputs[entry >>> 7]!, lineStart);
    };
    this.walker.walk(text, emit);
    return hits;
  }
}

// Whether the run of token characters whose last part ends at `i` follows `.`, 6 token characters and `.`.
function isDottedTail(text: string, i: number): boolean {
  const dot = i - DOTTED_TAIL;
  if (text.charCodeAt(dot) !== DOT || text.charCodeAt(dot - DOTTED_MIDDLE - 1) !== DOT) return false;
  for (let j = dot - DOTTED_MIDDLE; j < dot; j++) if (!TOKEN_CHARACTER[text.charCodeAt(j)]) return false;
  return true;
}

/** The same walk in JS, for hosts without WebAssembly. */
export function jsWalker({ table, emitFrom, runLength }: Automaton): Walker {
  return {
    walk(text, emit) {
      let state = 0;
      let run = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        state = table[state + (c < ALPHABET ? c : 0)];
        if (state >= emitFrom) emit(i, state);
        if (runLength) {
          run = c < ALPHABET && TOKEN_CHARACTER[c] ? run + 1 : 0;
          if (run === runLength) emit(i, RUN);
        }
      }
    },
  };
}
