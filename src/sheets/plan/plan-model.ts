/**
 * The SLMDA plan as a pure model: the form's checked inputs → a SheetModel (rows of values,
 * formulas and formats) that the Excel writer writes and the HTML preview renders.
 *
 * Every figure is a SEND.* formula over the sheet's own input cells (so it stays live when the
 * user edits an input), and every preview value is computed by the same rules the functions call
 * (src/rules); nothing here re-implements a rule. Checks and the documents checklist are values
 * worked out when the plan is made (Update plan rebuilds them).
 */
import { attemptRule, formula, previewOf } from "../rule-preview";
import {
  FUNDING_BREAKDOWN_LABELS,
  englishMathsNoLongerRequiredFrom,
  englishMathsRequired,
  fundingBreakdown,
  fundingBreakdownAmounts,
  providerPayments,
  type FundingBreakdown,
} from "../../rules/apprenticeship-funding";
import { addMonthsSerial, formatSerialDdMmYyyy, ruleInForce, ymdFromSerial } from "../../rules/excel-dates";
import {
  PUBLISHED_HOURS_FROM,
  offTheJobMinimum,
  offTheJobWeeklyHours,
  type OffTheJobMinimum,
} from "../../rules/off-the-job";
import { sourceText } from "../../rules/sources";
import {
  NPQ_FROM,
  QUALIFICATION_REQUIRED_FROM,
  qualificationDue,
  qualificationDueReason,
  qualificationNeeded,
} from "../../rules/senco-qualification";
// The dated tables with each row's citation (the Rule column), under the tables' own names.
import {
  ENGLISH_MATHS_CITED as ENGLISH_MATHS,
  FUNDING_BAND_ST0480_CITED as FUNDING_BAND_ST0480,
  LEVEL7_FUNDING_CITED as LEVEL7_FUNDING,
} from "../../rules/apprenticeship-funding-sources";
import { OFF_THE_JOB_CITED as OFF_THE_JOB } from "../../rules/off-the-job-sources";
import {
  SENCO_APPOINTMENT_CITED as SENCO_APPOINTMENT,
  SENCO_COURSE_CITED as SENCO_COURSE,
} from "../../rules/senco-qualification-sources";
import { SLMDA_ROUTES, slmdaRoute, type SlmdaRoute } from "../../rules/slmda-programme";
import { slmdaSchedule } from "../../rules/slmda-schedule";
import { LINE_MANAGER_COMMITMENTS, documentDue, slmdaDocuments } from "../../rules/slmda-line-manager";
import { columnLetters } from "../a1-address";
import type { Block, ModelCell, SheetModel, TableSpec } from "../sheet-model";
import { DATE_FORMAT, HOURS_FORMAT, MONEY_FORMAT } from "../number-format";
import { PLAN_FIELDS, type PlanFieldId, type PlanInputs } from "./plan-fields";

/**
 * Text in cell A2 of every plan sheet: how the pane recognises a plan sheet to load it back. Users
 * see it, so it is a sentence, not an internal version string; sheets made before carry the old
 * marker, which is still recognised.
 */
export const PLAN_MARKER = "SLMDA plan made with the SEND leadership add-in";
const EARLIER_PLAN_MARKERS: readonly string[] = ["SEND add-in SLMDA plan v1"];
/** Zero-based row of the marker (A2). */
export const MARKER_ROW = 1;
/** Zero-based row of the first input (the inputs block sits in columns A and B from here). */
export const INPUT_FIRST_ROW = 4;
export const INPUT_LABEL_COL = 0;
export const INPUT_VALUE_COL = 1;

/** Column widths in points (A: labels and dates, B: values, C: long text, D: dates, E: Done). */
export const PLAN_COLUMN_WIDTHS = [260, 130, 320, 90, 60] as const;

type Scalar = string | number | boolean;

/** Absolute address ($B$10) of the input cell of a field. */
export function inputCell(id: PlanFieldId): string {
  const index = PLAN_FIELDS.findIndex((field) => field.id === id);
  if (index < 0) throw new Error(`unknown plan field ${id}`);
  return `$${columnLetters(INPUT_VALUE_COL)}$${INPUT_FIRST_ROW + index + 1}`;
}

/** Excel text literal: "..." with quotes doubled. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A reference to an optional input that passes "" (an omitted argument to our coercers) when the cell is blank. */
function optionalRef(id: PlanFieldId): string {
  const cell = inputCell(id);
  return `IF(${cell}="","",${cell})`;
}

/** Argument lists of the SEND.* calls, over the input cells. */
function fundingArgs(): string {
  return [
    inputCell("price"),
    inputCell("levyPayer"),
    optionalRef("levyFunds"),
    inputCell("startSerial"),
    inputCell("ageAtStart"),
    optionalRef("careLeaverOrEhcPlan"),
  ].join(",");
}

function monthsFormula(): string {
  return `SEND.SLMDAMONTHS(${inputCell("nasencoCompleted")})`;
}

export interface PlanFigures {
  route: SlmdaRoute;
  months: number;
  plannedEndSerial: number;
  workshops: number;
  funding: ReturnType<typeof attemptRule<FundingBreakdown>>;
  /** The minimum over the planned months: from weekly hours, or the standard's published figure. */
  offTheJobTotal: ReturnType<typeof attemptRule<OffTheJobMinimum>>;
  /** The weekly minimum, for a start whose rule is a share of weekly hours; undefined otherwise. */
  offTheJobWeekly: ReturnType<typeof attemptRule<number>> | undefined;
}

/** The headline figures, from the rules (the preview of the summary's formulas). */
export function planFigures(inputs: PlanInputs): PlanFigures {
  const route = slmdaRoute(inputs.nasencoCompleted);
  const facts = SLMDA_ROUTES[route];
  return {
    route,
    months: facts.months,
    plannedEndSerial: addMonthsSerial(inputs.startSerial, facts.months),
    workshops: facts.workshops,
    funding: attemptRule(() =>
      fundingBreakdown({
        price: inputs.price,
        levyPayer: inputs.levyPayer,
        levyFunds: inputs.levyFunds,
        startSerial: inputs.startSerial,
        ageAtStart: inputs.ageAtStart,
        careLeaverOrEhcPlan: inputs.careLeaverOrEhcPlan === true,
      }),
    ),
    offTheJobTotal: attemptRule(() =>
      offTheJobMinimum({
        startSerial: inputs.startSerial,
        months: facts.months,
        weeklyHours: inputs.weeklyHours,
        weeksPerYear: inputs.weeksPerYear,
        publishedHours: inputs.publishedOffTheJobHours,
      }),
    ),
    offTheJobWeekly:
      inputs.weeklyHours === undefined || inputs.startSerial >= PUBLISHED_HOURS_FROM
        ? undefined
        : attemptRule(() => offTheJobWeeklyHours(inputs.weeklyHours as number, inputs.startSerial)),
  };
}

export interface PlanCheck {
  readonly check: string;
  readonly result: string;
  readonly detail: string;
  readonly rule: string;
  readonly ok: boolean;
}

const money = (pounds: number) =>
  `£${pounds.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const hours = (h: number) => h.toLocaleString("en-GB", { maximumFractionDigits: 2 });

/**
 * The mandatory SENCO qualification. The full programme contains the NASENCO modules: begun with
 * this programme, that NASENCO meets the qualification only for a course begun before 01/09/2024
 * (and completed before 01/09/2027); from 01/09/2024 only the NPQ for SENCOs counts. A NASENCO
 * already held still meets it.
 */
export function sencoQualificationCheck(inputs: PlanInputs): PlanCheck {
  const start = inputs.startSerial;
  const held = inputs.nasencoCompleted === true;
  const course = ruleInForce(SENCO_COURSE, start);
  const check = "Mandatory SENCO qualification";
  const appointed = inputs.sencoAppointmentSerial;
  let dueText = "";
  if (appointed !== undefined) {
    if (qualificationNeeded(appointed) === "Not required") {
      return {
        check,
        result: "Not required",
        detail: `Appointed as SENCO on ${formatSerialDdMmYyyy(appointed)}, before ${formatSerialDdMmYyyy(QUALIFICATION_REQUIRED_FROM)}: the mandatory SENCO qualification is not required.`,
        rule: sourceText(SENCO_APPOINTMENT[0]!.ref),
        ok: true,
      };
    }
    dueText = ` It must be held by ${formatSerialDdMmYyyy(qualificationDue(appointed))}, ${qualificationDueReason(appointed)}.`;
  }
  if (held) {
    return {
      check,
      result: "Met",
      detail: "A completed NASENCO still meets the mandatory SENCO qualification; the NPQ for SENCOs is not needed.",
      rule: sourceText(SENCO_COURSE[0]!.ref),
      ok: true,
    };
  }
  if (course.qualification === "NASENCO") {
    return {
      check,
      result: "NASENCO counts",
      detail: `The NASENCO in this programme, begun on ${formatSerialDdMmYyyy(start)} (before ${formatSerialDdMmYyyy(NPQ_FROM)}), meets the mandatory SENCO qualification if completed before ${formatSerialDdMmYyyy(course.completeBefore!)}.${dueText}`,
      rule: sourceText(course.ref),
      ok: true,
    };
  }
  return {
    check,
    result: "NPQ for SENCOs needed",
    detail: `A NASENCO begun on or after ${formatSerialDdMmYyyy(NPQ_FROM)} no longer meets the mandatory SENCO qualification: the NASENCO in this programme counts only if the apprentice began it before then. The SENCO needs the NPQ for SENCOs.${dueText}`,
    rule: sourceText(course.ref),
    ok: false,
  };
}

/**
 * The checks in plain English, each traced to its source document and section (the Rule column),
 * as they stand on `todaySerial`, the day the plan is made (the start when omitted).
 */
export function planChecks(
  inputs: PlanInputs,
  figures: PlanFigures = planFigures(inputs),
  todaySerial: number = inputs.startSerial,
): PlanCheck[] {
  const checks: PlanCheck[] = [];
  const start = inputs.startSerial;

  // Level 7 funding by age (DfE, from 01/01/2026).
  const ageRule = LEVEL7_FUNDING[LEVEL7_FUNDING.length - 1]!;
  const inForce = ruleInForce(LEVEL7_FUNDING, start);
  const careAge = ageRule.maxFundedAgeCareLeaverOrEhc ?? ageRule.maxFundedAge ?? 0;
  const ruleText = `Level 7 apprenticeships starting on or after ${formatSerialDdMmYyyy(ageRule.from)} are funded only for apprentices aged ${ageRule.maxFundedAge} or under at the start (${careAge} or under for care leavers and people with an EHC plan); earlier starts are funded to completion.`;
  const care = inputs.careLeaverOrEhcPlan === true;
  if ("value" in figures.funding && !figures.funding.value.fundable) {
    checks.push({
      check: "Level 7 funding and age",
      result: "Not funded",
      detail: `${ruleText} At ${inputs.ageAtStart}${care ? ", even as a care leaver or with an EHC plan," : ""} there is no levy or government funding: the school pays the whole price, ${money(figures.funding.value.employerCashCost)}.${!care && inputs.ageAtStart <= careAge ? ` If the apprentice is a care leaver or has an EHC plan, tick "Care leaver or has an EHC plan": funding then continues to age ${careAge}.` : ""}`,
      rule: sourceText(inForce.ref),
      ok: false,
    });
  } else {
    checks.push({
      check: "Level 7 funding and age",
      result: "Fundable",
      detail: `${ruleText} This start on ${formatSerialDdMmYyyy(start)} at age ${inputs.ageAtStart}${care ? " (care leaver or EHC plan)" : ""} can be funded.`,
      rule: sourceText(inForce.ref),
      ok: true,
    });
  }

  // English and maths at Level 2 (the provider's guidance; DfE from 11/02/2025, for new and existing apprentices).
  const mathsRule = ruleInForce(ENGLISH_MATHS, Math.max(start, todaySerial));
  const required = attemptRule(() => englishMathsRequired(start, inputs.ageAtStart, todaySerial));
  const missing = [inputs.hasMaths ? undefined : "maths", inputs.hasEnglish ? undefined : "English"].filter(
    Boolean,
  ) as string[];
  const endedOn = englishMathsNoLongerRequiredFrom(start, inputs.ageAtStart, todaySerial);
  if (endedOn !== undefined) {
    checks.push({
      check: "Level 2 maths and English evidence",
      result: "No longer required",
      detail: `Required at the start on ${formatSerialDdMmYyyy(start)}; from ${formatSerialDdMmYyyy(endedOn)} apprentices aged ${mathsRule.notRequiredFromAge} or over at the start, new and existing, no longer need to hold or achieve English and maths qualifications.${missing.length > 0 ? ` Not held: ${missing.join(" and ")}; Functional Skills remain available.` : " Evidence held for both."}`,
      rule: sourceText(mathsRule.ref),
      ok: true,
    });
  } else if ("value" in required && !required.value) {
    checks.push({
      check: "Level 2 maths and English evidence",
      result: "Optional",
      detail: `From ${formatSerialDdMmYyyy(ENGLISH_MATHS[ENGLISH_MATHS.length - 1]!.from)} evidence is no longer mandatory for apprentices aged ${mathsRule.notRequiredFromAge} or over at the start.${missing.length > 0 ? ` Not held: ${missing.join(" and ")}; Functional Skills remain available.` : " Evidence held for both."}`,
      rule: sourceText(mathsRule.ref),
      ok: true,
    });
  } else if (missing.length === 0) {
    checks.push({
      check: "Level 2 maths and English evidence",
      result: "Evidence held",
      detail:
        "ESFA requires evidence that the apprentice works at Level 2 in maths and English: keep the certificates for the provider.",
      rule: sourceText(mathsRule.ref),
      ok: true,
    });
  } else {
    checks.push({
      check: "Level 2 maths and English evidence",
      result: "Action needed",
      detail: `No Level 2 evidence for ${missing.join(" and ")}: the apprentice must take Functional Skills (formal tests with City & Guilds) alongside the apprenticeship, with the provider's support.`,
      rule: sourceText(mathsRule.ref),
      ok: false,
    });
  }

  // Off-the-job training: a minimum, by start date (the provider's guidance; ESFA, then DfE rules).
  const otjRule = ruleInForce(OFF_THE_JOB, start);
  const total = figures.offTheJobTotal;
  if ("value" in total && total.value.hours !== undefined && total.value.basis === "share") {
    const weekly = figures.offTheJobWeekly;
    const weeklyText = weekly !== undefined && "value" in weekly ? `${hours(weekly.value)} hours a working week, ` : "";
    checks.push({
      check: "Off-the-job training",
      result: `At least ${hours(total.value.hours)} hours`,
      detail: `A minimum, not a cap: allow at least ${weeklyText}${hours(total.value.hours)} hours over the planned ${figures.months} months at ${hours(inputs.weeksPerYear ?? 0)} working weeks a year, including workshops and coaching; never taken from annual leave.${inputs.publishedOffTheJobHours !== undefined ? ` The published hours entered are not used: for a start before ${formatSerialDdMmYyyy(PUBLISHED_HOURS_FROM)} the minimum is 20% of weekly hours.` : ""}`,
      rule: sourceText(otjRule.ref),
      ok: true,
    });
  } else if ("value" in total && total.value.hours !== undefined) {
    checks.push({
      check: "Off-the-job training",
      result: `At least ${hours(total.value.hours)} hours`,
      detail: `A minimum, not a cap: the standard's published ${hours(total.value.hours)} off-the-job hours over the planned ${figures.months} months, including workshops and coaching; never taken from annual leave.`,
      rule: sourceText(otjRule.ref),
      ok: true,
    });
  } else {
    checks.push({
      check: "Off-the-job training",
      result: "Enter the published hours",
      detail: "value" in total ? (total.value.reason ?? "") : total.message,
      rule: sourceText(otjRule.ref),
      ok: false,
    });
  }

  // The mandatory SENCO qualification (SEND Regulations 2014, regulation 49 as amended from 01/09/2024).
  checks.push(sencoQualificationCheck(inputs));

  // The line manager's signed statement (the provider's guidance: "What is my role as a line manager", "Next Steps").
  const statementDue = documentDue("personal-statement", start, inputs.applicationSerial, formatSerialDdMmYyyy);
  checks.push({
    check: "Line manager's signed statement",
    result: "To do",
    detail: `${inputs.lineManager} must give a written statement supporting the application and review and sign the personal statement${
      statementDue.dueSerial === undefined
        ? ", within 5 working days of the application"
        : ` by ${formatSerialDdMmYyyy(statementDue.dueSerial)}`
    }: the provider considers no application without them.`,
    rule: "Serco line-manager guidance, What is my role as a line manager; Next Steps",
    ok: false,
  });

  // Price above the funding band: the employer pays any excess in full.
  if (
    "value" in figures.funding &&
    figures.funding.value.fundable &&
    inputs.price > figures.funding.value.bandMaximum
  ) {
    checks.push({
      check: "Price above the funding band",
      result: "Employer pays the excess",
      detail: `The funding band maximum for this start is ${money(figures.funding.value.bandMaximum)}: the school pays the ${money(inputs.price - figures.funding.value.bandMaximum)} above it in full.`,
      rule: sourceText(ruleInForce(FUNDING_BAND_ST0480, start).ref),
      ok: false,
    });
  }
  return checks;
}

/** What the off-the-job figure shows when the standard's published hours are needed and not given. */
export const NO_PUBLISHED_FIGURE = "No figure: see the note";
/** What the weekly figure shows when the rule is a total for the standard, not a weekly share. */
export const NOT_WEEKLY = "Not a weekly rule: see the note";

/** The off-the-job rows' previews and the notes beside them (why a figure is missing, or what it is). */
function otjSummary(inputs: PlanInputs, figures: PlanFigures) {
  const total = figures.offTheJobTotal;
  const fromText = formatSerialDdMmYyyy(PUBLISHED_HOURS_FROM);
  let otjTotalPreview: Scalar;
  let otjTotalNote: string | undefined;
  if (!("value" in total)) {
    otjTotalPreview = total.error;
    otjTotalNote = total.message;
  } else if (total.value.hours === undefined) {
    otjTotalPreview = NO_PUBLISHED_FIGURE;
    otjTotalNote = total.value.reason;
  } else {
    otjTotalPreview = total.value.hours;
    otjTotalNote =
      total.value.basis === "published"
        ? "A minimum, not a cap: the off-the-job hours published for the standard, as entered."
        : "A minimum, not a cap: 20% of weekly hours (counting at most 30 a week for starts from 01/08/2022).";
  }
  const weekly = figures.offTheJobWeekly;
  const otjWeeklyPreview: Scalar =
    inputs.startSerial >= PUBLISHED_HOURS_FROM ? NOT_WEEKLY : weekly === undefined ? "" : previewOf(weekly);
  const otjWeeklyNote =
    inputs.startSerial >= PUBLISHED_HOURS_FROM
      ? `From ${fromText} the minimum is a number of hours for the whole apprenticeship, not a share of each week.`
      : undefined;
  return { otjTotalPreview, otjTotalNote, otjWeeklyPreview, otjWeeklyNote };
}

export interface PlanModelOptions {
  /** Extra rows left under each spilled formula for the other route's longer spill (default true). */
  reserveForOtherRoute?: boolean;
  /**
   * Update plan: what the user had entered in the documents checklist's Done column, by document
   * (read back from the plan sheet with doneByDocumentFromSheet), kept in the rebuilt checklist.
   */
  doneByDocument?: ReadonlyMap<string, ModelCell>;
  /** The day the plan is made (Excel serial): English and maths are judged as they stand then (default: the start). */
  todaySerial?: number;
}

/** The documents checklist's headers, in order (also how a plan sheet's checklist is found again). */
export const DOCUMENT_HEADERS = ["Document", "Who", "When", "Due", "Done"] as const;

/** Rows a plan sheet uses at most (a test checks the longest plan fits): Update plan reads A1:E of these. */
export const PLAN_MAX_ROWS = 300;

/**
 * The Done column of a plan sheet's documents checklist, by document: `rows` are the sheet's
 * values from A1 (columns A:E). The checklist is found by its header row; it ends at the first
 * row without a document. Empty when the sheet has no checklist.
 */
export function doneByDocumentFromSheet(rows: readonly (readonly unknown[])[]): Map<string, ModelCell> {
  const done = new Map<string, ModelCell>();
  const header = rows.findIndex((row) => DOCUMENT_HEADERS.every((text, i) => row[i] === text));
  if (header < 0) return done;
  for (let r = header + 1; r < rows.length; r += 1) {
    const row = rows[r]!;
    const document = row[0];
    if (typeof document !== "string" || document === "") break;
    const value = row[DOCUMENT_HEADERS.length - 1];
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      done.set(document, value);
    }
  }
  return done;
}

/** Excel table name from the apprentice's name: letters, digits and underscores, starting with a letter. */
export function documentsTableName(inputs: PlanInputs): string {
  const slug = inputs.apprenticeName
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60);
  return `SLMDA_Documents${slug ? `_${slug}` : ""}`;
}

/** Build the plan sheet's model. */
export function buildPlanModel(inputs: PlanInputs, options: PlanModelOptions = {}): SheetModel {
  const reserve = options.reserveForOtherRoute !== false;
  const figures = planFigures(inputs);
  const route = figures.route;
  const other: SlmdaRoute = route === "full" ? "nasenco" : "full";
  const blocks: Block[] = [];
  const start = inputs.startSerial;
  const nasenco = inputCell("nasencoCompleted");

  blocks.push({ row: 0, col: 0, cells: [[`SLMDA for SENCOs plan: ${inputs.apprenticeName}`]], style: "title" });
  blocks.push({
    row: MARKER_ROW,
    col: 0,
    cells: [
      [PLAN_MARKER],
      [
        "Change the inputs in column B and the figures below recalculate (SEND.* formulas). Use the task pane's Update plan to rebuild the checks and the checklist.",
      ],
    ],
    style: "note",
  });

  // Inputs: one label block a row, each value cell with its own number format.
  blocks.push({ row: INPUT_FIRST_ROW - 1, col: 0, cells: [["Inputs"]], style: "heading" });
  PLAN_FIELDS.forEach((field, index) => {
    const value = inputs[field.id];
    blocks.push({
      row: INPUT_FIRST_ROW + index,
      col: INPUT_LABEL_COL,
      cells: [[field.label, value === undefined ? null : value]],
      numberFormat: [null, field.cellFormat],
      style: "label",
    });
  });

  let row = INPUT_FIRST_ROW + PLAN_FIELDS.length + 1;

  // Summary.
  blocks.push({ row, col: 0, cells: [["Summary"]], style: "heading" });
  row += 1;
  const funding = figures.funding;
  const cashPreview = "value" in funding ? funding.value.employerCashCost : funding.error;
  const startCell = inputCell("startSerial");
  const from = ymdFromSerial(PUBLISHED_HOURS_FROM);
  const publishedFrom = `DATE(${from.year},${from.month},${from.day})`;
  const otj = otjSummary(inputs, figures);
  const { otjTotalPreview, otjTotalNote, otjWeeklyPreview, otjWeeklyNote } = otj;
  const summary: [string, ModelCell, string | null, string?][] = [
    [
      "Route",
      formula(
        `=IF(${nasenco},${literal(SLMDA_ROUTES.nasenco.name)},${literal(SLMDA_ROUTES.full.name)})`,
        SLMDA_ROUTES[route].name,
      ),
      null,
    ],
    ["Months", formula(`=${monthsFormula()}`, figures.months), "0"],
    [
      "Planned end",
      formula(`=EDATE(${inputCell("startSerial")},${monthsFormula()})`, figures.plannedEndSerial),
      DATE_FORMAT,
    ],
    ["Workshops (1 day each)", formula(`=SEND.SLMDAWORKSHOPS(${nasenco})`, figures.workshops), "0"],
    ["Price", formula(`=${inputCell("price")}`, inputs.price), MONEY_FORMAT],
    ["Employer cash cost", formula(`=SEND.SLMDAEMPLOYERCOST(${fundingArgs()})`, cashPreview), MONEY_FORMAT],
    [
      "Off-the-job minimum over the planned months (hours)",
      formula(
        `=IF(${startCell}<${publishedFrom},SEND.SLMDAOFFTHEJOBHOURS(${inputCell("weeklyHours")},${monthsFormula()},${optionalRef("weeksPerYear")},${startCell}),IF(${inputCell("publishedOffTheJobHours")}="",${literal(NO_PUBLISHED_FIGURE)},${inputCell("publishedOffTheJobHours")}))`,
        otjTotalPreview,
      ),
      HOURS_FORMAT,
      otjTotalNote,
    ],
    [
      "Off-the-job minimum per working week (hours)",
      // 12 months at 1 week a year: the weekly minimum, from the same function.
      formula(
        `=IF(${startCell}<${publishedFrom},SEND.SLMDAOFFTHEJOBHOURS(${inputCell("weeklyHours")},12,1,${startCell}),${literal(NOT_WEEKLY)})`,
        otjWeeklyPreview,
      ),
      HOURS_FORMAT,
      otjWeeklyNote,
    ],
  ];
  for (const [label, cell, format, note] of summary) {
    // Every row has the note column (blank for most) so the preview's table is three columns wide.
    const cells: ModelCell[] = [label, cell, note ?? null];
    blocks.push({ row, col: 0, cells: [cells], numberFormat: [null, format, null], style: "label" });
    row += 1;
  }
  row += 1;

  // A section with a spilled SEND.* formula: heading, header row, the spill (reserving room for the other route).
  const spillSection = (
    heading: string,
    headers: string[],
    text: string,
    values: Scalar[][],
    otherRows: number,
    formats: (string | null)[],
    lead: Block[] = [],
  ) => {
    blocks.push({ row, col: 0, cells: [[heading]], style: "heading" });
    // Lines between the heading and the table (notes, a related figure), one row each.
    for (const line of lead) {
      row += 1;
      blocks.push({ ...line, row });
    }
    blocks.push({ row: row + 1, col: 0, cells: [headers], style: "header" });
    const reserved = Math.max(values.length, reserve ? otherRows : 0, 1);
    blocks.push({
      row: row + 2,
      col: 0,
      cells: [[formula(text, values[0]?.[0] ?? "")]],
      numberFormat: formats,
      spill: { rows: reserved, cols: headers.length, preview: values },
    });
    row += 2 + reserved + 1;
  };

  const fundingValues: Scalar[][] =
    "value" in funding
      ? fundingBreakdownAmounts(funding.value).map((amount, i) => [FUNDING_BREAKDOWN_LABELS[i]!, amount])
      : [[funding.error, funding.message]];
  spillSection(
    "Funding breakdown",
    ["Item", "Amount"],
    `=SEND.SLMDAFUNDING(${fundingArgs()})`,
    fundingValues,
    FUNDING_BREAKDOWN_LABELS.length,
    [null, MONEY_FORMAT],
  );

  const payments = (r: SlmdaRoute) => providerPayments(inputs.price, SLMDA_ROUTES[r].months, start);
  spillSection(
    "What the training provider is paid (80% monthly, 20% on completion)",
    ["Date", "Amount"],
    `=SEND.SLMDAPAYMENTS(${inputCell("price")},${nasenco},${inputCell("startSerial")})`,
    payments(route).map((p) => [p.serial, p.amount]),
    payments(other).length,
    [DATE_FORMAT, MONEY_FORMAT],
    [
      {
        row: 0,
        col: 0,
        cells: [
          [
            "Who pays whom: these instalments are the provider's income, paid from the levy funds, the government's co-investment and the employer's co-investment (see the funding breakdown). They are not the school's cash flow.",
          ],
        ],
        style: "note",
      },
      {
        row: 0,
        col: 0,
        cells: [
          [
            "The school's own cash (employer cash cost)",
            formula(`=SEND.SLMDAEMPLOYERCOST(${fundingArgs()})`, cashPreview),
          ],
        ],
        numberFormat: [null, MONEY_FORMAT],
        style: "label",
      },
    ],
  );

  spillSection(
    "Blocks (one a term, each starting with a 1-day workshop)",
    ["Block", "Module", "Work-based project"],
    `=SEND.SLMDABLOCKS(${nasenco})`,
    SLMDA_ROUTES[route].blocks.map((b) => [b.number, b.module, b.project]),
    SLMDA_ROUTES[other].blocks.length,
    ["0", null, null],
  );

  const schedule = (r: SlmdaRoute) => slmdaSchedule(start, r);
  const blocksCount = `ROWS(SEND.SLMDABLOCKS(${nasenco}))`;
  const dated = SLMDA_ROUTES[route].blocks.length;
  spillSection(
    "Timeline",
    ["Date", "Milestone"],
    `=SEND.SLMDASCHEDULE(${inputCell("startSerial")},${nasenco})`,
    schedule(route).map((m) => [m.serial, m.milestone]),
    schedule(other).length,
    [DATE_FORMAT, null],
    [
      {
        row: 0,
        col: 0,
        cells: [
          [
            formula(
              `="The timeline dates one workshop a block ("&${blocksCount}&" of "&SEND.SLMDAWORKSHOPS(${nasenco})&"); the provider sets the dates of the other "&(SEND.SLMDAWORKSHOPS(${nasenco})-${blocksCount})&". Dates falling on a weekend or bank holiday are moved to the next working day."`,
              `The timeline dates one workshop a block (${dated} of ${figures.workshops}); the provider sets the dates of the other ${figures.workshops - dated}. Dates falling on a weekend or bank holiday are moved to the next working day.`,
            ),
          ],
        ],
        style: "note",
      },
    ],
  );

  // Checks.
  const checks = planChecks(inputs, figures, options.todaySerial);
  blocks.push({ row, col: 0, cells: [["Checks"]], style: "heading" });
  blocks.push({ row: row + 1, col: 0, cells: [["Check", "Result", "What it means", "Rule"]], style: "header" });
  blocks.push({ row: row + 2, col: 0, cells: checks.map((c) => [c.check, c.result, c.detail, c.rule]) });
  row += 2 + checks.length + 1;

  // The line manager's commitments (the provider's guidance, "Time Commitment").
  blocks.push({ row, col: 0, cells: [["The line manager's (or mentor's) commitments"]], style: "heading" });
  blocks.push({
    row: row + 1,
    col: 0,
    cells: LINE_MANAGER_COMMITMENTS.map((text) => [`• ${text}`]),
    style: "note",
  });
  row += 1 + LINE_MANAGER_COMMITMENTS.length + 1;

  // Documents checklist as an Excel table.
  blocks.push({ row, col: 0, cells: [["Documents checklist"]], style: "heading" });
  row += 1;
  const documents: TableSpec = {
    name: documentsTableName(inputs),
    row,
    col: 0,
    headers: DOCUMENT_HEADERS,
    rows: slmdaDocuments(start, inputs.ageAtStart, options.todaySerial).map((doc) => {
      const due = documentDue(doc.timing, start, inputs.applicationSerial, formatSerialDdMmYyyy);
      return [
        doc.document,
        doc.who,
        due.when,
        due.dueSerial ?? null,
        options.doneByDocument?.get(doc.document) ?? "No",
      ];
    }),
    numberFormat: [null, null, null, DATE_FORMAT, null],
  };

  return {
    title: inputs.apprenticeName,
    blocks,
    tables: [documents],
    columnWidths: [...PLAN_COLUMN_WIDTHS],
  };
}

/** Optional fields added after the first plans were written: a plan sheet without them still loads. */
const ADDED_FIELDS: ReadonlySet<PlanFieldId> = new Set<PlanFieldId>([
  "careLeaverOrEhcPlan",
  "sencoAppointmentSerial",
  "publishedOffTheJobHours",
]);

/** The values of the inputs block as the writer lays them out (for reading a plan sheet back). */
export function inputRowsRange(): { row: number; col: number; rows: number; cols: number } {
  return { row: INPUT_FIRST_ROW, col: INPUT_LABEL_COL, rows: PLAN_FIELDS.length, cols: 2 };
}

/**
 * Read a plan sheet's inputs back: `marker` is cell A2's value, `rows` the inputs block's values
 * (label, value). Returns the raw values by field (what the form shows), or undefined when the
 * sheet is not a plan sheet. Values go back through the same coercers when the user acts.
 */
export function rawInputsFromSheet(
  marker: unknown,
  rows: readonly (readonly unknown[])[],
): Record<PlanFieldId, unknown> | undefined {
  if (marker !== PLAN_MARKER && !EARLIER_PLAN_MARKERS.includes(String(marker))) return undefined;
  const raw: Partial<Record<PlanFieldId, unknown>> = {};
  for (const field of PLAN_FIELDS) {
    const found = rows.find((r) => r[0] === field.label);
    if (!found) {
      // A plan made before an optional field existed: the field is blank.
      if (field.optional && ADDED_FIELDS.has(field.id)) {
        raw[field.id] = field.kind === "checkbox" ? false : "";
        continue;
      }
      return undefined;
    }
    raw[field.id] = found[1] ?? "";
  }
  return raw as Record<PlanFieldId, unknown>;
}
