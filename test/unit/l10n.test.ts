import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';

const REGENERATE = 'run "npm run l10n" to regenerate l10n/bundle.l10n.json';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function isVscodeL10nT(callee: ts.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 't' &&
    ts.isPropertyAccessExpression(callee.expression) &&
    callee.expression.name.text === 'l10n' &&
    ts.isIdentifier(callee.expression.expression) &&
    callee.expression.expression.text === 'vscode'
  );
}

function literalText(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  const found = object.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name);
  return found?.initializer;
}

// The key VS Code looks a message up by: the message itself, or `message/comment` when the call
// carries a translator comment ({ message, comment }).
function bundleKey(argument: ts.Expression | undefined): string | undefined {
  const text = literalText(argument);
  if (text !== undefined || !argument || !ts.isObjectLiteralExpression(argument)) return text;
  const message = literalText(property(argument, 'message'));
  const comment = property(argument, 'comment');
  if (message === undefined) return undefined;
  if (comment === undefined) return message;
  const parts = ts.isArrayLiteralExpression(comment) ? comment.elements.map(literalText) : [literalText(comment)];
  return parts.every((part) => part !== undefined) ? `${message}/${parts.join('')}` : undefined;
}

interface L10nCalls {
  readonly keys: Set<string>;
  /** Calls whose message is not a literal, which the export cannot see. */
  readonly unreadable: string[];
}

function l10nCalls(dir: string): L10nCalls {
  const keys = new Set<string>();
  const unreadable: string[] = [];
  for (const path of sources(dir)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isVscodeL10nT(node.expression)) {
        const key = bundleKey(node.arguments[0]);
        if (key === undefined) unreadable.push(`${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 80)}`);
        else keys.add(key);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { keys, unreadable };
}

// Manifest fields VS Code shows to people; each must be a %key% so it can be translated.
const DISPLAY_FIELDS = new Set([
  'displayName',
  'title',
  'shortTitle',
  'category',
  'description',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'deprecationMessage',
  'markdownDeprecationMessage',
  'contextualTitle',
  'label',
]);

function literalDisplayStrings(value: unknown, path: string, field?: string): string[] {
  if (typeof value === 'string') return field && DISPLAY_FIELDS.has(field) && !/^%[^%]+%$/.test(value) ? [`${path}: ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => literalDisplayStrings(item, `${path}[${index}]`, field));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => literalDisplayStrings(item, `${path}.${key}`, key));
  return [];
}

function nlsReferences(value: unknown): string[] {
  if (typeof value === 'string') return /^%([^%]+)%$/.exec(value)?.slice(1) ?? [];
  if (Array.isArray(value)) return value.flatMap(nlsReferences);
  if (value && typeof value === 'object') return Object.values(value).flatMap(nlsReferences);
  return [];
}

describe('localisation', () => {
  const calls = l10nCalls('src/extension');
  const bundle = readJson('l10n/bundle.l10n.json');
  const manifest = readJson('package.json');
  const nls = readJson('package.nls.json');

  it('passes every vscode.l10n.t call a literal message, which the bundle export can read', () => {
    assert.deepEqual(calls.unreadable, [], 'use a literal message with {0} placeholders and pass the values as arguments');
    assert.ok(calls.keys.size > 100, `only ${calls.keys.size} messages found: is src/extension still localised?`);
  });

  it('has exactly the messages of src/extension in l10n/bundle.l10n.json', () => {
    const missing = [...calls.keys].filter((key) => !Object.hasOwn(bundle, key));
    const stale = Object.keys(bundle).filter((key) => !calls.keys.has(key));
    assert.deepEqual(missing, [], `messages missing from the bundle; ${REGENERATE}`);
    assert.deepEqual(stale, [], `messages the code no longer uses; ${REGENERATE}`);
  });

  it('resolves every %key% of package.json from package.nls.json, and uses every key there', () => {
    const referenced = new Set(nlsReferences(manifest));
    assert.deepEqual([...referenced].filter((key) => typeof nls[key] !== 'string'), [], 'keys package.nls.json lacks');
    assert.deepEqual(Object.keys(nls).filter((key) => !referenced.has(key)), [], 'keys package.json never uses');
  });

  it('keeps every display string of the manifest in package.nls.json', () => {
    const { contributes, capabilities, displayName, description } = manifest;
    const literal = [
      ...literalDisplayStrings({ displayName, description }, 'package.json'),
      ...literalDisplayStrings(capabilities, 'package.json.capabilities'),
      ...literalDisplayStrings(contributes, 'package.json.contributes'),
    ];
    assert.deepEqual(literal, [], 'replace each with a %key% defined in package.nls.json');
  });
});
