// Rewriting the literal that holds a secret as an environment read, in the file's own language.
import { CODE, simpleCode, stringAssertion } from './code';
import { rustUnsetCheck, type Dialect } from './dialects';
import type { StringToken } from './lexer';
import { isWhole, refuse, replace, replaceSecrets, type RewriteJob, type RewriteResult } from './literal';
import { substitute } from './substitute';
import type { TextEdit } from './types';

export type { ImportNeed, RewriteJob, RewriteResult, Secret } from './literal';

/** The edits that turn one literal's secrets into environment reads. */
export function rewriteJob(job: RewriteJob): RewriteResult {
  const { dialect } = job;
  if (job.token && !job.token.terminated) return refuse('The string holding the secret is not terminated.');
  switch (dialect.kind) {
    case 'code': {
      if (!job.token) return refuse(`The secret is not inside a ${dialect.label} string literal, so there is no literal to replace.`);
      const result = droppedSetter(job) ?? droppedDefault(job) ?? (CODE[dialect.id] ?? simpleCode)(job);
      // A literal that stays a literal (an f-string's new hole) is still joined to its neighbour; an expression in its place is not.
      if ('edits' in result && JOINS_ADJACENT_STRINGS.has(dialect.id) && replacesLiteral(result.edits, job.token) && joinedToNeighbour(job)) {
        return refuse('The literal is written next to another string literal, and the two are joined into one string: join them with an operator by hand, then move the secret.');
      }
      return result;
    }
    case 'substitute':
      return droppedDefault(job) ?? substitute(job);
    case 'placeholder':
      return { edits: replaceSecrets(job, (s) => `\${${s.name}}`) };
    default:
      return refuse('This file cannot be rewritten.');
  }
}

// An environment read that takes a default. `before` ends where the default starts: `name` is the variable
// read and `sep` joins the default to the read; `after` matches what follows the default and goes with it.
interface DefaultedRead {
  readonly before: RegExp;
  readonly after: RegExp;
  /** What stays in place of the default, given where the read starts. */
  readonly rest?: (job: RewriteJob, read: number) => string;
}

const NAME = '(?<name>[A-Za-z_]\\w*)';
const QUOTED_NAME = `(?<q>["'])${NAME}\\k<q>`;
// A default that is a whole operand of `||`, `??`, `?:` or `,`: nothing binds to it after.
const ENDS_OPERAND = /^(?=[ \t]*(?:[;,)\]}]|\/\/|#|\r?\n|$))/;
// The last argument of a call; a trailing comma goes too.
const LAST_ARGUMENT = /^\s*(?:,\s*)?(?=\))/;
const SHELL_DEFAULT: DefaultedRead = { before: new RegExp(`\\$\\{${NAME}(?<sep>:?[-=])$`), after: /^(?=\})/ };

const DEFAULTED: Readonly<Record<string, readonly DefaultedRead[]>> = {
  javascript: [{ before: new RegExp(`process\\.env\\.${NAME}(?<sep>\\s*(?:\\|\\||\\?\\?)\\s*)$`), after: ENDS_OPERAND, rest: stringAssertion }],
  python: [
    { before: new RegExp(`(?<![\\w.])(?:os\\.)?(?:getenv|environ\\.get)\\(\\s*${QUOTED_NAME}(?<sep>\\s*,\\s*(?:default\\s*=\\s*)?)$`), after: LAST_ARGUMENT },
    { before: new RegExp(`(?<![\\w.])(?:os\\.)?(?:getenv|environ\\.get)\\(\\s*${QUOTED_NAME}\\s*\\)(?<sep>\\s+or\\s+)$`), after: ENDS_OPERAND },
    // `os.environ["X"] if "X" in os.environ else "…"`: the read alone, which raises naming X when it is unset.
    { before: new RegExp(`(?<![\\w.])os\\.environ\\[\\s*${QUOTED_NAME}\\s*\\](?<sep>\\s+if\\s+["']\\k<name>["']\\s+in\\s+os\\.environ\\s+else\\s+)$`), after: ENDS_OPERAND },
  ],
  ruby: [
    { before: new RegExp(`(?<![\\w.])ENV\\.fetch\\(\\s*${QUOTED_NAME}(?<sep>\\s*,\\s*)$`), after: LAST_ARGUMENT },
    { before: new RegExp(`(?<![\\w.])ENV\\.fetch\\(\\s*${QUOTED_NAME}\\s*\\)(?<sep>\\s*\\{\\s*)$`), after: /^\s*\}/ },
    { before: new RegExp(`(?<![\\w.])ENV\\[\\s*${QUOTED_NAME}\\s*\\](?<sep>(?:\\.presence)?\\s*\\|\\|\\s*)$`), after: ENDS_OPERAND },
  ],
  php: [
    { before: new RegExp(`(?<![\\w>$:])getenv\\(\\s*${QUOTED_NAME}\\s*\\)(?<sep>\\s*(?:\\?:|\\?\\?)\\s*)$`), after: ENDS_OPERAND },
    { before: new RegExp(`\\$_(?:ENV|SERVER)\\[\\s*${QUOTED_NAME}\\s*\\](?<sep>\\s*\\?\\?\\s*)$`), after: ENDS_OPERAND },
  ],
  csharp: [{ before: new RegExp(`(?<![\\w.])(?:System\\.)?Environment\\.GetEnvironmentVariable\\(\\s*"${NAME}"\\s*\\)(?<sep>\\s*\\?\\?\\s*)$`), after: ENDS_OPERAND }],
  kotlin: [{ before: new RegExp(`(?<![\\w.])(?:java\\.lang\\.)?System\\.getenv\\(\\s*"${NAME}"\\s*\\)(?<sep>\\s*\\?:\\s*)$`), after: ENDS_OPERAND }],
  // `.unwrap_or("…".to_string())` goes, and the read panics with the variable's name as a plain read does.
  rust: [
    {
      before: new RegExp(`(?<![\\w:])(?:std::)?env::var\\(\\s*"${NAME}"\\s*\\)(?<sep>\\s*\\.unwrap_or(?:_else)?\\(\\s*(?:\\|_\\|\\s*)?)$`),
      after: /^(?:\.(?:to_string|into|to_owned)\(\))?\s*\)/,
      rest: (job) => rustUnsetCheck(job.secrets[0].name),
    },
  ],
  shellscript: [SHELL_DEFAULT],
  dockercompose: [SHELL_DEFAULT],
  // `ARG NAME=…`: the build argument keeps its name and loses its default.
  dockerfile: [{ before: new RegExp(`(?:^|\\n)[ \\t]*ARG[ \\t]+${NAME}(?<sep>=)$`, 'i'), after: /^(?=[ \t]*(?:\r?\n|$))/ }],
};

// Reads that a literal can be the fallback of, besides those whose default is dropped: a default there stays (in
// Kotlin the expression would become nullable, in Scala the call would lose an argument), but it is a fallback all
// the same.
const FALLBACK_READS: Readonly<Record<string, readonly RegExp[]>> = {
  java: [new RegExp(`System\\.getenv\\(\\)\\.getOrDefault\\(\\s*"${NAME}"\\s*,\\s*$`)],
  kotlin: [new RegExp(`System\\.getenv\\(\\s*"${NAME}"\\s*\\)\\s*\\??\\.take(?:If|Unless)\\s*\\{[^{}]*\\}\\s*\\?:\\s*$`)],
  scala: [new RegExp(`sys\\.env\\.getOrElse\\(\\s*"${NAME}"\\s*,\\s*$`), new RegExp(`sys\\.env\\.get\\(\\s*"${NAME}"\\s*\\)\\s*\\.getOrElse\\(\\s*$`)],
  groovy: [new RegExp(`System\\.getenv\\(\\s*${QUOTED_NAME}\\s*\\)\\s*\\?:\\s*$`)],
};

// A fallback to a read of the very variable the secret would move to, of which the secret is not all: part of the
// literal, or a literal with more to its expression (`"…".trim()`). Once the variable is set, the read wins and gives
// the secret alone where the program had the whole fallback.
function changedFallback(job: RewriteJob): RewriteResult | undefined {
  const { text, token, secrets } = job;
  const head = text.slice(Math.max(0, token!.start - 200), token!.start);
  const reads = [...(DEFAULTED[job.dialect.id] ?? []).map((d) => d.before), ...(FALLBACK_READS[job.dialect.id] ?? [])];
  const name = reads.map((read) => read.exec(head)?.groups?.name).find((n) => n !== undefined && secrets.some((s) => s.name === n));
  if (name === undefined || (isWhole(job) && ENDS_OPERAND.test(text.slice(token!.end, token!.end + 200)))) return undefined;
  return refuse(`The literal is the fallback of a read of ${name}, which would then give the secret alone instead of the whole fallback: move the secret by hand.`);
}

// A literal that is the default of a read of the very variable it would move to (`os.getenv("KEY", "…")`,
// `${KEY:-…}`): a second read in its place fails or repeats the first, so the default goes and the read stays.
function droppedDefault(job: RewriteJob): RewriteResult | undefined {
  const { text, token, secrets } = job;
  const span = token ? (isWhole(job) ? token : undefined) : secrets.length === 1 ? secrets[0] : undefined;
  if (!span) return token ? changedFallback(job) : undefined;
  const head = text.slice(Math.max(0, span.start - 200), span.start);
  const next = text.slice(span.end, span.end + 200);
  for (const { before, after, rest } of DEFAULTED[job.dialect.id] ?? []) {
    const read = before.exec(head);
    const tail = after.exec(next);
    if (!read || !tail || read.groups!.name !== secrets[0].name) continue;
    const start = span.start - read.groups!.sep.length;
    return { edits: [replace(start, span.end + tail[0].length, rest ? rest(job, span.start - head.length + read.index) : '')] };
  }
  return token ? changedFallback(job) : undefined;
}

// A statement that puts a literal into the environment. `before` runs from the line's start to the literal, `after`
// from the literal to the line's end, comment and line break included.
interface EnvironmentSetter {
  readonly before: RegExp;
  readonly after: RegExp;
}

const LINE_END = String.raw`[ \t]*(?:(?:#|\/\/).*)?(?:\r?\n|$)`;
const SETTERS: Readonly<Record<string, readonly EnvironmentSetter[]>> = {
  python: [
    { before: new RegExp(`^[ \\t]*os\\.environ\\[\\s*${QUOTED_NAME}\\s*\\][ \\t]*=[ \\t]*$`), after: new RegExp(`^${LINE_END}`) },
    { before: new RegExp(`^[ \\t]*os\\.environ\\.setdefault\\(\\s*${QUOTED_NAME}\\s*,\\s*$`), after: new RegExp(`^\\s*\\)${LINE_END}`) },
  ],
  javascript: [
    { before: new RegExp(`^[ \\t]*process\\.env\\.${NAME}[ \\t]*=[ \\t]*$`), after: new RegExp(`^[ \\t]*;?${LINE_END}`) },
    { before: new RegExp(`^[ \\t]*process\\.env\\[\\s*${QUOTED_NAME}\\s*\\][ \\t]*=[ \\t]*$`), after: new RegExp(`^[ \\t]*;?${LINE_END}`) },
  ],
  ruby: [{ before: new RegExp(`^[ \\t]*ENV\\[\\s*${QUOTED_NAME}\\s*\\][ \\t]*=[ \\t]*$`), after: new RegExp(`^${LINE_END}`) }],
  csharp: [
    { before: new RegExp(`^[ \\t]*(?:System\\.)?Environment\\.SetEnvironmentVariable\\(\\s*"${NAME}"\\s*,\\s*$`), after: new RegExp(`^\\s*\\)\\s*;${LINE_END}`) },
  ],
  php: [{ before: new RegExp(`^[ \\t]*\\$_(?:ENV|SERVER)\\[\\s*${QUOTED_NAME}\\s*\\][ \\t]*=[ \\t]*$`), after: new RegExp(`^[ \\t]*;${LINE_END}`) }],
};

// A Python statement alone in its block (`if not …:` above, nothing indented as deep below) leaves `pass`.
function aloneInPythonBlock(text: string, lineStart: number, lineEnd: number): boolean {
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0].length;
  if (indent === 0) return false;
  const above = text.slice(0, lineStart).replace(/\s+$/, '');
  const below = /^(?:[ \t]*(?:#.*)?\r?\n)*([ \t]*)\S/.exec(text.slice(lineEnd));
  return above.endsWith(':') && (!below || below[1].length < indent);
}

// Code that puts a literal into the environment under the very name it moves to (`os.environ["KEY"] = "…"`,
// `process.env.KEY = "…"`) only supplied what the environment now does. A read in its place would do nothing at
// best, and Node would store the text "undefined" where the variable is unset: the statement goes. Go keeps its
// `os.Setenv` (a read in place of the literal): without it, `os` could be an unused import, which Go rejects.
function droppedSetter(job: RewriteJob): RewriteResult | undefined {
  const { text, token, secrets } = job;
  if (!token || secrets.length !== 1 || !isWhole(job)) return undefined;
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  const head = text.slice(lineStart, token.start);
  const tail = text.slice(token.end, token.end + 200);
  for (const { before, after } of SETTERS[job.dialect.id] ?? []) {
    const set = before.exec(head);
    const rest = after.exec(tail);
    if (!set || !rest || set.groups!.name !== secrets[0].name) continue;
    const lineEnd = token.end + rest[0].length;
    const pass = job.dialect.id === 'python' && aloneInPythonBlock(text, lineStart, lineEnd);
    const indent = /^[ \t]*/.exec(head)![0];
    const eol = /\r?\n$/.exec(rest[0])?.[0] ?? '';
    return {
      edits: [replace(lineStart, lineEnd, pass ? `${indent}pass${eol}` : '')],
      notes: [`Removed the line that set ${secrets[0].name} in the code: the environment supplies it now, so load .env when the program starts or export ${secrets[0].name} where it runs.`],
      notesReplaceDialect: true,
    };
  }
  return undefined;
}

// Languages where `"prefix-" "…"` is one string: an env read put in place of a whole half would not parse
// (a half that keeps some text, rewritten as a concatenation or interpolation, still does).
const JOINS_ADJACENT_STRINGS = new Set(['python', 'c', 'ruby', 'erlang']);

function replacesLiteral(edits: readonly TextEdit[], token: StringToken): boolean {
  return edits.some((edit) => edit.start <= token.start && token.end <= edit.end);
}

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
