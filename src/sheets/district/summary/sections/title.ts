/**
 * The summary's title, its source and how to read it. A summary of joined tables says which
 * tables it reads, where, and by which key (one line a table), so its lookups can be followed.
 */
import { noteBlock, textBlock, type SectionOutput } from "../../../sections";
import type { DistrictContext } from "../context-types";
import type { DistrictSummaryOptions } from "../summary-types";

const SEN_SUPPORT_NOTE =
  "SEN support (K) pupils are counted like School Action (x 1), the default of SEND.SENCOHOURSFROMREGISTER; the guide is a floor.";

/** The note lines under the title. */
function titleNotes(options: DistrictSummaryOptions, sheetName: string): string[] {
  const source = options.sourceLabel ?? sheetName;
  const joined = options.joined;
  if (!joined)
    return [
      `Source: ${source}. Inputs are references to the source table and the guide hours are live SEND.SENCOHOURS formulas, so they follow changes to it.`,
      SEN_SUPPORT_NOTE,
    ];
  return [
    `Source: ${source}. Each school's inputs are looked up in these tables by its key (a MATCH for its row in each table, then INDEX for each input), so a value corrected in a table flows through; if a key is changed in a table, build the summary again:`,
    ...joined.lookups.readsFrom,
    SEN_SUPPORT_NOTE,
  ];
}

/** Rows the title section takes: the title and its note lines. */
export function titleSectionRows(options: DistrictSummaryOptions): number {
  return 1 + titleNotes(options, "").length;
}

export function titleSection(context: DistrictContext, startRow: number): SectionOutput {
  const notes = titleNotes(context.options, context.source.sheetName);
  return {
    blocks: [
      textBlock(startRow, "District summary: SENCO essential-duties time (guide minimum per week)", "title"),
      noteBlock(notes, startRow + 1),
    ],
    nextRow: startRow + 1 + notes.length,
  };
}
