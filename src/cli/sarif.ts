// SARIF 2.1.0, for code-scanning dashboards: the rules that fired, and one result per finding.
import { rules, type Confidence } from '../engine';
import type { JsonFinding } from './scan';
import { HOMEPAGE, ruleHelpUri, TOOL_NAME, VERSION } from './version';

/** The schema a SARIF log names in `$schema`: the OASIS standard, errata 01. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The `partialFingerprints` key; versioned, so a change of fingerprint scheme is not mistaken for new results. */
export const SARIF_FINGERPRINT_KEY = 'secretHygiene/v1';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<Confidence, Level> = { high: 'error', medium: 'warning', low: 'note' };

/** A reportingDescriptor, as this CLI fills it. */
export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: { readonly text: string };
  readonly helpUri: string;
  readonly defaultConfiguration: { readonly level: Level };
  readonly properties: { readonly tags: readonly string[]; readonly precision: Confidence };
}

/** A result, as this CLI fills it. */
export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: Level;
  readonly message: { readonly text: string };
  readonly locations: readonly {
    readonly physicalLocation: {
      readonly artifactLocation: { readonly uri: string };
      readonly region: { readonly startLine: number; readonly startColumn: number; readonly endLine: number; readonly endColumn: number };
    };
  }[];
  readonly partialFingerprints: Readonly<Record<string, string>>;
}

/** The log: one run of this tool. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly [
    {
      readonly tool: { readonly driver: { readonly name: string; readonly version: string; readonly semanticVersion: string; readonly informationUri: string; readonly rules: readonly SarifRule[] } };
      readonly columnKind: 'utf16CodeUnits';
      readonly results: readonly SarifResult[];
    },
  ];
}

const byId = new Map(rules.map((rule) => [rule.id, rule]));

// SARIF suggests a readable identifier for `name`: `github-classic-pat` becomes `GithubClassicPat`.
function pascalCase(id: string): string {
  return id.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function descriptor(finding: JsonFinding): SarifRule {
  const rule = byId.get(finding.ruleId);
  const confidence = (rule?.confidence ?? finding.confidence) as Confidence;
  return {
    id: finding.ruleId,
    name: pascalCase(finding.ruleId),
    shortDescription: { text: rule ? `${rule.provider}: ${rule.description}` : finding.provider },
    helpUri: ruleHelpUri(finding.ruleId),
    defaultConfiguration: { level: LEVEL[confidence] },
    properties: { tags: ['security', 'secret'], precision: confidence },
  };
}

// A report path is relative with forward slashes; as a URI reference each segment is percent-encoded (`<stdin>` too).
function uriOf(path: string): string {
  return path.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');
}

/** The SARIF log for `findings`; `rules` lists only the rules that fired, in id order. */
export function sarifLog(findings: readonly JsonFinding[]): SarifLog {
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const descriptors = ids.map((id) => descriptor(findings.find((f) => f.ruleId === id) as JsonFinding));
  const results = findings.map((f): SarifResult => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) as number,
    level: LEVEL[f.confidence as Confidence] ?? 'warning',
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(f.path) }, region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } } }],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: f.fingerprint },
  }));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [{ tool: { driver: { name: TOOL_NAME, version: VERSION, semanticVersion: VERSION, informationUri: HOMEPAGE, rules: descriptors } }, columnKind: 'utf16CodeUnits', results }],
  };
}

/** The SARIF report's text. */
export function sarifReport(findings: readonly JsonFinding[]): string {
  return `${JSON.stringify(sarifLog(findings), null, 2)}\n`;
}
