// Rewriting the literal that holds a secret as an environment read, in the file's own language.
import { CODE, simpleCode } from './code';
import type { Dialect } from './dialects';
import { refuse, replaceSecrets, type RewriteJob, type RewriteResult } from './literal';
import { substitute } from './substitute';

export type { ImportNeed, RewriteJob, RewriteResult, Secret } from './literal';

/** The edits that turn one literal's secrets into environment reads. */
export function rewriteJob(job: RewriteJob): RewriteResult {
  const { dialect } = job;
  if (job.token && !job.token.terminated) return refuse('The string holding the secret is not terminated.');
  switch (dialect.kind) {
    case 'code': {
      if (!job.token) return refuse(`The secret is not inside a ${dialect.label} string literal, so there is no literal to replace.`);
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

/** The expression or text that reads NAME in a language, for a whole literal in an ordinary position. */
export function envReadFor(dialect: Dialect | undefined, name: string): string {
  return dialect ? dialect.read(name) : `\${${name}}`;
}
