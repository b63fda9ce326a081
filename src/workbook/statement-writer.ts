/**
 * The SENCO time statement's Office.js edge: write the statement (through the generic chunked
 * writer, with its print setup) or update it in place (update-sheet.ts), find an existing
 * statement and read back its inputs and what the school typed in its checklists, and turn the
 * selected register column into the reference the formulas use (a table column when the selection
 * is in an Excel table, Range.getTables; a bounded range otherwise).
 */
import type { SheetModel } from "../sheets/sheet-model";
import { rangeAddress } from "../sheets/a1-address";
import {
  STATEMENT_MAX_ROWS,
  STATEMENT_SHEET_NAME,
  checklistAnswersFromSheet,
  statementInputsFromSheet,
  type StatementSheetInputs,
} from "../sheets/statement/statement-model";
import type { ModelCell } from "../sheets/sheet-model";
import { describedRegister, type DescribedRegister } from "../sheets/statement/register-reference";
import { previewSheetUpdate, updateSheetInPlace, type SheetUpdatePreview, type UpdateOptions } from "./update-sheet";
import { writeNewSheet, type TabWriteOptions, type WriteSheetResult } from "./write-sheet";
import { readSelectedRegister } from "./register-range";
import { SelectionError } from "./selection";

/** Write the statement to a new sheet. */
export function writeStatement(
  context: Excel.RequestContext,
  model: SheetModel,
  options: TabWriteOptions = {},
): Promise<WriteSheetResult> {
  return writeNewSheet(context, model, options);
}

/** What updating the statement would write over or remove of what the school typed on it (nothing written). */
export function previewStatementUpdate(
  context: Excel.RequestContext,
  sheetName: string,
  model: SheetModel,
  previous: SheetModel | undefined,
): Promise<SheetUpdatePreview> {
  return previewSheetUpdate(context, sheetName, model, previous);
}

/** Update the statement sheet `sheetName` in place. */
export function updateStatement(
  context: Excel.RequestContext,
  sheetName: string,
  model: SheetModel,
  options: UpdateOptions,
): Promise<WriteSheetResult> {
  return updateSheetInPlace(context, sheetName, model, options);
}

export interface ExistingStatement {
  readonly sheetName: string;
  /** The school's checklist answers, by checklist and item (see checklistAnswersFromSheet). */
  readonly answers: Map<string, ModelCell>;
  /** The inputs block as the form shows it, and the register reference when there is one. */
  readonly inputs: StatementSheetInputs;
}

/**
 * The statement sheet already in the workbook (named "SENCO time statement", with the marker in
 * A2) and the school's checklist answers on it; undefined when there is none. One sync (two when
 * the sheet exists).
 */
export async function readExistingStatement(
  context: Excel.RequestContext,
  sheetName: string = STATEMENT_SHEET_NAME,
): Promise<ExistingStatement | undefined> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  // eslint-disable-next-line office-addins/no-navigational-load -- a null object's flag is read once, after one sync
  sheet.load("isNullObject,name");
  await context.sync();
  if (sheet.isNullObject) return undefined;
  const whole = sheet.getRange(rangeAddress(0, 0, STATEMENT_MAX_ROWS, 3));
  whole.load("values");
  await context.sync();
  const values = whole.values;
  const inputs = statementInputsFromSheet(values);
  if (!inputs) return undefined;
  return { sheetName: sheet.name, answers: checklistAnswersFromSheet(values), inputs };
}

/** The selected register column, as the statement refers to it. */
export type SelectedStatementRegister = DescribedRegister;

/**
 * The selected column of SEN codes as a reference: the table column when the selection is in an
 * Excel table (one cell of it is enough), else the used part of the column on its sheet, without a
 * header cell. Reads the codes too, for the preview values.
 */
export async function readSelectedRegisterReference(
  context: Excel.RequestContext,
  onProgress?: (done: number, total: number) => void,
): Promise<SelectedStatementRegister> {
  const selected = await readSelectedRegister(context, onProgress);
  const width = selected.values[0]?.length ?? 0;
  if (width !== 1 && !selected.table) {
    throw new SelectionError(
      `Select one column of SEN codes (the selection's used part, ${selected.address}, has ${width} columns).`,
    );
  }
  try {
    return describedRegister(selected);
  } catch (error) {
    throw new SelectionError(error instanceof Error ? error.message : String(error));
  }
}
