// Rewriting a literal in a programming language as its environment read. A whole literal becomes
// the read; part of a string moves by interpolation, or by concatenation where the literal has none.
import { after, before, codeBefore, enclosingOpener, fitsWithoutParens, linePrefix, matchingCloser, type Skipper } from './context';
import { decode } from './escapes';
import { enclosingString, type StringToken } from './lexer';
import { mayHoldJsx } from './lookup';
import {
  closingIndented,
  concatenation,
  doubleBraces,
  escapeRegions,
  holes,
  insert,
  isWhole,
  refuse,
  replace,
  spansLines,
  textRegions,
  type ImportNeed,
  type RewriteJob,
  type RewriteResult,
  type Secret,
} from './literal';
import type { TextEdit } from './types';

/** The JSX attribute value case: `<Comp apiKey="…" />` needs `{expr}` instead of an expression. */
export function isJsxAttributeValue(text: string, skipper: Skipper, token: StringToken): boolean {
  const eq = before(text, token.start);
  if (eq.char !== '=' || /[=!<>+\-*/%&|^]/.test(text[eq.index - 1] ?? '')) return false;
  let i = eq.index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  const nameEnd = i;
  while (i >= 0 && /[\w\-:]/.test(text[i])) i--;
  if (i === nameEnd || !/\s/.test(text[i] ?? '')) return false;
  let depth = 0;
  for (const k of codeBefore(skipper, i + 1)) {
    if (k <= token.start - 4000) return false;
    const c = text[k];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) return false;
      depth--;
    } else if (depth > 0) continue;
    else if ((c === '>' && text[k - 1] !== '=') || c === ';' || c === ')') return false;
    else if (c === '<') return /[A-Za-z]/.test(text[k + 1] ?? '');
  }
  return false;
}

const STRING_DECLARATION = /[\w$]\s*:\s*string\s*=\s*$/;

/**
 * `!` where a read at `pos` initialises a declaration typed `string`, or is a call's argument (`new Stripe(…)`,
 * `connect(…)`), whose parameter is a `string` more often than not: `process.env.X` is `string | undefined`, an
 * error there under strict. The assertion never makes code fail to compile.
 */
export function stringAssertion(job: RewriteJob, pos: number): string {
  if (!isTypeScript(job)) return '';
  return STRING_DECLARATION.test(job.text.slice(Math.max(0, pos - 200), pos)) || isCallArgument(job, pos) ? '!' : '';
}

// Directly inside a call's parentheses, not inside an object or array literal passed to it.
function isCallArgument({ text, skipper }: RewriteJob, pos: number): boolean {
  const paren = enclosingOpener(text, skipper, pos, '(', ')');
  if (paren === undefined || !/[\w$)>]\s*$/.test(text.slice(Math.max(0, paren - 40), paren))) return false;
  const nearer = [enclosingOpener(text, skipper, pos, '{', '}'), enclosingOpener(text, skipper, pos, '[', ']')];
  return nearer.every((opener) => opener === undefined || opener < paren);
}

// Only TypeScript has `!` (Flow annotates .js files the same way but has none): .ts files, Astro's frontmatter, and
// the scripts of Vue and Svelte components marked lang="ts".
function isTypeScript({ languageId, path, text }: RewriteJob): boolean {
  if (/^typescript/.test(languageId) || (path && /\.[cm]?tsx?$/i.test(path)) || languageId === 'astro' || (path && /\.astro$/i.test(path))) return true;
  const component = /^(?:vue|svelte)$/.test(languageId) || (path && /\.(?:vue|svelte)$/i.test(path));
  return !!component && /<script\b[^>]*\blang=["']ts["']/.test(text);
}

// Where no declaration says `string`, the read is left unasserted, and the compiler may still want one.
const UNDEFINED_NOTE = (name: string) =>
  `In TypeScript, process.env.${name} is string | undefined: where the code needs a string (a parameter, a typed field), check it once at startup or assert it with !.`;

// A Vue single-file component's <template> takes `:attr="expr"` bindings, not JSX braces, and its expressions
// see only the component: no `process`.
function inVueTemplate(job: RewriteJob, offset: number): boolean {
  if (job.languageId !== 'vue' && !(job.path && /\.vue$/i.test(job.path))) return false;
  const head = job.text.slice(0, offset);
  // Templates nest (`<template v-if>`), scripts do not.
  const open = head.split('<template').length - head.split('</template>').length;
  return open > 0 && head.lastIndexOf('</script>') >= head.lastIndexOf('<script');
}

// Words after which a template literal is an operand, not tagged: `return \`…\``, `export default \`…\``.
const OPERAND_KEYWORDS = /^(?:return|typeof|void|delete|throw|new|in|of|instanceof|case|yield|await|else|do|default)$/;

// The expression a template literal is tagged with (`gql`, `String.raw`, `styled.div`), if it is tagged.
function templateTag(text: string, start: number): string | undefined {
  const tag = /([\w$.]+|\))\s*$/.exec(text.slice(Math.max(0, start - 80), start))?.[1];
  if (!tag || OPERAND_KEYWORDS.test(tag) || /^\d/.test(tag)) return undefined;
  return tag;
}

// The members of a union or intersection type before a literal (`"a" | "b" | `), which stand between it and what makes it a type.
const UNION_MEMBER = /(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[\w$.]+)\s*$/;
const UNION_OPERATOR = /\s*(?<![|&])[|&]\s*$/;

// A string literal type (`type Tier = "gold" | "…"`, `key: "…"` in an interface or a class, `(key: "…")`, `let k: "…"`,
// `as "…"`): an expression in its place is no type. Not `{ key: "…" }` in an object, nor `a ? b : "…"`.
function isLiteralType(text: string, skipper: Skipper, token: StringToken): boolean {
  let head = text.slice(Math.max(0, token.start - 400), token.start);
  while (UNION_OPERATOR.test(head)) head = head.replace(UNION_OPERATOR, '').replace(UNION_MEMBER, '');
  if (/(?<![\w$.])(?:as|satisfies|extends|is)\s*$/.test(head) || /(?<![\w$.])type\s+[\w$]+\s*(?:<[^=]*>)?\s*=\s*$/.test(head)) return true;
  if (!/[\w$]\s*\??\s*:\s*$/.test(head)) return false;
  if (/(?<![\w$.])(?:let|const|var)\s+[\w$]+\s*\??\s*:\s*$/.test(head)) return true;
  const openers = [['(', ')'], ['{', '}'], ['[', ']']].map(([open, close]) => enclosingOpener(text, skipper, token.start, open, close) ?? -1);
  const nearest = Math.max(...openers);
  if (nearest === -1) return false;
  if (nearest === openers[0]) return /(?:[(,]|\.\.\.)\s*(?:(?:public|private|protected|readonly)\s+)*[\w$]+\s*\??\s*:\s*$/.test(head);
  // A member of an interface, a class or a named type literal: not a ternary in a field's initialiser (`x = c ? a : "…"`).
  if (nearest !== openers[1] || !/(?:^|[{;,\n]|(?:readonly|static|declare|abstract|override|public|private|protected)\s)\s*[\w$]+\s*[?!]?\s*:\s*$/.test(head)) return false;
  return /(?:(?<![\w$.])(?:interface|class)\s+[\w$][^{}();=]*|(?<![\w$.])type\s+[\w$]+\s*(?:<[^=]*>)?\s*=\s*)$/.test(text.slice(Math.max(0, nearest - 300), nearest));
}

function javascript(job: RewriteJob): RewriteResult {
  const { text, token } = job;
  const t = token!;
  const read = (s: Secret) => `process.env.${s.name}`;
  if (isLiteralType(text, job.skipper, t)) return refuse('The literal is a type (a string literal type), where an environment read cannot stand: move the secret by hand.');
  const brace = enclosingOpener(text, job.skipper, t.start, '{', '}');
  if (brace !== undefined && /\benum\s+[\w$]+\s*$/.test(text.slice(Math.max(0, brace - 200), brace))) {
    return refuse('The literal is a string enum member, which TypeScript requires to be a constant: read the variable where the member is used instead.');
  }
  if (inVueTemplate(job, t.start)) {
    return refuse('The key is in a Vue template, which renders in the browser and cannot read the environment: keep the key on a server and call it from the component.');
  }
  const tag = t.form.kind === 'template' ? templateTag(text, t.start) : undefined;
  if (tag !== undefined && tag !== 'String.raw') {
    return refuse(`The literal is a template tagged with ${tag}, which decides what the template means (an interpolation may become a query parameter, or the tag may be needed): move the secret by hand.`);
  }
  // String.raw keeps backslashes, which the escapes this fix reads would turn into other characters.
  if (tag && text.slice(t.contentStart, t.contentEnd).includes('\\')) return refuse('The String.raw template holds backslashes, which it keeps as they are: move the secret by hand.');
  const jsx = mayHoldJsx(job.languageId, job.path) && isJsxAttributeValue(text, job.skipper, t);
  // JSX attribute strings take no backslash escapes but do decode HTML entities.
  if (jsx && /\\|&[#\w]+;/.test(text.slice(t.contentStart, t.contentEnd))) {
    return refuse('The JSX attribute holds a backslash or an HTML entity, whose value this fix cannot carry over exactly.');
  }
  if (isWhole(job)) {
    // `"…" as const` would be a type error on a non-literal.
    const asConst = jsx ? null : /^\s+as\s+const\b/.exec(text.slice(t.end, t.end + 20));
    const assertion = stringAssertion(job, t.start);
    const expr = read(job.secrets[0]) + assertion;
    // The tag goes with the template it tagged.
    const from = tag ? text.lastIndexOf(tag, t.start) : t.start;
    const notes = isTypeScript(job) && !assertion ? [UNDEFINED_NOTE(job.secrets[0].name)] : [];
    return { edits: [replace(from, t.end + (asConst ? asConst[0].length : 0), jsx ? `{${expr}}` : expr)], notes };
  }
  if (t.form.kind === 'template') return { edits: holes(job, (s) => `\${${read(s)}}`) };
  // Legacy octal escapes are syntax errors in template literals, so such strings are concatenated instead.
  const regions = textRegions(job);
  const octal = regions.some(([a, b]) => /(?:^|[^\\])(?:\\\\)*\\(?:[1-9]|0[0-9])/.test(text.slice(a, b)));
  if (octal) {
    if (jsx) return refuse('The string uses legacy octal escapes, which a template literal cannot hold.');
    return concatenation(job, read, '+');
  }
  return {
    edits: [
      replace(t.start, t.contentStart, jsx ? '{`' : '`'),
      replace(t.contentEnd, t.end, jsx ? '`}' : '`'),
      ...escapeRegions(job, (s, i) => (s[i] === '`' || (s[i] === '$' && s[i + 1] === '{') ? '\\' : undefined), true),
      ...holes(job, (s) => `\${${read(s)}}`),
    ],
  };
}

function python(job: RewriteJob): RewriteResult {
  const { text } = job;
  const t = job.token!;
  if (before(text, t.start).word === 'case') return refuse('The literal is a match-case pattern, which must stay a literal.');
  const bytes = /b/i.test(t.prefix);
  const outer = enclosingString(job.lexed, t);
  const read = (s: Secret, q: string) => `os.environ[${q}${s.name}${q}]${bytes ? '.encode()' : ''}`;
  const imports: ImportNeed[] = ['python-os'];
  if (isWhole(job)) {
    // Before Python 3.12 an f-string's expression may not reuse its own quote.
    const q = outer?.open[0] === '"' ? "'" : '"';
    return { edits: [replace(t.start, t.end, read(job.secrets[0], q))], imports };
  }
  const inner = t.open[0] === '"' ? "'" : '"';
  if (/f/i.test(t.prefix)) return { edits: holes(job, (s) => `{${read(s, inner)}}`), imports };
  // No f-string for bytes, nor where doubling braces would break a `\N{…}` escape: the pieces are joined instead.
  const namedEscape = !/r/i.test(t.prefix) && textRegions(job).some(([a, b]) => text.slice(a, b).includes('\\N{'));
  if (bytes || namedEscape) {
    const result = concatenation(job, (s) => read(s, '"'), '+');
    return 'refusal' in result ? result : { ...result, imports };
  }
  const prefix = t.prefix.replace(/u/i, '') + 'f';
  return {
    edits: [replace(t.start, t.start + t.prefix.length, prefix), ...escapeRegions(job, doubleBraces, false), ...holes(job, (s) => `{${read(s, inner)}}`)],
    imports,
  };
}

function go(job: RewriteJob): RewriteResult {
  const { text } = job;
  const t = job.token!;
  const edits: TextEdit[] = [];
  const brace = enclosingOpener(text, job.skipper, t.start, '{', '}');
  if (brace !== undefined && before(text, brace).word === 'struct') return refuse('The literal is a struct field tag, which must stay a literal.');
  const paren = enclosingOpener(text, job.skipper, t.start, '(', ')');
  const constant = paren !== undefined && before(text, paren).word === 'const' ? GO_CONST_ENTRY.exec(linePrefix(text, t.start))?.[2] : /^\s*const\s+([A-Za-z_]\w*)/.exec(linePrefix(text, t.start))?.[1];
  const problem = constant === undefined ? undefined : goConstantUse(job, constant, brace !== undefined);
  if (problem) return refuse(problem);
  if (paren !== undefined && before(text, paren).word === 'const') {
    return constBlockEntryAsVar(job, paren) ?? refuse('The literal is in a Go const block, and os.Getenv is not a constant: move this constant out of the block into a var first.');
  }
  const decl = /^(\s*)const\b/.exec(linePrefix(text, t.start));
  if (decl) {
    const at = t.start - linePrefix(text, t.start).length + decl[1].length;
    edits.push(replace(at, at + 5, 'var'));
  }
  const read = (s: Secret) => `os.Getenv("${s.name}")`;
  const result = isWhole(job) ? { edits: [replace(t.start, t.end, read(job.secrets[0]))] } : concatenation(job, read, '+');
  return 'refusal' in result ? result : { edits: [...edits, ...result.edits], imports: ['go-os'] };
}

// Why the constant `name` that a literal declares cannot become a var: another constant is made of it, or, inside
// a function, nothing else uses it (Go rejects an unused variable, not an unused constant).
function goConstantUse({ text, token }: RewriteJob, name: string, local: boolean): string | undefined {
  const lineStart = text.lastIndexOf('\n', token!.start - 1) + 1;
  const newline = text.indexOf('\n', token!.end);
  const others = text.slice(0, lineStart) + text.slice(newline === -1 ? text.length : newline);
  const use = new RegExp(String.raw`(?<![\w.])${name}(?!\w)`);
  const constants = [...others.matchAll(/\bconst\s*\(([^)]*)\)|\bconst\s+[^(\n][^\n]*/g)].map((m) => m[1] ?? m[0]);
  if (constants.some((declaration) => declaration.split('\n').some((line) => use.test(line.replace(/^[^=]*=/, ''))))) {
    return `${name} is used in another constant, which os.Getenv cannot be part of: read the variable where the value is needed instead.`;
  }
  if (local && !use.test(others)) return `${name} is a constant nothing uses, which as a variable Go would reject as unused.`;
  return undefined;
}

const GO_CONST_ENTRY = /^([ \t]*)([A-Za-z_]\w*)((?:[ \t]+[A-Za-z_][\w.]*)?)[ \t]*=[ \t]*$/;

// `const ( token = "…" )`: the entry leaves the block for a `var` after it, since os.Getenv is no constant.
// Not where removing a line would change the others: `iota`, or a line that repeats the one before it.
function constBlockEntryAsVar(job: RewriteJob, paren: number): RewriteResult | undefined {
  const { text } = job;
  const t = job.token!;
  const close = matchingCloser(text, job.skipper, paren, '(', ')');
  const prefix = linePrefix(text, t.start);
  const entry = GO_CONST_ENTRY.exec(prefix);
  const lineStart = t.start - prefix.length;
  const newline = text.indexOf('\n', t.end);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  if (close === undefined || !entry || !isWhole(job) || !/^[ \t]*(?:\/\/.*)?\r?\n?$/.test(text.slice(t.end, lineEnd))) return undefined;
  const body = text.slice(paren + 1, close).split('\n').map((line) => line.replace(/\/\/.*$/, '').trim()).filter(Boolean);
  if (/\biota\b/.test(text.slice(paren, close)) || body.some((line) => !line.includes('='))) return undefined;
  const keyword = text.lastIndexOf('const', paren);
  const indent = linePrefix(text, keyword).match(/^[ \t]*/)![0];
  const comment = text.slice(t.end, lineEnd).trim();
  const declaration = `var ${entry[2]}${entry[3]} = os.Getenv("${job.secrets[0].name}")${comment ? ` ${comment}` : ''}`;
  // The only entry: the block itself becomes the var.
  if (body.length === 1) return { edits: [replace(keyword, close + 1, declaration)], imports: ['go-os'] };
  // A top-level declaration gets the blank line gofmt'd code keeps between declarations.
  const gap = indent === '' ? '\n\n' : `\n${indent}`;
  return { edits: [replace(lineStart, lineEnd, ''), replace(close + 1, close + 1, gap + declaration)], imports: ['go-os'] };
}

const ANNOTATION_ARGUMENT = /@[\w.]+\s*\([^()]*$/;

function java(job: RewriteJob): RewriteResult {
  const t = job.token!;
  const problem = constantContext(job, ANNOTATION_ARGUMENT);
  if (problem) return refuse(problem);
  const read = (s: Secret) => `System.getenv("${s.name}")`;
  if (isWhole(job)) return { edits: [replace(t.start, t.end, read(job.secrets[0]))] };
  if (t.form.kind === 'textblock') return refuse('Only part of a Java text block holds the secret; split the text block by hand.');
  return concatenation(job, read, '+');
}

// Places where Java-like languages require a compile-time constant.
function constantContext(job: RewriteJob, annotation: RegExp): string | undefined {
  const t = job.token!;
  const prefix = linePrefix(job.text, t.start);
  if (before(job.text, t.start).word === 'case') return 'The literal is a case label, which must be a constant.';
  if (annotation.test(prefix)) return 'The literal is an annotation argument, which must be a constant.';
  if (after(job.text, t.end).rest.startsWith('=>')) return 'The literal is a switch pattern, which must be a constant.';
  return constantUse(job.text, prefix);
}

// A constant declared by the literal (`static final String TOKEN = "…"`, `const string Token = "…"`) that
// the file uses where only a constant may go: once it reads the environment, those uses stop compiling.
function constantUse(text: string, prefix: string): string | undefined {
  const name = /\b(?:final|const)\b[^=;()]*?\b([A-Za-z_$][\w$]*)\s*(?::\s*[\w.<>?]+\s*)?=\s*$/.exec(prefix)?.[1];
  if (!name) return undefined;
  const use = String.raw`(?:[\w$]+\.)*${name}(?![\w$])`;
  if (new RegExp(String.raw`\bcase\s+${use}`).test(text)) return `${name} is used as a case label, which must be a constant: read the variable where the value is needed instead.`;
  if (new RegExp(String.raw`(?:@|^\s*\[)[\w.]+\s*\([^()]*(?<![\w$.])${use}`, 'm').test(text)) {
    return `${name} is used in an annotation, which must be a constant: read the variable where the value is needed instead.`;
  }
  return undefined;
}

function kotlin(job: RewriteJob): RewriteResult {
  const { text } = job;
  const t = job.token!;
  const problem = constantContext(job, ANNOTATION_ARGUMENT);
  if (problem) return refuse(problem);
  if (t.form.kind === 'raw' && spansLines(job) && /^\s*\.trim(?:Indent|Margin)\b/.test(text.slice(t.end, t.end + 20))) {
    return refuse('The raw string is trimmed at run time (trimIndent/trimMargin), so its value cannot be read from the source.');
  }
  const edits: TextEdit[] = [];
  const prefix = linePrefix(text, t.start);
  const constVal = /\bconst\s+(?=val\b)/.exec(prefix);
  if (constVal) edits.push(replace(t.start - prefix.length + constVal.index, t.start - prefix.length + constVal.index + constVal[0].length, ''));
  const read = (s: Secret) => `System.getenv("${s.name}")`;
  if (isWhole(job)) return { edits: [...edits, replace(t.start, t.end, read(job.secrets[0]))] };
  return { edits: [...edits, ...holes(job, (s) => `\${${read(s)}}`)] };
}

/** How C# code names Environment: with `using System;` present, after adding it, or fully qualified. */
export function csharpEnvironment(text: string): { readonly qualified: boolean; readonly needsUsing: boolean } {
  if (/^\s*(?:global\s+)?using\s+System\s*;/m.test(text)) return { qualified: false, needsUsing: false };
  if (/^\s*(?:global\s+)?using\s+(?:static\s+)?[\w.]+\s*;/m.test(text)) return { qualified: false, needsUsing: true };
  // No using directives: top-level statements or implicit usings; qualifying is always correct.
  return { qualified: true, needsUsing: false };
}

// Uses of a C# const that a static readonly field could not take: another const's initialiser, a parameter's
// default, a pattern (case labels and attributes are found for every language).
function csharpConstantUse(text: string, name: string): string | undefined {
  const use = String.raw`(?:\w+\.)*${name}(?!\w)`;
  const inConst = new RegExp(String.raw`\bconst\s+[\w.<>?[\]]+\s+\w+\s*=[^;]*?(?<![\w.])${use}`);
  const parameterDefault = new RegExp(String.raw`[(,]\s*(?:\[[^\]]*\]\s*)?(?:(?:in|this|params)\s+)?[\w.<>?[\]]+\s+\w+\s*=\s*${use}`);
  const pattern = new RegExp(String.raw`\bis\s+(?:not\s+)?${use}|(?<![\w.])${use}\s*=>`);
  if (inConst.test(text)) return `${name} is used in another const, which must be a constant: read the variable where the value is needed instead.`;
  if (parameterDefault.test(text)) return `${name} is a parameter's default value, which must be a constant: read the variable where the value is needed instead.`;
  if (pattern.test(text)) return `${name} is used in a pattern, which must be a constant: read the variable where the value is needed instead.`;
  return undefined;
}

function csharp(job: RewriteJob): RewriteResult {
  const { text } = job;
  const t = job.token!;
  const problem = constantContext(job, /^\s*\[[\w.]+\s*\([^()]*$/);
  if (problem) return refuse(problem);
  if (t.form.kind === 'raw' && spansLines(job) && closingIndented(job)) {
    return refuse('The raw string literal strips indentation, so its value cannot be read from the source exactly.');
  }
  const env = csharpEnvironment(text);
  const read = (s: Secret) => `${env.qualified ? 'System.' : ''}Environment.GetEnvironmentVariable("${s.name}")`;
  const imports: ImportNeed[] = env.needsUsing ? ['csharp-system'] : [];
  const edits: TextEdit[] = [];
  const prefix = linePrefix(text, t.start);
  const constant = /\bconst\s+(?=[\w.<>?[\]]+\s+(\w+)\s*=\s*$)/.exec(prefix);
  const otherUse = constant ? csharpConstantUse(text.slice(0, t.start) + ' '.repeat(t.end - t.start) + text.slice(t.end), constant[1]) : undefined;
  if (otherUse) return refuse(otherUse);
  if (constant) {
    const at = t.start - prefix.length + constant.index;
    const brace = enclosingOpener(text, job.skipper, t.start, '{', '}');
    const header = brace === undefined ? '' : text.slice(Math.max(0, brace - 300), brace);
    const inType = /\b(?:class|struct|record|interface)\b[^;{}]*$/.test(header);
    edits.push(replace(at, at + constant[0].length, inType ? 'static readonly ' : ''));
  }
  if (isWhole(job)) return { edits: [...edits, replace(t.start, t.end, read(job.secrets[0]))], imports };
  const dollars = (/\$+/.exec(t.prefix) ?? [''])[0].length;
  if (t.form.kind === 'raw') {
    if (dollars > 0) return { edits: [...edits, ...holes(job, (s) => `${'{'.repeat(dollars)}${read(s)}${'}'.repeat(dollars)}`)], imports };
    if (textRegions(job).some(([a, b]) => /[{}]/.test(text.slice(a, b)))) return refuse('The raw string holds braces; make it interpolated by hand.');
    return { edits: [...edits, insert(t.start, '$'), ...holes(job, (s) => `{${read(s)}}`)], imports };
  }
  const convert = dollars === 0 ? [insert(t.start, '$'), ...escapeRegions(job, doubleBraces, false)] : [];
  return { edits: [...edits, ...convert, ...holes(job, (s) => `{${read(s)}}`)], imports };
}

const QUOTED_HEREDOC = "The heredoc is quoted (<<'END'), so it cannot read a variable: unquote its delimiter first.";

function ruby(job: RewriteJob): RewriteResult {
  const { text } = job;
  const t = job.token!;
  const read = (s: Secret) => `ENV.fetch("${s.name}")`;
  if (isWhole(job)) return { edits: [replace(t.start, t.end, read(job.secrets[0]))] };
  if (t.form.kind === 'double' || t.expands) return { edits: holes(job, (s) => `#{${read(s)}}`) };
  if (t.form.kind === 'heredoc') return refuse(QUOTED_HEREDOC);
  if (t.form.kind !== 'single') return refuse('The secret is in a command string; move it by hand.');
  // A single-quoted string cannot interpolate: it is rewritten double-quoted, its text re-escaped.
  const how = job.dialect.decoding(t)!;
  const pieces = textRegions(job).map(([a, b]) => decode(text.slice(a, b), how));
  if (pieces.some((piece) => piece === undefined)) return refuse('The string holds an escape whose meaning depends on its delimiter; move the secret by hand.');
  const encode = (piece: string | undefined) => piece!.replace(/[\\"]/g, '\\$&').replace(/#(?=[{@$])/g, '\\#');
  let out = '"';
  let at = t.contentStart;
  for (const s of job.secrets) {
    if (s.start > at) out += encode(pieces.shift());
    out += `#{${read(s)}}`;
    at = s.end;
  }
  if (t.contentEnd > at) out += encode(pieces.shift());
  return { edits: [replace(t.start, t.end, `${out}"`)] };
}

function php(job: RewriteJob): RewriteResult {
  const { text } = job;
  const t = job.token!;
  const prefix = linePrefix(text, t.start);
  if (/\bconst\s+\w+\s*=\s*$/.test(prefix)) return refuse('The literal initialises a PHP constant, which cannot call getenv(): read the variable where the constant is used instead.');
  if (/^\s*(?:(?:public|private|protected|var|static|readonly)\s+)+(?:\??[\w\\]+\s+)?\$\w+\s*=\s*$/.test(prefix)) {
    return refuse('The literal is a property default, which must be a constant in PHP: assign getenv() in the constructor instead.');
  }
  if (/\bfunction\s*&?\s*\w*\s*\([^)]*=\s*$/.test(prefix)) return refuse('The literal is a parameter default, which must be a constant in PHP.');
  if (t.form.kind === 'heredoc') return refuse('The secret is in a heredoc, where getenv() cannot be called: read it into a variable before the heredoc, then write that variable in its place.');
  const read = (s: Secret) => `getenv('${s.name}')`;
  if (isWhole(job)) return { edits: [replace(t.start, t.end, read(job.secrets[0]))] };
  return concatenation(job, read, '.');
}

const RUST_FORMAT_FIRST = /\b(?:format|print|println|eprint|eprintln|panic|format_args|unreachable|todo|unimplemented)!\s*[([{]\s*$/;
const RUST_STORING_CALL = /\.(?:insert|push(?:_back|_front)?|extend|append|entry|get_or_insert)\s*\([^()]*$/;
// Methods on a String (or the str it derefs to) whose result is a value of its own, not a borrow of the String.
const RUST_OWNED_RESULT = /^(?:to_string|to_owned|into|to_uppercase|to_lowercase|to_ascii_uppercase|to_ascii_lowercase|repeat|replace|replacen|len|is_empty|parse|starts_with|ends_with|contains|find|rfind|eq|ne|cmp)$/;
const RUST_FORMAT_SECOND = /\b(?:write|writeln)!\s*[([{][^,()"]+,\s*$/;

// What follows a literal in a pattern: `Some("…") =>`, `("…", x) if …`, `"…" | "b"`.
const RUST_IN_PATTERN = /^(?:\s*[)\]]|\s*,\s*(?:"(?:[^"\\]|\\.)*"|[\w.:]+))*\s*(?:=>|\|(?!\|)|if\b)/;

// Where a literal must be `&'static str`: a field or a variable declared so in this file, or the value a function
// returning a &str gives back.
function rustStatic({ text, skipper, token }: RewriteJob, prefix: string): boolean {
  if (/:\s*&\s*'static\s+str\s*=\s*$/.test(prefix)) return true;
  const field = /(?:^|[{,])\s*([A-Za-z_]\w*)\s*:\s*$/.exec(prefix)?.[1];
  if (field && new RegExp(String.raw`\b${field}\s*:\s*&\s*'static\s+str\b`).test(text)) return true;
  const brace = enclosingOpener(text, skipper, token!.start, '{', '}');
  const returned = before(text, token!.start);
  const tail = returned.char === '{' || returned.char === ';' || returned.word === 'return';
  return tail && brace !== undefined && /->\s*&\s*(?:'\w+\s+)?str\s*$/.test(text.slice(Math.max(0, brace - 60), brace));
}

function rust(job: RewriteJob): RewriteResult {
  const { text } = job;
  const t = job.token!;
  const prefix = linePrefix(text, t.start);
  if (/^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const|static)\s/.test(prefix)) {
    return refuse('The literal initialises a Rust const or static, which cannot read the environment: make it a function or a LazyLock instead.');
  }
  const next = after(text, t.end);
  if (next.rest.startsWith('=>') || next.rest.startsWith('|') || RUST_IN_PATTERN.test(text.slice(t.end, t.end + 200)) || /\blet\s[^=]*$|\bmatches!\s*\([^;]*,[^;]*$/.test(prefix)) {
    return refuse('The literal is a pattern (a match arm, if let, matches!), which must stay a literal.');
  }
  const bracket = enclosingOpener(text, job.skipper, t.start, '[', ']');
  const beforeBracket = bracket === undefined ? '' : text.slice(Math.max(0, bracket - 40), bracket);
  if (/#!?\s*$/.test(beforeBracket)) return refuse('The literal is an attribute argument, which must stay a literal.');
  const read = (s: Secret) => job.dialect.read(s.name);
  const formatString = RUST_FORMAT_FIRST.test(prefix) || RUST_FORMAT_SECOND.test(prefix);
  if (formatString) {
    if (!isWhole(job)) return refuse('The secret is inside a format string; move it by hand.');
    return { edits: [replace(t.start, t.end, `"{}", ${read(job.secrets[0])}`)] };
  }
  // A borrowed String (`&*`, a &str even where nothing coerces it, as in a tuple or an array) stands where the literal
  // was; a method call needs the String itself (Rust has no automatic semicolons, so a call on the next line counts
  // too). What is kept past the statement (by a collection, a 'static field or a function returning a &str), which a
  // borrowed temporary does not outlive, and what a method like `trim` borrows from the String into a `let`: the
  // String is leaked once, which gives the `&'static str` the literal was. Box::leak, as String::leak needs Rust 1.72.
  const method = /^\s*\.\s*([A-Za-z_]\w*)/.exec(text.slice(t.end, t.end + 80))?.[1];
  const leak = (expr: string) => `Box::leak(${expr}.into_boxed_str())`;
  const kept = RUST_STORING_CALL.test(prefix) || /(?:\bvec!|::from\s*\()\s*$/.test(beforeBracket) || rustStatic(job, prefix);
  const asStr = (expr: string) => (method ? (RUST_OWNED_RESULT.test(method) ? expr : leak(expr)) : kept ? `&*${leak(expr)}` : `&*${expr}`);
  if (isWhole(job)) return { edits: [replace(t.start, t.end, asStr(read(job.secrets[0])))] };
  let format = t.prefix + t.open;
  let at = t.contentStart;
  // Braces double in a format string, but not those of an escape (`\u{41}`), which a raw string does not have.
  const escape = /r/.test(t.prefix) ? /(?!)/ : /\\u\{[\w]*\}|\\[\s\S]/;
  const braces = (source: string) => source.replace(new RegExp(`${escape.source}|[{}]`, 'g'), (m) => (m.length === 1 ? m + m : m));
  for (const s of job.secrets) {
    format += braces(text.slice(at, s.start)) + '{}';
    at = s.end;
  }
  format += braces(text.slice(at, t.contentEnd)) + t.close;
  return { edits: [replace(t.start, t.end, asStr(`format!(${format}, ${job.secrets.map(read).join(', ')})`))] };
}

function swift(job: RewriteJob): RewriteResult {
  const { text } = job;
  const t = job.token!;
  if (t.form.kind === 'multi' && spansLines(job) && closingIndented(job)) {
    return refuse('The multi-line string strips indentation, so its value cannot be read from the source exactly.');
  }
  const read = (s: Secret) => `ProcessInfo.processInfo.environment["${s.name}"] ?? ""`;
  const imports: ImportNeed[] = ['swift-foundation'];
  if (isWhole(job)) {
    const expr = read(job.secrets[0]);
    return { edits: [replace(t.start, t.end, fitsWithoutParens(text, t.start, t.end, 'coalescing', '+') ? expr : `(${expr})`)], imports };
  }
  return { edits: holes(job, (s) => `\\${t.prefix}(${read(s)})`), imports };
}

function dart(job: RewriteJob): RewriteResult {
  const { text } = job;
  const t = job.token!;
  if (/^\s*part\s+of\b/m.test(text)) return refuse("This is a `part of` file, which cannot import dart:io: move the read into the library file.");
  const problem = constantContext(job, ANNOTATION_ARGUMENT);
  if (problem) return refuse(problem);
  const prefix = linePrefix(text, t.start);
  const edits: TextEdit[] = [];
  const decl = /^(\s*(?:static\s+)?)const\b/.exec(prefix);
  if (decl) {
    const at = t.start - prefix.length + decl[1].length;
    edits.push(replace(at, at + 5, 'final'));
  }
  if (/\bconst\b/.test(decl ? prefix.slice(decl[0].length) : prefix)) return refuse('The literal is inside a const expression, which cannot read the environment.');
  const read = (s: Secret, q: string) => `Platform.environment[${q}${s.name}${q}]!`;
  const imports: ImportNeed[] = ['dart-io'];
  if (isWhole(job)) return { edits: [...edits, replace(t.start, t.end, read(job.secrets[0], "'"))], imports };
  if (t.prefix) {
    const result = concatenation(job, (s) => read(s, "'"), '+');
    return 'refusal' in result ? result : { edits: [...edits, ...result.edits], imports };
  }
  const inner = t.open[0] === '"' ? "'" : '"';
  return { edits: [...edits, ...holes(job, (s) => `\${${read(s, inner)}}`)], imports };
}

// `char key[] = "…"`, and a sized one (`char key[64] = "…"`); not an element assigned (`map["k"] = "…"`).
const CHAR_ARRAY = /\[\s*\]\s*=\s*$|\b(?:char(?:8_t|16_t|32_t)?|wchar_t|TCHAR|WCHAR|u?int8_t)\s+[A-Za-z_]\w*\s*(?:\[[^\]]*\]\s*)+=\s*$/;

// The declaration a C literal sits in, from just after the `;` or brace before it, and whether that is inside a
// function: a brace opened after `=`, `,`, `{` or `(` starts an initialiser (`= { .key = "…" }`), not a block.
function cDeclaration(text: string, skipper: Skipper, pos: number): { head: string; inBlock: boolean } {
  let start: number | undefined;
  let depth = 0;
  for (const i of codeBefore(skipper, pos)) {
    const c = text[i];
    if (c === '}') {
      start ??= i;
      depth++;
    } else if (c === ';' && depth === 0) start ??= i;
    else if (c === '{') {
      if (depth > 0) depth--;
      else if (!'=,{('.includes(before(text, i).char)) {
        start ??= i;
        return { head: cHead(text, start + 1, pos), inBlock: true };
      }
    }
  }
  return { head: cHead(text, (start ?? -1) + 1, pos), inBlock: false };
}

// Preprocessor lines are no part of the declaration that follows them.
const cHead = (text: string, from: number, to: number) => text.slice(from, to).replace(/^[ \t]*#.*$/gm, '');

// The storage a C declaration gives its initialiser: a static one, or one at file scope, must be a constant.
function cConstantInitialiser({ head, inBlock }: { head: string; inBlock: boolean }): string | undefined {
  if (!inBlock) return 'The literal initialises a file-scope variable, which must be a constant in C: call getenv() where the value is used.';
  if (/^[^=]*\b(?:static|_Thread_local|thread_local)\b/.test(head)) {
    return 'The literal initialises a static variable, which must be a constant in C: drop static, or call getenv() where the value is used.';
  }
  return undefined;
}

function cFamily(job: RewriteJob): RewriteResult {
  const { text } = job;
  const t = job.token!;
  const cpp = /cpp|cuda/.test(job.languageId) || (!job.languageId && !!job.path && /\.(?:cc|cpp|cxx|hpp|hh)$/i.test(job.path));
  if (!isWhole(job)) return refuse('C and C++ strings cannot be joined at run time this simply; build the string by hand around getenv().');
  const prefix = linePrefix(text, t.start);
  const declaration = cDeclaration(text, job.skipper, t.start);
  const head = declaration.head;
  if (CHAR_ARRAY.test(prefix) || CHAR_ARRAY.test(head)) return refuse('The literal initialises a char array, which getenv() cannot do.');
  if (/\b(?:constexpr|constinit)\b/.test(prefix) || /\b(?:constexpr|constinit)\b/.test(head)) {
    return refuse('The literal initialises a constexpr, which cannot read the environment: drop constexpr, or call getenv() where the value is used.');
  }
  const macro = /^\s*#\s*define\s+(\w+)\s+$/.exec(prefix);
  // `PREFIX "…"` and `"…" PRIu64` join the literal to a macro's string, and `"…"s` is a C++ user-defined literal:
  // a call in place of the literal would not parse.
  const previous = before(text, t.start);
  const afterMacro = !macro && /\w/.test(previous.char) && !/^(?:return|sizeof|else|do|throw|co_return|co_yield)$/.test(previous.word);
  if (afterMacro || /^[ \t]*[A-Za-z_]/.test(text.slice(t.end, t.end + 80))) {
    return refuse('The literal is joined to a neighbour (a macro that stands for a string, or a suffix such as `s`), which getenv() in its place would not be: move the secret by hand.');
  }
  if (macro) {
    // A macro body is pasted where the macro is used: each use must take a call where it stands.
    for (const use of text.slice(t.end).matchAll(new RegExp(`\\b${macro[1]}\\b`, 'g'))) {
      const at = t.end + use.index!;
      if (job.skipper.coveringStart(at) !== undefined || /^[ \t]*#/.test(linePrefix(text, at))) continue;
      if (before(text, at).char === '"' || /^[ \t]*["A-Za-z_]/.test(text.slice(at + macro[1].length, at + macro[1].length + 80))) {
        return refuse(`${macro[1]} is used next to another string, which getenv() in its place would not be joined to: move the secret by hand.`);
      }
      const problem = cpp ? undefined : cConstantInitialiser(cDeclaration(text, job.skipper, at));
      if (problem) return refuse(`${macro[1]} is used where a constant is required. ${problem}`);
    }
  } else if (!cpp) {
    const problem = cConstantInitialiser(declaration);
    if (problem) return refuse(problem);
  }
  // An Objective-C string literal (`@"…"`) is an NSString: the C string goes in a boxed expression.
  const objc = text[t.start - 1] === '@';
  const read = `getenv("${job.secrets[0].name}")`;
  return { edits: [objc ? replace(t.start - 1, t.end, `@(${read})`) : replace(t.start, t.end, read)], imports: [cpp ? 'cpp-cstdlib' : 'c-stdlib'] };
}

// An R escape for a byte above 0x7f (`\xe9`, `\351`), after an even run of backslashes.
const R_HIGH_BYTE = /(?<!\\)(?:\\\\)*\\(?:x[89a-fA-F][0-9a-fA-F]|[23][0-7]{2})/;

// The literal cut into quoted pieces around env reads, for languages that join them with a function.
function pieces(job: RewriteJob, read: (s: Secret) => string): string[] {
  const { text } = job;
  const t = job.token!;
  const parts: string[] = [];
  let at = t.contentStart;
  for (const s of job.secrets) {
    if (s.start > at) parts.push(`${t.prefix}${t.open}${text.slice(at, s.start)}${t.close}`);
    parts.push(read(s));
    at = s.end;
  }
  if (t.contentEnd > at) parts.push(`${t.prefix}${t.open}${text.slice(at, t.contentEnd)}${t.close}`);
  return parts;
}

/** Whole literals, and per-language interpolation or concatenation, for the languages without a rewriter of their own. */
export function simpleCode(job: RewriteJob): RewriteResult {
  const { dialect } = job;
  const t = job.token!;
  const read = (s: Secret) => dialect.read(s.name);
  if (isWhole(job)) return { edits: [replace(t.start, t.end, read(job.secrets[0]))] };
  switch (dialect.id) {
    case 'scala':
      // raw"…" interpolates as s"…" does.
      return t.prefix === 's' || t.prefix === 'f' || t.prefix === 'raw' ? { edits: holes(job, (s) => `\${${read(s)}}`) } : scalaConcatenation(job, read);
    case 'groovy':
    case 'jenkinsfile':
      if (t.form.kind === 'double' || t.form.kind === 'triple' || t.form.kind === 'slashy') return { edits: holes(job, (s) => `\${${read(s)}}`) };
      // `'''…'` then `'''`: the piece's quote would close the string, and the one after open another.
      if (t.form.kind === 'triple-single' && textRegions(job).some(([a, b]) => b < t.contentEnd && /(?<!\\)(?:\\\\)*'$/.test(job.text.slice(a, b)))) {
        return refuse("A piece of the '''-string would end in a quote, which would close it early: move the secret by hand.");
      }
      return concatenation(job, read, '+');
    case 'elixir':
      // `~S(…)` does not interpolate: its pieces are joined with `<>`.
      return t.form.kind === 'raw' ? concatenation(job, read, '<>') : { edits: holes(job, (s) => `#{${read(s)}}`) };
    case 'crystal':
      return { edits: holes(job, (s) => `#{${read(s)}}`) };
    case 'ocaml':
      return concatenation(job, read, '^');
    case 'lua':
      return concatenation(job, read, '..');
    case 'perl':
      return perl(job, read);
    case 'vb':
      return concatenation(job, read, '&');
    case 'fsharp':
      return concatenation(job, read, '+');
    case 'erlang':
      return concatenation(job, read, '++');
    case 'julia':
      return t.prefix === '' ? { edits: holes(job, (s) => `$(${read(s)})`) } : concatenation(job, read, '*');
    case 'clojure':
      return { edits: [replace(t.start, t.end, `(str ${pieces(job, read).join(' ')})`)] };
    case 'r':
      // `"é\xe9"` is one string of bytes; cut in pieces, the UTF-8 one makes paste0() write the byte as the text `<e9>`.
      if (textRegions(job).some(([a, b]) => R_HIGH_BYTE.test(job.text.slice(a, b)))) {
        return refuse('The string holds a byte that is no UTF-8 text (\\x80 to \\xff), which R would rewrite as text once the string is cut around the secret.');
      }
      return { edits: [replace(t.start, t.end, `paste0(${pieces(job, read).join(', ')})`)] };
    case 'coffeescript':
      return t.form.kind === 'single' || t.open === "'''" ? concatenation(job, read, '+') : { edits: holes(job, (s) => `#{${read(s)}}`) };
    default:
      return refuse(`Only part of the string is the secret, and this fix cannot split ${dialect.label} strings.`);
  }
}

// Whether a Clojure literal at `pos` is quoted, itself or in an enclosing form (`'[…]`, `` `(…) ``, `(quote …)`).
function quotedInClojure(text: string, skipper: Skipper, pos: number): boolean {
  if ("'`".includes(text[pos - 1] ?? ' ')) return true;
  let depth = 0;
  for (const i of codeBefore(skipper, pos)) {
    if (')]}'.includes(text[i])) depth++;
    else if ('([{'.includes(text[i]) && depth-- === 0) {
      if ("'`".includes(text[i - 1] ?? ' ') || /^\(quote\s/.test(text.slice(i, i + 7))) return true;
      depth = 0;
    }
  }
  return false;
}

// A quoted form is data: a call put in it would stay a list, never be called.
function clojure(job: RewriteJob): RewriteResult {
  if (quotedInClojure(job.text, job.skipper, job.token!.start)) {
    return refuse('The string is inside a quoted form, where (System/getenv …) would stay a list instead of being called: move the secret by hand.');
  }
  return simpleCode(job);
}

// Whether `pos` is inside a binary (`<<"…">>`, `<<"…"/utf8>>`), walking back no further than the form before it.
function inErlangBinary(text: string, skipper: Skipper, pos: number): boolean {
  let depth = 0;
  for (let i = pos - 1; i > 0; i--) {
    const skip = skipper.coveringStart(i);
    if (skip !== undefined) {
      i = skip;
      continue;
    }
    const pair = text.slice(i - 1, i + 1);
    if (pair === '>>' || pair === '<<') {
      if (pair === '<<' && depth === 0) return true;
      depth += pair === '>>' ? 1 : -1;
      i--;
    } else if (text[i] === '.' && /\s/.test(text[i + 1] ?? '')) return false;
  }
  return false;
}

// os:getenv returns a list: a binary's segment, which must be a string literal or a binary, cannot be one.
function erlang(job: RewriteJob): RewriteResult {
  if (inErlangBinary(job.text, job.skipper, job.token!.start)) {
    return refuse('The string is a segment of a binary (<<…>>), where the list os:getenv() returns cannot stand: build the binary from list_to_binary(os:getenv(…)) by hand.');
  }
  return simpleCode(job);
}

// Scala ranks an operator by its first character, so `->` binds as tightly as `+`: `"k" -> "a" + b` would pair
// "k" with "a", then append b to the pair.
function scalaConcatenation(job: RewriteJob, read: (s: Secret) => string): RewriteResult {
  const t = job.token!;
  const result = concatenation(job, read, '+');
  if (!('edits' in result) || !/->\s*$/.test(job.text.slice(Math.max(0, t.start - 20), t.start))) return result;
  const [edit] = result.edits;
  return edit.newText.startsWith('(') ? result : { edits: [replace(edit.start, edit.end, `(${edit.newText})`)] };
}

// In an interpolating string, a `[`, `{` or `->` right after `$ENV{NAME}` would extend the expression it reads.
const EXTENDS_PERL_READ = /^(?:\[|\{|->)/;

function perl(job: RewriteJob, read: (s: Secret) => string): RewriteResult {
  const { text } = job;
  const t = job.token!;
  const interpolates = t.form.kind === 'double' || t.expands;
  if (interpolates && !job.secrets.some((s) => EXTENDS_PERL_READ.test(text.slice(s.end, t.contentEnd)))) return { edits: holes(job, read) };
  if (t.form.kind === 'heredoc') return refuse(interpolates ? 'A [, { or -> after the secret would extend the variable read in the heredoc.' : QUOTED_HEREDOC);
  // `q{a {b} c}`: each piece becomes a literal of its own, so none may hold half of a bracket pair.
  if (t.open !== t.close && textRegions(job).some(([a, b]) => !bracketsBalance(text.slice(a, b), t.open, t.close))) {
    return refuse(`The secret sits inside a bracket pair of the ${t.prefix}${t.open}…${t.close} string, which cannot be split there.`);
  }
  // `(… . …) x 2` repeats a list where a list is wanted (a call's arguments) instead of a string.
  if (/^x(?:\b|\d)/.test(after(text, t.end).rest)) return refuse('The string is repeated with x: once it is split into pieces joined in parentheses, x would repeat a list in a list context.');
  return concatenation(job, read, '.');
}

function bracketsBalance(source: string, open: string, close: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length && depth >= 0; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === open) depth++;
    else if (source[i] === close) depth--;
  }
  return depth === 0;
}

const TFVARS = /\.tfvars(?:\.json)?$/i;

/**
 * The Terraform input variable a literal at `pos` sets, if any: the default in `variable "db_password" { … }`,
 * or a top-level `db_password = "…"` in a .tfvars file.
 */
export function terraformInputAt(text: string, skipper: Skipper, pos: number, path?: string): string | undefined {
  const prefix = linePrefix(text, pos);
  const brace = enclosingOpener(text, skipper, pos, '{', '}');
  if (brace === undefined) return path && TFVARS.test(path) ? /^[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*$/.exec(prefix)?.[1] : undefined;
  if (!/^[ \t]*default[ \t]*=[ \t]*$/.test(prefix)) return undefined;
  const label = variableLabel(text, brace);
  return label !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(label) ? label : undefined;
}

/** Whether a Terraform literal at `pos` is an attribute's value in a block other than a variable: `token = "…"` in a provider. */
export function isTerraformAttributeValue(text: string, skipper: Skipper, pos: number): boolean {
  const brace = enclosingOpener(text, skipper, pos, '{', '}');
  if (brace === undefined || variableLabel(text, brace) !== undefined) return false;
  return /^[ \t]*[A-Za-z_][\w-]*[ \t]*=[ \t]*$/.test(linePrefix(text, pos));
}

// The label of the `variable "…" {` block whose brace is at `brace`, or undefined for any other block.
function variableLabel(text: string, brace: number): string | undefined {
  return /(?:^|\n)[ \t]*variable[ \t]+"([^"\n]*)"[ \t]*$/.exec(text.slice(Math.max(0, brace - 200), brace))?.[1];
}

/** The input variables a Terraform text declares (`variable "db_password" {`). */
export function terraformVariablesIn(text: string): string[] {
  return [...text.matchAll(/^[ \t]*variable[ \t]+"([A-Za-z_][\w-]*)"/gm)].map((m) => m[1]);
}

// Terraform reads the environment only through input variables (`TF_VAR_<name>`): a variable's default
// or its .tfvars line moves to .env and the line goes; an attribute's value becomes `var.<name>`, a new
// sensitive variable. Other places (a default sharing its line) are left to the user.
function terraform(job: RewriteJob): RewriteResult {
  const { text } = job;
  const t = job.token!;
  const variable = terraformInputAt(text, job.skipper, t.start, job.path);
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  const newline = text.indexOf('\n', t.end);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  const alone = /^[ \t]*(?:(?:#|\/\/).*)?\r?\n?$/.test(text.slice(t.end, lineEnd));
  if (variable && alone && isWhole(job) && job.secrets[0].name === `TF_VAR_${variable}`) return { edits: [replace(lineStart, lineEnd, '')] };
  if (!variable && job.secrets.every((s) => s.name.startsWith('TF_VAR_')) && isTerraformAttributeValue(text, job.skipper, t.start)) {
    const read = (s: Secret) => job.dialect.read(s.name);
    const edits = isWhole(job) ? [replace(t.start, t.end, read(job.secrets[0]))] : holes(job, (s) => `\${${read(s)}}`);
    return { edits, declares: [...new Set(job.secrets.map((s) => s.name.slice('TF_VAR_'.length)))] };
  }
  return refuse('Terraform reads the environment only through input variables: declare `variable "name" {}`, use var.name here, and set TF_VAR_name in the environment.');
}

/** The rewriter per code dialect id; others use the generic whole-literal or concatenation rules. */
export const CODE: Readonly<Record<string, (job: RewriteJob) => RewriteResult>> = {
  javascript,
  python,
  go,
  java,
  kotlin,
  csharp,
  ruby,
  php,
  rust,
  swift,
  dart,
  c: cFamily,
  clojure,
  erlang,
  terraform,
};
