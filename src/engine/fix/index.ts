// Quick-fix planning as plain data: move secrets to .env (with .gitignore and .env.example), rewrite
// literals as environment reads, and ignore a line. The editor turns these plans into edits.
import { Skipper } from './context';
import { DIALECTS_BY_ID, type Dialect } from './dialects';
import { dialectFor, isJavaScriptFamily } from './lookup';
import { parseDotenv, tryFormatDotenvValue, unrepresentableReason } from './dotenv';
import { envExampleEdits, envFileEdits, gitignoreEdits, type NewEntry } from './envfiles';
import { continuesInterpolation, decode, splitsEscape, type Decoding } from './escapes';
import { isTerraformAttributeValue, terraformInputAt, terraformVariablesIn } from './code';
import { importEdits } from './imports';
import { lex, stringAround, type Lexed, type StringToken } from './lexer';
import { clientExposedPrefix, ENV_NAME, envNameFor, fileQualifiedName, sectionQualifiedName } from './names';
import { sectionAt } from './sections';
import { envReadFor, rewriteJob, type ImportNeed, type Secret } from './rewrite';
import { detectEol, normalizeEdits, OverlapError } from './text';
import type { EnvReadPlan, EnvReadRequest, FixFinding, MoveToEnvPlan, MoveToEnvRequest, TextEdit } from './types';

export type { EnvFileState, EnvReadPlan, EnvReadRequest, FixFinding, MoveToEnvPlan, MoveToEnvRequest, TextEdit } from './types';
export { parseDotenv, dotenvEntries, dotenvValueSpans, formatDotenvValue, tryFormatDotenvValue, UnrepresentableValueError } from './dotenv';
export type { DotenvEntry } from './dotenv';
export { envNameFor, CLIENT_EXPOSED_PREFIXES } from './names';
export { planIgnoreLine } from './ignore';
export { envFileEdits, gitignoreEdits } from './envfiles';
export { terraformVariablesIn } from './code';

/** The read of NAME in a language as text that can replace a whole literal: `process.env.NAME`, `os.environ["NAME"]`. */
export function planEnvRead(languageId: string, name: string): string {
  return envReadFor(dialectFor(languageId), name);
}

// Example env files are committed on purpose: a value found in one moves to .env, leaving `NAME=`.
const EXAMPLE_ENV = /(?:^|[\\/])\.env\.(?:example|sample|template|dist|defaults)$/i;

interface Located {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly token?: StringToken;
  readonly value?: string;
  readonly problem?: string;
  /** The secret sits in a comment, which no program reads: it makes way for the variable's name. */
  readonly inComment?: boolean;
}

// The character that escapes the next one in a literal's source, and the quote written doubled.
function escapeOf(how: Decoding, dialect: Dialect): { char?: string; doubled?: string } {
  // Python raw strings and Elixir's `~S(…)` still let a backslash escape the quote, so a piece may not end in one.
  if (dialect.id === 'python' || dialect.id === 'elixir') return { char: '\\' };
  if (how === 'powershell') return { char: '`', doubled: '"' };
  if (how === 'single-doubled') return { doubled: "'" };
  if (how === 'double-doubled') return { doubled: '"' };
  return { char: ['raw', 'xml', 'make', 'batch'].includes(how) ? undefined : '\\' };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// YAML block scalars drop their indentation from each line of the value.
function yamlBareValue(text: string, start: number, end: number): string | undefined {
  const source = text.slice(start, end).replace(/\r\n?/g, '\n');
  if (!source.includes('\n')) return source;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = text.slice(lineStart, start);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  const lines = source.split('\n');
  if (!lines.slice(1).every((l) => l.startsWith(indent) || l === '')) return undefined;
  return [lines[0], ...lines.slice(1).map((l) => l.slice(indent.length))].join('\n');
}

// An escape can reach into the secret without a backslash beside it (`"\01abc"` is `\x01` then `abc` in Python
// and C), so the check that matters is whether the literal reads the same cut where the secret starts and ends.
// Interpolations read as their own text here, so that one elsewhere in the literal (`"$n\0SECRET"`) does not hide
// an escape cut in two. Where the whole cannot be read (an escape this fix does not read), the cut is still suspect
// if every piece can: the cut itself made the difference.
function decodesApart(content: string, from: number, to: number, how: Decoding): boolean {
  const whole = decode(content, how, true);
  const parts = [content.slice(0, from), content.slice(from, to), content.slice(to)].map((part) => decode(part, how, true));
  const readable = parts.every((part) => part !== undefined);
  return whole === undefined ? !readable : readable && parts.join('') === whole;
}

function locate(text: string, dialect: Dialect, lexed: Lexed, finding: Pick<FixFinding, 'start' | 'end'> & { ruleId?: string }, index: number, exampleFile: boolean): Located {
  let { start, end } = finding;
  const base = { index, start, end };
  if (finding.ruleId === 'gcp-service-account-key') {
    return { ...base, problem: 'This is a service-account key file: keep the whole file out of the repository and point GOOGLE_APPLICATION_CREDENTIALS at its path instead of moving one field.' };
  }
  if (start >= end || end > text.length) return { ...base, problem: 'The finding does not match the current text; save and try again.' };
  // A finding that spans a whole literal, quotes included, means its content.
  const whole = lexed.strings.find((s) => s.start === start && s.end === end);
  if (whole) ({ contentStart: start, contentEnd: end } = whole);
  if (dialect.kind === 'dotenv' && !exampleFile) {
    return { ...base, problem: 'This is an env file already. Keep it out of git (check .gitignore) and list the variable in .env.example without its value.' };
  }
  const token = dialect.kind === 'dotenv' ? undefined : stringAround(lexed, start, end);
  const at = { index, start, end, token };
  if (dialect.kind === 'code' && !token) {
    if (lexed.comments.some((c) => c.start <= start && end <= c.end)) return { ...at, value: text.slice(start, end), inComment: true };
    return { ...at, problem: `The secret is not inside a ${dialect.label} string literal, so there is no literal to replace.` };
  }
  const how = dialect.decoding(token);
  if (!how) return { ...at, problem: 'The secret is in a kind of literal (a byte string, a character list, a formatted string) whose run-time value this fix cannot read exactly.' };
  if (token) {
    const content = text.slice(token.contentStart, token.contentEnd);
    const escape = escapeOf(how, dialect);
    const [from, to] = [start - token.contentStart, end - token.contentStart];
    if (splitsEscape(content, from, to, escape.char, escape.doubled) || !decodesApart(content, from, to, how)) {
      return { ...at, problem: 'The secret starts or ends inside an escape sequence.' };
    }
    if (continuesInterpolation(content.slice(0, from), content.slice(from, to), how)) {
      return { ...at, problem: 'The secret runs on from the name of an interpolated variable, so it is not text of the string.' };
    }
  }
  let value: string | undefined;
  if (dialect.kind === 'dotenv') {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const quoted = /=\s*"/.test(text.slice(lineStart, start));
    // dotenv expands \n and \r inside double quotes.
    value = quoted ? text.slice(start, end).replace(/\\n/g, '\n').replace(/\\r/g, '\r') : text.slice(start, end);
  } else if (!token && (dialect.id === 'yaml' || dialect.id === 'dockercompose')) {
    value = yamlBareValue(text, start, end);
  } else {
    value = decode(text.slice(start, end), how);
  }
  if (value === undefined) return { ...at, problem: 'The secret holds escapes or interpolation whose run-time value this fix cannot determine.' };
  if (value === '') return { ...at, problem: 'The secret is empty.' };
  if (token && /b/i.test(token.prefix) && dialect.id === 'python' && /[^\x00-\x7f]/.test(value)) {
    return { ...at, problem: 'The byte string holds non-ASCII bytes, which an environment variable read with .encode() would not reproduce.' };
  }
  if (tryFormatDotenvValue(value) === undefined) return { ...at, problem: `It cannot be written to .env: ${unrepresentableReason(value)}.` };
  return { ...at, value };
}

interface Attempt {
  readonly document: TextEdit[];
  readonly notes: string[];
  /** Whether the dialect's general advice applies (no rewrite replaced it with its own). */
  readonly dialectNotes: boolean;
  /** Per located finding index: why it was not rewritten. */
  readonly failed: Map<number, string>;
  /** Terraform input variables the rewritten literals now read. */
  readonly declares: readonly string[];
}

const COMMENT_NOTE = 'The secret was in a comment, which now names the variable in .env instead: no code reads it.';

// Rewrites every located finding that has a name; findings of one literal are rewritten together.
function rewriteAll(text: string, languageId: string, path: string | undefined, dialect: Dialect, lexed: Lexed, skipper: Skipper, items: readonly (Located & { name: string })[]): Attempt {
  const failed = new Map<number, string>();
  const groups = new Map<StringToken | number, (Located & { name: string })[]>();
  for (const item of items) {
    const key = item.token ?? item.index;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const edits: TextEdit[] = [];
  const needs = new Set<ImportNeed>();
  const declares = new Set<string>();
  const notes: string[] = [];
  // The dialect's general advice applies unless every rewrite gave its own.
  let dialectNotes = false;
  let rewritten = false;
  const exampleFile = dialect.kind === 'dotenv';
  for (const group of groups.values()) {
    const secrets: Secret[] = group.map((g) => ({ start: g.start, end: g.end, name: g.name })).sort((a, b) => a.start - b.start);
    if (exampleFile) {
      edits.push(...secrets.map((s) => ({ start: s.start, end: s.end, newText: '' })));
      continue;
    }
    if (group[0].inComment) {
      edits.push(...secrets.map((s) => ({ start: s.start, end: s.end, newText: `\${${s.name}}` })));
      if (!notes.includes(COMMENT_NOTE)) notes.push(COMMENT_NOTE);
      rewritten = true;
      continue;
    }
    const result = rewriteJob({ text, dialect, lexed, skipper, languageId, path, token: group[0].token, secrets });
    if ('refusal' in result) {
      for (const g of group) failed.set(g.index, result.refusal);
      continue;
    }
    edits.push(...result.edits);
    result.imports?.forEach((need) => needs.add(need));
    result.declares?.forEach((input) => declares.add(input));
    for (const note of result.notes ?? []) if (!notes.includes(note)) notes.push(note);
    rewritten = true;
    if (!result.notesReplaceDialect) dialectNotes = true;
  }
  return { document: [...importEdits(text, lexed, needs), ...edits], notes, dialectNotes: dialectNotes || !rewritten, failed, declares: [...declares] };
}

// Drops findings that overlap an earlier one; an exact duplicate shares the earlier one's name.
function dedupe(located: readonly Located[]): { kept: Located[]; aliases: Map<number, number>; overlapping: Set<number> } {
  const kept: Located[] = [];
  const aliases = new Map<number, number>();
  const overlapping = new Set<number>();
  for (const item of [...located].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const clash = kept.find((k) => item.start < k.end && k.start < item.end);
    if (!clash) kept.push(item);
    else if (clash.start === item.start && clash.end === item.end) aliases.set(item.index, clash.index);
    else overlapping.add(item.index);
  }
  return { kept, aliases, overlapping };
}

interface Allocation {
  readonly named: (Located & { name: string })[];
  /** New .env entries, and existing ones reused for an equal value. */
  readonly created: NewEntry[];
  readonly reused: NewEntry[];
  /** Per finding index: a note on how its name was chosen. */
  readonly naming: Map<number, string>;
  /** Per finding index: why no name may be given (a client-exposed prefix). */
  readonly refused: Map<number, string>;
}

// One value, one name: an equal value in .env or earlier in the batch keeps its name; a taken name
// with a different value gets the next free _N suffix. Nothing in .env is ever overwritten.
function allocateNames(findings: readonly FixFinding[], items: readonly Located[], existing: ReadonlyMap<string, string>, javascript: boolean, readers: ReaderNames): Allocation {
  const { fixed, suggested } = readers;
  const result: Allocation = { named: [], created: [], reused: [], naming: new Map(), refused: new Map() };
  const byValue = new Map<string, string>();
  const taken = new Set(existing.keys());
  for (const item of items) {
    const f = findings[item.index];
    const required = fixed.get(item.index);
    // A name the reader fixes (Terraform's TF_VAR_<variable>) cannot take a suffix.
    if (required !== undefined && taken.has(required) && existing.get(required) !== item.value) {
      result.refused.set(item.index, `${required} already holds a different value in .env, and the variable can only be read under that name.`);
      continue;
    }
    const base = required ?? suggested.get(item.index) ?? envNameFor(f.identifier, f.envName, f.ruleId);
    const exposed = clientExposedPrefix(base);
    if (javascript && exposed) {
      result.refused.set(item.index, clientExposedReason(base, exposed));
      continue;
    }
    const value = item.value!;
    let name = byValue.get(value);
    if (!name) {
      const same = existing.get(base) === value ? base : [...existing].find(([k, v]) => v === value && ENV_NAME.test(k) && !(javascript && clientExposedPrefix(k)))?.[0];
      if (same) {
        name = same;
        result.reused.push({ name, value });
        result.naming.set(item.index, `${same} already holds this value in .env, so it is reused.`);
      } else {
        name = base;
        for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
        taken.add(name);
        result.created.push({ name, value });
        if (name !== base) result.naming.set(item.index, `${base} already holds a different value in .env, so this secret is ${name}.`);
      }
      byValue.set(value, name);
    }
    result.named.push({ ...item, name });
  }
  return result;
}

interface ReaderNames {
  /** Names the reader fixes: Terraform reads a variable `db_password` only as TF_VAR_db_password. */
  readonly fixed: ReadonlyMap<number, string>;
  /**
   * Names the reader or the file's shape suggest: a new Terraform variable `github_token` is TF_VAR_github_token,
   * and a generic `api_key` under `openai:` is OPENAI_API_KEY.
   */
  readonly suggested: ReadonlyMap<number, string>;
}

function readerNames(req: MoveToEnvRequest, dialect: Dialect, skipper: Skipper, items: readonly Located[]): ReaderNames {
  const fixed = new Map<number, string>();
  const suggested = new Map<number, string>();
  for (const item of items) {
    const at = item.token?.start ?? item.start;
    const f = req.findings[item.index];
    const variable = dialect.id === 'terraform' ? terraformInputAt(req.text, skipper, at, req.path) : undefined;
    if (variable) fixed.set(item.index, `TF_VAR_${variable}`);
    else if (dialect.id === 'terraform' && isTerraformAttributeValue(req.text, skipper, at)) {
      suggested.set(item.index, `TF_VAR_${envNameFor(f.identifier, f.envName, f.ruleId).toLowerCase()}`);
    } else if (f.identifier && !f.envName) {
      const section = sectionAt(req.text, dialect.id, skipper, at);
      const qualified = (section === undefined ? undefined : sectionQualifiedName(section, f.identifier)) ?? fileQualifiedName(req.path, f.identifier);
      if (qualified) suggested.set(item.index, qualified);
    }
  }
  return { fixed, suggested };
}

// A sensitive declaration, at the end of the file, for each input variable the rewrite reads and the module lacks.
function declarationEdits(req: MoveToEnvRequest, inputs: readonly string[]): { edits: TextEdit[]; note?: string } {
  const declared = new Set([...terraformVariablesIn(req.text), ...(req.declaredVariables ?? [])]);
  const missing = inputs.filter((input) => !declared.has(input));
  if (missing.length === 0) return { edits: [] };
  const eol = detectEol(req.text);
  const blocks = missing.map((input) => [`variable "${input}" {`, '  type      = string', '  sensitive = true', '}'].join(eol));
  const lead = req.text === '' || req.text.endsWith('\n') ? eol : eol + eol;
  const newText = lead + blocks.join(eol + eol) + eol;
  const list = missing.map((input) => `"${input}"`).join(', ');
  const note =
    missing.length === 1
      ? `Declared the sensitive variable ${list} at the end of this file; move it to variables.tf if the module keeps its variables there.`
      : `Declared the sensitive variables ${list} at the end of this file; move them to variables.tf if the module keeps its variables there.`;
  return { edits: [{ start: req.text.length, end: req.text.length, newText }], note };
}

// A template whose secrets all sit in its code (ERB tags, Razor code blocks) is rewritten as that code's language.
function codeOfTemplate(template: Dialect | undefined, req: MoveToEnvRequest): Dialect | undefined {
  const code = template?.code;
  return code && req.findings.every((f) => code.contains(req.text, f.start)) ? DIALECTS_BY_ID.get(code.dialect) : undefined;
}

/** Plans moving the findings' secrets of one document to .env, with everything that has to go with it. */
export function planMoveToEnv(req: MoveToEnvRequest): MoveToEnvPlan {
  const nothing = (refusal: string): MoveToEnvPlan => ({
    names: req.findings.map(() => ''),
    document: [],
    envFile: { create: req.envFile === undefined, edits: [] },
    notes: [],
    refusal,
  });
  if (req.findings.length === 0) return nothing('There is no secret to move.');
  const template = dialectFor(req.languageId, req.path);
  // That language's rewriter reads a template's code well enough.
  const dialect = codeOfTemplate(template, req) ?? template;
  if (!dialect) return nothing(`Secret Hygiene does not know how ${req.languageId || 'this kind of'} files read environment variables: move the value to .env and read it there by hand.`);
  if (dialect.kind === 'unsupported') {
    return nothing(`${dialect.refusal}: move the value to .env by hand, or add the finding to the baseline.`);
  }
  const exampleFile = dialect.kind === 'dotenv' && !!req.path && EXAMPLE_ENV.test(req.path);
  const lexed = lex(req.text, dialect.lex);
  const located = req.findings.map((f, i) => locate(req.text, dialect, lexed, f, i, exampleFile));
  const { kept, aliases, overlapping } = dedupe(located.filter((l) => !l.problem));
  const problems = new Map<number, string>(located.filter((l) => l.problem).map((l) => [l.index, l.problem!]));
  for (const i of overlapping) problems.set(i, 'It overlaps another finding that is moved instead.');

  const javascript = isJavaScriptFamily(req.languageId, req.path);
  const existing = req.envFile ? parseDotenv(req.envFile.text) : new Map<string, string>();
  // One skipper for the whole plan: building it sorts every string and comment in the document.
  const skipper = new Skipper(lexed);
  const readers = readerNames(req, dialect, skipper, kept);
  const allocate = (items: readonly Located[]) => allocateNames(req.findings, items, existing, javascript, readers);
  // Names are chosen twice: once to find the literals that can be rewritten, then again for only
  // those, so a refused finding never takes a name (or a _2 suffix) from one that moves.
  let round = allocate(kept);
  let attempt = rewriteAll(req.text, req.languageId, req.path, dialect, lexed, skipper, round.named);
  if (attempt.failed.size > 0 || round.refused.size > 0) {
    const ok = kept.filter((k) => !attempt.failed.has(k.index) && !round.refused.has(k.index));
    attempt.failed.forEach((reason, i) => problems.set(i, reason));
    round.refused.forEach((reason, i) => problems.set(i, reason));
    round = allocate(ok);
    attempt = rewriteAll(req.text, req.languageId, req.path, dialect, lexed, skipper, round.named);
    attempt.failed.forEach((reason, i) => problems.set(i, reason));
  }
  const moved = round.named.filter((n) => !attempt.failed.has(n.index));
  const names = req.findings.map((_, i) => {
    const own = moved.find((m) => m.index === (aliases.get(i) ?? i));
    return own?.name ?? '';
  });
  const skipped = [...problems.entries()].filter(([i]) => !names[i]);
  if (moved.length === 0) {
    const reasons = [...new Set(skipped.map(([, r]) => r))];
    return nothing(reasons.length === 1 ? reasons[0] : `None of the secrets can be moved: ${reasons.join(' ')}`);
  }

  const declarations = declarationEdits(req, attempt.declares);
  let document: TextEdit[];
  try {
    document = normalizeEdits([...attempt.document, ...declarations.edits]);
  } catch (e) {
    if (e instanceof OverlapError) return nothing('The planned edits overlap (two secrets in one expression); move them one at a time.');
    throw e;
  }
  // Every moved secret must be gone from the document.
  if (!moved.every((m) => document.some((e) => e.start <= m.start && m.end <= e.end))) {
    return nothing('Secret Hygiene could not plan a rewrite that removes every secret; nothing was changed.');
  }
  const usedNames = [...new Set(moved.map((m) => m.name))];
  const created = round.created.filter((c) => usedNames.includes(c.name));
  const reused = round.reused.filter((r) => usedNames.includes(r.name));
  const envEdits = envFileEdits(req.envFile, created, reused);
  if (!envEdits) return nothing('Appending to .env would change how dotenv reads lines already in it (is a quote left open at its end?): fix .env first.');

  const notes: string[] = [];
  for (const m of moved) {
    const note = round.naming.get(m.index);
    if (note && !notes.includes(note)) notes.push(note);
  }
  if (exampleFile) notes.push(`The value was removed from ${req.path!.replace(/^.*[\\/]/, '')}, which is meant to be committed; it now lives in .env.`);
  else notes.push(...(attempt.dialectNotes ? dialect.notes(usedNames, req.path) : []), ...attempt.notes, ...(declarations.note ? [declarations.note] : []));
  const ignore = gitignoreEdits(req.gitignore);
  if (ignore.note) notes.push(ignore.note);
  for (const [i, reason] of skipped) notes.push(`Not moved (line ${lineOf(req.text, req.findings[i].start)}): ${reason}`);
  const example = exampleFile ? undefined : envExampleEdits(req.envExample, req.createEnvExample === true, usedNames);
  return {
    names,
    document,
    envFile: { create: req.envFile === undefined, edits: envEdits },
    ...(example ? { envExample: example } : {}),
    ...(ignore.plan ? { gitignore: ignore.plan } : {}),
    notes,
  };
}

function clientExposedReason(name: string, prefix: string): string {
  const tool: Record<string, string> = {
    VITE_: 'Vite',
    NEXT_PUBLIC_: 'Next.js',
    REACT_APP_: 'Create React App',
    EXPO_PUBLIC_: 'Expo',
    NUXT_PUBLIC_: 'Nuxt',
    PUBLIC_: 'SvelteKit and Astro',
    GATSBY_: 'Gatsby',
    VUE_APP_: 'Vue CLI',
    STORYBOOK_: 'Storybook',
  };
  return `The variable would be ${name}, and ${tool[prefix] ?? 'the build'} copies ${prefix} variables into the code it ships to browsers, where anyone can read the key. ` +
    `Keep the secret on a server (an API route or backend) and read it there under a name without ${prefix}.`;
}

/** Rewrites the findings' literals as reads of the given names, with no .env change (for the key-vault fix). */
export function planEnvReadEdits(req: EnvReadRequest): EnvReadPlan {
  const dialect = dialectFor(req.languageId, req.path);
  const refusal = (why: string): EnvReadPlan => ({ document: [], notes: [], skipped: req.findings.map(() => why), refusal: why });
  if (!dialect || dialect.kind === 'unsupported' || dialect.kind === 'dotenv') return refusal(`This fix cannot rewrite ${dialect?.label ?? req.languageId} files.`);
  const lexed = lex(req.text, dialect.lex);
  const located = req.findings.map((f, i) => locate(req.text, dialect, lexed, f, i, false));
  const { kept, overlapping } = dedupe(located.filter((l) => !l.problem && ENV_NAME.test(req.names[l.index] ?? '')));
  const attempt = rewriteAll(req.text, req.languageId, req.path, dialect, lexed, new Skipper(lexed), kept.map((k) => ({ ...k, name: req.names[k.index] })));
  const skipped = req.findings.map((_, i) => {
    if (located[i].problem) return located[i].problem;
    if (!ENV_NAME.test(req.names[i] ?? '')) return 'The variable name is not a valid environment variable name.';
    if (overlapping.has(i)) return 'It overlaps another finding.';
    return attempt.failed.get(i);
  });
  if (skipped.every((s) => s !== undefined)) return refusal(skipped[0]!);
  try {
    return { document: normalizeEdits(attempt.document), notes: [...dialect.notes(req.names.filter((_, i) => !skipped[i]), req.path), ...attempt.notes], skipped };
  } catch (e) {
    if (e instanceof OverlapError) return refusal('The planned edits overlap; rewrite the secrets one at a time.');
    throw e;
  }
}
