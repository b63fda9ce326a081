/**
 * Naming a new sheet: one read of the sheet and table names in use (and of the sheet an update
 * replaces), so the new sheet and its tables get free, valid names; with `keepTableNames` a taken
 * table name is refused before anything is written. When replacing, the new sheet is written under
 * a temporary name and only once it is whole takes the old sheet's name and place, the old one
 * deleted in the same request; a failed swap leaves the old sheet as it was.
 */
import type { SheetModel } from "../sheets/sheet-model";
import { freeTableName, sheetNameKey } from "../sheets/sheet-names";
import { officeErrorText, removeSheet, SheetWriteError, type SyncCounter } from "./write-session";

/** The names already in use, and the sheet being replaced if it exists. */
export interface WorkbookNames {
  readonly sheetNames: string[];
  readonly tableNames: string[];
  /** The sheet to replace, when `replaceSheetName` names one that exists (its position loaded). */
  readonly old: Excel.Worksheet | undefined;
}

/** 1 sync: the sheet and table names in use, and the sheet being replaced. */
export async function readWorkbookNames(session: SyncCounter, replaceName: string | undefined): Promise<WorkbookNames> {
  const workbook = session.context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load("items/name");
  const tables = workbook.tables;
  tables.load("items/name");
  const old = replaceName !== undefined ? worksheets.getItemOrNullObject(replaceName) : undefined;
  old?.load("isNullObject,name,position");
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
    old: old !== undefined && !old.isNullObject ? old : undefined,
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

/** True when a sheet of that name (Excel compares them ignoring case) was in the workbook before the write. */
function nameWasTaken(names: WorkbookNames, name: string): boolean {
  return names.sheetNames.some((n) => sheetNameKey(n) === sheetNameKey(name));
}

/**
 * Replacing: only now, with the new sheet whole, delete the old one and give the new one its name
 * and place (1 more sync). Resolves with the new sheet's final name.
 */
export async function swapInNewSheet(
  session: SyncCounter,
  sheet: Excel.Worksheet,
  names: WorkbookNames,
  { newName, replaceName, activate }: { newName: string; replaceName: string; activate: boolean },
): Promise<string> {
  const old = names.old;
  if (old) {
    const position = old.position;
    old.delete();
    sheet.name = replaceName;
    sheet.position = position;
  } else if (!nameWasTaken(names, replaceName)) {
    sheet.name = replaceName;
  }
  if (activate) sheet.activate();
  await session.sync();
  return old || !nameWasTaken(names, replaceName) ? replaceName : newName;
}

/** A failed swap: if the old sheet is still there, remove the new one; otherwise the new one stays under its own name. */
export async function swapFailure(
  session: SyncCounter,
  names: WorkbookNames,
  replaceName: string,
  newName: string,
  error: unknown,
): Promise<SheetWriteError> {
  let oldStillThere = true;
  try {
    const check = session.context.workbook.worksheets.getItemOrNullObject(replaceName);
    // eslint-disable-next-line office-addins/no-navigational-load -- a null object's flag is read once, after one sync
    check.load("isNullObject");
    await session.sync();
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- sync() wraps context.sync() to count the calls
    oldStillThere = !check.isNullObject && names.old !== undefined;
  } catch {
    // keep the safe assumption: the old sheet is still there
  }
  if (oldStillThere) {
    const cleanup = await removeSheet(session, newName);
    return new SheetWriteError(
      `Could not replace the sheet "${replaceName}": ${officeErrorText(error)}. ${cleanup}; "${replaceName}" was not changed.`,
      error,
    );
  }
  return new SheetWriteError(
    `The new sheet was written as "${newName}" but could not be renamed to "${replaceName}": ${officeErrorText(error)}. Rename it by hand.`,
    error,
  );
}
