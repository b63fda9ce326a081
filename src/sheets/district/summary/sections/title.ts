/**
 * The summary's title, its source and how to read it: the tables it reads, where, and how each
 * school is found in them (one line a table), so its lookups can be followed; how many schools
 * are read from their rows as read (a snapshot); which tables were matched by name.
 */
import { counted } from "../../../number-format";
import { noteBlock, textBlock, type SectionOutput } from "../../../sections";
import { waysText, type JoinLookups } from "../../join/lookups";
import type { DistrictContext } from "../context-types";
import type { DistrictSummaryOptions } from "../summary-types";

const SEN_SUPPORT_NOTE =
  "SEN support (K) pupils are counted like School Action (x 1), the default of SEND.SENCOHOURSFROMREGISTER; the guide is a floor.";

/** The one table's line: looked up by its keys or names, or a snapshot of its rows as read. */
function oneTableNotes(source: string, lookups: JoinLookups): string[] {
  const row = lookups.rows[0]!;
  const found = row.ways.filter((w) => w !== undefined && w !== "row");
  if (found.length === 0)
    return [
      `Source: ${source}. No URN, LAESTAB or school name tells its schools apart, so this summary is a snapshot of the rows as read: after sorting, inserting or deleting rows there, build it again.`,
    ];
  return [
    `Source: ${source}. Each school's inputs are looked up in it by its ${waysText(found)} (a MATCH for its row, then INDEX for each input), so sorting it, or inserting or deleting rows, keeps every figure right; if a school's ${waysText(found)} is changed there, build the summary again.`,
  ];
}

/** "Budget 2025-26: 3 schools read from their rows as read ...": one line a table with such schools. */
function snapshotNotes(lookups: JoinLookups, labels: (t: number) => string): string[] {
  return lookups.rows
    .filter((row) => row.snapshots > 0)
    .map(
      (row) =>
        `${labels(row.table)}: ${counted(row.snapshots, "school")} read from the rows as read (no URN, LAESTAB or name finds each alone), a snapshot: after sorting or inserting rows there, build the summary again.`,
    );
}

/** The note lines under the title. */
function titleNotes(options: DistrictSummaryOptions, sheetName: string, lookups: JoinLookups): string[] {
  const source = options.sourceLabel ?? sheetName;
  const joined = options.joined;
  if (!joined) {
    const label = options.table?.label ?? sheetName;
    const snapshots = lookups.rows[0]!.ways.some((w) => w !== undefined && w !== "row")
      ? snapshotNotes(lookups, () => label)
      : [];
    return [...oneTableNotes(source, lookups), ...snapshots, SEN_SUPPORT_NOTE];
  }
  const labels = (t: number): string => joined.tableLabels[t] ?? `table ${t + 1}`;
  return [
    `Source: ${source}. Each school's inputs are looked up in these tables by its key or name (a MATCH for its row in each table, then INDEX for each input), so a value corrected in a table flows through; if a key or name is changed in a table, build the summary again:`,
    ...joined.lookups.readsFrom,
    ...snapshotNotes(joined.lookups, labels),
    ...joined.nameMatches.map(
      (m) =>
        `${m.table} is matched to ${m.spine} by school name: ${counted(m.matches.length, "match", "matches")} accepted in the task pane (listed below, under "Schools matched by name").`,
    ),
    SEN_SUPPORT_NOTE,
  ];
}

/** Rows the title section takes: the title and its note lines. */
export function titleSectionRows(options: DistrictSummaryOptions, lookups: JoinLookups): number {
  return 1 + titleNotes(options, "", lookups).length;
}

export function titleSection(context: DistrictContext, startRow: number): SectionOutput {
  const notes = titleNotes(context.options, context.source.sheetName, context.lookups);
  return {
    blocks: [
      textBlock(startRow, "District summary: SENCO essential-duties time (guide minimum per week)", "title"),
      noteBlock(notes, startRow + 1),
    ],
    nextRow: startRow + 1 + notes.length,
  };
}
