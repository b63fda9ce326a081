/**
 * The Levy tab's apprenticeship: its fields (name, start, agreed price, the funding band maximum,
 * the SLMDA or a level, planned months, age at start, care leaver or EHC plan), each through the
 * coercer of the apprentices column it fills; the row of the forecast's table it makes (the price
 * up to the band; the SLMDA's band from the rule tables; Level 7 for the SLMDA); a listed row back
 * into the form for editing; and what the funding rules say of it, in the Plan tab's words. Pure.
 */
import { FUNDING_BAND_ST0480 } from "../../rules/apprenticeship-funding";
import { LEVEL_7, LEVEL_LIMITS, fundedAtLevel } from "../../rules/apprenticeship-levels";
import { AGE_LIMITS, START_DATE_LIMITS } from "../../rules/apprenticeship-start";
import { isRuleError, field as fieldRef, inputError, say } from "../../rules/errors";
import { addMonthsSerial, formatSerialDdMmYyyy, ruleInForce } from "../../rules/excel-dates";
import { MONTHS_LIMITS, SLMDA_ROUTES } from "../../rules/slmda-programme";
import { booleanArg, moneyArg, numberArg, textArg } from "../../values/coerce";
import { dateArg } from "../../values/dates";
import { coerceFormFields, fieldLabels, formFieldProblem } from "../form-fields";
import { monthWords } from "../month-words";
import { MONEY_FORMAT, formatCellValue } from "../number-format";
import { level7NotFunded } from "../plan/funding-reason";
import type { LevySheetApprenticeship } from "./levy-context";
import { levyField, type Coerced, type LevyField } from "./levy-fields";

export type ApprenticeshipFieldId =
  | "name"
  | "startSerial"
  | "agreedPrice"
  | "bandMaximum"
  | "slmda"
  | "level"
  | "months"
  | "ageAtStart"
  | "careLeaverOrEhcPlan";

/** A listed apprenticeship: its row of the table, and what the form had (to edit it and to say why). */
export interface ApprenticeshipEntry extends LevySheetApprenticeship {
  readonly agreedPrice: number;
  /** The band the price was capped at, when there is one. */
  readonly bandMaximum?: number;
  /** ST0480 Senior Leader: Level 7, its band from the rule tables. */
  readonly slmda: boolean;
  /** The plan sheet it was read from, when it was. */
  readonly fromSheet?: string;
}

const SLMDA_BAND_NOW = FUNDING_BAND_ST0480[FUNDING_BAND_ST0480.length - 1]!;

export const APPRENTICESHIP_FIELDS: readonly LevyField<ApprenticeshipFieldId>[] = [
  levyField("name", "Apprentice or apprenticeship", textArg("name", { optional: false, maxLength: 100 }), {
    hint: "Such as SENCO (Sam Patel) or Teaching assistant.",
  }),
  levyField("startSerial", "Start date", dateArg("start_date", START_DATE_LIMITS), {
    hint: "Day first, such as 01/09/2026.",
    date: true,
  }),
  levyField("slmda", "The SLMDA (Senior Leader, ST0480)", booleanArg("slmda", { optional: true }), {
    hint: `Such as a SENCO's apprenticeship: Level 7, with its funding band from the rules (${formatCellValue(SLMDA_BAND_NOW.max, MONEY_FORMAT)} for starts from ${formatSerialDdMmYyyy(SLMDA_BAND_NOW.from)}).`,
    kind: "checkbox",
  }),
  {
    // Required unless the SLMDA is ticked (which sets it): coerceApprenticeship asks for it.
    ...levyField("level", "Level", numberArg("level", LEVEL_LIMITS, { optional: true }), {
      hint: "2 to 7, such as 3 for a teaching assistant's (the SLMDA is Level 7). From 01/01/2026 a Level 7 start is funded only up to age 21 at the start, 24 for a care leaver or someone with an EHC plan.",
    }),
    optional: false,
  },
  levyField("agreedPrice", "Agreed price", moneyArg("price"), {
    hint: "The price agreed with the training provider, such as £18,000.",
  }),
  levyField("bandMaximum", "Funding band maximum", moneyArg("funding_band_maximum", { optional: true }), {
    hint: "Optional, such as £5,000: the levy pays up to it; the employer pays what is above it, outside the levy. The SLMDA's comes from the rules.",
  }),
  levyField("months", "Planned months", numberArg("months", MONTHS_LIMITS), {
    hint: `Such as 12 for a year's course; the SLMDA: ${SLMDA_ROUTES.full.months} on the full route, ${SLMDA_ROUTES.nasenco.months} on the NASENCO route.`,
  }),
  levyField("ageAtStart", "Age at start", numberArg("age_at_start", AGE_LIMITS, { optional: true }), {
    hint: "Whole years on the start date, such as 23: needed for a Level 7 start from 01/01/2026.",
  }),
  levyField(
    "careLeaverOrEhcPlan",
    "Care leaver or has an EHC plan",
    booleanArg("care_leaver_or_ehc_plan", { optional: true }),
    { hint: "Such as a care leaver of 23 starting in 2026, whose Level 7 training is then funded.", kind: "checkbox" },
  ),
];

export const apprenticeshipLabel = fieldLabels(APPRENTICESHIP_FIELDS);

/** One apprenticeship field's problem, named by its label; undefined when its value is fine. */
export function apprenticeshipFieldProblem(field: LevyField<string>, raw: unknown): string | undefined {
  return formFieldProblem(field, raw, apprenticeshipLabel);
}

/** The level a form gives: the SLMDA's, or the one typed (asked for when neither is given). */
function levelOf(slmda: boolean, level: number | undefined) {
  if (slmda) return LEVEL_7;
  if (level === undefined) {
    throw inputError(say`${fieldRef("level")} is required: enter ${LEVEL_LIMITS.allowed}, or tick the SLMDA.`);
  }
  return level;
}

/** The apprenticeship the form gives, or every problem with it. */
export function coerceApprenticeship(
  raw: Readonly<Partial<Record<ApprenticeshipFieldId, unknown>>>,
): Coerced<ApprenticeshipEntry, ApprenticeshipFieldId> {
  const coerced = coerceFormFields(APPRENTICESHIP_FIELDS, raw, apprenticeshipLabel);
  if (!coerced.ok) return coerced;
  const v = coerced.values;
  const slmda = v.slmda === true;
  let level: number;
  try {
    level = levelOf(slmda, v.level as number | undefined);
  } catch (error) {
    if (!isRuleError(error)) throw error;
    return { ok: false, problems: [{ id: "level", message: error.render(apprenticeshipLabel) }] };
  }
  const startSerial = v.startSerial as number;
  const agreedPrice = v.agreedPrice as number;
  const band = slmda ? ruleInForce(FUNDING_BAND_ST0480, startSerial).max : (v.bandMaximum as number | undefined);
  return {
    ok: true,
    value: {
      name: v.name as string,
      startSerial,
      agreedPrice,
      bandMaximum: band,
      price: band === undefined ? agreedPrice : Math.min(agreedPrice, band),
      months: v.months as number,
      ageAtStart: v.ageAtStart as number | undefined,
      careLeaverOrEhcPlan: v.careLeaverOrEhcPlan === true ? true : undefined,
      level,
      slmda,
    },
  };
}

/** What the apprenticeship form shows before the user types (and after each one is added). */
export function defaultApprenticeshipRaw(): Record<ApprenticeshipFieldId, string | boolean> {
  return {
    name: "",
    startSerial: "",
    slmda: false,
    level: "",
    agreedPrice: "",
    bandMaximum: "",
    months: String(SLMDA_ROUTES.full.months),
    ageAtStart: "",
    careLeaverOrEhcPlan: false,
  };
}

/** A listed apprenticeship back in the form, to edit it. */
export function apprenticeshipRaw(a: ApprenticeshipEntry): Record<ApprenticeshipFieldId, string | boolean> {
  return {
    name: a.name,
    startSerial: formatSerialDdMmYyyy(a.startSerial),
    slmda: a.slmda,
    level: a.slmda || a.level === undefined ? "" : String(a.level),
    agreedPrice: formatCellValue(a.agreedPrice, MONEY_FORMAT),
    bandMaximum: a.slmda || a.bandMaximum === undefined ? "" : formatCellValue(a.bandMaximum, MONEY_FORMAT),
    months: String(a.months),
    ageAtStart: a.ageAtStart === undefined ? "" : String(a.ageAtStart),
    careLeaverOrEhcPlan: a.careLeaverOrEhcPlan === true,
  };
}

const money = (pounds: number) => formatCellValue(pounds, MONEY_FORMAT);

/**
 * What the funding rules say of a listed apprenticeship, beside it: not funded (the Plan tab's
 * words), the price above the band, or funded; then when its payments are earned and paid.
 */
export function apprenticeshipReason(a: ApprenticeshipEntry): string {
  const first = addMonthsSerial(a.startSerial, 1);
  const last = addMonthsSerial(a.startSerial, a.months + 1);
  const paid = `Earned from ${formatSerialDdMmYyyy(a.startSerial)}; paid ${monthWords(first)} to ${monthWords(last)}.`;
  let funded: boolean;
  try {
    funded = fundedAtLevel(a.level, a.startSerial, a.ageAtStart, a.careLeaverOrEhcPlan);
  } catch (error) {
    if (!isRuleError(error)) throw error;
    return `${error.render(apprenticeshipLabel)} ${paid}`;
  }
  if (!funded)
    return `${level7NotFunded(a.startSerial, a.ageAtStart)} The forecast shows it as paid outside the levy. ${paid}`;
  const above =
    a.bandMaximum !== undefined && a.agreedPrice > a.bandMaximum
      ? ` The ${money(a.agreedPrice - a.bandMaximum)} above the funding band maximum (${money(a.bandMaximum)}) is the employer's, outside the forecast.`
      : "";
  return `The levy funds may pay up to ${money(a.price)}, while they last.${above} ${paid}`;
}
