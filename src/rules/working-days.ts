/**
 * Working-day arithmetic for England and Wales: weekdays that are not bank holidays
 * (src/rules/bank-holidays.ts, from gov.uk). Dates are Excel serial numbers.
 *
 * Used for the provider's deadline: "Once submitted they will have 5 working days to complete a
 * personal statement" ([serco-slmda-lm] "Next Steps"). Bank holidays: [gov-bank-holidays].
 */
import { RuleError, field, say } from "./errors";
import { BANK_HOLIDAY_FIRST_YEAR, BANK_HOLIDAY_LAST_YEAR, ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays";
import { serialFromYmd, ymdFromSerial } from "./excel-dates";

let holidaySerials: ReadonlySet<number> | undefined;

function holidays(): ReadonlySet<number> {
  if (!holidaySerials) {
    holidaySerials = new Set(
      ENGLAND_AND_WALES_BANK_HOLIDAYS.map((iso) => {
        const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
        return serialFromYmd(y, m, d);
      }),
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

function checkCovered(serial: number, name: string): void {
  const { year } = ymdFromSerial(Math.floor(serial));
  if (year < BANK_HOLIDAY_FIRST_YEAR || year > BANK_HOLIDAY_LAST_YEAR) {
    throw new RuleError(
      "na",
      say`${field(name)} must fall from ${BANK_HOLIDAY_FIRST_YEAR} to ${BANK_HOLIDAY_LAST_YEAR}: the bank holiday table covers only those years.`,
    );
  }
}

/**
 * The date `days` working days after `serial` (the start day itself not counted), skipping
 * weekends and England and Wales bank holidays: like Excel's WORKDAY(serial, days, holidays).
 * `days` is a whole number of 0 or more; 0 returns the start day.
 */
export function addWorkingDays(serial: number, days: number, name = "start_date"): number {
  if (!Number.isInteger(days) || days < 0) {
    throw new RuleError("value", say`${field("days")} must be a whole number of 0 or more; it was ${days}.`);
  }
  checkCovered(serial, name);
  let current = Math.floor(serial);
  let left = days;
  while (left > 0) {
    current += 1;
    if (isWorkingDay(current)) left -= 1;
  }
  checkCovered(current, name);
  return current;
}
