/**
 * The plan as the Plan tab's preview shows it outside Excel.
 */
import { MARKER_ROW } from "../../sheets/plan/plan-model";
import type { SheetModel } from "../../sheets/sheet-model";

/**
 * The plan as the preview shows it: without the sheet's marker row (an internal label the pane
 * uses to recognise a plan sheet, and the note about editing column B, which only applies in Excel).
 */
export function previewPlanModel(model: SheetModel): SheetModel {
  return { ...model, blocks: model.blocks.filter((block) => block.row !== MARKER_ROW) };
}
