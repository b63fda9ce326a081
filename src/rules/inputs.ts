/**
 * What each kind of input may hold, and the one check of it. The limits live in the rule modules
 * (money.ts, percent.ts, senco-time.ts, ...) as NumberLimits, and for dates as DateLimits (from
 * when the rule answers, and why); the rules check their inputs with `checkNumber`/`checkDateSerial`
 * on entry, and the value-coercion layer (src/values) calls the same functions after parsing, so a
 * limit and its message are written once.
 */
import { RuleError, field, say, type MessagePart, type RuleErrorKind, inputError } from "./errors";
import { MAX_EXCEL_DATE_SERIAL, formatSerialDdMmYyyy, serialFromYmd } from "./excel-dates";
import { looksLikePercentWithoutSign, percentWithoutSignProblem } from "./percent";

export interface NumberLimits {
  /** What is allowed, in words, used in every message about the input ("a whole number of 0 or more"). */
  readonly allowed: string;
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** A share from 0 to 1: a value from over 1 to 100 is a percentage typed without its % sign. */
  readonly percent?: boolean;
  /** What to say after the field's name when the value is above max (a limit of the arithmetic). */
  readonly overMax?: string;
}

/** Show a value in a message: short, quoted when text. */
export function describeValue(raw: unknown): string {
  if (raw === null || raw === undefined) return "nothing";
  if (typeof raw === "string") {
    const shown = raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
    return `the text "${shown}"`;
  }
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : "a number Excel cannot hold";
  if (Array.isArray(raw)) return "a range";
  return "a value of an unknown kind";
}

/** The error for a value that is not what `allowed` says. */
export function notAllowed(key: string, allowed: string, raw: unknown): RuleError {
  return inputError(say`${field(key)} must be ${allowed}; it was ${describeValue(raw)}.`, {
    value: raw,
    allowed,
  });
}

/** The error for a required input left blank. */
export function required(key: string, allowed: string): RuleError {
  return inputError(say`${field(key)} is required: enter ${allowed}.`, { allowed });
}

/**
 * Why a number that failed its limits fails them, speaking of the number as typed ("15 is below
 * 16", "150% is above 100%", "2.5 is not a whole number").
 */
function numberProblem(value: number, limits: NumberLimits, raw: unknown): string {
  const shown = typeof raw === "string" ? raw.trim() : String(value);
  const bound = (n: number) => (limits.percent ? `${n * 100}%` : n);
  if (!Number.isFinite(value)) return `it was ${describeValue(value)}`;
  // A comparison with an undefined limit is false.
  if (value < limits.min!) return `${shown} is below ${bound(limits.min!)}`;
  if (value > limits.max!) return `${shown} is above ${bound(limits.max!)}`;
  return `${shown} is not a whole number`; // what is left when the checks above pass (checkNumber's fast path failed)
}

/**
 * Check a number against its limits; returns it (never -0). `raw` is what the user typed, when a
 * coercer parsed it from text: "150%" typed with its sign is not "a percentage typed without %".
 */
export function checkNumber(key: string, value: number, limits: NumberLimits, raw: unknown = value): number {
  const { min, max } = limits;
  // Fast path for a value inside its limits (every call on a good input): no allocation. A
  // comparison with an undefined limit is false; value - value is 0 for every finite number.
  if (
    typeof value === "number" &&
    !(value < min!) &&
    !(value > max!) &&
    (!limits.integer || Number.isInteger(value)) &&
    !(limits.percent && value > 1) &&
    value - value === 0
  ) {
    return value === 0 ? 0 : value;
  }
  if (typeof value !== "number" || Number.isNaN(value)) throw notAllowed(key, limits.allowed, raw);
  const details = { value: raw, allowed: limits.allowed };
  if (limits.percent && looksLikePercentWithoutSign(value)) {
    const typedWithPercent = typeof raw === "string" && raw.trim().endsWith("%");
    if (!typedWithPercent) {
      throw inputError(say`${field(key)} ${percentWithoutSignProblem(value)}`, details);
    }
  }
  if (max !== undefined && limits.overMax !== undefined && value > max && Number.isFinite(value)) {
    if (!limits.integer || Number.isInteger(value)) {
      throw inputError(say`${field(key)} ${limits.overMax}; it was ${describeValue(value)}.`, details);
    }
  }
  throw inputError(say`${field(key)} must be ${limits.allowed}; ${numberProblem(value, limits, raw)}.`, details);
}

/** The date messages give as an example of what to type. */
const EXAMPLE_DATE = "01/09/2026";

/** What a date input may hold, in words: what to type. */
export const DATE_ALLOWED = `a date typed day first, such as ${EXAMPLE_DATE}, 1/9/26 or 1 September 2026`;

/** An error about a date input (its value and what is allowed kept with it). */
function dateError(kind: RuleErrorKind, parts: MessagePart[], raw: unknown): RuleError {
  return new RuleError(kind, parts, { value: raw, allowed: DATE_ALLOWED });
}

/**
 * The dates a rule answers for, declared beside the rule with its other limits
 * (`START_DATE_LIMITS` in apprenticeship-funding.ts, `APPOINTMENT_DATE_LIMITS` in
 * senco-qualification.ts, ...): from `from` (an Excel serial) to 31/12/9999, Excel's last date.
 */
export interface DateLimits {
  /** The first date the rule answers for: the day its earliest rule (or the thing it dates) began. */
  readonly from: number;
  /** Why the rules start then, completing "these rules run from 01/05/2017, ...": "when the Apprenticeship Levy began". */
  readonly why: string;
}

/**
 * The error for a date typed as digits alone, or undefined when `raw` is not one: a year (2026,
 * which Excel reads as the date 18/07/1905) or a date without its separators (20260901), from
 * 1900 to 2100. Typed as a number or as text, it says the date to type instead.
 */
export function digitsForDate(key: string, raw: unknown): RuleError | undefined {
  const digits = /^(\d{4})(?:(\d\d)(\d\d))?$/.exec(String(raw).trim());
  if (!digits) return undefined;
  const [typed, year, month = "09", day = "01"] = digits;
  if (!(+year! >= 1900 && +year! <= 2100) || Number.isNaN(serialFromYmd(+year!, +month, +day))) return undefined;
  return dateError(
    "value",
    say`${field(key)} looks like ${digits[2] ? "a date typed as digits" : "a year"} (${typed}): type the whole date, such as ${day}/${month}/${year}.`,
    raw,
  );
}

/**
 * Check an Excel date serial (1 is 01/01/1900) against the rule's limits; a time of day is
 * dropped. Before `limits.from` it is "na" (the rules give no answer) saying from when they run;
 * a year or yyyymmdd typed where the date belongs is "value", saying what to type.
 */
export function checkDateSerial(key: string, serial: number, limits: DateLimits, raw: unknown = serial): number {
  if (serial >= limits.from && serial < MAX_EXCEL_DATE_SERIAL + 1) return Math.floor(serial);
  const digits = digitsForDate(key, raw);
  if (digits) throw digits;
  if (!(serial >= 1) || serial >= MAX_EXCEL_DATE_SERIAL + 1) throw notAllowed(key, DATE_ALLOWED, raw);
  throw dateError(
    "na",
    say`${field(key)} is ${formatSerialDdMmYyyy(serial)}: these rules run from ${formatSerialDdMmYyyy(limits.from)}, ${limits.why}.`,
    raw,
  );
}
