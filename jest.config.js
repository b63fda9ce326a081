/** Jest: TypeScript through ts-jest (transpile only; `npm run typecheck` does the type checking). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      { isolatedModules: true, tsconfig: { module: "commonjs", moduleResolution: "node", esModuleInterop: true } },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, whose dependencies are ESM-only (see TOOLCHAIN.md).
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/reporters/summary-line.js"],
};
