import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

describe('architecture boundaries', () => {
  it('keeps the engine pure: no vscode, no node:*, nothing outside src/engine', () => {
    for (const file of sources('src/engine')) {
      for (const spec of imports(file)) {
        assert.ok(spec.startsWith('.'), `${file} imports ${spec}`);
        assert.ok(join(file, '..', spec).replace(/\\/g, '/').startsWith('src/engine'), `${file} reaches outside the engine with ${spec}`);
      }
    }
  });

  it('lets only src/extension import vscode', () => {
    for (const dir of ['src/engine', 'src/cli', 'src/common']) {
      for (const file of sources(dir)) assert.ok(!imports(file).includes('vscode'), `${file} imports vscode`);
    }
  });

  it('keeps the CLI on the engine, shared helpers and node:* only', () => {
    for (const file of sources('src/cli')) {
      for (const spec of imports(file)) {
        const ok = spec.startsWith('node:') || spec.startsWith('.') && !spec.includes('extension');
        assert.ok(ok, `${file} imports ${spec}`);
      }
    }
  });
});
