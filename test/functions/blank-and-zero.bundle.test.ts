/**
 * A blank cell and 0 answer alike, for every argument of every function, through the built bundle:
 * Excel on Windows passes an empty referenced cell as 0, Excel on the web as null (office-js issue
 * 4702). Each argument is called with null and with 0 (a range argument with every cell null or
 * every cell 0, in its own shape), the other arguments valid, and the two
 * results compared; each is held to its row of scripts/blank-and-zero.js (the table
 * docs/functions.md shows): "value" gives the same value both ways, "refused" an error both ways.
 * Every function in dist/functions.json is covered, including ones added later (a function with
 * no valid arguments here fails the test).
 */
import { excelCannotShow, isExcelError, loadBundle, type FunctionMetadata } from "../helpers/bundle";

interface BlankAndZeroRow {
  readonly blank: string;
  readonly zero: string;
  readonly outcome: "value" | "refused";
  readonly why: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the docs' plain-JavaScript data, as test/docs.test.ts reads it
const { blankAndZeroRow } = require("../../scripts/blank-and-zero.js") as {
  blankAndZeroRow(id: string, name: string): BlankAndZeroRow | undefined;
};

/** Excel serial of a calendar date, computed independently of the code under test. */
const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
const REGISTER = [["K"], ["E"], ["N"], ["K"]];
const NEEDS = [["SEMH"], ["ASD"], [null], ["MLD"]];

/** Arguments for which each function gives a value, so that a blank or 0 in one of them shows its own effect. */
const VALID: Readonly<Record<string, readonly unknown[]>> = {
  SENCOPOINTS: [67755, 10, 5, 6],
  SENCOMOBILITYHOURS: [0.34],
  SENCOHOURS: [67755, 10, 5, 6, 0.34],
  SENCOBREAKDOWN: [67755, 10, 5, 6, 0.34],
  SENCOHOURSFROMREGISTER: [67755, REGISTER, 0.34, 2],
  SENREGISTERCOUNTS: [REGISTER],
  SENCOTIMEFTE: [5, 38, 1200],
  SENCOTIMECOST: [5, 50000, 0.3, 38, 1200],
  SENCOQUALIFICATIONDUE: [serial(2023, 9, 1)],
  SENCOQUALIFICATIONNEEDED: [serial(2023, 9, 1), true, serial(2024, 1, 8)],
  SLMDAFEE: [false],
  SLMDAMONTHS: [true],
  SLMDAWORKSHOPS: [true],
  SLMDABLOCKS: [true],
  SLMDAEMPLOYERCOST: [18000, true, 9000, serial(2025, 9, 1), 20, true, false],
  SLMDAFUNDING: [18000, true, 9000, serial(2025, 9, 1), 20, true, false],
  SLMDAPAYMENTS: [18000, true, serial(2026, 9, 1)],
  SLMDAOFFTHEJOBHOURS: [37, 12, 39, serial(2024, 9, 1)],
  SLMDASCHEDULE: [serial(2026, 9, 1), true],
  APPRENTICESHIPLEVY: [4_000_000],
  APPRENTICESHIPLEVYFUNDS: [4_000_000, 0.9, serial(2026, 4, 6)],
  // No transfers: with no pay bill there is no allowance for one, and the transfer, not the pay bill, would be refused.
  LEVYFORECAST: [4_000_000, [[serial(2026, 9, 1), 14000, 27]], serial(2026, 9, 1), 6, 0.9, 3000],
  LEVYTRANSFERALLOWANCE: [4_000_000, serial(2026, 9, 1), 0.9],
  EHCPREVIEWDUE: [serial(2026, 1, 20)],
  PHASETRANSFERREVIEWDUE: [serial(2027, 9, 1), true],
  REVIEWTIMETABLE: [serial(2027, 1, 20)],
  SENNEEDCOUNTS: [REGISTER, NEEDS],
  SENCENSUSCHECK: [REGISTER, NEEDS, [["SLCN"], [null], [null], [null]], 2],
};

type Outcome = { value: unknown } | { error: string };

function outcome(id: string, args: unknown[]): Outcome {
  try {
    const value = loadBundle().functions.get(id)!(...args);
    const problem = excelCannotShow(value);
    if (problem !== undefined) throw new Error(`${id}(${JSON.stringify(args)}) ${problem}`);
    return { value: JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    if (isExcelError(error)) return { error: error.code };
    throw error;
  }
}

/** "5", "#VALUE!", "spill of 8 rows" for the listing. */
function shown(result: Outcome): string {
  if ("error" in result) return result.error;
  return Array.isArray(result.value) ? `a spill of ${result.value.length} rows` : JSON.stringify(result.value);
}

interface Pair {
  readonly id: string;
  readonly argument: string;
  readonly documented: string;
  readonly blank: string;
  readonly zero: string;
  readonly problem?: string;
}

/** Every argument of every function: its result with a blank (null) and with 0, and what is wrong, if anything. */
function pairs(): Pair[] {
  const list: Pair[] = [];
  for (const meta of loadBundle().metadata.functions as FunctionMetadata[]) {
    const valid = VALID[meta.id];
    meta.parameters.forEach((p, index) => {
      const row = blankAndZeroRow(meta.id, p.name);
      const documented = row ? row.outcome : "no row in scripts/blank-and-zero.js";
      if (!valid) {
        list.push({
          id: meta.id,
          argument: p.name,
          documented,
          blank: "",
          zero: "",
          problem: "no valid arguments here",
        });
        return;
      }
      // A range argument's blank cells: every cell null (the web) or 0 (Windows), in the range's own shape.
      const blankOf = (cell: null | 0): unknown =>
        p.dimensionality === "matrix" && Array.isArray(valid[index])
          ? (valid[index] as unknown[][]).map((r) => r.map(() => cell))
          : cell;
      const withBlank = valid.slice();
      withBlank[index] = blankOf(null);
      const withZero = valid.slice();
      withZero[index] = blankOf(0);
      const blank = outcome(meta.id, withBlank);
      const zero = outcome(meta.id, withZero);
      const refused = "error" in blank && "error" in zero;
      const alike = JSON.stringify(blank) === JSON.stringify(zero) || refused;
      const matches = documented === (refused ? "refused" : "value");
      const problem = !alike ? "a blank and 0 differ" : !matches ? `documented as ${documented}` : undefined;
      list.push({ id: meta.id, argument: p.name, documented, blank: shown(blank), zero: shown(zero), problem });
    });
  }
  return list;
}

describe("a blank cell (null on the web, 0 on Windows) and 0 answer alike, for every argument of every function", () => {
  test("each argument with a blank and with 0: the same answer, as scripts/blank-and-zero.js documents it", () => {
    const list = pairs();
    const parameters = (loadBundle().metadata.functions as FunctionMetadata[]).reduce(
      (n, f) => n + f.parameters.length,
      0,
    );
    expect(list).toHaveLength(parameters);
    expect(list.length).toBeGreaterThanOrEqual(60);
    // The whole list, so a failure shows every argument's two answers side by side.
    expect(list.filter((pair) => pair.problem !== undefined)).toEqual([]);
    // Both kinds occur: arguments refused both ways and arguments read as a value both ways.
    expect(list.filter((pair) => pair.documented === "refused").length).toBeGreaterThanOrEqual(10);
    expect(list.filter((pair) => pair.documented === "value").length).toBeGreaterThanOrEqual(40);
  });

  test("the valid arguments give values, so each pair shows that argument's own effect", () => {
    for (const meta of loadBundle().metadata.functions as FunctionMetadata[]) {
      expect([meta.id, "value" in outcome(meta.id, VALID[meta.id]!.slice())]).toEqual([meta.id, true]);
    }
  });

  test("examples from the issue: levy funds, English share, a required count, a budget of £0", () => {
    const start = serial(2026, 9, 1);
    // Levy funds blank or 0: none left, on every platform (25% co-investment on the £14,000 band from 01/08/2026).
    expect(outcome("SLMDAEMPLOYERCOST", [14000, true, null, start, 21, false])).toEqual({ value: 3500 });
    expect(outcome("SLMDAEMPLOYERCOST", [14000, true, 0, start, 21, false])).toEqual({ value: 3500 });
    // Enough in the account: pass what it holds.
    expect(outcome("SLMDAEMPLOYERCOST", [14000, true, 14000, start, 21, false])).toEqual({ value: 0 });
    // English share blank or 0: 100%.
    expect(outcome("APPRENTICESHIPLEVYFUNDS", [4_000_000, null, serial(2026, 5, 1)])).toEqual({ value: 5500 });
    expect(outcome("APPRENTICESHIPLEVYFUNDS", [4_000_000, 0, serial(2026, 5, 1)])).toEqual({ value: 5500 });
    // A blank count is 0 pupils: SENCOHOURS(67755, 10, 5, C6, 34%) with C6 empty.
    expect(outcome("SENCOHOURS", [67755, 10, 5, null, 0.34])).toEqual(outcome("SENCOHOURS", [67755, 10, 5, 0, 0.34]));
    expect(outcome("SENCOHOURS", [67755, 10, 5, null, 0.34])).toEqual({ value: 4 }); // 103 points: 2 hours + 2
    // A notional SEN budget of £0 is refused, as a blank is.
    expect(outcome("SENCOHOURS", [0, 10, 5, 6, 0.34])).toEqual({ error: "#VALUE!" });
    expect(outcome("SENCOHOURS", [null, 10, 5, 6, 0.34])).toEqual({ error: "#VALUE!" });
  });
});
