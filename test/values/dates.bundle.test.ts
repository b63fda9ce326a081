/**
 * The custom functions read dates typed as text with the same parser as the pane
 * (src/values/coerce.ts parseDate; its own tests in dates.test.ts), checked on the built bundle.
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
});
