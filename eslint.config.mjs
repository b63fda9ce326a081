// ESLint flat config: eslint-plugin-office-addins' recommended rules (Office.js pitfalls such as
// reading before load/sync, plus prettier), typescript-eslint's recommended rules for TypeScript.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

// The office-addins plugin ships its own copy of @typescript-eslint; use typescript-eslint's one
// everywhere so both rule sets share a single plugin instance.
const officeAddinsRecommended = officeAddins.configs.recommended.map((config) =>
  config.plugins?.["@typescript-eslint"]
    ? {
        ...config,
        plugins: { ...config.plugins, "@typescript-eslint": tseslint.plugin },
        languageOptions: { ...config.languageOptions, parser: tseslint.parser },
      }
    : config,
);

export default [
  { ignores: ["dist/", "node_modules/", "coverage/", ".tmp/", "test-results/", "reports/", ".stryker-tmp/"] },
  ...officeAddinsRecommended,
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ["**/*.ts"] })),
  {
    files: ["**/*.ts"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Excel passes raw cell values; the coercion layer narrows them (docs/CONVENTIONS.md).
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    // Short functions and small modules (docs/CONVENTIONS.md): no function over 80 lines and no file
    // over 400, every line counted (blank lines and comments too, as ESLint counts them by default),
    // so the figures are the ones `wc -l` and an editor show.
    files: ["src/**/*.ts"],
    rules: {
      "max-lines-per-function": ["error", { max: 80 }],
      "max-lines": ["error", { max: 400, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    // Custom-function declarations: the parameters exist for their names and JSDoc (the metadata
    // plugin reads them) and invoke() reads `arguments`, so that an omitted trailing argument is
    // seen as omitted (null), as Excel passes it (docs/CONVENTIONS.md).
    files: [
      "src/functions/senco.ts",
      "src/functions/slmda.ts",
      "src/functions/levy.ts",
      "src/functions/register.ts",
      "src/functions/reviews.ts",
    ],
    rules: { "@typescript-eslint/no-unused-vars": "off", "prefer-rest-params": "off" },
  },
  {
    files: ["test/**/*.ts", "scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
];
