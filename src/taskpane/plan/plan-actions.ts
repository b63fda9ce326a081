/**
 * What the Plan tab does: Create plan and Update plan (in Excel: a new sheet, or the plan sheet
 * updated in place once the user confirms (plan-update.ts); in a plain browser: the preview), and
 * load the form from a plan sheet. Each action takes the tab explicitly; the Excel side is
 * src/workbook/plan-excel.ts.
 */
import { serialFromLocalDate } from "../../rules/excel-dates";
import type { PlanInputs } from "../../sheets/plan/plan-fields";
import type { SheetModel } from "../../sheets/sheet-model";
import type { PlanSheetInputs } from "../../workbook/plan-writer";
import { updatePlanSheet, writePlanSheet } from "../../workbook/plan-excel";
import { readableError } from "../shared/pane-env";
import { showPreview } from "../shared/preview-section";
import { whileBusy, withProgress } from "../shared/steps";
import { readPlanInputs, setPlanValues, showRuleProblem } from "./plan-form";
import { confirmPlanUpdate, type ConfirmedUpdate } from "./plan-update";
import { planBuilder, previewPlanModel } from "./plan-preview";
import type { PlanTab } from "./plan-state";
import { showOutcome } from "../shared/dom";

/** Create plan (`replace` undefined) or Update plan (`replace` the plan sheet's name). */
export async function runPlan(tab: PlanTab, replace: string | undefined): Promise<void> {
  if (tab.busy) return;
  const inputs = readPlanInputs(tab.form, tab.env);
  tab.outcome.hidden = true;
  if (!inputs) return;
  if (!tab.env.inExcel) return previewPlan(tab, inputs);
  // Busy from here: a second click while the sheet is read or the dialog is open does nothing.
  await whileBusy(tab, () => writeToExcel(tab, inputs, replace));
}

async function previewPlan(tab: PlanTab, inputs: PlanInputs): Promise<void> {
  let model: SheetModel;
  try {
    const { buildPlanModel } = await planBuilder();
    model = buildPlanModel(inputs, { todaySerial: serialFromLocalDate(new Date()) });
  } catch (error) {
    if (!showRuleProblem(tab.form, tab.env, error)) tab.env.showError(readableError(error));
    return;
  }
  await showPreview(tab.preview, previewPlanModel(model), tab.env, `Plan preview ready for ${inputs.apprenticeName}.`);
}

/** Write a new plan sheet, or update the plan sheet `replace` in place once the user confirms. */
async function writeToExcel(tab: PlanTab, inputs: PlanInputs, replace: string | undefined): Promise<void> {
  const todaySerial = serialFromLocalDate(new Date());
  let update: ConfirmedUpdate | undefined;
  try {
    if (replace !== undefined) {
      update = await confirmPlanUpdate(tab, inputs, replace, todaySerial);
      if (!update) return;
    }
  } catch (error) {
    if (!showRuleProblem(tab.form, tab.env, error)) tab.env.showError(readableError(error));
    return;
  }
  const { create, update: updateButton } = tab.buttons;
  create.disabled = true;
  updateButton.disabled = true;
  try {
    await withProgress(tab.progressArea, "Writing the plan", async (progress) => {
      const result =
        replace !== undefined && update
          ? await updatePlanSheet(replace, update.model, { ...update, onProgress: progress.update })
          : await writePlanSheet((await planBuilder()).buildPlanModel(inputs, { todaySerial }), {
              onProgress: progress.update,
            });
      showPlanSheet(tab, result.sheetName);
      const done = update
        ? `Plan updated on the sheet "${result.sheetName}".`
        : `Plan written to the sheet "${result.sheetName}".`;
      showOutcome(tab.env, tab.outcome, done);
    });
  } catch (error) {
    if (!showRuleProblem(tab.form, tab.env, error)) tab.env.showError(readableError(error));
  } finally {
    create.disabled = false;
    updateButton.disabled = false;
  }
}

/** The form now belongs to the plan sheet `sheetName`: Update plan rewrites it. */
function showPlanSheet(tab: PlanTab, sheetName: string): void {
  tab.planSheet = sheetName;
  tab.buttons.update.hidden = false;
  tab.loaded.hidden = false;
  tab.loaded.textContent = `Plan sheet: ${sheetName}. Update plan updates that sheet in place after you confirm.`;
}

/** Fill the form from a plan sheet the user is on. */
export function loadPlan(tab: PlanTab, found: PlanSheetInputs): void {
  setPlanValues(tab.form, found.raw);
  showPlanSheet(tab, found.sheetName);
  tab.env.announce(`Loaded the plan inputs from the sheet "${found.sheetName}".`);
}
