// Rewriting text that a tool expands `${NAME}` in: shell, Dockerfile, YAML, Compose, PowerShell,
// make and batch. Quoting matters here: single quotes stop expansion, so they are split or replaced.
import { linePrefix } from './context';
import { erbRead, type CodeIslands } from './dialects';
import { decode } from './escapes';
import { detectEol } from './text';
import type { TextEdit } from './types';
import { holes, insert, isWhole, refuse, replace, replaceSecrets, textRegions, type RewriteJob, type RewriteResult, type Secret } from './literal';

function shellLike(job: RewriteJob, bareRead: (name: string) => string): RewriteResult {
  const { text } = job;
  const t = job.token;
  const ref = (s: Secret) => `\${${s.name}}`;
  if (!t) return { edits: replaceSecrets(job, (s) => bareRead(s.name)) };
  switch (t.form.kind) {
    case 'double':
      return { edits: holes(job, ref) };
    case 'heredoc':
      return t.expands ? { edits: holes(job, ref) } : refuse("The heredoc is quoted (<<'EOF'), so it cannot expand a variable: unquote its delimiter first.");
    case 'single':
    case 'ansi': {
      if (isWhole(job)) return { edits: [replace(t.start, t.end, `"${ref(job.secrets[0])}"`)] };
      const regions = textRegions(job).map(([a, b]) => text.slice(a, b));
      if (t.form.kind === 'single' && regions.every((r) => !/[$`"\\!]/.test(r))) {
        return { edits: [replace(t.start, t.contentStart, '"'), replace(t.contentEnd, t.end, '"'), ...holes(job, ref)] };
      }
      // Adjacent quoted parts form one word: 'before'"${NAME}"'after'.
      let out = '';
      let at = t.contentStart;
      const piece = (a: number, b: number) => (b > a ? `${t.prefix}'${text.slice(a, b)}'` : '');
      for (const s of job.secrets) {
        out += piece(at, s.start) + `"${ref(s)}"`;
        at = s.end;
      }
      out += piece(at, t.contentEnd);
      return { edits: [replace(t.start, t.end, out)] };
    }
    default:
      return refuse('The secret is in a form of string this fix does not rewrite.');
  }
}

function dockerfile(job: RewriteJob): RewriteResult {
  const { text } = job;
  const first = job.secrets[0];
  // The instruction may be continued over lines with a trailing backslash.
  let lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  while (lineStart > 0 && /\\[ \t]*\r?$/.test(text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1))) {
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  }
  const result = shellLike(job, (name) => `"\${${name}}"`);
  if ('refusal' in result) return result;
  const stageStart = Math.max(0, ...[...text.slice(0, lineStart).matchAll(/^[ \t]*FROM\b/gim)].map((m) => m.index ?? 0));
  const declared = new Set([...text.slice(stageStart, lineStart).matchAll(/^[ \t]*ARG\s+([A-Za-z_]\w*)/gim)].map((m) => m[1]));
  const eol = detectEol(text);
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const args = [...new Set(job.secrets.map((s) => s.name))].filter((name) => !declared.has(name)).map((name) => `${indent}ARG ${name}${eol}`);
  return { edits: [...(args.length ? [insert(lineStart, args.join(''))] : []), ...result.edits] };
}

function isWholeValue(job: RewriteJob): boolean {
  if (job.token) return isWhole(job);
  const s = job.secrets[0];
  return /^\s*$/.test(job.text.slice(s.end, (job.text.indexOf('\n', s.end) + 1 || job.text.length + 1) - 1));
}

// A Kubernetes manifest: Kubernetes never expands `${NAME}` in it.
const MANIFEST = /^apiVersion:[ \t]*\S/m;
const MANIFEST_KIND = /^kind:[ \t]*\S/m;

// A container's env item (`- name: API_KEY` then `value: …`): the value moves to a Secret that the pod
// reads with secretKeyRef, named after the manifest's workload.
function kubernetesEnvItem(job: RewriteJob): RewriteResult | undefined {
  const { text } = job;
  if (!MANIFEST.test(text) || !MANIFEST_KIND.test(text) || job.secrets.length !== 1) return undefined;
  const span = job.token ?? job.secrets[0];
  if (job.token ? !isWhole(job) : !isWholeValue(job)) return undefined;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const key = /^([ \t]*(?:-[ \t]+)?)value:[ \t]*$/.exec(text.slice(lineStart, span.start));
  const previous = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(lineStart - 1, 0));
  if (!key || !/^[ \t]*(?:-[ \t]+)?name:[ \t]*\S/.test(previous)) return undefined;
  const workload = /^metadata:[ \t]*\r?\n(?:[ \t]+.*\r?\n)*?[ \t]+name:[ \t]*["']?([a-z0-9][a-z0-9.-]*)/m.exec(text)?.[1] ?? 'app';
  const secretName = `${workload}-env`;
  const eol = detectEol(text);
  const indent = ' '.repeat(key[1].length);
  const name = job.secrets[0].name;
  const block = `valueFrom:${eol}${indent}  secretKeyRef:${eol}${indent}    name: ${secretName}${eol}${indent}    key: ${name}`;
  return {
    edits: [replace(lineStart + key[1].length, span.end, block)],
    notesReplaceDialect: true,
    notes: [`Kubernetes does not read .env: create the Secret ${secretName} from it (\`kubectl create secret generic ${secretName} --from-env-file=.env\`, or your secret manager) before applying the manifest; the container reads ${name} from it.`],
  };
}

// An unclosed GitHub Actions expression before the secret: `${{ secrets.API_KEY || '…`.
const EXPRESSION_OPEN = /\$\{\{(?:(?!\}\}).)*$/;

// A fallback for the very secret the value moves to (`secrets.API_KEY || '…'`) goes; any other literal becomes its secret.
function expressionEdit(text: string, s: Secret): TextEdit {
  const fallback = /[ \t]*\|\|[ \t]*$/.exec(text.slice(Math.max(0, s.start - 200), s.start - 1));
  const primary = fallback && new RegExp(`\\bsecrets\\.${s.name}$`).test(text.slice(Math.max(0, s.start - 300), s.start - 1 - fallback[0].length));
  return primary ? replace(s.start - 1 - fallback[0].length, s.end + 1, '') : replace(s.start - 1, s.end + 1, `secrets.${s.name}`);
}

// An ERB tag: Rails runs its YAML config (database.yml, storage.yml) through ERB before YAML reads it.
const ERB_TAG = /<%[=-]?\s/;

function yaml(job: RewriteJob): RewriteResult {
  const kubernetes = kubernetesEnvItem(job);
  if (kubernetes) return kubernetes;
  const { text, path } = job;
  const workflow = !!path && /(?:^|[\\/])\.github[\\/]workflows[\\/][^\\/]+\.ya?ml$/i.test(path);
  // Where ERB runs first, `${NAME}` would reach the program as it is written; an ERB read is what Rails expects.
  const erb = !workflow && ERB_TAG.test(text);
  const ref = (s: Secret) => (workflow ? `\${{ secrets.${s.name} }}` : erb ? erbRead(s.name) : `\${${s.name}}`);
  const names = [...new Set(job.secrets.map((s) => s.name))].join(', ');
  const notes = workflow
    ? [`Add ${names} to the repository's Actions secrets (Settings › Secrets and variables › Actions); the .env copy is for running locally.`]
    : erb
      ? [`This file already holds ERB tags, so it is read through ERB (as Rails reads its config): it now reads ${names} with ENV.fetch, which raises KeyError when it is unset. Load .env in development (the dotenv-rails gem) and set ${names} where the app runs.`]
      : [];
  // A workflow reads `${{ secrets.X }}`, which the YAML note about `${X}` substitution does not describe.
  const notesReplaceDialect = erb || workflow || undefined;
  if (EXPRESSION_OPEN.test(linePrefix(text, job.secrets[0].start))) {
    if (!workflow) return refuse('The value is inside a ${{ … }} expression, which only GitHub Actions workflows evaluate: move it by hand.');
    // The expression language quotes strings in single quotes only; the literal gives way to the secret itself.
    if (!job.secrets.every((s) => text[s.start - 1] === "'" && text[s.end] === "'")) return refuse('The secret is part of a longer string in a GitHub Actions expression: move it by hand.');
    return { edits: job.secrets.map((s) => expressionEdit(text, s)), notes, notesReplaceDialect };
  }
  if (!job.token) {
    // Inside [ ] or { }, a plain scalar may not hold braces: the reference is quoted, which works
    // only when the secret is the whole scalar.
    const s = job.secrets[0];
    const flow = /[[{]/.test(linePrefix(text, s.start).replace(/"[^"]*"|'[^']*'/g, ''));
    if (flow) {
      const wholeScalar = /[[{,:]\s*$/.test(text.slice(Math.max(0, s.start - 200), s.start)) && /^\s*[,\]}]/.test(text.slice(s.end));
      if (!wholeScalar) return refuse('The value is part of a plain scalar inside a YAML flow collection; quote the scalar first.');
    }
    return { edits: replaceSecrets(job, (secret) => (flow ? `"${ref(secret)}"` : ref(secret))), notes, notesReplaceDialect };
  }
  return { edits: holes(job, ref), notes, notesReplaceDialect };
}

/** The edits for a job in a substituting format. */
export function substitute(job: RewriteJob): RewriteResult {
  if (job.dialect.code) return template(job, job.dialect.code);
  switch (job.dialect.id) {
    case 'shellscript':
      return shellLike(job, (name) => `"\${${name}}"`);
    case 'dockerfile':
      return dockerfile(job);
    case 'yaml':
    case 'dockercompose':
      return yaml(job);
    case 'powershell':
      return powershell(job);
    default:
      return { edits: replaceSecrets(job, (s) => job.dialect.read(s.name)) };
  }
}

// A template's text is printed, so the read is its output expression. A secret in the template's code is
// given to that language's rewriter when every secret is there (see index.ts); a mix is refused.
function template(job: RewriteJob, code: CodeIslands): RewriteResult {
  if (job.secrets.some((s) => code.contains(job.text, s.start))) return refuse(`The secret is inside ${code.label}, among others in the template text: move it on its own.`);
  return { edits: replaceSecrets(job, (s) => job.dialect.read(s.name)) };
}

function powershell(job: RewriteJob): RewriteResult {
  const { text } = job;
  const t = job.token;
  if (!t) {
    if (!isWholeValue(job) && !/^[\s;|)]/.test(text.slice(job.secrets[0].end, job.secrets[0].end + 1))) return refuse('The secret is part of a bare word; quote the word first.');
    return { edits: replaceSecrets(job, (s) => `$env:${s.name}`) };
  }
  if (isWhole(job)) return { edits: [replace(t.start, t.end, `$env:${job.secrets[0].name}`)] };
  const ref = (s: Secret) => `\${env:${s.name}}`;
  if (t.form.kind === 'double' || t.form.kind === 'here-double') return { edits: holes(job, ref) };
  if (t.form.kind === 'here-single') return refuse('Only part of a literal here-string is the secret; make it an expandable here-string (@"…"@) first.');
  let out = '"';
  let at = t.contentStart;
  const encode = (source: string) => decode(source, 'single-doubled')!.replace(/[`$"]/g, '`$&');
  for (const s of job.secrets) {
    out += encode(text.slice(at, s.start)) + ref(s);
    at = s.end;
  }
  return { edits: [replace(t.start, t.end, `${out}${encode(text.slice(at, t.contentEnd))}"`)] };
}
