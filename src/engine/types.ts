/** How sure a finding is: a validated or prefixed format is high, a keyword-anchored one medium, generic low. */
export type Confidence = 'high' | 'medium' | 'low';

/** Names of the structural or checksum validators a rule can ask for (see validators.ts). */
export type ValidatorName =
  | 'github-crc32'
  | 'npm-crc32'
  | 'jwt'
  | 'pem-body'
  | 'base64-pem-private-key'
  | 'base64-jwt'
  | 'aws-key-id'
  | 'base64'
  | 'gcp-service-account'
  | 'basic-auth';

/** Names of post-match checks that need more than a regex (the generic detector's name and value tests). */
export type RefinerName = 'generic-assignment' | 'generic-comparison' | 'generic-named-content' | 'generic-name-value' | 'generic-command-setting' | 'generic-list-block' | 'plain-text-password';

/** A check a secret is put to: a RegExp, or a named predicate for what one cannot say. */
export interface ValueTest {
  test(value: string): boolean;
}

/** A credential format, as data. Validated when the registry loads (see registry.ts). */
export interface RuleSpec {
  /** kebab-case, provider first, unique: `github-fine-grained-pat`. */
  readonly id: string;
  /** Human name of the provider, as shown in messages: `GitHub`. */
  readonly provider: string;
  /** One line: what kind of credential this is. */
  readonly description: string;
  /** Lowercase literals; the rule runs only when one of them occurs in the text (case-insensitively). */
  readonly keywords: readonly string[];
  /** For a format with no literal to key on, the shape the prefilter finds it by instead (see prefilter.ts). */
  readonly shape?: 'dotted-token';
  /** The format. Flags other than `i`, `m` and `s` are ignored: the engine adds `g` and `d`. */
  readonly pattern: RegExp;
  /** Capture group holding the secret; 0 means the whole match. Defaults to 1 when the pattern has groups. */
  readonly secretGroup?: number;
  readonly confidence: Confidence;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  readonly minEntropy?: number;
  /** A checksum or structure check; a secret that fails it is not reported. */
  readonly validator?: ValidatorName;
  /** Secrets matching any of these are known-safe values (documented examples, test keys). */
  readonly allow?: readonly ValueTest[];
  /** The conventional environment variable for this credential: `OPENAI_API_KEY`. */
  readonly envName?: string;
  /** Where the owner revokes or rotates this credential. */
  readonly rotateUrl?: string;
  /** A named check run on each match; it may reject the match or narrow the secret (see refiners.ts). */
  readonly refine?: RefinerName;
  /** True when the secret may span lines (PEM blocks). */
  readonly multiline?: boolean;
  /** A match may reach the line before or after its keyword's, or both: a name field on one line, its value field on the next. */
  readonly span?: 'previous-line' | 'next-line' | 'both-neighbours';
  /** Only files whose path matches, for formats that live in one kind of file; any text when the path is unknown. */
  readonly paths?: RegExp;
  /** Literals (case-sensitive) of which every match holds one: lines with a keyword but none of these are skipped. */
  readonly alsoContains?: readonly string[];
}

/** A rule as loaded: its spec plus the family (file) it came from and its compiled regex. */
export interface Rule extends RuleSpec {
  readonly family: string;
  readonly regex: RegExp;
  readonly group: number;
}

/** An id and its secret that belong together (an AWS key id and its secret key), as data. */
export interface PairSpec {
  /** kebab-case, unique among rules and pairs. */
  readonly id: string;
  readonly provider: string;
  readonly description: string;
  /** Rule id of the first half. */
  readonly first: string;
  /** Ids of the rules that can find the second half. */
  readonly second: readonly string[];
  /** How many lines apart the halves may be. */
  readonly maxLineGap: number;
}

/** One half of a paired finding: where it is and what it is, never the secret itself. */
export type FindingPart = Pick<Finding, 'ruleId' | 'start' | 'end' | 'line' | 'column' | 'endLine' | 'endColumn' | 'preview' | 'fingerprint' | 'identifier' | 'envName'>;

/** One hardcoded secret found in a text. Never carries the secret itself. */
export interface Finding {
  readonly ruleId: string;
  readonly provider: string;
  readonly description: string;
  readonly confidence: Confidence;
  /** Offsets of the secret in the scanned text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Zero-based line and UTF-16 column of start and end. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Redacted: first 4 characters, an ellipsis and the length. */
  readonly preview: string;
  /** Hex SHA-256 of rule id and secret; stable across line moves. */
  readonly fingerprint: string;
  /** The identifier the secret was assigned to, when the syntax shows one (`openaiKey`). */
  readonly identifier?: string;
  /** Conventional environment variable name for the provider, when known. */
  readonly envName?: string;
  /** For a pair (an id and its secret reported as one finding), its two halves in text order. */
  readonly parts?: readonly FindingPart[];
}
