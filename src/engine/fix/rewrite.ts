// Rewriting the literal that holds a secret as an environment read, in the file's own language.
import { CODE, simpleCode } from './code';
import type { Dialect } from './dialects';
import { isWhole, refuse, replaceSecrets, type RewriteJob, type RewriteResult } from './literal';
import { substitute } from './substitute';

export type { ImportNeed, RewriteJob, RewriteResult, Secret } from './literal';

/** The edits that turn one literal's secrets into environment reads. */
export function rewriteJob(job: RewriteJob): RewriteResult {
  const { dialect } = job;
  if (job.token && !job.token.terminated) return refuse('The string holding the secret is not terminated.');
  switch (dialect.kind) {
    case 'code': {
      if (!job.token) return refuse(`The secret is not inside a ${dialect.label} string literal, so there is no literal to replace.`);
      if (JOINS_ADJACENT_STRINGS.has(dialect.id) && isWhole(job) && joinedToNeighbour(job)) {
        return refuse('The literal is written next to another string literal, and the two are joined into one string: join them with an operator by hand, then move the secret.');
      }
      return (CODE[dialect.id] ?? simpleCode)(job);
    }
    case 'substitute':
      return substitute(job);
    case 'placeholder':
      return { edits: replaceSecrets(job, (s) => `\${${s.name}}`) };
    default:
      return refuse('This file cannot be rewritten.');
  }
}

// Languages where `"prefix-" "…"` is one string: an env read put in place of a whole half would not parse
// (a half that keeps some text, rewritten as a concatenation or interpolation, still does).
const JOINS_ADJACENT_STRINGS = new Set(['python', 'c', 'ruby']);

function joinedToNeighbour({ text, token, lexed }: RewriteJob): boolean {
  // Blanks and line continuations may separate them.
  let before = token!.start;
  while (before > 0 && /[\s\\]/.test(text[before - 1])) before--;
  let after = token!.end;
  while (after < text.length && /[\s\\]/.test(text[after])) after++;
  return lexed.strings.some((s) => s.end === before || s.start === after);
}

/** The expression or text that reads NAME in a language, for a whole literal in an ordinary position. */
export function envReadFor(dialect: Dialect | undefined, name: string): string {
  return dialect ? dialect.read(name) : `\${${name}}`;
}
