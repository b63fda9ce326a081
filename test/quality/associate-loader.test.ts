/**
 * The functions build's associate loader (scripts/associate-loader.js) on the real function
 * family modules, with the lines the metadata plugin appends: each family's per-function
 * associate calls become one associateFunctions(TABLE); a module in another shape is left alone
 * with the reason. The built bundle's associations are checked by test/contract.test.ts.
 */
import * as fs from "fs";
import * as path from "path";

/* eslint-disable @typescript-eslint/no-require-imports */
const { compactAssociations } = require("../../scripts/associate-loader.js") as {
  compactAssociations: (source: string) => { source?: string; reason?: string };
};
/* eslint-enable @typescript-eslint/no-require-imports */

const FUNCTIONS_DIR = path.join(__dirname, "..", "..", "src", "functions");

/** The module as the metadata plugin hands it on: a line per JSDoc'd declaration. */
function withPluginLines(file: string): { source: string; ids: string[] } {
  const source = fs.readFileSync(path.join(FUNCTIONS_DIR, file), "utf8");
  const ids = [...source.matchAll(/@customfunction (\w+)/g)].map((m) => m[1]!);
  return { source: source + ids.map((id) => `\nCustomFunctions.associate("${id}", ${id});`).join(""), ids };
}

describe.each([
  ["senco.ts", "SENCO_FUNCTIONS"],
  ["slmda.ts", "SLMDA_FUNCTIONS"],
  ["register.ts", "REGISTER_FUNCTIONS"],
])("%s", (file, table) => {
  test(`its associate lines become associateFunctions(${table})`, () => {
    const { source, ids } = withPluginLines(file);
    expect(ids.length).toBeGreaterThan(1);
    const result = compactAssociations(source);
    expect(result.reason).toBeUndefined();
    expect(result.source).not.toContain("CustomFunctions.associate(");
    expect(result.source!.endsWith(`\nassociateFunctions(${table});\n`)).toBe(true);
    // The declarations and their JSDoc stay.
    for (const id of ids) expect(result.source).toContain(`export function ${id}(`);
  });
});

describe("a module in another shape is left alone, with the reason", () => {
  const { source } = withPluginLines("register.ts");

  test("a declaration that does more than invoke its table's entry", () => {
    const changed = source.replace(
      "return invoke(REGISTER_FUNCTIONS.SENNEEDCOUNTS, arguments) as any[][];",
      "const rows = invoke(REGISTER_FUNCTIONS.SENNEEDCOUNTS, arguments) as any[][];\n  return rows;",
    );
    expect(compactAssociations(changed)).toEqual({
      reason: "SENNEEDCOUNTS is not the wrapper `return invoke(TABLE.SENNEEDCOUNTS, arguments)`",
    });
  });

  test("a declaration that invokes another entry", () => {
    const changed = source.replace(
      "invoke(REGISTER_FUNCTIONS.SENNEEDCOUNTS, arguments)",
      "invoke(REGISTER_FUNCTIONS.SENCENSUSCHECK, arguments)",
    );
    expect(compactAssociations(changed).reason).toMatch(/^SENNEEDCOUNTS is not the wrapper/);
  });

  test("a table entry with no declaration", () => {
    const changed = source.replace(
      "export const REGISTER_FUNCTIONS = {",
      'export const REGISTER_FUNCTIONS = {\n  EXTRA: defineFunction("EXTRA", [provision] as const, () => 1),',
    );
    expect(compactAssociations(changed)).toEqual({
      reason: "the table declares 3 functions but 2 are associated",
    });
  });

  test("no associate lines", () => {
    expect(compactAssociations("export const x = 1;\n").reason).toBe("no CustomFunctions.associate lines to compact");
  });
});
