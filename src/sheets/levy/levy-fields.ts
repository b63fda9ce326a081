/**
 * The Levy tab's account: its fields (pay bill, English share, first month, months shown, the funds
 * in the account now), each through the coercer of the SEND.LEVYFORECAST argument it fills, so its
 * message reads as Excel's would, with the field's label for the argument's name; the months shown
 * by default (reaching every listed apprenticeship's completion payment); and the sheet's inputs
 * from the account and the lists. The apprenticeships' and transfers' fields are in
 * apprenticeship-fields.ts and transfer-fields.ts. Pure: no DOM.
 */
import { LEVY_ENTRY_DATE_LIMITS } from "../../rules/apprenticeship-levy";
import { addMonthsSerial, formatSerialDdMmYyyy, serialFromYmd, ymdFromSerial } from "../../rules/excel-dates";
import { MONTHS_LIMITS } from "../../rules/slmda-programme";
import { moneyArg, numberArg, percentArg, type Coercer } from "../../values/coerce";
import { dateArg } from "../../values/dates";
import {
  coerceFormFields,
  fieldLabels,
  formFieldProblem,
  labelledField,
  type FormProblem,
  type LabelledField,
  type LabelledFieldOptions,
} from "../form-fields";
import type { LevySheetApprenticeship, LevySheetInputs, LevySheetTransfer } from "./levy-context";

export type LevyAccountFieldId = "annualPayBill" | "englishShare" | "firstMonthSerial" | "months" | "fundsNow";

export interface LevyField<Id extends string> extends LabelledField<Id> {
  /** A date field: the form shows a serial read back as dd/mm/yyyy. */
  readonly date?: boolean;
}

/** The account as the form gives it. */
export interface LevyAccount {
  readonly annualPayBill: number;
  readonly englishShare: number | undefined;
  readonly firstMonthSerial: number;
  readonly months: number;
  /** What the account holds now: taken as having entered in the month before the first shown. */
  readonly fundsNow: number | undefined;
}

/** Months the tab shows at the least unless told otherwise: three years. */
export const DEFAULT_LEVY_TAB_MONTHS = 36;
/** The most months a forecast shows (SEND.LEVYFORECAST's months). */
const MAX_MONTHS = MONTHS_LIMITS.max;

export function levyField<Id extends string>(
  id: Id,
  label: string,
  coercer: Coercer<unknown>,
  options: LabelledFieldOptions & { date?: boolean } = {},
): LevyField<Id> {
  return { ...labelledField(id, label, coercer, options), date: options.date };
}

export const LEVY_ACCOUNT_FIELDS: readonly LevyField<LevyAccountFieldId>[] = [
  levyField("annualPayBill", "Annual pay bill", moneyArg("annual_pay_bill"), {
    hint: "The whole employer's, in pounds a year, such as £4,000,000: the trust's, or the local authority's for its maintained schools.",
  }),
  levyField("englishShare", "Share of the pay bill in England", percentArg("english_share", { optional: true }), {
    hint: "For employees living in England, such as 95% (or 0.95). Blank: 100%.",
  }),
  // The month as SEND.LEVYFORECAST's first_month takes it: a date in it, or the month itself.
  levyField("firstMonthSerial", "First month shown", dateArg("first_month", LEVY_ENTRY_DATE_LIMITS, { month: true }), {
    hint: "The month, or any date in it, day first, such as Dec 2026, 12/2026 or 01/12/2026.",
    date: true,
  }),
  levyField("months", "Months shown", numberArg("months", MONTHS_LIMITS), {
    hint: `1 to ${MAX_MONTHS}, such as 24. Filled in to reach the last completion payment of the apprenticeships and transfers listed (${DEFAULT_LEVY_TAB_MONTHS} at the least, ${MAX_MONTHS} at most) until you type your own.`,
  }),
  levyField("fundsNow", "Levy funds in the account now", moneyArg("funds_in_account", { optional: true }), {
    hint: "Such as £20,000, taken as having entered in the month before the first shown. On the sheet, list them by the month they entered (the apprenticeship service's finance page shows them) for a truer expiry.",
  }),
];

export const levyAccountLabel = fieldLabels(LEVY_ACCOUNT_FIELDS);

/** One account field's problem, named by its label; undefined when its value is fine. */
export function levyAccountFieldProblem(field: LevyField<string>, raw: unknown): string | undefined {
  return formFieldProblem(field, raw, levyAccountLabel);
}

export type Coerced<T, Id extends string> = { ok: true; value: T } | { ok: false; problems: FormProblem<Id>[] };

export function coerceLevyAccount(
  raw: Readonly<Partial<Record<LevyAccountFieldId, unknown>>>,
): Coerced<LevyAccount, LevyAccountFieldId> {
  const coerced = coerceFormFields(LEVY_ACCOUNT_FIELDS, raw, levyAccountLabel);
  return coerced.ok ? { ok: true, value: coerced.values as unknown as LevyAccount } : coerced;
}

/** The first day of the month of `serial`. */
export function firstOfMonth(serial: number): number {
  const { year, month } = ymdFromSerial(serial);
  return serialFromYmd(year, month, 1);
}

/**
 * The sheet's inputs: the account, and the apprenticeships in the order given. The funds in the
 * account now become the funds table's one row, dated the first of the month before the first
 * shown (as SEND.LEVYFORECAST takes a number for funds_in_account).
 */
export function levySheetInputs(
  account: LevyAccount,
  apprenticeships: readonly LevySheetApprenticeship[],
  transfers: readonly LevySheetTransfer[] = [],
): LevySheetInputs {
  const funds =
    account.fundsNow === undefined || account.fundsNow === 0
      ? []
      : [{ monthSerial: addMonthsSerial(firstOfMonth(account.firstMonthSerial), -1), amount: account.fundsNow }];
  return {
    annualPayBill: account.annualPayBill,
    englishShare: account.englishShare,
    firstMonthSerial: firstOfMonth(account.firstMonthSerial),
    months: account.months,
    funds,
    apprenticeships: apprenticeships.map(sheetApprenticeship),
    transfers: transfers.map(sheetTransfer),
  };
}

/** Only the columns of the sheet's table (a listed apprenticeship carries more for the pane). */
function sheetApprenticeship(a: LevySheetApprenticeship): LevySheetApprenticeship {
  const { name, startSerial, price, months, ageAtStart, careLeaverOrEhcPlan, level } = a;
  return { name, startSerial, price, months, ageAtStart, careLeaverOrEhcPlan, level };
}

function sheetTransfer(t: LevySheetTransfer): LevySheetTransfer {
  const { receivingEmployer, startSerial, price, months } = t;
  return { receivingEmployer, startSerial, price, months };
}

/** Months counted from year 0. */
function monthIndex(serial: number): number {
  const { year, month } = ymdFromSerial(serial);
  return year * 12 + month - 1;
}

/**
 * The months a forecast from `firstMonthSerial` needs to show every listed apprenticeship's and
 * transfer's completion payment (paid the month after the planned end, start + months): at least
 * DEFAULT_LEVY_TAB_MONTHS, at most 60.
 */
export function monthsToCover(
  firstMonthSerial: number,
  listed: readonly { readonly startSerial: number; readonly months: number }[],
): number {
  const first = monthIndex(firstMonthSerial);
  const needed = listed.map((a) => monthIndex(a.startSerial) + a.months + 1 - first + 1);
  return Math.min(MAX_MONTHS, Math.max(DEFAULT_LEVY_TAB_MONTHS, ...needed));
}

/** What the account form shows before the user types: the current month first, 36 months. */
export function defaultLevyAccountRaw(todaySerial: number): Record<LevyAccountFieldId, string> {
  return {
    annualPayBill: "",
    englishShare: "",
    firstMonthSerial: formatSerialDdMmYyyy(firstOfMonth(todaySerial)),
    months: String(DEFAULT_LEVY_TAB_MONTHS),
    fundsNow: "",
  };
}
