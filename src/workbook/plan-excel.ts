/**
 * The Plan tab's Excel side: each function runs its own Excel.run (excel-run.ts) around the plan
 * writer (plan-writer.ts). Read the plan on the active sheet, read a plan sheet just before Update
 * plan rewrites it, write the plan, and follow the user from sheet to sheet.
 */
import type { SheetModel } from "../sheets/sheet-model";
import { runInExcel, whenSheetActivated } from "./excel-run";
import {
  previewPlanUpdate,
  readActivePlanSheet,
  readPlanSheetNamed,
  updatePlan,
  writePlan,
  type PlanSheetInputs,
} from "./plan-writer";
import type { SheetUpdatePreview, UpdateOptions } from "./update-sheet";
import type { TabWriteOptions, WriteSheetResult } from "./write-sheet";

/** The plan on the active sheet (its inputs and Done column), or undefined when that sheet holds no plan. */
export function readPlanOnActiveSheet(): Promise<PlanSheetInputs | undefined> {
  return runInExcel((context) => readActivePlanSheet(context));
}

/** The plan sheet `sheetName` as it is now, just before Update plan rewrites it. */
export function readPlanBeforeUpdate(sheetName: string): Promise<PlanSheetInputs | undefined> {
  return runInExcel((context) => readPlanSheetNamed(context, sheetName));
}

/** Write the plan to a new sheet. */
export function writePlanSheet(model: SheetModel, options: TabWriteOptions): Promise<WriteSheetResult> {
  return runInExcel((context) => writePlan(context, model, options));
}

/** What Update plan would write over or remove of what the user typed on `sheetName` (nothing written). */
export function previewPlanSheetUpdate(
  sheetName: string,
  model: SheetModel,
  previous: SheetModel | undefined,
): Promise<SheetUpdatePreview> {
  return runInExcel((context) => previewPlanUpdate(context, sheetName, model, previous));
}

/** Update plan: rewrite the plan sheet `sheetName` in place. */
export function updatePlanSheet(
  sheetName: string,
  model: SheetModel,
  options: UpdateOptions,
): Promise<WriteSheetResult> {
  return runInExcel((context) => updatePlan(context, sheetName, model, options));
}

/**
 * Call `onPlan` with the plan on the active sheet now and whenever the user activates another
 * sheet that holds one (sheets without a plan are passed over); `onError` gets what failed.
 */
export function followActivePlanSheet(
  onPlan: (plan: PlanSheetInputs) => void,
  onError: (error: unknown) => void,
): void {
  const load = async () => {
    try {
      const found = await readPlanOnActiveSheet();
      if (found) onPlan(found);
    } catch (error) {
      onError(error);
    }
  };
  void load();
  void whenSheetActivated(load);
}
