/**
 * The schools left out of the summary and why, which are neither bad data nor other LAs' schools:
 * closed or not open yet on the summary's date (one table's status or close-date column; a join
 * lists its own with what did not match), and schools with no pupils and no budget, which would
 * otherwise show 0 hours. None: no section.
 */
import { textBlock, type SectionOutput } from "../../../sections";
import type { Block, ModelCell } from "../../../sheet-model";
import type { DistrictContext } from "../context-types";

const HEADING = "Schools left out (closed, not open yet, or no pupils and no budget)";

/** Rows the section takes: none when no school is left out; else the heading, a header, the schools and a blank row. */
export function leftOutSectionRows(leftOut: number): number {
  return leftOut === 0 ? 0 : 1 + 1 + leftOut + 1;
}

export function leftOutSection(context: DistrictContext, startRow: number): SectionOutput {
  const leftOut = context.checked.leftOut;
  if (leftOut.length === 0) return { blocks: [], nextRow: startRow };
  const whereRow = context.options.joined?.whereRow;
  const cells: ModelCell[][] = leftOut.map((s) => [whereRow ? whereRow(s.index) : s.sheetRow, s.name, s.reason]);
  const blocks: Block[] = [
    textBlock(startRow, HEADING, "heading"),
    {
      row: startRow + 1,
      col: 0,
      cells: [[whereRow ? "Rows in the tables" : "Source row (as read)", "School", "Why"]],
      style: "header",
    },
    { row: startRow + 2, col: 0, cells, numberFormat: ["0", null, null], style: "note" },
  ];
  return { blocks, nextRow: startRow + leftOutSectionRows(leftOut.length) };
}
