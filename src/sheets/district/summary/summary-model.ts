/**
 * The district summary as a pure model: one row per school, referencing the source table's
 * cells, with the guide hours as live SEND.SENCOHOURS formulas (previews from the same rule),
 * the allocated hours, the difference and a below-guide flag; the district totals as live
 * formulas; a chart of schools by hours; and every row with bad data, with its reason.
 *
 * The rows are checked first (school-rows.ts, with the coercers SEND.SENCOHOURS uses), then the
 * sheet is the fold of its sections. Pure: no DOM, no Office. Fast enough for 24,000 schools.
 */
import { cellAddress } from "../../a1-address";
import { foldSections, type Section } from "../../sections";
import type { SheetModel } from "../../sheet-model";
import type { ColumnMapping } from "../read/header-detection";
import type { DistrictSource } from "../read/read-types";
import type { DistrictContext } from "./context-types";
import { districtContext } from "./summary-context";
import type { DistrictSummary, DistrictSummaryOptions } from "./summary-types";
import { titleSection } from "./sections/title";
import { totalsSection } from "./sections/totals";
import { chartDataSection } from "./sections/chart-data";
import { badRowsSection } from "./sections/bad-rows";
import { matchListsSection } from "./sections/match-lists";
import { leftOutSection } from "./sections/left-out";
import { nameMatchesSection } from "./sections/name-matches";
import { hoursBins } from "./sections/chart-data";
import { schoolsSection } from "./sections/schools";

/** The summary's sections, top to bottom: each a function of the context and its start row. */
export const DISTRICT_SECTIONS: readonly Section<DistrictContext>[] = [
  titleSection,
  totalsSection,
  chartDataSection,
  badRowsSection,
  leftOutSection,
  nameMatchesSection,
  matchListsSection,
  schoolsSection,
];

/**
 * Build the district summary. `mapping` gives the column (within source.headers) of each field;
 * it must have a name or URN, the budget, School Action / SEN support and statements / EHC plans.
 */
export function buildDistrictSummary(
  source: DistrictSource,
  mapping: ColumnMapping,
  options: DistrictSummaryOptions = {},
): DistrictSummary {
  const context = districtContext(source, mapping, options);
  const { blocks, tables, charts } = foldSections(DISTRICT_SECTIONS, context);
  const model: SheetModel = {
    title: options.title ?? "District summary",
    blocks,
    tables,
    charts,
    columnWidths: context.columns.map((c, i) => (i === 0 ? Math.max(c.width, 260) : c.width)),
  };
  const { schools, badRows, leftOut } = context.checked;
  return {
    model,
    schools,
    badRows,
    leftOut,
    totals: context.totals,
    bins: hoursBins(schools, context.binCount),
    hasAllocated: context.hasAllocated,
  };
}

/** The first school's row on the summary sheet (1-based), for messages and tests. */
export function summaryCell(summary: DistrictSummary, schoolIndex: number, column: number): string {
  const table = summary.model.tables?.[0];
  if (!table) throw new Error("The summary has no schools table.");
  return cellAddress(table.row + 1 + schoolIndex, table.col + column);
}
