// The shared pieces of rewriting a literal: the job, its result, and edits that keep the literal's
// own text and escapes while replacing only the secrets.
import { fitsWithoutParens, type Skipper } from './context';
import type { Dialect } from './dialects';
import type { Lexed, StringToken } from './lexer';
import type { TextEdit } from './types';

/** One secret to move, with the variable it moves to. */
export interface Secret {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** An import or using directive the rewritten code needs. */
export type ImportNeed = 'python-os' | 'go-os' | 'swift-foundation' | 'dart-io' | 'csharp-system' | 'c-stdlib' | 'cpp-cstdlib';

/** The secrets of one literal (or one bare value), rewritten together. */
export interface RewriteJob {
  readonly text: string;
  readonly dialect: Dialect;
  readonly lexed: Lexed;
  readonly skipper: Skipper;
  readonly languageId: string;
  readonly path?: string;
  /** Undefined for a bare value (YAML, shell, .properties). */
  readonly token?: StringToken;
  /** Sorted, not overlapping, inside the token's content. */
  readonly secrets: readonly Secret[];
}

/** Edits for one job, or why the job cannot be rewritten. */
export type RewriteResult =
  | {
      readonly edits: TextEdit[];
      readonly imports?: readonly ImportNeed[];
      readonly notes?: readonly string[];
      /** The notes say all there is to say: the dialect's general advice would contradict them. */
      readonly notesReplaceDialect?: boolean;
      /** Terraform input variables the edits read, to be declared where the module does not yet. */
      readonly declares?: readonly string[];
    }
  | { readonly refusal: string };

/** A result that says why a literal is left alone. */
export const refuse = (refusal: string): RewriteResult => ({ refusal });

/** True when the job's one secret is the literal's whole content. */
export function isWhole(job: RewriteJob): boolean {
  const { token, secrets } = job;
  return !!token && secrets.length === 1 && secrets[0].start === token.contentStart && secrets[0].end === token.contentEnd && token.holes.length === 0;
}

/** The token's content minus its holes and secrets: the literal text that stays. */
export function textRegions(job: RewriteJob): [number, number][] {
  const token = job.token!;
  const cuts = [...token.holes, ...job.secrets].sort((a, b) => a.start - b.start);
  const out: [number, number][] = [];
  let at = token.contentStart;
  for (const cut of cuts) {
    if (cut.start > at) out.push([at, cut.start]);
    at = Math.max(at, cut.end);
  }
  if (token.contentEnd > at) out.push([at, token.contentEnd]);
  return out;
}

/** A replacement edit. */
export const replace = (start: number, end: number, newText: string): TextEdit => ({ start, end, newText });
/** An insertion edit. */
export const insert = (at: number, newText: string): TextEdit => ({ start: at, end: at, newText });
/** One edit per secret, replacing exactly the secret's source. */
export const replaceSecrets = (job: RewriteJob, text: (s: Secret) => string): TextEdit[] => job.secrets.map((s) => replace(s.start, s.end, text(s)));

/** Inserts an escape before each character of the text regions that needs one; with `pairs`, existing backslash escapes are copied untouched. */
export function escapeRegions(job: RewriteJob, needs: (text: string, i: number) => string | undefined, pairs: boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const [a, b] of textRegions(job)) {
    for (let i = a; i < b; i++) {
      if (pairs && job.text[i] === '\\') {
        i++;
        continue;
      }
      const escape = needs(job.text, i);
      if (escape !== undefined) edits.push(insert(i, escape));
    }
  }
  return edits;
}

/** The escape for a brace in f-strings, C# interpolation and format strings: the brace doubled. */
export const doubleBraces = (text: string, i: number) => (text[i] === '{' || text[i] === '}' ? text[i] : undefined);

/** `"before" + read + "after"`: the literal split at each secret, in parentheses when a neighbour binds more tightly. */
export function concatenation(job: RewriteJob, read: (s: Secret) => string, op: string): RewriteResult {
  const { text, token } = job;
  if (!token) return refuse('internal: no literal');
  const literal = (source: string) => `${token.prefix}${token.open}${source}${token.close}`;
  const parts: string[] = [];
  let at = token.contentStart;
  for (const s of job.secrets) {
    if (s.start > at) parts.push(literal(text.slice(at, s.start)));
    parts.push(read(s));
    at = s.end;
  }
  if (token.contentEnd > at) parts.push(literal(text.slice(at, token.contentEnd)));
  const joined = parts.join(` ${op} `);
  const bare = parts.length === 1 || fitsWithoutParens(text, token.start, token.end, 'additive', op);
  return { edits: [replace(token.start, token.end, bare ? joined : `(${joined})`)] };
}

/** One interpolation per secret, in place of the secret's source. */
export function holes(job: RewriteJob, hole: (s: Secret) => string): TextEdit[] {
  return replaceSecrets(job, hole);
}

/** True when a secret runs over lines of the source. */
export function spansLines(job: RewriteJob): boolean {
  return job.secrets.some((s) => job.text.slice(s.start, s.end).includes('\n'));
}

/** True when a multi-line raw string's closing delimiter is indented (C# and Swift strip that indentation from every line). */
export function closingIndented(job: RewriteJob): boolean {
  const t = job.token!;
  return /\n[ \t]+$/.test(job.text.slice(t.contentStart, t.contentEnd));
}

