import type { RuleSpec } from '../types';
import { caseless, escapeRegex, keyed, type KeyedSpec } from './define';

// The identifier starts a word: nothing alphabetic before it, or a camelCase hump (`myTwilioKey`).
const WORD_START = String.raw`(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))`;

/**
 * `keyed`, with the provider name required to be a whole word of the identifier (snake, kebab, camel
 * or upper case), so `CameraKit`, `rookTable` and `sumOfExposures` are not read as Meraki, Okta or Sumo.
 */
export function wordKeyed(spec: KeyedSpec): RuleSpec {
  const rule = keyed(spec);
  const ident = spec.identifier ?? spec.keywords.map(escapeRegex).join('|');
  // Case-sensitive on purpose: a letter ending the name followed by a lowercase one means the word goes on.
  const wordEnd = `(?=(?:${caseless(ident)})(?!(?<=[A-Za-z])[a-z]))`;
  return { ...rule, pattern: new RegExp(WORD_START + wordEnd + rule.pattern.source, rule.pattern.flags) };
}
