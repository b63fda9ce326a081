/** The guide and the time allocated: the guide's live formula, the hours allocated, the gap and a plain sentence. */
import { formula } from "../../rule-preview";
import { expectStartRow, labelRowsSection, type LabelRow, type SectionOutput } from "../../sections";
import { countsArgs, inputRef, mobilityRef, optionalRef, type StatementContext } from "../statement-context";
import type { NamedCell } from "../../sheet-model";
import { HOURS_VALUE_FORMAT, VALUE_COL } from "../statement-layout";

/** How a number reads in the sentence (as Excel's & shows a ROUNDed number: no trailing zeros). */
function numberWords(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The plain sentence under the guide, as the sheet's formula words it: "The guide is 5 hours a
 * week; the school allocates 4: 1 hour below the guide."
 */
export function gapSentence(guide: number, allocated: number): string {
  const gap = Math.round(Math.abs(allocated - guide) * 100) / 100;
  const hours = (n: number) => `${numberWords(n)} hour${n === 1 ? "" : "s"}`;
  const tail = gap === 0 ? "the same as the guide" : `${hours(gap)} ${allocated < guide ? "below" : "above"} the guide`;
  return `The guide is ${hours(guide)} a week; the school allocates ${numberWords(allocated)}: ${tail}.`;
}

/** The same sentence as an Excel formula over the guide and allocated cells. */
function gapSentenceFormula(guide: string, allocated: string): string {
  const gap = `ROUND(ABS(${allocated}-${guide}),2)`;
  return (
    `="The guide is "&ROUND(${guide},2)&" hour"&IF(${guide}=1,"","s")&" a week; the school allocates "&ROUND(${allocated},2)&": "&` +
    `IF(${gap}=0,"the same as the guide",${gap}&" hour"&IF(${gap}=1,"","s")&IF(${allocated}<${guide}," below"," above")&" the guide")&"."`
  );
}

/** The guide's live formula: from the register's codes, or from the counts typed in. */
export function guideFormula(context: StatementContext): string {
  const register = context.inputs.register;
  if (!register) return `=SEND.SENCOHOURS(${countsArgs(context)})`;
  const budget = inputRef(context, "notionalSenBudget");
  const weight = optionalRef(context, "senSupportWeight");
  return `=SEND.SENCOHOURSFROMREGISTER(${budget},${register.reference},${mobilityRef(context)},${weight})`;
}

export function guideSection(context: StatementContext, startRow: number): SectionOutput {
  // The working and the cost refer to the guide's and the allocated hours' cells.
  expectStartRow("guide", startRow, context.guideHeadingRow);
  const { inputs, guideCell, allocatedCell, guidePreview } = context;
  const difference = typeof guidePreview === "number" ? inputs.allocatedHours - guidePreview : guidePreview;
  const rows: LabelRow[] = [
    ["Guide: minimum SENCO hours a week", formula(guideFormula(context), guidePreview), "0"],
    [
      "Hours allocated a week now",
      formula(`=${inputRef(context, "allocatedHours")}`, inputs.allocatedHours),
      HOURS_VALUE_FORMAT,
    ],
    ["Allocated minus guide (hours a week)", formula(`=${allocatedCell}-${guideCell}`, difference), HOURS_VALUE_FORMAT],
  ];
  const sentence = formula(
    gapSentenceFormula(guideCell, allocatedCell),
    typeof guidePreview === "number" ? gapSentence(guidePreview, inputs.allocatedHours) : guidePreview,
  );
  const section = labelRowsSection("The guide and the time allocated", rows, [sentence], startRow);
  return { ...section, names: statementNames(startRow + 1, GUIDE_NAMES) };
}

/** The workbook names of the guide section's figures, row by row (one statement in a workbook: workbook scope). */
const GUIDE_NAMES = [
  ["Statement_GuideHours", "The guide: minimum SENCO hours a week, on the SENCO time statement."],
  ["Statement_AllocatedHours", "SENCO hours allocated a week now, on the SENCO time statement."],
  ["Statement_AllocatedMinusGuide", "Hours allocated minus the guide, a week, on the SENCO time statement."],
] as const;

/** Workbook names for the values in column B of the rows from `first`, one a row. */
export function statementNames(first: number, names: readonly (readonly [string, string])[]): NamedCell[] {
  return names.map(([name, comment], i) => ({ name, comment, row: first + i, col: VALUE_COL, scope: "workbook" }));
}
