/**
 * For a summary of joined tables: what did not match (match-lists.ts), list by list, each with
 * its number, what became of its schools, and each school with its row and key as its table
 * writes it (or why its name matched none or several); the schools closed or not open yet. The
 * "None" line is written only when every list is empty. A summary of one table has no such section.
 */
import { textBlock, type SectionOutput } from "../../../sections";
import type { Block } from "../../../sheet-model";
import { listHeading, schoolText, type MatchList } from "../../join/match-lists";
import type { DistrictContext } from "../context-types";
import type { DistrictSummaryOptions } from "../summary-types";

const HEADING = "Schools not matched across the tables, and schools left out (never matched by position or guessed)";

/** Rows the section takes: none for one table; else the heading, each list's heading and schools (or one "none" line), a blank row. */
export function matchListsSectionRows(options: DistrictSummaryOptions): number {
  const lists = options.joined?.lists;
  if (!lists) return 0;
  const body = lists.length === 0 ? 1 : lists.reduce((n, list) => n + 1 + list.schools.length, 0);
  return 1 + body + 1;
}

function listBlocks(lists: readonly MatchList[], firstRow: number): Block[] {
  const blocks: Block[] = [];
  let row = firstRow;
  for (const list of lists) {
    blocks.push({ row, col: 0, cells: [[listHeading(list)]], style: "header" });
    const cells = list.schools.map((school) => [schoolText(school)]);
    if (cells.length > 0) blocks.push({ row: row + 1, col: 0, cells, style: "warning" });
    row += 1 + cells.length;
  }
  return blocks;
}

export function matchListsSection(context: DistrictContext, startRow: number): SectionOutput {
  const lists = context.options.joined?.lists;
  if (!lists) return { blocks: [], nextRow: startRow };
  const blocks: Block[] = [textBlock(startRow, HEADING, "heading")];
  if (lists.length === 0)
    blocks.push(textBlock(startRow + 1, "None: every school of every table has its row in the others.", "ok"));
  else blocks.push(...listBlocks(lists, startRow + 1));
  return { blocks, nextRow: startRow + matchListsSectionRows(context.options) };
}
