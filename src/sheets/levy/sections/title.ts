/** The forecast's title, the marker the pane finds it by, and how the sheet works: rows 1 to 4. */
import { noteBlock, textBlock, type SectionOutput } from "../../sections";
import type { LevyContext } from "../levy-context";
import { LEVY_MARKER, LEVY_MARKER_ROW } from "../levy-layout";

const HOW_IT_WORKS =
  "Live: SEND.LEVYFORECAST over the inputs and the three tables at the bottom (funds, apprenticeships, transfers). Add a row to a table to update it.";

export function titleSection(context: LevyContext, startRow: number): SectionOutput {
  return {
    blocks: [
      textBlock(startRow, "Levy account forecast", "title"),
      noteBlock([LEVY_MARKER, HOW_IT_WORKS], LEVY_MARKER_ROW),
    ],
    nextRow: context.layout.inputRow - 1,
  };
}
