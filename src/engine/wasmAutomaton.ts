// The keyword automaton's walk in WebAssembly. A table walk is a chain of dependent loads, one per
// character, so it runs at the latency of a load however it is written. The way out is to walk four
// stretches of the text at once, which JS cannot schedule well and wasm can. A second pass, in SIMD, finds long
// runs of token characters, for formats no keyword finds. The module is assembled here, byte by byte: it is three
// small loops, and a build step for them would be larger.

/** A transition table laid out for a walk: rows of 128 entries, each the next state times 128. */
export interface Automaton {
  readonly table: Int32Array;
  /** States are numbered so that every one from here on (times 128) emits a keyword. */
  readonly emitFrom: number;
  /** The longest keyword: how far before a stretch a walk must start to find the keywords ending in it. */
  readonly longest: number;
  /** When set, the walk also reports each run of token characters (`TOKEN_CHARACTER`) that reaches this length. */
  readonly runLength?: number;
}

/** 1 for the ASCII characters a run is made of: letters, digits, `_` and `-`, the base64url alphabet. */
export const TOKEN_CHARACTER = Uint8Array.from({ length: 128 }, (_, c) => Number(/[A-Za-z0-9_-]/.test(String.fromCharCode(c))));

/** The entry a run is reported with: the root state's, which no keyword ends in. */
export const RUN = 0;

/** Where a keyword ends (a UTF-16 offset) and the table entry the walk arrived there by; or where a run reaches its length, with `RUN`. */
export type Emit = (index: number, entry: number) => void;

/** A walk of the automaton over whole strings. */
export interface Walker {
  walk(text: string, emit: Emit): void;
}

/** Characters (UTF-16 code units) encoded and walked per call; bounds the wasm buffers. */
export const CHUNK = 1 << 16;
// Below this many characters the JS walk is cheaper than a call into wasm.
const WASM_FROM = 256;

const STREAMS = 4;
const ROW = 128 * 4; // bytes per table row
const PAGE = 65536;

// The slice of the WebAssembly API used here. The engine compiles without DOM or Node typings, and this
// declaration is module-local, so it describes the host's global without redeclaring it.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
};
interface WalkerExports {
  memory: { buffer: ArrayBuffer };
  walk: (p0: number, p1: number, p2: number, p3: number, steps: number) => void;
  toUnits: (first: number, count: number, from: number, to: number) => void;
  runs: (length: number) => number;
}

interface Layout {
  /** Address of the first emitting row: a power of two above every other row, so one `>=` on the OR
   *  of four states tells whether any of them emits. */
  readonly emitting: number;
  readonly input: number;
  readonly counts: number;
  readonly cursor: number;
  readonly output: number;
  readonly region: number;
  /** Where `runs` writes its records. */
  readonly runOutput: number;
  /** 0 when runs are not reported. */
  readonly runLength: number;
}

/** A wasm walker for `automaton`, or undefined where the host has no WebAssembly (for runs, with SIMD) or forbids compiling it. */
export function wasmWalker(automaton: Automaton, fallback: Walker): Walker | undefined {
  if (typeof WebAssembly !== 'object' || typeof TextEncoder !== 'function') return undefined;
  const { table, emitFrom, longest, runLength = 0 } = automaton;
  const rows = table.length / 128;
  const quiet = emitFrom / 128; // rows before the first emitting one
  const emitting = 2 ** Math.ceil(Math.log2(Math.max(quiet, 1) * ROW));
  // A chunk's lead-in also holds a whole run, so a run reaching its length in the chunk's own part is counted in full.
  const lead = Math.max(longest - 1, runLength);
  const inputBytes = align((CHUNK + lead) * 3 + 16);
  const region = align((Math.ceil(((CHUNK + lead) * 3) / STREAMS) + lead + 1) * 8);
  const input = emitting + (rows - quiet) * ROW;
  const output = input + inputBytes + 32;
  const runOutput = output + region * STREAMS;
  const layout: Layout = { emitting, input, counts: input + inputBytes, cursor: input + inputBytes + 16, output, region, runOutput, runLength };
  // A run is recorded once per `runLength` bytes at most.
  const runRegion = runLength ? align((Math.ceil(inputBytes / runLength) + 1) * 8) : 0;
  let exports: WalkerExports;
  try {
    const pages = Math.ceil((runOutput + runRegion) / PAGE);
    exports = new WebAssembly.Instance(new WebAssembly.Module(Uint8Array.from(moduleBytes(pages, layout)))).exports as WalkerExports;
  } catch {
    return undefined;
  }
  const buffer = exports.memory.buffer;
  const address = (entry: number) => (entry < emitFrom ? entry * 4 : emitting + (entry - emitFrom) * 4);
  const memory = new Int32Array(buffer);
  for (let i = 0; i < table.length; i++) memory[address(i - (i % 128)) / 4 + (i % 128)] = address(table[i]);
  const entryOf = (addr: number) => (addr < emitting ? addr / 4 : emitFrom + (addr - emitting) / 4);
  const bytes = new Uint8Array(buffer, input, inputBytes);
  const counts = new Int32Array(buffer, layout.counts, STREAMS);
  const cursor = new Int32Array(buffer, layout.cursor, 2);
  const records = new Int32Array(buffer, layout.output, (region * STREAMS) / 4);
  const runRecords = new Int32Array(buffer, runOutput, runRegion / 4);
  const encoder = new TextEncoder();

  return {
    walk(text, emit) {
      // Streams must be longer than their lead-in; short texts are cheaper in JS anyway.
      if (text.length < Math.max(WASM_FROM, STREAMS * 2 * lead)) return fallback.walk(text, emit);
      // Equal chunks, so none is shorter than its streams' lead-in (a last chunk of a few characters was).
      const size = Math.ceil(text.length / Math.ceil(text.length / CHUNK));
      for (let start = 0; start < text.length; start += size) {
        // Each chunk starts `lead` characters early, from state 0, so a keyword across the seam is found.
        const from = Math.max(0, start - lead);
        const end = Math.min(text.length, start + size);
        const part = from === 0 && end === text.length ? text : text.substring(from, end);
        const { written = 0 } = encoder.encodeInto(part, bytes);
        const own = start - from;
        // `runs` reads whole 16-byte blocks: the bytes past the text must not continue a run.
        if (runLength) bytes.fill(0, written, written + 16);
        // Four stretches of bytes; each stream starts `lead` bytes early (keywords are ASCII).
        const stretch = Math.ceil(written / STREAMS);
        const starts = [0, 1, 2, 3].map((j) => j * stretch);
        exports.walk(0, starts[1] - lead, starts[2] - lead, starts[3] - lead, stretch + lead);
        const ascii = written === part.length;
        cursor.fill(0);
        for (let j = 0; j < STREAMS; j++) {
          const first = layout.output + j * region;
          const count = counts[j];
          const to = Math.min(written, starts[j] + stretch);
          // Outside ASCII, byte offsets become UTF-16 offsets (or -1 outside the stream's own stretch).
          if (!ascii) exports.toUnits(first, count, starts[j], to);
          for (let k = (j * region) / 4, last = k + 2 * count; k < last; k += 2) {
            const index = records[k];
            if (index < own || (ascii && (index < starts[j] || index >= to))) continue;
            emit(from + index, entryOf(records[k + 1]));
          }
        }
        if (runLength) {
          const count = exports.runs(written);
          cursor.fill(0);
          if (!ascii) exports.toUnits(runOutput, count, 0, written);
          for (let k = 0; k < 2 * count; k += 2) if (runRecords[k] >= own) emit(from + runRecords[k], RUN);
        }
      }
    },
  };
}

function align(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}

// Opcodes used below (WebAssembly core specification, binary format).
const op = {
  block: 0x02, loop: 0x03, if: 0x04, else: 0x05, end: 0x0b, br: 0x0c, brIf: 0x0d, select: 0x1b,
  localGet: 0x20, localSet: 0x21, localTee: 0x22,
  i32Load: 0x28, i32Load8u: 0x2d, i32Store: 0x36, i32Const: 0x41,
  i32Eqz: 0x45, i32Ne: 0x47, i32LtU: 0x49, i32GeU: 0x4f, i32Clz: 0x67, i32Ctz: 0x68, i32Add: 0x6a, i32Sub: 0x6b, i32Mul: 0x6c, i32And: 0x71, i32Or: 0x72, i32Shl: 0x74, i32ShrU: 0x76,
} as const;
const VOID = 0x40;
const I32 = 0x7f;

function leb(value: number, signed: boolean): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value = signed ? value >> 7 : value >>> 7;
    const done = signed ? (value === 0 && !(byte & 0x40)) || (value === -1 && (byte & 0x40) !== 0) : value === 0;
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}
const i32 = (value: number) => [op.i32Const, ...leb(value, true)];
const get = (local: number) => [op.localGet, local];
const set = (local: number) => [op.localSet, local];
const add = (local: number, value: number[]) => [...get(local), ...value, op.i32Add, ...set(local)];
const section = (id: number, body: number[]) => [id, ...leb(body.length, false), ...body];
const utf8Name = (text: string) => [text.length, ...Array.from(text, (c) => c.charCodeAt(0))];
const func = (locals: number, code: number[]) => {
  const body = [1, locals, I32, ...code, op.end];
  return [...leb(body.length, false), ...body];
};
// while (!(condition)) { body }
const until = (condition: number[], body: number[]) => [op.block, VOID, op.loop, VOID, ...condition, op.brIf, 1, ...body, op.br, 0, op.end, op.end];

// walk(p0, p1, p2, p3, steps): four streams over the input, each from state 0 at its own offset, in
// lockstep so their loads overlap. Stream j writes (offset, row address) records to its own output
// region and its count to counts[j].
// Locals: 0-3 offsets, 4 steps, 5 k, 6-9 states, 10-13 outs, 14 scratch.
function walk(layout: Layout): number[] {
  const [steps, k, scratch] = [4, 5, 14];
  const streams = [0, 1, 2, 3].map((j) => ({ offset: j, state: 6 + j, out: 10 + j, base: layout.output + j * layout.region }));
  // A byte above 127 walks as 0, which no keyword contains: multi-byte characters break keywords.
  const byte = (s: { offset: number }) => [
    ...get(s.offset), ...get(k), op.i32Add, op.i32Load8u, 0, ...leb(layout.input, false), op.localTee, scratch,
    ...i32(0), ...get(scratch), ...i32(128), op.i32LtU, op.select,
  ];
  return func(10, [
    ...streams.flatMap((s) => [...i32(s.base), ...set(s.out)]),
    ...until([...get(k), ...get(steps), op.i32GeU], [
      // state = row(state)[byte]: rows are addressed by byte and the table sits at address 0.
      ...streams.flatMap((s) => [...get(s.state), ...byte(s), ...i32(2), op.i32Shl, op.i32Add, op.i32Load, 2, 0, ...set(s.state)]),
      ...streams.flatMap((s, j) => [...get(s.state), ...(j > 0 ? [op.i32Or] : [])]),
      ...i32(layout.emitting), op.i32GeU, op.if, VOID,
      ...streams.flatMap((s) => [
        ...get(s.state), ...i32(layout.emitting), op.i32GeU, op.if, VOID,
        ...get(s.out), ...get(s.offset), ...get(k), op.i32Add, op.i32Store, 2, 0,
        ...get(s.out), ...get(s.state), op.i32Store, 2, 4,
        ...add(s.out, i32(8)),
        op.end,
      ]),
      op.end,
      ...add(k, i32(1)),
    ]),
    ...streams.flatMap((s, j) => [...i32(layout.counts + 4 * j), ...get(s.out), ...i32(s.base), op.i32Sub, ...i32(3), op.i32ShrU, op.i32Store, 2, 0]),
  ]);
}

// toUnits(first, count, from, to): rewrites the byte offsets of `count` records at `first` as UTF-16
// offsets, or -1 outside [from, to). Offsets inside are ascending across calls, so one cursor (bytes
// walked, units counted) kept in memory serves all four regions of a chunk.
// Locals: 0 first, 1 count, 2 from, 3 to, 4 end, 5 offset, 6 position, 7 units, 8 byte.
function toUnits(layout: Layout): number[] {
  const [first, count, from, to, end, offset, position, units, byte] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  return func(5, [
    ...i32(layout.cursor), op.i32Load, 2, 0, ...set(position),
    ...i32(layout.cursor), op.i32Load, 2, 4, ...set(units),
    ...get(first), ...get(count), ...i32(8), op.i32Mul, op.i32Add, ...set(end),
    ...until([...get(first), ...get(end), op.i32GeU], [
      ...get(first), op.i32Load, 2, 0, op.localTee, offset,
      ...get(from), op.i32LtU, ...get(offset), ...get(to), op.i32GeU, op.i32Or, op.if, VOID,
      ...get(first), ...i32(-1), op.i32Store, 2, 0,
      op.else,
      ...until([...get(position), ...get(offset), op.i32GeU], [
        ...get(position), op.i32Load8u, 0, ...leb(layout.input, false), ...set(byte),
        // units += (not a continuation byte) + (leads a 4-byte sequence, which is two UTF-16 units)
        ...get(units),
        ...get(byte), ...i32(0xc0), op.i32And, ...i32(0x80), op.i32Ne, op.i32Add,
        ...get(byte), ...i32(0xf0), op.i32GeU, op.i32Add, ...set(units),
        ...add(position, i32(1)),
      ]),
      ...get(first), ...get(units), op.i32Store, 2, 0,
      op.end,
      ...add(first, i32(8)),
    ]),
    ...i32(layout.cursor), ...get(position), op.i32Store, 2, 0,
    ...i32(layout.cursor), ...get(units), op.i32Store, 2, 4,
  ]);
}

// SIMD opcodes (after the 0xfd prefix) used by `runs`.
const simd = { load: 0x00, const: 0x0c, swizzle: 0x0e, splat: 0x0f, eq: 0x23, and: 0x4e, bitmask: 0x64, shrU: 0x6d } as const;
const V128 = 0x7b;
const vector = (code: number) => [0xfd, code];
const constant = (lanes: readonly number[]) => [0xfd, simd.const, ...lanes];

// Membership of a byte in TOKEN_CHARACTER as two 16-entry tables, one per nibble, whose AND is non-zero for a
// member: each high nibble gets one bit, standing for the set of low nibbles that make a member with it.
function nibbleTables(): { low: number[]; high: number[] } {
  const low = new Array<number>(16).fill(0);
  const high = new Array<number>(16).fill(0);
  const bits = new Map<string, number>();
  for (let h = 0; h < 8; h++) {
    const lows = [...Array(16).keys()].filter((l) => TOKEN_CHARACTER[(h << 4) | l]);
    if (!lows.length) continue;
    const key = lows.join();
    if (!bits.has(key)) bits.set(key, 1 << bits.size);
    high[h] = bits.get(key)!;
    for (const l of lows) low[l] |= high[h];
  }
  return { low, high };
}

// runs(length) -> count: records (offset, 0) at each byte where a run of token characters reaches the run
// length, over the input's first `length` bytes, and returns how many. It tells token characters from the rest
// 16 bytes at a time; a run that long spans whole blocks, so the count carries from block to block, and no run
// can reach it inside one block (the length is over 16). Recording happens outside the inner loop: a store
// inside it, even one rarely made, made the function a third slower.
// Locals: 0 length, 1 position, 2 run (members so far, up to the block), 3 out, 4 outsiders (a bit per byte
// that is not a member), 5 gap (members the run still needs), 6 reached, 7 v128 block, 8-9 v128 tables.
function runs(layout: Layout): number[] {
  const [length, position, run, out, outsiders, gap, reached, block, lowTable, highTable] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const target = layout.runLength;
  const { low, high } = nibbleTables();
  const lookUp = [
    ...get(lowTable), ...get(block), ...constant(new Array(16).fill(0x0f)), ...vector(simd.and), ...vector(simd.swizzle),
    ...get(highTable), ...get(block), ...i32(4), ...vector(simd.shrU), ...vector(simd.swizzle),
    ...vector(simd.and), ...i32(0), ...vector(simd.splat), ...vector(simd.eq), ...vector(simd.bitmask),
  ];
  const body = [
    ...constant(low), ...set(lowTable), ...constant(high), ...set(highTable),
    ...i32(layout.runOutput), ...set(out),
    op.block, VOID, op.loop, VOID, op.block, VOID, op.loop, VOID,
    ...get(position), ...get(length), op.i32GeU, op.brIf, 3,
    ...get(position), 0xfd, simd.load, 0, ...leb(layout.input, false), ...set(block),
    ...lookUp, ...set(outsiders),
    // The run reaches its length here if the members it still needs (negative, so huge unsigned, once it has)
    // are fewer than the block's leading members.
    ...i32(target - 1), ...get(run), op.i32Sub, op.localTee, gap,
    ...get(outsiders), ...i32(0x10000), op.i32Or, op.i32Ctz, op.i32LtU, ...set(reached),
    // A block of members extends the run; otherwise the run is the block's trailing members.
    ...get(run), ...i32(16), op.i32Add,
    ...get(outsiders), ...i32(16), op.i32Shl, op.i32Clz,
    ...get(outsiders), op.i32Eqz, op.select, ...set(run),
    ...add(position, i32(16)),
    ...get(reached), op.brIf, 1,
    op.br, 0, op.end, op.end,
    ...get(out), ...get(position), ...i32(-16), op.i32Add, ...get(gap), op.i32Add, op.i32Store, 2, 0,
    ...get(out), ...i32(0), op.i32Store, 2, 4,
    ...add(out, i32(8)),
    op.br, 0, op.end, op.end,
    ...get(out), ...i32(layout.runOutput), op.i32Sub, ...i32(3), op.i32ShrU,
  ];
  const code = [2, 6, I32, 3, V128, ...body, op.end];
  return [...leb(code.length, false), ...code];
}

function moduleBytes(pages: number, layout: Layout): number[] {
  const withRuns = layout.runLength > 0;
  return [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // Types: 0 is (i32 x5) -> (), 1 is (i32 x4) -> (), 2 is (i32) -> i32.
    ...section(1, [3, 0x60, 5, I32, I32, I32, I32, I32, 0, 0x60, 4, I32, I32, I32, I32, 0, 0x60, 1, I32, 1, I32]),
    ...section(3, withRuns ? [3, 0, 1, 2] : [2, 0, 1]),
    ...section(5, [1, 0, ...leb(pages, false)]),
    ...section(7, [
      withRuns ? 4 : 3, ...utf8Name('walk'), 0, 0, ...utf8Name('toUnits'), 0, 1, ...utf8Name('memory'), 2, 0,
      ...(withRuns ? [...utf8Name('runs'), 0, 2] : []),
    ]),
    ...section(10, [withRuns ? 3 : 2, ...walk(layout), ...toUnits(layout), ...(withRuns ? runs(layout) : [])]),
  ];
}
