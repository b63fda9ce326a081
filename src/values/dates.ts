/**
 * Dates as users type them, for the value-coercion layer: a serial number, or text day first as
 * en-GB writes it (01/09/2025, 1/9/25, 1 September 2025) or yyyy-mm-dd; for a month input also
 * the month and year (Dec 2026, December 2026, 12/2026). Text shaped like a date that is not one
 * says why ("February 2027 has no 31st day"). What a date may be (from when its rule answers) is
 * the rules' to say (DateLimits, checkDateSerial). Pure TypeScript: no Office, no DOM.
 */
import { field, inputError, say } from "../rules/errors";
import { daysInMonth, serialFromYmd } from "../rules/excel-dates";
import { DATE_ALLOWED, checkDateSerial, digitsForDate, notAllowed, type DateLimits } from "../rules/inputs";
import { scalarCoercer, type Coercer } from "./coerce";

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Day first (en-GB), the same separator twice: 01/09/2025, 1/9/25, 01-09-2025, 1.9.2025. */
const UK_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
/** Day, month name, year: 1 Sept 2025, 1 September 2025, 1st Sep 2025, 1-Sep-25. */
const NAMED_MONTH_DATE = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/i;

/** Each month's names, January first: its full name, its three-letter abbreviation, and Sept for September. */
const MONTH_NAMES = "january february march april may june july august september october november december"
  .split(" ")
  .map((name) => (name === "september" ? [name, "sep", "sept"] : [name, name.slice(0, 3)]));

/** 1 to 12 for an English month name or its usual abbreviation, or undefined. */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((names) => names.indexOf(lower) >= 0);
  return index < 0 ? undefined : index + 1;
}

/**
 * A year as typed: four digits as they are; two digits 00 to 69 are 2000 to 2069 and 70 to 99 are
 * 1970 to 1999 (the dates here are apprenticeship starts and applications, so a two-digit year is
 * this century unless it cannot be).
 */
export function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year <= 69 ? 2000 + year : 1900 + year;
}

/** A month and year: Dec 2026, December 2026, Sept 26, 12/2026, 12-2026. */
const NAMED_MONTH = /^([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/i;
const NUMBERED_MONTH = /^(\d{1,2})[/.-](\d{4})$/;

/** A date as typed: its year, month and day, before checking that they make a real date. */
interface TypedYmd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The year, month and day of date text in the forms parseDate reads (a month alone with `month`: day 1), or undefined. */
function typedYmd(text: string, month: boolean): TypedYmd | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const uk = UK_DATE.exec(text);
  if (uk) return { year: fullYear(uk[4]!), month: Number(uk[3]), day: Number(uk[1]) };
  const named = NAMED_MONTH_DATE.exec(text);
  if (named) {
    const number = monthNumber(named[2]!);
    return number === undefined ? undefined : { year: fullYear(named[3]!), month: number, day: Number(named[1]) };
  }
  if (!month) return undefined;
  const namedMonth = NAMED_MONTH.exec(text);
  if (namedMonth) {
    const number = monthNumber(namedMonth[1]!);
    return number === undefined ? undefined : { year: fullYear(namedMonth[2]!), month: number, day: 1 };
  }
  const numbered = NUMBERED_MONTH.exec(text);
  return numbered ? { year: Number(numbered[2]), month: Number(numbered[1]), day: 1 } : undefined;
}

const MONTH_TITLES = MONTH_NAMES.map((names) => names[0]!.charAt(0).toUpperCase() + names[0]!.slice(1));

/** 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, 21st, 22nd, 31st. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * Why date text shaped like a date is not one, in words ("February 2027 has no 31st day", "there
 * is no month 13"), or undefined when it is a real date or not shaped like one.
 */
export function impossibleDate(raw: unknown, options: { month?: boolean } = {}): string | undefined {
  if (typeof raw !== "string") return undefined;
  const typed = typedYmd(raw.trim(), options.month === true);
  if (!typed || !Number.isNaN(serialFromYmd(typed.year, typed.month, typed.day))) return undefined;
  if (typed.month < 1 || typed.month > 12) return `there is no month ${typed.month}`;
  if (typed.day < 1 || typed.day > daysInMonth(typed.year, typed.month))
    return `${MONTH_TITLES[typed.month - 1]} ${typed.year} has no ${ordinal(typed.day)} day`;
  return undefined;
}

/**
 * Parse a date: a serial number, or text day first as en-GB writes it (01/09/2025, 1/9/25,
 * 01-09-2025, 1.9.2025, 1 Sept 2025, 1 September 2025) or yyyy-mm-dd; with `month`, also a month
 * and year (Dec 2026, December 2026, 12/2026: its first day). NaN for text shaped like a date that
 * is not one (31/02/2025: impossibleDate says why); undefined for anything else (09/01 without a
 * year, "Sept 1 2025" month first, digits alone such as "2026" or "45900": nobody types a date as
 * its serial number), which the caller refuses saying what to type.
 */
export function parseDate(raw: unknown, options: { month?: boolean } = {}): number | undefined {
  if (typeof raw === "number") return raw;
  if (typeof raw !== "string") return undefined;
  const typed = typedYmd(raw.trim(), options.month === true);
  return typed ? serialFromYmd(typed.year, typed.month, typed.day) : undefined;
}

/** What a month input may hold, in words. */
export const MONTH_ALLOWED = "a month, such as Dec 2026, December 2026 or 12/2026 (or any date in it, day first)";

/**
 * A date as Excel holds it (a serial number; a time of day is dropped), within the dates its rule
 * answers for (`limits`, declared beside the rule). A date's 0 (an empty cell on Windows) is a
 * blank: left out when optional, refused alike when required. With `month` (an input naming a
 * month, such as "First month shown"), a month and year are read too, as the month's first day.
 * Text that is not a real date says why ("February 2027 has no 31st day").
 */
export function dateArg(
  name: string,
  limits: DateLimits,
  options: { optional: true; month?: boolean },
): Coercer<number | undefined>;
export function dateArg(
  name: string,
  limits: DateLimits,
  options?: { optional?: false; month?: boolean },
): Coercer<number>;
export function dateArg(
  name: string,
  limits: DateLimits,
  options: { optional?: boolean; month?: boolean } = {},
): Coercer<number | undefined> {
  const allowed = options.month ? MONTH_ALLOWED : DATE_ALLOWED;
  return scalarCoercer(
    name,
    allowed,
    options.optional === true,
    (raw) => {
      const serial = parseDate(raw, options);
      if (serial === undefined || Number.isNaN(serial)) {
        const why = impossibleDate(raw, options);
        if (why !== undefined)
          throw inputError(say`${field(name)} "${String(raw).trim()}" is not a date: ${why}.`, { value: raw, allowed });
        throw digitsForDate(name, raw) || notAllowed(name, allowed, raw);
      }
      return checkDateSerial(name, serial, limits, raw);
    },
    { zeroIsBlank: true },
  );
}
