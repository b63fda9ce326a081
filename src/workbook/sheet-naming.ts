/**
 * Naming a new sheet: one read of the sheet, table and workbook names in use, so the new sheet and
 * its tables get free, valid names (with `keepTableNames` a taken table name is refused before
 * anything is written) and a workbook name the model gives is pointed at its cell, whether it is
 * new or left over from an earlier sheet.
 */
import type { SheetModel } from "../sheets/sheet-model";
import { freeTableName } from "../sheets/sheet-names";
import { officeErrorText, SheetWriteError, type SyncCounter } from "./write-session";

/** The names already in use. */
export interface WorkbookNames {
  readonly sheetNames: string[];
  readonly tableNames: string[];
  /** The workbook's own names (Formulas > Name Manager, workbook scope). */
  readonly workbookNames: string[];
}

/** 1 sync: the sheet, table and workbook names in use. */
export async function readWorkbookNames(session: SyncCounter): Promise<WorkbookNames> {
  const workbook = session.context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load("items/name");
  const tables = workbook.tables;
  tables.load("items/name");
  const names = workbook.names;
  names.load("items/name");
  try {
    await session.sync();
  } catch (error) {
    throw new SheetWriteError(
      `Could not read the workbook's sheet names: ${officeErrorText(error)}. Nothing was written.`,
      error,
    );
  }
  return {
    sheetNames: worksheets.items.map((s) => s.name),
    tableNames: tables.items.map((t) => t.name),
    workbookNames: names.items.map((n) => n.name),
  };
}

/** With `keepTableNames`: refuse, before anything is written, a model whose table names are taken. */
export function checkTableNamesFree(model: SheetModel, names: WorkbookNames): void {
  for (const table of model.tables ?? []) {
    if (freeTableName(table.name, names.tableNames) !== table.name) {
      throw new SheetWriteError(
        `Could not write the sheet "${model.title}": the table name ${table.name} is already in use. Nothing was written.`,
        undefined,
      );
    }
  }
}
