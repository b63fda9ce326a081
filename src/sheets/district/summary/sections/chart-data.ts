/**
 * The chart data: schools by whole SENCO hours per week, guide (and allocated), as live COUNTIFS
 * over the schools table, and the column chart of it, placed beside the totals.
 */
import { columnLetters } from "../../../a1-address";
import { textBlock, type SectionOutput } from "../../../sections";
import type { ChartSpec, ModelCell } from "../../../sheet-model";
import type { DistrictContext } from "../context-types";
import type { HoursBin, SchoolResult } from "../summary-types";

/** Chart bins: whole hours 0 .. MAX_BIN-1, then "MAX_BIN+" (MAX_BIN or more). */
const MAX_BIN = 12;

function maxAllocatedBin(schools: readonly SchoolResult[]): number {
  let max = 0;
  for (const s of schools)
    if (s.allocatedHours !== undefined && s.allocatedHours > max) max = Math.floor(s.allocatedHours);
  return max;
}

/** Whole-hour bins the data needs (at least 1, at most MAX_BIN), before the "or more" bin. */
export function chartBinCount(schools: readonly SchoolResult[]): number {
  let maxGuide = 0;
  for (const s of schools) if (s.guideHours > maxGuide) maxGuide = s.guideHours;
  return Math.max(1, Math.min(MAX_BIN, Math.max(maxGuide, maxAllocatedBin(schools)) + 1));
}

/** Rows the section takes: heading, header, one row a bin and the "or more" row, then a blank row. */
export function chartDataSectionRows(binCount: number): number {
  return 1 + 1 + (binCount + 1) + 1;
}

/** A bin's label, the same on the sheet's chart data (and so its chart) and the pane's chart: "0", "1", ..., "12+". */
export function binLabel(bin: number, binCount: number): string {
  return bin === binCount ? `${bin}+` : String(bin);
}

/**
 * Schools in each bin of whole hours a week (0 to `binCount` - 1, then `binCount` or more), by
 * guide and by allocated hours: the chart data's previews and the pane's chart, one truth.
 */
export function hoursBins(schools: readonly SchoolResult[], binCount: number): HoursBin[] {
  const guide = new Array<number>(binCount + 1).fill(0);
  const allocated = new Array<number>(binCount + 1).fill(0);
  for (const s of schools) {
    guide[Math.min(Math.floor(s.guideHours), binCount)]! += 1;
    if (s.allocatedHours !== undefined) allocated[Math.min(Math.floor(s.allocatedHours), binCount)]! += 1;
  }
  return guide.map((g, b) => ({ label: binLabel(b, binCount), guide: g, allocated: allocated[b]! }));
}

function binRows(context: DistrictContext): ModelCell[][] {
  const { binCount, hasAllocated, letters, layout } = context;
  const range = (letter: string | undefined) => `${letter}${layout.firstSchoolRow}:${letter}${layout.lastSchoolRow}`;
  const guideRange = range(letters.guide);
  const allocRange = range(letters.alloc);
  const bins = hoursBins(context.checked.schools, binCount);
  return bins.map((bin, b) => {
    const lastBin = b === binCount;
    const countFormula = (r: string): string =>
      lastBin ? `=COUNTIFS(${r},">=${b}")` : `=COUNTIFS(${r},">=${b}",${r},"<${b + 1}")`;
    const cells: ModelCell[] = [bin.label, { formula: countFormula(guideRange), preview: bin.guide }];
    if (hasAllocated) cells.push({ formula: countFormula(allocRange), preview: bin.allocated });
    return cells;
  });
}

/** The chart data's first header: what the bins count ("12+" is 12 or more). */
export const BIN_HEADER = "Whole hours per week";

export function chartDataSection(context: DistrictContext, startRow: number): SectionOutput {
  const { hasAllocated, binCount } = context;
  const header: ModelCell[] = hasAllocated
    ? [BIN_HEADER, "Schools at this guide", "Schools with this allocation"]
    : [BIN_HEADER, "Schools at this guide"];
  const headerRow = startRow + 1;
  const chart: ChartSpec = {
    type: "ColumnClustered",
    title: hasAllocated
      ? "Schools by SENCO hours per week: guide and allocated"
      : "Schools by guide SENCO hours per week",
    dataRange: `A${headerRow + 1}:${columnLetters(header.length - 1)}${headerRow + 1 + binCount + 1}`,
    row: context.layout.totalsHeadingRow,
    col: 4,
  };
  return {
    blocks: [
      textBlock(startRow, "Schools by SENCO hours per week (chart data)", "heading"),
      { row: headerRow, col: 0, cells: [header], style: "header" },
      { row: headerRow + 1, col: 0, cells: binRows(context), numberFormat: [null, "0", "0"] },
    ],
    // A summary without schools has no chart (its data would be all zeros).
    charts: context.checked.schools.length > 0 ? [chart] : [],
    nextRow: startRow + chartDataSectionRows(binCount),
  };
}
