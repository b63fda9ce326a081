/**
 * The plan's inputs: every field of PLAN_FIELDS, a label in A and the value in B with its own
 * number format. Every value cell is one the user may type into (Update plan reads it back first);
 * the yes/no cells carry a drop-down of TRUE and FALSE.
 */
import { expectStartRow, textBlock, yesNoDropDown, type SectionOutput } from "../../sections";
import type { Block } from "../../sheet-model";
import type { PlanContext } from "../plan-context";
import { PLAN_FIELDS } from "../plan-fields";
import { INPUT_FIRST_ROW, INPUT_LABEL_COL, INPUT_VALUE_COL } from "../plan-layout";

export function inputsSection({ inputs }: PlanContext, startRow: number): SectionOutput {
  // Every live formula refers to these rows through inputCell().
  expectStartRow("inputs", startRow, INPUT_FIRST_ROW - 1);
  const fields: Block[] = PLAN_FIELDS.map((field, index) => {
    const value = inputs[field.id];
    return {
      row: INPUT_FIRST_ROW + index,
      col: INPUT_LABEL_COL,
      cells: [[field.label, value === undefined ? null : value]],
      numberFormat: [null, field.cellFormat],
      style: "label",
    };
  });
  return {
    blocks: [textBlock(startRow, "Inputs", "heading"), ...fields],
    typedCells: PLAN_FIELDS.map((_field, index) => ({ row: INPUT_FIRST_ROW + index, col: INPUT_VALUE_COL })),
    dropDowns: PLAN_FIELDS.flatMap((field, index) =>
      field.kind === "checkbox" ? [yesNoDropDown(INPUT_FIRST_ROW + index, INPUT_VALUE_COL)] : [],
    ),
    nextRow: INPUT_FIRST_ROW + PLAN_FIELDS.length + 1,
  };
}
