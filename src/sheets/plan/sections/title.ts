/** The plan's title and the marker the pane finds it by, with how the sheet works: rows 1 to 3. */
import { noteBlock, textBlock, type SectionOutput } from "../../sections";
import type { PlanContext } from "../plan-context";
import { INPUT_FIRST_ROW, MARKER_ROW, PLAN_MARKER } from "../plan-layout";

const HOW_IT_WORKS =
  "Change the inputs in column B and the figures below recalculate (SEND.* formulas). Use the task pane's Update plan to rebuild the checks and the checklist.";

export function titleSection(context: PlanContext, startRow: number): SectionOutput {
  return {
    blocks: [
      textBlock(startRow, `SLMDA for SENCOs plan: ${context.inputs.apprenticeName}`, "title"),
      noteBlock([PLAN_MARKER, HOW_IT_WORKS], MARKER_ROW),
    ],
    nextRow: INPUT_FIRST_ROW - 1,
  };
}
