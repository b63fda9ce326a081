/**
 * The SLMDA plan as a pure model: the form's checked inputs → a SheetModel (rows of values,
 * formulas and formats) that the Excel writer writes and the HTML preview renders.
 *
 * Every figure is a SEND.* formula over the sheet's own input cells (so it stays live when the
 * user edits an input), and every preview value is computed by the same rules the functions call
 * (src/rules); nothing here re-implements a rule. Checks and the documents checklist are values
 * worked out when the plan is made (Update plan rebuilds them).
 */
import type { SheetModel } from "../sheet-model";
import { foldSections, type Section } from "../sections";
import type { PlanInputs } from "./plan-fields";
import { planContext, type PlanContext, type PlanModelOptions } from "./plan-context";
import { PLAN_COLUMN_WIDTHS } from "./plan-layout";
import { titleSection } from "./sections/title";
import { inputsSection } from "./sections/inputs";
import { summarySection } from "./sections/summary";
import { fundingSection } from "./sections/funding";
import { paymentsSection } from "./sections/payments";
import { blocksSection } from "./sections/blocks";
import { timelineSection } from "./sections/timeline";
import { checksSection } from "./sections/checks";
import { commitmentsSection } from "./sections/commitments";
import { documentsSection } from "./sections/documents";

export {
  DOCUMENT_HEADERS,
  INPUT_FIRST_ROW,
  INPUT_LABEL_COL,
  INPUT_VALUE_COL,
  MARKER_ROW,
  PLAN_COLUMN_WIDTHS,
  PLAN_MARKER,
  PLAN_MAX_ROWS,
  inputCell,
} from "./plan-layout";
export { doneByDocumentFromSheet, inputRowsRange, rawInputsFromSheet } from "./plan-reading";
export { planFigures, type PlanFigures } from "./plan-figures";
export { planChecks, sencoQualificationCheck, type PlanCheck } from "./plan-checks";
export type { PlanModelOptions } from "./plan-context";
export { NOT_WEEKLY, NO_PUBLISHED_FIGURE } from "./sections/summary";
export { documentsTableName } from "./sections/documents";

/** The plan's sections, top to bottom: each a function of the context and its start row. */
export const PLAN_SECTIONS: readonly Section<PlanContext>[] = [
  titleSection,
  inputsSection,
  summarySection,
  fundingSection,
  paymentsSection,
  blocksSection,
  timelineSection,
  checksSection,
  commitmentsSection,
  documentsSection,
];

/** Build the plan sheet's model: its sections in order. */
export function buildPlanModel(inputs: PlanInputs, options: PlanModelOptions = {}): SheetModel {
  const { blocks, tables, names, dropDowns, typedCells } = foldSections(PLAN_SECTIONS, planContext(inputs, options));
  return {
    title: inputs.apprenticeName,
    blocks,
    tables,
    names,
    dropDowns,
    typedCells,
    columnWidths: [...PLAN_COLUMN_WIDTHS],
  };
}
