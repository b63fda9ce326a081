/**
 * Bank holidays in England and Wales, as a data table a reader can check against the source.
 *
 * Source: [gov-bank-holidays] gov.uk "UK bank holidays" (https://www.gov.uk/bank-holidays, England and Wales list),
 * including the one-off changes announced there: VE Day moved to Friday 8 May 2020; the Platinum
 * Jubilee (2 and 3 June 2022); the State Funeral of Queen Elizabeth II (19 September 2022); the
 * Coronation of King Charles III (8 May 2023). Years that gov.uk has not yet published follow the
 * usual pattern under the Banking and Financial Dealings Act 1971 (New Year's Day, Good Friday,
 * Easter Monday, early May, spring and summer bank holidays, Christmas Day, Boxing Day, with a
 * weekday substitute when a holiday falls at a weekend); check them when gov.uk publishes them.
 *
 * Pure data: no Office, no DOM. Each year's dates as "mm-dd" text so the table reads like the source
 * (a compact form: the year is written once), exported as ISO yyyy-mm-dd dates.
 */

/** First and last year the table covers. Working-day arithmetic outside them is refused. */
export const BANK_HOLIDAY_FIRST_YEAR = 2018;
export const BANK_HOLIDAY_LAST_YEAR = 2030;

/** Each year's bank holidays as "mm-dd", in date order. */
const BY_YEAR: Readonly<Record<number, string>> = {
  // 2018 (gov.uk)
  2018: "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
  // 2019 (gov.uk)
  2019: "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
  // 2020 (gov.uk; early May moved to Friday 8 May for VE Day; Boxing Day substitute 28 December)
  2020: "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
  // 2021 (gov.uk; Christmas and Boxing Day substitutes 27 and 28 December)
  2021: "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
  // 2022 (gov.uk; New Year substitute 3 January; spring bank holiday 2 June and Platinum Jubilee 3 June; State Funeral 19 September)
  2022: "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
  // 2023 (gov.uk; New Year substitute 2 January; Coronation 8 May)
  2023: "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
  // 2024 (gov.uk)
  2024: "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
  // 2025 (gov.uk)
  2025: "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
  // 2026 (gov.uk; Boxing Day substitute 28 December)
  2026: "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
  // 2027 (usual pattern, as secondary lists give it: not yet confirmed on gov.uk, docs/sources.md;
  // Christmas and Boxing Day substitutes 27 and 28 December)
  2027: "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
  // 2028 (usual pattern, Banking and Financial Dealings Act 1971; New Year substitute 3 January)
  2028: "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
  // 2029 (usual pattern)
  2029: "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
  // 2030 (usual pattern)
  2030: "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
};

/** The table as ISO yyyy-mm-dd dates, in date order. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = isoDates(BY_YEAR);

function isoDates(byYear: Readonly<Record<number, string>>): string[] {
  const dates: string[] = [];
  // Object.keys lists integer keys in ascending order.
  for (const year of Object.keys(byYear)) {
    for (const monthDay of byYear[Number(year)]!.split(" ")) dates.push(`${year}-${monthDay}`);
  }
  return dates;
}
