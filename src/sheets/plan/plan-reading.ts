/**
 * Reading a plan sheet back: its inputs (what the form shows) and its documents checklist's Done
 * column. Apart from the model's builder (plan-model.ts), so that what reads a sheet, which the
 * Plan tab does as soon as Excel shows a plan sheet, does not bring the builder with it.
 */
import type { ModelCell } from "../sheet-model";
import { PLAN_FIELDS, type PlanFieldId } from "./plan-fields";
import { DOCUMENT_HEADERS, EARLIER_PLAN_MARKERS, INPUT_FIRST_ROW, INPUT_LABEL_COL, PLAN_MARKER } from "./plan-layout";

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
