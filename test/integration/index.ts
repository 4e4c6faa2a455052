// Mocha entry point that VS Code's extension host loads as extensionTestsPath; reports to files the launcher reads.
import { appendFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export interface IntegrationResults {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; message: string }[];
}

export function run(): Promise<void> {
  const resultsPath = process.env.SECRET_HYGIENE_TEST_RESULTS;
  const logPath = process.env.SECRET_HYGIENE_TEST_LOG;
  const results: IntegrationResults = { passed: 0, failed: 0, pending: 0, failures: [] };
  const report = () => {
    if (!resultsPath) return;
    writeFileSync(`${resultsPath}.tmp`, JSON.stringify(results, null, 2));
    renameSync(`${resultsPath}.tmp`, resultsPath);
  };

  const consoleLog = Mocha.reporters.Base.consoleLog;
  if (logPath) {
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
      appendFileSync(logPath, format(...args) + '\n');
      consoleLog(...args);
    };
  }

  return new Promise<void>((resolve, reject) => {
    try {
      const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, grep: process.env.SECRET_HYGIENE_TEST_GREP });
      const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.js')).sort();
      for (const file of files) mocha.addFile(join(__dirname, file));
      const runner = mocha.run(() => {
        Mocha.reporters.Base.consoleLog = consoleLog;
        report();
        if (results.failed > 0) reject(new Error(`${results.failed} integration test(s) failed`));
        else resolve();
      });
      runner.on('pass', () => { results.passed++; });
      runner.on('pending', () => { results.pending++; });
      runner.on('fail', (test, err: Error) => {
        results.failed++;
        results.failures.push({ title: test.fullTitle(), message: String(err?.message ?? err) });
      });
    } catch (err) {
      Mocha.reporters.Base.consoleLog = consoleLog;
      results.failed++;
      results.failures.push({ title: 'loading the integration tests', message: String((err as Error)?.stack ?? err) });
      if (logPath) appendFileSync(logPath, `${results.failures[0].message}\n`);
      report();
      reject(err);
    }
  });
}
