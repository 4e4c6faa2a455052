// Which dialect a document gets: by VS Code language id, then by path for files opened without a
// useful one (a compose file opened as YAML, a Dockerfile as plain text).
import { DIALECTS_BY_ID, type Dialect } from './dialects';

const ALIASES: Readonly<Record<string, string>> = {
  typescript: 'javascript',
  javascriptreact: 'javascript',
  typescriptreact: 'javascript',
  vue: 'javascript',
  svelte: 'javascript',
  astro: 'javascript',
  cpp: 'c',
  'objective-c': 'c',
  'objective-cpp': 'c',
  cuda: 'c',
  'cuda-cpp': 'c',
  handlebars: 'html',
  pug: 'plaintext',
  jade: 'plaintext',
  tex: 'latex',
  bibtex: 'plaintext',
  restructuredtext: 'plaintext',
  juliamarkdown: 'markdown',
  'markdown-math': 'markdown',
  wat: 'plaintext',
  diff: 'plaintext',
  'git-commit': 'plaintext',
  'git-rebase': 'plaintext',
  hlsl: 'plaintext',
  shaderlab: 'plaintext',
  'github-actions-workflow': 'yaml',
  json5: 'jsonc',
  snippets: 'jsonc',
  'jsonl': 'json',
  'java-properties': 'properties',
  'spring-boot-properties': 'properties',
  'spring-boot-properties-yaml': 'yaml',
  'docker-compose': 'dockercompose',
  ignore: 'plaintext',
  'env': 'dotenv',
  'properties-env': 'dotenv',
  hcl: 'terraform',
  'terraform-vars': 'terraform',
  'ssh_config': 'plaintext',
  less: 'scss',
  sass: 'scss',
  svg: 'xml',
  xsl: 'xml',
  aspnetcorerazor: 'razor',
  'shell': 'shellscript',
  bash: 'shellscript',
  zsh: 'shellscript',
  ps1: 'powershell',
  rst: 'plaintext',
  log: 'plaintext',
  csv: 'plaintext',
  'pip-requirements': 'plaintext',
  conf: 'ini',
  editorconfig: 'ini',
};

// `.env`, `.env.local`, `.env.example`, `app.env`.
const ENV_FILE = /(?:^|[\\/])\.env(?:\.[^\\/]*)?$|\.env$/i;
const ERB_FILE = /\.erb$/i;
const RAZOR_FILE = /\.(?:cshtml|razor)$/i;
// Files that VS Code may open as plain YAML, Groovy or text but that have rules of their own.
const CONTAINER_FILES: readonly [RegExp, string][] = [
  [/(?:^|[\\/])Jenkinsfile(?:\.[\w-]+)?$|\.jenkinsfile$/i, 'jenkinsfile'],
  [/(?:^|[\\/])(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/i, 'dockercompose'],
  [/(?:^|[\\/])(?:Dockerfile|Containerfile)(?:\.[\w-]+)?$|\.dockerfile$/i, 'dockerfile'],
];
const CONTAINER_LANGUAGES: ReadonlySet<string> = new Set(['', 'yaml', 'plaintext', 'groovy']);

/**
 * Paths that outrank the language id a file is opened under, when it is one of the listed ids: VS Code opens
 * `.env` as properties and `.env.local` as shell, but rewriting a value there as a read of itself would lose it
 * (a language id of code, as for `.env.js`, is believed); it opens ERB templates (`show.html.erb`) as Ruby, though
 * most of one is markup; a Razor page without the C# extension as HTML or plain text; a compose file, Dockerfile
 * or Jenkinsfile as plain YAML, Groovy or text.
 */
const PATH_OVER_LANGUAGE: readonly [RegExp, ReadonlySet<string>, string][] = [
  [ENV_FILE, new Set(['', 'dotenv', 'env', 'properties', 'shellscript', 'plaintext', 'ini']), 'dotenv'],
  [ERB_FILE, new Set(['', 'ruby', 'erb', 'html', 'plaintext']), 'erb'],
  [RAZOR_FILE, new Set(['', 'html', 'plaintext']), 'razor'],
  ...CONTAINER_FILES.map(([pattern, id]): [RegExp, ReadonlySet<string>, string] => [pattern, CONTAINER_LANGUAGES, id]),
];

const BY_PATH: readonly [RegExp, string][] = [
  [ENV_FILE, 'dotenv'],
  ...CONTAINER_FILES,
  [/(?:^|[\\/])(?:GNUmakefile|makefile|Makefile)$|\.mk$/, 'makefile'],
  [/\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i, 'javascript'],
  [/\.pyw?$/i, 'python'],
  [/\.coffee$/i, 'coffeescript'],
  [/\.go$/i, 'go'],
  [/\.clj[sc]?$/i, 'clojure'],
  [/\.[eh]rl$/i, 'erlang'],
  [/\.jl$/i, 'julia'],
  [/\.fs[ix]?$/i, 'fsharp'],
  [/\.java$/i, 'java'],
  [/\.kts?$/i, 'kotlin'],
  [/\.cs$/i, 'csharp'],
  [/\.rb$|(?:^|[\\/])(?:Gemfile|Rakefile)$/i, 'ruby'],
  [/\.php$/i, 'php'],
  [/\.rs$/i, 'rust'],
  [/\.swift$/i, 'swift'],
  [/\.dart$/i, 'dart'],
  [/\.scala$|\.sc$/i, 'scala'],
  [/\.groovy$|\.gradle$/i, 'groovy'],
  [/\.(?:c|h|cc|cpp|cxx|hpp|hh|m|mm)$/i, 'c'],
  [/\.lua$/i, 'lua'],
  [/\.p[lm]$/i, 'perl'],
  [/\.r$/i, 'r'],
  [/\.exs?$/i, 'elixir'],
  [/\.cr$/i, 'crystal'],
  [/\.mli?$/i, 'ocaml'],
  [/\.vb$/i, 'vb'],
  [/\.(?:sh|bash|zsh|ksh)$|(?:^|[\\/])\.(?:bashrc|zshrc|profile|bash_profile)$/i, 'shellscript'],
  [/\.ps[dm]?1$/i, 'powershell'],
  [/\.ya?ml$/i, 'yaml'],
  [/\.jsonc$|(?:^|[\\/])(?:tsconfig|jsconfig)[^\\/]*\.json$|(?:^|[\\/])\.vscode[\\/][^\\/]*\.json$/i, 'jsonc'],
  [/\.json$/i, 'json'],
  [/\.toml$/i, 'toml'],
  [/\.properties$/i, 'properties'],
  [/\.(?:ini|cfg|conf)$|(?:^|[\\/])\.(?:npmrc|pypirc|netrc|gitconfig)$/i, 'ini'],
  [/\.(?:xml|config|csproj|props|targets|xaml|svg|plist)$/i, 'xml'],
  [RAZOR_FILE, 'razor'],
  [/\.html?$/i, 'html'],
  [/\.(?:md|markdown)$/i, 'markdown'],
  [/\.(?:bat|cmd)$/i, 'bat'],
  [/\.sql$/i, 'sql'],
  [/\.(?:tf|tfvars|hcl)$/i, 'terraform'],
  // Code this fix does not rewrite: without these, a stock VS Code opens it as plain text, and a placeholder
  // would be written into a string literal of the program.
  [/\.l?hs$/i, 'haskell'],
  [/\.zig$/i, 'zig'],
  [/\.nims?$/i, 'nim'],
  [/\.css$/i, 'css'],
  [/\.(?:scss|less|sass)$/i, 'scss'],
  [/\.txt$/i, 'plaintext'],
];

/** The dialect for a document: by language id, then by path, else undefined. */
export function dialectFor(languageId: string, path?: string): Dialect | undefined {
  if (path) for (const [pattern, languages, id] of PATH_OVER_LANGUAGE) if (languages.has(languageId) && pattern.test(path)) return DIALECTS_BY_ID.get(id);
  const byId = DIALECTS_BY_ID.get(ALIASES[languageId] ?? languageId);
  if (byId && !(byId.id === 'plaintext' && path)) return byId;
  if (path) for (const [pattern, id] of BY_PATH) if (pattern.test(path)) return DIALECTS_BY_ID.get(id);
  return byId;
}

/** True for the JavaScript family, where build tools may inline env names into client bundles. */
export function isJavaScriptFamily(languageId: string, path?: string): boolean {
  return dialectFor(languageId, path)?.id === 'javascript';
}

/** True for languages whose files may hold JSX. */
export function mayHoldJsx(languageId: string, path?: string): boolean {
  if (languageId === 'typescript' || (path && /\.(?:ts|mts|cts)$/i.test(path) && !languageId)) return false;
  return isJavaScriptFamily(languageId, path);
}
