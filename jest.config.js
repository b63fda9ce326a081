/** Jest: TypeScript through ts-jest (transpile only; `npm run typecheck` does the type checking). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      {
        // isolatedModules in the tsconfig (not ts-jest's own deprecated option): transpile only.
        tsconfig: { module: "commonjs", moduleResolution: "node", esModuleInterop: true, isolatedModules: true },
      },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, whose dependencies are ESM-only (Jest cannot load them).
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  // console.log/info/warn print as plain lines, without Jest's "at ..." source locations.
  setupFiles: ["<rootDir>/test/setup/plain-console.js"],
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/reporters/summary-line.js"],
};
