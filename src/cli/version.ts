// The CLI's identity, as SARIF and the hook instructions report it; the version comes from package.json at build time.

// A static require of the manifest: esbuild inlines it, so the bin needs no package.json beside it at run time.
const manifest = require('../../package.json') as { readonly version: string };

/** The tool name, as on npm and in SARIF's `tool.driver.name`. */
export const TOOL_NAME = 'secret-hygiene';

/** The package version. */
export const VERSION: string = manifest.version;

/** The project's home. */
export const HOMEPAGE = 'https://github.com/secret-hygiene/secret-hygiene';

/** Where a rule is documented: one anchor per rule id. */
export function ruleHelpUri(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/docs/RULES.md#${ruleId}`;
}
