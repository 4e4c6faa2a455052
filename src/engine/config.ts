// The repo config, `.secret-hygiene.json`, shared by the extension and the CLI so that they agree.

/** The parsed repo config. Every field is optional in the file. */
export interface RepoConfig {
  /** Rule ids that never report. */
  readonly disabledRules: readonly string[];
  /** gitignore-style patterns of paths never scanned, relative to the config file. */
  readonly ignorePaths: readonly string[];
  /** Fingerprints of accepted findings (the baseline): hashes, never secrets. */
  readonly allowedFingerprints: readonly string[];
}

/** The config file's name at a repository or workspace-folder root. */
export const CONFIG_FILE_NAME = '.secret-hygiene.json';

/** The config used when there is no file. */
export const EMPTY_CONFIG: RepoConfig = { disabledRules: [], ignorePaths: [], allowedFingerprints: [] };

/** A parsed config, or the reasons the text is not one. */
export type ConfigResult = { readonly ok: true; readonly config: RepoConfig } | { readonly ok: false; readonly errors: readonly string[] };

const KNOWN_KEYS = new Set(['$schema', 'disabledRules', 'ignorePaths', 'allowedFingerprints']);

/** Parses and checks `.secret-hygiene.json` text, naming every problem rather than the first. */
export function parseRepoConfig(text: string, knownRuleIds?: ReadonlySet<string>): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, '') || '{}');
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, errors: ['the top level must be an object'] };
  const errors: string[] = [];
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!KNOWN_KEYS.has(key)) errors.push(`unknown setting "${key}"`);
  const list = (key: keyof RepoConfig): string[] => {
    const value = record[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      errors.push(`"${key}" must be an array of strings`);
      return [];
    }
    return value as string[];
  };
  const config: RepoConfig = { disabledRules: list('disabledRules'), ignorePaths: list('ignorePaths'), allowedFingerprints: list('allowedFingerprints') };
  if (knownRuleIds) for (const id of config.disabledRules) if (!knownRuleIds.has(id)) errors.push(`"disabledRules" names an unknown rule "${id}"`);
  for (const fp of config.allowedFingerprints) if (!/^[0-9a-f]{64}$/.test(fp)) errors.push(`"allowedFingerprints" entry "${fp.slice(0, 12)}" is not a 64-digit hex fingerprint`);
  return errors.length ? { ok: false, errors } : { ok: true, config };
}
