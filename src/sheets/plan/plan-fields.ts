/**
 * The plan form's fields: labels (en-GB), the coercer each one goes through
 * (the same coercers, argument names and messages as the SEND.SLMDA* functions) and defaults.
 * Pure: no DOM. The form (plan-form.ts), the plan model's inputs block and the plan-sheet reader
 * all use this one list, so a label cannot drift between them.
 */
import { RuleError } from "../../rules/errors";
import { AGE_LIMITS, START_DATE_LIMITS } from "../../rules/apprenticeship-start";
import { APPOINTMENT_DATE_LIMITS, MAINTAINED_SCHOOLS_NOTE } from "../../rules/senco-qualification";
import {
  DEFAULT_WEEKS_PER_YEAR,
  PUBLISHED_HOURS_FROM,
  PUBLISHED_HOURS_LIMITS,
  WEEKLY_HOURS_LIMITS,
  WEEKS_PER_YEAR_LIMITS,
  offTheJobMinimum,
} from "../../rules/off-the-job";
import { formatSerialDdMmYyyy } from "../../rules/excel-dates";
import { SLMDA_ROUTES } from "../../rules/slmda-programme";
import { booleanArg, moneyArg, numberArg, positiveMoneyArg, textArg, type Coercer } from "../../values/coerce";
import { dateArg } from "../../values/dates";
import { APPLICATION_DATE_LIMITS, PERSONAL_STATEMENT_WORKING_DAYS } from "../../rules/slmda-line-manager";
import {
  coerceFormFields,
  fieldLabels,
  formFieldProblem,
  labelledField,
  type FormProblem,
  type LabelledFieldOptions,
  type SheetField,
} from "../form-fields";
import { addWorkingDays } from "../../rules/working-days";

export interface PlanInputs {
  apprenticeName: string;
  school: string;
  lineManager: string;
  mentor: string | undefined;
  nasencoCompleted: boolean;
  startSerial: number;
  ageAtStart: number;
  levyPayer: boolean;
  levyFunds: number | undefined;
  price: number;
  /** Needed only for a start whose off-the-job minimum is a share of weekly hours (before 01/08/2025). */
  weeklyHours: number | undefined;
  weeksPerYear: number | undefined;
  hasMaths: boolean;
  hasEnglish: boolean;
  applicationSerial: number | undefined;
  /** Blank means no. */
  careLeaverOrEhcPlan: boolean | undefined;
  sencoAppointmentSerial: number | undefined;
  /** The standard's published off-the-job hours (used for starts from 01/08/2025). */
  publishedOffTheJobHours: number | undefined;
  /** Funded by a transfer of another employer's levy funds; blank means no. */
  levyTransfer: boolean | undefined;
}

export type PlanFieldId = keyof PlanInputs;

export interface PlanField extends SheetField<PlanFieldId> {
  /** Excel number format of the input cell on the plan sheet. */
  readonly cellFormat: string;
}

/** A field of the plan form: its input cell's number format beside what every form's field has. */
function planField(
  id: PlanFieldId,
  label: string,
  coercer: Coercer<unknown>,
  cellFormat: string,
  options: LabelledFieldOptions = {},
): PlanField {
  return { ...labelledField(id, label, coercer, options), cellFormat };
}

/** Longest text kept for a name field (a whole paragraph in a name is a mistake). */
export const MAX_TEXT_LENGTH = 100;

function textField(name: string, optional: boolean): Coercer<string | undefined> {
  return textArg(name, { optional, maxLength: MAX_TEXT_LENGTH });
}

const FULL_FEE = SLMDA_ROUTES.full.fee;

/** The full-route fee as the price field shows it ("£18,000"), so the form can swap it when the route changes. */
export const FULL_ROUTE_PRICE_TEXT = FULL_FEE === undefined ? "" : `£${FULL_FEE.toLocaleString("en-GB")}`;

/**
 * The agreed price, as the functions take it: a blank, £0 and a negative amount alike "must be more
 * than £0" (the provider always charges; on the NASENCO route no fee is published, so it must be typed).
 */
const PRICE: Coercer<number> = positiveMoneyArg("price", "enter the price agreed with the training provider");

// Coercers: the SEND.* argument names so messages match the functions word for word.
const AGE = numberArg("age_at_start", AGE_LIMITS);
const WEEKLY_HOURS = numberArg("weekly_hours", WEEKLY_HOURS_LIMITS, { optional: true });
const WEEKS_PER_YEAR = numberArg("weeks_per_year", WEEKS_PER_YEAR_LIMITS, { optional: true });
const PUBLISHED_FROM_TEXT = formatSerialDdMmYyyy(PUBLISHED_HOURS_FROM);

/**
 * The application date also sets the personal statement's due date, 5 working days on (outside
 * the bank holiday table's years, weekends only: the checklist says so).
 */
const APPLICATION_DATE: Coercer<number | undefined> = (() => {
  const date = dateArg("application_date", APPLICATION_DATE_LIMITS, { optional: true });
  return {
    ...date,
    coerce(raw: unknown): number | undefined {
      const serial = date.coerce(raw);
      if (serial !== undefined) addWorkingDays(serial, PERSONAL_STATEMENT_WORKING_DAYS);
      return serial;
    },
  };
})();

export const PLAN_FIELDS: readonly PlanField[] = [
  planField("apprenticeName", "Apprentice name", textField("apprentice_name", false), "@", {
    hint: "The SENCO on the programme, such as Sam Patel: the plan's sheet is named after them.",
  }),
  planField("school", "School", textField("school", false), "@", { hint: "Such as Oakfield Primary." }),
  planField("lineManager", "Line manager", textField("line_manager", false), "@", {
    hint: "Who signs the line manager's statement, such as Jo Head, the headteacher.",
  }),
  planField("mentor", "Mentor", textField("mentor", true), "@", {
    hint: "Optional: if someone other than the line manager supports the apprentice, such as a deputy head.",
  }),
  planField("nasencoCompleted", "Already holds the NASENCO award", booleanArg("nasenco_completed"), "General", {
    hint: `For a SENCO who already holds the National Award for SEN Co-ordination, such as one awarded it in 2019: the NASENCO route takes ${SLMDA_ROUTES.nasenco.months} months instead of ${SLMDA_ROUTES.full.months}.`,
    kind: "checkbox",
  }),
  planField("startSerial", "Start date", dateArg("start_date", START_DATE_LIMITS), "dd/mm/yyyy", {
    hint: "Day first, such as 01/09/2026, 1/9/26 or 1 September 2026.",
  }),
  planField("ageAtStart", "Age at start", AGE, "0", { hint: "Whole years on the start date, such as 38." }),
  planField("levyPayer", "Employer pays the apprenticeship levy", booleanArg("levy_payer"), "General", {
    hint: "For a levy-paying employer, such as a trust, or the local authority for its maintained schools.",
    kind: "checkbox",
  }),
  planField("levyFunds", "Levy funds available", moneyArg("levy_funds", { optional: true }), "£#,##0.00", {
    hint: "For a levy payer only, such as £12,500: leave blank when the levy account holds enough.",
  }),
  planField("price", "Agreed price", PRICE, "£#,##0.00", {
    hint: `Such as £${(FULL_FEE ?? 0).toLocaleString("en-GB")}, the full route's fee; on the NASENCO route enter the price the provider quotes (no fee is published).`,
  }),
  planField("weeklyHours", "Weekly contracted hours", WEEKLY_HOURS, "General", {
    hint: `Needed for a start before ${PUBLISHED_FROM_TEXT}, such as 32.5: the off-the-job minimum is then 20% of these hours.`,
  }),
  planField("weeksPerYear", "Working weeks a year", WEEKS_PER_YEAR, "General", {
    hint: `Needed for a start before ${PUBLISHED_FROM_TEXT}: ${DEFAULT_WEEKS_PER_YEAR.toFixed(1)} (52 less statutory leave) unless the apprentice is term-time only (e.g. 39).`,
  }),
  planField("hasMaths", "Has Level 2 maths evidence", booleanArg("has_maths_evidence"), "General", {
    hint: "Such as a GCSE certificate at grade 4 (C) or above, or Functional Skills Level 2.",
    kind: "checkbox",
  }),
  planField("hasEnglish", "Has Level 2 English evidence", booleanArg("has_english_evidence"), "General", {
    hint: "Such as a GCSE certificate at grade 4 (C) or above, or Functional Skills Level 2.",
    kind: "checkbox",
  }),
  planField("applicationSerial", "Application date", APPLICATION_DATE, "dd/mm/yyyy", {
    hint: "Optional, day first, such as 22/05/2026: sets the personal statement's due date.",
  }),
  planField(
    "careLeaverOrEhcPlan",
    "Care leaver or has an EHC plan",
    booleanArg("care_leaver_or_ehc_plan", { optional: true }),
    "General",
    {
      hint: "Level 7 funding then continues to age 24 at the start for starts from 01/01/2026: a care leaver of 23 starting in September 2026, for example, is funded.",
      kind: "checkbox",
    },
  ),
  planField(
    "sencoAppointmentSerial",
    "Date appointed as SENCO",
    dateArg("appointment_date", APPOINTMENT_DATE_LIMITS, { optional: true }),
    "dd/mm/yyyy",
    {
      hint: `Optional, dd/mm/yyyy, such as 01/09/2025: the mandatory SENCO qualification is due 3 years after it. Appointed from 01/09/2008 to 01/09/2009: the NASENCO, by 01/09/2012. ${MAINTAINED_SCHOOLS_NOTE}`,
    },
  ),
  planField(
    "publishedOffTheJobHours",
    "Published off-the-job hours",
    numberArg("published_off_the_job_hours", PUBLISHED_HOURS_LIMITS, { optional: true }),
    "General",
    {
      hint: `Optional: the off-the-job hours the DfE publishes for ST0480 Senior Leader (the provider's training plan gives them: for example, if it says 425 hours, type 425), the minimum for a start from ${PUBLISHED_FROM_TEXT}. For starts from August to December 2025, 73 standards had lower transitional figures (funding rules 2025 to 2026, version 2): enter the figure for the start date. Whether ST0480 is one of them is not confirmed here: the provider can say.`,
    },
  ),
  // Last, so the cells of plans written before it keep their addresses.
  planField("levyTransfer", "Funded by a levy transfer", booleanArg("levy_transfer", { optional: true }), "General", {
    hint: "Such as funds a trust or local authority transfers to the school: another employer's levy funds pay the price up to the funding band (the school is treated as a levy payer for it): the school pays only what is above the band. The Level 7 age limit still applies.",
    kind: "checkbox",
  }),
];

/** The field a RuleError's argument names (e.g. "start_date"), if it is one of the form's. */
export function fieldForArgument(argument: string | undefined): PlanField | undefined {
  return argument === undefined ? undefined : PLAN_FIELDS.find((field) => field.argument === argument);
}

/** The pane's names for the fields: each field's label ("Start date"), as its messages name it. */
export const planFieldLabel = fieldLabels(PLAN_FIELDS);

/** Default raw values of a new form (what the fields show before the user types). */
export function defaultRawValues(): Record<PlanFieldId, string | boolean> {
  return {
    apprenticeName: "",
    school: "",
    lineManager: "",
    mentor: "",
    nasencoCompleted: false,
    startSerial: "",
    ageAtStart: "",
    levyPayer: false,
    levyFunds: "",
    price: FULL_ROUTE_PRICE_TEXT,
    weeklyHours: "",
    weeksPerYear: String(Number(DEFAULT_WEEKS_PER_YEAR.toFixed(1))),
    hasMaths: false,
    hasEnglish: false,
    applicationSerial: "",
    careLeaverOrEhcPlan: false,
    sencoAppointmentSerial: "",
    publishedOffTheJobHours: "",
    levyTransfer: false,
  };
}

/** True when the price field holds the full-route fee, however it was typed ("£18,000", "18000"). */
export function isFullRoutePrice(raw: unknown): boolean {
  if (FULL_FEE === undefined) return false;
  try {
    return moneyArg("price").coerce(raw) === FULL_FEE;
  } catch {
    return false;
  }
}

export type FieldProblem = FormProblem<PlanFieldId>;

/** Check one field's raw value; the message is the coercer's (a RuleError), or undefined when fine. */
export function fieldProblem(field: PlanField, raw: unknown): string | undefined {
  return formFieldProblem(field, raw, planFieldLabel);
}

/** Coerce all raw values; either the checked inputs or every problem found. */
export function coercePlanInputs(
  raw: Readonly<Record<PlanFieldId, unknown>>,
): { ok: true; inputs: PlanInputs } | { ok: false; problems: FieldProblem[] } {
  const coerced = coerceFormFields(PLAN_FIELDS, raw, planFieldLabel);
  if (!coerced.ok) return coerced;
  const inputs = coerced.values as unknown as PlanInputs;
  // Weekly hours and weeks a year are needed only when the off-the-job rule for this start uses them.
  try {
    offTheJobMinimum({
      startSerial: inputs.startSerial,
      months: 12,
      weeklyHours: inputs.weeklyHours,
      weeksPerYear: inputs.weeksPerYear,
      publishedHours: inputs.publishedOffTheJobHours,
    });
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const field = fieldForArgument(error.field);
    if (field === undefined) throw error;
    return { ok: false, problems: [{ id: field.id, message: error.render(planFieldLabel) }] };
  }
  return { ok: true, inputs };
}
