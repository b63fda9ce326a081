/**
 * The workbook names a model gives its figures (`Plan_EmployerCashCost`, `Statement_GuideHours`),
 * pointed at their cells on the sheet written: a name already there (left by an earlier sheet, or
 * the sheet's own on an update) is pointed again (NamedItem.formula), a new one is added
 * (NamedItemCollection.add). Sheet-scope names go in the sheet's own collection (Worksheet.names).
 * Queued only: the caller syncs.
 */
import { absoluteAddress } from "../sheets/a1-address";
import type { NamedCell, SheetModel } from "../sheets/sheet-model";
import { quoteSheetName } from "../sheets/sheet-names";

/** The names already there: the workbook's, and the sheet's own (empty for a new sheet). */
export interface ExistingNames {
  readonly workbook: readonly string[];
  readonly sheet: readonly string[];
}

/** `='SENCO time statement'!$B$22`: what a name of this cell on `sheetName` refers to. */
export function nameReference(sheetName: string, cell: NamedCell): string {
  return `=${quoteSheetName(sheetName)}!${absoluteAddress(cell.row, cell.col)}`;
}

function has(names: readonly string[], name: string): boolean {
  return names.some((n) => n.toLowerCase() === name.toLowerCase());
}

/** Queue the model's names for the sheet `sheetName` (no sync). */
export function queueNames(
  workbook: Excel.Workbook,
  sheet: Excel.Worksheet,
  sheetName: string,
  model: SheetModel,
  existing: ExistingNames,
): void {
  for (const cell of model.names ?? []) {
    const reference = nameReference(sheetName, cell);
    const collection = cell.scope === "workbook" ? workbook.names : sheet.names;
    const there = cell.scope === "workbook" ? existing.workbook : existing.sheet;
    if (has(there, cell.name)) collection.getItem(cell.name).formula = reference;
    else collection.add(cell.name, reference, cell.comment);
  }
}
