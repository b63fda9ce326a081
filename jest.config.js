/**
 * Jest: TypeScript through @swc/jest (transpile only; `npm run typecheck` does the type checking).
 * One headless chromium serves every browser test file (test/setup/browser-server.ts); the slow
 * files (browsers, builds, the bundle) start first (test/setup/slow-first-sequencer.js), so the
 * two workers of a 2-core machine finish together.
 */
const os = require("os");

const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, whose dependencies are ESM-only (Jest cannot load them).
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  // Jest's default is one worker less than the cores: on 2 cores that is one, and the tests run one file at a time.
  maxWorkers: Math.max(2, cores - 1),
  testSequencer: "<rootDir>/test/setup/slow-first-sequencer.js",
  globalSetup: "<rootDir>/test/setup/browser-server.ts",
  globalTeardown: "<rootDir>/test/setup/browser-server-close.ts",
  // console.log/info/warn print as plain lines, without Jest's "at ..." source locations.
  setupFiles: ["<rootDir>/test/setup/plain-console.js"],
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/reporters/summary-line.js"],
};
