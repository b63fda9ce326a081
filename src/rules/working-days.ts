/**
 * Working-day arithmetic for England and Wales: weekdays that are not bank holidays
 * (src/rules/bank-holidays.ts, from gov.uk). Dates are Excel serial numbers.
 *
 * Used for the provider's deadline: "Once submitted they will have 5 working days to complete a
 * personal statement" ([serco-slmda-lm] "Next Steps"). Bank holidays: [gov-bank-holidays].
 */
import { field, say, inputError } from "./errors";
import { BANK_HOLIDAY_FIRST_YEAR, BANK_HOLIDAY_LAST_YEAR, ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays";
import { serialFromYmd, ymdFromSerial } from "./excel-dates";

let holidaySerials: ReadonlySet<number> | undefined;

function holidays(): ReadonlySet<number> {
  if (!holidaySerials) {
    holidaySerials = new Set(
      ENGLAND_AND_WALES_BANK_HOLIDAYS.map((iso) =>
        serialFromYmd(...(iso.split("-").map(Number) as [number, number, number])),
      ),
    );
  }
  return holidaySerials;
}

/** True when the serial falls on a Saturday or Sunday (serial 1 = Sunday 01/01/1900 in Excel's count; serial 7 is a Saturday). */
export function isWeekend(serial: number): boolean {
  // Excel's WEEKDAY(serial) = ((serial - 1) mod 7) + 1 with 1 = Sunday, for dates after 28/02/1900.
  const weekday = (((Math.floor(serial) - 1) % 7) + 7) % 7; // 0 = Sunday ... 6 = Saturday
  return weekday === 0 || weekday === 6;
}

/** True when the serial is an England and Wales bank holiday in the table. */
export function isBankHoliday(serial: number): boolean {
  return holidays().has(Math.floor(serial));
}

/** True for a weekday that is not an England and Wales bank holiday. */
export function isWorkingDay(serial: number): boolean {
  return !isWeekend(serial) && !isBankHoliday(serial);
}

/** True when the bank-holiday table covers the serial's year. */
export function bankHolidaysKnown(serial: number): boolean {
  const { year } = ymdFromSerial(Math.floor(serial));
  return year >= BANK_HOLIDAY_FIRST_YEAR && year <= BANK_HOLIDAY_LAST_YEAR;
}

/**
 * The serial itself when it is a working day, else the next working day: a generated meeting or
 * due date never falls on a Saturday, Sunday or England and Wales bank holiday. For years the
 * bank-holiday table does not cover, only weekends are skipped (no error: a planning date).
 */
export function nextWorkingDay(serial: number): number {
  let current = Math.floor(serial);
  while (isWeekend(current) || (bankHolidaysKnown(current) && isBankHoliday(current))) current += 1;
  return current;
}

/**
 * The date `days` working days after `serial` (the start day itself not counted), skipping
 * weekends and England and Wales bank holidays: like Excel's WORKDAY(serial, days, holidays).
 * `days` is a whole number of 0 or more; 0 returns the start day. In years the bank-holiday
 * table does not cover only weekends are skipped (a planning date, not an error).
 */
export function addWorkingDays(serial: number, days: number): number {
  if (!Number.isInteger(days) || days < 0) {
    throw inputError(say`${field("days")} must be a whole number of 0 or more; it was ${days}.`);
  }
  let current = Math.floor(serial);
  let left = days;
  while (left > 0) {
    current += 1;
    if (!isWeekend(current) && !(bankHolidaysKnown(current) && isBankHoliday(current))) left -= 1;
  }
  return current;
}
