// @ts-check
// Mutation testing of the rule set and the value-coercion layer: `npm run mutate` (not part of
// `npm test`). How to run it and what the survivors are: docs/mutation-testing.md.
import jestConfig from "./jest.config.js";

/**
 * The tests of the rules and the coercers themselves: a rule's behaviour is pinned where the rule
 * is tested, not only through a sheet model built on it. Left out: bundle tests (*.bundle.test.ts)
 * and browser tests, which run the built dist/ and so cannot see a mutant; test/sources.test.ts,
 * which reads the text of src/rules (in the sandbox, the mutated text); and the tests of the sheet
 * models, the pane and the Excel writer, which reach the rules only through them (every test file
 * a mutant reaches is loaded again for it, so each one more costs time on every mutant).
 */
const TESTS = [
  "<rootDir>/test/{rules,values,functions}/**/*.test.ts",
  // The working-day rules' own test, kept beside the plan that uses them.
  "<rootDir>/test/plan/working-days.test.ts",
];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  mutate: ["src/rules/**/*.ts", "src/values/**/*.ts"],
  testRunner: "jest",
  jest: {
    projectType: "custom",
    // The project's own Jest configuration (its transformer included), on the tests above only.
    config: {
      ...jestConfig,
      testMatch: TESTS,
      testPathIgnorePatterns: ["/node_modules/", "\\.bundle\\.test\\.ts$"],
      reporters: ["default"],
      // The rules' and coercers' tests need no browser: no chromium launched for the run (the
      // usual setup imports the browser harness, which Stryker's sandbox leaves out).
      globalSetup: "<rootDir>/test/setup/no-browser.js",
      globalTeardown: "<rootDir>/test/setup/no-browser.js",
    },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: "perTest",
  // A static mutant (in a table or constant built when its module loads, and run by no test
  // itself) needs the whole suite run for it alone: about 40 s each here, hours for all of them.
  // They are left out by default; docs/mutation-testing.md says how to include them.
  ignoreStatic: true,
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.stryker.json",
  // The test machine has two cores shared with others: one mutant at a time by default
  // (`npm run mutate -- --concurrency 2` on a quiet machine).
  concurrency: 1,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // Re-runs test only the mutants whose code or tests changed since the last run.
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  ignorePatterns: ["dist", "coverage", "reports", "test-results", ".tmp", "test/browser"],
  thresholds: { high: 90, low: 80, break: null },
};
