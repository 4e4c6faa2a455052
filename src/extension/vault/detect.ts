// Which provider a stored value belongs to, judged by the same engine that underlines secrets in code.
import { rules, scanText, type Confidence } from '../../engine';

/** The provider a value was recognised as. */
export interface Detection {
  readonly ruleId: string;
  readonly provider: string;
}

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };
const familyOf = new Map(rules.map((rule) => [rule.id, rule.family]));

/**
 * The provider whose format `value` matches, scanned as the line `NAME="value"` so that rules keyed
 * on a provider-named variable also apply. Generic findings say nothing about the provider, so they
 * are ignored.
 */
export function detectProvider(name: string, value: string): Detection | undefined {
  const prefix = `${name}="`;
  const text = `${prefix}${value}"\n`;
  const valueEnd = prefix.length + value.length;
  const found = scanText(text, { path: '.env', languageId: 'dotenv' })
    .filter((f) => familyOf.get(f.ruleId) !== 'generic' && f.start >= prefix.length && f.end <= valueEnd)
    // The finding that covers most of the value wins, then the more confident one.
    .sort((a, b) => b.end - b.start - (a.end - a.start) || RANK[b.confidence] - RANK[a.confidence]);
  return found[0] && { ruleId: found[0].ruleId, provider: found[0].provider };
}

/** Providers whose conventional variable is `name` (OPENAI_API_KEY → OpenAI), in rule order. */
export function expectedProviders(name: string): string[] {
  return [...new Set(rules.filter((rule) => rule.envName === name).map((rule) => rule.provider))];
}

/** A value that is not in the format its name promises: providers only, never the value. */
export interface ProviderMismatch {
  /** The providers whose conventional variable the name is. */
  readonly expected: readonly string[];
  /** The provider whose format the value is in, if any. */
  readonly detected?: string;
}

/**
 * The mismatch when `name` is a known provider's variable but the value is not in that provider's
 * format, or undefined when it is, or when the name promises nothing. Data, so the editor can word it
 * in the user's language.
 */
export function providerMismatch(name: string, detected: Detection | undefined): ProviderMismatch | undefined {
  const expected = expectedProviders(name);
  if (expected.length === 0 || (detected && expected.includes(detected.provider))) return undefined;
  return detected ? { expected, detected: detected.provider } : { expected };
}

/** The mismatch as an English phrase, for results and logs; see providerMismatch. */
export function formatMismatch(name: string, detected: Detection | undefined): string | undefined {
  const mismatch = providerMismatch(name, detected);
  if (!mismatch) return undefined;
  return mismatch.detected
    ? `the value is in ${mismatch.detected}'s format, not ${mismatch.expected.map((p) => `${p}'s`).join(' or ')}`
    : `the value is not in any known ${mismatch.expected.join(' or ')} key format`;
}
