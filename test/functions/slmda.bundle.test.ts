/**
 * SLMDA functions through the built bundle (dist/functions.js in a vm with a CustomFunctions
 * stub), with the argument shapes Excel passes. Run `npm run build` first.
 */
import { callExpectingError, callFunction, ErrorCode, metadataFor } from "../helpers/bundle";

/** Excel serial of a calendar date (independent of the code under test: days since 30/12/1899). */
const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

const SLMDA_SIGNATURES: [string, string[], string[], "scalar" | "matrix"][] = [
  ["SLMDAFEE", ["nasenco_completed"], ["nasenco_completed"], "scalar"],
  ["SLMDAMONTHS", ["nasenco_completed"], ["nasenco_completed"], "scalar"],
  ["SLMDAWORKSHOPS", ["nasenco_completed"], ["nasenco_completed"], "scalar"],
  ["SLMDABLOCKS", ["nasenco_completed"], ["nasenco_completed"], "matrix"],
  [
    "SLMDAEMPLOYERCOST",
    ["price", "levy_payer", "levy_funds", "start_date", "age_at_start", "care_leaver_or_ehc_plan", "levy_transfer"],
    ["levy_funds", "start_date", "age_at_start", "care_leaver_or_ehc_plan", "levy_transfer"],
    "scalar",
  ],
  [
    "SLMDAFUNDING",
    ["price", "levy_payer", "levy_funds", "start_date", "age_at_start", "care_leaver_or_ehc_plan", "levy_transfer"],
    ["levy_funds", "start_date", "age_at_start", "care_leaver_or_ehc_plan", "levy_transfer"],
    "matrix",
  ],
  ["SLMDAPAYMENTS", ["price", "nasenco_completed", "start_date"], ["nasenco_completed", "start_date"], "matrix"],
  [
    "SLMDAOFFTHEJOBHOURS",
    ["weekly_hours", "months", "weeks_per_year", "start_date"],
    ["months", "weeks_per_year", "start_date"],
    "scalar",
  ],
  ["SLMDASCHEDULE", ["start_date", "nasenco_completed"], ["nasenco_completed"], "matrix"],
  ["APPRENTICESHIPLEVY", ["annual_pay_bill"], [], "scalar"],
  [
    "APPRENTICESHIPLEVYFUNDS",
    ["annual_pay_bill", "english_share", "entry_date"],
    ["english_share", "entry_date"],
    "scalar",
  ],
];

describe("metadata: ids, argument order, descriptions, help URLs", () => {
  test.each(SLMDA_SIGNATURES)("%s(%j), optional %j, %s", (id, names, optional, shape) => {
    const meta = metadataFor(id);
    expect(meta.id).toBe(id);
    expect(meta.parameters.map((p) => p.name)).toEqual(names);
    expect(meta.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(optional);
    expect((meta.description ?? "").length).toBeGreaterThan(20);
    for (const p of meta.parameters) {
      expect((p.description ?? "").length).toBeGreaterThan(10);
      expect(p.dimensionality ?? "scalar").toBe("scalar");
    }
    expect(meta.helpUrl).toBe(`https://localhost:3000/help/functions.html#${id.toLowerCase()}`);
    expect(meta.result?.dimensionality ?? "scalar").toBe(shape);
  });
});

describe("examples", () => {
  test("SLMDAFEE, SLMDAMONTHS, SLMDAWORKSHOPS by route", () => {
    expect(callFunction("SLMDAFEE", null)).toBe(18000);
    expect(callFunction("SLMDAFEE", false)).toBe(18000);
    const na = callExpectingError("SLMDAFEE", true);
    expect(na.code).toBe(ErrorCode.notAvailable);
    expect(na.message).toContain("quote");
    expect([callFunction("SLMDAMONTHS", null), callFunction("SLMDAMONTHS", true)]).toEqual([27, 18]);
    expect([callFunction("SLMDAWORKSHOPS", 0), callFunction("SLMDAWORKSHOPS", 1)]).toEqual([9, 7]);
  });

  test("SLMDABLOCKS: 6 and 5 rows of 3 columns, the guidance's titles", () => {
    const full = callFunction("SLMDABLOCKS", null) as unknown[][];
    const nasenco = callFunction("SLMDABLOCKS", "TRUE") as unknown[][];
    expect(full.map((r) => r.length)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(full[5]).toEqual([
      6,
      "Whole School Development: Enabling Inclusion",
      "Work based project (working on project)",
    ]);
    expect(nasenco).toHaveLength(5);
    expect(nasenco[3]).toEqual([4, "Leading and Change", "Work based project"]);
  });

  test.each([
    [[18000, false, null, serial(2020, 9, 1)], 900],
    [[18000, true, 18000, serial(2020, 9, 1)], 0],
    [[18000, true, null, serial(2020, 9, 1)], 900],
    [[18000, true, 10000, serial(2020, 9, 1)], 400],
    [[18000, false, null, serial(2021, 9, 1)], 4700],
    [[14000, true, 4000, serial(2026, 9, 1), 21], 2500],
    [[14000, false, null, serial(2026, 9, 1), 21], 0],
    [[14000, false, null, serial(2026, 9, 1), 23, true], 0],
    [[14000, false, null, serial(2026, 9, 1), 23, false], 14000],
    [[14000, false, null, serial(2026, 9, 1), 23, 0], 14000],
    [[14000, false, null, serial(2026, 9, 1), 23, null], 14000],
    [[14000, true, 4000, serial(2026, 7, 31), 21], 500],
    [["18000", "FALSE", "", "01/09/2021", ""], 4700],
  ])("SLMDAEMPLOYERCOST%j = %d", (args, expected) => {
    expect(callFunction("SLMDAEMPLOYERCOST", ...args)).toBe(expected);
  });

  test("SLMDAFUNDING's last row equals SLMDAEMPLOYERCOST", () => {
    for (const args of [
      [18000, false, null, serial(2020, 9, 1)],
      [18000, true, 10000, serial(2020, 9, 1)],
      [18000, false, null, serial(2021, 9, 1)],
      [14000, false, null, serial(2026, 9, 1), 23, true],
      [20000, true, 5000, serial(2024, 4, 1), 21],
      [18000, false, null, serial(2026, 1, 1), 30],
    ]) {
      const rows = callFunction("SLMDAFUNDING", ...args) as [string, number][];
      expect(rows).toHaveLength(7);
      expect(rows[6]).toEqual(["Employer cash cost", callFunction("SLMDAEMPLOYERCOST", ...args)]);
    }
  });

  test("SLMDAOFFTHEJOBHOURS: 30 hours for 12 months before August 2022 -> 278.4", () => {
    expect(callFunction("SLMDAOFFTHEJOBHOURS", 30, 12, null, serial(2022, 7, 31))).toBe(278.4);
    expect(callFunction("SLMDAOFFTHEJOBHOURS", 37.5, 12, null, serial(2022, 8, 1))).toBe(278.4);
    expect(callExpectingError("SLMDAOFFTHEJOBHOURS", 30, 12, null, serial(2025, 8, 1)).code).toBe(
      ErrorCode.notAvailable,
    );
  });

  test("APPRENTICESHIPLEVY", () => {
    expect(callFunction("APPRENTICESHIPLEVY", 5_000_000)).toBe(10000);
    expect(callFunction("APPRENTICESHIPLEVY", 1_000_000)).toBe(0);
  });

  test("APPRENTICESHIPLEVYFUNDS: x 1.1 for funds entering before 01/08/2026, x 1 from then", () => {
    expect(callFunction("APPRENTICESHIPLEVYFUNDS", 5_000_000, null, serial(2026, 7, 31))).toBe(11000);
    expect(callFunction("APPRENTICESHIPLEVYFUNDS", 5_000_000, null, serial(2026, 8, 1))).toBe(10000);
    expect(callFunction("APPRENTICESHIPLEVYFUNDS", 5_000_000, "90%", "01/08/2026")).toBe(9000);
    // 0 (a blank cell on Windows) is read as left out: 100%, as a blank on the web.
    expect(callFunction("APPRENTICESHIPLEVYFUNDS", 5_000_000, 0, serial(2026, 8, 1))).toBe(10000);
    const na = callExpectingError("APPRENTICESHIPLEVYFUNDS", 5_000_000);
    expect([na.code, na.message.startsWith("entry_date is needed")]).toEqual([ErrorCode.notAvailable, true]);
  });

  test("no silent 2020 default: an omitted start_date is #N/A asking for it", () => {
    for (const [id, args] of [
      ["SLMDAEMPLOYERCOST", [18000, false]],
      ["SLMDAFUNDING", [18000, true, 10000]],
      ["SLMDAPAYMENTS", [18000]],
      ["SLMDAOFFTHEJOBHOURS", [30, 12, 46.4]],
    ] as const) {
      const error = callExpectingError(id, ...args);
      expect(error.code).toBe(ErrorCode.notAvailable);
      expect(error.message).toContain("start_date is needed");
      expect(error.message).toContain("started in September 2020");
    }
  });
});

describe("spills of dates are finite serial numbers, never null", () => {
  test("SLMDAPAYMENTS sums exactly to the price, dated monthly then at the planned end", () => {
    for (const [price, nasenco, months] of [
      [18000, null, 27],
      [14000, true, 18],
      [9999.99, false, 27],
    ] as const) {
      const rows = callFunction("SLMDAPAYMENTS", price, nasenco, serial(2023, 1, 31)) as number[][];
      expect(rows).toHaveLength(months + 1);
      expect(rows.every((r) => r.length === 2 && r.every((v) => typeof v === "number" && Number.isFinite(v)))).toBe(
        true,
      );
      expect(rows.reduce((s, r) => s + Math.round(r[1]! * 100), 0)).toBe(Math.round(price * 100));
      expect(rows[1]![0]).toBe(serial(2023, 2, 28));
    }
  });
  test("SLMDASCHEDULE: (serial, text) rows in date order", () => {
    const rows = callFunction("SLMDASCHEDULE", serial(2020, 9, 1)) as [number, string][];
    expect(rows.every((r) => Number.isFinite(r[0]) && typeof r[1] === "string" && r[1].length > 0)).toBe(true);
    expect(rows[0]![0]).toBe(serial(2020, 9, 1));
    expect(rows.at(-1)).toEqual([serial(2022, 12, 1), "Planned end and end-point assessment"]);
    const nasenco = callFunction("SLMDASCHEDULE", "01/09/2020", true) as [number, string][];
    expect(nasenco.at(-1)![0]).toBe(serial(2022, 3, 1));
  });
});

describe("bad input gives an Excel error naming the argument", () => {
  test.each([
    ["SLMDAEMPLOYERCOST", [-1, false], ErrorCode.invalidValue, "price"],
    ["SLMDAEMPLOYERCOST", [18000, "perhaps"], ErrorCode.invalidValue, "levy_payer"],
    ["SLMDAEMPLOYERCOST", [18000, true, -100], ErrorCode.invalidValue, "levy_funds"],
    ["SLMDAEMPLOYERCOST", [18000, true, null, serial(2026, 1, 1)], ErrorCode.notAvailable, "age_at_start"],
    ["SLMDAFUNDING", [18000, true, null, null, 12], ErrorCode.invalidValue, "age_at_start"],
    ["SLMDAFUNDING", [18000, true, null, 3_000_000], ErrorCode.invalidValue, "start_date"],
    ["SLMDAPAYMENTS", [Number.NaN], ErrorCode.invalidValue, "price"],
    ["SLMDAOFFTHEJOBHOURS", [200], ErrorCode.invalidValue, "weekly_hours"],
    ["SLMDAOFFTHEJOBHOURS", [30, 2.5], ErrorCode.invalidValue, "months"],
    ["SLMDAOFFTHEJOBHOURS", [30, 12, 60], ErrorCode.invalidValue, "weeks_per_year"],
    ["SLMDASCHEDULE", [null], ErrorCode.invalidValue, "start_date"],
    ["SLMDAMONTHS", ["perhaps"], ErrorCode.invalidValue, "nasenco_completed"],
    ["APPRENTICESHIPLEVY", [-1], ErrorCode.invalidValue, "annual_pay_bill"],
  ] as const)("%s(%j) -> %s naming %s", (id, args, code, argument) => {
    const error = callExpectingError(id, ...args);
    expect(error.code).toBe(code);
    expect(error.message).toContain(argument);
  });
});
