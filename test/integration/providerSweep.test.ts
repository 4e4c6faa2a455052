// Random keys of many providers in many languages, as a user pastes them: each is underlined at exactly its
// own range with a redacted message, and in each language one of them is moved to .env by the preferred fix.
import * as assert from 'node:assert/strict';
import * as dotenv from 'dotenv';
import * as vscode from 'vscode';
import { alnum, b64url, charset, checksummedToken, hex, join, randomString, reseed } from '../unit/support/fake';
import { actionsFor, apply, disk, preferred } from './support/fixes';
import { activate, closeAll, diagnosticsWhen, removeFile, writeFile } from './support/host';

// Built at run time from split prefixes, so this file holds no key.
const PROVIDERS: readonly (readonly [string, () => string])[] = [
  ['openai', () => join('sk-', 'proj-', b64url(74), 'T3Blbk', 'FJ', b64url(74))],
  ['anthropic', () => join('sk-', 'ant-', 'api03-', b64url(93), 'AA')],
  ['github', () => checksummedToken(join('gh', 'p_'))],
  ['stripe', () => join('sk', '_live_', alnum(99))],
  ['slack', () => join('xo', 'xb-', randomString(charset.digits, 12), '-', randomString(charset.digits, 13), '-', alnum(24))],
  ['google', () => join('AI', 'za', b64url(35))],
  ['groq', () => join('gsk', '_', alnum(52))],
  ['huggingface', () => join('hf', '_', randomString(charset.lower + charset.upper, 34))],
  ['gitlab', () => join('gl', 'pat-', b64url(20))],
  ['sendgrid', () => join('S', 'G.', b64url(22), '.', b64url(43))],
  ['xai', () => join('xa', 'i-', alnum(80))],
  ['perplexity', () => join('pp', 'lx-', alnum(48))],
  ['openrouter', () => join('sk-', 'or-', 'v1-', hex(64))],
  ['digitalocean', () => join('dop', '_v1_', hex(64))],
  // No provider: only the name says it is a key.
  ['generic', () => alnum(28) + '9Q'],
];

interface Language {
  readonly name: string;
  /** The file's name: its extension (or its whole name) decides the language VS Code opens it as. */
  readonly file: string;
  readonly source: (key: string) => string;
  /** What the code reads instead after the fix. */
  readonly read: RegExp;
}

const LANGUAGES: readonly Language[] = [
  { name: 'JavaScript', file: 'app.js', source: (k) => `const serviceApiKey = "${k}";\n`, read: /process\.env\.[A-Z_0-9]+/ },
  { name: 'TypeScript', file: 'app.ts', source: (k) => `export const serviceApiKey: string = '${k}';\n`, read: /process\.env\.[A-Z_0-9]+!/ },
  { name: 'a JSX attribute', file: 'view.tsx', source: (k) => `export const C = () => <Map apiKey="${k}" />;\n`, read: /\{process\.env\.[A-Z_0-9]+\}/ },
  { name: 'Python', file: 'app.py', source: (k) => `import requests\n\napi_key = "${k}"\n`, read: /os\.environ\["[A-Z_0-9]+"\]/ },
  { name: 'Go', file: 'main.go', source: (k) => `package main\n\nconst apiKey = "${k}"\n`, read: /os\.Getenv\("[A-Z_0-9]+"\)/ },
  { name: 'Java', file: 'App.java', source: (k) => `public class App {\n  private static final String API_KEY = "${k}";\n}\n`, read: /System\.getenv\("[A-Z_0-9]+"\)/ },
  { name: 'Kotlin, opened as plain text', file: 'App.kt', source: (k) => `val apiKey = "${k}"\n`, read: /System\.getenv\("[A-Z_0-9]+"\)/ },
  { name: 'C#', file: 'App.cs', source: (k) => `class App { static string apiKey = "${k}"; }\n`, read: /Environment\.GetEnvironmentVariable\("[A-Z_0-9]+"\)/ },
  { name: 'Ruby', file: 'app.rb', source: (k) => `API_KEY = '${k}'\n`, read: /ENV\.fetch\("[A-Z_0-9]+"\)/ },
  { name: 'PHP', file: 'app.php', source: (k) => `<?php\n$apiKey = "${k}";\n`, read: /getenv\('[A-Z_0-9]+'\)/ },
  { name: 'Rust', file: 'main.rs', source: (k) => `fn main() {\n    let api_key = "${k}";\n}\n`, read: /std::env::var\("[A-Z_0-9]+"\)/ },
  { name: 'Swift', file: 'main.swift', source: (k) => `let apiKey = "${k}"\n`, read: /ProcessInfo\.processInfo\.environment\["[A-Z_0-9]+"\]/ },
  { name: 'Dart', file: 'main.dart', source: (k) => `const apiKey = '${k}';\n`, read: /^import 'dart:io';\n\nfinal apiKey = Platform\.environment\['[A-Z_0-9]+'\]!;/ },
  { name: 'Lua', file: 'app.lua', source: (k) => `local api_key = "${k}"\n`, read: /os\.getenv\("[A-Z_0-9]+"\)/ },
  { name: 'Scala, opened as plain text', file: 'App.scala', source: (k) => `val apiKey = "${k}"\n`, read: /sys\.env\("[A-Z_0-9]+"\)/ },
  { name: 'C', file: 'main.c', source: (k) => `#include <stdio.h>\nint main(void) {\n  const char *api_key = "${k}";\n  return 0;\n}\n`, read: /getenv\("[A-Z_0-9]+"\)/ },
  { name: 'shell', file: 'deploy.sh', source: (k) => `#!/bin/bash\nexport API_KEY="${k}"\n`, read: /"\$\{?[A-Z_0-9]+\}?"/ },
  { name: 'PowerShell', file: 'deploy.ps1', source: (k) => `$apiKey = "${k}"\n`, read: /\$env:[A-Z_0-9]+/ },
  { name: 'a Dockerfile', file: 'Dockerfile', source: (k) => `FROM node:20\nENV API_KEY=${k}\n`, read: /ARG [A-Z_0-9]+/ },
  { name: 'a Razor code block', file: 'Map.cshtml', source: (k) => `<h1>Map</h1>\n@{\n    var apiKey = "${k}";\n}\n<div data-key="@apiKey"></div>\n`, read: /Environment\.GetEnvironmentVariable\("[A-Z_0-9]+"\)/ },
  { name: 'YAML', file: 'config.yaml', source: (k) => `service:\n  api_key: ${k}\n`, read: /\$\{[A-Z_0-9]+\}/ },
  { name: 'JSON', file: 'config.json', source: (k) => `{\n  "apiKey": "${k}"\n}\n`, read: /\$\{[A-Z_0-9]+\}/ },
  { name: 'TOML, opened as plain text', file: 'config.toml', source: (k) => `[service]\napi_key = "${k}"\n`, read: /\$\{[A-Z_0-9]+\}/ },
  { name: 'properties', file: 'app.properties', source: (k) => `service.api.key=${k}\n`, read: /\$\{[A-Z_0-9]+\}/ },
  { name: 'Terraform, opened as plain text', file: 'main.tf', source: (k) => `provider "svc" {\n  api_key = "${k}"\n}\n`, read: /var\.[a-z_0-9]+/ },
];

// A key only its name identifies (a Mistral key is 32 random letters and digits), written the ways code holds a
// value besides a plain assignment: in a list, in wrapping calls, in an XML element, as a workflow's fallback,
// on the line after its `=`, and as an option's default.
const HOLDERS: readonly Language[] = [
  { name: 'a Python list', file: 'keys.py', source: (k) => `MISTRAL_API_KEYS = ["${k}"]\n`, read: /= \[os\.environ\["[A-Z_0-9]+"\]\]/ },
  { name: 'a Rust Option built with into()', file: 'config.rs', source: (k) => `fn config() -> Config {\n    Config { mistral_api_key: Some("${k}".into()) }\n}\n`, read: /Some\(std::env::var\("[A-Z_0-9]+"\)/ },
  { name: 'an XML element', file: 'settings.xml', source: (k) => `<settings>\n  <mistralApiKey>${k}</mistralApiKey>\n</settings>\n`, read: /<mistralApiKey>\$\{[A-Z_0-9]+\}<\/mistralApiKey>/ },
  { name: "a workflow expression's fallback", file: '.github/workflows/ci.yml', source: (k) => `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      MISTRAL_API_KEY: \${{ secrets.MISTRAL_API_KEY || '${k}' }}\n`, read: /MISTRAL_API_KEY: \$\{\{ secrets\.MISTRAL_API_KEY \}\}/ },
  { name: 'the line after =', file: 'Client.java', source: (k) => `class Client {\n  static final String MISTRAL_API_KEY =\n      "${k}";\n}\n`, read: /=\n {6}System\.getenv\("[A-Z_0-9]+"\);/ },
  { name: "an option's default", file: 'cli.py', source: (k) => `import argparse\n\nparser = argparse.ArgumentParser()\nparser.add_argument("--mistral-api-key", default="${k}")\n`, read: /default=os\.environ\["[A-Z_0-9]+"\]/ },
];

describe('random keys of many providers in many languages', function () {
  this.timeout(120_000);
  before(async () => {
    reseed(8080);
    await activate();
  });
  after(async () => {
    await closeAll();
    for (const path of ['sweep', '.env', '.gitignore']) await removeFile(path);
  });

  LANGUAGES.forEach((language, index) => {
    it(`underlines each provider's key at its exact range and moves one to .env: ${language.name}`, async () => {
      const [moved] = PROVIDERS[index % PROVIDERS.length];
      for (const [provider, make] of PROVIDERS) {
        const key = make();
        // A folder per provider: each key is a new document, never a re-read of an old one.
        const path = `sweep/${provider}/${language.file}`;
        const uri = await writeFile(path, language.source(key));
        await vscode.window.showTextDocument(uri);
        const found = await diagnosticsWhen(uri, (d) => d.length >= 1, `a diagnostic for the ${provider} key`);
        const document = vscode.window.activeTextEditor!.document;
        assert.deepEqual(found.map((d) => document.getText(d.range)), [key], `${provider}: one diagnostic, on the key`);
        assert.ok(!found[0].message.includes(key), `${provider}: the message shows the whole key`);
        if (provider === moved) {
          await apply(preferred(await actionsFor(uri)));
          const code = (await disk(path)) ?? '';
          assert.ok(Object.values(dotenv.parse((await disk('.env')) ?? '')).includes(key), `${provider}: .env holds the key`);
          assert.ok(!code.includes(key), `${provider}: the code still holds the key`);
          assert.match(code, language.read);
        }
        await closeAll();
      }
    });
  });

  for (const holder of HOLDERS) {
    it(`underlines a key that only its name identifies and moves it to .env: ${holder.name}`, async () => {
      // Each starts from no .env, so the variable keeps the provider's own name rather than a numbered one.
      await removeFile('.env');
      const key = alnum(32);
      const path = `sweep/holders/${holder.file}`;
      const uri = await writeFile(path, holder.source(key));
      await vscode.window.showTextDocument(uri);
      const found = await diagnosticsWhen(uri, (d) => d.length >= 1, 'a diagnostic for the key');
      assert.deepEqual(found.map((d) => vscode.window.activeTextEditor!.document.getText(d.range)), [key]);
      assert.match(found[0].message, /Mistral/);
      await apply(preferred(await actionsFor(uri)));
      const code = (await disk(path)) ?? '';
      assert.ok(Object.values(dotenv.parse((await disk('.env')) ?? '')).includes(key), '.env holds the key');
      assert.ok(!code.includes(key), 'the file still holds the key');
      assert.match(code, holder.read);
      await closeAll();
    });
  }
});
