// What the engine needs to know about a file's language, from a VS Code language id or a path.

const CONFIG_LANGUAGES = new Set([
  'dotenv', 'properties', 'ini', 'yaml', 'toml', 'shellscript', 'dockerfile', 'makefile', 'plaintext', 'conf',
  'dockercompose', 'nginx', 'apacheconf', 'hcl', 'terraform', 'editorconfig', 'ignore', 'log', 'powershell', 'bat',
]);
const CONFIG_FILE = /(?:^|[\\/])(?:\.env[^\\/]*|[^\\/]*\.(?:env|properties|ini|cfg|conf|config|ya?ml|toml|sh|bash|zsh|txt|tf|tfvars|hcl|ps1|bat|cmd|npmrc|pypirc|netrc)|Dockerfile[^\\/]*|Makefile|\.npmrc|\.pypirc|\.netrc|\.git-credentials)$/i;

// Source files that a VS Code without the language's extension opens as plain text (Kotlin, Scala, Elixir,
// Haskell, ...): their bare values are still code.
const CODE_FILE = /\.(?:kts?|scala|sc|groovy|gradle|exs?|erl|hrl|hs|ml|mli|fs|fsx|nim|zig|jl|clj[sc]?|dart|lua|pl|pm|r|swift|rs|go|java|cs|vb|rb|php|py|[cm]?[jt]sx?|c|h|cc|cpp|hpp|m|mm|coffee|vue|svelte|astro|sol|cr)$/i;

/** True for formats where `name = value` holds a literal even without quotes (.env, YAML, shell, INI). */
export function bareValuesAreLiterals(languageId?: string, path?: string): boolean {
  if (languageId === 'plaintext' && path !== undefined && CODE_FILE.test(path)) return false;
  if (languageId && CONFIG_LANGUAGES.has(languageId)) return true;
  return path !== undefined && CONFIG_FILE.test(path);
}
