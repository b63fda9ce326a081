import fc from "fast-check";
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import {
  DEFAULT_OFF_THE_JOB_MONTHS,
  DEFAULT_WEEKS_PER_YEAR,
  offTheJobHours,
  offTheJobMinimum,
  offTheJobWeeklyHours,
  type OffTheJobInputs,
} from "../../src/rules/off-the-job";
import { ruleErrorOf } from "../helpers/rule-error";

const before = ymd(2022, 7, 31);
const after = ymd(2022, 8, 1);
const inputs = (o: Partial<OffTheJobInputs>): OffTheJobInputs => ({
  weeklyHours: 30,
  months: 12,
  weeksPerYear: DEFAULT_WEEKS_PER_YEAR,
  startSerial: before,
  ...o,
});

describe("defaults", () => {
  test("24 months (the guidance's 2 years) and 46.4 weeks (52 - 5.6)", () => {
    expect(DEFAULT_OFF_THE_JOB_MONTHS).toBe(24);
    expect(DEFAULT_WEEKS_PER_YEAR).toBeCloseTo(46.4, 12);
  });
});

describe("worked example", () => {
  test("30 hours for 12 months before August 2022 -> 278.4", () => {
    expect(offTheJobHours(inputs({}))).toBe(278.4);
  });
  test("37.5 hours over 24 months at the default start (2020): 7.5 x 46.4 x 2 = 696", () => {
    expect(offTheJobHours(inputs({ weeklyHours: 37.5, months: 24, startSerial: ymd(2020, 9, 1) }))).toBe(696);
  });
  test("term-time staff: 32.5 hours, 39 weeks, 27 months before Aug 2022 = 6.5 x 39 x 2.25", () => {
    expect(offTheJobHours(inputs({ weeklyHours: 32.5, weeksPerYear: 39, months: 27 }))).toBe(570.38);
  });
  test("rounds once, at the end: 37.33 hours -> 7.466 a week x 46.4 x 2 = 692.8448 -> 692.84 (not 7.47 x 92.8)", () => {
    expect(offTheJobHours(inputs({ weeklyHours: 37.33, months: 24 }))).toBe(692.84);
    expect(offTheJobWeeklyHours(37.33, before)).toBe(7.47); // the weekly figure alone is shown to the hundredth
  });
});

describe("31/07/2022 and 01/08/2022: the 30-hour cap", () => {
  test("37.5 hours a week: 7.5 before, 6 from 01/08/2022", () => {
    expect(offTheJobWeeklyHours(37.5, before)).toBe(7.5);
    expect(offTheJobWeeklyHours(37.5, after)).toBe(6);
    expect(offTheJobHours(inputs({ weeklyHours: 37.5, startSerial: after }))).toBe(278.4);
    expect(offTheJobHours(inputs({ weeklyHours: 37.5, startSerial: before }))).toBe(348);
  });
  test("under the cap both rules agree: 25 hours -> 5 a week", () => {
    expect(offTheJobWeeklyHours(25, before)).toBe(5);
    expect(offTheJobWeeklyHours(25, after)).toBe(5);
    expect(offTheJobWeeklyHours(30, after)).toBe(6);
    expect(offTheJobWeeklyHours(0, after)).toBe(0);
  });
});

describe("31/07/2025 and 01/08/2025: per-standard minimum not in our sources", () => {
  test("31/07/2025 still uses the capped 20%", () => {
    expect(offTheJobWeeklyHours(40, ymd(2025, 7, 31))).toBe(6);
  });
  test("01/08/2025 is na naming start_date", () => {
    const error = ruleErrorOf(() => offTheJobHours(inputs({ startSerial: ymd(2025, 8, 1) })));
    expect([error.kind, error.field]).toEqual(["na", "start_date"]);
    expect(error.message).toMatch(/off-the-job hours published for the apprenticeship standard/);
    expect(ruleErrorOf(() => offTheJobWeeklyHours(30, ymd(2025, 8, 1))).kind).toBe("na");
  });
});

describe("bad input names the argument", () => {
  test.each([
    [{ weeklyHours: -1 }, "weekly_hours"],
    [{ weeklyHours: 168.5 }, "weekly_hours"],
    [{ weeklyHours: Number.NaN }, "weekly_hours"],
    [{ months: 0 }, "months"],
    [{ months: 61 }, "months"],
    [{ months: 12.5 }, "months"],
    [{ weeksPerYear: 0.5 }, "weeks_per_year"],
    [{ weeksPerYear: 53 }, "weeks_per_year"],
    [{ startSerial: 0 }, "start_date"],
  ])("%p -> num on %s", (o, argument) => {
    const error = ruleErrorOf(() => offTheJobHours(inputs(o)));
    expect([error.kind, error.field]).toEqual(["value", argument]);
  });
  test("edges allowed: 168 hours, 1 and 60 months, 1 and 52 weeks", () => {
    expect(offTheJobHours(inputs({ weeklyHours: 168, months: 60, weeksPerYear: 52 }))).toBe(33.6 * 52 * 5);
    expect(offTheJobHours(inputs({ weeklyHours: 10, months: 1, weeksPerYear: 1 }))).toBe(0.17);
  });
});

test("never more than the weekly cap x weeks x years from 01/08/2022 (property)", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0, max: 168, noNaN: true }),
      fc.integer({ min: 1, max: 60 }),
      fc.double({ min: 1, max: 52, noNaN: true }),
      (weeklyHours, months, weeksPerYear) => {
        const hours = offTheJobHours({ weeklyHours, months, weeksPerYear, startSerial: after });
        expect(Number.isFinite(hours)).toBe(true);
        expect(hours).toBeLessThanOrEqual((6 * weeksPerYear * months) / 12 + 0.005);
        expect(hours).toBeGreaterThanOrEqual(0);
      },
    ),
    { seed: 11, numRuns: 300 },
  );
});

describe("offTheJobMinimum's inputs", () => {
  const plan = { months: 12, weeklyHours: 30, weeksPerYear: 46.4, publishedHours: undefined };
  test("a start before 01/08/2025 needs the weeks a year as well as the weekly hours", () => {
    const error = ruleErrorOf(() =>
      offTheJobMinimum({ ...plan, startSerial: ymd(2025, 7, 31), weeksPerYear: undefined }),
    );
    expect([error.field, error.message]).toEqual([
      "weeks_per_year",
      "weeks_per_year is required for a start before 01/08/2025 (this one is 31/07/2025): the minimum off-the-job training is then 20% of weekly hours.",
    ]);
  });
  test("a published figure out of range is refused, naming it, whatever the start", () => {
    for (const startSerial of [ymd(2025, 7, 31), ymd(2025, 8, 1)]) {
      const error = ruleErrorOf(() => offTheJobMinimum({ ...plan, startSerial, publishedHours: 10001 }));
      expect([error.field, error.message]).toEqual([
        "published_off_the_job_hours",
        expect.stringMatching(/^published_off_the_job_hours must be a number of hours from 0 to 10,000/),
      ]);
    }
  });
});
