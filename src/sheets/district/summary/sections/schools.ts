/**
 * The schools table: one row a school that passed, its cells made by the summary's columns
 * (summary-columns.ts): references to the source table and live SEND.SENCOHOURS formulas.
 */
import { expectStartRow, textBlock, type SectionOutput } from "../../../sections";
import type { ModelCell, TableSpec } from "../../../sheet-model";
import { sourceSheetRow } from "../school-rows";
import type { DistrictContext } from "../context-types";

/** The table's rows: one loop over the schools, each cell from its column (no closures made per row). */
function schoolRows(context: DistrictContext): ModelCell[][] {
  const { schools, values } = context.checked;
  const columns = context.columns;
  const rows: ModelCell[][] = new Array(schools.length);
  for (let k = 0; k < schools.length; k += 1) {
    const school = schools[k]!;
    const row = {
      school,
      values: values[k]!,
      sourceRow: sourceSheetRow(context.source, school.index),
      summaryRow: context.layout.firstSchoolRow + k,
    };
    const cells: ModelCell[] = new Array(columns.length);
    for (let c = 0; c < columns.length; c += 1) cells[c] = columns[c]!.cell(context, row);
    rows[k] = cells;
  }
  return rows;
}

export function schoolsSection(context: DistrictContext, startRow: number): SectionOutput {
  // The totals and the chart data refer to this table's rows, worked out before the sections.
  expectStartRow("schools", startRow, context.layout.schoolsHeadingRow);
  const tableRow = startRow + 1;
  const heading = textBlock(startRow, "Schools", "heading");
  const nextRow = tableRow + 1 + Math.max(context.checked.schools.length, 1) + 1;
  if (context.checked.schools.length === 0) {
    const none = textBlock(tableRow, "No school has usable data: see the rows with bad data above.", "warning");
    return { blocks: [heading, none], nextRow };
  }
  const table: TableSpec = {
    name: "DistrictSummary",
    row: tableRow,
    col: 0,
    headers: context.columns.map((c) => c.header),
    rows: schoolRows(context),
    numberFormat: context.columns.map((c) => c.format),
  };
  return { blocks: [heading], tables: [table], nextRow };
}
