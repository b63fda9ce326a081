/**
 * The one shared coercion and validation layer for values that come from Excel (custom-function
 * arguments) or from the task pane's form fields. Every function and every form field goes
 * through these coercers, so the same bad input gets the same message everywhere.
 *
 * Pure TypeScript: no Office, no DOM. Errors are RuleErrors; the custom-functions adapter maps
 * them to CustomFunctions.Error, the task pane shows the message beside the field.
 *
 * Excel's calling conventions handled here:
 * - an omitted optional argument arrives as null; a blank cell as null or "";
 * - numbers typed into text cells arrive as strings ("34", " 1,200 ");
 * - TRUE/FALSE arrive as booleans; dates arrive as serial numbers.
 */
import { RuleError } from "../rules/errors";
import { MAX_MONEY, MAX_MONEY_TEXT } from "../rules/money";
import { PERCENT_ALLOWED, looksLikePercentWithoutSign, percentWithoutSignProblem } from "../rules/percent";
import { MAX_EXCEL_DATE_SERIAL, serialFromYmd } from "../rules/excel-dates";

/** A coercer turns one raw Excel value into a checked value, or throws a RuleError naming the argument. */
export interface Coercer<T> {
  /** The parameter name as users see it in Excel, e.g. "notional_sen_budget". */
  readonly name: string;
  /** True when the argument may be omitted or blank (it then coerces to undefined). */
  readonly optional: boolean;
  /** What is allowed, in words, used in every message about this argument. */
  readonly allowed: string;
  coerce(raw: unknown): T;
}

// Excel date serials live with the rest of the date arithmetic; re-exported here for callers of this module.
export { MAX_EXCEL_DATE_SERIAL, serialFromYmd };

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED_NUMBER_TEXT = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/** Show a raw value in a message: short, quoted when text. */
export function describeRaw(raw: unknown): string {
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

/** True for the values Excel uses for a missing argument or a blank cell. */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

function fail(kind: "value" | "num", name: string, allowed: string, raw: unknown): never {
  throw new RuleError(kind, `${name} must be ${allowed}; it was ${describeRaw(raw)}.`, name);
}

function missing(name: string, allowed: string): never {
  throw new RuleError("value", `${name} is required: enter ${allowed}.`, name);
}

/**
 * A scalar coercer: a blank value is undefined when the argument is optional and a "required"
 * error otherwise; anything else goes to `parse`.
 */
function scalarCoercer<T>(
  name: string,
  allowed: string,
  optional: boolean,
  parse: (raw: unknown) => T,
): Coercer<T | undefined> {
  return {
    name,
    optional,
    allowed,
    coerce(raw: unknown): T | undefined {
      if (isBlank(raw)) {
        if (optional) return undefined;
        return missing(name, allowed);
      }
      return parse(raw);
    },
  };
}

interface NumberOptions {
  optional?: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Accept "£" and thousands separators in text ("£67,755"). */
  money?: boolean;
  /** Accept "34%" in text as 0.34. */
  percentText?: boolean;
  /** Override the words used for what is allowed. */
  allowed?: string;
  /** Extra check after the range check: return a message to reject the value (raw: what Excel passed). */
  check?: (value: number, raw: unknown) => string | undefined;
}

/** Parse a number from an Excel value: numbers, and numbers typed as text. Booleans are not numbers here. */
function parseNumber(raw: unknown, options: NumberOptions): number | undefined {
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

function describeRange(options: NumberOptions): string {
  if (options.allowed) return options.allowed;
  const kind = options.integer ? "a whole number" : "a number";
  const { min, max } = options;
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (min === 0) return `${kind} of 0 or more`;
  if (min !== undefined) return `${kind} of ${min} or more`;
  if (max !== undefined) return `${kind} of ${max} or less`;
  return kind;
}

/** A number argument with optional range and whole-number checks. */
export function numberArg(name: string, options: NumberOptions & { optional: true }): Coercer<number | undefined>;
export function numberArg(name: string, options?: NumberOptions): Coercer<number>;
export function numberArg(name: string, options: NumberOptions = {}): Coercer<number | undefined> {
  const allowed = describeRange(options);
  return scalarCoercer(name, allowed, options.optional === true, (raw) => {
    const value = parseNumber(raw, options);
    if (value === undefined) return fail("value", name, allowed, raw);
    if (!Number.isFinite(value)) return fail("num", name, allowed, raw);
    if (options.integer && !Number.isInteger(value)) return fail("num", name, allowed, raw);
    if (options.min !== undefined && value < options.min) return fail("num", name, allowed, raw);
    if (options.max !== undefined && value > options.max) return fail("num", name, allowed, raw);
    const problem = options.check?.(value, raw);
    if (problem !== undefined) throw new RuleError("num", `${name} ${problem}`, name);
    return value === 0 ? 0 : value; // never hand -0 to a rule
  });
}

// The money cap lives with the rules; re-exported here for callers of this module.
export { MAX_MONEY };

/** Money in pounds, 0 or more. Accepts "£67,755" typed as text. */
export function moneyArg(name: string, options: { optional: true }): Coercer<number | undefined>;
export function moneyArg(name: string, options?: { optional?: false }): Coercer<number>;
export function moneyArg(name: string, options: { optional?: boolean } = {}): Coercer<number | undefined> {
  return numberArg(name, {
    optional: options.optional === true,
    min: 0,
    money: true,
    allowed: "an amount in pounds of 0 or more",
    check: (value) => (value > MAX_MONEY ? `must be at most ${MAX_MONEY_TEXT}; it was ${value}.` : undefined),
  } as NumberOptions & { optional: true });
}

/** A count of pupils or people: a whole number of 0 or more. */
export function countArg(name: string): Coercer<number> {
  return numberArg(name, { min: 0, integer: true, allowed: "a whole number of 0 or more" });
}

/**
 * A share from 0% to 100%, as Excel holds it: 34% is 0.34. A value from over 1 up to 100 is
 * almost certainly a percentage typed without the % sign: reject it with a message saying so,
 * never treat 34 as 3,400%.
 */
export function percentArg(name: string, options: { optional: true }): Coercer<number | undefined>;
export function percentArg(name: string, options?: { optional?: false }): Coercer<number>;
export function percentArg(name: string, options: { optional?: boolean } = {}): Coercer<number | undefined> {
  const allowed = PERCENT_ALLOWED;
  return numberArg(name, {
    optional: options.optional === true,
    percentText: true,
    allowed,
    check: (value, raw) => {
      // Text typed with its % sign ("150%") is a percentage already: no "typed without %" hint.
      const typedWithPercent = typeof raw === "string" && raw.trim().endsWith("%");
      if (looksLikePercentWithoutSign(value) && !typedWithPercent) return percentWithoutSignProblem(value);
      if (value < 0 || value > 1) return `must be ${allowed}; it was ${typedWithPercent ? describeRaw(raw) : value}.`;
      return undefined;
    },
  } as NumberOptions & { optional: true });
}

/** A yes/no argument: TRUE/FALSE or 1/0 (also typed as text). */
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
    return fail("value", name, allowed, raw);
  });
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A date as Excel holds it: a serial number from 1 (01/01/1900) to 2958465 (31/12/9999); a time
 * of day is dropped. Text dates are accepted in the unambiguous forms dd/mm/yyyy (en-GB) and
 * yyyy-mm-dd.
 */
export function dateArg(name: string, options: { optional: true }): Coercer<number | undefined>;
export function dateArg(name: string, options?: { optional?: false }): Coercer<number>;
export function dateArg(name: string, options: { optional?: boolean } = {}): Coercer<number | undefined> {
  const allowed = "a date from 01/01/1900 to 31/12/9999 (a date cell, or text as dd/mm/yyyy)";
  return scalarCoercer(name, allowed, options.optional === true, (raw) => {
    let serial: number | undefined;
    if (typeof raw === "number") serial = raw;
    else if (typeof raw === "string") {
      const text = raw.trim();
      const iso = ISO_DATE.exec(text);
      const uk = UK_DATE.exec(text);
      if (iso) serial = serialFromYmd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      else if (uk) serial = serialFromYmd(Number(uk[3]), Number(uk[2]), Number(uk[1]));
      else if (NUMBER_TEXT.test(text)) serial = Number(text);
    }
    if (serial === undefined || Number.isNaN(serial)) return fail("value", name, allowed, raw);
    if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_EXCEL_DATE_SERIAL + 1) {
      return fail("num", name, allowed, raw);
    }
    return Math.floor(serial);
  });
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
          if (!isArray(raw[r])) return fail("value", name, allowed, raw);
        }
        return raw as unknown[][];
      }
      if (raw === null || raw === undefined) {
        if (optional) return [];
        return missing(name, allowed);
      }
      return [[raw]];
    },
  };
}
