/**
 * Calendar arithmetic on Excel serial numbers (the 1900 date system), and the one helper that
 * picks the row of a dated rule table in force for a start date.
 *
 * Excel's serial numbers count days from 30/12/1899 for every date from 01/03/1900; serial 1 is
 * 01/01/1900 and serial 60 is Excel's 29/02/1900, a day that never existed (Excel keeps Lotus
 * 1-2-3's leap-year bug). These helpers follow Excel exactly, so a serial read from a cell and a
 * serial written back mean the same date in Excel.
 *
 * Pure TypeScript: no Office, no DOM. Times of day (fractions of a serial) are dropped.
 */

/** Largest serial number Excel accepts as a date: 31/12/9999 (Excel's date limits). */
export const MAX_EXCEL_DATE_SERIAL = 2958465;

const MS_PER_DAY = 86_400_000;
/** Serial 0 is 30/12/1899 for every date from 01/03/1900 (serial 61) on. */
const EPOCH_UTC = Date.UTC(1899, 11, 30);
/** Excel's phantom 29/02/1900. */
const PHANTOM_LEAP_DAY = 60;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/**
 * Excel serial number of a calendar date (month 1-12). Returns NaN when the year, month and day
 * are not a real calendar date (31/02, month 13, a fraction), so that callers parsing user text
 * can reject it; Excel's own 29/02/1900 gives 60. Dates before 01/03/1900 follow Excel's
 * numbering (01/01/1900 is 1).
 */
export function serialFromYmd(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return PHANTOM_LEAP_DAY;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  // A fraction, NaN or a day past the month's end does not come back unchanged; nor does a year
  // from 0 to 99, which Date.UTC maps to 1900-1999: none is a real date here.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return Number.NaN;
  }
  const days = Math.round((utc - EPOCH_UTC) / MS_PER_DAY);
  return days < PHANTOM_LEAP_DAY + 1 ? days - 1 : days;
}

/** The Excel serial of a JavaScript Date's local calendar day (the pane's "today"). */
export function serialFromLocalDate(date: Date): number {
  return serialFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Calendar date of an Excel serial number (a time of day is dropped). */
export function ymdFromSerial(serial: number): Ymd {
  if (!Number.isFinite(serial)) throw new RangeError(`not a serial: ${serial}`);
  const whole = Math.floor(serial);
  if (whole === PHANTOM_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const days = whole < PHANTOM_LEAP_DAY ? whole + 1 : whole;
  const date = new Date(EPOCH_UTC + days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Days in a month of the real (Gregorian) calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The serial `months` calendar months after (or before, if negative) `serial`, keeping the day of
 * the month and clamping it to the month's last day: 31/01/2021 + 1 month is 28/02/2021, and
 * 29/02/2024 + 12 months is 28/02/2025 (the EDATE convention, including Excel's 29/02/1900).
 */
export function addMonthsSerial(serial: number, months: number): number {
  if (!Number.isInteger(months)) throw new RangeError(`months not whole: ${months}`);
  const { year, month, day } = ymdFromSerial(serial);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  // Excel's February 1900 has 29 days (serial 60), so EDATE(60, 0) is 60 and 31/01/1900 + 1 month is 60.
  const lastDay = newYear === 1900 && newMonth === 2 ? 29 : daysInMonth(newYear, newMonth);
  return serialFromYmd(newYear, newMonth, Math.min(day, lastDay));
}

/** `value` with leading zeros to `width` digits (no String.prototype.padStart: ES2017). */
function zeroPad(value: number, width: number): string {
  let text = String(value);
  while (text.length < width) text = `0${text}`;
  return text;
}

/** A serial as dd/mm/yyyy (en-GB), e.g. 44075 -> "01/09/2020". */
export function formatSerialDdMmYyyy(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${zeroPad(day, 2)}/${zeroPad(month, 2)}/${zeroPad(year, 4)}`;
}

/** True when a serial is a date Excel can show: a whole or fractional serial from 1 to 31/12/9999. */
export function isExcelDateSerial(serial: number): boolean {
  return serial >= 1 && serial < MAX_EXCEL_DATE_SERIAL + 1; // false for NaN and both infinities
}

/**
 * One row of a dated rule table: in force for starts on or after `from` (an Excel serial). Its
 * citation (the rule in words and its document) is a row of the table's *_CITED twin, in a
 * *-sources.ts module beside the rule (RuleCitation in sources.ts).
 */
export interface DatedRule {
  readonly from: number;
}

/**
 * The row of a dated rule table in force for a start on `startSerial`: the last row whose `from`
 * is on or before the start. Tables list rows in ascending `from` order, the first row from
 * serial 1 (01/01/1900), so every Excel date has a row (test/rules/excel-dates.test.ts checks
 * every table of src/rules).
 */
export function ruleInForce<T extends DatedRule>(table: readonly T[], startSerial: number): T {
  let found: T | undefined;
  for (const row of table) if (row.from <= startSerial) found = row;
  if (found === undefined) throw new Error(`no rule row on ${startSerial}`); // the first row must be from 1
  return found;
}
