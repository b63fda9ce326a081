/**
 * What each kind of input may hold, and the one check of it. The limits live in the rule modules
 * (money.ts, percent.ts, senco-time.ts, ...) as NumberLimits, and for dates as DateLimits (from
 * when the rule answers, and why); the rules check their inputs with `checkNumber`/`checkDateSerial`
 * on entry, and the value-coercion layer (src/values) calls the same functions after parsing, so a
 * limit and its message are written once.
 */
import { RuleError, field, say, type MessagePart, type RuleErrorKind, inputError } from "./errors";
import { MAX_EXCEL_DATE_SERIAL, formatSerialDdMmYyyy, isExcelDateSerial, serialFromYmd } from "./excel-dates";
import { looksLikePercentWithoutSign, onePercentProblem, percentWithoutSignProblem } from "./percent";

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
  /** The value must be below max, not equal to it (a pupil mobility of 100% is refused). */
  readonly belowMax?: boolean;
  /**
   * The range real values fall in, from a source (docs/sources.md): a value above `plausible.max`
   * yet within the limits is refused by the custom functions and confirmed in the task pane.
   */
  readonly plausible?: PlausibleRange;
}

/** The top of the range real values fall in, and where that comes from. */
export interface PlausibleRange {
  readonly max: number;
  /** Completes "Pupil mobility 90% is above 80%, ...": what the figure is and its source. */
  readonly why: string;
  /** What the custom functions' message adds after the range: how to go on if the figure is right. */
  readonly ifRight: string;
}

/**
 * The error a value holds, as Excel shows it ("#N/A"), or undefined when it holds none. With the
 * functions' metadata allowing errors in (`allowErrorForDataTypeAny`), a cell holding an error
 * reaches a function as an object: Excel's error cell value (`{ type: "Error", basicValue: "#N/A" }`)
 * or an error object with its `code` ("#N/A"); both are read. Quoted keys: Excel's names, never shortened.
 */
export function errorValueText(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const value = raw as Record<string, unknown>;
  for (const text of [value["basicValue"], value["code"], value["value"]]) {
    if (typeof text === "string" && text.charAt(0) === "#") return text; // "#N/A", "#REF!", "#SPILL!", ...
  }
  return value["type"] === "Error" ? "an error" : undefined;
}

/** Show a value in a message: short, quoted when text; blank for nothing; an error as "the error #N/A ...". */
export function describeValue(raw: unknown): string {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return "blank";
  const error = errorValueText(raw);
  if (error !== undefined) return `the error ${error} (from a formula or lookup in that cell: fix it there)`;
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
  if (limits.belowMax && value === limits.max) return `${shown} is not below ${bound(limits.max!)}`;
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
    !(limits.belowMax && value === max) &&
    value - value === 0
  ) {
    return value === 0 ? 0 : value;
  }
  if (typeof value !== "number" || Number.isNaN(value)) throw notAllowed(key, limits.allowed, raw);
  const details = { value: raw, allowed: limits.allowed };
  if (limits.percent && looksLikePercentWithoutSign(value)) {
    if (!typedWithPercentSign(raw)) {
      throw inputError(say`${field(key)} ${percentWithoutSignProblem(value)}`, details);
    }
  }
  if (limits.belowMax && value === 1 && limits.percent && !typedWithPercentSign(raw)) {
    throw inputError(say`${field(key)} ${onePercentProblem()}`, details);
  }
  if (max !== undefined && limits.overMax !== undefined && value > max && Number.isFinite(value)) {
    if (!limits.integer || Number.isInteger(value)) {
      throw inputError(say`${field(key)} ${limits.overMax}; it was ${describeValue(value)}.`, details);
    }
  }
  throw inputError(say`${field(key)} must be ${limits.allowed}; ${numberProblem(value, limits, raw)}.`, details);
}

/** True when the user typed the value as text ending in "%" ("100%"): they meant a percentage. */
function typedWithPercentSign(raw: unknown): boolean {
  return typeof raw === "string" && raw.trim().endsWith("%");
}

/**
 * The error for a value within its limits but above the range real values fall in, or undefined
 * when it is inside that range (or the limits give none): "Pupil mobility 90% is above 80%, the
 * highest ...". `forFunctions` adds what to do if the figure is right (the task pane asks instead).
 */
export function implausibility(
  key: string,
  value: number,
  limits: NumberLimits,
  raw: unknown = value,
  forFunctions = true,
): RuleError | undefined {
  const range = limits.plausible;
  if (range === undefined || !(value > range.max)) return undefined;
  const shown = limits.percent ? percentText(value) : String(value);
  const max = limits.percent ? percentText(range.max) : String(range.max);
  const ending = forFunctions ? ` ${range.ifRight}` : "";
  return inputError(say`${field(key)} ${shown} is above ${max}, ${range.why}.${ending}`, {
    value: raw,
    allowed: limits.allowed,
  });
}

/** A share as a percentage to at most four decimals: 0.9 is "90%", 0.80001 is "80.001%". */
function percentText(share: number): string {
  return `${Number((share * 100).toFixed(4))}%`;
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
  if (!isExcelDateSerial(serial)) throw notAllowed(key, DATE_ALLOWED, raw);
  throw dateError(
    "na",
    say`${field(key)} is ${formatSerialDdMmYyyy(serial)}: these rules run from ${formatSerialDdMmYyyy(limits.from)}, ${limits.why}.`,
    raw,
  );
}
