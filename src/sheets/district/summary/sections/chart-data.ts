/**
 * The chart data: schools by whole SENCO hours per week, guide (and allocated), as live COUNTIFS
 * over the schools table, and the column chart of it, placed beside the totals.
 */
import { columnLetters } from "../../../a1-address";
import { textBlock, type SectionOutput } from "../../../sections";
import type { ChartSpec, ModelCell } from "../../../sheet-model";
import type { DistrictContext } from "../context-types";
import type { SchoolResult } from "../summary-types";

/** Chart bins: whole hours 0 .. MAX_BIN-1, then "MAX_BIN or more". */
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

/** How many schools fall in each bin, by guide and by allocated hours (the previews). */
function binCounts(schools: readonly SchoolResult[], binCount: number): { guide: number[]; allocated: number[] } {
  const guide: number[] = [];
  const allocated: number[] = [];
  for (const s of schools) {
    const g = Math.min(s.guideHours, binCount);
    guide[g] = (guide[g] ?? 0) + 1;
    if (s.allocatedHours !== undefined) {
      const a = Math.min(Math.floor(s.allocatedHours), binCount);
      allocated[a] = (allocated[a] ?? 0) + 1;
    }
  }
  return { guide, allocated };
}

function binRows(context: DistrictContext): ModelCell[][] {
  const { binCount, hasAllocated, letters, layout } = context;
  const range = (letter: string | undefined) => `${letter}${layout.firstSchoolRow}:${letter}${layout.lastSchoolRow}`;
  const guideRange = range(letters.guide);
  const allocRange = range(letters.alloc);
  const counts = binCounts(context.checked.schools, binCount);
  const rows: ModelCell[][] = [];
  for (let b = 0; b <= binCount; b += 1) {
    const lastBin = b === binCount;
    const label = lastBin ? `${b} or more` : b === 0 ? "Under 1" : `${b} to under ${b + 1}`;
    const countFormula = (r: string): string =>
      lastBin ? `=COUNTIFS(${r},">=${b}")` : `=COUNTIFS(${r},">=${b}",${r},"<${b + 1}")`;
    const cells: ModelCell[] = [label, { formula: countFormula(guideRange), preview: counts.guide[b] ?? 0 }];
    if (hasAllocated) cells.push({ formula: countFormula(allocRange), preview: counts.allocated[b] ?? 0 });
    rows.push(cells);
  }
  return rows;
}

export function chartDataSection(context: DistrictContext, startRow: number): SectionOutput {
  const { hasAllocated, binCount } = context;
  const header: ModelCell[] = hasAllocated
    ? ["Hours per week", "Schools at this guide", "Schools with this allocation"]
    : ["Hours per week", "Schools at this guide"];
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
