// Where a server-side template runs code rather than printing text: ERB tags and Razor code blocks.
import { lex } from './lexer';
import { SYNTAX } from './syntax';

/** True when `offset` is inside an ERB tag (`<% … %>`), where the template runs Ruby rather than printing text. */
export function insideErbTag(text: string, offset: number): boolean {
  return text.lastIndexOf('<%', offset) > text.lastIndexOf('%>', offset);
}

// Where a Razor code block opens: `@{`, `@code {` (Blazor), `@functions {`.
const RAZOR_BLOCK = /@(?:code|functions)?[ \t\r\n]*\{/g;

/** True when `offset` is inside a Razor code block, where the page runs C# rather than printing text. */
export function insideRazorCode(text: string, offset: number): boolean {
  RAZOR_BLOCK.lastIndex = 0;
  for (let block = RAZOR_BLOCK.exec(text); block && block.index < offset; block = RAZOR_BLOCK.exec(text)) {
    if (stillOpen(text.slice(RAZOR_BLOCK.lastIndex - 1, offset))) return true;
  }
  return false;
}

// Whether the braces of C# that opens with `{` are still unbalanced at its end. Braces in string and character
// literals and in comments, as the C# lexer finds them, do not count.
function stillOpen(code: string): boolean {
  const { strings, comments } = lex(code, SYNTAX.csharp);
  const skipped = [...strings, ...comments].sort((a, b) => a.start - b.start);
  let depth = 0;
  let next = 0;
  for (let i = 0; i < code.length; i++) {
    // Tokens nested in a skipped one (a string in an interpolation hole) end before it does.
    while (next < skipped.length && skipped[next].end <= i) next++;
    if (next < skipped.length && skipped[next].start <= i) i = skipped[next].end - 1;
    else if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return false;
  }
  return depth > 0;
}
