// .env text for the vault, read and written through the engine's dotenv reader (proven equal to the
// `dotenv` package in its tests) so what the vault writes is what programs loading the file get back,
// without bundling `dotenv`'s node-only modules into the browser build.
import { dotenvEntries, lineOf, lineStarts, parseDotenv as readDotenv } from '../../engine';

/** The variables a .env text defines, as `dotenv` reads them (the last definition wins). */
export function parseDotenv(text: string): Record<string, string> {
  return Object.fromEntries(readDotenv(text));
}

/** Where one variable is defined in a .env text: zero-based lines, end inclusive. */
export interface DotenvDefinition {
  readonly key: string;
  readonly startLine: number;
  readonly endLine: number;
}

/** Every definition in a .env text, with the lines its value spans (a quoted value may run over several). */
export function dotenvDefinitions(text: string): DotenvDefinition[] {
  const starts = lineStarts(text);
  return dotenvEntries(text).map(({ key, keyStart, valueEnd }) => ({
    key,
    startLine: lineOf(starts, keyStart),
    endLine: lineOf(starts, Math.max(keyStart, valueEnd - 1)),
  }));
}
