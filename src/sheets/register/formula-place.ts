/**
 * Where the Register tab may put a formula on the register's sheet (pure): never inside the
 * register (its Excel table, or the block of cells it is) nor inside any other Excel table, where a
 * formula would be read as data (a pupil's Secondary Need) or make Excel show #SPILL!. A cell left
 * blank goes to the first free place right of the register: past one empty column (so a table does
 * not grow into it), past any table in the way, on empty cells; a cell typed inside a table or the
 * register is refused in words, naming a free place instead.
 */
import { cellAddress, rangeAddress } from "../a1-address";

/** A rectangle of cells, zero-based. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** An Excel table on the sheet, where it lies. */
export interface TableArea extends Area {
  readonly name: string;
}

/** Excel's last column is XFD. */
const MAX_COLUMNS = 16384;

export function overlaps(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** "A1:F41" for an area. */
export function areaAddress(area: Area): string {
  return rangeAddress(area.row, area.col, area.rows, area.cols);
}

/** What stands in the way of a rectangle: the register itself, or a table it would lie in. */
export function blockingArea(
  place: Area,
  register: Area,
  tables: readonly TableArea[],
): { readonly area: Area; readonly table?: string } | undefined {
  const table = tables.find((t) => overlaps(place, t));
  if (table) return { area: table, table: table.name };
  return overlaps(place, register) ? { area: register } : undefined;
}

/**
 * The first free column for a rectangle `rows` tall and `cols` wide on row `row`, from one empty
 * column right of the register: past every table and the register in its way, and (for a single
 * cell) past cells that hold something (`filled`).
 */
export function firstFreeColumn(
  size: { readonly row: number; readonly rows: number; readonly cols: number },
  register: Area,
  tables: readonly TableArea[],
  filled: (col: number) => boolean = () => false,
): number {
  let col = register.col + register.cols + 1;
  while (col + size.cols <= MAX_COLUMNS) {
    const place = { row: size.row, col, rows: size.rows, cols: size.cols };
    const blocking = blockingArea(place, register, tables);
    if (blocking) col = blocking.area.col + blocking.area.cols + 1;
    else if (size.cols === 1 && size.rows === 1 && filled(col)) col += 1;
    else return col;
  }
  return register.col + register.cols + 1;
}

/** The guide-hours formula's place when no cell is typed: level with the register's first pupil, in the first free column right of it. */
export function defaultFormulaCell(
  firstRow: number,
  register: Area,
  tables: readonly TableArea[],
  filled: (col: number) => boolean,
): string {
  return cellAddress(firstRow, firstFreeColumn({ row: firstRow, rows: 1, cols: 1 }, register, tables, filled));
}

/**
 * Why a place typed for a formula cannot take it, in the field's words (`label`), or undefined:
 * inside a table or inside the register; `instead` names a free place.
 */
export function placeProblem(
  label: string,
  place: Area,
  register: Area,
  tables: readonly TableArea[],
  instead: string,
): string | undefined {
  const blocking = blockingArea(place, register, tables);
  if (!blocking) return undefined;
  const where = cellAddress(place.row, place.col);
  const what = blocking.table
    ? `the table ${blocking.table} (${areaAddress(blocking.area)})`
    : `the register (${areaAddress(blocking.area)})`;
  return `${label}: ${where} lies in ${what}, where a formula would be read as data. Choose a cell outside it, such as ${instead}.`;
}
