/**
 * The rows with bad data, left out of the summary until fixed: where the row is, the school and
 * the reason. For one table, its row on the source sheet (live, so sorting the table keeps it
 * right); for joined tables, its row in each, as read.
 */
import { textBlock, type SectionOutput } from "../../../sections";
import type { Block, ModelCell } from "../../../sheet-model";
import type { DistrictContext } from "../context-types";

/** Rows the section takes: heading, the "none" line or a header and the rows, then two blank rows. */
export function badRowsSectionRows(badRows: number): number {
  return 1 + (badRows === 0 ? 1 : badRows + 1) + 2;
}

/**
 * One table: the bad row's row on its sheet, live (ROW of the cell its MATCH finds), so the list
 * still names the right row after the table is sorted; its row as read where nothing finds it alone.
 */
function sourceRowCell(context: DistrictContext, index: number, sheetRow: number): ModelCell {
  const match = context.lookups.rows[0]?.formulas[index];
  const range = context.lookups.fields[0]?.valueRange;
  if (match === undefined || range === undefined) return sheetRow;
  return { formula: `=ROW(INDEX(${range},${match.slice(1)}))`, preview: sheetRow };
}

export function badRowsSection(context: DistrictContext, startRow: number): SectionOutput {
  const badRows = context.checked.badRows;
  const whereRow = context.options.joined?.whereRow;
  const blocks: Block[] = [textBlock(startRow, "Rows with bad data (left out of the summary until fixed)", "heading")];
  if (badRows.length === 0) {
    blocks.push(textBlock(startRow + 1, "None: every row with data is in the summary.", "ok"));
  } else {
    const cells: ModelCell[][] = new Array(badRows.length);
    for (let i = 0; i < badRows.length; i += 1) {
      const b = badRows[i]!;
      cells[i] = [whereRow ? whereRow(b.index) : sourceRowCell(context, b.index, b.sheetRow), b.name, b.reason];
    }
    blocks.push(
      {
        row: startRow + 1,
        col: 0,
        cells: [[whereRow ? "Rows in the tables" : "Source row", "School", "Reason"]],
        style: "header",
      },
      { row: startRow + 2, col: 0, cells, numberFormat: ["0", null, null], style: "warning" },
    );
  }
  return { blocks, nextRow: startRow + badRowsSectionRows(badRows.length) };
}
