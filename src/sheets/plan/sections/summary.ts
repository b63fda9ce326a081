/**
 * The summary: route, months, planned end, workshops, price, the employer's cash cost and the
 * off-the-job minimum, each a live formula over the inputs, with a note beside a figure that
 * needs one (column C).
 */
import { formatSerialDdMmYyyy, ymdFromSerial } from "../../../rules/excel-dates";
import { PUBLISHED_HOURS_FROM } from "../../../rules/off-the-job";
import { SLMDA_ROUTES } from "../../../rules/slmda-programme";
import { DATE_FORMAT, HOURS_FORMAT, MONEY_FORMAT } from "../../number-format";
import { formula, previewOf } from "../../rule-preview";
import { textBlock, type SectionOutput } from "../../sections";
import type { Block, ModelCell, NamedCell } from "../../sheet-model";
import type { PlanContext } from "../plan-context";
import type { PlanFigures } from "../plan-figures";
import type { PlanInputs } from "../plan-fields";
import { employerCostReason } from "../funding-reason";
import { fundingArgs, fundingInputsUnchanged, inputCell, literal, monthsFormula, optionalRef } from "../plan-layout";
import { yesFormula } from "../../yes-no";

/** What the off-the-job figure shows when the standard's published hours are needed and not given. */
export const NO_PUBLISHED_FIGURE = "No figure: see the note";
/** What the weekly figure shows when the rule is a total for the standard, not a weekly share. */
export const NOT_WEEKLY = "Not a weekly rule: see the note";

/** The cost's note once the funding inputs on the sheet differ from those it was written for. */
export const COST_REASON_CHANGED =
  "The funding inputs have changed since this note was written: Update plan gives the reason for the figure now.";

type Scalar = string | number | boolean;
/** A summary row: label, the live figure, its number format and the note beside it. */
type SummaryRow = [string, ModelCell, string | null, ModelCell?];

export function summarySection(context: PlanContext, startRow: number): SectionOutput {
  const rows = [...programmeRows(context), ...costRows(context), ...offTheJobRows(context)];
  // Every row has the note column (blank for most) so the preview's table is three columns wide.
  const blocks: Block[] = rows.map(([label, cell, format, note], i) => ({
    row: startRow + 1 + i,
    col: 0,
    cells: [[label, cell, note ?? null]],
    numberFormat: [null, format, null],
    style: "label",
  }));
  const names = rows.flatMap(([label], i): NamedCell[] => {
    const named = SUMMARY_NAMES[label];
    return named ? [{ name: named[0], comment: named[1], row: startRow + 1 + i, col: 1, scope: "sheet" }] : [];
  });
  return {
    blocks: [textBlock(startRow, "Summary", "heading"), ...blocks],
    names,
    nextRow: startRow + 1 + rows.length + 1,
  };
}

/**
 * The summary's figures users link to, by row label: a name of the plan sheet's own (one plan a
 * sheet), named from another sheet as 'Priya Sharma'!Plan_EmployerCashCost.
 */
const SUMMARY_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  Months: ["Plan_Months", "The apprenticeship's planned months, on this plan."],
  "Planned end": ["Plan_PlannedEnd", "The planned end date, on this plan."],
  Price: ["Plan_Price", "The price agreed with the training provider, on this plan."],
  "Employer cash cost": ["Plan_EmployerCashCost", "What the school pays in cash, on this plan."],
  "Off-the-job minimum over the planned months (hours)": [
    "Plan_OffTheJobHours",
    "The off-the-job minimum over the planned months, in hours, on this plan.",
  ],
};

function programmeRows({ figures }: PlanContext): SummaryRow[] {
  const nasenco = inputCell("nasencoCompleted");
  return [
    [
      "Route",
      formula(
        `=IF(${yesFormula(nasenco)},${literal(SLMDA_ROUTES.nasenco.name)},${literal(SLMDA_ROUTES.full.name)})`,
        SLMDA_ROUTES[figures.route].name,
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
  ];
}

/** The employer's cash cost for the preview, or the funding rule's error text. */
export function cashCostPreview(figures: PlanFigures): Scalar {
  return "value" in figures.funding ? figures.funding.value.employerCashCost : figures.funding.error;
}

/**
 * Why the employer pays what it does, beside the cost: the reason while the funding inputs on the
 * sheet are those it was written for, and a pointer to Update plan once they change (a reason kept
 * beside a figure it no longer explains would be wrong).
 */
function costReason({ inputs, figures }: PlanContext): ModelCell {
  if (!("value" in figures.funding)) return null;
  const reason = employerCostReason(inputs, figures.funding.value);
  return formula(`=IF(${fundingInputsUnchanged(inputs)},${literal(reason)},${literal(COST_REASON_CHANGED)})`, reason);
}

function costRows(context: PlanContext): SummaryRow[] {
  return [
    ["Price", formula(`=${inputCell("price")}`, context.inputs.price), MONEY_FORMAT],
    [
      "Employer cash cost",
      formula(`=SEND.SLMDAEMPLOYERCOST(${fundingArgs()})`, cashCostPreview(context.figures)),
      MONEY_FORMAT,
      costReason(context),
    ],
  ];
}

function offTheJobRows({ inputs, figures }: PlanContext): SummaryRow[] {
  const startCell = inputCell("startSerial");
  const from = ymdFromSerial(PUBLISHED_HOURS_FROM);
  const publishedFrom = `DATE(${from.year},${from.month},${from.day})`;
  const otj = otjSummary(inputs, figures);
  const published = inputCell("publishedOffTheJobHours");
  return [
    [
      "Off-the-job minimum over the planned months (hours)",
      formula(
        `=IF(${startCell}<${publishedFrom},SEND.SLMDAOFFTHEJOBHOURS(${inputCell("weeklyHours")},${monthsFormula()},${optionalRef("weeksPerYear")},${startCell}),IF(${published}="",${literal(NO_PUBLISHED_FIGURE)},${published}))`,
        otj.otjTotalPreview,
      ),
      HOURS_FORMAT,
      otj.otjTotalNote,
    ],
    [
      "Off-the-job minimum per working week (hours)",
      // 12 months at 1 week a year: the weekly minimum, from the same function.
      formula(
        `=IF(${startCell}<${publishedFrom},SEND.SLMDAOFFTHEJOBHOURS(${inputCell("weeklyHours")},12,1,${startCell}),${literal(NOT_WEEKLY)})`,
        otj.otjWeeklyPreview,
      ),
      HOURS_FORMAT,
      otj.otjWeeklyNote,
    ],
  ];
}

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
