// Writes a small workspace of source files holding freshly generated fake keys, for the demo and screenshots.
// Keys are made at run time (with valid checksums where the format has one), so none is ever committed.
import { randomInt } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const pick = (chars, n) => Array.from({ length: n }, () => chars[randomInt(chars.length)]).join('');

function base62(value, width) {
  let out = '';
  for (let rest = value; rest > 0; rest = Math.floor(rest / 62)) out = BASE62[rest % 62] + out;
  return out.padStart(width, '0');
}

/** A GitHub-style token with a valid CRC-32 checksum. */
function github(prefix) {
  const body = pick(ALNUM, 30);
  return prefix + body + base62(crc32(body), 6);
}

/** Files of the sample workspace, keyed by relative path. */
export function sampleFiles() {
  const openai = ['sk', 'proj', pick(ALNUM + '_-', 74) + 'T3Blbk' + 'FJ' + pick(ALNUM + '_-', 74)].join('-');
  const anthropic = ['sk', 'ant', 'api03', pick(ALNUM + '_-', 93) + 'AA'].join('-');
  const awsId = 'AK' + 'IA' + pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
  const awsSecret = pick(ALNUM + '/+', 40);
  const stripe = ['sk', 'live', pick(ALNUM, 24)].join('_');
  return {
    'app.py': `"""A tiny service that calls an LLM."""\nfrom openai import OpenAI\n\nclient = OpenAI(api_key="${openai}")\n`,
    'src/github.ts': `import { Octokit } from '@octokit/rest';\n\nconst githubToken = "${github('gh' + 'p_')}";\nexport const octokit = new Octokit({ auth: githubToken });\n`,
    'src/claude.js': `const anthropicKey = '${anthropic}';\nmodule.exports = { anthropicKey };\n`,
    'deploy/main.go': `package main\n\nimport "fmt"\n\nconst awsAccessKeyID = "${awsId}"\nconst awsSecretAccessKey = "${awsSecret}"\n\nfunc main() { fmt.Println(awsAccessKeyID) }\n`,
    'config/settings.yaml': `database:\n  host: db.internal\n  password: ${pick(ALNUM, 20)}\npayments:\n  stripe_key: ${stripe}\n`,
    '.env': `# local only\nDATABASE_URL=postgres://app:${pick(ALNUM, 18)}@localhost:5432/app\nSTRIPE_API_KEY="${stripe}"\n# OLD_STRIPE_API_KEY=${['sk', 'live', pick(ALNUM, 24)].join('_')}\nDEBUG=true\n`,
    'README.md': '# Sample workspace\n\nEvery key here was generated when this folder was made. None of them is real.\n',
  };
}

/** Writes the sample into `dir`, replacing what was there. */
export function makeSample(dir) {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(sampleFiles())) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const dir = resolve(process.argv[2] ?? '.vscode-test/sample');
  makeSample(dir);
  console.log(`sample workspace with generated keys: ${dir}`);
}
