/**
 * The plan as the Plan tab's preview shows it outside Excel, and the plan's builder, loaded the
 * first time a plan is made (its own script, plan.js): the pane is ready without it.
 */
import { MARKER_ROW } from "../../sheets/plan/plan-layout";
import type { SheetModel } from "../../sheets/sheet-model";

/** The plan's builder (src/sheets/plan/plan-model.ts), loaded the first time it is needed. */
export function planBuilder(): Promise<typeof import("../../sheets/plan/plan-model")> {
  return import(/* webpackChunkName: "plan" */ "../../sheets/plan/plan-model");
}

/**
 * The plan as the preview shows it: without the sheet's marker row (an internal label the pane
 * uses to recognise a plan sheet, and the note about editing column B, which only applies in Excel).
 */
export function previewPlanModel(model: SheetModel): SheetModel {
  return { ...model, blocks: model.blocks.filter((block) => block.row !== MARKER_ROW) };
}
