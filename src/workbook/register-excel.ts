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
  highlightCells,
  readSelectedRegister,
  removeHighlights,
  writeFormula,
  type SelectedRegister,
} from "./register-range";
import {
  readFormulaCell,
  readRegisterSurroundings,
  type FormulaCellPlace,
  type RegisterSurroundings,
} from "./register-surroundings";
import { readRegisterTable, type SelectedRegisterTable } from "./register-table";
import { readSpillAreas, writeSpillFormulas, type SpillAreaContent, type SpillFormula } from "./spill-cells";
import { removeReviewHighlights, writeReviewFormulas } from "./review-range";
import type { ReviewFormulaPlan } from "../sheets/register/review-formulas";

/** The used part of the selected column and its values. */
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

/** Where the guide-hours formula goes, as it is now, and the register column it refers to. */
export interface FormulaTarget extends FormulaCellPlace {
  /** The Excel table column the checked cells lie in, when they lie in one. */
  readonly table: RegisterSurroundings["table"];
}

/**
 * Look, in one request context, at the register around the checked range `address` (its table
 * column, the tables on the sheet) and at the formula's cell: `typed` (upper case; refused in words
 * inside a table or the register), or when blank the first free cell right of the register on row
 * `firstRow`, and what it holds now. The pane builds the formula from the one and asks before
 * replacing the other.
 */
export function readFormulaTarget(
  sheetName: string,
  address: string,
  firstRow: number,
  typed: string,
  label: string,
): Promise<FormulaTarget> {
  return runInExcel(async (context) => {
    const around = await readRegisterSurroundings(context, sheetName, address);
    const place = await readFormulaCell(context, sheetName, around, firstRow, typed, label);
    return { ...place, table: around.table };
  });
}

/** The Excel tables on `sheetName` and the register around `address`, for placing formulas outside them. */
export function readRegisterSurroundingsIn(sheetName: string, address: string): Promise<RegisterSurroundings> {
  return runInExcel((context) => readRegisterSurroundings(context, sheetName, address));
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
