/** The statement's inputs: a label in A and the value in B, one a row, with the register row when there is one. */
import { expectStartRow, type SectionOutput } from "../../sections";
import type { Block, ModelCell } from "../../sheet-model";
import type { StatementContext } from "../statement-context";
import { DEFAULT_WEIGHT_REASON, statementFields, type StatementField } from "../statement-fields";
import { INPUT_FIRST_ROW, LABEL_COL, REGISTER_ROW_LABEL } from "../statement-layout";
import { YES_NO_CHOICES } from "../../yes-no";

export function inputsSection(context: StatementContext, startRow: number): SectionOutput {
  // statementInputCells gives every other section these rows' addresses.
  expectStartRow("inputs", startRow, INPUT_FIRST_ROW - 1);
  const { inputs } = context;
  const register = inputs.register;
  const blocks: Block[] = [{ row: startRow, col: 0, cells: [["Inputs"]], style: "heading" }];
  let row = startRow + 1;
  for (const f of statementFields(register !== undefined)) {
    if (f.id === "pupilMobility" && register) {
      const note = "The column the formulas count: K, E, A, P, S, N.";
      blocks.push({ row, col: LABEL_COL, cells: [[REGISTER_ROW_LABEL, register.reference, note]], style: "label" });
      row += 1;
    }
    blocks.push({
      row,
      col: LABEL_COL,
      cells: [[f.label, inputValue(context, f)]],
      numberFormat: [null, f.cellFormat],
      ...(f.kind === "checkbox" ? { choices: [null, YES_NO_CHOICES] } : {}),
      style: "label",
    });
    row += 1;
  }
  return { blocks, nextRow: row + 1 };
}

/** What an input's cell holds: the checked value, the weight, or the default reason for it. */
function inputValue({ inputs }: StatementContext, f: StatementField): ModelCell {
  if (f.id === "senSupportWeight") return inputs.senSupportWeight;
  if (f.id === "weightReason") return inputs.weightReason ?? DEFAULT_WEIGHT_REASON;
  return (inputs[f.id] as ModelCell | undefined) ?? null;
}
