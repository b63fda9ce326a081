/**
 * SENCOTIMEFTE, SENCOTIMECOST, SENCOQUALIFICATIONDUE and SENCOQUALIFICATIONNEEDED through the
 * built bundle (dist/functions.js in a vm with a CustomFunctions stub), with the argument shapes
 * Excel passes: null for an omitted argument, "" or 0 for an empty referenced cell (web, Windows).
 * Run `npm run build` first.
 */
import { callExpectingError, callFunction, ErrorCode, metadataFor } from "../helpers/bundle";

/** Excel serial of a date. */
function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

describe("metadata", () => {
  test.each([
    [
      "SENCOTIMEFTE",
      ["hours_per_week", "weeks_per_year", "directed_hours_per_year"],
      ["weeks_per_year", "directed_hours_per_year"],
    ],
    [
      "SENCOTIMECOST",
      ["hours_per_week", "annual_salary", "on_cost_rate", "weeks_per_year", "directed_hours_per_year"],
      ["on_cost_rate", "weeks_per_year", "directed_hours_per_year"],
    ],
    ["SENCOQUALIFICATIONDUE", ["appointment_date"], []],
    [
      "SENCOQUALIFICATIONNEEDED",
      ["appointment_date", "qualification_completed", "nasenco_course_start"],
      ["qualification_completed", "nasenco_course_start"],
    ],
  ])("%s(%j), optional %j", (id, names, optional) => {
    const meta = metadataFor(id);
    expect(meta.parameters.map((p) => p.name)).toEqual(names);
    expect(meta.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(optional);
    expect(meta.helpUrl).toBe(`https://localhost:3000/help/functions.html#${id.toLowerCase()}`);
    for (const p of meta.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
  });
});

describe("SENCOTIMEFTE", () => {
  test("5 hours: 5 x 39 / 1,265", () => {
    expect(callFunction("SENCOTIMEFTE", 5)).toBeCloseTo(195 / 1265, 15);
    expect(callFunction("SENCOTIMEFTE", 5, null, null)).toBeCloseTo(195 / 1265, 15);
  });

  test('an empty cell (0 on Windows, "" or null on the web) for weeks or directed hours is the default', () => {
    for (const empty of [0, "", null]) {
      expect(callFunction("SENCOTIMEFTE", 5, empty, empty)).toBeCloseTo(195 / 1265, 15);
    }
    expect(callFunction("SENCOTIMEFTE", 4, 38, 1265)).toBeCloseTo(152 / 1265, 15);
    expect(callFunction("SENCOTIMEFTE", "4", "38", "1,265")).toBeCloseTo(152 / 1265, 15);
  });

  test("bad input: #VALUE! naming the argument", () => {
    expect(callExpectingError("SENCOTIMEFTE", -1).message).toMatch(/^hours_per_week must be/);
    // A blank (null on the web, 0 on Windows) is 0 hours: no SENCO time.
    expect(callFunction("SENCOTIMEFTE", null)).toBe(0);
    expect(callFunction("SENCOTIMEFTE", 0)).toBe(0);
    expect(callExpectingError("SENCOTIMEFTE", 5, 53).message).toBe(
      "weeks_per_year must be a number of weeks from 1 to 52 (blank means 39); 53 is above 52.",
    );
    expect(callExpectingError("SENCOTIMEFTE", 5, 39, "many").message).toMatch(/^directed_hours_per_year must be/);
  });
});

describe("SENCOTIMECOST", () => {
  test("5 hours, £50,000, 30%: 10,019.76 (to the penny)", () => {
    expect(callFunction("SENCOTIMECOST", 5, 50000, 0.3)).toBe(10019.76);
    expect(callFunction("SENCOTIMECOST", 5, "£50,000", "30%")).toBe(10019.76);
    expect(callFunction("SENCOTIMECOST", 5, 50000, 0.3, 0, 0)).toBe(10019.76);
  });

  test('a blank on-cost rate (omitted, "" or 0) is 0%', () => {
    for (const blank of [null, "", 0]) expect(callFunction("SENCOTIMECOST", 5, 50000, blank)).toBe(7707.51);
    expect(callFunction("SENCOTIMECOST", 5, 50000)).toBe(7707.51);
  });

  test("30 for 30% and a blank salary are #VALUE! with their reasons", () => {
    const rate = callExpectingError("SENCOTIMECOST", 5, 50000, 30);
    expect(rate.code).toBe(ErrorCode.invalidValue);
    expect(rate.message).toBe("on_cost_rate must be a percentage from 0% to 100%: for 30% type 30% or 0.3, not 30.");
    for (const blank of ["", null, 0]) {
      expect(callExpectingError("SENCOTIMECOST", 5, blank).message).toMatch(/^annual_salary must be more than £0/);
    }
    expect(callExpectingError("SENCOTIMECOST", 5, -100, 0.3).message).toMatch(/^annual_salary must be/);
  });
});

describe("SENCOQUALIFICATIONDUE", () => {
  test("appointed 01/09/2025: due 01/09/2028 (EDATE 36)", () => {
    expect(callFunction("SENCOQUALIFICATIONDUE", serial(2025, 9, 1))).toBe(serial(2028, 9, 1));
    expect(callFunction("SENCOQUALIFICATIONDUE", "01/09/2025")).toBe(serial(2028, 9, 1));
  });

  test("appointed 31/08/2008: #N/A saying why; 01/09/2008, 31/08/2009, 01/09/2009: 01/09/2012; 02/09/2009: 02/09/2012", () => {
    const error = callExpectingError("SENCOQUALIFICATIONDUE", serial(2008, 8, 31));
    expect(error.code).toBe(ErrorCode.notAvailable);
    expect(error.message).toBe(
      "appointment_date is before 01/09/2008: a SENCO appointed before then had been a SENCO for more than 12 months when the qualification became law on 01/09/2009, so is not required to hold it and there is no date by which to hold it (SENCO Regulations 2008 as amended in 2009, regulation 3(5)).",
    );
    for (const appointed of [serial(2008, 9, 1), serial(2009, 8, 31), serial(2009, 9, 1), "01/09/2009"]) {
      expect(callFunction("SENCOQUALIFICATIONDUE", appointed)).toBe(serial(2012, 9, 1));
    }
    expect(callFunction("SENCOQUALIFICATIONDUE", serial(2009, 9, 2))).toBe(serial(2012, 9, 2));
  });

  test('an empty appointment cell (0 or "") is #VALUE!, in words', () => {
    expect(callExpectingError("SENCOQUALIFICATIONDUE", 0).message).toMatch(
      /^appointment_date must be a date typed day first.*; it was 0, which is also how Excel on Windows passes an empty cell\.$/,
    );
    expect(callExpectingError("SENCOQUALIFICATIONDUE", "").message).toMatch(/^appointment_date is required/);
  });
});

describe("SENCOQUALIFICATIONNEEDED", () => {
  const appointed = serial(2023, 9, 1);
  test.each([
    [[serial(2008, 8, 31), true, serial(2020, 1, 1)], "Not required"],
    [[serial(2008, 8, 31)], "Not required"],
    [[serial(2008, 9, 1)], "NASENCO"],
    [[serial(2009, 8, 31)], "NASENCO"],
    [[serial(2009, 9, 1)], "NASENCO"],
    [[serial(2009, 8, 31), true], "Met"],
    [[serial(2009, 9, 1), false, serial(2010, 1, 4)], "NASENCO"],
    [[serial(2009, 9, 2)], "NPQ for SENCOs"],
    [[appointed, true, null], "Met"],
    [[appointed, "TRUE", serial(2024, 9, 1)], "Met"],
    [[appointed, false, serial(2024, 8, 31)], "NASENCO"],
    [[appointed, 0, serial(2024, 9, 1)], "NPQ for SENCOs"],
    [[appointed, 0, 0], "NPQ for SENCOs"],
    [[appointed, "", ""], "NPQ for SENCOs"],
    [[appointed], "NPQ for SENCOs"],
  ])("%j gives %s", (args, answer) => {
    expect(callFunction("SENCOQUALIFICATIONNEEDED", ...args)).toBe(answer);
  });

  test("bad input names its argument", () => {
    expect(callExpectingError("SENCOQUALIFICATIONNEEDED", appointed, "maybe").message).toMatch(
      /^qualification_completed must be TRUE or FALSE/,
    );
    expect(callExpectingError("SENCOQUALIFICATIONNEEDED", appointed, false, "soon").message).toMatch(
      /^nasenco_course_start must be a date/,
    );
  });
});
