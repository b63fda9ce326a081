/**
 * The dates each rule answers for (DateLimits beside the rule) and the one check of them
 * (checkDateSerial in src/rules/inputs.ts): before the range "na" saying from when the rules run;
 * a year or yyyymmdd typed where the date belongs "value" saying the date to type instead.
 * Serials are computed here from the calendar, independently of the code under test.
 */
import {
  LEVY_ENTRY_DATE_LIMITS,
  apprenticeshipLevyFunds,
  levyFundsExpiryMonths,
} from "../../src/rules/apprenticeship-levy";
import { START_DATE_LIMITS } from "../../src/rules/apprenticeship-start";
import { englishMathsRequired } from "../../src/rules/english-maths";
import { fundingBreakdown } from "../../src/rules/apprenticeship-funding";
import { providerPayments } from "../../src/rules/provider-payments";
import { checkDateSerial, checkNumber, digitsForDate, type DateLimits } from "../../src/rules/inputs";
import { offTheJobHours, offTheJobUsesWeeklyHours } from "../../src/rules/off-the-job";
import {
  APPOINTMENT_DATE_LIMITS,
  COURSE_START_LIMITS,
  qualificationDue,
  qualificationForCourseStart,
  qualificationNeeded,
} from "../../src/rules/senco-qualification";
import { APPLICATION_DATE_LIMITS, documentDue } from "../../src/rules/slmda-line-manager";
import { slmdaSchedule } from "../../src/rules/slmda-schedule";
import { AGE_LIMITS } from "../../src/rules/apprenticeship-start";
import { BIRTH_DATE_LIMITS, EHC_PLAN_DATE_LIMITS, TRANSFER_DATE_LIMITS } from "../../src/rules/ehc-plan-reviews";
import { ruleErrorOf } from "../helpers/rule-error";

const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
const show = (s: number) => new Date(Date.UTC(1899, 11, 30) + s * 86_400_000).toISOString().slice(0, 10);

describe("each rule declares from when it answers, with the reason", () => {
  test.each([
    ["apprenticeship starts (the funding rules that came with the levy)", START_DATE_LIMITS, serial(2017, 5, 1)],
    ["levy funds entering an account (the levy)", LEVY_ENTRY_DATE_LIMITS, serial(2017, 4, 6)],
    ["becoming SENCO (the 1994 SEN Code of Practice)", APPOINTMENT_DATE_LIMITS, serial(1994, 9, 1)],
    ["a NASENCO course's start (the award, from 01/09/2009)", COURSE_START_LIMITS, serial(2009, 9, 1)],
    ["the plan's application date (as the starts)", APPLICATION_DATE_LIMITS, serial(2017, 5, 1)],
    ["an EHC plan's date, its reviews and review meetings (EHC plans began)", EHC_PLAN_DATE_LIMITS, serial(2014, 9, 1)],
    ["a pupil's date of birth (25 years before EHC plans began)", BIRTH_DATE_LIMITS, serial(1989, 9, 1)],
    [
      "a transfer between phases (the first calendar year the Regulations time)",
      TRANSFER_DATE_LIMITS,
      serial(2015, 1, 1),
    ],
  ] as const)("%s", (_what, limits: DateLimits, from) => {
    expect(show(limits.from)).toBe(show(from));
    expect(limits.why).toMatch(/^when /);
  });
});

describe("checkDateSerial", () => {
  const limits: DateLimits = { from: serial(2017, 5, 1), why: "when the funding rules that came with the levy began" };

  test("the first day of the range and Excel's last date pass (a time of day dropped)", () => {
    expect(checkDateSerial("start_date", serial(2017, 5, 1), limits)).toBe(serial(2017, 5, 1));
    expect(checkDateSerial("start_date", serial(2017, 5, 1) + 0.75, limits)).toBe(serial(2017, 5, 1));
    expect(checkDateSerial("start_date", 2958465, limits)).toBe(2958465);
  });

  test("the day before the range: na, saying from when the rules run and why", () => {
    const error = ruleErrorOf(() => checkDateSerial("start_date", serial(2017, 4, 30), limits));
    expect([error.kind, error.field, error.message]).toEqual([
      "na",
      "start_date",
      "start_date is 30/04/2017: these rules run from 01/05/2017, when the funding rules that came with the levy began.",
    ]);
  });

  test.each([1900, 2023, 2026, 2100])(
    "%d, a year typed as the date (a day in 1905): value, saying what to type",
    (year) => {
      const error = ruleErrorOf(() => checkDateSerial("start_date", year, limits));
      expect([error.kind, error.field, error.message]).toEqual([
        "value",
        "start_date",
        `start_date looks like a year (${year}): type the whole date, such as 01/09/${year}.`,
      ]);
    },
  );

  test("1899 and 2101 are not years here: a date before the range (na)", () => {
    expect(ruleErrorOf(() => checkDateSerial("start_date", 1899, limits)).message).toBe(
      "start_date is 13/03/1905: these rules run from 01/05/2017, when the funding rules that came with the levy began.",
    );
    expect(ruleErrorOf(() => checkDateSerial("start_date", 2101, limits)).kind).toBe("na");
  });

  test("a typed date in 1905 is a date, not a year: na", () => {
    // The user typed 15/07/1905 as text: it is shown as the date typed, not taken for 2023.
    const error = ruleErrorOf(() => checkDateSerial("start_date", 2023, limits, "15/07/1905"));
    expect([error.kind, error.message]).toEqual([
      "na",
      "start_date is 15/07/1905: these rules run from 01/05/2017, when the funding rules that came with the levy began.",
    ]);
  });

  test("yyyymmdd as a number: value, giving the date day first", () => {
    const error = ruleErrorOf(() => checkDateSerial("start_date", 20230901, limits));
    expect([error.kind, error.message]).toEqual([
      "value",
      "start_date looks like a date typed as digits (20230901): type the whole date, such as 01/09/2023.",
    ]);
  });

  test("not a date at all (0, negative, past 31/12/9999, NaN): value, saying what to type", () => {
    for (const bad of [0, -5, 2958466, Number.NaN, 99999999]) {
      const error = ruleErrorOf(() => checkDateSerial("start_date", bad, limits));
      expect([error.kind, error.field]).toEqual(["value", "start_date"]);
      expect(error.message).toMatch(
        /^start_date must be a date typed day first, such as 01\/09\/2026, 1\/9\/26 or 1 September 2026; it was /,
      );
    }
  });
});

describe("digitsForDate", () => {
  test.each([
    ["2023", "start_date looks like a year (2023): type the whole date, such as 01/09/2023."],
    [" 2026 ", "start_date looks like a year (2026): type the whole date, such as 01/09/2026."],
    ["20230901", "start_date looks like a date typed as digits (20230901): type the whole date, such as 01/09/2023."],
    ["20261225", "start_date looks like a date typed as digits (20261225): type the whole date, such as 25/12/2026."],
  ])("%j", (typed, message) => {
    expect(digitsForDate("start_date", typed)!.message).toBe(message);
  });

  test.each(["1899", "2101", "45900", "20231301", "20230230", "202309", "2023.5", "-2023", "01092023", "", "Sept"])(
    "%j is not a year or a date typed as digits",
    (typed) => {
      expect(digitsForDate("start_date", typed)).toBeUndefined();
    },
  );
});

describe("every rule that takes a date checks it against its own limits", () => {
  const start = (s: number) => () => fundingBreakdown({ price: 14000, levyPayer: true, startSerial: s });
  const cases: [string, string, (s: number) => () => unknown, DateLimits][] = [
    ["fundingBreakdown", "start_date", start, START_DATE_LIMITS],
    ["providerPayments", "start_date", (s) => () => providerPayments(14000, 27, s), START_DATE_LIMITS],
    ["englishMathsRequired", "start_date", (s) => () => englishMathsRequired(s, 40), START_DATE_LIMITS],
    [
      "offTheJobHours",
      "start_date",
      (s) => () => offTheJobHours({ weeklyHours: 30, months: 12, weeksPerYear: 46.4, startSerial: s }),
      START_DATE_LIMITS,
    ],
    ["offTheJobUsesWeeklyHours", "start_date", (s) => () => offTheJobUsesWeeklyHours(s), START_DATE_LIMITS],
    ["slmdaSchedule", "start_date", (s) => () => slmdaSchedule(s, "full"), START_DATE_LIMITS],
    ["apprenticeshipLevyFunds", "entry_date", (s) => () => apprenticeshipLevyFunds(4e6, 1, s), LEVY_ENTRY_DATE_LIMITS],
    ["levyFundsExpiryMonths", "entry_date", (s) => () => levyFundsExpiryMonths(s), LEVY_ENTRY_DATE_LIMITS],
    ["qualificationDue", "appointment_date", (s) => () => qualificationDue(s), APPOINTMENT_DATE_LIMITS],
    ["qualificationNeeded", "appointment_date", (s) => () => qualificationNeeded(s), APPOINTMENT_DATE_LIMITS],
    [
      "qualificationForCourseStart",
      "nasenco_course_start",
      (s) => () => qualificationForCourseStart(s),
      COURSE_START_LIMITS,
    ],
    [
      "documentDue (personal statement)",
      "application_date",
      (s) => () => documentDue("personal-statement", serial(2026, 9, 1), s, show),
      APPLICATION_DATE_LIMITS,
    ],
  ];

  test.each(cases)("%s: the first day answers, the day before is na, 2026 is a year", (_name, key, call, limits) => {
    // The first day gets the rule's own answer (for qualificationDue before 2009, #N/A "not required").
    let first: unknown;
    try {
      call(limits.from)();
    } catch (error) {
      first = error;
    }
    expect(first === undefined || !String((first as Error).message).includes("these rules run from")).toBe(true);
    const before = ruleErrorOf(call(limits.from - 1));
    expect([before.kind, before.field]).toEqual(["na", key]);
    expect(before.message).toContain(`these rules run from `);
    const year = ruleErrorOf(call(2026));
    expect([year.kind, year.field, year.message]).toEqual([
      "value",
      key,
      `${key} looks like a year (2026): type the whole date, such as 01/09/2026.`,
    ]);
  });
});

describe("numbers out of their limits speak of the number", () => {
  test.each([
    [15, "15 is below 16"],
    [100, "100 is above 99"],
    [40.5, "40.5 is not a whole number"],
  ])("age %d", (age, why) => {
    expect(ruleErrorOf(() => checkNumber("age_at_start", age, AGE_LIMITS)).message).toBe(
      `age_at_start must be a whole number from 16 to 99; ${why}.`,
    );
  });

  test("the number as typed (text), and percentages as percentages", () => {
    expect(ruleErrorOf(() => checkNumber("age_at_start", 15, AGE_LIMITS, " 15 ")).message).toBe(
      "age_at_start must be a whole number from 16 to 99; 15 is below 16.",
    );
    const percent = { allowed: "a percentage from 0% to 100%", min: 0, max: 1, percent: true };
    expect(ruleErrorOf(() => checkNumber("english_share", 1.5, percent, "150%")).message).toBe(
      "english_share must be a percentage from 0% to 100%; 150% is above 100%.",
    );
    expect(ruleErrorOf(() => checkNumber("english_share", -0.2, percent, "-20%")).message).toBe(
      "english_share must be a percentage from 0% to 100%; -20% is below 0%.",
    );
  });

  test("a number Excel cannot hold is said so", () => {
    expect(ruleErrorOf(() => checkNumber("age_at_start", Infinity, AGE_LIMITS)).message).toBe(
      "age_at_start must be a whole number from 16 to 99; it was a number Excel cannot hold.",
    );
  });
});
