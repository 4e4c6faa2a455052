// The engine's public surface: strings in, plain data out. No vscode, no node:*, so it runs anywhere.
export type { Confidence, Finding, FindingPart, PairSpec, Rule, RuleSpec, ValidatorName } from './types';
export { scanText, rules, pairs, ruleIds, lineStarts, lineOf } from './scan';
export type { ScanOptions } from './scan';
export { redact } from './redact';
export { sha256Hex } from './hash';
export { ALLOW_DIRECTIVE } from './suppress';
export { parseRepoConfig, CONFIG_FILE_NAME, EMPTY_CONFIG } from './config';
export type { RepoConfig, ConfigResult } from './config';
export { bareValuesAreLiterals } from './languages';
export { IncrementalScan, MAX_CONTEXT_LINES, mergeEdits } from './incremental';
export type { LineEdit } from './incremental';
export { rulesMarkdown } from './catalogue';
export * from './fix';
