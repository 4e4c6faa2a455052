// "Ignore on this line": the allow directive as a comment in the file's own syntax, at the end of
// the line, or on a comment line of its own just above where an end-of-line comment cannot go.
import { ALLOW_DIRECTIVE } from '../suppress';
import type { Finding } from '../types';
import { Skipper } from './context';
import type { CommentStyle } from './dialects';
import { dialectFor, mayHoldJsx } from './lookup';
import { lex, stringAround, type Lexed } from './lexer';
import { isJsxAttributeValue } from './code';
import { detectEol, lineEndAt, offsetOfLine } from './text';
import type { TextEdit } from './types';

// The scanner looks this far past a secret for a directive on its line (DIRECTIVE_REACH, with margin).
const SAME_LINE_REACH = 400;
// Formats whose comments must start a line: a trailing one would become part of the value (in an env
// file, for `docker run --env-file` and systemd, though not for the dotenv package).
const LINE_START_ONLY = new Set(['properties', 'ini', 'bat', 'makefile', 'dockerfile', 'dotenv']);

function inside(lexed: Lexed, offset: number): 'string' | 'comment' | undefined {
  if (lexed.strings.some((s) => s.contentStart <= offset && offset <= s.contentEnd && !s.holes.some((h) => h.start < offset && offset < h.end) && s.end > s.contentStart)) {
    return 'string';
  }
  return lexed.comments.some((c) => c.block && c.start < offset && offset < c.end) ? 'comment' : undefined;
}

// Inside a YAML block scalar (`key: |`), a `#` is content, not a comment.
function inYamlBlockScalar(text: string, lineStart: number): boolean {
  const indent = (l: string) => /^[ \t]*/.exec(l)![0].length;
  const own = indent(text.slice(lineStart));
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (/\S/.test(line) && indent(line) < own) return /[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(line);
    end = start - 1;
  }
  return false;
}

// In HTML-like files, script and style blocks have their own comment syntax.
function embeddedStyle(text: string, offset: number, fallback: CommentStyle): CommentStyle {
  const head = text.slice(0, offset).toLowerCase();
  const script = head.lastIndexOf('<script');
  const style = head.lastIndexOf('<style');
  if (script > head.lastIndexOf('</script') && script > style) return { open: '//' };
  if (style > head.lastIndexOf('</style')) return { open: '/*', close: '*/' };
  return fallback;
}

function markupInTag(text: string, offset: number): boolean {
  const open = text.lastIndexOf('<', offset - 1);
  return open !== -1 && /[A-Za-z/]/.test(text[open + 1] ?? '') && text.lastIndexOf('>', offset - 1) < open;
}

const comment = (style: CommentStyle) => `${style.open} ${ALLOW_DIRECTIVE}${style.close ? ` ${style.close}` : ''}`;

/**
 * Edits that insert the allow directive for the finding's line, or why it cannot be done there. The path
 * picks the comment syntax where the language id says nothing (VS Code opens `.toml` and `.kt` as plain text).
 */
export function planIgnoreLine(text: string, languageId: string, finding: Pick<Finding, 'start' | 'line'>, path?: string): { readonly edits: readonly TextEdit[] } | { readonly refusal: string } {
  const dialect = dialectFor(languageId, path);
  const baseline = 'add the finding to the baseline instead';
  if (!dialect) return { refusal: `Secret Hygiene does not know the comment syntax of ${languageId || 'this file'}: ${baseline}.` };
  if (!dialect.comment) return { refusal: `${dialect.label} has no comments, so the line cannot carry the directive: ${baseline}.` };
  const htmlLike = ['html', 'vue', 'svelte', 'astro', 'markdown'].includes(languageId) || dialect.id === 'html';
  const style = htmlLike ? embeddedStyle(text, finding.start, languageId === 'vue' || languageId === 'svelte' || languageId === 'astro' ? { open: '<!--', close: '-->' } : dialect.comment) : dialect.comment;
  const lexed = lex(text, dialect.lex);
  const lineStart = offsetOfLine(text, finding.line) ?? text.lastIndexOf('\n', finding.start - 1) + 1;
  const lineEnd = lineEndAt(text, lineStart);
  const line = text.slice(lineStart, lineEnd);
  const contentEnd = lineStart + line.trimEnd().length;
  const continued = (dialect.backslashContinuation && /\\$/.test(line.trimEnd())) || (dialect.id === 'powershell' && /`$/.test(line.trimEnd()));

  // JSX attributes: a block comment inside the tag is valid where a line comment would become text.
  const token = stringAround(lexed, finding.start, finding.start);
  if (token && mayHoldJsx(languageId, path) && token.end <= lineEnd && isJsxAttributeValue(text, new Skipper(lexed), token)) {
    return { edits: [{ start: token.end, end: token.end, newText: ` /* ${ALLOW_DIRECTIVE} */` }] };
  }
  const where = inside(lexed, contentEnd);
  const sameLineOk =
    !LINE_START_ONLY.has(dialect.id) &&
    !continued &&
    where !== 'string' &&
    contentEnd - finding.start <= SAME_LINE_REACH &&
    !(dialect.id === 'yaml' || dialect.id === 'dockercompose' ? inYamlBlockScalar(text, lineStart) : false) &&
    !((style.open === '<!--') && markupInTag(text, contentEnd));
  if (sameLineOk) {
    // PEP 8 asks for two spaces before an inline comment.
    const gap = dialect.id === 'python' ? '  ' : ' ';
    const newText = where === 'comment' ? ` ${ALLOW_DIRECTIVE}` : `${gap}${comment(style)}`;
    return { edits: [{ start: contentEnd, end: contentEnd, newText }] };
  }
  // A comment line of its own just above: the scanner accepts a directive there too.
  const reason = where === 'string' ? 'the end of the line is inside a multi-line string' : 'a comment cannot follow this line';
  if (inside(lexed, lineStart) === 'string' || (dialect.id === 'yaml' || dialect.id === 'dockercompose') && inYamlBlockScalar(text, lineStart)) {
    return { refusal: `The line is inside a multi-line value, where a comment would change the value: ${baseline}.` };
  }
  if (style.open === '<!--' && markupInTag(text, lineStart)) return { refusal: `The line is inside a tag, where a comment is not allowed: ${baseline}.` };
  const previousEnd = lineStart - 1;
  const previous = lineStart > 0 ? text.slice(text.lastIndexOf('\n', previousEnd - 1) + 1, previousEnd).replace(/\r$/, '') : '';
  if (dialect.id !== 'dockerfile' && ((dialect.backslashContinuation && /\\\s*$/.test(previous)) || (dialect.id === 'powershell' && /`\s*$/.test(previous)))) {
    return { refusal: `The line continues the one above and ${reason}: ${baseline}.` };
  }
  const indent = /^[ \t]*/.exec(line)![0];
  return { edits: [{ start: lineStart, end: lineStart, newText: `${indent}${comment(style)}${detectEol(text)}` }] };
}
