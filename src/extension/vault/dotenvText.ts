// .env text for the vault, read and written through the engine's dotenv reader (proven equal to the
// `dotenv` package in its tests) so what the vault writes is what programs loading the file get back,
// without bundling `dotenv`'s node-only modules into the browser build.
import { parseDotenv as readDotenv } from '../../engine';

/** The variables a .env text defines, as `dotenv` reads them (the last definition wins). */
export function parseDotenv(text: string): Record<string, string> {
  return Object.fromEntries(readDotenv(text));
}

const parse = parseDotenv;

/** Where one variable is defined in a .env text: zero-based lines, end inclusive. */
export interface DotenvDefinition {
  readonly key: string;
  readonly startLine: number;
  readonly endLine: number;
}

const DEFINITION = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=|:\s)/;
// How far a quoted value may run over lines before the definition is taken to be one line.
const MAX_VALUE_LINES = 200;

/**
 * Every definition in a .env text, with the lines its value spans. A definition ends at the first
 * line after which `dotenv` reads the same value as with everything up to the next definition of
 * that key, so multi-line quoted values are spanned whole without a second parser.
 */
export function dotenvDefinitions(text: string): DotenvDefinition[] {
  const lines = text.split(/\r?\n/);
  const out: DotenvDefinition[] = [];
  for (let i = 0; i < lines.length; i++) {
    const key = DEFINITION.exec(lines[i])?.[1];
    if (!key) continue;
    let limit = Math.min(lines.length, i + MAX_VALUE_LINES);
    for (let j = i + 1; j < limit; j++) {
      if (DEFINITION.exec(lines[j])?.[1] === key) limit = j;
    }
    const whole = parse(lines.slice(i, limit).join('\n'))[key];
    let end = i;
    while (end < limit - 1 && parse(lines.slice(i, end + 1).join('\n'))[key] !== whole) end++;
    out.push({ key, startLine: i, endLine: end });
    i = end;
  }
  return out;
}
