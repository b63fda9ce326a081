/**
 * The Register tab's Excel side: each function runs its own Excel.run (see excel-run.ts) around
 * the register's Office.js edge (register-range.ts). Read the selected column, add or remove the
 * highlight of the cells that are not accepted codes, and put the live guide-hours formula in a
 * cell after looking at what the cell holds now.
 */
import { runInExcel } from "./excel-run";
import {
  cellContent,
  highlightCells,
  readSelectedRegister,
  registerTableColumn,
  removeHighlights,
  writeFormula,
  type SelectedRegister,
} from "./register-range";

/** The used part of the selected column and its values (ExcelApi 1.7). */
export function readSelectedRegisterColumn(
  onProgress?: (done: number, total: number) => void,
): Promise<SelectedRegister> {
  return runInExcel((context) => readSelectedRegister(context, onProgress));
}

/** Highlight the cells in `areaGroups` on `sheetName` (conditional formats; no cell changes). Returns the formats added. */
export function highlightInvalidCells(sheetName: string, areaGroups: readonly (readonly string[])[]): Promise<number> {
  return runInExcel((context) => highlightCells(context, sheetName, areaGroups));
}

/** Remove the check's highlights within `address`. Returns how many were removed. */
export function removeInvalidHighlights(sheetName: string, address: string): Promise<number> {
  return runInExcel((context) => removeHighlights(context, sheetName, address));
}

/** Where the guide-hours formula goes, as it is now. */
export interface FormulaTarget {
  /** The Excel table column the checked cells lie in, when they lie in one (ExcelApi 1.9). */
  readonly table: { name: string; column: string } | undefined;
  /** What `cell` holds now: "" when it is empty, else its formula or value. */
  readonly existing: unknown;
}

/**
 * Look, in one request context, at the table column the checked range `address` lies in and at
 * what `cell` (on the same sheet) holds now: the pane builds the formula from the one and asks
 * before replacing the other.
 */
export function readFormulaTarget(sheetName: string, address: string, cell: string): Promise<FormulaTarget> {
  return runInExcel(async (context) => {
    const table = await registerTableColumn(context, sheetName, address);
    const existing = await cellContent(context, sheetName, cell);
    return { table, existing };
  });
}

/** Write `formula` into `cell` on `sheetName` and select it. */
export function insertFormula(sheetName: string, cell: string, formula: string): Promise<void> {
  return runInExcel((context) => writeFormula(context, sheetName, cell, formula));
}
