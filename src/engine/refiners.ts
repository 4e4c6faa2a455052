// Post-match checks for rules whose regex alone cannot tell a secret from ordinary code.
import { rejectGenericValue, secretNameKind } from './generic';
import type { RefinerName } from './types';

/** The secret a refiner settled on: its offsets in the scanned text and the name it was assigned to. */
export interface Refined {
  readonly start: number;
  readonly end: number;
  readonly identifier?: string;
}

type Indices = RegExpIndicesArray;
/** What a refiner knows about the file: whether a bare `name=value` value is a literal there (.env, YAML, shell). */
export interface RefineContext {
  readonly bareValuesAreLiterals: boolean;
}

type Refiner = (text: string, match: RegExpExecArray, indices: Indices, context: RefineContext) => Refined | undefined;

const IDENTIFIER_CHAR = /[\w.$@-]/;

// The whole identifier around a keyword hit: `aws_secret_access_key` from a match at `secret`.
function identifierAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && IDENTIFIER_CHAR.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && /[\w.-]/.test(text[end])) end++;
  return { start, end };
}

// True when `offset` sits inside a string literal that opened earlier on its line (prose, not code).
function insideStringLiteral(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const quotes = (before.match(/(?<!\\)"/g) ?? []).length;
  return quotes % 2 === 1 && !before.endsWith('"');
}

// `export NAME=` or `NAME=` at the start of a line: shell and dotenv syntax, where bare values are literals.
const ENV_STYLE = /^\s*(?:export\s+|set\s+|ENV\s+|ARG\s+)?$/;

function lineBefore(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}

// Drops closing brackets that a bare value swallowed from the code around it: `f(password=abc123)`.
function trimUnbalancedClosers(value: string): string {
  let out = value;
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  while (out.length > 0 && pairs[out[out.length - 1]]) {
    const close = out[out.length - 1];
    const opens = out.split(pairs[close]).length - 1;
    const closes = out.split(close).length - 1;
    if (closes <= opens) break;
    out = out.slice(0, -1);
  }
  return out.replace(/[.]+$/, '');
}

const assignment: Refiner = (text, match, indices, context) => {
  const ident = identifierAround(text, match.index);
  const rawIdentifier = text.slice(ident.start, ident.end);
  const identifier = rawIdentifier.replace(/^[-$@]+/, '');
  const kind = secretNameKind(identifier.split('.').pop() ?? identifier);
  if (!kind || insideStringLiteral(text, ident.start)) return undefined;
  const operator = match[1] ?? '';
  const quotedGroup = [2, 3, 4].find((g) => match[g] !== undefined);
  const quoted = quotedGroup !== undefined;
  const isFlag = rawIdentifier.startsWith('-');
  const group = quotedGroup ?? 5;
  const [start] = indices[group];
  if (operator === '(' && !quoted) return undefined;
  if (operator === '' && (!(quoted || isFlag) || !/[ \t]/.test(text.slice(ident.end, start)))) return undefined;
  const value = quoted ? match[group] : trimUnbalancedClosers(match[group]);
  const form = quoted ? 'quoted' : context.bareValuesAreLiterals || ENV_STYLE.test(lineBefore(text, ident.start)) ? 'bare-literal' : 'bare';
  if (rejectGenericValue(value, kind, form)) return undefined;
  return { start, end: start + value.length, identifier };
};

const comparison: Refiner = (_text, match, indices) => {
  const identifier = match[3];
  const kind = secretNameKind(identifier.split('.').pop() ?? identifier);
  if (!kind || rejectGenericValue(match[1], kind, 'quoted')) return undefined;
  return { start: indices[1][0], end: indices[1][1], identifier };
};

const xmlElement: Refiner = (_text, match, indices) => {
  const identifier = match[1].split(':').pop() ?? match[1];
  const kind = secretNameKind(identifier);
  const value = match[2].trim();
  if (!kind || rejectGenericValue(value, kind, 'quoted')) return undefined;
  const start = indices[2][0] + match[2].indexOf(value);
  return { start, end: start + value.length, identifier };
};

/** Every refiner a rule may name. */
export const refiners: Readonly<Record<RefinerName, Refiner>> = {
  'generic-assignment': assignment,
  'generic-comparison': comparison,
  'generic-xml-element': xmlElement,
};
