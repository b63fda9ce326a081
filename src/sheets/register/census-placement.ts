/**
 * Where the Register tab puts SEND.SENNEEDCOUNTS and SEND.SENCENSUSCHECK beside a register, and
 * the cells each one spills into: the counts' 17 rows by 4 columns; the check's header and a row
 * per problem the register has now (or "No problems found") by 2 columns. Excel shows #SPILL!
 * when any cell of a spill holds something, lies in an Excel table or runs off the sheet, so the
 * pane looks at every one of them before it writes. Pure.
 */
import { MAX_LISTED_PROBLEMS } from "../../rules/sen-census";
import { cellAddress, EXCEL_MAX_ROWS, parseAddress, rangeAddress } from "../a1-address";
import { firstFreeColumn, type Area, type TableArea } from "./formula-place";
import {
  censusFormulaCells,
  censusFormulas,
  type CensusCheckModel,
  type RegisterLocation,
  type RegisterMapping,
  type RegisterTable,
} from "./census-check";

/** Excel's last column is XFD: 16,384 columns. */
const MAX_COLUMNS = 16384;
/** The check starts this many columns right of the counts: their 4 columns and an empty one. */
const CHECK_OFFSET = 5;

/** One formula, the cell it goes in and the cells it spills into now. */
export interface SpillTarget {
  readonly formula: string;
  /** "H1" */
  readonly cell: string;
  /** "H1:K17": the anchor cell included. */
  readonly area: string;
}

export interface CensusPlacement {
  readonly needCounts: SpillTarget;
  readonly check: SpillTarget;
}

/** Rows SEND.SENCENSUSCHECK spills for `problems` problems: the header, then a row per problem (at most the cap and a row saying how many more), or one row "No problems found". */
export function checkSpillRows(problems: number): number {
  if (problems === 0) return 2;
  return 1 + Math.min(problems, MAX_LISTED_PROBLEMS) + (problems > MAX_LISTED_PROBLEMS ? 1 : 0);
}

const CELL_LABEL = "Cell for the census formulas";

/** The register's cells: its header row and rows, where they are. */
function registerArea(table: RegisterTable): Area {
  return { row: table.origin.row, col: table.origin.col, rows: table.rows.length + 1, cols: table.headers.length };
}

/**
 * Where the formulas go when no cell is typed: level with the register's header, in the first
 * columns right of the register where both spills fit outside every Excel table (one empty column
 * between, so a table does not grow into them).
 */
export function defaultCensusCell(table: RegisterTable, model: CensusCheckModel, tables: readonly TableArea[]): string {
  const rows = Math.max(model.countRows.length, checkSpillRows(model.problemCount));
  const size = { row: table.origin.row, rows, cols: CHECK_OFFSET + 2 };
  return cellAddress(table.origin.row, firstFreeColumn(size, registerArea(table), tables));
}

/** The anchor typed ("" for the default beside the register), or why it cannot be one. */
function anchorOf(typed: string, table: RegisterTable): { row: number; col: number } | string {
  const text = typed.trim().toUpperCase();
  const cell = text === "" ? censusFormulaCells(table).needCounts : text;
  try {
    const p = parseAddress(cell);
    if (p.rowCount === 1 && p.colCount === 1 && !cell.includes("!") && !cell.includes(":")) return p;
  } catch {
    // not an address: said below
  }
  return `${CELL_LABEL} must be one cell on the register's sheet, such as H2; it was "${typed.trim()}".`;
}

function overlaps(a: string, b: string): boolean {
  const p = parseAddress(a);
  const q = parseAddress(b);
  return (
    p.row < q.row + q.rowCount && q.row < p.row + p.rowCount && p.col < q.col + q.colCount && q.col < p.col + p.colCount
  );
}

/**
 * The two formulas for the register, with the cells they go in (the counts at `typed`, or two
 * columns right of the register when blank; the check five columns right of the counts) and the
 * cells they spill into; or, in the field's words, why they cannot go there (not one cell, off the
 * sheet, over the register).
 */
export function placeCensusFormulas(
  table: RegisterTable,
  m: RegisterMapping,
  where: RegisterLocation,
  model: CensusCheckModel,
  typed: string,
): { ok: true; placement: CensusPlacement } | { ok: false; message: string } {
  const anchor = anchorOf(typed, table);
  if (typeof anchor === "string") return { ok: false, message: anchor };
  const countsRows = model.countRows.length;
  const checkRows = checkSpillRows(model.problemCount);
  const lastCol = anchor.col + CHECK_OFFSET + 1;
  const lastRow = anchor.row + Math.max(countsRows, checkRows) - 1;
  if (lastCol >= MAX_COLUMNS || lastRow >= EXCEL_MAX_ROWS)
    return {
      ok: false,
      message: `${CELL_LABEL}: the formulas need ${countsRows} rows and 7 columns from it, past the end of the sheet.`,
    };
  const formulas = censusFormulas(table, m, where, where.sheetName);
  const needCounts = {
    formula: formulas.needCounts,
    cell: cellAddress(anchor.row, anchor.col),
    area: rangeAddress(anchor.row, anchor.col, countsRows, 4),
  };
  const check = {
    formula: formulas.check,
    cell: cellAddress(anchor.row, anchor.col + CHECK_OFFSET),
    area: rangeAddress(anchor.row, anchor.col + CHECK_OFFSET, checkRows, 2),
  };
  const register = rangeAddress(table.origin.row, table.origin.col, table.rows.length + 1, table.headers.length);
  const both = rangeAddress(anchor.row, anchor.col, lastRow - anchor.row + 1, lastCol - anchor.col + 1);
  if (overlaps(both, register))
    return {
      ok: false,
      message: `${CELL_LABEL}: the formulas would spill over the register (${register}): choose a cell to its right or below it.`,
    };
  return { ok: true, placement: { needCounts, check } };
}
