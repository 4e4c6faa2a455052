// The table, section or parent key a config value sits under, which says whose a generic `api_key` is:
// `openai:` above it in YAML, `[openai]` in TOML and INI, `"OpenAI": { … }` in JSON.
import { enclosingOpener, type Skipper } from './context';

const YAML_PARENT = /^[ \t]*(?:-[ \t]+)?(["']?)([\w.-]+)\1[ \t]*:[ \t]*(?:#.*)?$/;
const HEADER = /^[ \t]*\[\[?[ \t]*([^\]\n]+?)[ \t]*\]\]?[ \t]*(?:[#;].*)?$/;
const JSON_KEY_BEFORE = /"((?:[^"\\\n]|\\.)+)"[ \t]*:[ \t]*$/;
const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?$/;

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

// The lines above `pos`, nearest first: the detector asks for sections too, so a lookup costs the distance walked.
function* linesAbove(text: string, pos: number): Generator<string> {
  let end = text.lastIndexOf('\n', pos - 1);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    yield text.slice(start, text[end - 1] === '\r' ? end - 1 : end);
    end = start - 1;
  }
}

function yamlParent(text: string, pos: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const indent = indentOf(text.slice(lineStart, pos));
  for (const line of linesAbove(text, pos)) {
    if (BLANK_OR_COMMENT.test(line) || indentOf(line) >= indent) continue;
    return YAML_PARENT.exec(line)?.[2];
  }
  return undefined;
}

function headerAbove(text: string, pos: number): string | undefined {
  for (const line of linesAbove(text, pos)) {
    const header = HEADER.exec(line)?.[1];
    if (header !== undefined) return header.split('.').pop()?.replace(/^["']|["']$/g, '');
  }
  return undefined;
}

function jsonParent(text: string, skipper: Skipper, pos: number): string | undefined {
  const brace = enclosingOpener(text, skipper, pos, '{', '}');
  return brace === undefined ? undefined : JSON_KEY_BEFORE.exec(text.slice(Math.max(0, brace - 200), brace))?.[1];
}

/** The name of the section holding the value at `pos`, in the config formats that nest; undefined elsewhere. */
export function sectionAt(text: string, dialectId: string, skipper: Skipper, pos: number): string | undefined {
  switch (dialectId) {
    case 'yaml':
    case 'dockercompose':
      return yamlParent(text, pos);
    case 'toml':
    case 'ini':
      return headerAbove(text, pos);
    case 'json':
    case 'jsonc':
      return jsonParent(text, skipper, pos);
    default:
      return undefined;
  }
}
