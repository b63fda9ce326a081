/**
 * Dates typed as en-GB people type them, day first: one parser (src/values/dates.ts parseDate)
 * for the pane and the custom functions; a month input also takes the month and year.
 */
import { START_DATE_LIMITS } from "../../src/rules/apprenticeship-start";
import { LEVY_ENTRY_DATE_LIMITS } from "../../src/rules/apprenticeship-levy";
import { dateArg, fullYear, impossibleDate, parseDate } from "../../src/values/dates";
import { ruleErrorOf } from "../helpers/rule-error";

/** Excel serial of a calendar date, computed independently of the code under test. */
const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
const SEPT_1_2025 = serial(2025, 9, 1);

describe("the forms that work", () => {
  test.each([
    "01/09/2025",
    "1/9/2025",
    "1/9/25",
    "01/09/25",
    "01-09-2025",
    "1-9-25",
    "01.09.2025",
    "2025-09-01",
    "1 Sept 2025",
    "1 Sep 2025",
    "1 September 2025",
    "1 september 2025",
    "1st September 2025",
    "1 Sept. 2025",
    "1-Sep-25",
    "  1 SEPTEMBER 2025 ",
  ])("%s is 01/09/2025", (text) => {
    expect(parseDate(text)).toBe(SEPT_1_2025);
    expect(dateArg("start_date", START_DATE_LIMITS).coerce(text)).toBe(SEPT_1_2025);
  });

  test("January by name, the first month of the list", () => {
    expect(parseDate("1 January 2027")).toBe(serial(2027, 1, 1));
    expect(parseDate("15 Jan 2027")).toBe(serial(2027, 1, 15));
    expect(parseDate("Jan 2027", { month: true })).toBe(serial(2027, 1, 1));
  });

  test("two-digit years: 00 to 69 are 2000 to 2069, 70 to 99 are 1970 to 1999", () => {
    expect([fullYear("00"), fullYear("25"), fullYear("69"), fullYear("70"), fullYear("99")]).toEqual([
      2000, 2025, 2069, 1970, 1999,
    ]);
    expect(parseDate("1/9/69")).toBe(serial(2069, 9, 1));
    expect(parseDate("1/9/70")).toBe(serial(1970, 9, 1));
  });

  test("day first, never month first: 9/1/2026 is 9 January", () => {
    expect(parseDate("9/1/2026")).toBe(serial(2026, 1, 9));
    expect(parseDate("13/1/2026")).toBe(serial(2026, 1, 13));
  });
});

describe("anything else is refused, naming the forms that work", () => {
  test.each([
    "Sept 1 2025",
    "September 2025",
    "1/9",
    "1/9/2025/1",
    "1/9-2025",
    "1 Septober 2025",
    "01/09/225",
    "next Monday",
  ])("%s", (text) => {
    const error = ruleErrorOf(() => dateArg("start_date", START_DATE_LIMITS).coerce(text));
    expect(error.kind).toBe("value");
    expect(error.message).toBe(
      `start_date must be a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026; it was the text "${text}".`,
    );
  });
});

describe("a date that does not exist says why", () => {
  test.each([
    ["31/02/2027", "February 2027 has no 31st day"],
    ["29/02/2027", "February 2027 has no 29th day"],
    ["32/01/2025", "January 2025 has no 32nd day"],
    ["33/01/2025", "January 2025 has no 33rd day"],
    ["31/04/2026", "April 2026 has no 31st day"],
    ["0/04/2026", "April 2026 has no 0th day"],
    ["1/13/2025", "there is no month 13"],
    ["2026-13-01", "there is no month 13"],
    ["31 June 2026", "June 2026 has no 31st day"],
  ])("%s: %s", (text, why) => {
    expect(impossibleDate(text)).toBe(why);
    const error = ruleErrorOf(() => dateArg("start_date", START_DATE_LIMITS).coerce(text));
    expect(error.message).toBe(`start_date "${text}" is not a date: ${why}.`);
  });

  test("spaces around the text are no part of it", () => {
    expect(impossibleDate(" 31/02/2027 ")).toBe("February 2027 has no 31st day");
    const error = ruleErrorOf(() => dateArg("start_date", START_DATE_LIMITS).coerce(" 31/02/2027 "));
    expect(error.message).toBe('start_date "31/02/2027" is not a date: February 2027 has no 31st day.');
    expect(error.value).toBe(" 31/02/2027 ");
    expect(error.allowed).toBe("a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026");
  });

  test("December's 32nd day is a day too many, not month 12 too many; month 0 is no month", () => {
    expect(impossibleDate("32/12/2027")).toBe("December 2027 has no 32nd day");
    expect(impossibleDate("01/00/2027")).toBe("there is no month 0");
  });

  test("a month and year alone says why only for a month input", () => {
    expect(impossibleDate("13/2027")).toBeUndefined();
    expect(impossibleDate("13/2027", { month: true })).toBe("there is no month 13");
  });

  test("a year before 100 is no date Excel holds, but its first and last days are no reason", () => {
    expect([impossibleDate("0050-01-01"), impossibleDate("0050-01-31")]).toEqual([undefined, undefined]);
    expect(impossibleDate("0050-01-32")).toBe("January 50 has no 32nd day");
    expect(ruleErrorOf(() => dateArg("start_date", START_DATE_LIMITS).coerce("0050-01-01")).message).toBe(
      'start_date must be a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026; it was the text "0050-01-01".',
    );
  });

  test("29/02/2028 is a date (a leap year); real dates and non-dates have no reason", () => {
    expect(impossibleDate("29/02/2028")).toBeUndefined();
    expect(parseDate("29/02/2028")).toBe(serial(2028, 2, 29));
    expect(impossibleDate("next Monday")).toBeUndefined();
  });
});

describe("a month input takes the month and year, as its first day", () => {
  const firstMonth = dateArg("first_month", LEVY_ENTRY_DATE_LIMITS, { month: true });
  test.each(["Dec 2026", "December 2026", "dec 2026", "12/2026", "12-2026", "Dec 26", "1/12/2026", "15/12/2026"])(
    "%s is December 2026",
    (text) => {
      const value = firstMonth.coerce(text);
      expect(value === serial(2026, 12, 1) || value === serial(2026, 12, 15)).toBe(true);
    },
  );

  test("a month alone is refused where a day is needed, and 13/2026 says why", () => {
    expect(ruleErrorOf(() => dateArg("start_date", START_DATE_LIMITS).coerce("Dec 2026")).message).toContain(
      'it was the text "Dec 2026"',
    );
    expect(ruleErrorOf(() => firstMonth.coerce("13/2026")).message).toBe(
      'first_month "13/2026" is not a date: there is no month 13.',
    );
    expect(ruleErrorOf(() => firstMonth.coerce("Decembr 2026")).message).toBe(
      'first_month must be a month, such as Dec 2026, December 2026 or 12/2026 (or any date in it, day first); it was the text "Decembr 2026".',
    );
  });
});
