// Adds up vitest's JSON reports into one closing line: "tests: N passed, N failed".
// Before it, one line per report: its passed, failed and skipped (skipped: a test that says it is Chromium-only),
// and under it each failed test and each test that passed only on its retry, by file and name with the first
// line of its error, so that the end of a long CI log says what broke.
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';

let passed = 0;
let failed = 0;
const failures = [];
const flaky = [];
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`test-summary: no report at ${file}`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const half = basename(file, '.json');
  let brokenFiles = 0;
  for (const testFile of report.testResults) {
    const where = relative(process.cwd(), testFile.name);
    // A file that failed to load has no test results of its own: count it once.
    if (testFile.status === 'failed' && testFile.assertionResults.length === 0) {
      brokenFiles++;
      failures.push(`${half} ${where}: ${firstLine(testFile.message)}`);
    }
    for (const test of testFile.assertionResults) {
      // Passed with failure messages: it failed first and passed on its retry (vitest.e2e.config.ts).
      if (test.status === 'passed' && test.failureMessages?.length)
        flaky.push(`${half} ${where} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
      if (test.status === 'failed')
        failures.push(
          `${half} ${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`,
        );
    }
  }
  const skipped = report.numPendingTests + (report.numTodoTests ?? 0);
  console.log(
    `  ${half}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed, ${skipped} skipped`,
  );
  passed += report.numPassedTests;
  failed += report.numFailedTests + brokenFiles;
}
for (const failure of failures) console.log(`  failed: ${failure}`);
for (const retried of flaky) console.log(`  passed only on a second try: ${retried}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

function firstLine(message) {
  const line =
    String(message ?? 'no message')
      .split('\n')
      .find((text) => text.trim() !== '') ?? 'no message';
  return line.trim().slice(0, 300);
}
