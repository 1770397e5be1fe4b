// A web-test-runner reporter that counts passed, failed and skipped tests (a file that fails to
// load counts as one failure) and writes them as JSON for the npm test summary.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countReporter({ outputFile }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        const loadFailed = (session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults);
        if (loadFailed) counts.failed += 1;
        // A session can fail for reasons outside any test (e.g. Lit dev warnings treated as errors by a test, or a crash).
        if (!session.passed && session.testResults && counts.failed === 0) counts.failed += 1;
      }
      if (outputFile) writeFileSync(outputFile, JSON.stringify(counts));
    },
  };
}
