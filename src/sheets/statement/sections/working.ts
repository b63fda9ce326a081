/**
 * The working for the statement's school, step by step as the guidance sets it out (the heading names
 * the school): SEND.SENCOBREAKDOWN's spill from the counts,
 * or, with a register, the codes counted (SEND.SENREGISTERCOUNTS) and each step's points.
 */
import { DEFAULT_SEN_SUPPORT_WEIGHT } from "../../../rules/sen-register-points";
import { countRegister, registerCountRows } from "../../../rules/sen-register";
import { SENCO_BREAKDOWN_LABELS, mobilityHours, sencoBreakdownRows } from "../../../rules/senco-time";
import { attemptRule, formula, rulePreview } from "../../rule-preview";
import { labelRowBlocks, textBlock, type LabelRow, type SectionOutput } from "../../sections";
import type { Block } from "../../sheet-model";
import {
  breakdownFromCounts,
  countsArgs,
  inputRef,
  mobilityRef,
  optionalRef,
  registerWorking,
  type Scalar,
  type StatementContext,
} from "../statement-context";
import { VALUE_COL, abs } from "../statement-layout";

/** Rows of SEND.SENREGISTERCOUNTS's spill: K, E, A, P, S, N and the total. */
const REGISTER_COUNT_ROWS = 7;

export function workingSection(context: StatementContext, startRow: number): SectionOutput {
  const heading = textBlock(
    startRow,
    `The working, as the guidance shows it for ${context.inputs.schoolName}`,
    "heading",
  );
  const body = context.inputs.register
    ? registerWorkingBlocks(context, startRow + 1)
    : countsWorkingBlocks(context, startRow + 1);
  return { blocks: [heading, ...body.blocks], nextRow: body.nextRow };
}

/** A spill's preview rows, or the Excel error text and the rule's message in one row. */
function spillPreview(run: () => Scalar[][]): Scalar[][] {
  const result = attemptRule(run);
  return "value" in result ? result.value : [[result.error, result.message]];
}

/** SEND.SENCOBREAKDOWN over the counts typed in, under its header row. */
function countsWorkingBlocks(context: StatementContext, row: number): SectionOutput {
  const rows = spillPreview(() => sencoBreakdownRows(breakdownFromCounts(context.inputs)));
  const spill: Block = {
    row: row + 1,
    col: 0,
    cells: [[formula(`=SEND.SENCOBREAKDOWN(${countsArgs(context)})`, rows[0]?.[0] ?? "")]],
    numberFormat: [null, "0"],
    spill: { rows: SENCO_BREAKDOWN_LABELS.length, cols: 2, preview: rows },
  };
  return {
    blocks: [{ row, col: 0, cells: [["Step", "Points or hours"]], style: "header" }, spill],
    nextRow: row + 1 + SENCO_BREAKDOWN_LABELS.length + 1,
  };
}

/** The register's codes counted (a spill), then one label row a step of the formula. */
function registerWorkingBlocks(context: StatementContext, row: number): SectionOutput {
  const register = context.inputs.register!;
  const countRows = spillPreview(() => registerCountRows(countRegister(register.cells)));
  const countsTop = row + 1;
  const counts: Block = {
    row: countsTop,
    col: 0,
    cells: [[formula(`=SEND.SENREGISTERCOUNTS(${register.reference})`, countRows[0]?.[0] ?? "")]],
    numberFormat: [null, "0"],
    spill: { rows: REGISTER_COUNT_ROWS, cols: 2, preview: countRows },
  };
  const first = countsTop + REGISTER_COUNT_ROWS;
  const points = registerPointsRows(context, countsTop, first);
  return {
    blocks: [
      { row, col: 0, cells: [["Pupils by SEN provision code", "Pupils"]], style: "header" },
      counts,
      ...labelRowBlocks(points, first),
    ],
    nextRow: first + points.length + 1,
  };
}

/** Each step's points as live formulas over the counts' spill (from `countsTop`), the rows starting on `first`. */
function registerPointsRows(context: StatementContext, countsTop: number, first: number): LabelRow[] {
  const budget = inputRef(context, "notionalSenBudget");
  const weightCell = inputRef(context, "senSupportWeight");
  const mobilityCell = inputRef(context, "pupilMobility");
  // Counts in the spill: K, E, A, P, S, N, on the register (SEND.SENREGISTERCOUNTS's order).
  const count = (index: number) => abs(countsTop + index, VALUE_COL);
  // The guide's own working for A, P and E + S: its rows 2 to 4 are their points (a budget of £0 is
  // refused, so the points are read from the school's budget's breakdown, not from a £0 one).
  const breakdown = `SEND.SENCOBREAKDOWN(${budget},${count(2)},${count(3)},${count(1)}+${count(4)},"")`;
  const working = attemptRule(() => registerWorking(context.inputs));
  const p = (pick: (w: ReturnType<typeof registerWorking>) => number): Scalar =>
    "value" in working ? pick(working.value) : working.error;
  const rows: [string, string, Scalar][] = [
    [SENCO_BREAKDOWN_LABELS[0]!, `=SEND.SENCOPOINTS(${budget},0,0,0)`, p((w) => w.budgetPoints)],
    [
      "SEN support points (K x points for each)",
      `=${count(0)}*IF(${weightCell}="",${DEFAULT_SEN_SUPPORT_WEIGHT},${weightCell})`,
      p((w) => w.senSupportPoints),
    ],
    [SENCO_BREAKDOWN_LABELS[1]!, `=INDEX(${breakdown},2,2)`, p((w) => w.schoolActionPoints)],
    [SENCO_BREAKDOWN_LABELS[2]!, `=INDEX(${breakdown},3,2)`, p((w) => w.schoolActionPlusPoints)],
    ["Statement/EHC plan points ((E + S) x 5)", `=INDEX(${breakdown},4,2)`, p((w) => w.statementPoints)],
    [
      SENCO_BREAKDOWN_LABELS[4]!,
      `=SUM(${abs(first, VALUE_COL)}:${abs(first + 4, VALUE_COL)})`,
      p((w) => w.totalPoints),
    ],
    [
      SENCO_BREAKDOWN_LABELS[5]!,
      `=SEND.SENCOHOURSFROMREGISTER(${budget},${context.inputs.register!.reference},"",${optionalRef(context, "senSupportWeight")})`,
      p((w) => w.hoursFromPoints),
    ],
    [
      SENCO_BREAKDOWN_LABELS[6]!,
      `=IF(${mobilityCell}="",0,SEND.SENCOMOBILITYHOURS(${mobilityRef(context)}))`,
      rulePreview(() => mobilityHours(context.inputs.pupilMobility)),
    ],
    [SENCO_BREAKDOWN_LABELS[7]!, `=${context.guideCell}`, context.guidePreview],
  ];
  return rows.map(([label, text, preview]) => [label, formula(text, preview), "0.##"]);
}
