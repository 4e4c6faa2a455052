import * as assert from 'node:assert/strict';
import { ALLOW_DIRECTIVE, planIgnoreLine, scanText } from '../../../src/engine';
import { applyEdits } from '../support/edits';
import { charset, randomString, reseed } from '../support/fake';

interface Row {
  readonly languageId: string;
  readonly title: string;
  /** `SECRET` marks the secret; the finding is on its line. */
  readonly source: string;
  /** The text afterwards, or a refusal pattern. */
  readonly expected: string | RegExp;
  /** The scanner reports this secret, so the result must silence it. */
  readonly rescan?: boolean;
  readonly value?: () => string;
  /** The document's path, for a language id that says nothing about its syntax. */
  readonly path?: string;
}

const D = ALLOW_DIRECTIVE;
const PEM = () => ['-----BEGIN PRIVATE KEY-----', ...Array.from({ length: 3 }, () => randomString(charset.base64, 64)), '-----END PRIVATE KEY-----'].join('\n');

const ROWS: readonly Row[] = [
  { languageId: 'javascript', title: 'appends a line comment', rescan: true, source: 'const serviceApiKey = "SECRET";\n', expected: `const serviceApiKey = "SECRET"; // ${D}\n` },
  { languageId: 'typescript', title: 'appends after an existing comment', rescan: true, source: 'const serviceApiKey = "SECRET"; // local only\n', expected: `const serviceApiKey = "SECRET"; // local only // ${D}\n` },
  { languageId: 'python', title: 'uses # with two spaces, as PEP 8 asks', rescan: true, source: 'service_api_key = "SECRET"\n', expected: `service_api_key = "SECRET"  # ${D}\n` },
  { languageId: 'go', title: 'uses //', rescan: true, source: 'var serviceApiKey = "SECRET"\n', expected: `var serviceApiKey = "SECRET" // ${D}\n` },
  { languageId: 'ruby', title: 'uses #', rescan: true, source: 'service_api_key = "SECRET"\n', expected: `service_api_key = "SECRET" # ${D}\n` },
  { languageId: 'yaml', title: 'uses # after a plain scalar', rescan: true, source: 'service:\n  api_key: SECRET\n', expected: `service:\n  api_key: SECRET # ${D}\n` },
  { languageId: 'powershell', title: 'uses #', rescan: true, source: '$serviceApiKey = "SECRET"\n', expected: `$serviceApiKey = "SECRET" # ${D}\n` },
  { languageId: 'sql', title: 'uses --', source: "UPDATE t SET api_key = 'SECRET';\n", expected: `UPDATE t SET api_key = 'SECRET'; -- ${D}\n` },
  { languageId: 'lua', title: 'uses --', rescan: true, source: 'local service_api_key = "SECRET"\n', expected: `local service_api_key = "SECRET" -- ${D}\n` },
  { languageId: 'vb', title: "uses '", source: 'Dim serviceApiKey = "SECRET"\n', expected: `Dim serviceApiKey = "SECRET" ' ${D}\n` },
  { languageId: 'erlang', title: 'uses %', source: 'ApiKey = "SECRET",\n', expected: `ApiKey = "SECRET", % ${D}\n` },
  { languageId: 'html', title: 'uses an HTML comment after the element', source: '<div data-api-key="SECRET"></div>\n', expected: `<div data-api-key="SECRET"></div> <!-- ${D} -->\n` },
  { languageId: 'markdown', title: 'uses an HTML comment', source: 'Key: SECRET\n', expected: `Key: SECRET <!-- ${D} -->\n` },
  { languageId: 'css', title: 'uses a block comment', source: '.a { --api-key: "SECRET"; }\n', expected: `.a { --api-key: "SECRET"; } /* ${D} */\n` },
  { languageId: 'jsonc', title: 'uses // in JSON with comments', source: '{ "apiKey": "SECRET" }\n', expected: `{ "apiKey": "SECRET" } // ${D}\n` },
  { languageId: 'vue', title: 'uses // inside a script block', source: '<script>\nconst serviceApiKey = "SECRET";\n</script>\n', expected: `<script>\nconst serviceApiKey = "SECRET"; // ${D}\n</script>\n` },
  { languageId: 'javascriptreact', title: 'puts a block comment inside the JSX tag', source: 'const a = <Map apiKey="SECRET" />;\n', expected: `const a = <Map apiKey="SECRET" /* ${D} */ />;\n` },
  { languageId: 'javascript', title: 'adds the bare directive inside a block comment', source: '/* serviceApiKey = "SECRET"\n */\n', expected: `/* serviceApiKey = "SECRET" ${D}\n */\n` },
  { languageId: 'javascript', title: 'keeps a CRLF line end after the comment', rescan: true, source: 'const serviceApiKey = "SECRET";\r\nrun();\r\n', expected: `const serviceApiKey = "SECRET"; // ${D}\r\nrun();\r\n` },
  // Where a trailing comment would change the value, the directive goes on its own line above.
  { languageId: 'ini', title: 'puts ; above, since INI comments must start a line', rescan: true, source: '[service]\napi_key = SECRET\n', expected: `[service]\n; ${D}\napi_key = SECRET\n` },
  { languageId: 'properties', title: 'puts # above, since a trailing # is part of the value', rescan: true, source: 'service.api_key=SECRET\n', expected: `# ${D}\nservice.api_key=SECRET\n` },
  { languageId: 'bat', title: 'puts REM above, since set would keep trailing text', source: 'set SERVICE_API_KEY=SECRET\r\n', expected: `REM ${D}\r\nset SERVICE_API_KEY=SECRET\r\n` },
  { languageId: 'dockerfile', title: 'puts # above, since Dockerfile comments must start a line', rescan: true, source: 'FROM node\nENV SERVICE_API_KEY=SECRET\n', expected: `FROM node\n# ${D}\nENV SERVICE_API_KEY=SECRET\n` },
  { languageId: 'shellscript', title: 'puts # above a line that continues with a backslash', source: 'curl --token SECRET \\\n  https://h\n', expected: `# ${D}\ncurl --token SECRET \\\n  https://h\n` },
  { languageId: 'javascript', title: 'puts // above a line whose end is inside a template literal', rescan: true, value: PEM, source: 'const key = `SECRET`;\n', expected: `// ${D}\nconst key = \`SECRET\`;\n` },
  { languageId: 'javascript', title: 'puts // above, indented, when the line is too long for the directive to be seen', source: `  const serviceApiKey = "SECRET"; // ${'x'.repeat(600)}\n`, expected: `  // ${D}\n  const serviceApiKey = "SECRET"; // ${'x'.repeat(600)}\n` },
  // VS Code opens files of languages it has no extension for as plain text: the path decides.
  { languageId: 'plaintext', path: '/w/config.toml', title: 'uses # in TOML opened as plain text', rescan: true, source: '[service]\napi_key = "SECRET"\n', expected: `[service]\napi_key = "SECRET" # ${D}\n` },
  { languageId: 'plaintext', path: '/w/Main.kt', title: 'uses // in Kotlin opened as plain text', rescan: true, source: 'val serviceApiKey = "SECRET"\n', expected: `val serviceApiKey = "SECRET" // ${D}\n` },
  { languageId: 'ruby', path: '/w/app/views/home/index.html.erb', title: 'uses an ERB comment tag in a template VS Code opens as Ruby', rescan: true, source: '<div data-api-key="SECRET"></div>\n', expected: `<div data-api-key="SECRET"></div> <%# ${D} %>\n` },
  { languageId: 'razor', path: '/w/Pages/Map.cshtml', title: 'uses a Razor comment in a Razor page', rescan: true, source: '<div data-api-key="SECRET"></div>\n', expected: `<div data-api-key="SECRET"></div> @* ${D} *@\n` },
  // VS Code opens .env as properties and .env.local as shell; a trailing comment would join the value for docker --env-file.
  { languageId: 'properties', path: '/w/.env', title: 'puts # above in .env', rescan: true, source: 'SERVICE_API_KEY=SECRET\n', expected: `# ${D}\nSERVICE_API_KEY=SECRET\n` },
  { languageId: 'shellscript', path: '/w/.env.local', title: 'puts # above in .env.local', rescan: true, source: 'SERVICE_API_KEY=SECRET\n', expected: `# ${D}\nSERVICE_API_KEY=SECRET\n` },
  // Refusals: every one points at the baseline.
  { languageId: 'json', title: 'refuses JSON, which has no comments', source: '{ "apiKey": "SECRET" }\n', expected: /JSON has no comments.*baseline/ },
  { languageId: 'plaintext', title: 'refuses plain text', source: 'key SECRET\n', expected: /plain text has no comments/ },
  { languageId: 'python', title: 'refuses a line inside a multi-line string', value: PEM, source: 'KEY = """\nSECRET\n"""\n', expected: /inside a multi-line value/ },
  { languageId: 'yaml', title: 'refuses a line inside a block scalar', value: () => randomString(charset.alnum, 40), source: 'key: |\n  SECRET\n', expected: /multi-line value/ },
  { languageId: 'shellscript', title: 'refuses a continued line that also continues', source: 'curl -X POST \\\n  --token SECRET \\\n  https://h\n', expected: /continues the one above/ },
  { languageId: 'xml', title: 'refuses a line inside a tag spread over lines', source: '<add\n  value="SECRET"\n/>\n', expected: /inside a tag/ },
  { languageId: 'cobol', title: 'refuses an unknown language', source: "MOVE 'SECRET' TO K.\n", expected: /does not know the comment syntax/ },
];

describe('planIgnoreLine', () => {
  before(() => reseed(707));

  for (const row of ROWS) {
    it(`${row.languageId}: ${row.title}`, () => {
      const secret = row.value ? row.value() : randomString(charset.alnum, 40);
      const text = row.source.replace('SECRET', () => secret);
      const start = text.indexOf(secret);
      const line = text.slice(0, start).split('\n').length - 1;
      const plan = planIgnoreLine(text, row.languageId, { start, line }, row.path);
      if (row.expected instanceof RegExp) {
        assert.ok('refusal' in plan, 'expected a refusal');
        assert.match(plan.refusal, row.expected);
        return;
      }
      assert.ok('edits' in plan, 'refusal' in plan ? plan.refusal : '');
      const after = applyEdits(text, plan.edits);
      assert.equal(after, row.expected.replace('SECRET', () => secret));
      if (row.rescan) {
        const options = { languageId: row.languageId, path: row.path };
        const before = scanText(text, options).filter((f) => f.start === start);
        assert.equal(before.length, 1, 'the scanner reports the secret before');
        assert.deepEqual(scanText(after, options), [], 'the scanner still reports it after');
      }
    });
  }
});
