/**
 * The SENCO time statement's inputs: the fields the pane shows (labels, hints, the coercer each
 * goes through: the same coercers, argument names and messages as the SEND.* functions), and the
 * register the statement counts from, when the school has one in the workbook. Pure: no DOM.
 */
import { ALLOCATED_HOURS_LIMITS } from "../../rules/senco-time";
import { ON_COST_RATE_LIMITS } from "../../rules/senco-cost";
import { DEFAULT_SEN_SUPPORT_WEIGHT, SEN_SUPPORT_WEIGHT_LIMITS } from "../../rules/sen-register-points";
import { APPOINTMENT_DATE_LIMITS, COURSE_START_LIMITS, MAINTAINED_SCHOOLS_NOTE } from "../../rules/senco-qualification";
import {
  booleanArg,
  budgetArg,
  countArg,
  mobilityArg,
  numberArg,
  positiveMoneyArg,
  textArg,
  type Coercer,
} from "../../values/coerce";
import { dateArg } from "../../values/dates";
import { DATE_FORMAT, WHOLE_MONEY_FORMAT } from "../number-format";
import {
  coerceFormFields,
  fieldLabels,
  formFieldProblem,
  formQuestions,
  labelledField,
  type FormProblem,
  type FormQuestion,
  type LabelledFieldOptions,
  type SheetField,
} from "../form-fields";

/** The SEN register the statement counts from: a column of SEN provision codes in the workbook. */
export interface StatementRegister {
  /**
   * The reference the formulas use, as Excel reads it: a table column (`Pupils[SEN status]`) or a
   * bounded range with its sheet (`'Register'!$C$2:$C$240`). Made by the workbook edge, never typed.
   */
  readonly reference: string;
  /** The register's cells as read when the statement was made (for the preview values). */
  readonly cells: readonly (readonly unknown[])[];
}

export interface StatementInputs {
  schoolName: string;
  notionalSenBudget: number;
  /** Counts, used when there is no register. */
  schoolAction: number | undefined;
  schoolActionPlus: number | undefined;
  statements: number | undefined;
  pupilMobility: number | undefined;
  senSupportWeight: number;
  weightReason: string | undefined;
  allocatedHours: number;
  annualSalary: number | undefined;
  onCostRate: number | undefined;
  appointmentSerial: number | undefined;
  qualificationHeld: boolean;
  nasencoStartSerial: number | undefined;
  onLeadershipTeam: boolean;
  /** The register, when the statement counts from one (then the counts are not used). */
  register?: StatementRegister;
}

export type StatementFieldId = Exclude<keyof StatementInputs, "register">;

export interface StatementField extends SheetField<StatementFieldId> {
  /** Excel number format of the input cell on the statement sheet. */
  readonly cellFormat: string | null;
  /** Only asked for without a register ("counts") or with one ("register"); absent: always. */
  readonly only?: "counts" | "register";
  /**
   * The column of its value on the sheet: B (1), or C (2) for free text that may be long (the
   * school's name, the reason for the weight), so that it wraps within the printed page.
   */
  readonly valueCol: 1 | 2;
}

export const MAX_TEXT_LENGTH = 200;

function textField(name: string, optional: boolean): Coercer<string | undefined> {
  return textArg(name, { optional, maxLength: MAX_TEXT_LENGTH });
}

/** A checkbox: true or false (blank is false). */
function flag(name: string): Coercer<boolean> {
  const inner = booleanArg(name, { optional: true });
  return { ...inner, optional: true, coerce: (raw: unknown) => inner.coerce(raw) === true };
}

/** The pupil mobility field's hint, on this tab and the Register tab. */
export const MOBILITY_HINT =
  "Annual pupil turnover, such as 34% (or 0.34); 1 is 100%, so for 1% type 1%. Above 80%, the highest in the published figures, you are asked to confirm. Blank adds no hours.";

/** The statement's questions about values above their published range (pupil mobility above 80%), in the pane's words. */
export function statementQuestions(raw: StatementRaw, register?: StatementRegister): FormQuestion<StatementFieldId>[] {
  return formQuestions(statementFields(register !== undefined), raw, statementFieldLabel);
}

/** Why SEN support needs a weight at all: the reason every default reason ends with. */
const WEIGHT_BECAUSE = "the guidance predates SEN support.";

/**
 * The weight's default reason, written when the school gives none: it says what the weight on the
 * sheet does, so the statement never gives the floor's reason beside another weight.
 */
export function defaultWeightReason(weight: number): string {
  if (weight === 1) return `1 counts each SEN support pupil like School Action, the floor: ${WEIGHT_BECAUSE}`;
  if (weight === 5) return `5 counts each SEN support pupil like School Action Plus, the ceiling: ${WEIGHT_BECAUSE}`;
  return `${weight} points for each SEN support pupil, between School Action (1) and School Action Plus (5): ${WEIGHT_BECAUSE}`;
}

/** The default reason of the weight of 1, as statements made before the reason followed the weight wrote it. */
export const DEFAULT_WEIGHT_REASON = defaultWeightReason(1);

/** True when a reason read back from a sheet is a default one (for the weight beside it, or the floor's), not the school's own. */
export function isDefaultWeightReason(reason: unknown, weight: unknown): boolean {
  if (typeof reason !== "string") return false;
  const text = reason.trim();
  if (text === DEFAULT_WEIGHT_REASON) return true;
  const number = typeof weight === "number" ? weight : Number(String(weight ?? "").trim() || "1");
  return Number.isFinite(number) && text === defaultWeightReason(number);
}

function field(
  id: StatementFieldId,
  label: string,
  coercer: Coercer<unknown>,
  options: LabelledFieldOptions & { cellFormat?: string | null; only?: "counts" | "register"; valueCol?: 2 } = {},
): StatementField {
  return {
    ...labelledField(id, label, coercer, options),
    cellFormat: options.cellFormat ?? null,
    only: options.only,
    valueCol: options.valueCol ?? 1,
  };
}

/** Every field in the order the sheet's inputs block and the pane show them. */
export const STATEMENT_FIELDS: readonly StatementField[] = [
  field("schoolName", "School", textField("school_name", false), { hint: "Such as Oakfield Primary.", valueCol: 2 }),
  field("notionalSenBudget", "Notional SEN budget", budgetArg(), {
    hint: "In pounds, for example £67,755.",
    cellFormat: WHOLE_MONEY_FORMAT,
  }),
  field("schoolAction", "Pupils at SEN support or School Action", countArg("school_action"), {
    hint: "Pupils at SEN support (K), which the guidance's School Action stands for, such as 10.",
    only: "counts",
    cellFormat: "0",
  }),
  field("schoolActionPlus", "Pupils at School Action Plus", countArg("school_action_plus"), {
    hint: "Such as 5; 0 when the school uses SEN support only.",
    only: "counts",
    cellFormat: "0",
  }),
  field("statements", "Pupils with an EHC plan or a Statement", countArg("statements"), {
    hint: "Such as 6.",
    only: "counts",
    cellFormat: "0",
  }),
  field("pupilMobility", "Pupil mobility", mobilityArg({ optional: true, implausible: "allow" }), {
    hint: MOBILITY_HINT,
    cellFormat: "0%",
  }),
  field(
    "senSupportWeight",
    "Points for each SEN support (K) pupil",
    numberArg("sen_support_weight", SEN_SUPPORT_WEIGHT_LIMITS, { optional: true }),
    { hint: "From 1 (like School Action, the default) to 5 (like School Action Plus), such as 2.", only: "register" },
  ),
  field("weightReason", "Why this weight", textField("weight_reason", true), {
    hint: "Say why, for the reader of the statement, such as: about 30% of our SEN support pupils need School Action Plus input. Blank gives a reason that follows the weight.",
    only: "register",
    valueCol: 2,
  }),
  field("allocatedHours", "SENCO hours allocated a week now", numberArg("hours_per_week", ALLOCATED_HOURS_LIMITS), {
    hint: "Non-teaching hours the SENCO has for the role each week, such as 4.",
  }),
  field(
    "annualSalary",
    "SENCO's annual salary",
    positiveMoneyArg("annual_salary", "enter the SENCO's annual salary, or leave it blank", { optional: true }),
    {
      hint: "Such as £50,000: gives the cost of the hours; blank leaves the cost rows blank.",
      cellFormat: WHOLE_MONEY_FORMAT,
    },
  ),
  field(
    "onCostRate",
    "Employer on-cost rate",
    numberArg("on_cost_rate", ON_COST_RATE_LIMITS, { optional: true, percentText: true }),
    {
      hint: "Pension and National Insurance as a percentage of salary, such as 30% (or 0.3). Blank is 0%.",
      cellFormat: "0%",
    },
  ),
  field(
    "appointmentSerial",
    "Date appointed as SENCO",
    dateArg("appointment_date", APPOINTMENT_DATE_LIMITS, { optional: true }),
    {
      hint: `As dd/mm/yyyy, such as 01/09/2023: gives the qualification rows. Appointed from 01/09/2008 to 01/09/2009: the NASENCO, by 01/09/2012. ${MAINTAINED_SCHOOLS_NOTE}`,
      cellFormat: DATE_FORMAT,
    },
  ),
  field("qualificationHeld", "The SENCO holds NASENCO or the NPQ for SENCOs", flag("qualification_completed"), {
    hint: "The mandatory SENCO qualification, such as a NASENCO awarded in 2018.",
    kind: "checkbox",
  }),
  field(
    "nasencoStartSerial",
    "NASENCO course started",
    dateArg("nasenco_course_start", COURSE_START_LIMITS, { optional: true }),
    {
      hint: "Only if a NASENCO course was started, as dd/mm/yyyy, such as 01/09/2023.",
      cellFormat: DATE_FORMAT,
    },
  ),
  field("onLeadershipTeam", "The SENCO is on the senior leadership team", flag("on_leadership_team"), {
    hint: "Such as a SENCO who is also an assistant head: the guidance recommends it.",
    kind: "checkbox",
  }),
];

/** The fields that apply with or without a register. */
export function statementFields(withRegister: boolean): StatementField[] {
  return STATEMENT_FIELDS.filter((f) => f.only === undefined || f.only === (withRegister ? "register" : "counts"));
}

/** The pane's name for a field in messages: its label. */
export const statementFieldLabel = fieldLabels(STATEMENT_FIELDS);

export type StatementProblem = FormProblem<StatementFieldId>;

/** The form's values as typed, before coercion. */
export type StatementRaw = Partial<Record<StatementFieldId, unknown>>;

/** The problem with one field's raw value, in the pane's words, or undefined. */
export function statementFieldProblem(field: StatementField, raw: unknown): string | undefined {
  return formFieldProblem(field, raw, statementFieldLabel);
}

/** Coerce the form's values (counts or register fields as the register says) into inputs, or every problem. */
export function coerceStatementInputs(
  raw: StatementRaw,
  register?: StatementRegister,
): { ok: true; inputs: StatementInputs } | { ok: false; problems: StatementProblem[] } {
  const coerced = coerceFormFields(statementFields(register !== undefined), raw, statementFieldLabel);
  if (!coerced.ok) return coerced;
  const values = coerced.values;
  const inputs = {
    schoolAction: undefined,
    schoolActionPlus: undefined,
    statements: undefined,
    weightReason: undefined,
    ...values,
    senSupportWeight: (values.senSupportWeight as number | undefined) ?? DEFAULT_SEN_SUPPORT_WEIGHT,
    register,
  } as StatementInputs;
  return { ok: true, inputs };
}

/** The form's starting values: blank, with the SEN support weight at its default of 1. */
export function defaultStatementRaw(): StatementRaw {
  return {
    schoolName: "",
    notionalSenBudget: "",
    schoolAction: "",
    schoolActionPlus: "",
    statements: "",
    pupilMobility: "",
    senSupportWeight: "1",
    weightReason: "",
    allocatedHours: "",
    annualSalary: "",
    onCostRate: "",
    appointmentSerial: "",
    qualificationHeld: false,
    nasencoStartSerial: "",
    onLeadershipTeam: false,
  };
}
