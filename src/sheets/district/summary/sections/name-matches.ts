/**
 * For a summary of tables matched by name: which schools were matched by name, each with both
 * names and both rows, as the user accepted them in the task pane, so anyone reading the sheet
 * can check them. No table matched by name: no section.
 */
import { counted } from "../../../number-format";
import { textBlock, type SectionOutput } from "../../../sections";
import type { Block } from "../../../sheet-model";
import type { DistrictContext } from "../context-types";
import type { DistrictSummaryOptions } from "../summary-types";

const HEADING = "Schools matched by name (accepted in the task pane)";

/** Rows the section takes: none without a table matched by name; else the heading, each table's line and matches, a blank row. */
export function nameMatchesSectionRows(options: DistrictSummaryOptions): number {
  const tables = options.joined?.nameMatches ?? [];
  if (tables.length === 0) return 0;
  return 1 + tables.reduce((n, m) => n + 1 + m.matches.length, 0) + 1;
}

export function nameMatchesSection(context: DistrictContext, startRow: number): SectionOutput {
  const tables = context.options.joined?.nameMatches ?? [];
  if (tables.length === 0) return { blocks: [], nextRow: startRow };
  const blocks: Block[] = [textBlock(startRow, HEADING, "heading")];
  let row = startRow + 1;
  for (const m of tables) {
    const line = `${m.table} matched to ${m.spine} by school name: ${counted(m.matches.length, "school")}`;
    blocks.push({ row, col: 0, cells: [[line]], style: "header" });
    if (m.matches.length > 0)
      blocks.push({ row: row + 1, col: 0, cells: m.matches.map((text) => [text]), style: "note" });
    row += 1 + m.matches.length;
  }
  return { blocks, nextRow: startRow + nameMatchesSectionRows(context.options) };
}
