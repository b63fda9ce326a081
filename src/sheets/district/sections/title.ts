/** The summary's title, its source and how to read it: rows 1 to 3. */
import { noteBlock, textBlock, type SectionOutput } from "../../sections";
import type { DistrictContext } from "../summary-context";

/** Rows the title section takes: the title and two note lines. */
export const TITLE_SECTION_ROWS = 3;

export function titleSection(context: DistrictContext, startRow: number): SectionOutput {
  const sourceLabel = context.options.sourceLabel ?? `${context.source.sheetName}`;
  return {
    blocks: [
      textBlock(startRow, "District summary: SENCO essential-duties time (guide minimum per week)", "title"),
      noteBlock(
        [
          `Source: ${sourceLabel}. Inputs are references to the source table and the guide hours are live SEND.SENCOHOURS formulas, so they follow changes to it.`,
          "SEN support (K) pupils are counted like School Action (x 1), the default of SEND.SENCOHOURSFROMREGISTER; the guide is a floor.",
        ],
        startRow + 1,
      ),
    ],
    nextRow: startRow + TITLE_SECTION_ROWS,
  };
}
