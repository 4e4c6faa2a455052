// Inline directives that silence a finding: ours, and the pragmas of the scanners people migrate from.

/** The directive this project writes into code to accept a line. */
export const ALLOW_DIRECTIVE = 'secret-hygiene:allow';

// Directives that accept the line they are on. Case-insensitive; comment syntax does not matter.
const SAME_LINE = /secret-hygiene:allow|gitleaks:allow|pragma:\s*allowlist\s+secret|ggignore|secretlint-disable-line|trufflehog:ignore/i;
// Directives that accept the next line, when they sit on a line of their own.
const NEXT_LINE = /secret-hygiene:allow|secretlint-disable-next-line|pragma:\s*allowlist\s+nextline\s+secret|gitleaks:allow|ggignore|trufflehog:ignore/i;
// A line that is only a comment, in any common syntax.
const COMMENT_ONLY = /^\s*(?:\/\/|#|\/\*|\*|<!--|--|;|%|'|REM\b|\{-|\(\*)/i;

/** True when `line` opens with a comment, in any common syntax. */
export function opensWithComment(line: string): boolean {
  return COMMENT_ONLY.test(line);
}

/** True when `line` is accepted by a directive on itself or on the comment line just above it. */
export function isSuppressed(line: string, previousLine: string | undefined): boolean {
  if (SAME_LINE.test(line)) return true;
  return previousLine !== undefined && opensWithComment(previousLine) && NEXT_LINE.test(previousLine);
}
