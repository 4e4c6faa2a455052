// The scanner: keyword prefilter, rule regexes, value checks, suppression, then one finding per secret.
import { isFakeValue } from './filters';
import { shannonEntropy } from './entropy';
import { sha256Hex } from './hash';
import { checkPairs, pairFindings } from './pairing';
import { KeywordPrefilter } from './prefilter';
import { redact } from './redact';
import { Skipper } from './fix/context';
import { lex } from './fix/lexer';
import { dialectFor } from './fix/lookup';
import { sectionAt } from './fix/sections';
import { bareValuesAreLiterals, literalQuoting } from './languages';
import { refiners, type RefineContext, type Refined } from './refiners';
import { loadRules } from './registry';
import { ruleFamilies } from './rules';
import { pairs as pairSpecs } from './rules/pairs';
import { isSuppressed } from './suppress';
import type { Confidence, Finding, PairSpec, Rule } from './types';
import { validators } from './validators';

/** What the caller knows about the text, and which findings the repo config turns off. */
export interface ScanOptions {
  readonly path?: string;
  readonly languageId?: string;
  /** Rule ids to skip. */
  readonly disabledRules?: ReadonlySet<string> | readonly string[];
  /** Fingerprints accepted in the baseline or the repo config. */
  readonly allowedFingerprints?: ReadonlySet<string> | readonly string[];
}

/** Every loaded rule, in registry order. Loading validates them, so a bad rule fails at startup. */
export const rules: readonly Rule[] = loadRules(ruleFamilies);
/** Every id-and-secret pair, checked against the rules. */
export const pairs: readonly PairSpec[] = checkPairs(pairSpecs, rules);
/** Every id a finding can carry, for checking the repo config's `disabledRules`. */
export const ruleIds: ReadonlySet<string> = new Set([...rules.map((rule) => rule.id), ...pairs.map((pair) => pair.id)]);
const prefilter = new KeywordPrefilter(
  rules.map((rule) => rule.keywords),
  rules.flatMap((rule, index) => (rule.shape === 'dotted-token' ? [index] : [])),
);
// Registry order breaks ties between overlapping findings: provider families come before the generic detector.
const ORDER = new Map(rules.map((rule, index) => [rule.id, index]));
// How far from a secret, on its line, an allow directive is looked for.
const DIRECTIVE_REACH = 500;
const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** Byte offsets at which each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The zero-based line that `offset` falls on, given the text's `lineStarts`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function toSet(values: ReadonlySet<string> | readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (!values) return undefined;
  return values instanceof Set ? values : new Set(values as readonly string[]);
}

// The name a secret is assigned to on its own line: `openaiKey` in `const openaiKey = "sk-…"`.
const ASSIGNED_NAME = /(?:^|[^\w$.-])([A-Za-z_$][\w$.-]{0,80})["'\]]?\s*(?::\s*[\w.[\]|<>? ]{1,30}\s*)?(?:=>|:=|\?=|=|:|,)\s*(?:\(|\[)?\s*[rRbBfFuU@$]{0,2}["'`]?$/;

function assignedName(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 200), start);
  const name = ASSIGNED_NAME.exec(before)?.[1];
  return name?.replace(/^[-$@]+/, '').split('.').pop() || undefined;
}

interface Candidate {
  readonly rule: Rule;
  readonly start: number;
  readonly end: number;
  readonly confidence: Confidence;
  readonly identifier?: string;
}

// Runs one rule over `text`: over the whole text for multi-line rules, else only over the lines
// (offsets in `lines`) where its keywords occur, since a single-line match must contain one; a rule whose
// match may reach the line before or after gets that line too.
function candidatesOf(rule: Rule, text: string, lines: readonly number[], context: RefineContext): Candidate[] {
  const out: Candidate[] = [];
  if (rule.multiline) {
    collect(rule, text, 0, context, out);
    return out;
  }
  const anchors = rule.alsoContains;
  const reachesBack = rule.span === 'previous-line' || rule.span === 'both-neighbours';
  const reachesForward = rule.span === 'next-line' || rule.span === 'both-neighbours';
  for (const keywordLine of lines) {
    const lineStart = reachesBack && keywordLine > 0 ? text.lastIndexOf('\n', keywordLine - 2) + 1 : keywordLine;
    let lineEnd = text.indexOf('\n', keywordLine);
    if (reachesForward && lineEnd !== -1) lineEnd = text.indexOf('\n', lineEnd + 1);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (anchors && !anchors.some((literal) => line.includes(literal))) continue;
    collect(rule, line, lineStart, context, out);
  }
  return out;
}

function collect(rule: Rule, text: string, offset: number, context: RefineContext, out: Candidate[]): void {
  const regex = rule.regex;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++;
    const indices = match.indices!;
    let start: number;
    let end: number;
    let identifier: string | undefined;
    let others: Refined['others'];
    if (rule.refine) {
      const refined = refiners[rule.refine](text, match, indices, context, offset);
      if (!refined) continue;
      if ('resumeAt' in refined) {
        regex.lastIndex = Math.min(regex.lastIndex, Math.max(refined.resumeAt, match.index + 1));
        continue;
      }
      ({ start, end, identifier, others } = refined);
    } else {
      const span = indices[rule.group];
      if (!span) continue;
      [start, end] = span;
    }
    const secret = text.slice(start, end);
    if (!secret) continue;
    if (rule.allow?.some((allowed) => allowed.test(secret))) continue;
    if (!rule.refine && isFakeValue(secret)) continue;
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) continue;
    let confidence = rule.confidence;
    if (rule.validator) {
      const validator = validators[rule.validator];
      const valid = validator.check(secret);
      if (!valid && validator.strict) continue;
      if (!validator.strict) confidence = valid ? 'high' : rule.confidence === 'high' ? 'medium' : rule.confidence;
    }
    out.push({ rule, start: start + offset, end: end + offset, confidence, identifier });
    // The refiner judged these as it judged the first.
    for (const other of others ?? []) out.push({ rule, start: other.start + offset, end: other.end + offset, confidence, identifier });
  }
}

// Overlapping candidates describe one secret: keep the most confident, then the earliest rule.
function keepBest(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence] || ORDER.get(a.rule.id)! - ORDER.get(b.rule.id)!);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const clash = kept.findIndex((k) => candidate.start < k.end && k.start < candidate.end);
    if (clash === -1) {
      kept.push(candidate);
      continue;
    }
    const other = kept[clash];
    const better =
      CONFIDENCE_RANK[candidate.confidence] - CONFIDENCE_RANK[other.confidence] ||
      ORDER.get(other.rule.id)! - ORDER.get(candidate.rule.id)!;
    if (better > 0) kept[clash] = candidate;
  }
  return kept;
}

// Config formats that nest settings under a named section; the rest have none to find.
const NESTING = new Set(['yaml', 'dockercompose', 'toml', 'ini', 'json', 'jsonc']);
const NESTING_FILE = /\.(?:ya?ml|toml|ini|cfg|conf|jsonc?)$/i;

// The section lookup for a config file. Built on first use, as few scans need it: resolving the format and, for
// JSON, lexing its strings to find the brace a value sits in, are done once and only for a value that needs its section.
function sectionFinder(text: string, options: ScanOptions): RefineContext['sectionAt'] {
  if (!(NESTING.has(options.languageId ?? '') || (options.path !== undefined && NESTING_FILE.test(options.path)))) return undefined;
  let find: ((offset: number) => string | undefined) | null | undefined;
  return (offset) => {
    if (find === undefined) {
      const dialect = dialectFor(options.languageId ?? '', options.path);
      let skipper: Skipper | undefined;
      find = dialect && NESTING.has(dialect.id) ? (at) => sectionAt(text, dialect.id, (skipper ??= new Skipper(lex(text, dialect.lex))), at) : null;
    }
    return find?.(offset);
  };
}

/** Scans a whole text and returns its findings in text order. */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  const disabled = toSet(options.disabledRules);
  const allowed = toSet(options.allowedFingerprints);
  const context: RefineContext = {
    text,
    bareValuesAreLiterals: bareValuesAreLiterals(options.languageId, options.path),
    ...literalQuoting(options.languageId, options.path),
    sectionAt: sectionFinder(text, options),
  };
  const candidates: Candidate[] = [];
  for (const [index, lines] of prefilter.scan(text)) {
    const rule = rules[index];
    if (disabled?.has(rule.id) || (rule.paths && options.path !== undefined && !rule.paths.test(options.path))) continue;
    candidates.push(...candidatesOf(rule, text, lines, context));
  }
  if (candidates.length === 0) return [];
  const starts = lineStarts(text);
  const findings: Finding[] = [];
  for (const candidate of keepBest(candidates)) {
    const { rule, start, end } = candidate;
    const line = lineOf(starts, start);
    // Directives are looked for near the secret: a minified line would make the check cost its whole length.
    const lineEnd = (starts[line + 1] ?? text.length + 1) - 1;
    const lineText = text.slice(Math.max(starts[line], start - DIRECTIVE_REACH), Math.min(lineEnd, end + DIRECTIVE_REACH));
    const previous = line > 0 ? text.slice(Math.max(starts[line - 1], starts[line] - 1 - DIRECTIVE_REACH), starts[line] - 1) : undefined;
    if (isSuppressed(lineText, previous)) continue;
    const secret = text.slice(start, end);
    const fingerprint = sha256Hex(`${rule.id}:${secret}`);
    if (allowed?.has(fingerprint)) continue;
    const endLine = lineOf(starts, end);
    findings.push({
      ruleId: rule.id,
      provider: rule.provider,
      description: rule.description,
      confidence: candidate.confidence,
      start,
      end,
      line,
      column: start - starts[line],
      endLine,
      endColumn: end - starts[endLine],
      preview: redact(secret),
      fingerprint,
      identifier: candidate.identifier ?? assignedName(text, start),
      envName: rule.envName,
    });
  }
  return pairFindings(text, findings.sort((a, b) => a.start - b.start), pairs, disabled, allowed);
}
