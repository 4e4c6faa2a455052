// Runs a family's table of rule cases: each case is one fake secret, checked in the common assignment
// syntaxes (exact offsets), and checked not to fire on its placeholder, truncated and mis-charset forms.
import assert from 'node:assert/strict';
import { rules, scanText } from '../../../src/engine';

/** One row of a rule table. The secret is built at run time; nothing realistic is written in the test source. */
export interface RuleCase {
  readonly rule: string;
  readonly secret: string;
  /** Env-style name the secret is assigned to (keyed rules need their provider in it); default `API_TOKEN`. */
  readonly name?: string;
  /** Texts carrying the secret (`§` marks where), replacing the four default syntaxes. */
  readonly texts?: readonly string[];
  /** Texts carrying the secret (`§` marks where), in addition to the default syntaxes. */
  readonly more?: readonly string[];
  /** Length of the secret's fixed prefix, kept when building placeholders. */
  readonly keep?: number;
  /** A too-short form of the secret; null when dropping the last character would still be valid. */
  readonly short?: string | null;
  /** A character outside the secret's charset, swapped into its middle; null to skip that check. */
  readonly wrong?: string | null;
  /** Further texts in which the rule must stay silent. */
  readonly negatives?: readonly string[];
}

/**
 * `const x = "…"`, `X=…`, `"x": "…"`, `x: …`, typed declarations (Go, TypeScript, Rust, Visual Basic),
 * R's `x <- "…"`, a dotted properties key, code kept in a JSON string (a notebook cell), and the name and
 * value as sibling fields (XML `key`/`value`, JSON `name`/`value`, a Kubernetes env list), a shell default
 * (`X="${X:-…}"`, `: "${X:=…}"`), a null-coalescing assignment (`$x ??= "…"`), a list, wrapping calls (`String::from`, `Some`), an XML
 * element, fallbacks after an environment read (a workflow expression's, Kotlin's `?:`, Python's `or` and
 * `if "X" in os.environ else`, Rust's `unwrap_or`, a Ruby block, Rails' `.presence ||`), a value on the
 * line after `=`, and an option's default, with the identifier
 * derived from an env-style name.
 */
export function syntaxes(name: string, secret: string): string[] {
  const words = name.toLowerCase().split('_').filter(Boolean);
  const camel = words[0] + words.slice(1).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  const snake = words.join('_');
  return [
    `const ${camel} = "${secret}";`,
    `${name}=${secret}`,
    `{"${snake}": "${secret}"}`,
    `${snake}: ${secret}`,
    `var ${camel} string = "${secret}"`,
    `let ${camel}: string = "${secret}";`,
    `const ${name}: &str = "${secret}";`,
    `Dim ${camel} As String = "${secret}"`,
    `${snake} <- "${secret}"`,
    `service.${words.join('.')}=${secret}`,
    `{"source": ["${snake} = \\"${secret}\\"\\n"]}`,
    `<add key="${camel}" value="${secret}" />`,
    `{"name": "${name}", "value": "${secret}"}`,
    `env:\n  - name: ${name}\n    value: "${secret}"`,
    `${name}="\${${name}:-${secret}}"`,
    `: "\${${name}:=${secret}}"`,
    `$${camel} ??= "${secret}";`,
    `const ${camel} = ["${secret}"];`,
    `let ${snake} = String::from("${secret}");`,
    `    ${snake}: Some("${secret}".into()),`,
    `<${camel}>${secret}</${camel}>`,
    `      ${name}: \${{ secrets.${name} || '${secret}' }}`,
    `${camel} =\n    "${secret}";`,
    `parser.add_argument("--${words.join('-')}", default="${secret}")`,
    `val key = System.getenv("${name}") ?: "${secret}"`,
    `key = os.getenv("${name}") or '${secret}'`,
    `let key = env::var("${name}").unwrap_or("${secret}".to_string());`,
    `key = ENV.fetch("${name}") { "${secret}" }`,
    `key = os.environ["${name}"] if "${name}" in os.environ else "${secret}"`,
    `key = ENV["${name}"].presence || "${secret}"`,
  ];
}

// `§` in a case's texts stands for its secret, so a row can spell a layout once without repeating the value.
function positives(c: RuleCase): string[] {
  const fill = (text: string) => text.split('§').join(c.secret);
  return [...(c.texts?.map(fill) ?? syntaxes(c.name ?? 'API_TOKEN', c.secret)), ...(c.more ?? []).map(fill)];
}

function negatives(c: RuleCase): string[] {
  const name = c.name ?? 'API_TOKEN';
  const keep = c.keep ?? 0;
  const s = c.secret;
  const out = [
    `${name}=${s.slice(0, keep)}${s.slice(keep).replace(/[A-Za-z0-9]/g, 'x')}`,
    `${name}="${s.slice(0, keep + 4)}..."`,
    `${name}="${s.slice(0, keep)}your-api-key"`,
    `${name}="alice"`,
  ];
  if (c.short !== null) out.push(`${name}=${c.short ?? s.slice(0, -1)}`);
  if (c.wrong !== null) {
    const at = Math.floor((keep + s.length) / 2);
    out.push(`${name}=${s.slice(0, at)}${c.wrong ?? '~'}${s.slice(at + 1)}`);
  }
  return [...out, ...(c.negatives ?? [])];
}

const show = (findings: ReturnType<typeof scanText>) => findings.map((f) => `${f.ruleId}@${f.start}-${f.end}`).join(', ') || 'nothing';

/** Declares the mocha suite for one family's table, plus a check that every rule of the family has a row. */
export function describeRuleTable(family: string, cases: readonly RuleCase[]): void {
  describe(`${family} rules`, () => {
    it('has a table row for every rule of the family', () => {
      const covered = new Set(cases.map((c) => c.rule));
      const missing = rules.filter((r) => r.family === family && !covered.has(r.id)).map((r) => r.id);
      assert.deepEqual(missing, []);
    });

    for (const c of cases) {
      it(`reports ${c.rule} at the exact offsets of the secret in every syntax`, () => {
        for (const text of positives(c)) {
          const start = text.indexOf(c.secret);
          assert.ok(start >= 0, `case text does not contain its secret: ${text}`);
          const findings = scanText(text);
          // A half of a pair (an AWS key id next to its secret) is reported inside the pair's finding.
          const hit = findings.flatMap((f) => [f, ...(f.parts ?? [])]).find((f) => f.ruleId === c.rule);
          assert.ok(hit, `${c.rule} not reported in ${JSON.stringify(text)}; found ${show(findings)}`);
          assert.deepEqual([hit.start, hit.end], [start, start + c.secret.length], `offsets in ${JSON.stringify(text)}`);
        }
      });

      it(`does not report ${c.rule} for placeholders, short values, wrong characters or plain values`, () => {
        for (const text of negatives(c)) {
          const findings = scanText(text);
          assert.ok(!findings.flatMap((f) => [f, ...(f.parts ?? [])]).some((f) => f.ruleId === c.rule), `${c.rule} reported in ${JSON.stringify(text)}: ${show(findings)}`);
        }
      });
    }
  });
}
