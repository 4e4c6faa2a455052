// What the engine needs to know about a file's language, from a VS Code language id or a path.

const CONFIG_LANGUAGES = new Set([
  'dotenv', 'properties', 'ini', 'yaml', 'toml', 'shellscript', 'dockerfile', 'makefile', 'plaintext', 'conf',
  'dockercompose', 'nginx', 'apacheconf', 'hcl', 'terraform', 'editorconfig', 'ignore', 'log', 'powershell', 'bat',
]);
const CONFIG_FILE = /(?:^|[\\/])(?:\.env[^\\/]*|[^\\/]*\.(?:env|properties|ini|cfg|conf|config|ya?ml|toml|sh|bash|zsh|txt|tf|tfvars|hcl|ps1|bat|cmd|npmrc|pypirc|netrc)|Dockerfile[^\\/]*|Makefile|\.npmrc|\.pypirc|\.netrc|\.git-credentials)$/i;

/** True for formats where `name = value` holds a literal even without quotes (.env, YAML, shell, INI). */
export function bareValuesAreLiterals(languageId?: string, path?: string): boolean {
  if (languageId && CONFIG_LANGUAGES.has(languageId)) return true;
  return path !== undefined && CONFIG_FILE.test(path);
}
