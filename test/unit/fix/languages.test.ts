import * as assert from 'node:assert/strict';
import * as dotenv from 'dotenv';
import { planMoveToEnv } from '../../../src/engine';
import { applyEdits } from '../support/edits';
import { charset, randomString, reseed } from '../support/fake';

interface Row {
  readonly languageId: string;
  readonly title: string;
  /** `SECRET` marks where the generated secret is written. */
  readonly source: string;
  /** The document afterwards; it never holds the secret. */
  readonly expected: string;
  readonly name?: string;
  readonly identifier?: string;
  readonly path?: string;
  /** Terraform variables the module's other files declare. */
  readonly declared?: readonly string[];
  /** A value other than 32 random alphanumerics, and how the source spells it. */
  readonly value?: () => string;
  readonly spell?: (value: string) => string;
}

const PEM = () => ['-----BEGIN PRIVATE KEY-----', ...Array.from({ length: 4 }, () => randomString(charset.base64, 64)), '-----END PRIVATE KEY-----'].join('\n');
const escapedNewlines = (v: string) => v.replace(/\n/g, '\\n');
const indented = (indent: string) => (v: string) => v.replace(/\n/g, `\n${indent}`);
const PASSWORD = { identifier: 'dbPassword', name: 'DB_PASSWORD' };

const ROWS: readonly Row[] = [
  // JavaScript, TypeScript, JSX, TSX, Vue
  { languageId: 'javascript', title: 'replaces a double-quoted literal', source: 'const apiKey = "SECRET";\n', expected: 'const apiKey = process.env.API_KEY;\n' },
  { languageId: 'javascript', title: 'replaces a single-quoted literal', source: "const apiKey = 'SECRET';\n", expected: 'const apiKey = process.env.API_KEY;\n' },
  { languageId: 'javascript', title: 'replaces a whole template literal', source: 'const apiKey = `SECRET`;\n', expected: 'const apiKey = process.env.API_KEY;\n' },
  { languageId: 'typescript', title: 'drops `as const`, which only fits literals', source: "export const apiKey = 'SECRET' as const;\n", expected: 'export const apiKey = process.env.API_KEY;\n' },
  { languageId: 'javascript', title: 'replaces a token joined onto the Bearer scheme', source: "const headers = { Authorization: 'Bearer ' + 'SECRET' };\n", expected: "const headers = { Authorization: 'Bearer ' + process.env.API_KEY };\n" },
  { languageId: 'typescript', title: 'replaces an object property value', source: "const config = { apiKey: 'SECRET', region: 'eu' };\n", expected: "const config = { apiKey: process.env.API_KEY, region: 'eu' };\n" },
  { languageId: 'javascript', title: 'moves a URL password into a template literal', ...PASSWORD, source: 'const dbUrl = "postgres://app:SECRET@db:5432/app";\n', expected: 'const dbUrl = `postgres://app:${process.env.DB_PASSWORD}@db:5432/app`;\n' },
  { languageId: 'javascript', title: 'interpolates into an existing template literal', ...PASSWORD, source: 'const url = `https://${user}:SECRET@api.example.com`;\n', expected: 'const url = `https://${user}:${process.env.DB_PASSWORD}@api.example.com`;\n' },
  { languageId: 'javascript', title: 'escapes backticks and ${ when turning a string into a template', source: 'const s = "a`b ${c} \\" SECRET".trim();\n', expected: 'const s = `a\\`b \\${c} \\" ${process.env.API_KEY}`.trim();\n' },
  { languageId: 'javascript', title: 'concatenates where a legacy octal escape rules out a template', source: 'const s = "\\1:SECRET";\n', expected: 'const s = "\\1:" + process.env.API_KEY;\n' },
  { languageId: 'javascript', title: 'replaces a whole String.raw template, tag included', source: 'const apiKey = String.raw`SECRET`;\n', expected: 'const apiKey = process.env.API_KEY;\n' },
  { languageId: 'javascript', title: 'replaces a string nested in a template hole', source: 'const h = `Bearer ${"SECRET"}`;\n', expected: 'const h = `Bearer ${process.env.API_KEY}`;\n' },
  { languageId: 'javascript', title: 'moves an escaped PEM key as real line breaks', identifier: 'privateKey', name: 'PRIVATE_KEY', value: PEM, spell: escapedNewlines, source: 'const privateKey = "SECRET";\n', expected: 'const privateKey = process.env.PRIVATE_KEY;\n' },
  { languageId: 'javascriptreact', title: 'wraps a JSX attribute value in braces', source: 'export const App = () => <Map apiKey="SECRET" zoom={3} />;\n', expected: 'export const App = () => <Map apiKey={process.env.API_KEY} zoom={3} />;\n' },
  { languageId: 'typescriptreact', title: 'turns part of a JSX attribute into a braced template', source: 'const img = <img src="https://u:SECRET@cdn.example.com/x.png" />;\n', expected: 'const img = <img src={`https://u:${process.env.API_KEY}@cdn.example.com/x.png`} />;\n' },
  { languageId: 'javascript', title: 'drops a fallback to the environment read before it', identifier: 'process.env.PAYMENT_TOKEN', name: 'PAYMENT_TOKEN', source: 'const token = process.env.PAYMENT_TOKEN || "SECRET";\n', expected: 'const token = process.env.PAYMENT_TOKEN;\n' },
  { languageId: 'javascript', title: 'removes a statement that sets the same variable in process.env, which would store "undefined" when unset', identifier: 'API_KEY', source: "if (!process.env.API_KEY) {\n  process.env['API_KEY'] = 'SECRET';\n}\n", expected: 'if (!process.env.API_KEY) {\n}\n' },
  { languageId: 'typescript', title: 'replaces a fallback after a property read', identifier: 'options.apiKey', name: 'OPTIONS_API_KEY', source: 'const key = options.apiKey ?? "SECRET";\n', expected: 'const key = options.apiKey ?? process.env.OPTIONS_API_KEY;\n' },
  { languageId: 'typescript', title: 'asserts a read non-null where a declaration says string', identifier: 'openaiApiKey', name: 'OPENAI_API_KEY', source: 'const openaiApiKey: string = "SECRET";\n', expected: 'const openaiApiKey: string = process.env.OPENAI_API_KEY!;\n' },
  { languageId: 'typescript', title: 'asserts a read non-null where it is a call argument', source: 'const stripe = new Stripe("SECRET", { apiVersion: "2024-06-20" });\n', expected: 'const stripe = new Stripe(process.env.API_KEY!, { apiVersion: "2024-06-20" });\n' },
  { languageId: 'vue', title: 'asserts a call argument in a component script in TypeScript only', source: '<script setup lang="ts">\nconnect("SECRET")\n</script>\n', expected: '<script setup lang="ts">\nconnect(process.env.API_KEY!)\n</script>\n' },
  { languageId: 'vue', title: 'adds no assertion to a component script in JavaScript', source: '<script setup>\nconnect("SECRET")\n</script>\n', expected: '<script setup>\nconnect(process.env.API_KEY)\n</script>\n' },
  { languageId: 'typescript', title: 'leaves a read in an options object unasserted', source: 'const ai = new OpenAI({ apiKey: "SECRET" });\n', expected: 'const ai = new OpenAI({ apiKey: process.env.API_KEY });\n' },
  { languageId: 'typescript', title: 'asserts a read non-null in a typed export split over lines', source: "export let apiKey: string =\n  'SECRET' as const;\n", expected: 'export let apiKey: string =\n  process.env.API_KEY!;\n' },
  { languageId: 'typescriptreact', title: 'asserts a read non-null in a typed class field', source: 'class Client {\n  private readonly apiKey: string = "SECRET";\n}\n', expected: 'class Client {\n  private readonly apiKey: string = process.env.API_KEY!;\n}\n' },
  { languageId: 'typescript', title: 'replaces the branch of a ternary in a class field, which is no type', source: 'class C {\n  static key = prod ? other : "SECRET";\n}\n', expected: 'class C {\n  static key = prod ? other : process.env.API_KEY;\n}\n' },
  { languageId: 'typescript', title: 'asserts the read that stays non-null when a typed fallback goes', identifier: 'process.env.API_KEY', source: 'const key: string = process.env.API_KEY ?? "SECRET";\n', expected: 'const key: string = process.env.API_KEY!;\n' },
  { languageId: 'typescript', title: 'leaves an optional field, which takes undefined, as it is', source: 'class C {\n  apiKey?: string = "SECRET";\n}\n', expected: 'class C {\n  apiKey?: string = process.env.API_KEY;\n}\n' },
  { languageId: 'javascript', title: 'adds no assertion to a Flow annotation, where it would not parse', source: '// @flow\nconst apiKey: string = "SECRET";\n', expected: '// @flow\nconst apiKey: string = process.env.API_KEY;\n' },
  { languageId: 'vue', title: 'replaces a literal in a script after the template', source: '<template>\n  <Chat />\n</template>\n<script setup>\nconst apiKey = "SECRET"\n</script>\n', expected: '<template>\n  <Chat />\n</template>\n<script setup>\nconst apiKey = process.env.API_KEY\n</script>\n' },
  { languageId: 'vue', title: 'replaces a literal in a single-file component script', source: '<script>\nexport default { data: () => ({ apiKey: "SECRET" }) };\n</script>\n', expected: '<script>\nexport default { data: () => ({ apiKey: process.env.API_KEY }) };\n</script>\n' },

  // Python
  { languageId: 'python', title: 'adds import os after the docstring and __future__ imports', identifier: 'api_key', source: '"""Service."""\nfrom __future__ import annotations\n\napi_key = "SECRET"\n', expected: '"""Service."""\nfrom __future__ import annotations\n\nimport os\n\napi_key = os.environ["API_KEY"]\n' },
  { languageId: 'python', title: 'reuses an existing import os', identifier: 'api_key', source: "import os\n\napi_key = 'SECRET'\n", expected: 'import os\n\napi_key = os.environ["API_KEY"]\n' },
  { languageId: 'python', title: 'recognises os in a multi-name import', identifier: 'API_KEY', source: 'import os, sys\nAPI_KEY = "SECRET"\n', expected: 'import os, sys\nAPI_KEY = os.environ["API_KEY"]\n' },
  { languageId: 'python', title: 'puts import os at the start of the import block, after shebang and docstring', source: '#!/usr/bin/env python3\n"""Tool."""\nimport sys\nfrom pathlib import Path\n\nKEY = "SECRET"\n', expected: '#!/usr/bin/env python3\n"""Tool."""\nimport os\nimport sys\nfrom pathlib import Path\n\nKEY = os.environ["API_KEY"]\n' },
  { languageId: 'python', title: 'adds import os above the code when there are no imports', identifier: 'api_key', source: 'api_key = "SECRET"\n', expected: 'import os\n\napi_key = os.environ["API_KEY"]\n' },
  { languageId: 'python', title: 'interpolates into an f-string with the other quote', ...PASSWORD, source: 'import os\nurl = f"postgres://{user}:SECRET@db/{name}"\n', expected: 'import os\nurl = f"postgres://{user}:{os.environ[\'DB_PASSWORD\']}@db/{name}"\n' },
  { languageId: 'python', title: 'turns a plain string into an f-string, doubling its braces', source: 'import os\nurl = "https://u:SECRET@h/{path}".format(path=p)\n', expected: 'import os\nurl = f"https://u:{os.environ[\'API_KEY\']}@h/{{path}}".format(path=p)\n' },
  { languageId: 'python', title: 'replaces the u prefix, which cannot combine with f', source: "import os\ns = u'user:SECRET'\n", expected: 'import os\ns = f\'user:{os.environ["API_KEY"]}\'\n' },
  { languageId: 'python', title: 'replaces a whole raw string', source: 'import os\npattern = r"SECRET"\n', expected: 'import os\npattern = os.environ["API_KEY"]\n' },
  { languageId: 'python', title: 'makes a raw string a raw f-string', source: 'import os\np = r"x:SECRET\\d+"\n', expected: 'import os\np = rf"x:{os.environ[\'API_KEY\']}\\d+"\n' },
  { languageId: 'python', title: 'encodes the variable where the literal was bytes', source: 'import os\nkey = b"SECRET"\n', expected: 'import os\nkey = os.environ["API_KEY"].encode()\n' },
  { languageId: 'python', title: 'concatenates bytes, which have no f-strings', source: 'import os\nauth = b"Bearer SECRET"\n', expected: 'import os\nauth = b"Bearer " + os.environ["API_KEY"].encode()\n' },
  { languageId: 'python', title: 'replaces a triple-quoted PEM key', identifier: 'PRIVATE_KEY', name: 'PRIVATE_KEY', value: PEM, source: 'import os\nPRIVATE_KEY = """SECRET"""\n', expected: 'import os\nPRIVATE_KEY = os.environ["PRIVATE_KEY"]\n' },
  { languageId: 'python', title: 'drops the default of os.getenv of the same variable', identifier: 'API_KEY', source: 'import os\nkey = os.getenv("API_KEY", "SECRET")\n', expected: 'import os\nkey = os.getenv("API_KEY")\n' },
  { languageId: 'python', title: 'drops the else branch of a read of the same variable guarded by `in os.environ`', identifier: 'API_KEY', source: 'import os\nkey = os.environ["API_KEY"] if "API_KEY" in os.environ else "SECRET"\n', expected: 'import os\nkey = os.environ["API_KEY"]\n' },
  { languageId: 'python', title: 'drops the `or` fallback after os.environ.get of the same variable', identifier: 'API_KEY', source: 'import os\nkey = os.environ.get("API_KEY") or "SECRET"  # local runs\n', expected: 'import os\nkey = os.environ.get("API_KEY")  # local runs\n' },
  { languageId: 'python', title: 'removes a statement that sets the same variable in os.environ', identifier: 'API_KEY', source: 'import os\nos.environ["API_KEY"] = "SECRET"  # local runs\nrun()\n', expected: 'import os\nrun()\n' },
  { languageId: 'python', title: 'leaves pass where the removed statement was alone in its block', identifier: 'API_KEY', source: 'import os\nif "API_KEY" not in os.environ:\n    os.environ.setdefault("API_KEY", "SECRET")\nrun()\n', expected: 'import os\nif "API_KEY" not in os.environ:\n    pass\nrun()\n' },
  { languageId: 'python', title: 'reads into os.environ under another name, which the environment does not supply', identifier: 'API_KEY', source: 'import os\nos.environ["LEGACY_KEY"] = "SECRET"\n', expected: 'import os\nos.environ["LEGACY_KEY"] = os.environ["API_KEY"]\n' },
  { languageId: 'python', title: 'drops a keyword default of os.environ.get of the same variable', identifier: 'API_KEY', source: "import os\nkey = os.environ.get('API_KEY', default='SECRET')\n", expected: "import os\nkey = os.environ.get('API_KEY')\n" },
  { languageId: 'python', title: 'keeps the default of a read of another variable', source: 'import os\nkey = os.getenv("OTHER_KEY", "SECRET")\n', expected: 'import os\nkey = os.getenv("OTHER_KEY", os.environ["API_KEY"])\n' },
  { languageId: 'python', title: 'names the variable in place of a secret in a comment', source: '# API_KEY = "SECRET"\nAPI_KEY = None\n', expected: '# API_KEY = "${API_KEY}"\nAPI_KEY = None\n' },

  // Go
  { languageId: 'go', title: 'merges os into a single import line', source: 'package main\n\nimport "fmt"\n\nvar apiKey = "SECRET"\n\nfunc main() { fmt.Println(apiKey) }\n', expected: 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nvar apiKey = os.Getenv("API_KEY")\n\nfunc main() { fmt.Println(apiKey) }\n' },
  { languageId: 'go', title: 'adds os to an import block in order, turns const into var and concatenates', ...PASSWORD, source: 'package db\n\nimport (\n\t"database/sql"\n\t"strings"\n)\n\nconst dsn = "postgres://app:SECRET@db/app"\n', expected: 'package db\n\nimport (\n\t"database/sql"\n\t"os"\n\t"strings"\n)\n\nvar dsn = "postgres://app:" + os.Getenv("DB_PASSWORD") + "@db/app"\n' },
  { languageId: 'go', title: 'replaces a raw string and imports os after the package clause', source: 'package main\n\nvar token = `SECRET`\n', expected: 'package main\n\nimport "os"\n\nvar token = os.Getenv("API_KEY")\n' },
  { languageId: 'go', title: 'turns a const block of one entry into a var', source: 'package main\n\nconst (\n\tapiKey = "SECRET" // staging\n)\n', expected: 'package main\n\nimport "os"\n\nvar apiKey = os.Getenv("API_KEY") // staging\n' },
  { languageId: 'go', title: 'keeps os.Setenv of the same variable, whose removal could leave os an unused import', identifier: 'API_KEY', source: 'package main\n\nimport "os"\n\nfunc main() {\n\tos.Setenv("API_KEY", "SECRET")\n}\n', expected: 'package main\n\nimport "os"\n\nfunc main() {\n\tos.Setenv("API_KEY", os.Getenv("API_KEY"))\n}\n' },
  { languageId: 'go', title: 'moves a const block entry to a var after the block', source: 'package main\n\nconst (\n\tapiKey string = "SECRET"\n\ttimeout = 30\n)\n\nfunc main() {}\n', expected: 'package main\n\nimport "os"\n\nconst (\n\ttimeout = 30\n)\n\nvar apiKey string = os.Getenv("API_KEY")\n\nfunc main() {}\n' },

  // Java, Kotlin
  { languageId: 'java', title: 'replaces a token joined onto the Bearer scheme', source: 'class Api {\n  void auth(java.net.URLConnection c) { c.setRequestProperty("Authorization", "Bearer " + "SECRET"); }\n}\n', expected: 'class Api {\n  void auth(java.net.URLConnection c) { c.setRequestProperty("Authorization", "Bearer " + System.getenv("API_KEY")); }\n}\n' },
  { languageId: 'java', title: 'replaces a static final field', identifier: 'API_KEY', source: 'class Config {\n  static final String API_KEY = "SECRET";\n}\n', expected: 'class Config {\n  static final String API_KEY = System.getenv("API_KEY");\n}\n' },
  { languageId: 'java', title: 'concatenates in parentheses before a method call', ...PASSWORD, source: 'class Db {\n  String url() { return "jdbc:postgresql://db/app?password=SECRET".trim(); }\n}\n', expected: 'class Db {\n  String url() { return ("jdbc:postgresql://db/app?password=" + System.getenv("DB_PASSWORD")).trim(); }\n}\n' },
  { languageId: 'java', title: 'concatenates without parentheses where none are needed', source: 'String u = "https://u:SECRET@h";\n', expected: 'String u = "https://u:" + System.getenv("API_KEY") + "@h";\n' },
  { languageId: 'kotlin', title: 'drops const, which needs a compile-time constant', identifier: 'API_KEY', source: 'const val API_KEY = "SECRET"\n', expected: 'val API_KEY = System.getenv("API_KEY")\n' },
  { languageId: 'kotlin', title: 'drops the elvis fallback after System.getenv of the same variable', identifier: 'API_KEY', source: 'val key = System.getenv("API_KEY") ?: "SECRET"\n', expected: 'val key = System.getenv("API_KEY")\n' },
  { languageId: 'kotlin', title: 'interpolates into a string template', source: 'val url = "https://u:SECRET@h/$path"\n', expected: 'val url = "https://u:${System.getenv("API_KEY")}@h/$path"\n' },
  { languageId: 'kotlin', title: 'interpolates into a raw string', source: 'val h = """Bearer SECRET"""\n', expected: 'val h = """Bearer ${System.getenv("API_KEY")}"""\n' },
  { languageId: 'java', title: 'names the variable in place of a secret in a block comment', source: '/* staging key: SECRET */\nclass A {}\n', expected: '/* staging key: ${API_KEY} */\nclass A {}\n' },

  // C#
  { languageId: 'csharp', title: 'uses Environment where using System is present', source: 'using System;\n\nclass C {\n    static string apiKey = "SECRET";\n}\n', expected: 'using System;\n\nclass C {\n    static string apiKey = Environment.GetEnvironmentVariable("API_KEY");\n}\n' },
  { languageId: 'csharp', title: 'qualifies System.Environment in a file without usings (top-level statements)', source: 'var apiKey = "SECRET";\n', expected: 'var apiKey = System.Environment.GetEnvironmentVariable("API_KEY");\n' },
  { languageId: 'csharp', title: 'removes a statement that sets the same environment variable', identifier: 'API_KEY', source: 'Environment.SetEnvironmentVariable("API_KEY", "SECRET");\nRun();\n', expected: 'Run();\n' },
  { languageId: 'csharp', title: 'adds using System and turns a class const into static readonly', identifier: 'ApiKey', source: 'using System.Net.Http;\n\nclass C {\n    private const string ApiKey = "SECRET";\n}\n', expected: 'using System;\nusing System.Net.Http;\n\nclass C {\n    private static readonly string ApiKey = Environment.GetEnvironmentVariable("API_KEY");\n}\n' },
  { languageId: 'csharp', title: 'replaces an auto-property initialiser', identifier: 'Password', name: 'PASSWORD', source: 'class C {\n    public string Password { get; set; } = "SECRET";\n}\n', expected: 'class C {\n    public string Password { get; set; } = System.Environment.GetEnvironmentVariable("PASSWORD");\n}\n' },
  { languageId: 'csharp', title: 'drops const from a local constant', source: 'void M() {\n    const string key = "SECRET";\n}\n', expected: 'void M() {\n    string key = System.Environment.GetEnvironmentVariable("API_KEY");\n}\n' },
  { languageId: 'csharp', title: 'makes a regular string interpolated, doubling its braces', ...PASSWORD, source: 'var cs = "Server=db;Password=SECRET;Options={x}";\n', expected: 'var cs = $"Server=db;Password={System.Environment.GetEnvironmentVariable("DB_PASSWORD")};Options={{x}}";\n' },
  { languageId: 'csharp', title: 'makes a verbatim string interpolated', ...PASSWORD, source: 'var cs = @"Server=db;Password=SECRET;";\n', expected: 'var cs = $@"Server=db;Password={System.Environment.GetEnvironmentVariable("DB_PASSWORD")};";\n' },
  { languageId: 'csharp', title: 'interpolates into an interpolated string', source: 'var u = $"https://{host}/?key=SECRET";\n', expected: 'var u = $"https://{host}/?key={System.Environment.GetEnvironmentVariable("API_KEY")}";\n' },
  { languageId: 'csharp', title: 'drops the ?? default of a read of the same variable', identifier: 'API_KEY', source: 'var key = Environment.GetEnvironmentVariable("API_KEY") ?? "SECRET";\n', expected: 'var key = Environment.GetEnvironmentVariable("API_KEY");\n' },

  // Ruby, PHP
  { languageId: 'ruby', title: 'replaces a literal with ENV.fetch', identifier: 'API_KEY', source: 'API_KEY = "SECRET"\n', expected: 'API_KEY = ENV.fetch("API_KEY")\n' },
  { languageId: 'ruby', title: 'drops the default argument of ENV.fetch of the same variable', identifier: 'API_KEY', source: 'key = ENV.fetch("API_KEY", "SECRET")\n', expected: 'key = ENV.fetch("API_KEY")\n' },
  { languageId: 'ruby', title: 'drops the default block of ENV.fetch of the same variable', identifier: 'API_KEY', source: "key = ENV.fetch('API_KEY') { 'SECRET' }\n", expected: "key = ENV.fetch('API_KEY')\n" },
  { languageId: 'ruby', title: 'drops the || fallback after ENV[] of the same variable', identifier: 'API_KEY', source: 'key = ENV["API_KEY"] || "SECRET"\n', expected: 'key = ENV["API_KEY"]\n' },
  { languageId: 'ruby', title: 'drops the || fallback after ENV[].presence, and the presence check with it', identifier: 'API_KEY', source: 'key = ENV["API_KEY"].presence || "SECRET"\n', expected: 'key = ENV["API_KEY"]\n' },
  { languageId: 'ruby', title: 'removes a statement that sets the same variable in ENV', identifier: 'API_KEY', source: 'ENV["API_KEY"] = "SECRET"\nClient.new\n', expected: 'Client.new\n' },
  { languageId: 'ruby', title: 'interpolates into a double-quoted string', source: 'url = "https://u:SECRET@h/#{path}"\n', expected: 'url = "https://u:#{ENV.fetch("API_KEY")}@h/#{path}"\n' },
  { languageId: 'ruby', title: 'rewrites a single-quoted string double-quoted, escaping what would expand', source: "url = 'https://u:SECRET@h/\"q\"#{x}'\n", expected: 'url = "https://u:#{ENV.fetch("API_KEY")}@h/\\"q\\"\\#{x}"\n' },
  { languageId: 'ruby', title: 'rewrites %q(…) double-quoted, its quotes escaped', source: "url = %q(https://u:SECRET@h/\"q\")\n", expected: 'url = "https://u:#{ENV.fetch("API_KEY")}@h/\\"q\\""\n' },
  { languageId: 'ruby', title: 'interpolates into %Q{…} and a squiggly heredoc', source: 'a = %Q{key=SECRET #{n}}\nb = <<~EOS\n  # not a comment\n  EOS\n', expected: 'a = %Q{key=#{ENV.fetch("API_KEY")} #{n}}\nb = <<~EOS\n  # not a comment\n  EOS\n' },
  { languageId: 'php', title: 'replaces a literal with getenv', source: "<?php\n$apiKey = 'SECRET';\n", expected: "<?php\n$apiKey = getenv('API_KEY');\n" },
  { languageId: 'php', title: 'drops the ?: default of getenv of the same variable', identifier: 'API_KEY', source: "<?php\n$key = getenv('API_KEY') ?: 'SECRET';\n", expected: "<?php\n$key = getenv('API_KEY');\n" },
  { languageId: 'php', title: 'drops the ?? default of $_ENV of the same variable', identifier: 'API_KEY', source: "<?php\n$key = $_ENV['API_KEY'] ?? 'SECRET';\n", expected: "<?php\n$key = $_ENV['API_KEY'];\n" },
  { languageId: 'php', title: 'removes a statement that sets the same variable in $_ENV', identifier: 'API_KEY', source: "<?php\n$_ENV['API_KEY'] = 'SECRET';\nrun();\n", expected: "<?php\nrun();\n" },
  { languageId: 'php', title: 'replaces a token joined onto a header string', source: "<?php\n$headers = ['Authorization: Bearer ' . 'SECRET'];\n", expected: "<?php\n$headers = ['Authorization: Bearer ' . getenv('API_KEY')];\n" },
  { languageId: 'php', title: 'concatenates with the dot operator', ...PASSWORD, source: "<?php\n$dsn = 'mysql://app:SECRET@db/app';\n", expected: "<?php\n$dsn = 'mysql://app:' . getenv('DB_PASSWORD') . '@db/app';\n" },
  { languageId: 'php', title: 'splits a double-quoted string with interpolation', ...PASSWORD, source: '<?php\nconnect("mysql://app:SECRET@{$host}/app");\n', expected: '<?php\nconnect("mysql://app:" . getenv(\'DB_PASSWORD\') . "@{$host}/app");\n' },

  // Rust
  { languageId: 'rust', title: 'borrows the String where a &str literal was', identifier: 'api_key', source: 'fn main() {\n    let api_key = "SECRET";\n}\n', expected: 'fn main() {\n    let api_key = &*std::env::var("API_KEY").expect("API_KEY must be set");\n}\n' },
  { languageId: 'rust', title: 'formats a partly secret string, doubling its braces but not those of an escape', source: 'let k = "\\u{41}{x}:SECRET";\n', expected: 'let k = &*format!("\\u{41}{{x}}:{}", std::env::var("API_KEY").expect("API_KEY must be set"));\n' },
  { languageId: 'rust', title: 'drops the unwrap_or default of a read of the same variable', identifier: 'API_KEY', source: 'let key = std::env::var("API_KEY").unwrap_or("SECRET".to_string());\n', expected: 'let key = std::env::var("API_KEY").expect("API_KEY must be set");\n' },
  { languageId: 'rust', title: 'drops the unwrap_or_else default of a read of the same variable', identifier: 'API_KEY', source: 'let key = env::var("API_KEY").unwrap_or_else(|_| "SECRET".into());\n', expected: 'let key = env::var("API_KEY").expect("API_KEY must be set");\n' },
  { languageId: 'rust', title: 'keeps the String itself before a method call', source: 'let k = "SECRET".to_string();\n', expected: 'let k = std::env::var("API_KEY").expect("API_KEY must be set").to_string();\n' },
  { languageId: 'rust', title: 'leaks the String a collection keeps, as a borrowed temporary would not live long enough', source: 'config.insert("api_key", "SECRET");\n', expected: 'config.insert("api_key", &*Box::leak(std::env::var("API_KEY").expect("API_KEY must be set").into_boxed_str()));\n' },
  { languageId: 'rust', title: 'leaks a partial string a collection keeps', ...PASSWORD, source: 'urls.push("postgres://app:SECRET@db");\n', expected: 'urls.push(&*Box::leak(format!("postgres://app:{}@db", std::env::var("DB_PASSWORD").expect("DB_PASSWORD must be set")).into_boxed_str()));\n' },
  { languageId: 'rust', title: 'leaks the String whose borrow a method like trim returns, which a let keeps past the statement', source: 'let k = "SECRET".trim();\n', expected: 'let k = Box::leak(std::env::var("API_KEY").expect("API_KEY must be set").into_boxed_str()).trim();\n' },
  { languageId: 'rust', title: 'borrows a &str where nothing would coerce a &String, as in a tuple of an array', source: 'let keys = [("a", "SECRET"), ("b", "c")];\n', expected: 'let keys = [("a", &*std::env::var("API_KEY").expect("API_KEY must be set")), ("b", "c")];\n' },
  { languageId: 'rust', title: 'leaks the String a vec! keeps', source: 'let keys = vec!["none", "SECRET"];\n', expected: 'let keys = vec!["none", &*Box::leak(std::env::var("API_KEY").expect("API_KEY must be set").into_boxed_str())];\n' },
  { languageId: 'rust', title: "leaks the String a field declared &'static str keeps", source: "struct Config {\n    api_key: &'static str,\n}\n\nfn config() -> Config {\n    Config { api_key: \"SECRET\" }\n}\n", expected: "struct Config {\n    api_key: &'static str,\n}\n\nfn config() -> Config {\n    Config { api_key: &*Box::leak(std::env::var(\"API_KEY\").expect(\"API_KEY must be set\").into_boxed_str()) }\n}\n" },
  { languageId: 'rust', title: 'leaks the String a function returning a &str gives back', source: "fn api_key() -> &'static str {\n    \"SECRET\"\n}\n", expected: "fn api_key() -> &'static str {\n    &*Box::leak(std::env::var(\"API_KEY\").expect(\"API_KEY must be set\").into_boxed_str())\n}\n" },
  { languageId: 'rust', title: 'keeps the String itself before a method call on the next line', source: 'let k: String = "SECRET"\n    .to_string();\n', expected: 'let k: String = std::env::var("API_KEY").expect("API_KEY must be set")\n    .to_string();\n' },
  { languageId: 'rust', title: 'builds a partial string with format!', ...PASSWORD, source: 'let url = "postgres://app:SECRET@db/{app}";\n', expected: 'let url = &*format!("postgres://app:{}@db/{{app}}", std::env::var("DB_PASSWORD").expect("DB_PASSWORD must be set"));\n' },
  { languageId: 'rust', title: 'keeps a raw string raw inside format!', source: 'let h = r#"Bearer SECRET"#;\n', expected: 'let h = &*format!(r#"Bearer {}"#, std::env::var("API_KEY").expect("API_KEY must be set"));\n' },
  { languageId: 'rust', title: "skips the next line's indentation after a backslash at a line's end", value: () => randomString(charset.alnum, 32), spell: (v) => `${v.slice(0, 16)}\\\n        ${v.slice(16)}`, source: 'let k = "SECRET";\n', expected: 'let k = &*std::env::var("API_KEY").expect("API_KEY must be set");\n' },
  { languageId: 'rust', title: 'gives a format macro a "{}" format string', source: 'println!("SECRET");\n', expected: 'println!("{}", std::env::var("API_KEY").expect("API_KEY must be set"));\n' },

  // Swift, Dart
  { languageId: 'swift', title: 'reads ProcessInfo with a fallback and imports Foundation', source: 'let apiKey = "SECRET"\n', expected: 'import Foundation\n\nlet apiKey = ProcessInfo.processInfo.environment["API_KEY"] ?? ""\n' },
  { languageId: 'swift', title: 'interpolates, counting UIKit as Foundation', source: 'import UIKit\n\nlet url = URL(string: "https://u:SECRET@h")!\n', expected: 'import UIKit\n\nlet url = URL(string: "https://u:\\(ProcessInfo.processInfo.environment["API_KEY"] ?? "")@h")!\n' },
  { languageId: 'swift', title: 'parenthesises the fallback next to a tighter operator', source: 'import Foundation\nlet h = "Bearer " + "SECRET"\n', expected: 'import Foundation\nlet h = "Bearer " + (ProcessInfo.processInfo.environment["API_KEY"] ?? "")\n' },
  { languageId: 'swift', title: 'uses the raw interpolation in a raw string', source: 'import Foundation\nlet h = #"Bearer SECRET"#\n', expected: 'import Foundation\nlet h = #"Bearer \\#(ProcessInfo.processInfo.environment["API_KEY"] ?? "")"#\n' },
  { languageId: 'dart', title: 'turns const into final and imports dart:io', source: "void main() {\n  const apiKey = 'SECRET';\n}\n", expected: "import 'dart:io';\n\nvoid main() {\n  final apiKey = Platform.environment['API_KEY']!;\n}\n" },
  { languageId: 'dart', title: 'interpolates and puts dart:io first among imports', source: "import 'package:http/http.dart';\n\nfinal url = 'https://u:SECRET@h/$path';\n", expected: "import 'dart:io';\nimport 'package:http/http.dart';\n\nfinal url = 'https://u:${Platform.environment[\"API_KEY\"]!}@h/$path';\n" },
  { languageId: 'dart', title: 'concatenates a raw string, which cannot interpolate', source: "import 'dart:io';\nfinal p = r'x:SECRET$y';\n", expected: "import 'dart:io';\nfinal p = r'x:' + Platform.environment['API_KEY']! + r'$y';\n" },

  // Shell, PowerShell
  { languageId: 'shellscript', title: 'keeps double quotes around the expansion', identifier: 'API_KEY', source: '#!/bin/sh\nAPI_KEY="SECRET"\n', expected: '#!/bin/sh\nAPI_KEY="${API_KEY}"\n' },
  { languageId: 'shellscript', title: 'replaces single quotes, which would not expand', identifier: 'API_KEY', source: "export API_KEY='SECRET'\n", expected: 'export API_KEY="${API_KEY}"\n' },
  { languageId: 'shellscript', title: 'quotes a bare word', source: 'curl --token SECRET https://h\n', expected: 'curl --token "${API_KEY}" https://h\n' },
  { languageId: 'shellscript', title: 'splices into single quotes that must stay literal', ...PASSWORD, source: "URL='postgres://u:SECRET@h/$db'\n", expected: 'URL=\'postgres://u:\'"${DB_PASSWORD}"\'@h/$db\'\n' },
  { languageId: 'shellscript', title: 'turns single quotes into double quotes when nothing else would expand', ...PASSWORD, source: "URL='postgres://u:SECRET@h/db'\n", expected: 'URL="postgres://u:${DB_PASSWORD}@h/db"\n' },
  { languageId: 'shellscript', title: 'expands inside a double-quoted header', source: 'curl -H "Authorization: Bearer SECRET" https://h\n', expected: 'curl -H "Authorization: Bearer ${API_KEY}" https://h\n' },
  { languageId: 'shellscript', title: 'expands inside an unquoted heredoc', source: 'cat > cfg <<EOF\ntoken: SECRET\nEOF\n', expected: 'cat > cfg <<EOF\ntoken: ${API_KEY}\nEOF\n' },
  { languageId: 'shellscript', title: "replaces an ANSI-C $'…' string", source: "K=$'SECRET'\n", expected: 'K="${API_KEY}"\n' },
  { languageId: 'shellscript', title: 'drops the := default of an expansion of the same variable', identifier: 'API_KEY', source: ': "${API_KEY:=SECRET}"\n', expected: ': "${API_KEY}"\n' },
  { languageId: 'shellscript', title: 'drops the :- default of an expansion inside a longer word', identifier: 'API_KEY', source: 'curl -H "X-Key: ${API_KEY:-SECRET}" https://h\n', expected: 'curl -H "X-Key: ${API_KEY}" https://h\n' },
  { languageId: 'powershell', title: 'replaces a whole string with $env:', source: '$apiKey = "SECRET"\n', expected: '$apiKey = $env:API_KEY\n' },
  { languageId: 'powershell', title: 'makes a single-quoted string expandable, escaping its $', source: "$url = 'https://u:SECRET@h/$x'\n", expected: '$url = "https://u:${env:API_KEY}@h/`$x"\n' },
  { languageId: 'powershell', title: 'expands inside a double-quoted string', source: '$h = "Bearer SECRET"\n', expected: '$h = "Bearer ${env:API_KEY}"\n' },

  // YAML, Compose, Dockerfile, make, batch
  { languageId: 'yaml', title: 'substitutes a plain scalar, named after the key it sits under', identifier: 'token', name: 'GITHUB_TOKEN', source: 'github:\n  token: SECRET\n', expected: 'github:\n  token: ${GITHUB_TOKEN}\n' },
  { languageId: 'yaml', title: 'does not name a secret after a key that only groups settings', identifier: 'api_key', source: 'production:\n  # rotated yearly\n  api_key: SECRET\n', expected: 'production:\n  # rotated yearly\n  api_key: ${API_KEY}\n' },
  { languageId: 'toml', title: 'names a secret after its table', identifier: 'api_key', name: 'MISTRAL_API_KEY', source: '[providers.mistral]\napi_key = "SECRET"\n', expected: '[providers.mistral]\napi_key = "${MISTRAL_API_KEY}"\n' },
  { languageId: 'json', title: 'names a secret after the object holding it', identifier: 'ApiKey', name: 'STRIPE_API_KEY', source: '{\n  "Stripe": { "ApiKey": "SECRET", "Region": "eu" }\n}\n', expected: '{\n  "Stripe": { "ApiKey": "${STRIPE_API_KEY}", "Region": "eu" }\n}\n' },
  // VS Code opens ERB templates as Ruby; their text is printed, so the read is an output tag.
  { languageId: 'ruby', title: 'prints the variable with an output tag in ERB template text', path: '/repo/app/views/layouts/application.html.erb', source: '<script src="https://maps.example.net/js?key=SECRET"></script>\n', expected: '<script src="https://maps.example.net/js?key=<%= ENV.fetch("API_KEY") %>"></script>\n' },
  { languageId: 'ruby', title: 'rewrites Ruby inside an ERB tag', path: '/repo/app/views/home/index.html.erb', source: '<% maps_key = "SECRET" %>\n<div data-key="<%= maps_key %>"></div>\n', expected: '<% maps_key = ENV.fetch("API_KEY") %>\n<div data-key="<%= maps_key %>"></div>\n' },
  // Razor pages print their text too, and run C# in code blocks.
  { languageId: 'razor', title: 'prints the variable with an explicit expression in Razor page text', path: '/repo/Pages/Map.cshtml', source: '<div data-key="SECRET"></div>\n', expected: '<div data-key="@(Environment.GetEnvironmentVariable("API_KEY"))"></div>\n' },
  { languageId: 'html', title: 'reads a Razor page opened as HTML as Razor', path: '/repo/Views/Home/Index.cshtml', source: '<p>Don\'t share {this}.</p>\n<script src="https://maps.example.net/js?key=SECRET"></script>\n', expected: '<p>Don\'t share {this}.</p>\n<script src="https://maps.example.net/js?key=@(Environment.GetEnvironmentVariable("API_KEY"))"></script>\n' },
  { languageId: 'razor', title: 'rewrites C# inside a Razor code block', path: '/repo/Pages/Map.cshtml', source: '<p>Don\'t share it.</p>\n@{\n    var apiKey = "SECRET";\n    if (apiKey != null) { ViewData["k"] = "{"; }\n}\n', expected: '<p>Don\'t share it.</p>\n@{\n    var apiKey = System.Environment.GetEnvironmentVariable("API_KEY");\n    if (apiKey != null) { ViewData["k"] = "{"; }\n}\n' },
  { languageId: 'razor', title: 'keeps a Razor code block open past a brace in a character literal', path: '/repo/Pages/Map.cshtml', source: '@{\n    var close = \'}\';\n    var apiKey = "SECRET";\n}\n', expected: '@{\n    var close = \'}\';\n    var apiKey = System.Environment.GetEnvironmentVariable("API_KEY");\n}\n' },
  { languageId: 'razor', title: 'keeps a Razor code block open past a brace in a verbatim string', path: '/repo/Pages/Map.cshtml', source: '@{\n    var note = @"say ""}"" twice";\n    var apiKey = "SECRET";\n}\n', expected: '@{\n    var note = @"say ""}"" twice";\n    var apiKey = System.Environment.GetEnvironmentVariable("API_KEY");\n}\n' },
  { languageId: 'razor', title: 'keeps a Razor code block open past an escaped quote and a brace in a string', path: '/repo/Pages/Map.cshtml', source: '@{\n    var note = "a \\" }";\n    var apiKey = "SECRET";\n}\n', expected: '@{\n    var note = "a \\" }";\n    var apiKey = System.Environment.GetEnvironmentVariable("API_KEY");\n}\n' },
  { languageId: 'razor', title: 'keeps a Razor code block open past a brace in a comment', path: '/repo/Pages/Map.cshtml', source: '@{\n    // the last } closes it\n    var apiKey = "SECRET";\n}\n', expected: '@{\n    // the last } closes it\n    var apiKey = System.Environment.GetEnvironmentVariable("API_KEY");\n}\n' },
  { languageId: 'aspnetcorerazor', title: 'rewrites C# inside a Blazor @code block', path: '/repo/Pages/Map.razor', source: '<h1>Map</h1>\n@code {\n    private string apiKey = "SECRET";\n}\n', expected: '<h1>Map</h1>\n@code {\n    private string apiKey = System.Environment.GetEnvironmentVariable("API_KEY");\n}\n' },
  { languageId: 'razor', title: 'prints in text after a Razor code block has closed', path: '/repo/Pages/Map.cshtml', source: '@{ ViewData["Title"] = "Map"; }\n<div data-key="SECRET"></div>\n', expected: '@{ ViewData["Title"] = "Map"; }\n<div data-key="@(Environment.GetEnvironmentVariable("API_KEY"))"></div>\n' },
  // Rails reads its YAML config through ERB, where `${…}` would stay as written.
  { languageId: 'yaml', title: 'reads with ENV.fetch in ERB when the file already holds ERB tags', identifier: 'password', name: 'DATABASE_PASSWORD', path: '/repo/config/database.yml', source: 'production:\n  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>\n  password: SECRET\n', expected: 'production:\n  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>\n  password: <%= ENV.fetch("DATABASE_PASSWORD") %>\n' },
  // A config file named after the one service it configures names the secret after it, where no section does.
  { languageId: 'yaml', title: 'names a bare password after a service config file', identifier: 'password', name: 'REDIS_PASSWORD', path: '/repo/config/redis.yml', source: 'default:\n  host: cache\n  password: SECRET\n', expected: 'default:\n  host: cache\n  password: ${REDIS_PASSWORD}\n' },
  { languageId: 'yaml', title: 'keeps the name of a password in a config file named after nothing', identifier: 'password', name: 'PASSWORD', path: '/repo/config/app.yml', source: 'production:\n  password: SECRET\n', expected: 'production:\n  password: ${PASSWORD}\n' },
  { languageId: 'yaml', title: 'substitutes inside double quotes', source: 'api:\n  key: "SECRET"\n', expected: 'api:\n  key: "${API_KEY}"\n' },
  { languageId: 'yaml', title: 'substitutes inside single quotes', source: "api:\n  key: 'SECRET'\n", expected: "api:\n  key: '${API_KEY}'\n" },
  { languageId: 'yaml', title: 'substitutes the password part of a URL', ...PASSWORD, source: 'db:\n  url: postgres://app:SECRET@db/app\n', expected: 'db:\n  url: postgres://app:${DB_PASSWORD}@db/app\n' },
  { languageId: 'yaml', title: 'moves a PEM key out of a block scalar without its indentation', identifier: 'privateKey', name: 'PRIVATE_KEY', value: PEM, spell: indented('    '), source: 'tls:\n  key: |\n    SECRET\n', expected: 'tls:\n  key: |\n    ${PRIVATE_KEY}\n' },
  { languageId: 'yaml', title: 'quotes the reference inside a flow sequence', source: 'keys: [SECRET]\n', expected: 'keys: ["${API_KEY}"]\n' },
  { languageId: 'yaml', title: 'uses repository secrets in a GitHub Actions workflow', identifier: 'API_KEY', path: '/repo/.github/workflows/ci.yml', source: 'env:\n  API_KEY: SECRET\n', expected: 'env:\n  API_KEY: ${{ secrets.API_KEY }}\n' },
  { languageId: 'yaml', title: "drops a workflow expression's fallback for the same repository secret", identifier: 'API_KEY', path: '/repo/.github/workflows/ci.yml', source: "env:\n  API_KEY: ${{ secrets.API_KEY || 'SECRET' }}\n", expected: 'env:\n  API_KEY: ${{ secrets.API_KEY }}\n' },
  { languageId: 'yaml', title: "turns a workflow expression's fallback into its own repository secret", identifier: 'deployKey', name: 'DEPLOY_KEY', path: '/repo/.github/workflows/ci.yml', source: "    with:\n      key: ${{ secrets.PROD_DEPLOY_KEY || 'SECRET' }}\n", expected: '    with:\n      key: ${{ secrets.PROD_DEPLOY_KEY || secrets.DEPLOY_KEY }}\n' },
  { languageId: 'dockercompose', title: 'substitutes an environment list entry', identifier: 'API_KEY', source: 'services:\n  app:\n    environment:\n      - API_KEY=SECRET\n', expected: 'services:\n  app:\n    environment:\n      - API_KEY=${API_KEY}\n' },
  { languageId: 'dockercompose', title: 'drops the :- default of a substitution of the same variable', identifier: 'API_KEY', source: 'services:\n  app:\n    environment:\n      API_KEY: ${API_KEY:-SECRET}\n', expected: 'services:\n  app:\n    environment:\n      API_KEY: ${API_KEY}\n' },
  { languageId: 'yaml', title: 'treats a compose file opened as YAML as Compose', identifier: 'API_KEY', path: '/repo/docker-compose.yml', source: 'services:\n  app:\n    environment:\n      API_KEY: "SECRET"\n', expected: 'services:\n  app:\n    environment:\n      API_KEY: "${API_KEY}"\n' },
  { languageId: 'dockerfile', title: 'declares a build argument for an ENV value', identifier: 'API_KEY', source: 'FROM node:20\nENV API_KEY=SECRET\n', expected: 'FROM node:20\nARG API_KEY\nENV API_KEY="${API_KEY}"\n' },
  { languageId: 'dockerfile', title: 'drops the default of a build argument of the same name', identifier: 'API_KEY', source: 'FROM node:20\nARG API_KEY=SECRET\n', expected: 'FROM node:20\nARG API_KEY\n' },
  { languageId: 'dockerfile', title: 'declares the argument above a continued RUN instruction', source: 'FROM alpine\nRUN apk add curl && \\\n    curl -H "Authorization: Bearer SECRET" https://h\n', expected: 'FROM alpine\nARG API_KEY\nRUN apk add curl && \\\n    curl -H "Authorization: Bearer ${API_KEY}" https://h\n' },
  { languageId: 'makefile', title: 'uses a make variable, which make fills from the environment', source: 'deploy:\n\tcurl -H "X-Token: SECRET" https://h\n', expected: 'deploy:\n\tcurl -H "X-Token: $(API_KEY)" https://h\n' },
  { languageId: 'bat', title: 'uses %NAME% in a batch file', identifier: 'API_KEY', source: 'set API_KEY=SECRET\r\n', expected: 'set API_KEY=%API_KEY%\r\n' },

  // Formats that cannot read the environment: the value moves, a placeholder stays
  { languageId: 'json', title: 'leaves a placeholder in a JSON string', source: '{\n  "apiKey": "SECRET"\n}\n', expected: '{\n  "apiKey": "${API_KEY}"\n}\n' },
  { languageId: 'json', title: 'moves an escaped PEM key out of JSON as real line breaks', identifier: 'private_key', name: 'PRIVATE_KEY', value: PEM, spell: escapedNewlines, source: '{"private_key": "SECRET"}', expected: '{"private_key": "${PRIVATE_KEY}"}' },
  { languageId: 'jsonc', title: 'leaves a placeholder in JSON with comments', source: '// settings\n{ "apiKey": "SECRET" }\n', expected: '// settings\n{ "apiKey": "${API_KEY}" }\n' },
  { languageId: 'toml', title: 'leaves a placeholder in TOML', source: '[api]\napiKey = "SECRET"\n', expected: '[api]\napiKey = "${API_KEY}"\n' },
  { languageId: 'properties', title: 'leaves a placeholder Spring resolves from the environment', ...PASSWORD, source: 'spring.datasource.password=SECRET\n', expected: 'spring.datasource.password=${DB_PASSWORD}\n' },
  { languageId: 'ini', title: 'leaves a placeholder in INI', ...PASSWORD, source: '[db]\npassword = SECRET\n', expected: '[db]\npassword = ${DB_PASSWORD}\n' },
  { languageId: 'xml', title: 'decodes entities and leaves a placeholder in an attribute', value: () => `${randomString(charset.alnum, 16)}&${randomString(charset.alnum, 16)}`, spell: (v) => v.replace('&', '&amp;'), source: '<add key="ApiKey" value="SECRET" />\n', expected: '<add key="ApiKey" value="${API_KEY}" />\n' },
  { languageId: 'markdown', title: 'leaves a placeholder in Markdown', source: 'Use `SECRET` as the key.\n', expected: 'Use `${API_KEY}` as the key.\n' },
  { languageId: 'plaintext', title: 'leaves a placeholder in plain text', source: 'token: SECRET\n', expected: 'token: ${API_KEY}\n' },
  { languageId: 'dotenv', title: 'empties the value in a committed .env.example', identifier: 'API_KEY', path: '/repo/.env.example', source: 'DEBUG=1\nAPI_KEY=SECRET\n', expected: 'DEBUG=1\nAPI_KEY=\n' },
  // VS Code 1.99 opens .env.* files as shell scripts.
  { languageId: 'shellscript', title: 'empties the value in a .env.example opened as a shell script', identifier: 'API_KEY', path: '/repo/.env.example', source: 'API_KEY=SECRET\n', expected: 'API_KEY=\n' },
  { languageId: 'javascript', title: 'rewrites code in a module named like an env file (.env.js)', path: '/repo/.env.js', source: 'module.exports = { apiKey: "SECRET" };\n', expected: 'module.exports = { apiKey: process.env.API_KEY };\n' },
  { languageId: 'plaintext', title: 'reads the environment in Kotlin opened as plain text', path: '/repo/App.kt', source: 'val apiKey = "SECRET"\n', expected: 'val apiKey = System.getenv("API_KEY")\n' },

  // More languages, whole and partial
  { languageId: 'c', title: 'calls getenv inside a function and includes stdlib.h', identifier: 'api_key', source: '#include <stdio.h>\n\nint main(void) {\n    const char *api_key = "SECRET";\n}\n', expected: '#include <stdlib.h>\n#include <stdio.h>\n\nint main(void) {\n    const char *api_key = getenv("API_KEY");\n}\n' },
  { languageId: 'cpp', title: 'calls getenv and includes cstdlib', source: '#include <string>\nstd::string apiKey = "SECRET";\n', expected: '#include <cstdlib>\n#include <string>\nstd::string apiKey = getenv("API_KEY");\n' },
  { languageId: 'lua', title: 'skips a --[[ block ]] comment holding a quote', source: "--[[ don't ]] local apiKey = 'SECRET'\n", expected: '--[[ don\'t ]] local apiKey = os.getenv("API_KEY")\n' },
  { languageId: 'lua', title: 'concatenates with ..', source: 'local url = "https://u:SECRET@h"\n', expected: 'local url = "https://u:" .. os.getenv("API_KEY") .. "@h"\n' },
  { languageId: 'perl', title: 'interpolates %ENV into a double-quoted string', source: 'my $url = "https://u:SECRET@h";\n', expected: 'my $url = "https://u:$ENV{API_KEY}@h";\n' },
  { languageId: 'perl', title: 'interpolates %ENV into qq{…}, whose brackets nest', source: 'my $json = qq{{"key": "SECRET"}};\n', expected: 'my $json = qq{{"key": "$ENV{API_KEY}"}};\n' },
  { languageId: 'perl', title: 'joins the pieces of q(…) with .', source: "my $url = q(https://u:SECRET@h);\n", expected: 'my $url = q(https://u:) . $ENV{API_KEY} . q(@h);\n' },
  { languageId: 'perl', title: 'reads $#array as code, not as a comment', source: 'my %c = (last => $#list, key => "SECRET");\n', expected: 'my %c = (last => $#list, key => $ENV{API_KEY});\n' },
  { languageId: 'perl', title: 'interpolates %ENV into a heredoc', source: 'my $config = <<"END";\nkey = SECRET # not a comment\nEND\nmy $x = 1;\n', expected: 'my $config = <<"END";\nkey = $ENV{API_KEY} # not a comment\nEND\nmy $x = 1;\n' },
  { languageId: 'r', title: 'joins the parts with paste0', source: 'url <- "https://u:SECRET@h"\n', expected: 'url <- paste0("https://u:", Sys.getenv("API_KEY"), "@h")\n' },
  { languageId: 'r', title: 'keeps the pieces of a raw string raw', source: 'url <- r"(C:\\u:SECRET@h)"\n', expected: 'url <- paste0(r"(C:\\u:)", Sys.getenv("API_KEY"), r"(@h)")\n' },
  { languageId: 'scala', title: 'reads sys.env', source: 'val apiKey = "SECRET"\n', expected: 'val apiKey = sys.env("API_KEY")\n' },
  { languageId: 'groovy', title: 'reads env in a Jenkinsfile, whose sandbox blocks System.getenv', path: '/repo/Jenkinsfile', source: 'pipeline {\n  environment {\n    API_KEY = "SECRET"\n  }\n}\n', expected: 'pipeline {\n  environment {\n    API_KEY = env.API_KEY\n  }\n}\n' },
  { languageId: 'groovy', title: 'interpolates into a GString', source: 'def url = "https://u:SECRET@h"\n', expected: 'def url = "https://u:${System.getenv(\'API_KEY\')}@h"\n' },
  { languageId: 'groovy', title: 'interpolates into a slashy string, whose quotes open nothing', source: "def re = /it's SECRET/\ndef q = 'x'\n", expected: "def re = /it's ${System.getenv('API_KEY')}/\ndef q = 'x'\n" },
  { languageId: 'scala', title: 'parenthesises a concatenation after ->, which ranks with +', source: 'val config = Map("k" -> "u:SECRET@h")\n', expected: 'val config = Map("k" -> ("u:" + sys.env("API_KEY") + "@h"))\n' },
  { languageId: 'scala', title: 'reads $$ in an s-string as a dollar sign, not an interpolation', source: 'val t = s"cost: $${SECRET}"\n', expected: 'val t = s"cost: $${${sys.env("API_KEY")}}"\n' },
  { languageId: 'scala', title: 'interpolates into a raw string', source: 'val re = raw"\\d+:SECRET"\n', expected: 'val re = raw"\\d+:${sys.env("API_KEY")}"\n' },
  { languageId: 'kotlin', title: 'keeps the fallback after a guarded read of the same variable, which may be null', source: 'val key = System.getenv("API_KEY")?.takeIf { it.isNotEmpty() } ?: "SECRET"\n', expected: 'val key = System.getenv("API_KEY")?.takeIf { it.isNotEmpty() } ?: System.getenv("API_KEY")\n' },
  { languageId: 'elixir', title: 'interpolates System.fetch_env!', source: 'url = "https://u:SECRET@h"\n', expected: 'url = "https://u:#{System.fetch_env!("API_KEY")}@h"\n' },
  { languageId: 'elixir', title: 'interpolates into a ~s sigil, whose # is no comment', source: 'url = ~s(https://u:SECRET@h/#x)\n', expected: 'url = ~s(https://u:#{System.fetch_env!("API_KEY")}@h/#x)\n' },
  { languageId: 'elixir', title: 'joins the pieces of a ~S sigil with <>', source: 'url = ~S(https://u:SECRET@h/#{x})\n', expected: 'url = ~S(https://u:) <> System.fetch_env!("API_KEY") <> ~S(@h/#{x})\n' },
  { languageId: 'elixir', title: 'interpolates into a heredoc', source: 'body = """\n  key: SECRET\n  """\n', expected: 'body = """\n  key: #{System.fetch_env!("API_KEY")}\n  """\n' },
  { languageId: 'clojure', title: 'calls System/getenv', source: '(def api-key "SECRET")\n', identifier: 'api-key', expected: '(def api-key (System/getenv "API_KEY"))\n' },
  { languageId: 'clojure', title: 'joins the parts with str', source: '(def url "https://u:SECRET@h")\n', expected: '(def url (str "https://u:" (System/getenv "API_KEY") "@h"))\n' },
  { languageId: 'erlang', title: 'calls os:getenv', source: 'ApiKey = "SECRET",\n', identifier: 'ApiKey', expected: 'ApiKey = os:getenv("API_KEY"),\n' },
  { languageId: 'erlang', title: 'concatenates with ++', source: 'Url = "https://u:SECRET@h",\n', expected: 'Url = "https://u:" ++ os:getenv("API_KEY") ++ "@h",\n' },
  { languageId: 'crystal', title: 'reads ENV', source: 'API_KEY = "SECRET"\n', identifier: 'API_KEY', expected: 'API_KEY = ENV["API_KEY"]\n' },
  { languageId: 'plaintext', title: 'interpolates ENV in Crystal opened as plain text', path: '/repo/src/app.cr', source: 'url = "https://u:SECRET@h"\n', expected: 'url = "https://u:#{ENV["API_KEY"]}@h"\n' },
  { languageId: 'ocaml', title: 'calls Sys.getenv in parentheses, past a nested comment', source: '(* (* "a" *) " *)\nlet api_key = "SECRET"\n', expected: '(* (* "a" *) " *)\nlet api_key = (Sys.getenv "API_KEY")\n' },
  { languageId: 'ocaml', title: 'concatenates with ^', source: 'let url = "https://u:SECRET@h"\n', expected: 'let url = "https://u:" ^ (Sys.getenv "API_KEY") ^ "@h"\n' },
  { languageId: 'ocaml', title: 'keeps the pieces of a {|quoted|} string quoted', source: 'let url = {|https://u:SECRET@h|}\n', expected: 'let url = {|https://u:|} ^ (Sys.getenv "API_KEY") ^ {|@h|}\n' },
  { languageId: 'ocaml', title: "reads a '\"' character as no string", source: "let q = '\"'\nlet api_key = \"SECRET\"\n", expected: "let q = '\"'\nlet api_key = (Sys.getenv \"API_KEY\")\n" },
  { languageId: 'erlang', title: 'reads $" and $% characters as no string and no comment', source: 'Q = [$", $%], ApiKey = "SECRET",\n', expected: 'Q = [$", $%], ApiKey = os:getenv("API_KEY"),\n' },
  { languageId: 'elixir', title: 'reads ?" and ?# characters as no string and no comment', source: 'q = [?", ?#]; key = "SECRET"\n', expected: 'q = [?", ?#]; key = System.fetch_env!("API_KEY")\n' },
  { languageId: 'elixir', title: 'takes #@ for text, which Elixir does not interpolate', source: 'url = "#@u:SECRET"\n', expected: 'url = "#@u:#{System.fetch_env!("API_KEY")}"\n' },
  { languageId: 'clojure', title: 'reads \\" and \\; characters as no string and no comment', source: '(def q [\\" \\;]) (def api-key "SECRET")\n', expected: '(def q [\\" \\;]) (def api-key (System/getenv "API_KEY"))\n' },
  { languageId: 'r', title: 'reads a name in backticks as no string', source: '`a"b` <- 1; api_key <- "SECRET"\n', expected: '`a"b` <- 1; api_key <- Sys.getenv("API_KEY")\n' },
  { languageId: 'c', title: 'rewrites a macro that functions use', source: '#define API_KEY "SECRET"\nconst char *key(void) { return API_KEY; }\n', expected: '#include <stdlib.h>\n\n#define API_KEY getenv("API_KEY")\nconst char *key(void) { return API_KEY; }\n' },
  { languageId: 'julia', title: 'reads ENV', source: 'api_key = "SECRET"\n', expected: 'api_key = ENV["API_KEY"]\n' },
  { languageId: 'julia', title: 'moves a raw string as written, backslash included', value: () => `${randomString(charset.alnum, 16)}\\${randomString(charset.alnum, 16)}`, source: 'api_key = raw"SECRET"\n', expected: 'api_key = ENV["API_KEY"]\n' },
  { languageId: 'julia', title: 'interpolates ENV', source: 'url = "https://u:SECRET@h"\n', expected: 'url = "https://u:$(ENV["API_KEY"])@h"\n' },
  { languageId: 'fsharp', title: 'calls GetEnvironmentVariable', source: 'let apiKey = "SECRET"\n', expected: 'let apiKey = System.Environment.GetEnvironmentVariable("API_KEY")\n' },
  { languageId: 'fsharp', title: 'reads a verbatim string', value: () => `${randomString(charset.alnum, 16)}"${randomString(charset.alnum, 16)}`, spell: (v) => v.replace('"', '""'), source: 'let apiKey = @"SECRET"\n', expected: 'let apiKey = System.Environment.GetEnvironmentVariable("API_KEY")\n' },
  { languageId: 'vb', title: 'concatenates with &', source: 'Dim url = "https://u:SECRET@h"\n', expected: 'Dim url = "https://u:" & Environment.GetEnvironmentVariable("API_KEY") & "@h"\n' },
  { languageId: 'vb', title: 'replaces a typed declaration', source: 'Dim apiKey As String = "SECRET"\n', expected: 'Dim apiKey As String = Environment.GetEnvironmentVariable("API_KEY")\n' },
  { languageId: 'r', title: 'reads Sys.getenv in an arrow assignment', source: 'api_key <- "SECRET"\n', expected: 'api_key <- Sys.getenv("API_KEY")\n' },
  { languageId: 'rust', title: 'borrows the variable where a &str was declared', source: 'let api_key: &str = "SECRET";\n', expected: 'let api_key: &str = &*std::env::var("API_KEY").expect("API_KEY must be set");\n' },
  { languageId: 'cpp', title: 'rewrites a value assigned to a map element', source: 'void f() { config["key"] = "SECRET"; }\n', expected: '#include <cstdlib>\n\nvoid f() { config["key"] = getenv("API_KEY"); }\n' },
  { languageId: 'c', title: 'rewrites a macro body, which expands where it is used', source: '#define API_KEY "SECRET"\n', expected: '#include <stdlib.h>\n\n#define API_KEY getenv("API_KEY")\n' },
  { languageId: 'yaml', title: 'substitutes the value field of a Kubernetes env list', identifier: 'API_KEY', source: 'env:\n  - name: API_KEY\n    value: "SECRET"\n', expected: 'env:\n  - name: API_KEY\n    value: "${API_KEY}"\n' },
  { languageId: 'coffeescript', title: 'reads process.env', source: 'apiKey = "SECRET"\n', expected: 'apiKey = process.env.API_KEY\n' },
  { languageId: 'coffeescript', title: 'interpolates into a double-quoted string', source: 'url = "https://u:SECRET@h"\n', expected: 'url = "https://u:#{process.env.API_KEY}@h"\n' },
  { languageId: 'coffeescript', title: 'concatenates a single-quoted string', source: "url = 'https://u:SECRET@h'\n", expected: "url = 'https://u:' + process.env.API_KEY + '@h'\n" },
  { languageId: 'objective-c', title: 'boxes getenv where an NSString literal was', source: 'void f(void) {\n  NSString *apiKey = @"SECRET";\n}\n', expected: '#include <stdlib.h>\n\nvoid f(void) {\n  NSString *apiKey = @(getenv("API_KEY"));\n}\n' },
  { languageId: 'cuda-cpp', title: 'treats CUDA as C++', source: 'int main() {\n  const char* apiKey = "SECRET";\n}\n', expected: '#include <cstdlib>\n\nint main() {\n  const char* apiKey = getenv("API_KEY");\n}\n' },
  { languageId: 'terraform', title: 'moves a variable default to TF_VAR_<name> and drops the default', name: 'TF_VAR_api_key', source: 'variable "api_key" {\n  type    = string\n  default = "SECRET"\n}\n', expected: 'variable "api_key" {\n  type    = string\n}\n' },
  { languageId: 'terraform', title: 'reads a provider attribute from a new sensitive variable', name: 'TF_VAR_api_key', source: 'provider "acme" {\n  api_key = "SECRET"\n}\n', expected: 'provider "acme" {\n  api_key = var.api_key\n}\n\nvariable "api_key" {\n  type      = string\n  sensitive = true\n}\n' },
  { languageId: 'terraform', title: 'interpolates the variable into a string that keeps other text', name: 'TF_VAR_api_key', source: 'resource "acme_hook" "ci" {\n  header = "Bearer SECRET"\n}', expected: 'resource "acme_hook" "ci" {\n  header = "Bearer ${var.api_key}"\n}\n\nvariable "api_key" {\n  type      = string\n  sensitive = true\n}\n' },
  { languageId: 'terraform', title: 'declares nothing the module already declares', name: 'TF_VAR_api_key', declared: ['api_key'], source: 'provider "acme" {\n  api_key = "SECRET"\n}\n', expected: 'provider "acme" {\n  api_key = var.api_key\n}\n' },
  { languageId: 'terraform', title: 'moves a .tfvars value to TF_VAR_<name> and drops its line', name: 'TF_VAR_api_key', path: '/repo/prod.tfvars', source: 'region  = "eu-west-1"\napi_key = "SECRET" # prod\n', expected: 'region  = "eu-west-1"\n' },
  {
    languageId: 'yaml',
    title: 'moves a Kubernetes env value to a Secret the container reads with secretKeyRef',
    identifier: 'API_KEY',
    path: '/repo/k8s/deployment.yaml',
    source: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: API_KEY\n              value: "SECRET"\n            - name: MODE\n              value: prod\n',
    expected: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: web-env\n                  key: API_KEY\n            - name: MODE\n              value: prod\n',
  },
  { languageId: 'json', title: 'leaves a placeholder in a value field beside its name', identifier: 'API_KEY', source: '[{"name": "API_KEY", "value": "SECRET"}]\n', expected: '[{"name": "API_KEY", "value": "${API_KEY}"}]\n' },
];

interface Refusal {
  readonly languageId: string;
  readonly title: string;
  readonly source: string;
  readonly reason: RegExp;
  readonly identifier?: string;
  readonly path?: string;
  readonly ruleId?: string;
  readonly value?: () => string;
  readonly spell?: (value: string) => string;
}

const REFUSALS: readonly Refusal[] = [
  { languageId: 'dotenv', title: 'a secret already in .env', path: '/repo/.env', source: 'API_KEY=SECRET\n', reason: /env file already/ },
  { languageId: 'yaml', title: 'a ${{ … }} expression outside a GitHub Actions workflow', path: '/repo/deploy.yml', source: "env:\n  API_KEY: ${{ secrets.API_KEY || 'SECRET' }}\n", reason: /only GitHub Actions workflows evaluate/ },
  { languageId: 'javascript', title: 'a template with a tag of its own', source: 'const q = gql`query { key(value: "SECRET") }`;\n', reason: /tagged with gql/ },
  { languageId: 'javascript', title: 'a secret cut out of a legacy octal escape', source: 'const k = "\\0SECRET";\n', value: () => `4${randomString(charset.alnum, 31)}`, reason: /inside an escape sequence/ },
  { languageId: 'elixir', title: 'a charlist', source: "key = 'SECRET'\n", reason: /kind of literal/ },
  { languageId: 'perl', title: 'a secret that continues an interpolated name', source: 'my $url = "$hostSECRET";\n', reason: /runs on from the name of an interpolated variable/ },
  { languageId: 'perl', title: 'a split string repeated with x', source: "my $line = '-SECRET-' x 3;\n", reason: /repeated with x/ },
  { languageId: 'perl', title: 'a secret inside a bracket pair of q{…}', source: 'my $t = q{a{SECRET}b};\n', reason: /inside a bracket pair/ },
  { languageId: 'perl', title: 'a word of qw(…)', source: 'my @keys = qw(first SECRET);\n', reason: /kind of literal/ },
  { languageId: 'ruby', title: 'a quoted heredoc', source: "t = <<~'EOS'\n  key=SECRET\nEOS\n", reason: /heredoc is quoted/ },
  { languageId: 'php', title: 'a heredoc, where getenv() cannot be called', source: "<?php\n$t = <<<EOT\n  key=SECRET # no comment\n  EOT;\n", reason: /heredoc, where getenv\(\) cannot be called/ },
  { languageId: 'python', title: 'a secret cut out of an octal escape', source: 'key = "\\0SECRET"\n', value: () => `1${randomString(charset.alnum, 31)}`, reason: /inside an escape sequence/ },
  { languageId: 'python', title: 'a split string joined to the literal before it', source: 'key = "prefix" "\\N{BULLET}SECRET"\n', reason: /next to another string literal/ },
  // Code a stock VS Code opens as plain text: a placeholder written into its string would break the program.
  { languageId: 'plaintext', title: 'Zig opened as plain text', path: '/repo/src/main.zig', source: 'const api_key = "SECRET";\n', reason: /^This fix does not rewrite Zig: move the value to \.env by hand/ },
  { languageId: 'plaintext', title: 'Haskell opened as plain text', path: '/repo/app/Main.hs', source: 'apiKey = "SECRET"\n', reason: /^This fix does not rewrite Haskell/ },
  { languageId: 'vue', title: 'a key in a Vue template, which renders in the browser', source: '<template>\n  <template v-if="ready">ok</template>\n  <Chat api-key="SECRET" />\n</template>\n', reason: /Vue template.*cannot read the environment/ },
  // VS Code 1.99 opens .env as properties and .env.local as a shell script: rewriting either as a read of itself would lose the value.
  { languageId: 'properties', title: 'a secret in .env opened as properties', path: '/repo/.env', source: 'API_KEY=SECRET\n', reason: /env file already/ },
  { languageId: 'shellscript', title: 'a secret in .env.local opened as a shell script', path: '/repo/.env.local', source: 'export API_KEY=SECRET\n', reason: /env file already/ },
  { languageId: 'javascript', title: 'a name Vite would ship to browsers', identifier: 'VITE_API_KEY', source: 'const VITE_API_KEY = "SECRET";\n', reason: /VITE_API_KEY.*Vite.*browsers/ },
  { languageId: 'typescriptreact', title: 'a name Next.js would ship to browsers', identifier: 'NEXT_PUBLIC_STRIPE_KEY', source: 'const key = process.env.X ?? "SECRET";\n', reason: /Next\.js/ },
  { languageId: 'go', title: 'a Go const block using iota, whose values would shift', source: 'package main\n\nconst (\n\tdsn = "SECRET"\n\tlevel = iota\n)\n', reason: /const block/ },
  { languageId: 'go', title: 'a Go const block entry that the next line repeats', source: 'package main\n\nconst (\n\tdsn = "SECRET"\n\tcopyOfDsn\n)\n', reason: /const block/ },
  { languageId: 'go', title: 'a Go byte escape, which is no text', source: 'package main\n\nvar k = "SECRET"\n', value: () => `\xff${randomString(charset.alnum, 31)}`, spell: (v) => `\\xff${v.slice(1)}`, reason: /cannot determine/ },
  { languageId: 'go', title: 'a Go struct field tag', source: 'package main\n\ntype C struct {\n\tKey string `json:"SECRET"`\n}\n', reason: /struct field tag/ },
  { languageId: 'go', title: 'a Go constant that another constant is made of', source: 'package main\n\nconst key = "SECRET"\nconst header = "Bearer " + key\n', reason: /key is used in another constant/ },
  { languageId: 'go', title: 'an unused Go local constant, which Go would reject as an unused var', source: 'package main\n\nfunc f() {\n\tconst key = "SECRET"\n}\n', reason: /nothing uses/ },
  { languageId: 'java', title: 'a Java case label', source: 'switch (k) { case "SECRET": break; }\n', reason: /case label/ },
  { languageId: 'java', title: 'a Java annotation argument', source: '@Value("SECRET")\nString key;\n', reason: /annotation/ },
  { languageId: 'java', title: 'a fallback to a read of the same variable that does more than the secret', source: 'String k = System.getenv().getOrDefault("API_KEY", "SECRET".trim());\n', reason: /fallback of a read of API_KEY/ },
  { languageId: 'kotlin', title: 'part of an elvis fallback to a read of the same variable', source: 'val key = System.getenv("API_KEY") ?: "Bearer SECRET"\n', reason: /fallback of a read of API_KEY/ },
  { languageId: 'scala', title: 'an s-string cut out of an octal escape, with an interpolation elsewhere', source: 'val k = s"$n\\0SECRET"\n', value: () => `4${randomString(charset.alnum, 31)}`, reason: /inside an escape sequence/ },
  { languageId: 'groovy', title: 'a GString cut out of an octal escape', source: 'def k = "$n\\0SECRET"\n', value: () => `4${randomString(charset.alnum, 31)}`, reason: /inside an escape sequence/ },
  { languageId: 'groovy', title: "a '''-string cut after a quote, which would close it", source: "def k = '''it's 'SECRET'''\n", reason: /would end in a quote/ },
  {
    languageId: 'java',
    title: 'a Java constant that a case label uses',
    source: 'class A {\n  static final String KEY = "SECRET";\n  int f(String s) { switch (s) { case A.KEY: return 1; default: return 0; } }\n}\n',
    reason: /KEY is used as a case label/,
  },
  { languageId: 'java', title: 'a Java constant that an annotation uses', source: 'class A {\n  public static final String TOKEN = "SECRET";\n  @Named(TOKEN) Object o;\n}\n', reason: /TOKEN is used in an annotation/ },
  { languageId: 'csharp', title: 'a C# const that an attribute uses', source: 'class A {\n  const string Key = "SECRET";\n  [Obsolete(Key)] void F() {}\n}\n', reason: /Key is used in an annotation/ },
  { languageId: 'csharp', title: 'a C# attribute argument', source: '[Secret("SECRET")]\nclass C {}\n', reason: /annotation argument/ },
  { languageId: 'csharp', title: "a C# const that is a parameter's default", source: 'class A {\n  const string Key = "SECRET";\n  void F(string k = Key) {}\n}\n', reason: /Key is a parameter's default/ },
  { languageId: 'csharp', title: 'a C# const that another const is made of', source: 'class A {\n  const string Key = "SECRET";\n  const string Header = "Bearer " + Key;\n}\n', reason: /Key is used in another const/ },
  { languageId: 'rust', title: 'a Rust const', source: 'const KEY: &str = "SECRET";\n', reason: /const or static/ },
  { languageId: 'rust', title: 'a Rust match pattern', source: 'match k { "SECRET" => 1, _ => 0 }\n', reason: /pattern/ },
  { languageId: 'rust', title: 'a Rust pattern nested in a match arm', source: 'match k { Some(("a", "SECRET")) => 1, _ => 0 }\n', reason: /pattern/ },
  { languageId: 'rust', title: 'a Rust if-let pattern', source: 'if let Some("SECRET") = key {}\n', reason: /pattern/ },
  { languageId: 'rust', title: 'a Rust attribute argument', source: '#[doc = "SECRET"]\nfn f() {}\n', reason: /attribute/ },
  { languageId: 'typescript', title: 'a member of a union of string literal types', source: 'type Key = "none" | "SECRET";\n', reason: /literal type/ },
  { languageId: 'typescript', title: "a string literal type in a declaration's annotation", source: 'let k: "SECRET" = load();\n', reason: /literal type/ },
  { languageId: 'typescript', title: 'a string literal type in an interface', source: 'interface Config {\n  key: "SECRET";\n}\n', reason: /literal type/ },
  { languageId: 'typescript', title: "a string literal type in a parameter's annotation", source: 'function f(key: "SECRET") {}\n', reason: /literal type/ },
  { languageId: 'php', title: 'a PHP class constant', source: "<?php\nclass A { const KEY = 'SECRET'; }\n", reason: /PHP constant/ },
  { languageId: 'php', title: 'a PHP property default', source: "<?php\nclass A {\n    private $key = 'SECRET';\n}\n", reason: /property default/ },
  { languageId: 'python', title: 'a Python match-case pattern', source: 'match k:\n    case "SECRET":\n        pass\n', reason: /match-case/ },
  { languageId: 'c', title: 'part of a C string', source: 'void f(void) { const char *u = "https://u:SECRET@h"; }\n', reason: /getenv/ },
  { languageId: 'python', title: 'a Python string joined to the one before it', source: 'url = ("https://api.example.net/v1?key="\n       "SECRET")\n', reason: /next to another string literal/ },
  { languageId: 'c', title: 'a C string joined to the one after it', source: 'void f(void) { puts("SECRET" "\\n"); }\n', reason: /next to another string literal/ },
  { languageId: 'c', title: 'a C file-scope initialiser', source: 'static const char *k = "SECRET";\n', reason: /file-scope/ },
  { languageId: 'c', title: 'a sized char array', source: 'void f(void) { char key[64] = "SECRET"; }\n', reason: /char array/ },
  { languageId: 'terraform', title: 'a Terraform default that shares its line', source: 'variable "api_key" { default = "SECRET" }\n', reason: /input variables/ },
  { languageId: 'cpp', title: 'a C++ constexpr', source: 'constexpr const char* kApiKey = "SECRET";\n', reason: /constexpr/ },
  { languageId: 'c', title: 'a C static local, which needs a constant', source: 'void f(void) { static const char *k = "SECRET"; }\n', reason: /static variable/ },
  { languageId: 'c', title: 'a C file-scope struct initialiser', source: 'static const struct c x = {\n  .k = "SECRET" };\n', reason: /file-scope/ },
  { languageId: 'c', title: 'a C macro used at file scope', source: '#define API_KEY "SECRET"\nstatic const char *k = API_KEY;\n', reason: /API_KEY is used where a constant is required/ },
  { languageId: 'c', title: "a C string joined to a macro's", source: '#define PREFIX "x-"\nvoid f(void) { puts(PREFIX "SECRET"); }\n', reason: /joined to a neighbour/ },
  { languageId: 'cpp', title: 'a C++ user-defined literal', source: 'auto k = "SECRET"s;\n', reason: /suffix/ },
  { languageId: 'cpp', title: 'a wide raw string', source: 'auto k = LR"(SECRET)";\n', reason: /kind of literal/ },
  { languageId: 'erlang', title: 'an Erlang binary', source: 'K = <<"SECRET"/utf8>>,\n', reason: /binary/ },
  { languageId: 'erlang', title: 'an Erlang string joined to the one before it', source: 'K = "x-" "SECRET",\n', reason: /next to another string literal/ },
  { languageId: 'r', title: 'an R string cut beside a byte escape', source: 'k <- "\\xe9:SECRET"\n', reason: /byte/ },
  { languageId: 'elixir', title: 'a ~S sigil cut after a backslash, which would escape its delimiter', source: 'k = ~S(\\SECRET)\n', reason: /inside an escape sequence/ },
  { languageId: 'clojure', title: 'a string in a quoted Clojure form', source: "(def ks '[\"a\" \"SECRET\"])\n", reason: /quoted form/ },
  { languageId: 'clojure', title: 'a Clojure regex', source: '(def re #"SECRET")\n', reason: /kind of literal/ },
  { languageId: 'typescript', title: 'a TypeScript string enum member', source: 'export enum Keys {\n  Api = "SECRET",\n}\n', reason: /enum member/ },
  { languageId: 'shellscript', title: 'a quoted heredoc', source: "cat <<'EOF'\ntoken: SECRET\nEOF\n", reason: /quoted/ },
  { languageId: 'swift', title: 'a multi-line Swift string whose indentation is stripped', value: PEM, spell: indented('    '), source: 'let k = """\n    SECRET\n    """\n', reason: /strips indentation/ },
  { languageId: 'sql', title: 'SQL, which cannot read the environment', source: "CREATE USER app PASSWORD 'SECRET';\n", reason: /SQL cannot read/ },
  { languageId: 'cobol', title: 'an unknown language', source: "MOVE 'SECRET' TO KEY.\n", reason: /does not know/ },
  { languageId: 'javascript', title: 'a secret outside any string literal', source: 'const k = SECRET;\n', reason: /not inside a JavaScript string literal/ },
  { languageId: 'javascript', title: 'an unterminated string', source: 'const k = "SECRET\n', reason: /not terminated/ },
  { languageId: 'json', title: 'a service-account key file', ruleId: 'gcp-service-account-key', source: '{"type": "service_account", "private_key": "SECRET"}\n', reason: /GOOGLE_APPLICATION_CREDENTIALS/ },
  { languageId: 'javascript', title: 'a value dotenv cannot carry', value: () => ` ${randomString(charset.alnum, 20)} # x\\`, spell: (v) => v.replace(/\\/g, '\\\\'), source: "const apiKey = 'SECRET';\n", reason: /cannot be written to \.env/ },
];

function finding(source: string, spelled: string, identifier: string | undefined, ruleId = 'generic-secret-assignment') {
  const start = source.indexOf('SECRET');
  return { start, end: start + spelled.length, identifier, envName: undefined, ruleId, provider: 'Test' };
}

describe('planMoveToEnv, per language', () => {
  before(() => reseed(404));

  for (const row of ROWS) {
    it(`${row.languageId}: ${row.title}`, () => {
      const value = row.value ? row.value() : randomString(charset.alnum, 32);
      const spelled = (row.spell ?? ((v: string) => v))(value);
      const text = row.source.replace('SECRET', () => spelled);
      const plan = planMoveToEnv({
        text,
        languageId: row.languageId,
        path: row.path,
        declaredVariables: row.declared,
        findings: [finding(row.source, spelled, row.identifier ?? 'apiKey')],
        gitignore: { covered: true, entry: '.env' },
      });
      assert.equal(plan.refusal, undefined, plan.refusal);
      const name = row.name ?? 'API_KEY';
      assert.deepEqual(plan.names, [name]);
      assert.equal(applyEdits(text, plan.document), row.expected);
      assert.equal(dotenv.parse(applyEdits('', plan.envFile.edits))[name], value, 'the .env reads back the value');
      assert.ok(plan.notes.length > 0, 'the plan says what is left to do');
      for (const note of plan.notes) assert.ok(!note.includes(value) && !note.includes(spelled), 'a note holds the secret');
    });
  }

  it(`covers ${new Set(ROWS.map((r) => r.languageId)).size} language ids in ${ROWS.length} cases`, () => {
    const ids = new Set(ROWS.map((r) => r.languageId));
    for (const id of ['javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'python', 'go', 'java', 'kotlin', 'csharp', 'ruby', 'php', 'rust', 'swift', 'dart', 'shellscript', 'powershell', 'yaml', 'dockercompose', 'dockerfile', 'json', 'properties', 'toml', 'xml', 'ini']) {
      assert.ok(ids.has(id), id);
    }
  });
});

describe('planMoveToEnv refuses, and says why', () => {
  before(() => reseed(405));

  for (const row of REFUSALS) {
    it(`refuses ${row.title} (${row.languageId})`, () => {
      const value = row.value ? row.value() : randomString(charset.alnum, 32);
      const spelled = (row.spell ?? ((v: string) => v))(value);
      const text = row.source.replace('SECRET', () => spelled);
      const plan = planMoveToEnv({
        text,
        languageId: row.languageId,
        path: row.path,
        findings: [finding(row.source, spelled, row.identifier ?? 'apiKey', row.ruleId)],
        gitignore: { covered: false, entry: '.env' },
      });
      assert.ok(plan.refusal, 'expected a refusal');
      assert.match(plan.refusal, row.reason);
      assert.ok(!plan.refusal.includes(value.trim()) && !plan.refusal.includes(spelled.trim()), 'the refusal holds the secret');
      assert.deepEqual(plan.document, []);
      assert.deepEqual(plan.envFile.edits, []);
      assert.equal(plan.gitignore, undefined);
    });
  }
});

describe('planMoveToEnv notes', () => {
  it('warns that a page publishes whatever key is substituted back into it, and a config file does not', () => {
    const notesOf = (languageId: string, path: string, text: string) =>
      planMoveToEnv({ text, languageId, path, findings: [finding(text, 'SECRET', 'apiKey')], gitignore: { covered: true, entry: '.env' } }).notes.join('\n');
    assert.match(notesOf('html', '/w/index.html', '<script>const apiKey = "SECRET";</script>\n'), /every visitor can read/);
    assert.match(notesOf('razor', '/w/Pages/Map.cshtml', '<div data-key="SECRET"></div>\n'), /every visitor can read/);
    assert.doesNotMatch(notesOf('xml', '/w/app.config', '<apiKey>SECRET</apiKey>\n'), /every visitor/);
  });

  it('tells a TypeScript file that an unasserted read may be undefined, and not a JavaScript file or an asserted read', () => {
    const notesOf = (languageId: string, path: string, text: string) =>
      planMoveToEnv({ text, languageId, path, findings: [finding(text, 'SECRET', 'apiKey')], gitignore: { covered: true, entry: '.env' } }).notes.join('\n');
    assert.match(notesOf('typescript', '/w/client.ts', 'const client = create({ apiKey: "SECRET" });\n'), /process\.env\.API_KEY is string \| undefined/);
    assert.match(notesOf('typescriptreact', '/w/App.tsx', 'const apiKey = "SECRET";\n'), /string \| undefined/);
    assert.doesNotMatch(notesOf('javascript', '/w/client.js', 'connect("SECRET");\n'), /string \| undefined/);
    assert.doesNotMatch(notesOf('typescript', '/w/client.ts', 'const apiKey: string = "SECRET";\n'), /string \| undefined/);
    assert.doesNotMatch(notesOf('typescript', '/w/client.ts', 'connect("SECRET");\n'), /string \| undefined/);
  });

  it('tells a workflow to add the repository secret, and not that YAML substitutes ${NAME}', () => {
    for (const text of ['env:\n  API_KEY: SECRET\n', "env:\n  API_KEY: ${{ secrets.API_KEY || 'SECRET' }}\n"]) {
      const plan = planMoveToEnv({ text, languageId: 'yaml', path: '/w/.github/workflows/ci.yml', findings: [finding(text, 'SECRET', 'API_KEY')], gitignore: { covered: true, entry: '.env' } });
      assert.equal(plan.refusal, undefined);
      assert.ok(plan.notes.some((note) => note.includes("repository's Actions secrets")), plan.notes.join('\n'));
      assert.ok(!plan.notes.some((note) => note.includes('substitutes')), plan.notes.join('\n'));
    }
  });

  it('tells how to create the Kubernetes Secret, and not that YAML substitutes ${NAME}', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n    - name: app\n      env:\n        - name: DB_PASSWORD\n          value: "SECRET"\n';
    const plan = planMoveToEnv({ text, languageId: 'yaml', findings: [finding(text, 'SECRET', 'DB_PASSWORD')], gitignore: { covered: true, entry: '.env' } });
    assert.equal(plan.refusal, undefined);
    assert.ok(plan.notes.some((note) => note.includes('kubectl create secret generic api-env --from-env-file=.env')), plan.notes.join('\n'));
    assert.ok(!plan.notes.some((note) => note.includes('substitutes')), plan.notes.join('\n'));
  });
});

describe('planMoveToEnv notes for properties files', () => {
  const note = (path: string) => {
    const text = 'auth_token=SECRET\n';
    return planMoveToEnv({ text, languageId: 'properties', path, findings: [finding(text, 'SECRET', 'auth_token')], gitignore: { covered: true, entry: '.env' } }).notes.join('\n');
  };

  it('names Spring for a .properties file, but not for the .conf files VS Code also opens as properties', () => {
    assert.match(note('/repo/src/main/resources/application.properties'), /Spring Boot/);
    assert.doesNotMatch(note('/etc/nginx/nginx.conf'), /Spring/);
    assert.match(note('/etc/nginx/nginx.conf'), /cannot read environment variables/);
  });
});

describe('language coverage', () => {
  // The language ids VS Code 1.99's built-in extensions contribute (embedded and internal ones left out).
  const BUILT_IN = 'bat bibtex c clojure coffeescript cpp csharp css cuda-cpp dart diff dockercompose dockerfile fsharp git-commit git-rebase go groovy handlebars hlsl html ignore ini jade java javascript javascriptreact json jsonc jsonl julia juliamarkdown latex less log lua makefile markdown markdown-math objective-c objective-cpp perl php powershell properties python r razor restructuredtext ruby rust scss shaderlab shellscript snippets sql swift tex typescript typescriptreact vb wat xml xsl yaml';

  it('knows how every built-in language reads the environment, or says why it cannot', () => {
    const unknown = BUILT_IN.split(' ').filter((languageId) => {
      const text = 'x = "SECRET"\n';
      const plan = planMoveToEnv({ text, languageId, findings: [finding(text, 'SECRET', 'apiKey')], gitignore: { covered: true, entry: '.env' } });
      return plan.refusal !== undefined && /does not know/.test(plan.refusal);
    });
    assert.deepEqual(unknown, []);
  });
});
