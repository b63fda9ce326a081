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
 * - an omitted optional argument arrives as null; a blank cell as null or "" on the web and as 0
 *   in Excel on Windows (office-js #4702): every coercer answers a blank and a 0 alike, by
 *   one of `blank`, `zeroIsBlank` or a refusal of both (docs/functions.md lists each argument);
 * - numbers typed into text cells arrive as strings ("34", " 1,200 ");
 * - TRUE/FALSE arrive as booleans; dates arrive as serial numbers.
 */
import { field, inputError, say, type RuleError } from "../rules/errors";
import { checkNumber, describeValue, implausibility, notAllowed, required, type NumberLimits } from "../rules/inputs";
import { MONEY_LIMITS } from "../rules/money";
import { PERCENT_LIMITS } from "../rules/percent";
import { COUNT_LIMITS, MOBILITY_LIMITS } from "../rules/senco-time";

/** A coercer turns one raw value into a checked value, or throws a RuleError about its field. */
export interface Coercer<T> {
  /** The field's key: the parameter name as users see it in Excel, e.g. "notional_sen_budget". */
  readonly name: string;
  /** True when the value may be omitted or blank (it then coerces to undefined). */
  readonly optional: boolean;
  /** What is allowed, in words, used in every message about this field. */
  readonly allowed: string;
  coerce(raw: unknown): T;
  /**
   * For a coercer that lets a value above its plausible range through (`implausible: "allow"`,
   * the task pane's, which asks before using it): the question to ask about `raw`, or undefined.
   */
  implausible?(raw: unknown): RuleError | undefined;
}

/** Show a raw value in a message: short, quoted when text. */
export const describeRaw = describeValue;

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED_NUMBER_TEXT = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/** True for the values Excel uses for a missing argument or a blank cell. */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

/** What a blank does, for a scalar coercer. */
export interface BlankHandling<T> {
  /** A blank is this value (a count's 0): where 0 is meaningful, as Excel's own functions read a blank. */
  readonly blank?: T;
  /**
   * The number 0 is a blank too: Excel on Windows passes an empty cell as 0 (on the web as null),
   * so where 0 is not itself a meaningful value both give the same answer (left out when optional;
   * refused alike when required).
   */
  readonly zeroIsBlank?: boolean;
}

/** The error for a required value left blank, or 0 where 0 stands for a blank. */
function blankRequired(name: string, allowed: string, raw: unknown): RuleError {
  if (raw !== 0) return required(name, allowed);
  return inputError(
    say`${field(name)} must be ${allowed}; it was 0, which is also how Excel on Windows passes an empty cell.`,
    { value: raw, allowed },
  );
}

/**
 * A scalar coercer: a blank value is `blank` when given, else undefined when the field is optional
 * and a "required" error otherwise; anything else goes to `parse`.
 */
export function scalarCoercer<T>(
  name: string,
  allowed: string,
  optional: boolean,
  parse: (raw: unknown) => T,
  handling: BlankHandling<T> = {},
): Coercer<T | undefined> {
  const hasBlank = handling.blank !== undefined;
  return {
    name,
    optional,
    allowed,
    coerce(raw: unknown): T | undefined {
      if (isBlank(raw) || (handling.zeroIsBlank === true && raw === 0)) {
        if (hasBlank) return handling.blank;
        if (optional) return undefined;
        throw blankRequired(name, allowed, raw);
      }
      return parse(raw);
    },
  };
}

interface ParseOptions {
  /**
   * 0 means "left out" (optional) or is refused as a blank (required): for arguments where 0 is
   * outside the limits or means the same as the default (an empty cell reaches a custom function
   * as 0 on Windows).
   */
  zeroIsBlank?: boolean;
  /** A blank is this number (a count's 0), as Excel's own functions read a blank cell. */
  blank?: number;
  /**
   * A value above the limits' plausible range: "refuse" (the custom functions: #VALUE! with the
   * range and its source) or "allow" (the task pane, which asks; the coercer's `implausible` says what).
   */
  implausible?: "refuse" | "allow";
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
  const refuse = options.implausible !== "allow";
  const coercer = scalarCoercer(
    name,
    limits.allowed,
    options.optional === true,
    (raw) => {
      const value = parseNumber(raw, options);
      if (value === undefined) throw notAllowed(name, limits.allowed, raw);
      const checked = checkNumber(name, value, limits, raw);
      const question = refuse ? implausibility(name, checked, limits, raw) : undefined;
      if (question) throw question;
      return checked;
    },
    { blank: options.blank, zeroIsBlank: options.zeroIsBlank },
  );
  if (refuse || limits.plausible === undefined) return coercer;
  return {
    ...coercer,
    implausible(raw: unknown): RuleError | undefined {
      const value = coercer.coerce(raw);
      return value === undefined ? undefined : implausibility(name, value, limits, raw, false);
    },
  };
}

type MoneyOptions = { optional?: boolean; blank?: number };

/** Money in pounds, 0 or more. Accepts "£67,755" typed as text. With `blank`, a blank is that amount. */
export function moneyArg(name: string, options: { optional: true }): Coercer<number | undefined>;
export function moneyArg(name: string, options?: { optional?: false; blank?: number }): Coercer<number>;
export function moneyArg(name: string, options: MoneyOptions = {}): Coercer<number | undefined> {
  return numberArg(name, MONEY_LIMITS, { ...options, money: true } as { optional: true });
}

/**
 * Money that must be more than £0 (an agreed price, a notional SEN budget, a salary): a blank, 0
 * and a negative amount are refused in the same words, "must be more than £0", with `advice`
 * after them ("enter the price agreed with the training provider"). Optional: a blank is left out.
 */
export function positiveMoneyArg(
  name: string,
  advice: string,
  options: { optional: true },
): Coercer<number | undefined>;
export function positiveMoneyArg(name: string, advice: string, options?: { optional?: false }): Coercer<number>;
export function positiveMoneyArg(
  name: string,
  advice: string,
  options: { optional?: boolean } = {},
): Coercer<number | undefined> {
  const optional = options.optional === true;
  const limits = { ...MONEY_LIMITS, allowed: "an amount in pounds of more than £0" };
  const money = numberArg(name, limits, { money: true, optional: true });
  return {
    name,
    optional,
    allowed: limits.allowed,
    coerce(raw: unknown): number | undefined {
      if (optional && isBlank(raw)) return undefined;
      const typed = isBlank(raw) ? 0 : parseNumber(raw, { money: true });
      if (typed !== undefined && typed <= 0) {
        throw inputError(say`${field(name)} must be more than £0: ${advice}; it was ${describeValue(raw)}.`, {
          value: raw,
          allowed: limits.allowed,
        });
      }
      return money.coerce(raw);
    },
  };
}

/** The school's notional SEN budget, as every surface takes it: more than £0 (blank and 0 refused alike). */
export function budgetArg(): Coercer<number> {
  return positiveMoneyArg(
    "notional_sen_budget",
    "enter the school's notional SEN budget, which its local authority sets each year",
  );
}

/** A count of pupils or people: a whole number of 0 or more. With `blankIsZero`, a blank counts 0, as SUM reads it. */
export function countArg(name: string, options: { blankIsZero?: boolean } = {}): Coercer<number> {
  return options.blankIsZero ? numberArg(name, COUNT_LIMITS, { blank: 0 }) : numberArg(name, COUNT_LIMITS);
}

/**
 * A share from 0% to 100%, as Excel holds it: 34% is 0.34. A value from over 1 up to 100 is
 * almost certainly a percentage typed without the % sign: the rules reject it with a message
 * saying so, never treating 34 as 3,400%.
 */
export function percentArg(
  name: string,
  options: { optional: true; zeroIsBlank?: boolean; blank?: number },
): Coercer<number | undefined>;
export function percentArg(name: string, options?: { optional?: false; blank?: number }): Coercer<number>;
export function percentArg(
  name: string,
  options: { optional?: boolean; zeroIsBlank?: boolean; blank?: number } = {},
): Coercer<number | undefined> {
  return numberArg(name, PERCENT_LIMITS, { ...options, percentText: true } as { optional: true });
}

/**
 * Annual pupil turnover (MOBILITY_LIMITS: 0% to below 100%; 1 is refused as "if you meant 1%,
 * type 1%"). A blank adds no hours, as 0% does. Above the published range (80%) the functions
 * refuse it (`implausible: "refuse"`, the default) and the task pane asks (`"allow"`).
 */
export function mobilityArg(
  options: { optional?: boolean; implausible?: "refuse" | "allow" } = {},
): Coercer<number | undefined> {
  const common = { implausible: options.implausible, percentText: true };
  return options.optional === true
    ? numberArg("pupil_mobility", MOBILITY_LIMITS, { ...common, optional: true })
    : numberArg("pupil_mobility", MOBILITY_LIMITS, { ...common, blank: 0 });
}

/** What people type for yes and no, upper case: TRUE/FALSE as Excel writes them, Yes/No, Y/N, 1/0. */
const YES_TEXT = ["TRUE", "YES", "Y", "1"];
const NO_TEXT = ["FALSE", "NO", "N", "0"];

/** True, false, or undefined for a value that is not a yes or a no (a boolean, 1/0, or text as YES_TEXT and NO_TEXT). */
export function parseYesNo(raw: unknown): boolean | undefined {
  if (typeof raw === "boolean") return raw;
  if (raw === 1 || raw === 0) return raw === 1;
  if (typeof raw !== "string") return undefined;
  const text = raw.trim().toUpperCase();
  if (YES_TEXT.indexOf(text) >= 0) return true;
  return NO_TEXT.indexOf(text) >= 0 ? false : undefined;
}

/**
 * A yes/no value: TRUE/FALSE, Yes/No, Y/N or 1/0 (also typed as text), as the sheets' yes/no
 * cells take them. Optional: a blank and 0 are FALSE's "no answer" alike. Required: a blank and
 * the number 0 are refused alike (Excel on Windows passes an empty cell as 0, so 0 cannot be a
 * FALSE someone typed); FALSE, No and N answer no.
 */
export function booleanArg(name: string, options: { optional: true }): Coercer<boolean | undefined>;
export function booleanArg(name: string, options?: { optional?: false }): Coercer<boolean>;
export function booleanArg(name: string, options: { optional?: boolean } = {}): Coercer<boolean | undefined> {
  const optional = options.optional === true;
  const allowed = optional ? "TRUE or FALSE (Yes or No)" : "TRUE or FALSE (Yes or No; a blank cell is no answer)";
  return scalarCoercer(
    name,
    allowed,
    optional,
    (raw) => {
      const answer = parseYesNo(raw);
      if (answer === undefined) throw notAllowed(name, allowed, raw);
      return answer;
    },
    { zeroIsBlank: !optional },
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
