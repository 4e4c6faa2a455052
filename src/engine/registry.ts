// Loads rule specs into compiled rules, refusing any that break the rules-as-data contract.
import type { Rule, RuleSpec } from './types';
import { validators } from './validators';

/** Why a rule spec was refused. */
export class RuleError extends Error {}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Rejects regex constructs that can backtrack catastrophically: a quantified group that itself holds
 * an unbounded quantifier (`(a+)+`, `(\w+\.){2,}`), or an unbounded quantified group with alternatives
 * (`(a|ab)*`). Bounded nesting such as `(?:[a-z]{2}\.){3}` stays linear and is allowed.
 */
export function findBacktrackingHazard(source: string): string | undefined {
  interface Frame { unbounded: boolean; alternation: boolean; start: number }
  const stack: Frame[] = [{ unbounded: false, alternation: false, start: 0 }];
  const quantifierAt = (i: number): { unbounded: boolean; length: number } | undefined => {
    const c = source[i];
    if (c === '*' || c === '+') return { unbounded: true, length: 1 };
    if (c === '?') return { unbounded: false, length: 1 };
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m) return { unbounded: m[2] !== undefined && m[3] === '', length: m[0].length };
    }
    return undefined;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '(') { stack.push({ unbounded: false, alternation: false, start: i }); continue; }
    if (c === '|') { stack[stack.length - 1].alternation = true; continue; }
    if (c === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) return 'unbalanced parentheses';
      const q = quantifierAt(i + 1);
      const repeated = q && source[i + 1] !== '?';
      if (repeated && group.unbounded) return `quantified group containing an unbounded quantifier at ${group.start}`;
      if (repeated && q.unbounded && group.alternation) return `unbounded repetition of alternatives at ${group.start}`;
      if (group.unbounded || (repeated && q.unbounded)) stack[stack.length - 1].unbounded = true;
      continue;
    }
    const q = quantifierAt(i);
    if (q?.unbounded) stack[stack.length - 1].unbounded = true;
  }
  return undefined;
}

/** The number of capturing groups in regex source; counted by reading it, since compiling every pattern at load is slow. */
export function captureGroupCount(source: string): number {
  let count = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') for (i++; i < source.length && source[i] !== ']'; i++) { if (source[i] === '\\') i++; }
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) count++;
  }
  return count;
}

/** Compiles and validates rule specs grouped by family; throws RuleError naming the first bad rule. */
export function loadRules(families: Readonly<Record<string, readonly RuleSpec[]>>): Rule[] {
  const seen = new Set<string>();
  const rules: Rule[] = [];
  for (const [family, specs] of Object.entries(families)) {
    for (const spec of specs) {
      const fail = (why: string): never => { throw new RuleError(`rule ${spec.id || '(no id)'} in ${family}: ${why}`); };
      if (!RULE_ID.test(spec.id)) fail('id must be kebab-case');
      if (seen.has(spec.id)) fail('duplicate id');
      seen.add(spec.id);
      if (!spec.provider || !spec.description) fail('provider and description are required');
      if (spec.keywords.length === 0 && !spec.shape) fail('at least one keyword, or a shape, is required');
      // A shape's hits come in an order of their own, so a rule is found by one or the other.
      if (spec.keywords.length > 0 && spec.shape) fail('a rule with a shape takes no keywords');
      for (const keyword of spec.keywords) if (!keyword || keyword !== keyword.toLowerCase()) fail(`keyword "${keyword}" must be non-empty lowercase`);
      if (spec.alsoContains?.some((literal) => !literal)) fail('alsoContains literals must be non-empty');
      if (spec.validator && !validators[spec.validator]) fail(`unknown validator ${spec.validator}`);
      const hazard = findBacktrackingHazard(spec.pattern.source);
      if (hazard) fail(`pattern may backtrack catastrophically: ${hazard}`);
      const flags = 'gd' + spec.pattern.flags.replace(/[^ims]/g, '');
      let regex: RegExp;
      try {
        regex = new RegExp(spec.pattern.source, flags);
      } catch (error) {
        return fail(`pattern does not compile: ${(error as Error).message}`);
      }
      const groups = captureGroupCount(spec.pattern.source);
      const group = spec.secretGroup ?? (groups > 0 ? 1 : 0);
      if (group > groups) fail(`secretGroup ${group} but the pattern has ${groups} groups`);
      rules.push({ ...spec, family, regex, group });
    }
  }
  return rules;
}
