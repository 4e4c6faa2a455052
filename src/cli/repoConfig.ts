// Loads `.secret-hygiene.json` (or --config FILE), the config the extension reads too.
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME, EMPTY_CONFIG, parseRepoConfig, ruleIds, type RepoConfig } from '../engine';
import { UsageError } from './io';

/** A loaded config and the folder its path patterns are relative to. */
export interface LoadedConfig {
  readonly config: RepoConfig;
  readonly base: string;
}

/**
 * V8's JSON errors quote the start of the text (`"API_KEY=ab"... is not valid JSON`); a file given by
 * mistake may be a .env, so the quote is dropped.
 */
export function withoutQuotedText(message: string): string {
  return message.replace(/,? ".*"(?:\.\.\.)? is not valid JSON/s, ' is not valid JSON');
}

/** Reads `path`, or `CONFIG_FILE_NAME` in `defaultDir` when no path is given (and then a missing file is fine). */
export async function loadConfig(path: string | undefined, cwd: string, defaultDir: string = cwd): Promise<LoadedConfig> {
  const file = path === undefined ? resolve(defaultDir, CONFIG_FILE_NAME) : resolve(cwd, path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (path === undefined && (error as { code?: string }).code === 'ENOENT') return { config: EMPTY_CONFIG, base: defaultDir };
    throw new UsageError(`cannot read config ${path ?? file}: ${(error as Error).message}`);
  }
  const parsed = parseRepoConfig(text, ruleIds);
  if (!parsed.ok) throw new UsageError(`invalid config ${relative(cwd, file) || file}:\n  ${parsed.errors.map(withoutQuotedText).join('\n  ')}`);
  return { config: parsed.config, base: dirname(file) };
}
