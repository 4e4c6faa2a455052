// The edits to .env, .env.example and .gitignore. Existing bytes stay as they are: lines are only
// appended, in the file's own line ending, and a missing final newline stays missing.
import { parseDotenv, tryFormatDotenvValue } from './dotenv';
import { appendLines, applyEdits } from './text';
import type { EnvFileState, TextEdit } from './types';

/** A variable to append to .env. */
export interface NewEntry {
  readonly name: string;
  readonly value: string;
}

/** The .env edit that appends `entries`, verified by reading the result back; undefined if reading back fails. */
export function envFileEdits(envFile: EnvFileState | undefined, entries: readonly NewEntry[], reused: readonly NewEntry[]): TextEdit[] | undefined {
  const before = envFile?.text ?? '';
  const lines: string[] = [];
  for (const entry of entries) {
    const rhs = tryFormatDotenvValue(entry.value);
    if (rhs === undefined) return undefined;
    lines.push(`${entry.name}=${rhs}`);
  }
  const edit = appendLines(before, lines);
  const edits = edit ? [edit] : [];
  // Reading the new text back catches what a line-by-line view would miss, such as an unclosed
  // quote at the end of the old file swallowing the new lines.
  const old = parseDotenv(before);
  const now = parseDotenv(applyEdits(before, edits));
  for (const [key, value] of old) if (now.get(key) !== value) return undefined;
  for (const entry of [...entries, ...reused]) if (now.get(entry.name) !== entry.value) return undefined;
  return edits;
}

/** The .env.example edits that declare `names` (never their values), or undefined when nothing changes. */
export function envExampleEdits(example: EnvFileState | undefined, create: boolean, names: readonly string[]): { create: boolean; edits: TextEdit[] } | undefined {
  if (!example && !create) return undefined;
  const declared = example ? parseDotenv(example.text) : new Map<string, string>();
  const missing = [...new Set(names)].filter((name) => !declared.has(name));
  const edit = appendLines(example?.text ?? '', missing.map((name) => `${name}=`));
  if (!edit) return undefined;
  return { create: !example, edits: [edit] };
}

/** The .gitignore edit that ignores the env file; a note instead when the exact line is there but overridden. */
export function gitignoreEdits(gitignore: { readonly covered: boolean; readonly text?: string; readonly entry: string }): { plan?: { create: boolean; edits: TextEdit[] }; note?: string } {
  if (gitignore.covered) return {};
  if (gitignore.text === undefined) return { plan: { create: true, edits: [{ start: 0, end: 0, newText: `${gitignore.entry}\n` }] } };
  const present = gitignore.text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .some((line) => line.replace(/[ \t]+$/, '') === gitignore.entry);
  if (present) {
    return { note: `.gitignore already lists ${gitignore.entry}, but a later rule (a \`!\` negation) or another .gitignore un-ignores it: fix that rule so the file stays out of git.` };
  }
  return { plan: { create: false, edits: [appendLines(gitignore.text, [gitignore.entry])!] } };
}
