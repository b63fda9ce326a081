/**
 * What users meet in Excel, through the built bundle (dist/functions.js):
 * - Excel shows a custom message only on #VALUE! and #N/A (CustomFunctions.ErrorCode reference),
 *   so every function, fed many bad inputs, may only throw those two codes, each with a message;
 *   anything else thrown is a bug, and so is a value Excel cannot show (NaN, null, a ragged
 *   array: excelCannotShow), since the bundle no longer checks its results on the way out.
 * - An empty cell reaches a custom function as 0 in Excel on Windows and as null on the web: for
 *   every optional argument, null and 0 give the same answer, except the arguments listed in
 *   ZERO_IS_MEANINGFUL, whose descriptions tell users to leave the argument out instead.
 * Every function in dist/functions.json is covered, including ones added later.
 */
import { ErrorCode, excelCannotShow, isExcelError, loadBundle, type FunctionMetadata } from "../helpers/bundle";

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

/**
 * Optional arguments where 0 is a value of its own, so a blank cell (0 on Windows) cannot stand
 * for "left out": their descriptions say to leave the argument out, and the generated sheets pass
 * "" for a blank input cell (IF(B13="","",B13)).
 */
const ZERO_IS_MEANINGFUL: Readonly<Record<string, string>> = {
  levy_funds: "0 is no levy funds; left out means enough",
  english_share: "0% is a share of its own",
};

describe("a blank cell (null on the web, 0 on Windows) gives the same answer", () => {
  const optionalCases = (): [string, string, number][] =>
    functions().flatMap((meta) =>
      meta.parameters.flatMap((p, index) => (p.optional ? [[meta.id, p.name, index] as [string, string, number]] : [])),
    );

  test("there are optional arguments to check", () => {
    expect(optionalCases().length).toBeGreaterThanOrEqual(20);
  });

  test("each optional argument as null and as 0, other arguments valid", () => {
    for (const [id, name, index] of optionalCases()) {
      const meta = functions().find((f) => f.id === id)!;
      const valid = meta.parameters.map((p) => validArgument(p.name, p.dimensionality));
      const asNull = valid.slice();
      asNull[index] = null;
      const asZero = valid.slice();
      asZero[index] = 0;
      const left = outcome(id, asNull);
      const right = outcome(id, asZero);
      if (name in ZERO_IS_MEANINGFUL) {
        const description = meta.parameters[index]!.description ?? "";
        expect([id, name, /leave the argument out/i.test(description)]).toEqual([id, name, true]);
        continue;
      }
      expect([id, name, right]).toEqual([id, name, left]);
    }
  });

  test("the exceptions really differ: levy funds 0 against left out", () => {
    const none = outcome("SLMDAEMPLOYERCOST", [18000, true, 0, START_2026, 20]);
    const enough = outcome("SLMDAEMPLOYERCOST", [18000, true, null, START_2026, 20]);
    const blankText = outcome("SLMDAEMPLOYERCOST", [18000, true, "", START_2026, 20]);
    expect(enough).toEqual({ value: 4000 }); // enough levy funds: only the price above the band
    expect(none).toEqual({ value: 7500 }); // no levy funds: plus the 25% co-investment on the £14,000 band (from 01/08/2026)
    expect(blankText).toEqual(enough);
    expect(none).not.toEqual(enough);
  });

  test("examples: start_date, age_at_start, months, weeks_per_year, sen_support_weight given 0", () => {
    expect(outcome("SLMDAOFFTHEJOBHOURS", [37, 0, 0, 0])).toEqual(outcome("SLMDAOFFTHEJOBHOURS", [37]));
    expect(outcome("SLMDAPAYMENTS", [18000, 0, 0])).toEqual(outcome("SLMDAPAYMENTS", [18000]));
    expect(outcome("SENCOHOURSFROMREGISTER", [67755, [["K"]], 0, 0])).toEqual(
      outcome("SENCOHOURSFROMREGISTER", [67755, [["K"]]]),
    );
    const noAge = outcome("SLMDAEMPLOYERCOST", [18000, false, null, START_2026, 0]);
    expect(noAge).toEqual(outcome("SLMDAEMPLOYERCOST", [18000, false, null, START_2026, null]));
    expect(noAge).toMatchObject({ code: ErrorCode.notAvailable });
  });
});
