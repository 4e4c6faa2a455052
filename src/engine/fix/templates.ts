// Where a server-side template runs code rather than printing text: ERB tags and Razor code blocks.

/** True when `offset` is inside an ERB tag (`<% … %>`), where the template runs Ruby rather than printing text. */
export function insideErbTag(text: string, offset: number): boolean {
  return text.lastIndexOf('<%', offset) > text.lastIndexOf('%>', offset);
}

// C# literals and comments, from where one opens: a character literal (`'}'`), a raw string (`"""…"""`), a verbatim
// string whose quotes double (`@"a "" }"`, also `$@"…"`), a string with escapes (`"a \" }"`), and line and block
// comments. Braces inside them do not open or close a block.
const CSHARP_SKIPPED = /'(?:\\.|[^\\'\n])'|("{3,})[^]*?\1|(?:\$@|@\$?)"(?:[^"]|"")*"|"(?:\\.|[^\\"\n])*"|\/\/[^\n]*|\/\*[^]*?\*\//y;

// Where a Razor code block opens: `@{`, `@code {` (Blazor), `@functions {`.
const RAZOR_BLOCK = /@(?:code|functions)?[ \t\r\n]*\{/g;

/** True when `offset` is inside a Razor code block, where the page runs C# rather than printing text. */
export function insideRazorCode(text: string, offset: number): boolean {
  RAZOR_BLOCK.lastIndex = 0;
  for (let block = RAZOR_BLOCK.exec(text); block && block.index < offset; block = RAZOR_BLOCK.exec(text)) {
    // A block closes where its braces balance, leaving out those in literals and comments.
    let depth = 0;
    let i = RAZOR_BLOCK.lastIndex - 1;
    for (; i < offset; i++) {
      const c = text[i];
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
      else if (c === '"' || c === "'" || c === '@' || c === '$' || c === '/') {
        CSHARP_SKIPPED.lastIndex = i;
        if (CSHARP_SKIPPED.test(text)) i = CSHARP_SKIPPED.lastIndex - 1;
      }
    }
    if (i >= offset && depth > 0) return true;
  }
  return false;
}
