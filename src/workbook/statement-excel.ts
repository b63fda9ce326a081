/**
 * The SENCO time tab's Excel side: each function runs its own Excel.run (excel-run.ts) around the
 * statement writer (statement-writer.ts). Find the statement already in the workbook, write the
 * statement, and turn the selected column into the register the statement's formulas refer to.
 */
import type { SheetModel } from "../sheets/sheet-model";
import { runInExcel } from "./excel-run";
import {
  previewStatementUpdate,
  readExistingStatement,
  readSelectedRegisterReference,
  updateStatement,
  writeStatement,
  type ExistingStatement,
  type SelectedStatementRegister,
} from "./statement-writer";
import type { SheetUpdatePreview, UpdateOptions } from "./update-sheet";
import type { TabWriteOptions, WriteSheetResult } from "./write-sheet";

/** The statement sheet already in the workbook, with what the school typed on it; undefined when there is none. */
export function readStatementInWorkbook(): Promise<ExistingStatement | undefined> {
  return runInExcel((context) => readExistingStatement(context));
}

/** Write the statement to a new sheet. */
export function writeStatementSheet(model: SheetModel, options: TabWriteOptions): Promise<WriteSheetResult> {
  return runInExcel((context) => writeStatement(context, model, options));
}

/** What updating the statement sheet `sheetName` would write over or remove of what the school typed (nothing written). */
export function previewStatementSheetUpdate(
  sheetName: string,
  model: SheetModel,
  previous: SheetModel | undefined,
): Promise<SheetUpdatePreview> {
  return runInExcel((context) => previewStatementUpdate(context, sheetName, model, previous));
}

/** Update the statement sheet `sheetName` in place. */
export function updateStatementSheet(
  sheetName: string,
  model: SheetModel,
  options: UpdateOptions,
): Promise<WriteSheetResult> {
  return runInExcel((context) => updateStatement(context, sheetName, model, options));
}

/** The selected column of SEN codes as the register the statement refers to (a table column when it is one). */
export function readSelectedStatementRegister(
  onProgress?: (done: number, total: number) => void,
): Promise<SelectedStatementRegister> {
  return runInExcel((context) => readSelectedRegisterReference(context, onProgress));
}
