/**
 * What the Plan tab does: Create plan and Update plan (in Excel: read the sheet being updated,
 * confirm, write; in a plain browser: the preview), and load the form from a plan sheet. Each
 * action takes the tab explicitly; the Excel side is src/workbook/plan-excel.ts.
 */
import { serialFromLocalDate } from "../../rules/excel-dates";
import { inputsThatDiffer, type PlanInputs } from "../../sheets/plan/plan-fields";
import { buildPlanModel } from "../../sheets/plan/plan-model";
import type { PlanSheetInputs } from "../../workbook/plan-writer";
import { readPlanBeforeUpdate, writePlanSheet } from "../../workbook/plan-excel";
import { readableError } from "../shared/pane-env";
import { showPreview } from "../shared/preview-section";
import { whileBusy, withProgress } from "../shared/steps";
import { planRaw, readPlanInputs, setPlanValues, showRuleProblem } from "./plan-form";
import { previewPlanModel } from "./plan-preview";
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
  let model: ReturnType<typeof buildPlanModel>;
  try {
    model = buildPlanModel(inputs, { todaySerial: serialFromLocalDate(new Date()) });
  } catch (error) {
    if (!showRuleProblem(tab.form, tab.env, error)) tab.env.showError(readableError(error));
    return;
  }
  await showPreview(tab.preview, previewPlanModel(model), tab.env, `Plan preview ready for ${inputs.apprenticeName}.`);
}

/** Update plan's question, naming any input the user changed on the sheet itself (the form's value replaces it). */
function updateQuestion(replace: string, current: PlanSheetInputs | undefined, formRaw: Record<string, unknown>) {
  const differing = current ? inputsThatDiffer(current.raw, formRaw) : [];
  const one = differing.length === 1;
  const changed =
    differing.length === 0
      ? ""
      : ` On the sheet, ${differing.map((d) => `"${d.field.label}"`).join(", ")} ${one ? "differs" : "differ"} from the form: the form's ${one ? "value replaces it" : "values replace them"}.`;
  return {
    title: "Update plan?",
    message: `This rewrites the sheet "${replace}" from the form, keeping what you entered in its documents checklist's Done column. Anything else typed on that sheet is lost; no other sheet changes.${changed}`,
    confirmLabel: "Update plan",
  };
}

/**
 * Update plan: read the sheet as it is now (one sync) to keep its Done column and to name any
 * input changed on the sheet, then ask. `{ confirmed: false }` when the read failed or the user
 * said no.
 */
async function confirmUpdate(
  tab: PlanTab,
  replace: string,
): Promise<{ confirmed: true; current: PlanSheetInputs | undefined } | { confirmed: false }> {
  let current: PlanSheetInputs | undefined;
  try {
    current = await readPlanBeforeUpdate(replace);
  } catch (error) {
    tab.env.showError(readableError(error));
    return { confirmed: false };
  }
  if (await tab.env.confirm(updateQuestion(replace, current, planRaw(tab.form)))) return { confirmed: true, current };
  tab.env.announce("Update cancelled: nothing changed.");
  return { confirmed: false };
}

async function writeToExcel(tab: PlanTab, inputs: PlanInputs, replace: string | undefined): Promise<void> {
  let current: PlanSheetInputs | undefined;
  if (replace !== undefined) {
    const answer = await confirmUpdate(tab, replace);
    if (!answer.confirmed) return;
    current = answer.current;
  }
  const { create, update } = tab.buttons;
  create.disabled = true;
  update.disabled = true;
  try {
    await withProgress(tab.progressArea, "Writing the plan", async (progress) => {
      const model = buildPlanModel(inputs, {
        doneByDocument: current?.done,
        todaySerial: serialFromLocalDate(new Date()),
      });
      const result = await writePlanSheet(model, { onProgress: progress.update, replaceSheetName: replace });
      showPlanSheet(tab, result.sheetName);
      showOutcome(tab.env, tab.outcome, `Plan written to the sheet "${result.sheetName}".`);
    });
  } catch (error) {
    if (!showRuleProblem(tab.form, tab.env, error)) tab.env.showError(readableError(error));
  } finally {
    create.disabled = false;
    update.disabled = false;
  }
}

/** The form now belongs to the plan sheet `sheetName`: Update plan rewrites it. */
function showPlanSheet(tab: PlanTab, sheetName: string): void {
  tab.planSheet = sheetName;
  tab.buttons.update.hidden = false;
  tab.loaded.hidden = false;
  tab.loaded.textContent = `Plan sheet: ${sheetName}. Update plan rewrites that sheet after you confirm.`;
}

/** Fill the form from a plan sheet the user is on. */
export function loadPlan(tab: PlanTab, found: PlanSheetInputs): void {
  setPlanValues(tab.form, found.raw);
  showPlanSheet(tab, found.sheetName);
  tab.env.announce(`Loaded the plan inputs from the sheet "${found.sheetName}".`);
}
