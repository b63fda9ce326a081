/**
 * The custom functions read dates typed as text with the same parser as the pane
 * (src/values/dates.ts parseDate; its own tests in dates.test.ts), checked on the built bundle.
 */
import { callExpectingError, callFunction } from "../helpers/bundle";

/** Excel serial of a calendar date, computed independently of the code under test. */
const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

describe("the custom functions accept the same text (built bundle)", () => {
  test("SLMDASCHEDULE and SLMDAPAYMENTS with typed dates", () => {
    const typed = callFunction("SLMDASCHEDULE", "1 September 2026") as unknown[][];
    expect(typed[0]![0]).toBe(serial(2026, 9, 1));
    expect(callFunction("SLMDASCHEDULE", "1/9/26")).toEqual(typed);
    expect((callFunction("SLMDAPAYMENTS", 18000, false, "01-09-2026") as unknown[][])[0]![0]).toBe(serial(2026, 9, 1));
    expect(callExpectingError("SLMDASCHEDULE", "Sept 1 2026").message).toBe(
      'start_date must be a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026; it was the text "Sept 1 2026".',
    );
  });

  test('"31/02/2027" says February 2027 has no 31st day; LEVYFORECAST\'s first_month takes "Dec 2026"', () => {
    expect(callExpectingError("SLMDASCHEDULE", "31/02/2027").message).toBe(
      'start_date "31/02/2027" is not a date: February 2027 has no 31st day.',
    );
    const apprentices = [[serial(2026, 9, 1), 14000, 27]];
    const typed = callFunction("LEVYFORECAST", 4000000, apprentices, "Dec 2026", 3) as unknown[][];
    expect(typed[1]![0]).toBe(serial(2026, 12, 1));
    expect(callFunction("LEVYFORECAST", 4000000, apprentices, "December 2026", 3)).toEqual(typed);
    expect(callFunction("LEVYFORECAST", 4000000, apprentices, "12/2026", 3)).toEqual(typed);
    expect(callFunction("LEVYFORECAST", 4000000, apprentices, serial(2026, 12, 1), 3)).toEqual(typed);
  });
});
