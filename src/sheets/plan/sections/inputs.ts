/** The plan's inputs: every field of PLAN_FIELDS, a label in A and the value in B with its own number format. */
import { expectStartRow, textBlock, type SectionOutput } from "../../sections";
import type { Block } from "../../sheet-model";
import type { PlanContext } from "../plan-context";
import { PLAN_FIELDS } from "../plan-fields";
import { INPUT_FIRST_ROW, INPUT_LABEL_COL } from "../plan-layout";
import { YES_NO_CHOICES } from "../../yes-no";

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
      ...(field.kind === "checkbox" ? { choices: [null, YES_NO_CHOICES] } : {}),
      style: "label",
    };
  });
  return {
    blocks: [textBlock(startRow, "Inputs", "heading"), ...fields],
    nextRow: INPUT_FIRST_ROW + PLAN_FIELDS.length + 1,
  };
}
