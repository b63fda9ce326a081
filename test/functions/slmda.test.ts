/**
 * SLMDA functions called directly (src/functions/slmda.ts) with Excel-shaped arguments and a
 * CustomFunctions stub on globalThis: null for an omitted argument, booleans for TRUE/FALSE,
 * serial numbers for dates.
 */
import { ErrorCode, expectExcelError } from "../helpers/custom-functions-stub";
import * as slmda from "../../src/functions/slmda";
import {
  APPRENTICESHIPLEVY,
  APPRENTICESHIPLEVYFUNDS,
  SLMDA_FUNCTIONS,
  SLMDABLOCKS,
  SLMDAEMPLOYERCOST,
  SLMDAFEE,
  SLMDAFUNDING,
  SLMDAMONTHS,
  SLMDAOFFTHEJOBHOURS,
  SLMDAPAYMENTS,
  SLMDASCHEDULE,
  SLMDAWORKSHOPS,
} from "../../src/functions/slmda";
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";

const { invalidValue: VALUE, notAvailable: NA } = ErrorCode;

describe("programme facts", () => {
  test("SLMDAFEE: 18000, blank or FALSE or 0; #N/A for TRUE telling the user to use the quoted price", () => {
    expect(SLMDAFEE()).toBe(18000);
    expect(SLMDAFEE(null)).toBe(18000);
    expect(SLMDAFEE(false)).toBe(18000);
    expect(SLMDAFEE(0)).toBe(18000);
    expect(SLMDAFEE("")).toBe(18000);
    expect(expectExcelError(() => SLMDAFEE(true), NA, "nasenco_completed").message).toMatch(/quote/);
    expectExcelError(() => SLMDAFEE(1), NA);
  });
  test("SLMDAMONTHS and SLMDAWORKSHOPS", () => {
    expect([SLMDAMONTHS(null), SLMDAMONTHS(true), SLMDAMONTHS("FALSE"), SLMDAMONTHS("true")]).toEqual([27, 18, 27, 18]);
    expect([SLMDAWORKSHOPS(null), SLMDAWORKSHOPS(true)]).toEqual([9, 7]);
  });
  test("a yes/no argument that is neither TRUE/FALSE, Yes/No nor 1/0 is #VALUE! naming it", () => {
    expect([SLMDAMONTHS("Yes"), SLMDAMONTHS("n"), SLMDAMONTHS("Y")]).toEqual([18, 27, 18]);
    expectExcelError(() => SLMDAMONTHS("perhaps"), VALUE, "nasenco_completed");
    expectExcelError(() => SLMDAWORKSHOPS(2), VALUE, "nasenco_completed");
    expectExcelError(() => SLMDABLOCKS([[true]]), VALUE, "nasenco_completed");
  });
  test("SLMDABLOCKS spills block, module, project", () => {
    expect(SLMDABLOCKS(null)).toEqual([
      [1, "Operations Management", "Work based project (Masters Learning)"],
      [2, "Finance Management", "Work based project (Research Methods)"],
      [3, "Strategic Management", "Work based project (Research Proposal)"],
      [4, "Orientation and Perspectives on SEN and Inclusive Practice", "Work based project (working on project)"],
      [5, "Evidence Based Practice and Inclusion", "Work based project (working on project)"],
      [6, "Whole School Development: Enabling Inclusion", "Work based project (working on project)"],
    ]);
    expect(SLMDABLOCKS(true)).toEqual([
      [1, "Operations Management", "Work based project (Masters Learning)"],
      [2, "Finance Management", "Work based project (Research Methods)"],
      [3, "Strategic Management", "Work based project (Research Proposal)"],
      [4, "Leading and Change", "Work based project"],
      [5, "", "Work based project and completion of Portfolio of Evidence."],
    ]);
  });
});

describe("SLMDAEMPLOYERCOST: examples", () => {
  test.each([
    [[18000, false, null, ymd(2020, 9, 1)], 900],
    [[18000, true, 18000, ymd(2020, 9, 1)], 0],
    [[18000, true, null, ymd(2020, 9, 1)], 900],
    [[18000, true, 0, ymd(2020, 9, 1)], 900],
    [[18000, true, 10000, ymd(2020, 9, 1)], 400],
    [[14000, true, 4000, ymd(2026, 9, 1), 21], 2500],
    [[14000, false, null, ymd(2026, 9, 1), 21], 0],
    [[14000, false, null, ymd(2026, 9, 1), 23, true], 0],
    [[14000, false, null, ymd(2026, 9, 1), 23, 1], 0],
    [[14000, false, null, ymd(2026, 9, 1), 23, 0], 14000],
    [[14000, false, null, ymd(2026, 9, 1), 23], 14000],
    [[18000, false, null, ymd(2021, 9, 1)], 4700],
    [["£18,000", "FALSE", "", "01/09/2021"], 4700],
    [[18000, "No", null, ymd(2026, 1, 1), 40], 18000],
    [[18000, 1, 18000, ymd(2026, 1, 1), 21], 4000],
    [[18000, false, null, ymd(2024, 4, 1), 21], 4000],
  ])("%j -> %d", (args, expected) => {
    expect((SLMDAEMPLOYERCOST as (...a: unknown[]) => unknown)(...args)).toBe(expected);
  });
  test("a start from 01/01/2026 without age_at_start is #N/A asking for it", () => {
    expect(
      expectExcelError(() => SLMDAEMPLOYERCOST(18000, true, null, ymd(2026, 1, 1)), NA, "age_at_start").message,
    ).toMatch(/Enter the apprentice's age/);
    expect(SLMDAEMPLOYERCOST(18000, true, 18000, ymd(2025, 12, 31))).toBe(4000);
  });
});

const call =
  (id: keyof typeof SLMDA_FUNCTIONS, ...args: unknown[]) =>
  () =>
    (slmda[id] as (...a: unknown[]) => unknown)(...args);

describe("no silent 2020 default: an omitted start_date is #N/A asking for it", () => {
  test.each([
    ["SLMDAEMPLOYERCOST", [18000, false]],
    ["SLMDAFUNDING", [18000, true, 10000]],
    ["SLMDAPAYMENTS", [18000, false]],
    ["SLMDAOFFTHEJOBHOURS", [30, 12]],
  ] as const)("%s(%j)", (id, args) => {
    const error = expectExcelError(call(id, ...args), NA, "start_date");
    expect(error.message).toBe(
      "start_date is needed: the funding, payment and off-the-job rules depend on the apprenticeship's start date (the provider's 2020/21 guidance describes a cohort that started in September 2020, and the rules have changed since). Enter the start date.",
    );
  });
});

describe("APPRENTICESHIPLEVYFUNDS", () => {
  test("levy x English share x 1.1 before 01/08/2026, x 1 from then", () => {
    // £4,000,000 pay bill: levy 20,000 - 15,000 = 5,000.
    expect(APPRENTICESHIPLEVYFUNDS(4_000_000, null, ymd(2026, 7, 31))).toBe(5500);
    expect(APPRENTICESHIPLEVYFUNDS(4_000_000, null, ymd(2026, 8, 1))).toBe(5000);
    expect(APPRENTICESHIPLEVYFUNDS(4_000_000, "80%", ymd(2026, 7, 31))).toBe(4400);
    expect(APPRENTICESHIPLEVYFUNDS(4_000_000, 0.8, ymd(2026, 8, 1))).toBe(4000);
    // 0, as Excel on Windows passes a blank cell, is left out: 100%.
    expect(APPRENTICESHIPLEVYFUNDS(4_000_000, 0, ymd(2026, 8, 1))).toBe(5000);
    expect(APPRENTICESHIPLEVYFUNDS(2_000_000, null, ymd(2026, 8, 1))).toBe(0);
  });
  test("entry_date omitted or before the levy: #N/A; a share typed without % : #VALUE!", () => {
    expect(expectExcelError(call("APPRENTICESHIPLEVYFUNDS", 4_000_000), NA, "entry_date").message).toMatch(
      /entry_date is needed/,
    );
    expectExcelError(call("APPRENTICESHIPLEVYFUNDS", 4_000_000, null, ymd(2017, 4, 5)), NA, "entry_date");
    expect(APPRENTICESHIPLEVYFUNDS(4_000_000, null, ymd(2017, 4, 6))).toBe(5500);
    expectExcelError(call("APPRENTICESHIPLEVYFUNDS", 4_000_000, 80, ymd(2026, 8, 1)), VALUE, "english_share");
  });
});

describe("SLMDAFUNDING", () => {
  test("label and amount rows in their fixed order; the last equals SLMDAEMPLOYERCOST", () => {
    const rows = SLMDAFUNDING(18000, true, 10000, ymd(2021, 9, 1), null);
    expect(rows).toEqual([
      ["Price", 18000],
      ["Funding band maximum", 14000],
      ["Paid from levy funds", 10000],
      ["Government co-investment", 3800],
      ["Employer co-investment", 200],
      ["Employer pays outside funding (above the band, or not fundable)", 4000],
      ["Employer cash cost", 4200],
    ]);
    expect(rows[6]![1]).toBe(SLMDAEMPLOYERCOST(18000, true, 10000, ymd(2021, 9, 1), null));
  });
});

describe("SLMDAPAYMENTS", () => {
  test("full route from 01/09/2020: 27 instalments then the completion payment", () => {
    const rows = SLMDAPAYMENTS(18000, null, ymd(2020, 9, 1));
    expect(rows).toHaveLength(28);
    expect(rows[0]).toEqual([ymd(2020, 9, 1), 533.33]);
    expect(rows[26]).toEqual([ymd(2022, 11, 1), 533.42]);
    expect(rows[27]).toEqual([ymd(2022, 12, 1), 3600]);
    expect(rows.reduce((s, r) => s + Math.round((r[1] as number) * 100), 0)).toBe(1_800_000);
  });
  test("NASENCO route: 18 instalments; 12000 from 31/01/2021 clamps to month ends", () => {
    const rows = SLMDAPAYMENTS(12000, true, ymd(2021, 1, 31));
    expect(rows).toHaveLength(19);
    expect(rows[1]).toEqual([ymd(2021, 2, 28), 533.33]);
    expect(rows[18]).toEqual([ymd(2022, 7, 31), 2400]);
    expect(rows.every((r) => r.every((v) => typeof v === "number" && Number.isFinite(v)))).toBe(true);
  });
});

describe("SLMDAOFFTHEJOBHOURS", () => {
  test("30 hours for 12 months before August 2022 -> 278.4", () => {
    expect(SLMDAOFFTHEJOBHOURS(30, 12, null, ymd(2022, 7, 31))).toBe(278.4);
    expect(SLMDAOFFTHEJOBHOURS(30, 12, null, ymd(2020, 9, 1))).toBe(278.4);
  });
  test("defaults: 24 months at 46.4 weeks; term-time 39 weeks", () => {
    expect(SLMDAOFFTHEJOBHOURS(30, null, null, ymd(2020, 9, 1))).toBe(556.8);
    expect(SLMDAOFFTHEJOBHOURS(30, null, 39, ymd(2020, 9, 1))).toBe(468);
  });
  test("31/07/2022 vs 01/08/2022 for 37.5 hours; 31/07/2025 vs 01/08/2025", () => {
    expect(SLMDAOFFTHEJOBHOURS(37.5, 12, null, ymd(2022, 7, 31))).toBe(348);
    expect(SLMDAOFFTHEJOBHOURS(37.5, 12, null, ymd(2022, 8, 1))).toBe(278.4);
    expect(SLMDAOFFTHEJOBHOURS(37.5, 12, null, ymd(2025, 7, 31))).toBe(278.4);
    expectExcelError(() => SLMDAOFFTHEJOBHOURS(37.5, 12, null, ymd(2025, 8, 1)), NA, "start_date");
  });
});

describe("SLMDASCHEDULE", () => {
  test("date/milestone rows in date order, start first and planned end last", () => {
    const rows = SLMDASCHEDULE(ymd(2020, 9, 1), null);
    expect(rows[0]).toEqual([
      ymd(2020, 9, 1),
      "Start: first meeting of apprentice, coach and line manager (individual learning plan)",
    ]);
    expect(rows.at(-1)).toEqual([ymd(2022, 12, 1), "Planned end and end-point assessment"]);
    expect(rows.filter((r) => String(r[1]).startsWith("Block "))).toHaveLength(6);
    expect(SLMDASCHEDULE(ymd(2020, 9, 1), true).filter((r) => String(r[1]).startsWith("Block "))).toHaveLength(5);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]![0]).toBeGreaterThanOrEqual(rows[i - 1]![0]);
  });
  test("start_date is required", () => {
    expectExcelError(() => SLMDASCHEDULE(null), VALUE, "start_date");
  });
});

describe("APPRENTICESHIPLEVY", () => {
  test("0.5% less £15,000, never below 0", () => {
    expect(APPRENTICESHIPLEVY(4_000_000)).toBe(5000);
    expect(APPRENTICESHIPLEVY("£2,500,000")).toBe(0);
  });
});

describe("bad input: the right code, naming the argument", () => {
  test.each([
    ["SLMDAEMPLOYERCOST", [-1, false], VALUE, "price"],
    ["SLMDAEMPLOYERCOST", ["lots", false], VALUE, "price"],
    ["SLMDAEMPLOYERCOST", [null, false], VALUE, "price"],
    ["SLMDAEMPLOYERCOST", [18000, null], VALUE, "levy_payer"],
    ["SLMDAEMPLOYERCOST", [18000, 0], VALUE, "levy_payer"],
    ["SLMDAEMPLOYERCOST", [0, false], VALUE, "price"],
    ["SLMDAEMPLOYERCOST", [18000, "maybe"], VALUE, "levy_payer"],
    ["SLMDAEMPLOYERCOST", [18000, true, -1], VALUE, "levy_funds"],
    ["SLMDAEMPLOYERCOST", [18000, true, null, -1], VALUE, "start_date"],
    ["SLMDAEMPLOYERCOST", [18000, true, null, 2958466], VALUE, "start_date"],
    ["SLMDAEMPLOYERCOST", [18000, true, null, "31/02/2021"], VALUE, "start_date"],
    ["SLMDAFUNDING", [18000, true, null, null, 15], VALUE, "age_at_start"],
    ["SLMDAFUNDING", [18000, true, null, null, 100], VALUE, "age_at_start"],
    ["SLMDAFUNDING", [18000, true, null, null, 30.5], VALUE, "age_at_start"],
    ["SLMDAFUNDING", [Number.POSITIVE_INFINITY, true], VALUE, "price"],
    ["SLMDAPAYMENTS", [-5], VALUE, "price"],
    ["SLMDAPAYMENTS", [18000, "maybe"], VALUE, "nasenco_completed"],
    ["SLMDAPAYMENTS", [18000, null, ymd(9997, 10, 1)], VALUE, "start_date"],
    ["SLMDAOFFTHEJOBHOURS", [-1], VALUE, "weekly_hours"],
    ["SLMDAOFFTHEJOBHOURS", [168.5], VALUE, "weekly_hours"],
    ["SLMDAOFFTHEJOBHOURS", [null], VALUE, "weekly_hours"],
    ["SLMDAOFFTHEJOBHOURS", [0], VALUE, "weekly_hours"],
    ["SLMDAOFFTHEJOBHOURS", [30, 61], VALUE, "months"],
    ["SLMDAOFFTHEJOBHOURS", [30, 61], VALUE, "months"],
    ["SLMDAOFFTHEJOBHOURS", [30, 12.5], VALUE, "months"],
    ["SLMDAOFFTHEJOBHOURS", [30, 12, 0.5], VALUE, "weeks_per_year"],
    ["SLMDAOFFTHEJOBHOURS", [30, 12, 53], VALUE, "weeks_per_year"],
    ["SLMDAOFFTHEJOBHOURS", [30, 12, 46.4, -3], VALUE, "start_date"],
    ["SLMDASCHEDULE", ["next week"], VALUE, "start_date"],
    ["SLMDASCHEDULE", [ymd(9997, 10, 1)], VALUE, "start_date"],
    ["APPRENTICESHIPLEVY", [-1], VALUE, "annual_pay_bill"],
    ["APPRENTICESHIPLEVY", [Number.NaN], VALUE, "annual_pay_bill"],
  ] as const)("%s(%j) -> %s naming %s", (id, args, code, argument) => {
    expectExcelError(call(id, ...args), code, argument);
  });
  test("edges allowed: weekly hours just above 0 and 168, age 16 and 99, a time of day ignored", () => {
    expect(SLMDAOFFTHEJOBHOURS(0.5, 12, null, ymd(2020, 9, 1))).toBe(4.64);
    expect(SLMDAOFFTHEJOBHOURS(168, 60, 52, ymd(2020, 9, 1))).toBe(8736);
    expect(SLMDAEMPLOYERCOST(18000, false, null, ymd(2020, 9, 1), 16)).toBe(900);
    expect(SLMDAEMPLOYERCOST(18000, false, null, ymd(2020, 9, 1), 99)).toBe(900);
    expect(SLMDAEMPLOYERCOST(18000, false, null, ymd(2021, 3, 28) + 0.99)).toBe(900);
  });
});
