/**
 * Update plan, before anything is written: read the plan sheet as it is (its inputs and Done
 * column), build the new plan and the plan the sheet holds now (from its own inputs, to tell what
 * the add-in wrote from what the user typed), look at what the update would write over, and ask,
 * naming each input changed on the sheet and anything typed that would be lost. The Excel side is
 * src/workbook/plan-excel.ts.
 */
import { inputsThatDiffer } from "../../sheets/form-fields";
import { PLAN_FIELDS, coercePlanInputs, type PlanInputs } from "../../sheets/plan/plan-fields";
import type { SheetModel } from "../../sheets/sheet-model";
import { previewPlanSheetUpdate, readPlanBeforeUpdate } from "../../workbook/plan-excel";
import type { PlanSheetInputs } from "../../workbook/plan-writer";
import { readableError } from "../shared/pane-env";
import { updateConfirmation } from "../shared/update-question";
import { planRaw } from "./plan-form";
import { planBuilder } from "./plan-preview";
import type { PlanTab } from "./plan-state";

/** An update the user confirmed: the new model, the sheet's own, and the typed cells they agreed to lose. */
export interface ConfirmedUpdate {
  readonly model: SheetModel;
  readonly previous: SheetModel | undefined;
  readonly confirmed: readonly string[];
}

type PlanBuilder = Awaited<ReturnType<typeof planBuilder>>;

/** The plan the sheet holds now, rebuilt from its own inputs; undefined when they do not make a plan. */
function planOnSheet(
  { buildPlanModel }: PlanBuilder,
  current: PlanSheetInputs,
  todaySerial: number,
): SheetModel | undefined {
  const coerced = coercePlanInputs(current.raw);
  if (!coerced.ok) return undefined;
  try {
    return buildPlanModel(coerced.inputs, { doneByDocument: current.done, todaySerial });
  } catch {
    return undefined;
  }
}

/**
 * Read, look and ask (the model built from `inputs` may throw a rule's error, for the caller to
 * show beside its field). Undefined when a read failed or the user said no.
 */
export async function confirmPlanUpdate(
  tab: PlanTab,
  inputs: PlanInputs,
  sheetName: string,
  todaySerial: number,
): Promise<ConfirmedUpdate | undefined> {
  let current: PlanSheetInputs | undefined;
  try {
    current = await readPlanBeforeUpdate(sheetName);
  } catch (error) {
    tab.env.showError(readableError(error));
    return undefined;
  }
  const builder = await planBuilder();
  const model = builder.buildPlanModel(inputs, { doneByDocument: current?.done, todaySerial });
  const previous = current ? planOnSheet(builder, current, todaySerial) : undefined;
  let conflicts;
  try {
    conflicts = (await previewPlanSheetUpdate(sheetName, model, previous)).conflicts;
  } catch (error) {
    tab.env.showError(readableError(error));
    return undefined;
  }
  const question = updateConfirmation({
    title: "Update plan?",
    confirmLabel: "Update plan",
    sheetName,
    carried: "what you entered in its documents checklist's Done column",
    differing: current ? inputsThatDiffer(PLAN_FIELDS, current.raw, planRaw(tab.form)) : [],
    conflicts,
  });
  if (await tab.env.confirm(question)) return { model, previous, confirmed: conflicts.map((c) => c.address) };
  tab.env.announce("Update cancelled: nothing changed.");
  return undefined;
}
