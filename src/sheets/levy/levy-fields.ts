/**
 * The Levy tab's inputs: the account's fields (pay bill, English share, first month, months shown,
 * the funds in the account now) and one apprenticeship's fields (name, start, the price the levy
 * pays, planned months, age at start, care leaver or EHC plan). Each field goes through the
 * coercer of the SEND.LEVYFORECAST argument (or the apprentices column) it fills, so its message
 * reads as Excel's would, with the field's label for the argument's name. Pure: no DOM.
 */
import { AGE_LIMITS, START_DATE_LIMITS } from "../../rules/apprenticeship-start";
import { LEVY_ENTRY_DATE_LIMITS } from "../../rules/apprenticeship-levy";
import { addMonthsSerial, formatSerialDdMmYyyy, serialFromYmd, ymdFromSerial } from "../../rules/excel-dates";
import { MONTHS_LIMITS, SLMDA_ROUTES } from "../../rules/slmda-programme";
import { booleanArg, moneyArg, numberArg, percentArg, textArg, type Coercer } from "../../values/coerce";
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
import type { LevySheetApprenticeship, LevySheetInputs } from "./levy-model";

export type LevyAccountFieldId = "annualPayBill" | "englishShare" | "firstMonthSerial" | "months" | "fundsNow";
export type ApprenticeshipFieldId = "name" | "startSerial" | "price" | "months" | "ageAtStart" | "careLeaverOrEhcPlan";

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

/** Months the tab shows unless told otherwise: long enough for a full-route SLMDA and its completion payment. */
export const DEFAULT_LEVY_TAB_MONTHS = 36;

function levyField<Id extends string>(
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
    hint: `1 to 60, such as 24. ${DEFAULT_LEVY_TAB_MONTHS} shows a full-route SLMDA (${SLMDA_ROUTES.full.months} months) and its completion payment.`,
  }),
  levyField("fundsNow", "Levy funds in the account now", moneyArg("funds_in_account", { optional: true }), {
    hint: "Such as £20,000, taken as having entered in the month before the first shown. On the sheet, list them by the month they entered (the apprenticeship service's finance page shows them) for a truer expiry.",
  }),
];

export const APPRENTICESHIP_FIELDS: readonly LevyField<ApprenticeshipFieldId>[] = [
  levyField("name", "Apprentice or apprenticeship", textArg("name", { optional: false, maxLength: 100 }), {
    hint: "Such as SENCO (Sam Patel) or Teaching assistant.",
  }),
  levyField("startSerial", "Start date", dateArg("start_date", START_DATE_LIMITS), {
    hint: "Day first, such as 01/09/2026.",
    date: true,
  }),
  levyField("price", "Price the levy pays", moneyArg("price"), {
    hint: "The agreed price up to the funding band, such as £14,000; 0 when the levy cannot pay for it.",
  }),
  levyField("months", "Planned months", numberArg("months", MONTHS_LIMITS), {
    hint: `Such as 12 for a year's course; the SLMDA: ${SLMDA_ROUTES.full.months} on the full route, ${SLMDA_ROUTES.nasenco.months} on the NASENCO route.`,
  }),
  levyField("ageAtStart", "Age at start", numberArg("age_at_start", AGE_LIMITS, { optional: true }), {
    hint: "Whole years on the start date, such as 23: who pays part of a shortfall, and whether Level 7 is funded, can depend on it.",
  }),
  levyField(
    "careLeaverOrEhcPlan",
    "Care leaver or has an EHC plan",
    booleanArg("care_leaver_or_ehc_plan", { optional: true }),
    { hint: "Such as a care leaver of 23 starting in 2026, whose Level 7 training is then funded.", kind: "checkbox" },
  ),
];

export const levyAccountLabel = fieldLabels(LEVY_ACCOUNT_FIELDS);
export const apprenticeshipLabel = fieldLabels(APPRENTICESHIP_FIELDS);

/** One field's problem, named by its label; undefined when its value is fine. */
export function levyFieldProblem(field: LevyField<string>, raw: unknown): string | undefined {
  const account = (LEVY_ACCOUNT_FIELDS as readonly LevyField<string>[]).includes(field);
  return formFieldProblem(field, raw, account ? levyAccountLabel : apprenticeshipLabel);
}

type Coerced<T, Id extends string> = { ok: true; value: T } | { ok: false; problems: FormProblem<Id>[] };

export function coerceLevyAccount(
  raw: Readonly<Partial<Record<LevyAccountFieldId, unknown>>>,
): Coerced<LevyAccount, LevyAccountFieldId> {
  const coerced = coerceFormFields(LEVY_ACCOUNT_FIELDS, raw, levyAccountLabel);
  return coerced.ok ? { ok: true, value: coerced.values as unknown as LevyAccount } : coerced;
}

export function coerceApprenticeship(
  raw: Readonly<Partial<Record<ApprenticeshipFieldId, unknown>>>,
): Coerced<LevySheetApprenticeship, ApprenticeshipFieldId> {
  const coerced = coerceFormFields(APPRENTICESHIP_FIELDS, raw, apprenticeshipLabel);
  if (!coerced.ok) return coerced;
  const v = coerced.values;
  return {
    ok: true,
    value: {
      name: v.name as string,
      startSerial: v.startSerial as number,
      price: v.price as number,
      months: v.months as number,
      ageAtStart: v.ageAtStart as number | undefined,
      careLeaverOrEhcPlan: v.careLeaverOrEhcPlan === true ? true : undefined,
    },
  };
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
    apprenticeships,
  };
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

/** What the apprenticeship form shows before the user types (and after each one is added). */
export function defaultApprenticeshipRaw(): Record<ApprenticeshipFieldId, string | boolean> {
  return {
    name: "",
    startSerial: "",
    price: "",
    months: String(SLMDA_ROUTES.full.months),
    ageAtStart: "",
    careLeaverOrEhcPlan: false,
  };
}
