/**
 * Updating the statement, before anything is written: build the new statement and the one the
 * sheet holds now (from its own inputs, to tell what the add-in wrote from what the school typed),
 * look at what the update would write over, and ask, naming each input changed on the sheet (the
 * hours allocated typed in B13, the budget in B8), a change of register, and anything typed that
 * would be lost. The Excel side is src/workbook/statement-excel.ts.
 */
import { inputsThatDiffer } from "../../sheets/form-fields";
import {
  coerceStatementInputs,
  statementFields,
  type StatementRegister,
} from "../../sheets/statement/statement-fields";
import { buildStatementModel } from "../../sheets/statement/statement-model";
import type { SheetModel } from "../../sheets/sheet-model";
import { previewStatementSheetUpdate } from "../../workbook/statement-excel";
import type { ExistingStatement } from "../../workbook/statement-writer";
import { fieldValues } from "../shared/form";
import { readableError } from "../shared/pane-env";
import { updateConfirmation } from "../shared/update-question";
import type { StatementTab } from "./statement-state";

/** An update the user confirmed: the statement the sheet holds now, and the typed cells they agreed to lose. */
export interface ConfirmedStatementUpdate {
  readonly previous: SheetModel | undefined;
  readonly confirmed: readonly string[];
}

/** The register the sheet's formulas count from, as the statement's inputs take it (no cells: no previews needed). */
function sheetRegister(existing: ExistingStatement): StatementRegister | undefined {
  const reference = existing.inputs.registerReference;
  return reference ? { reference, cells: [] } : undefined;
}

/** The statement the sheet holds now, rebuilt from its own inputs; undefined when they do not make one. */
function statementOnSheet(existing: ExistingStatement): SheetModel | undefined {
  const coerced = coerceStatementInputs(existing.inputs.raw, sheetRegister(existing));
  if (!coerced.ok) return undefined;
  try {
    return buildStatementModel(coerced.inputs, { answers: existing.answers });
  } catch {
    return undefined;
  }
}

/** What the sheet counts from, and what the form does, when they differ. */
function registerDifference(existing: ExistingStatement, register: StatementRegister | undefined): string[] {
  const onSheet = existing.inputs.registerReference;
  const inForm = register?.reference;
  if (onSheet === inForm) return [];
  const from = (reference: string | undefined) => (reference ? `the register ${reference}` : "the counts typed");
  return [
    `The sheet counts from ${from(onSheet)}; the form from ${from(inForm)}: the statement will count from ${from(inForm)}.`,
  ];
}

/** Look and ask; undefined when the look failed or the school said no. */
export async function confirmStatementUpdate(
  tab: StatementTab,
  existing: ExistingStatement,
  model: SheetModel,
): Promise<ConfirmedStatementUpdate | undefined> {
  const previous = statementOnSheet(existing);
  let conflicts;
  try {
    conflicts = (await previewStatementSheetUpdate(existing.sheetName, model, previous)).conflicts;
  } catch (error) {
    tab.env.showError(readableError(error));
    return undefined;
  }
  const sheetRaw = existing.inputs.raw;
  const fields = statementFields(tab.register !== undefined).filter((f) => sheetRaw[f.id] !== undefined);
  const question = updateConfirmation({
    title: "Update the statement?",
    confirmLabel: "Update statement",
    sheetName: existing.sheetName,
    carried: "what the school entered in its checklists' middle column",
    differing: inputsThatDiffer(fields, sheetRaw, fieldValues(tab.form.views)),
    otherDifferences: registerDifference(existing, tab.register),
    conflicts,
  });
  if (await tab.env.confirm(question)) return { previous, confirmed: conflicts.map((c) => c.address) };
  tab.env.announce("Update cancelled: nothing changed.");
  return undefined;
}
