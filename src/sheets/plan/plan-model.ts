/**
 * The SLMDA plan as a pure model: the form's checked inputs → a SheetModel (rows of values,
 * formulas and formats) that the Excel writer writes and the HTML preview renders.
 *
 * Every figure is a SEND.* formula over the sheet's own input cells (so it stays live when the
 * user edits an input), and every preview value is computed by the same rules the functions call
 * (src/rules); nothing here re-implements a rule. Checks and the documents checklist are values
 * worked out when the plan is made (Update plan rebuilds them).
 */
import type { ModelCell, SheetModel } from "../sheet-model";
import { foldSections, type Section } from "../sections";
import { PLAN_FIELDS, type PlanFieldId, type PlanInputs } from "./plan-fields";
import { planContext, type PlanContext, type PlanModelOptions } from "./plan-context";
import {
  DOCUMENT_HEADERS,
  EARLIER_PLAN_MARKERS,
  INPUT_FIRST_ROW,
  INPUT_LABEL_COL,
  PLAN_COLUMN_WIDTHS,
  PLAN_MARKER,
} from "./plan-layout";
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

/**
 * The Done column of a plan sheet's documents checklist, by document: `rows` are the sheet's
 * values from A1 (columns A:E). The checklist is found by its header row; it ends at the first
 * row without a document. Empty when the sheet has no checklist.
 */
export function doneByDocumentFromSheet(rows: readonly (readonly unknown[])[]): Map<string, ModelCell> {
  const done = new Map<string, ModelCell>();
  const header = rows.findIndex((row) => DOCUMENT_HEADERS.every((text, i) => row[i] === text));
  if (header < 0) return done;
  for (let r = header + 1; r < rows.length; r += 1) {
    const row = rows[r]!;
    const document = row[0];
    if (typeof document !== "string" || document === "") break;
    const value = row[DOCUMENT_HEADERS.length - 1];
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      done.set(document, value);
    }
  }
  return done;
}

/** Optional fields added after the first plans were written: a plan sheet without them still loads. */
const ADDED_FIELDS: ReadonlySet<PlanFieldId> = new Set<PlanFieldId>([
  "careLeaverOrEhcPlan",
  "sencoAppointmentSerial",
  "publishedOffTheJobHours",
  "levyTransfer",
]);

/** The values of the inputs block as the writer lays them out (for reading a plan sheet back). */
export function inputRowsRange(): { row: number; col: number; rows: number; cols: number } {
  return { row: INPUT_FIRST_ROW, col: INPUT_LABEL_COL, rows: PLAN_FIELDS.length, cols: 2 };
}

/**
 * Read a plan sheet's inputs back: `marker` is cell A2's value, `rows` the inputs block's values
 * (label, value). Returns the raw values by field (what the form shows), or undefined when the
 * sheet is not a plan sheet. Values go back through the same coercers when the user acts.
 */
export function rawInputsFromSheet(
  marker: unknown,
  rows: readonly (readonly unknown[])[],
): Record<PlanFieldId, unknown> | undefined {
  if (marker !== PLAN_MARKER && !EARLIER_PLAN_MARKERS.includes(String(marker))) return undefined;
  const raw: Partial<Record<PlanFieldId, unknown>> = {};
  for (const field of PLAN_FIELDS) {
    const found = rows.find((r) => r[0] === field.label);
    if (!found) {
      // A plan made before an optional field existed: the field is blank.
      if (field.optional && ADDED_FIELDS.has(field.id)) {
        raw[field.id] = field.kind === "checkbox" ? false : "";
        continue;
      }
      return undefined;
    }
    raw[field.id] = found[1] ?? "";
  }
  return raw as Record<PlanFieldId, unknown>;
}
