/**
 * Every date argument of every function, through the built bundle (dist/functions.js in a vm with
 * a CustomFunctions stub): a year typed where the date belongs (2023, 2026: dates in 1905) is
 * #VALUE! saying what to type; a date before the rules' range is #N/A saying from when they run;
 * the range's first day answers and the day before does not. Run `npm run build` first.
 */
import { callExpectingError, callFunction, ErrorCode, loadBundle } from "../helpers/bundle";

/** Excel serial of a calendar date (independent of the code under test: days since 30/12/1899). */
const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** The range of apprenticeship starts. */
const STARTS = {
  argument: "start_date",
  from: [2017, 5, 1] as [number, number, number],
  before: "30/04/2017",
  why: "when the funding rules that came with the levy began",
};

interface DateArgument {
  id: string;
  argument: string;
  /** The function's arguments with `date` in the date argument's place. */
  call: (date: unknown) => unknown[];
  /** The first date the rules answer for, the day before, and why. */
  from: [number, number, number];
  before: string;
  why: string;
  /** What the function gives on the first day. */
  firstDay: (result: unknown) => void;
}

/** The range of dates of becoming SENCO. */
const APPOINTMENTS = {
  argument: "appointment_date",
  call: (d: unknown) => [d],
  from: [1994, 9, 1] as [number, number, number],
  before: "31/08/1994",
  why: "when the SEN Code of Practice (1994) set up the SENCO role",
};

const DATE_ARGUMENTS: DateArgument[] = [
  {
    id: "EHCPREVIEWDUE",
    argument: "last_review_or_plan_date",
    call: (d) => [d],
    from: [2014, 9, 1],
    before: "31/08/2014",
    why: "when EHC plans began under the Children and Families Act 2014",
    firstDay: (result) => expect(result).toBe(serial(2015, 8, 31)),
  },
  {
    id: "PHASETRANSFERREVIEWDUE",
    argument: "transfer_date",
    call: (d) => [d, true],
    from: [2015, 1, 1],
    before: "31/12/2014",
    why: "when the first transfers fell whose review date came after the SEND Regulations 2014 began on 01/09/2014",
    firstDay: (result) => expect(result).toBe(serial(2015, 3, 31)),
  },
  {
    id: "REVIEWTIMETABLE",
    argument: "meeting_date",
    call: (d) => [d],
    from: [2014, 9, 1],
    before: "31/08/2014",
    why: "when EHC plans began under the Children and Families Act 2014",
    firstDay: (result) =>
      expect((result as unknown[][])[4]).toEqual(["Local authority's decision notified by", serial(2014, 9, 29)]),
  },
  {
    id: "SENCOQUALIFICATIONDUE",
    ...APPOINTMENTS,
    firstDay: () => {
      // Appointed on 01/09/1994: before 01/09/2008, so the rule's own #N/A (no qualification required).
      const error = callExpectingError("SENCOQUALIFICATIONDUE", serial(1994, 9, 1));
      expect([error.code, error.message.startsWith("appointment_date is before 01/09/2008")]).toEqual([
        ErrorCode.notAvailable,
        true,
      ]);
    },
  },
  {
    id: "SENCOQUALIFICATIONNEEDED",
    ...APPOINTMENTS,
    firstDay: (result) => expect(result).toBe("Not required"),
  },
  {
    id: "SENCOQUALIFICATIONNEEDED",
    argument: "nasenco_course_start",
    call: (d) => [serial(2020, 9, 1), false, d],
    from: [2009, 9, 1],
    before: "31/08/2009",
    why: "when the NASENCO award began",
    firstDay: (result) => expect(result).toBe("NASENCO"),
  },
  {
    id: "SLMDAEMPLOYERCOST",
    ...STARTS,
    call: (d) => [14000, false, null, d, 23],
    // 10% co-investment (before 01/04/2019) of the £14,000 price, under the £18,000 band then.
    firstDay: (result) => expect(result).toBe(1400),
  },
  {
    id: "SLMDAFUNDING",
    ...STARTS,
    call: (d) => [14000, false, null, d, 23],
    firstDay: (result) => expect((result as unknown[][])[6]).toEqual(["Employer cash cost", 1400]),
  },
  {
    id: "SLMDAPAYMENTS",
    ...STARTS,
    call: (d) => [18000, false, d],
    firstDay: (result) => {
      const rows = result as unknown[][];
      expect([rows[0]![0], rows[27]]).toEqual([serial(2017, 5, 1), [serial(2019, 8, 1), 3600]]);
    },
  },
  {
    id: "SLMDAOFFTHEJOBHOURS",
    ...STARTS,
    call: (d) => [30, null, null, d],
    // 20% of 30 hours × 46.4 weeks × 24 months / 12.
    firstDay: (result) => expect(result).toBe(556.8),
  },
  {
    id: "SLMDASCHEDULE",
    ...STARTS,
    call: (d) => [d],
    firstDay: (result) => expect((result as unknown[][])[0]![0]).toBe(serial(2017, 5, 1)),
  },
  {
    id: "APPRENTICESHIPLEVYFUNDS",
    argument: "entry_date",
    call: (d) => [4_000_000, null, d],
    from: [2017, 4, 6],
    before: "05/04/2017",
    why: "when the Apprenticeship Levy began",
    // (0.5% of £4,000,000 − £15,000) × 1.1.
    firstDay: (result) => expect(result).toBe(5500),
  },
  {
    id: "LEVYFORECAST",
    argument: "first_month",
    call: (d) => [4_000_000, [[serial(2017, 5, 1), 1200, 12]], d],
    from: [2017, 4, 6],
    before: "05/04/2017",
    why: "when the Apprenticeship Levy began",
    // April 2017: (0.5% of £4,000,000 − £15,000) ÷ 12 × 1.1 enters; nothing is paid yet.
    firstDay: (result) => expect((result as unknown[][])[1]!.slice(0, 3)).toEqual([serial(2017, 4, 1), 458.33, 0]),
  },
  {
    id: "LEVYTRANSFERALLOWANCE",
    argument: "tax_year_date",
    call: (d) => [4_000_000, d],
    from: [2018, 4, 6],
    before: "05/04/2018",
    why: "when levy transfers began (the 2018 to 2019 tax year's allowance)",
    // 10% of 2017-18's funds: 12 months of (0.5% of £4,000,000 − £15,000) ÷ 12 × 1.1, each to the penny.
    firstDay: (result) => expect(result).toBe(550),
  },
];

const named = DATE_ARGUMENTS.map((d) => [`${d.id} ${d.argument}`, d] as const);
const ddmmyyyy = ([y, m, d]: [number, number, number]) =>
  `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;

test("the table covers every date argument of every function in dist/functions.json", () => {
  const inMetadata = loadBundle()
    .metadata.functions.flatMap((f) => f.parameters.map((p) => `${f.id} ${p.name}`))
    .filter((name) => /(_date|course_start|first_month)$/.test(name));
  expect(named.map(([name]) => name).sort()).toEqual(inMetadata.sort());
});

describe.each(named)("%s", (_name, date) => {
  test.each([2023, 2026, "2023", " 2026 "])("%j, a year: #VALUE! saying what to type", (year) => {
    const error = callExpectingError(date.id, ...date.call(year));
    const typed = String(year).trim();
    expect([error.code, error.message]).toEqual([
      ErrorCode.invalidValue,
      `${date.argument} looks like a year (${typed}): type the whole date, such as 01/09/${typed}.`,
    ]);
  });

  test("20230901 typed as text: #VALUE! giving the date day first", () => {
    const error = callExpectingError(date.id, ...date.call("20230901"));
    expect([error.code, error.message]).toEqual([
      ErrorCode.invalidValue,
      `${date.argument} looks like a date typed as digits (20230901): type the whole date, such as 01/09/2023.`,
    ]);
  });

  test("a date long before the range (01/01/1990): #N/A saying from when the rules run", () => {
    const error = callExpectingError(date.id, ...date.call(serial(1990, 1, 1)));
    expect([error.code, error.message]).toEqual([
      ErrorCode.notAvailable,
      `${date.argument} is 01/01/1990: these rules run from ${ddmmyyyy(date.from)}, ${date.why}.`,
    ]);
  });

  test("the day before the range's first day: #N/A; the first day itself answers", () => {
    const first = serial(...date.from);
    const before = callExpectingError(date.id, ...date.call(first - 1));
    expect([before.code, before.message]).toEqual([
      ErrorCode.notAvailable,
      `${date.argument} is ${date.before}: these rules run from ${ddmmyyyy(date.from)}, ${date.why}.`,
    ]);
    if (date.id === "SENCOQUALIFICATIONDUE") date.firstDay(undefined);
    else date.firstDay(callFunction(date.id, ...date.call(first)));
    // The same day typed as text day first answers the same.
    if (date.id !== "SENCOQUALIFICATIONDUE") {
      expect(callFunction(date.id, ...date.call(ddmmyyyy(date.from)))).toEqual(
        callFunction(date.id, ...date.call(first)),
      );
    }
  });
});

describe("the examples of a year typed where a date belongs", () => {
  test("=SEND.SLMDAEMPLOYERCOST(14000, FALSE, , 2026, 23) is #VALUE!, not 1,400", () => {
    const error = callExpectingError("SLMDAEMPLOYERCOST", 14000, false, null, 2026, 23);
    expect([error.code, error.message]).toEqual([
      ErrorCode.invalidValue,
      "start_date looks like a year (2026): type the whole date, such as 01/09/2026.",
    ]);
  });

  test('=SEND.SENCOQUALIFICATIONNEEDED(2023) is #VALUE!, not "Not required"', () => {
    expect(callExpectingError("SENCOQUALIFICATIONNEEDED", 2023).message).toBe(
      "appointment_date looks like a year (2023): type the whole date, such as 01/09/2023.",
    );
  });

  test("a real appointment after 2009 still gets its due date, 3 years on", () => {
    expect(callFunction("SENCOQUALIFICATIONDUE", serial(2023, 9, 1))).toBe(serial(2026, 9, 1));
  });
});
