/**
 * The plan builder's thin Office.js edge: write a plan model to a new sheet (through the generic
 * chunked writer: 3 context.sync() calls for a plan whatever its size), update a plan sheet in
 * place (update-sheet.ts: its name, place, table and links kept; 5 syncs), and read a plan sheet's
 * inputs back (one sheet, or every plan sheet in the workbook for the levy forecast).
 */
import type { SheetModel } from "../sheets/sheet-model";
import { previewSheetUpdate, updateSheetInPlace, type SheetUpdatePreview, type UpdateOptions } from "./update-sheet";
import { writeNewSheet, type TabWriteOptions, type WriteSheetResult } from "./write-sheet";
import { rangeAddress } from "../sheets/a1-address";
import { DOCUMENT_HEADERS, MARKER_ROW, PLAN_MAX_ROWS } from "../sheets/plan/plan-layout";
import { doneByDocumentFromSheet, inputRowsRange, rawInputsFromSheet } from "../sheets/plan/plan-reading";
import type { ModelCell } from "../sheets/sheet-model";
import type { PlanFieldId } from "../sheets/plan/plan-fields";

/** Write the plan to a new sheet. */
export function writePlan(
  context: Excel.RequestContext,
  model: SheetModel,
  options: TabWriteOptions = {},
): Promise<WriteSheetResult> {
  return writeNewSheet(context, model, options);
}

/** What Update plan would write over or remove of what the user typed on the plan sheet (nothing written). */
export function previewPlanUpdate(
  context: Excel.RequestContext,
  sheetName: string,
  model: SheetModel,
  previous: SheetModel | undefined,
): Promise<SheetUpdatePreview> {
  return previewSheetUpdate(context, sheetName, model, previous);
}

/** Update plan: the plan sheet rewritten in place. */
export function updatePlan(
  context: Excel.RequestContext,
  sheetName: string,
  model: SheetModel,
  options: UpdateOptions,
): Promise<WriteSheetResult> {
  return updateSheetInPlace(context, sheetName, model, options);
}

export interface PlanSheetInputs {
  readonly sheetName: string;
  /** Raw values by field, as the form shows them (dates as serials, yes/no as booleans). */
  readonly raw: Record<PlanFieldId, unknown>;
  /** The documents checklist's Done column, by document, so Update plan keeps what the user ticked. */
  readonly done: Map<string, ModelCell>;
}

/** A plan sheet's ranges, loaded: its marker, its inputs block and (for Update plan) its checklist. */
interface PlanSheetRanges {
  readonly marker: Excel.Range;
  readonly inputs: Excel.Range;
  readonly whole: Excel.Range | undefined;
}

/** Queue the reads of a sheet's marker and inputs block, and with `withDone` its checklist. */
function loadPlanSheetRanges(sheet: Excel.Worksheet, withDone: boolean): PlanSheetRanges {
  const marker = sheet.getRange(rangeAddress(MARKER_ROW, 0, 1, 1));
  marker.load("values");
  const area = inputRowsRange();
  const inputs = sheet.getRange(rangeAddress(area.row, area.col, area.rows, area.cols));
  inputs.load("values");
  const whole = withDone ? sheet.getRange(rangeAddress(0, 0, PLAN_MAX_ROWS, DOCUMENT_HEADERS.length)) : undefined;
  whole?.load("values");
  return { marker, inputs, whole };
}

/** After the sync: the plan sheet's inputs (and Done column), or undefined when the sheet holds no plan. */
function planSheetFrom(sheetName: string, ranges: PlanSheetRanges): PlanSheetInputs | undefined {
  const raw = rawInputsFromSheet(ranges.marker.values[0]?.[0], ranges.inputs.values);
  if (!raw) return undefined;
  const done = ranges.whole ? doneByDocumentFromSheet(ranges.whole.values) : new Map<string, ModelCell>();
  return { sheetName, raw, done };
}

/**
 * Read a sheet: when it is a plan sheet (its marker in A2 and every input label in place) return
 * its name, input values and checklist Done values; otherwise undefined. One sync.
 */
async function readPlanSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<PlanSheetInputs | undefined> {
  sheet.load("name");
  const ranges = loadPlanSheetRanges(sheet, true);
  await context.sync();
  return planSheetFrom(sheet.name, ranges);
}

/**
 * Every plan sheet in the workbook, in the order of the sheets, with its inputs (not its
 * checklist). Two syncs, whatever the number of sheets: the names, then every sheet's marker and
 * inputs block.
 */
export async function readAllPlanSheets(context: Excel.RequestContext): Promise<PlanSheetInputs[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);
  const ranges = names.map((name) => loadPlanSheetRanges(worksheets.getItem(name), false));
  await context.sync();
  const plans: PlanSheetInputs[] = [];
  ranges.forEach((loaded, i) => {
    const plan = planSheetFrom(names[i]!, loaded);
    if (plan) plans.push(plan);
  });
  return plans;
}

/** Read the active sheet as a plan sheet (see readPlanSheet). One sync. */
export function readActivePlanSheet(context: Excel.RequestContext): Promise<PlanSheetInputs | undefined> {
  return readPlanSheet(context, context.workbook.worksheets.getActiveWorksheet());
}

/** Read the named sheet as a plan sheet, just before Update plan rewrites it. One sync. */
export function readPlanSheetNamed(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<PlanSheetInputs | undefined> {
  return readPlanSheet(context, context.workbook.worksheets.getItem(sheetName));
}
