// Values that have the shape of a secret but are not one. Used by every rule (a `ghp_` followed by
// x's is still a placeholder) and, more aggressively, by the generic detector.
import { shannonEntropy } from './entropy';

const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /^\$\{[A-Za-z_]|^\$\(|^\$[A-Za-z_]\w*$|^%[A-Za-z_]\w*%$|^\$\{\{.*\}\}$/, // ${VAR…}, $(cmd), $VAR, %VAR%, ${{ expr }}: expansions
  /^\{\{.*\}\}$|^\{%.*%\}$|^<%.*%>$|^\{\.?[A-Za-z_][\w.]*\}$/, // templates, kubectl's {.jsonpath}
  /^<[^<>]*>$|^\[[^[\]]*\]$/, // <token>, [token]
  /^%\(?\w*\)?[sd]$|^\?$|^:\w+$/, // format strings and SQL binds
  /(?:process\.env|\$env:|\$ENV\{|os\.environ|os\.getenv|getenv\(|ENV\[|ENV\.fetch|System\.getenv|Environment\.GetEnvironmentVariable|import\.meta\.env|env\()/,
  /\.{3}|…/, // sk-..., truncated examples
  /^[*•#xX._-]{3,}$|[*•]{4,}|[xX]{8,}|0{12,}/, // masked or filler characters
  /^(?:your|my|the|an?|some|enter|insert|replace|put|add|paste|example|sample|dummy|fake|mock|placeholder|changeme|change[_-]?me|todo|tbd|fixme|redacted|removed|hidden|secret|password|passwd|token|api[_-]?key|none|null|nil|undefined|empty|default|string|value|foo|bar|baz|test)(?:[_\s-]?(?:your|my|api|access|secret|auth|app|client|private|key|token|here|goes|password|value|name|string))*(?:[_\s-]?(?:x+|\d+))?$/i,
  /(?:^|[^a-z])(?:your|example|placeholder|redacted|dummy|changeme|replace[_-]?me|insert[_-]?here)(?:[^a-z]|$)/i,
  /EXAMPLE/, // documentation keys (AWS's end in EXAMPLE)
  /^ENC\[|^!vault|^\$ANSIBLE_VAULT|^vault:v\d:/, // encrypted at rest (SOPS, Ansible Vault, Vault transit)
];

/** True for values that stand in for a secret: `${VAR}`, `<token>`, `your-api-key`, `sk-...`, `****`. */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(value));
}

const FORWARD = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];
// Each sequence, forwards and backwards.
const SEQUENCES = [...FORWARD, ...FORWARD.map((seq) => [...seq].reverse().join(''))];

// A run this long of consecutive letters or digits (`klmnopqrst`) does not happen by chance in a key.
const LONGEST_CHANCE_RUN = 12;

// Length of the longest run of characters that each follow the previous one (`abcd`, `6789`).
function longestAscendingRun(value: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    run = step === 1 && /[a-z0-9]/i.test(value[i]) ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/** True for runs of one character or a plain alphabet/digit sequence: `aaaaaaaa`, `123456789`, `abcdef`, `sk-…klmnopqrstuvwx…`. */
export function isRepetitiveOrSequential(value: string): boolean {
  if (/^(.)\1+$/.test(value)) return true;
  if (/^(.{1,4})\1{3,}$/.test(value)) return true;
  const lower = value.toLowerCase();
  if (lower.length >= 6 && SEQUENCES.some((seq) => seq.includes(lower))) return true;
  return longestAscendingRun(lower) > LONGEST_CHANCE_RUN;
}

/** True when a secret candidate found by a provider rule is obviously not a real credential. */
export function isFakeValue(value: string): boolean {
  if (isPlaceholder(value) || isRepetitiveOrSequential(value)) return true;
  // A long value with almost no variety is filler, whatever its shape.
  return value.length >= 16 && shannonEntropy(value) < 2;
}
