/**
 * Dates typed as en-GB people type them, day first: one parser (src/values/coerce.ts parseDate)
 * for the pane and the custom functions.
 */
import { START_DATE_LIMITS } from "../../src/rules/apprenticeship-start";
import { dateArg, fullYear, parseDate } from "../../src/values/coerce";
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
    "31/02/2025",
    "32/01/2025",
    "1/13/2025",
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
