/**
 * The columns of the district summary's schools table, left to right: each with its header,
 * number format and width, the source column it needs (the summary has the column only when the
 * user's table has that one), and how it makes one school's cell: a reference to the source
 * table, or a live formula over the row's own cells, with its preview. Adding a column is one
 * entry here.
 */
import type { ModelCell } from "../sheet-model";
import type { DistrictField } from "./header-detection";
import type { SchoolValues } from "./school-rows";
import type { DistrictContext } from "./summary-context";
import type { SchoolResult } from "./summary-types";

export const BELOW_GUIDE_TEXT = "Below guide";
export const NOT_GIVEN_TEXT = "Not given";

export type SummaryColumnKey =
  "name" | "urn" | "budget" | "sa" | "sap" | "st" | "mob" | "guide" | "alloc" | "diff" | "flag";

/** One school's row, as its cells see it. */
export interface SchoolRow {
  readonly school: SchoolResult;
  readonly values: SchoolValues;
  /** 1-based row of the school on the source sheet. */
  readonly sourceRow: number;
  /** 1-based row of the school on the summary sheet. */
  readonly summaryRow: number;
}

export interface SummaryColumn {
  readonly key: SummaryColumnKey;
  readonly header: string;
  readonly format: string | null;
  readonly width: number;
  /** The summary has this column only when the user's table has this field's column; absent: always. */
  readonly needs?: DistrictField;
  readonly cell: (context: DistrictContext, row: SchoolRow) => ModelCell;
}

/** The source table's cell of a field in this school's row: 'Schools'!C12. */
function sourceCell(context: DistrictContext, field: DistrictField, row: SchoolRow): string {
  return `${context.sourceColumns[field]}${row.sourceRow}`;
}

/** This school's cell in another summary column: H12. */
function summaryCell(context: DistrictContext, key: SummaryColumnKey, row: SchoolRow): string {
  return `${context.letters[key]}${row.summaryRow}`;
}

/** A plain reference to the source cell, previewing the checked value. */
function referenceCell(field: DistrictField, value: (v: SchoolValues) => number) {
  return (context: DistrictContext, row: SchoolRow): ModelCell => ({
    formula: `=${sourceCell(context, field, row)}`,
    preview: value(row.values),
  });
}

function nameCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const name = context.source.rows[row.school.index]![context.mapping.name!];
  return { formula: `=${sourceCell(context, "name", row)}&""`, preview: String(name ?? "") };
}

function urnCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const urn = context.source.rows[row.school.index]![context.mapping.urn!];
  return {
    formula: `=${sourceCell(context, "urn", row)}`,
    preview: typeof urn === "number" || typeof urn === "string" ? urn : "",
  };
}

/** Mobility: blank stays blank; whole percentages (13) are divided by 100 when the column holds them. */
function mobilityCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const ref = sourceCell(context, "mobility", row);
  return {
    formula: context.mobilityPercent
      ? `=IF(ISBLANK(${ref}),"",IF(ISNUMBER(${ref}),${ref}/100,${ref}))`
      : `=IF(ISBLANK(${ref}),"",${ref})`,
    preview: row.values.mob ?? "",
  };
}

/** The guide: SEND.SENCOHOURS over the row's own cells (0 for a missing School Action Plus). */
function guideCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const { letters } = context;
  const r = row.summaryRow;
  const plus = letters.sap !== undefined ? `${letters.sap}${r}` : "0";
  const mobility = letters.mob !== undefined ? `,${letters.mob}${r}` : "";
  return {
    formula: `=SEND.SENCOHOURS(${letters.budget}${r},${letters.sa}${r},${plus},${letters.st}${r}${mobility})`,
    preview: row.school.guideHours,
  };
}

function allocatedCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const ref = sourceCell(context, "allocated", row);
  return { formula: `=IF(ISBLANK(${ref}),"",--${ref})`, preview: row.values.alloc ?? "" };
}

function differenceCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const a = summaryCell(context, "alloc", row);
  const alloc = row.values.alloc;
  return {
    formula: `=IF(${a}="","",${a}-${summaryCell(context, "guide", row)})`,
    preview: alloc === undefined ? "" : Math.round((alloc - row.school.guideHours) * 1e6) / 1e6,
  };
}

function belowGuideCell(context: DistrictContext, row: SchoolRow): ModelCell {
  const a = summaryCell(context, "alloc", row);
  return {
    formula: `=IF(${a}="","${NOT_GIVEN_TEXT}",IF(${a}<${summaryCell(context, "guide", row)},"${BELOW_GUIDE_TEXT}",""))`,
    preview: row.values.alloc === undefined ? NOT_GIVEN_TEXT : row.school.belowGuide ? BELOW_GUIDE_TEXT : "",
  };
}

export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { key: "name", header: "School", format: null, width: 220, needs: "name", cell: nameCell },
  { key: "urn", header: "URN", format: "0", width: 60, needs: "urn", cell: urnCell },
  {
    key: "budget",
    header: "Notional SEN budget",
    format: "£#,##0",
    width: 90,
    cell: referenceCell("budget", (v) => v.budget),
  },
  {
    key: "sa",
    header: "School Action or SEN support (K)",
    format: "0",
    width: 80,
    cell: referenceCell("schoolAction", (v) => v.sa),
  },
  {
    key: "sap",
    header: "School Action Plus",
    format: "0",
    width: 70,
    needs: "schoolActionPlus",
    cell: referenceCell("schoolActionPlus", (v) => v.sap),
  },
  {
    key: "st",
    header: "Statements or EHC plans (E)",
    format: "0",
    width: 80,
    cell: referenceCell("statements", (v) => v.st),
  },
  { key: "mob", header: "Pupil mobility", format: "0%", width: 60, needs: "mobility", cell: mobilityCell },
  { key: "guide", header: "Guide hours per week (SEND.SENCOHOURS)", format: "0", width: 90, cell: guideCell },
  { key: "alloc", header: "Allocated SENCO hours", format: "0.0", width: 80, needs: "allocated", cell: allocatedCell },
  {
    key: "diff",
    header: "Difference (allocated minus guide)",
    format: "+0.0;-0.0;0.0",
    width: 90,
    needs: "allocated",
    cell: differenceCell,
  },
  { key: "flag", header: "Below guide?", format: null, width: 80, needs: "allocated", cell: belowGuideCell },
];
