/**
 * What users meet in Excel, through the built bundle (dist/functions.js):
 * - Excel shows a custom message only on #VALUE! and #N/A (CustomFunctions.ErrorCode reference),
 *   so every function, fed many bad inputs, may only throw those two codes, each with a message;
 *   anything else thrown is a bug, and so is a value Excel cannot show (NaN, null, a ragged
 *   array: excelCannotShow), since the bundle no longer checks its results on the way out.
 * (That a blank cell and 0 answer alike, for every argument, is blank-and-zero.bundle.test.ts.)
 * Every function in dist/functions.json is covered, including ones added later.
 */
import { excelCannotShow, isExcelError, loadBundle, type FunctionMetadata } from "../helpers/bundle";

const START_2026 = 46_266; // 01/09/2026

/** A valid value for an argument, by its name (falls back on a plain number). */
function validArgument(name: string, dimensionality: string | undefined): unknown {
  if (dimensionality === "matrix" && /need/.test(name)) return [["SEMH"], ["ASD"], ["MLD"], [""], [0]];
  if (dimensionality === "matrix") return [["K"], ["E"], ["A"], [""], ["N"]];
  if (/date/.test(name)) return START_2026;
  if (/levy_payer|completed|^has_|care_leaver|post16/.test(name)) return false;
  if (/mobility|share/.test(name)) return 0.25;
  if (/weight/.test(name)) return 2;
  if (/age/.test(name)) return 30;
  if (/months/.test(name)) return 12;
  if (/weeks/.test(name)) return 39;
  if (/hours/.test(name)) return 37;
  if (/price|budget|funds|pay_bill/.test(name)) return 18000;
  return 10;
}

const BAD_SCALARS: unknown[] = [
  -1,
  -0.5,
  0.5,
  1.5,
  101,
  1e308,
  -1e308,
  3_000_000,
  "abc",
  "",
  " ",
  "£",
  "12%%",
  "1,2,3",
  "31/02/2026",
  "2026-13-01",
  "TRUE",
  true,
  false,
  null,
  0,
  [[1, 2]],
  [["K"]],
  [[]],
];
const BAD_RANGES: unknown[] = [[["X"]], [[-1]], [[true]], [[1.5]], "K", 5, null, [[null]], [["K", "E"]], []];

const functions = (): FunctionMetadata[] => loadBundle().metadata.functions as FunctionMetadata[];

function outcome(id: string, args: unknown[]): { value: unknown } | { code: string; message: string } {
  const fn = loadBundle().functions.get(id)!;
  try {
    const value = fn(...args);
    const problem = excelCannotShow(value);
    if (problem !== undefined) throw new Error(`${id}(${JSON.stringify(args)}) ${problem}`);
    return { value: Array.isArray(value) ? JSON.parse(JSON.stringify(value)) : value };
  } catch (error) {
    if (isExcelError(error)) return { code: error.code, message: error.message };
    throw new Error(`${id}(${JSON.stringify(args)}) threw a non-Excel error: ${String((error as Error)?.message)}`);
  }
}

describe("errors users can read: only #VALUE! and #N/A, always with a message", () => {
  test("the bundle declares the functions this test walks", () => {
    expect(functions().length).toBeGreaterThanOrEqual(16);
  });

  test("every function, each argument replaced by each bad input, and all arguments bad together", () => {
    let calls = 0;
    let errors = 0;
    for (const meta of functions()) {
      const valid = meta.parameters.map((p) => validArgument(p.name, p.dimensionality));
      const cases: unknown[][] = [valid, []];
      meta.parameters.forEach((p, index) => {
        const bad = p.dimensionality === "matrix" ? BAD_RANGES : BAD_SCALARS;
        for (const value of bad) {
          const args = valid.slice();
          args[index] = value;
          cases.push(args);
        }
      });
      for (const value of BAD_SCALARS) cases.push(meta.parameters.map(() => value));
      for (const args of cases) {
        const result = outcome(meta.id, args);
        calls += 1;
        if ("code" in result) {
          errors += 1;
          expect([meta.id, result.code]).toEqual([meta.id, expect.stringMatching(/^(#VALUE!|#N\/A)$/)]);
          expect(result.message.length).toBeGreaterThan(10);
          expect(result.code).not.toBe("#NUM!");
        }
      }
    }
    expect(calls).toBeGreaterThan(16 * 25);
    expect(errors).toBeGreaterThan(100);
  });

  test("the reference and the README name #VALUE! and #N/A, never #NUM!, for our messages", () => {
    const fs = jest.requireActual<typeof import("fs")>("fs");
    const path = jest.requireActual<typeof import("path")>("path");
    const root = path.resolve(__dirname, "..", "..");
    const files = [
      "README.md",
      ...fs
        .readdirSync(path.join(root, "docs"))
        .filter((f) => f.endsWith(".md"))
        .map((f) => `docs/${f}`),
    ];
    for (const file of files) {
      expect([file, fs.readFileSync(path.join(root, file), "utf8").includes("#NUM!")]).toEqual([file, false]);
    }
    expect(fs.readFileSync(path.join(root, "docs", "functions.md"), "utf8")).toContain("`#VALUE!` or `#N/A`");
  });
});
