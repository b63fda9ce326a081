/**
 * The Register tab's Excel side: each function runs its own Excel.run (see excel-run.ts) around
 * the register's Office.js edges (register-range.ts, register-table.ts, spill-cells.ts). Read the
 * selected column or the register table around the selection, add or remove the highlight of the
 * cells that are not accepted codes, put the live guide-hours formula in a cell after looking at
 * what the cell holds now, and the two census formulas after looking at the cells they spill into;
 * the review formulas beside the register and their highlight of overdue rows, and remove it.
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
import { readRegisterTable, type SelectedRegisterTable } from "./register-table";
import { readSpillAreas, writeSpillFormulas, type SpillAreaContent, type SpillFormula } from "./spill-cells";
import { removeReviewHighlights, writeReviewFormulas } from "./review-range";
import type { ReviewFormulaPlan } from "../sheets/register/review-formulas";

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

/** The register table around the selection (an Excel table, the selected cells or the block around the active cell), for the census check. */
export function readSelectedRegisterTable(
  onProgress?: (done: number, total: number) => void,
): Promise<SelectedRegisterTable> {
  return runInExcel((context) => readRegisterTable(context, onProgress));
}

/** What the cells the census formulas would spill into hold now, and the tables they lie in. */
export function readFormulaSpills(sheetName: string, areas: readonly string[]): Promise<SpillAreaContent[]> {
  return runInExcel((context) => readSpillAreas(context, sheetName, areas));
}

/** Write the census formulas into their cells, emptying their spill areas first when the user agreed. */
export function insertSpillFormulas(
  sheetName: string,
  formulas: readonly SpillFormula[],
  clear: boolean,
): Promise<void> {
  return runInExcel((context) => writeSpillFormulas(context, sheetName, formulas, clear));
}

/** Write the review formulas beside the register and the highlight of overdue rows (review-range.ts). Returns the earlier highlights replaced. */
export function insertReviewFormulas(sheetName: string, plan: ReviewFormulaPlan): Promise<number> {
  return runInExcel((context) => writeReviewFormulas(context, sheetName, plan));
}

/** Remove the overdue highlight within `address`. Returns how many were removed. */
export function removeOverdueHighlights(sheetName: string, address: string): Promise<number> {
  return runInExcel((context) => removeReviewHighlights(context, sheetName, address));
}
