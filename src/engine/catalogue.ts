// The rule catalogue (docs/RULES.md), generated from the rule data so it cannot drift from it.
import { pairs, rules } from './scan';
import type { PairSpec, Rule } from './types';

const CONFIDENCE_TEXT = { high: 'high', medium: 'medium', low: 'low (generic)' } as const;

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function familyTitle(family: string): string {
  const titles: Record<string, string> = {
    ai: 'AI and LLM providers', cloud: 'Cloud', vcs: 'Source control', cicd: 'CI/CD and infrastructure', registries: 'Package registries',
    keys: 'Private keys and tokens', payments: 'Payments', messaging: 'Messaging and email', observability: 'Observability',
    hosting: 'Hosting and CDN', auth: 'Authentication', saas: 'SaaS APIs', databases: 'Databases, URLs and auth headers',
    commands: 'Passwords on command lines', calls: 'Secrets passed to API calls', generic: 'Generic detector',
  };
  return titles[family] ?? family;
}

/** The Markdown catalogue of every rule, grouped by family, with an anchor per rule id. */
export function rulesMarkdown(all: readonly Rule[] = rules, paired: readonly PairSpec[] = pairs): string {
  const families = [...new Set(all.map((rule) => rule.family))];
  const lines = [
    '# Detection rules',
    '',
    `Generated from the rule data by \`npm run docs:rules\`; a unit test fails when this file is out of date. ${all.length} rules in ${families.length} families.`,
    '',
    'Confidence: **high** for a prefixed or validated provider format, **medium** for a provider format recognised from the name it is assigned to, **low** for the generic detector. Diagnostics link to the rule ids below.',
  ];
  for (const family of families) {
    const members = all.filter((rule) => rule.family === family);
    lines.push('', `## ${familyTitle(family)} (${members.length})`, '', '| Rule | Provider | What it finds | Confidence | Checks | Env variable |', '| --- | --- | --- | --- | --- | --- |');
    for (const rule of members) {
      const checks = [rule.validator && `validator \`${rule.validator}\``, rule.minEntropy !== undefined && `entropy ≥ ${rule.minEntropy}`, rule.refine && 'name and value filters', rule.paths && `only in files matching \`${rule.paths.source}\``].filter(Boolean).join(', ');
      lines.push(
        `| <a id="${rule.id}"></a>\`${rule.id}\` | ${escapeCell(rule.provider)} | ${escapeCell(rule.description)} | ${CONFIDENCE_TEXT[rule.confidence]} | ${escapeCell(checks) || '–'} | ${rule.envName ? `\`${rule.envName}\`` : '–'} |`,
      );
    }
  }
  lines.push('', `## Pairs (${paired.length})`, '', 'An id and its secret found within a few lines of each other are reported as one finding covering both.', '', '| Pair | Provider | What it finds | Halves | Within |', '| --- | --- | --- | --- | --- |');
  for (const pair of paired) {
    lines.push(`| <a id="${pair.id}"></a>\`${pair.id}\` | ${escapeCell(pair.provider)} | ${escapeCell(pair.description)} | [\`${pair.first}\`](#${pair.first}) + ${pair.second.map((id) => `[\`${id}\`](#${id})`).join(' or ')} | ${pair.maxLineGap} lines |`);
  }
  return `${lines.join('\n')}\n`;
}
