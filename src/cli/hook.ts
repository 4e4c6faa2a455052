// `install-hook` and `uninstall-hook`: a pre-commit hook that runs `scan --staged`, chaining any hook already there.
import { chmod, lstat, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseHookArgs } from './args';
import { git, GitError, workTreeRoot } from './git';
import { CliError, EXIT, type CliIo } from './io';
import { shownPath } from './sources';
import { USAGE } from './usage';
import { HOMEPAGE, TOOL_NAME, VERSION } from './version';

/** The line that marks a pre-commit hook as ours: only such a hook is updated or removed. */
export const HOOK_MARKER = '# secret-hygiene: pre-commit hook';

/** Where the hook that was there before ours is kept, next to it, and run first. */
export const CHAINED_HOOK = 'pre-commit.secret-hygiene-chained';

// Quotes only what needs it, so the command in the hook and in the instructions reads as typed.
function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The hook script. `self` is the CLI that installs it; `scanArgs` follow `scan --staged`. */
export function hookScript(self: { node: string; script: string } | undefined, scanArgs: readonly string[]): string {
  const slashes = (path: string): string => path.replace(/\\/g, '/');
  const scan = ['scan', '--staged', ...scanArgs.map(shellQuote)].join(' ');
  return `#!/bin/sh
${HOOK_MARKER}
# Written by \`secret-hygiene install-hook\`. \`secret-hygiene uninstall-hook\` removes it and puts back
# the hook it replaced, kept meanwhile as ${CHAINED_HOOK} and run first.

chained="$(dirname "$0")/${CHAINED_HOOK}"
if [ -x "$chained" ]; then
  "$chained" "$@" || exit $?
fi

# git runs hooks at the top of the work tree. Prefer the project's own copy of the CLI (its pinned
# version), then the one that installed this hook, then one on PATH. An absolute node is used when it
# still exists, because GUI git clients often run hooks without the shell's PATH.
node=${shellQuote(slashes(self?.node ?? 'node'))}
[ -x "$node" ] || node=node
cli=${shellQuote(slashes(self?.script ?? ''))}
if [ -f node_modules/secret-hygiene/dist/cli.js ]; then
  exec "$node" node_modules/secret-hygiene/dist/cli.js ${scan}
fi
if [ -n "$cli" ] && [ -f "$cli" ]; then
  exec "$node" "$cli" ${scan}
fi
if command -v secret-hygiene >/dev/null 2>&1; then
  exec secret-hygiene ${scan}
fi
echo "secret-hygiene: the pre-commit hook cannot find the secret-hygiene CLI (it was installed from \${cli:-an unknown place})." >&2
echo "Reinstall the hook with: npx secret-hygiene install-hook   or remove it with: secret-hygiene uninstall-hook" >&2
echo "This commit is blocked; git commit --no-verify skips the hook once." >&2
exit 1
`;
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false);
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    // A dangling symlink is still a hook someone put there: report it as present but not ours.
    if ((error as { code?: string }).code === 'ENOENT') return (await exists(path)) ? '' : undefined;
    throw error;
  }
}

/** The folder git runs hooks from, honouring core.hooksPath, and the top of the work tree. */
export async function hooksFolder(io: CliIo, why: string): Promise<{ top: string; hooks: string }> {
  const top = await workTreeRoot(io, why);
  // Asked from the top: a relative core.hooksPath is relative to where hooks run.
  const path = (await git(['rev-parse', '--git-path', 'hooks'], { cwd: top, env: io.env })).toString('utf8').trim();
  return { top, hooks: resolve(top, path) };
}

async function configured(key: string, io: CliIo, cwd: string): Promise<string | undefined> {
  try {
    return (await git(['config', '--get', key], { cwd, env: io.env })).toString('utf8').trim();
  } catch (error) {
    if (error instanceof GitError) return undefined;
    throw error;
  }
}

/** Hook managers that own the pre-commit hook in this repo, with what to add to each instead. */
async function hookManagers(top: string, io: CliIo, scanArgs: readonly string[]): Promise<string[]> {
  const advice: string[] = [];
  const hooksPath = await configured('core.hooksPath', io, top);
  const command = ['npx --no-install secret-hygiene scan --staged', ...scanArgs.map(shellQuote)].join(' ');
  if ((await exists(join(top, '.husky'))) || hooksPath?.includes('husky')) {
    advice.push(`This repository's hooks are run by husky. Add this line to .husky/pre-commit:\n\n  ${command}\n`);
  }
  if (await exists(join(top, '.pre-commit-config.yaml'))) {
    advice.push(
      'This repository uses the pre-commit framework. Add this under "repos:" in .pre-commit-config.yaml,\n' +
        `then run \`pre-commit install\`:\n\n  - repo: ${HOMEPAGE}\n    rev: v${VERSION}\n    hooks:\n      - id: ${TOOL_NAME}\n`,
    );
  }
  return advice;
}

/** `secret-hygiene install-hook`: writes or updates the hook; never overwrites a hook that is not ours. */
export async function installHookCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseHookArgs(args, true);
  if (options.help) {
    io.stdout(USAGE);
    return EXIT.clean;
  }
  const { top, hooks } = await hooksFolder(io, 'install-hook');
  const scanArgs: string[] = [];
  if (options.baseline !== undefined) {
    const baseline = resolve(io.cwd, options.baseline);
    if (!(await exists(baseline))) throw new CliError(`no such baseline file: ${options.baseline}`);
    scanArgs.push('--baseline', relative(top, baseline).split('\\').join('/'));
  }
  const target = join(hooks, 'pre-commit');
  const chained = join(hooks, CHAINED_HOOK);
  const advice = options.force ? [] : await hookManagers(top, io, scanArgs);
  if (advice.length) {
    io.stdout(`${advice.join('\n')}\nNo hook was written. To write ${shownPath(io.cwd, target)} anyway: secret-hygiene install-hook --force\n`);
    return EXIT.clean;
  }

  const existing = await readIfExists(target);
  const ours = existing?.includes(HOOK_MARKER) ?? false;
  if (existing !== undefined && !ours) {
    if (await exists(chained)) {
      throw new CliError(`${shownPath(io.cwd, target)} is not ours, and ${shownPath(io.cwd, chained)} already exists; move one of them away and try again`);
    }
    await rename(target, chained);
  }
  await mkdir(hooks, { recursive: true });
  await writeFile(target, hookScript(io.self, scanArgs), { mode: 0o755 });
  // writeFile's mode is filtered by the umask and ignored for an existing file.
  await chmod(target, 0o755);
  const verb = ours ? 'updated' : 'installed';
  io.stdout(`secret-hygiene: ${verb} the pre-commit hook at ${shownPath(io.cwd, target)}\n`);
  if (existing !== undefined && !ours) io.stdout(`secret-hygiene: the hook that was there runs first, from ${shownPath(io.cwd, chained)}\n`);
  return EXIT.clean;
}

/** `secret-hygiene uninstall-hook`: removes our hook and moves the chained one back, leaving the folder as it was. */
export async function uninstallHookCommand(args: readonly string[], io: CliIo): Promise<number> {
  if (parseHookArgs(args, false).help) {
    io.stdout(USAGE);
    return EXIT.clean;
  }
  const { hooks } = await hooksFolder(io, 'uninstall-hook');
  const target = join(hooks, 'pre-commit');
  const chained = join(hooks, CHAINED_HOOK);
  const existing = await readIfExists(target);
  if (existing !== undefined && !existing.includes(HOOK_MARKER)) {
    io.stdout(`secret-hygiene: ${shownPath(io.cwd, target)} was not written by secret-hygiene; left as it is\n`);
    return EXIT.clean;
  }
  if (existing !== undefined) await unlink(target);
  if (await exists(chained)) {
    await rename(chained, target);
    io.stdout(`secret-hygiene: removed the pre-commit hook and restored the previous one at ${shownPath(io.cwd, target)}\n`);
  } else {
    io.stdout(existing === undefined ? 'secret-hygiene: no pre-commit hook was installed\n' : `secret-hygiene: removed the pre-commit hook at ${shownPath(io.cwd, target)}\n`);
  }
  return EXIT.clean;
}
