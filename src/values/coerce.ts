/**
 * The one value-coercion layer: raw values from Excel (custom-function arguments, cells read by
 * the task pane) and from the pane's form fields become typed values here. A coercer only
 * parses (numbers typed as text, "£67,755", "34%", dates, TRUE/FALSE, blanks); what a value may
 * be (its range, whole or not) is the rules' to say: each coercer is given the rules' limits and
 * calls the rules' own check, so a limit and its message exist once (src/rules/inputs.ts).
 *
 * Pure TypeScript: no Office, no DOM. Errors are RuleErrors that keep their field's key; each
 * surface names the field its own way when it shows the message.
 *
 * Excel's calling conventions handled here:
 * - an omitted optional argument arrives as null; a blank cell as null or "";
 * - numbers typed into text cells arrive as strings ("34", " 1,200 ");
 * - TRUE/FALSE arrive as booleans; dates arrive as serial numbers.
 */
import { field, inputError, say } from "../rules/errors";
import { serialFromYmd } from "../rules/excel-dates";
import {
  DATE_ALLOWED,
  checkDateSerial,
  checkNumber,
  describeValue,
  digitsForDate,
  notAllowed,
  required,
  type DateLimits,
  type NumberLimits,
} from "../rules/inputs";
import { MONEY_LIMITS } from "../rules/money";
import { PERCENT_LIMITS } from "../rules/percent";
import { COUNT_LIMITS } from "../rules/senco-time";

/** A coercer turns one raw value into a checked value, or throws a RuleError about its field. */
export interface Coercer<T> {
  /** The field's key: the parameter name as users see it in Excel, e.g. "notional_sen_budget". */
  readonly name: string;
  /** True when the value may be omitted or blank (it then coerces to undefined). */
  readonly optional: boolean;
  /** What is allowed, in words, used in every message about this field. */
  readonly allowed: string;
  coerce(raw: unknown): T;
}

/** Show a raw value in a message: short, quoted when text. */
export const describeRaw = describeValue;

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED_NUMBER_TEXT = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/** True for the values Excel uses for a missing argument or a blank cell. */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

/**
 * A scalar coercer: a blank value is undefined when the field is optional and a "required"
 * error otherwise; anything else goes to `parse`. With `zeroIsBlank`, an optional field's 0 is
 * blank too: Excel on Windows passes an empty cell as 0 (on the web as null), so where 0 is not
 * itself a meaningful value both must give the same answer.
 */
function scalarCoercer<T>(
  name: string,
  allowed: string,
  optional: boolean,
  parse: (raw: unknown) => T,
  zeroIsBlank = false,
): Coercer<T | undefined> {
  return {
    name,
    optional,
    allowed,
    coerce(raw: unknown): T | undefined {
      if (isBlank(raw) || (optional && zeroIsBlank && raw === 0)) {
        if (optional) return undefined;
        throw required(name, allowed);
      }
      return parse(raw);
    },
  };
}

interface ParseOptions {
  /**
   * An optional argument's 0 means "left out": for arguments where 0 is outside the limits or
   * means the same as the default (an empty cell reaches a custom function as 0 on Windows).
   */
  zeroIsBlank?: boolean;
  /** Accept "£" and thousands separators in text ("£67,755"). */
  money?: boolean;
  /** Accept "34%" in text as 0.34. */
  percentText?: boolean;
}

/** Parse a number from a raw value: numbers, and numbers typed as text. Booleans are not numbers here. */
export function parseNumber(raw: unknown, options: ParseOptions = {}): number | undefined {
  if (typeof raw === "number") return raw;
  if (typeof raw !== "string") return undefined;
  let text = raw.trim();
  let scale = 1;
  if (options.money && text.startsWith("£")) text = text.slice(1).trim();
  if (options.percentText && text.endsWith("%")) {
    text = text.slice(0, -1).trim();
    scale = 0.01;
  }
  if (GROUPED_NUMBER_TEXT.test(text)) text = text.replace(/,/g, "");
  if (!NUMBER_TEXT.test(text)) return undefined;
  return Number(text) * scale;
}

/** A number checked against the rules' limits for it. */
export function numberArg(
  name: string,
  limits: NumberLimits,
  options: ParseOptions & { optional: true },
): Coercer<number | undefined>;
export function numberArg(
  name: string,
  limits: NumberLimits,
  options?: ParseOptions & { optional?: false },
): Coercer<number>;
export function numberArg(
  name: string,
  limits: NumberLimits,
  options: ParseOptions & { optional?: boolean } = {},
): Coercer<number | undefined> {
  return scalarCoercer(
    name,
    limits.allowed,
    options.optional === true,
    (raw) => {
      const value = parseNumber(raw, options);
      if (value === undefined) throw notAllowed(name, limits.allowed, raw);
      return checkNumber(name, value, limits, raw);
    },
    options.zeroIsBlank === true,
  );
}

/** Money in pounds, 0 or more. Accepts "£67,755" typed as text. */
export function moneyArg(name: string, options: { optional: true }): Coercer<number | undefined>;
export function moneyArg(name: string, options?: { optional?: false }): Coercer<number>;
export function moneyArg(name: string, options: { optional?: boolean } = {}): Coercer<number | undefined> {
  return numberArg(name, MONEY_LIMITS, { money: true, optional: options.optional } as { optional: true });
}

/** A count of pupils or people: a whole number of 0 or more. */
export function countArg(name: string): Coercer<number> {
  return numberArg(name, COUNT_LIMITS);
}

/**
 * A share from 0% to 100%, as Excel holds it: 34% is 0.34. A value from over 1 up to 100 is
 * almost certainly a percentage typed without the % sign: the rules reject it with a message
 * saying so, never treating 34 as 3,400%.
 */
export function percentArg(name: string, options: { optional: true }): Coercer<number | undefined>;
export function percentArg(name: string, options?: { optional?: false }): Coercer<number>;
export function percentArg(name: string, options: { optional?: boolean } = {}): Coercer<number | undefined> {
  return numberArg(name, PERCENT_LIMITS, { percentText: true, optional: options.optional } as {
    optional: true;
  });
}

/** A yes/no value: TRUE/FALSE or 1/0 (also typed as text). */
export function booleanArg(name: string, options: { optional: true }): Coercer<boolean | undefined>;
export function booleanArg(name: string, options?: { optional?: false }): Coercer<boolean>;
export function booleanArg(name: string, options: { optional?: boolean } = {}): Coercer<boolean | undefined> {
  const allowed = "TRUE or FALSE (or 1 or 0)";
  return scalarCoercer(name, allowed, options.optional === true, (raw) => {
    if (typeof raw === "boolean") return raw;
    if (raw === 1 || raw === 0) return raw === 1;
    if (typeof raw === "string") {
      const text = raw.trim().toUpperCase();
      if (text === "TRUE" || text === "1") return true;
      if (text === "FALSE" || text === "0") return false;
    }
    throw notAllowed(name, allowed, raw);
  });
}

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

/**
 * Parse a date: a serial number, or text day first as en-GB writes it (01/09/2025, 1/9/25,
 * 01-09-2025, 1.9.2025, 1 Sept 2025, 1 September 2025) or yyyy-mm-dd. NaN for text shaped like a
 * date that is not one (31/02/2025); undefined for anything else (09/01 without a year, "Sept 1
 * 2025" month first, digits alone such as "2026" or "45900": nobody types a date as its serial
 * number), which the caller refuses saying what to type.
 */
export function parseDate(raw: unknown): number | undefined {
  if (typeof raw === "number") return raw;
  if (typeof raw !== "string") return undefined;
  const text = raw.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) return serialFromYmd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const uk = UK_DATE.exec(text);
  if (uk) return serialFromYmd(fullYear(uk[4]!), Number(uk[3]), Number(uk[1]));
  const named = NAMED_MONTH_DATE.exec(text);
  if (named) {
    const month = monthNumber(named[2]!);
    return month === undefined ? undefined : serialFromYmd(fullYear(named[3]!), month, Number(named[1]));
  }
  return undefined;
}

/**
 * A date as Excel holds it (a serial number; a time of day is dropped), within the dates its rule
 * answers for (`limits`, declared beside the rule). An optional date's 0 (an empty cell on
 * Windows) counts as left out.
 */
export function dateArg(name: string, limits: DateLimits, options: { optional: true }): Coercer<number | undefined>;
export function dateArg(name: string, limits: DateLimits, options?: { optional?: false }): Coercer<number>;
export function dateArg(
  name: string,
  limits: DateLimits,
  options: { optional?: boolean } = {},
): Coercer<number | undefined> {
  return scalarCoercer(
    name,
    DATE_ALLOWED,
    options.optional === true,
    (raw) => {
      const serial = parseDate(raw);
      if (serial === undefined || Number.isNaN(serial))
        throw digitsForDate(name, raw) || notAllowed(name, DATE_ALLOWED, raw);
      return checkDateSerial(name, serial, limits, raw);
    },
    true,
  );
}

/**
 * Text typed into a form field (a name, a school): trimmed; blank is undefined when optional and a
 * "required" error otherwise; longer than `maxLength` characters is refused (a whole paragraph in
 * a name is a mistake).
 */
export function textArg(name: string, options: { optional: boolean; maxLength: number }): Coercer<string | undefined> {
  const allowed = `text of at most ${options.maxLength} characters`;
  return {
    name,
    optional: options.optional,
    allowed,
    coerce(raw: unknown): string | undefined {
      const text = typeof raw === "string" ? raw.trim() : raw === null || raw === undefined ? "" : String(raw);
      if (text === "") {
        if (options.optional) return undefined;
        throw required(name, allowed);
      }
      if (text.length > options.maxLength) {
        throw inputError(say`${field(name)} must be ${allowed}; it has ${text.length}.`, {
          value: raw,
          allowed,
        });
      }
      return text;
    },
  };
}

const isArray = Array.isArray;

/** A range argument (Excel passes a 2-D array, or a single value for a one-cell range). */
export function rangeArg(name: string, options: { optional?: boolean } = {}): Coercer<unknown[][]> {
  const allowed = "a range of cells";
  const optional = options.optional === true;
  return {
    name,
    optional,
    allowed,
    coerce(raw: unknown): unknown[][] {
      if (Array.isArray(raw)) {
        // A plain loop over a cached isArray: registers run to 1,000,000 rows, and a global lookup
        // of `Array` in each iteration is slow where globals go through an interceptor (Node vm).
        for (let r = 0; r < raw.length; r++) {
          if (!isArray(raw[r])) throw notAllowed(name, allowed, raw);
        }
        return raw as unknown[][];
      }
      if (raw === null || raw === undefined) {
        if (optional) return [];
        throw required(name, allowed);
      }
      return [[raw]];
    },
  };
}
