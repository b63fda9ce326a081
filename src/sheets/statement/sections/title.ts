/** The statement's title, the marker the pane finds it by, and how the sheet works: rows 1 to 4. */
import { SENCO_TIME_GUIDANCE_AUTHOR, SENCO_TIME_GUIDANCE_TITLE } from "../../../rules/senco-expectations";
import { noteBlock, textBlock, type SectionOutput } from "../../sections";
import type { StatementContext } from "../statement-context";
import { INPUT_FIRST_ROW, MARKER_ROW, STATEMENT_MARKER } from "../statement-layout";

export function titleSection(context: StatementContext, startRow: number): SectionOutput {
  const live = context.inputs.register
    ? "Live SEND.* formulas over the inputs below and the SEN register: change an input to recalculate."
    : "The figures are live SEND.* formulas over the inputs below: change one to recalculate.";
  const guide = `The guide: ${SENCO_TIME_GUIDANCE_TITLE} (${SENCO_TIME_GUIDANCE_AUTHOR}).`;
  return {
    blocks: [
      textBlock(startRow, `SENCO time statement: ${context.inputs.schoolName}`, "title"),
      noteBlock([STATEMENT_MARKER, live, guide], MARKER_ROW),
    ],
    nextRow: INPUT_FIRST_ROW - 1,
  };
}
