import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { JsonFinding } from '../../../src/cli/run';
import { SARIF_FINGERPRINT_KEY, SARIF_SCHEMA_URI, type SarifLog } from '../../../src/cli/sarif';
import { charset, checksummedToken, join, randomString, reseed } from '../support/fake';
import { projectRoot, TempRepo } from '../support/repo';

function schemaValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(joinPath(projectRoot, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
  // strictRequired would reject the schema's own style (required properties named only under anyOf).
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

function explain(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('\n');
}

describe('CLI --format sarif', () => {
  let validate: ValidateFunction;
  let repo: TempRepo;
  let token: string;
  let generic: string;
  before(() => {
    validate = schemaValidator();
  });
  beforeEach(() => {
    reseed(2100);
    repo = new TempRepo('sh-sarif-');
    token = checksummedToken(join('gh', 'p_'));
    generic = randomString(charset.alnum, 32);
    repo.write('src/deploy config.py', `import os\n\nAPI_KEY = "${generic}"\n`);
    repo.write('src/client.ts', `export const gh = "${token}";\nexport const again = "${token}";\n`);
  });
  afterEach(() => repo.dispose());

  it('validates against the SARIF 2.1.0 JSON schema, with findings and without', async () => {
    const out = await repo.cli(['scan', '--format', 'sarif']);
    assert.equal(out.code, 1);
    const log = JSON.parse(out.stdout) as SarifLog;
    assert.ok(validate(log), explain(validate));
    assert.equal(log.$schema, SARIF_SCHEMA_URI);
    assert.equal(log.runs[0].results.length, 3);

    repo.write('empty/readme.md', 'nothing here\n');
    const none = await repo.cli(['scan', '--format', 'sarif', 'empty']);
    assert.equal(none.code, 0);
    const empty = JSON.parse(none.stdout) as SarifLog;
    assert.ok(validate(empty), explain(validate));
    assert.deepEqual([empty.runs[0].results, empty.runs[0].tool.driver.rules], [[], []]);
  });

  it('proves the validator is not vacuous: a result without a message or with a bad level fails', async () => {
    const log = JSON.parse((await repo.cli(['scan', '--format', 'sarif'])).stdout) as { runs: { results: Record<string, unknown>[] }[] };
    const result = log.runs[0].results[0];
    delete result.message;
    assert.equal(validate(log), false);
    result.message = { text: 'x' };
    result.level = 'fatal';
    assert.equal(validate(log), false);
  });

  it('lists each rule that fired once, with its help link and a level by confidence, and points results at it', async () => {
    const log = JSON.parse((await repo.cli(['scan', '--format', 'sarif'])).stdout) as SarifLog;
    const json = JSON.parse((await repo.cli(['scan', '--format', 'json'])).stdout) as JsonFinding[];
    const { driver } = log.runs[0].tool;
    assert.equal(driver.name, 'secret-hygiene');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(driver.rules.map((r) => [r.id, r.name, r.defaultConfiguration.level]), [
      ['generic-secret-assignment', 'GenericSecretAssignment', 'note'],
      ['github-pat', 'GithubPat', 'error'],
    ]);
    for (const rule of driver.rules) {
      assert.equal(rule.helpUri, `https://github.com/secret-hygiene/secret-hygiene/blob/main/docs/RULES.md#${rule.id}`);
      assert.ok(rule.shortDescription.text.length > 0);
    }
    assert.equal(log.runs[0].results.length, json.length);
    log.runs[0].results.forEach((result, i) => {
      const finding = json[i];
      assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
      assert.equal(result.ruleId, finding.ruleId);
      assert.equal(result.partialFingerprints[SARIF_FINGERPRINT_KEY], finding.fingerprint);
      const { region } = result.locations[0].physicalLocation;
      assert.deepEqual([region.startLine, region.startColumn, region.endLine, region.endColumn], [finding.line, finding.column, finding.endLine, finding.endColumn]);
      assert.equal(result.message.text, finding.message);
    });
  });

  it('writes relative URI references with forward slashes, percent-encoding what a URI cannot hold', async () => {
    const log = JSON.parse((await repo.cli(['scan', '--format', 'sarif'])).stdout) as SarifLog;
    const uris = log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    assert.deepEqual(uris, ['src/client.ts', 'src/client.ts', 'src/deploy%20config.py']);
    const piped = await repo.cli(['scan', '--format', 'sarif', '-'], repo.root, { stdin: async () => Buffer.from(`token = "${token}"\n`) });
    const stdinLog = JSON.parse(piped.stdout) as SarifLog;
    assert.ok(validate(stdinLog), explain(validate));
    assert.equal(stdinLog.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, '%3Cstdin%3E');
  });

  it('never puts a secret into the log, only the redacted preview', async () => {
    const out = await repo.cli(['scan', '--format', 'sarif']);
    for (const secret of [token, generic]) assert.ok(!out.stdout.includes(secret) && !out.stderr.includes(secret));
    assert.match(out.stdout, /ghp_… \(40 chars\)/);
  });
});
