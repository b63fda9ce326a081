/**
 * The district totals: labels in A and live formulas over the schools table's columns in B (each
 * with its number format), previewed from the checked schools. Adding a total is one entry in
 * TOTAL_ROWS.
 */
import { textBlock, type SectionOutput } from "../../../sections";
import type { Block, ModelCell } from "../../../sheet-model";
import type { DistrictContext, SummaryColumnKey } from "../context-types";
import { BELOW_GUIDE_TEXT } from "../summary-columns";
import type { DistrictTotals } from "../summary-types";

/** A schools table column's range of schools: H20:H140. */
type ColumnRange = (key: SummaryColumnKey) => string;

interface TotalRow {
  readonly label: string;
  readonly format: string;
  /** The live formula; absent: the row holds the preview as a plain value. */
  readonly formula?: (range: ColumnRange) => string;
  readonly preview: (totals: DistrictTotals) => string | number;
  /** Only when the table has allocated hours. */
  readonly allocatedOnly?: boolean;
}

const TOTAL_ROWS: readonly TotalRow[] = [
  { label: "Schools in the summary", format: "0", formula: (c) => `=COUNT(${c("guide")})`, preview: (t) => t.schools },
  {
    label: "Total guide hours per week",
    format: "#,##0",
    formula: (c) => `=SUM(${c("guide")})`,
    preview: (t) => t.totalGuideHours,
  },
  {
    label: "Mean guide hours per school",
    format: "0.00",
    formula: (c) => `=IF(COUNT(${c("guide")})=0,"",AVERAGE(${c("guide")}))`,
    preview: (t) => t.meanGuideHours ?? "",
  },
  {
    label: "Median guide hours per school",
    format: "0.0",
    formula: (c) => `=IF(COUNT(${c("guide")})=0,"",MEDIAN(${c("guide")}))`,
    preview: (t) => t.medianGuideHours ?? "",
  },
  {
    label: "Total allocated SENCO hours per week",
    format: "#,##0.0",
    formula: (c) => `=SUM(${c("alloc")})`,
    preview: (t) => t.totalAllocatedHours ?? 0,
    allocatedOnly: true,
  },
  {
    label: "Schools with allocated hours given",
    format: "0",
    formula: (c) => `=COUNT(${c("alloc")})`,
    preview: (t) => t.schoolsWithAllocated,
    allocatedOnly: true,
  },
  {
    label: "Schools below the guide",
    format: "0",
    formula: (c) => `=COUNTIF(${c("flag")},"${BELOW_GUIDE_TEXT}")`,
    preview: (t) => t.belowGuide ?? 0,
    allocatedOnly: true,
  },
  {
    label: "Share of those schools below the guide",
    format: "0.0%",
    formula: (c) => `=IF(COUNT(${c("alloc")})=0,0,COUNTIF(${c("flag")},"${BELOW_GUIDE_TEXT}")/COUNT(${c("alloc")}))`,
    preview: (t) => t.shareBelowGuide ?? 0,
    allocatedOnly: true,
  },
  { label: "Rows with bad data (listed below, not in the totals)", format: "0", preview: (t) => t.badRows },
  {
    label: "Schools left out: closed, not open yet, or no pupils and no budget (listed below)",
    format: "0",
    preview: (t) => t.leftOut,
  },
];

/** Without allocated hours the comparison with the guide is left out, and the sheet says so. */
function noAllocatedNote(joined: boolean): string {
  return joined
    ? "No table gives the allocated SENCO hours: the comparison with the guide is left out."
    : "No allocated SENCO hours column was chosen: the comparison with the guide is left out.";
}

function totalRows(hasAllocated: boolean): readonly TotalRow[] {
  return hasAllocated ? TOTAL_ROWS : TOTAL_ROWS.filter((row) => !row.allocatedOnly);
}

/** Rows the section takes: the heading, the totals, and the note when there are no allocated hours. */
export function totalsSectionRows(hasAllocated: boolean): number {
  return 1 + totalRows(hasAllocated).length + (hasAllocated ? 0 : 1);
}

export function totalsSection(context: DistrictContext, startRow: number): SectionOutput {
  const { letters, layout, totals, hasAllocated } = context;
  const range: ColumnRange = (key) => `${letters[key]}${layout.firstSchoolRow}:${letters[key]}${layout.lastSchoolRow}`;
  const rows = totalRows(hasAllocated);
  // One block per row so each value keeps its own number format.
  const blocks: Block[] = rows.map((row, i) => {
    const value: ModelCell = row.formula
      ? { formula: row.formula(range), preview: row.preview(totals) }
      : row.preview(totals);
    return {
      row: startRow + 1 + i,
      col: 0,
      cells: [[row.label, value]],
      numberFormat: [null, row.format],
      style: "label",
    };
  });
  if (!hasAllocated)
    blocks.push({
      row: startRow + 1 + rows.length,
      col: 0,
      cells: [[noAllocatedNote(context.options.joined !== undefined)]],
      style: "note",
    });
  return {
    blocks: [textBlock(startRow, "District totals", "heading"), ...blocks],
    nextRow: startRow + totalsSectionRows(hasAllocated),
  };
}
