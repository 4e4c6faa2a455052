// Reports an id and its secret that belong together (an AWS key id and its secret key) as one finding
// covering both, so a fix moves both and a baseline accepts both.
import { sha256Hex } from './hash';
import { RuleError } from './registry';
import type { Finding, FindingPart, PairSpec, Rule } from './types';

/** Checks pair specs against the loaded rules: known halves, ids unique among rules and pairs. */
export function checkPairs(pairs: readonly PairSpec[], rules: readonly Rule[]): readonly PairSpec[] {
  const ids = new Set(rules.map((rule) => rule.id));
  for (const pair of pairs) {
    if (ids.has(pair.id)) throw new RuleError(`pair ${pair.id}: id already used`);
    for (const half of [pair.first, ...pair.second]) if (!rules.some((rule) => rule.id === half)) throw new RuleError(`pair ${pair.id}: unknown rule ${half}`);
    ids.add(pair.id);
  }
  return pairs;
}

function part(finding: Finding): FindingPart {
  const { ruleId, start, end, line, column, endLine, endColumn, preview, fingerprint, identifier, envName } = finding;
  return { ruleId, start, end, line, column, endLine, endColumn, preview, fingerprint, identifier, envName };
}

/**
 * Merges each `first` finding with the nearest unpaired `second` finding within the pair's line gap.
 * `findings` are in text order; so is the result. Pairs in `disabled` stay apart; merged pairs whose
 * fingerprint is in `allowed` are dropped.
 */
export function pairFindings(
  text: string,
  findings: readonly Finding[],
  pairs: readonly PairSpec[],
  disabled?: ReadonlySet<string>,
  allowed?: ReadonlySet<string>,
): Finding[] {
  const used = new Set<Finding>();
  const merged: Finding[] = [];
  for (const pair of pairs) {
    if (disabled?.has(pair.id)) continue;
    for (const a of findings) {
      if (a.ruleId !== pair.first || used.has(a)) continue;
      const b = findings
        .filter((f) => pair.second.includes(f.ruleId) && !used.has(f) && Math.abs(f.line - a.line) <= pair.maxLineGap)
        .sort((x, y) => Math.abs(x.line - a.line) - Math.abs(y.line - a.line))[0];
      if (!b) continue;
      used.add(a).add(b);
      const [head, tail] = a.start < b.start ? [a, b] : [b, a];
      const fingerprint = sha256Hex(`${pair.id}:${text.slice(a.start, a.end)}\n${text.slice(b.start, b.end)}`);
      if (allowed?.has(fingerprint)) continue;
      merged.push({
        ruleId: pair.id,
        provider: pair.provider,
        description: pair.description,
        confidence: a.confidence === 'high' || b.confidence === 'high' ? 'high' : 'medium',
        start: head.start,
        end: tail.end,
        line: head.line,
        column: head.column,
        endLine: tail.endLine,
        endColumn: tail.endColumn,
        preview: `${head.preview} + ${tail.preview}`,
        fingerprint,
        parts: [part(head), part(tail)],
      });
    }
  }
  if (used.size === 0) return [...findings];
  return [...findings.filter((f) => !used.has(f)), ...merged].sort((x, y) => x.start - y.start);
}
