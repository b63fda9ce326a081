/**
 * The statement's inputs: a label in A and the value beside it (in B; the free text that may be
 * long, in C, which wraps), one a row, with the register row when there is one. Every value cell is
 * one the school may type into (an update reads it back first); the yes/no cells carry a
 * drop-down of TRUE and FALSE.
 */
import { formula } from "../../rule-preview";
import { expectStartRow, yesNoDropDown, type SectionOutput } from "../../sections";
import type { Block, CellRef, DropDown, ModelCell } from "../../sheet-model";
import { inputRef, type StatementContext } from "../statement-context";
import { defaultWeightReason, statementFields, type StatementField } from "../statement-fields";
import { INPUT_FIRST_ROW, LABEL_COL, REGISTER_ROW_LABEL, VALUE_COL } from "../statement-layout";

export function inputsSection(context: StatementContext, startRow: number): SectionOutput {
  // statementInputCells gives every other section these rows' addresses.
  expectStartRow("inputs", startRow, INPUT_FIRST_ROW - 1);
  const { inputs } = context;
  const register = inputs.register;
  const blocks: Block[] = [{ row: startRow, col: 0, cells: [["Inputs"]], style: "heading" }];
  const typedCells: CellRef[] = [];
  const dropDowns: DropDown[] = [];
  let row = startRow + 1;
  for (const f of statementFields(register !== undefined)) {
    if (f.id === "pupilMobility" && register) {
      const note = "The column the formulas count: K, E, A, P, S, N.";
      blocks.push({ row, col: LABEL_COL, cells: [[REGISTER_ROW_LABEL, register.reference, note]], style: "label" });
      typedCells.push({ row, col: VALUE_COL });
      row += 1;
    }
    const value = inputValue(context, f);
    const cells = f.valueCol === VALUE_COL ? [f.label, value] : [f.label, null, value];
    const formats = f.valueCol === VALUE_COL ? [null, f.cellFormat] : [null, null, f.cellFormat];
    blocks.push({ row, col: LABEL_COL, cells: [cells], numberFormat: formats, style: "label" });
    typedCells.push({ row, col: f.valueCol });
    if (f.kind === "checkbox") dropDowns.push(yesNoDropDown(row, f.valueCol));
    row += 1;
  }
  return { blocks, typedCells, dropDowns, nextRow: row + 1 };
}

/**
 * The reason the weight has when the school gives none: a formula over the weight's cell, so that
 * the reason beside the weight says what that weight does even after the weight is changed on the
 * sheet (blank counts as 1, as the functions read it).
 */
function defaultReason(context: StatementContext): ModelCell {
  const weight = inputRef(context, "senSupportWeight");
  const text = (w: number) => `"${defaultWeightReason(w).replace(/"/g, '""')}"`;
  const between = defaultWeightReason(2).replace(/^2/, "");
  return formula(
    `=IF(OR(${weight}="",${weight}=1),${text(1)},IF(${weight}=5,${text(5)},${weight}&"${between.replace(/"/g, '""')}"))`,
    defaultWeightReason(context.inputs.senSupportWeight),
  );
}

/** What an input's cell holds: the checked value, the weight, or the default reason for it. */
function inputValue(context: StatementContext, f: StatementField): ModelCell {
  const { inputs } = context;
  if (f.id === "senSupportWeight") return inputs.senSupportWeight;
  if (f.id === "weightReason") return inputs.weightReason ?? defaultReason(context);
  return (inputs[f.id] as ModelCell | undefined) ?? null;
}
