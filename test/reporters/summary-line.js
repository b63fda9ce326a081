/**
 * Prints one plain closing line after Jest's own summary, "jest: N passed, N failed, N skipped",
 * so that any CI reading the log sees the counts in a form that does not depend on Jest's layout.
 */
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}

module.exports = SummaryLineReporter;
