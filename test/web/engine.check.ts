// The engine as the web build runs it: in a browser page (headless Chromium), where vscode.dev would load it.
// run-offline-host.mjs loads this bundle into a blank page and reports each check; they need no VS Code.
import { scanText } from '../../src/engine';
import { KeywordPrefilter, jsWalker } from '../../src/engine/prefilter';
import { wasmWalker, type Automaton } from '../../src/engine/wasmAutomaton';
import { charset, checksummedToken, join, randomString, seeded } from '../unit/support/fake';

/** One check's outcome, as the page hands it back. */
export interface WebCheckResult {
  readonly title: string;
  readonly error?: string;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

const discordToken = () => join('N', randomString(charset.base64url, 25), '.', randomString(charset.base64url, 6), '.', randomString(charset.base64url, 38));

const checks: Record<string, () => void> = {
  'compiles the keyword walk with its SIMD pass for shapes': () => {
    const automaton: Automaton = { table: new Int32Array(128), emitFrom: 128, longest: 2, runLength: 27 };
    check(wasmWalker(automaton, jsWalker(automaton)) !== undefined, 'wasmWalker returned undefined: the module did not compile');
  },
  'finds a bare Discord token and a checksummed GitHub token in a long text, at their offsets': () => {
    const discord = discordToken();
    const github = checksummedToken('ghp_');
    const text = `${'// a line of filler, long enough for the WebAssembly walk\n'.repeat(50)}const bots = [["helper", "${discord}"]];\nconst gh = "${github}";\n${'é中'.repeat(200)}`;
    const found = scanText(text, { path: 'bots.js' }).map((f) => `${f.ruleId}@${f.start}`);
    const expected = [`discord-bot-token-bare@${text.indexOf(discord)}`, `github-pat@${text.indexOf(github)}`];
    check(JSON.stringify(found) === JSON.stringify(expected), `found ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`);
  },
  'reports the same keyword and shape hits as the JS walk, on mixed text across chunk seams': () => {
    const random = seeded(41);
    const pieces = ['token', 'sk-', 'é', '中', '😀', ' ', '\n', '.', 'ab-_9Z', '.'.concat('q'.repeat(6), '.', 'T'.repeat(27)), 'x'];
    const keywords = [['token'], ['sk-'], []];
    const parts: string[] = [];
    for (let size = 0; size < 140_000; size += parts[parts.length - 1].length) parts.push(pieces[Math.floor(random() * pieces.length)]);
    const text = parts.join('');
    const prefilter = new KeywordPrefilter(keywords, [2]);
    const fast = prefilter.scan(text);
    // The same prefilter over pieces shorter than the wasm walk takes: the JS walk.
    const slow = new Map<number, number[]>();
    let offset = 0;
    for (const line of text.split('\n')) {
      for (const [rule] of prefilter.scan(line)) slow.set(rule, [...(slow.get(rule) ?? []), offset]);
      offset += line.length + 1;
    }
    const sorted = (hits: Map<number, number[]>) => JSON.stringify([...hits].sort((a, b) => a[0] - b[0]));
    check(fast.get(2) !== undefined, 'no dotted shape found at all');
    check(sorted(fast) === sorted(slow), 'the wasm and JS walks disagree');
  },
};

/** Runs every check and reports each by title. */
function runWebChecks(): WebCheckResult[] {
  return Object.entries(checks).map(([title, run]) => {
    try {
      run();
      return { title };
    } catch (error) {
      return { title, error: (error as Error).message };
    }
  });
}

(globalThis as { runWebChecks?: typeof runWebChecks }).runWebChecks = runWebChecks;
