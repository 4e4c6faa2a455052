// Where a server-side template runs code rather than printing text: ERB tags and Razor code blocks.

/** True when `offset` is inside an ERB tag (`<% … %>`), where the template runs Ruby rather than printing text. */
export function insideErbTag(text: string, offset: number): boolean {
  return text.lastIndexOf('<%', offset) > text.lastIndexOf('%>', offset);
}

// A C# character literal: `'{'`, `'\''`.
const CHAR_LITERAL = /^'(?:\\.|[^\\'\n])'/;

// Where a Razor code block opens: `@{`, `@code {` (Blazor), `@functions {`.
const RAZOR_BLOCK = /@(?:code|functions)?[ \t\r\n]*\{/g;

/** True when `offset` is inside a Razor code block, where the page runs C# rather than printing text. */
export function insideRazorCode(text: string, offset: number): boolean {
  RAZOR_BLOCK.lastIndex = 0;
  for (let block = RAZOR_BLOCK.exec(text); block && block.index < offset; block = RAZOR_BLOCK.exec(text)) {
    // Braces in string and character literals (`"{"`, `'}'`) are skipped; a block closes where its braces balance.
    let depth = 0;
    let i = RAZOR_BLOCK.lastIndex - 1;
    for (; i < offset; i++) {
      const c = text[i];
      if (c === '"') i = Math.max(i, text.indexOf('"', i + 1));
      else if (c === "'") i += (CHAR_LITERAL.exec(text.slice(i, i + 4))?.[0].length ?? 1) - 1;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    if (i >= offset && depth > 0) return true;
  }
  return false;
}
