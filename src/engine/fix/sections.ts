// The table, section or parent key a config value sits under, which says whose a generic `api_key` is:
// `openai:` above it in YAML, `[openai]` in TOML and INI, `"OpenAI": { … }` in JSON.
import { enclosingOpener, type Skipper } from './context';

const YAML_PARENT = /^[ \t]*(?:-[ \t]+)?(["']?)([\w.-]+)\1[ \t]*:[ \t]*(?:#.*)?$/;
const HEADER = /^[ \t]*\[\[?[ \t]*([^\]\n]+?)[ \t]*\]\]?[ \t]*(?:[#;].*)?$/gm;
const JSON_KEY_BEFORE = /"((?:[^"\\\n]|\\.)+)"[ \t]*:[ \t]*$/;

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

function yamlParent(text: string, pos: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const lines = text.slice(0, lineStart).split('\n');
  const indent = indentOf(text.slice(lineStart, pos));
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (/^[ \t]*(?:#.*)?$/.test(line) || indentOf(line) >= indent) continue;
    return YAML_PARENT.exec(line)?.[2];
  }
  return undefined;
}

function headerAbove(text: string, pos: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const headers = [...text.slice(0, lineStart).matchAll(HEADER)];
  const last = headers[headers.length - 1]?.[1];
  return last?.split('.').pop()?.replace(/^["']|["']$/g, '');
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
