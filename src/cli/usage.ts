// The help text: the reference for every command, option, file format and exit code.
import { CONFIG_FILE_NAME } from '../engine';
import { DEFAULT_MAX_FILE_SIZE } from './args';
import { DEFAULT_BASELINE_FILE } from './baselineFile';

/** Printed by --help, and after a usage error. */
export const USAGE = `Usage:
  secret-hygiene scan [paths...] [options]       scan files and folders (default: .) for hardcoded secrets
  secret-hygiene baseline create [paths...] [--output FILE] [options]
                                                 accept the current findings: write their fingerprints
  secret-hygiene install-hook [--force] [--baseline FILE]
                                                 add a git pre-commit hook that runs scan --staged
  secret-hygiene uninstall-hook                  remove it, restoring the hook it chained
  secret-hygiene rules                           print the rule catalogue (Markdown)

Folders are walked honouring .gitignore (nested files too). "-" as a path reads standard input,
reported as <stdin>.

Scan options (baseline create takes the same, except --format, --baseline and --no-color):
  --staged               scan what is staged in the git index, not the work tree; paths become
                         pathspecs. .gitignore does not apply (a staged file is committed anyway)
  --format text|json|sarif
                         text: path:line:col  ruleId  message (default); json: an array of findings;
                         sarif: SARIF 2.1.0 for code scanning, with partialFingerprints
  --baseline FILE        skip findings whose fingerprints are in FILE
  --config FILE          repo config (default: ./${CONFIG_FILE_NAME}; with --staged, the one at the
                         top of the work tree)
  --max-file-size BYTES  skip larger files (default: ${DEFAULT_MAX_FILE_SIZE})
  -q, --quiet            print findings only: no summary line
  --no-color             no colours; colour is used only when stdout is a terminal and NO_COLOR is
                         unset (FORCE_COLOR=1 forces it, FORCE_COLOR=0 turns it off)
  -v, --verbose          list skipped (binary and oversized) files
  -o, --output FILE      baseline create: where to write (default: ${DEFAULT_BASELINE_FILE}; - for stdout)
  -h, --help             show this help

Baseline file: {"version": 1, "fingerprints": [{"fingerprint": "<sha256>", "ruleId": "...",
"paths": ["..."]}]}, sorted by path. A fingerprint is the SHA-256 of rule id and secret: it matches
that secret anywhere, whatever its line, and the file never holds a secret or a preview of one.
Only "fingerprint" is read; ruleId and paths tell a reviewer what was accepted.

Hooks: install-hook writes pre-commit in the hooks folder git uses (core.hooksPath is respected).
An existing hook is kept as pre-commit.secret-hygiene-chained and runs first; uninstall-hook puts it
back. The hook runs, in order: the repo's node_modules/.bin/secret-hygiene (so a project that pins
the package uses its version), else this CLI by the absolute path it was installed from, else
secret-hygiene on PATH; if none is found it blocks the commit and says how to fix it. A repo managed
by husky or the pre-commit framework gets instructions instead (--force writes the hook anyway).
--baseline FILE (relative to the top of the work tree) is passed on to the hook's scan.

Exit codes: 0 no findings (or the command succeeded), 1 findings, 2 usage or internal error.
`;
