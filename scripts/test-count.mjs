// Counting a vitest JSON report for scripts/test.mjs (a module of its own so it can be tested).
import { relative } from 'node:path';

/** Passed, failed and skipped tests of one report; skipped and todo tests count as skipped, and are named. */
export function countReport(results, root) {
  const names = [];
  for (const file of results.testResults)
    for (const test of file.assertionResults)
      if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') names.push(`${relative(root, file.name)} › ${test.fullName}`);
  // A file that fails to load runs no test but must still count as a failure.
  const unloaded = results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  return { passed: results.numPassedTests, failed: results.numFailedTests + unloaded, skipped: results.numPendingTests + results.numTodoTests, names };
}
