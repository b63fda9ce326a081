/**
 * Calendar dates as Excel serials for tests, worked out here from JavaScript's own calendar
 * (days since 30/12/1899), independently of the code under test (src/rules/excel-dates.ts).
 */

/** The Excel serial of a calendar date (month 1 to 12). */
export const serial = (y: number, m: number, d: number): number =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** A serial as yyyy-mm-dd, for readable assertions. */
export const show = (s: number): string => new Date(Date.UTC(1899, 11, 30) + s * 86_400_000).toISOString().slice(0, 10);
