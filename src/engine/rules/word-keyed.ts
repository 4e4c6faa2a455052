import type { RuleSpec } from '../types';
import { keyed, keyedIdentifier, type KeyedSpec } from './define';

/**
 * `keyed`, with the provider name required to be a whole word of the identifier (snake, kebab, camel
 * or upper case), so `CameraKit`, `rookTable` and `sumOfExposures` are not read as Meraki, Okta or Sumo.
 */
export function wordKeyed(spec: KeyedSpec): RuleSpec {
  const rule = keyed(spec);
  const name = `(?:${keyedIdentifier(spec)})`;
  // keyed() patterns start with the name; the word checks go right after it, as lookarounds, so the
  // regex still starts with literal characters and V8 can skip ahead to them.
  if (!rule.pattern.source.startsWith(name)) throw new Error(`wordKeyed: unexpected pattern for ${spec.id}`);
  const wordStart = `(?<=(?:^|[^A-Za-z])${name}|[a-z](?=[A-Z])${name})`;
  // Case-sensitive on purpose: a letter ending the name followed by a lowercase one means the word goes on.
  const wordEnd = '(?!(?<=[A-Za-z])[a-z])';
  const source = name + wordStart + wordEnd + rule.pattern.source.slice(name.length);
  return { ...rule, pattern: new RegExp(source, rule.pattern.flags) };
}
