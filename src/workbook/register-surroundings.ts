/**
 * What lies around a register on its sheet, for placing the Register tab's formulas outside it:
 * every Excel table on the sheet and where it lies, the register itself (the table the checked
 * cells are in, or the block of cells around them) and, when the checked cells are one column of
 * a table with its header row showing, that table column. Then the guide-hours formula's cell:
 * the one typed (refused in words inside a table or the register) or the first free one right of
 * the register, and what it holds now. Thin Office.js edge. 2 syncs for the surroundings, 1 more
 * for the cell.
 */
import { cellAddress, localAddress, parseAddress } from "../sheets/a1-address";
import {
  defaultFormulaCell,
  overlaps,
  placeProblem,
  type Area,
  type TableArea,
} from "../sheets/register/formula-place";

export interface RegisterSurroundings {
  /** The Excel table column the checked cells are, when they are one. */
  readonly table: { readonly name: string; readonly column: string } | undefined;
  /** The register: its table, or the block of cells around the checked cells. */
  readonly register: Area;
  /** Every Excel table on the sheet. */
  readonly tables: readonly TableArea[];
}

function area(range: Excel.Range): Area {
  return { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}

/** The tables on `sheetName` and the register around the checked cells `address`. 2 syncs. */
export async function readRegisterSurroundings(
  context: Excel.RequestContext,
  sheetName: string,
  address: string,
): Promise<RegisterSurroundings> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const checked = parseAddress(localAddress(address));
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property: it needs no load
  const tables = sheet.tables;
  tables.load("items/name,items/showHeaders");
  const region = sheet.getRange(cellAddress(checked.row, checked.col)).getSurroundingRegion();
  region.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  const read = tables.items.map((table) => {
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    const header = table.getHeaderRowRange();
    header.load("values");
    return { table, range, header };
  });
  await context.sync();
  const areas: TableArea[] = read.map(({ table, range }) => ({ name: table.name, ...area(range) }));
  const checkedArea = { row: checked.row, col: checked.col, rows: checked.rowCount, cols: checked.colCount };
  const holding = read.find(({ range }) => overlaps(area(range), checkedArea));
  const register = holding ? area(holding.range) : area(region);
  let table: RegisterSurroundings["table"];
  if (holding && holding.table.showHeaders && checked.colCount === 1) {
    const column = String(holding.header.values[0]?.[checked.col - holding.range.columnIndex] ?? "").trim();
    if (column !== "") table = { name: holding.table.name, column };
  }
  return { table, register, tables: areas };
}

/** Columns read right of the register when looking for a free cell. */
const FREE_CELL_SEARCH = 64;

export interface FormulaCellPlace {
  /** The cell the formula goes in. */
  readonly cell: string;
  /** Why the cell typed cannot take the formula, in the field's words. */
  readonly problem?: string;
  /** What the cell holds now: "" when it is empty, else its formula or value. */
  readonly existing: unknown;
}

/**
 * The guide-hours formula's cell on the register's sheet: `typed` (one cell, upper case), or the
 * first free cell right of the register, level with the checked cells' first row when blank. 1 sync.
 */
export async function readFormulaCell(
  context: Excel.RequestContext,
  sheetName: string,
  around: RegisterSurroundings,
  firstRow: number,
  typed: string,
  label: string,
): Promise<FormulaCellPlace> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const start = around.register.col + around.register.cols;
  const row = sheet.getRangeByIndexes(firstRow, start, 1, FREE_CELL_SEARCH);
  row.load("values,formulas");
  const target = typed === "" ? undefined : sheet.getRange(typed);
  target?.load("values,formulas");
  await context.sync();
  const { values, formulas } = row;
  const filled = (col: number) => {
    const i = col - start;
    return i >= 0 && i < FREE_CELL_SEARCH && (values[0]?.[i] !== "" || formulas[0]?.[i] !== "");
  };
  const free = defaultFormulaCell(firstRow, around.register, around.tables, filled);
  if (!target) return { cell: free, existing: "" };
  const p = parseAddress(typed);
  const place = { row: p.row, col: p.col, rows: 1, cols: 1 };
  const problem = placeProblem(label, place, around.register, around.tables, free);
  const formula = target.formulas[0]?.[0];
  const existing = formula !== undefined && formula !== "" ? formula : (target.values[0]?.[0] ?? "");
  return problem ? { cell: typed, problem, existing } : { cell: typed, existing };
}
