/**
 * A1 addresses as pure functions: column letters, cell and range addresses, and parsing the
 * address Excel reports for a selection ("Sheet1!C2:C40", "'My sheet'!$C$2"). No Office types.
 */
import { quoteSheetName } from "./sheet-names";

/** Column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0)
    throw new RangeError(`column index must be a whole number of 0 or more; it was ${col}`);
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based column index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  const text = letters.toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(text)) throw new RangeError(`not column letters: "${letters}"`);
  let n = 0;
  for (let i = 0; i < text.length; i += 1) n = n * 26 + (text.charCodeAt(i) - 64);
  return n - 1;
}

/** A1 address of a zero-based cell: (0, 0) → A1. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Absolute A1 address of a zero-based cell, for formulas that must not move: (5, 1) → $B$6. */
export function absoluteAddress(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

/** A1 address of a zero-based rectangle: (0, 0, 2, 3) → A1:C2; a single cell gives A1. */
export function rangeAddress(row: number, col: number, rowCount: number, colCount: number): string {
  const first = cellAddress(row, col);
  if (rowCount <= 1 && colCount <= 1) return first;
  return `${first}:${cellAddress(row + rowCount - 1, col + colCount - 1)}`;
}

/** A reference to a cell on a named sheet, for formulas: 'Schools'!B2. */
export function sheetCellRef(sheetName: string, row: number, col: number): string {
  return `${quoteSheetName(sheetName)}!${cellAddress(row, col)}`;
}

/** An address without its sheet: "C2:C240" for "Register!C2:C240" (as it is when it has none). */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

export interface ParsedAddress {
  /** The sheet name without quotes, when the address has one. */
  readonly sheet: string | undefined;
  /** Zero-based top-left cell. */
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;

/** Excel's sheet limit: 1,048,576 rows. */
export const EXCEL_MAX_ROWS = 1048576;

/**
 * Parse an address as Excel reports it (Range.address): "Sheet1!C2:C40", "'Bob''s'!$C$2",
 * "C2", or whole columns "C:C". Throws a RangeError for anything else.
 */
export function parseAddress(address: string): ParsedAddress {
  let sheet: string | undefined;
  let ref = address.trim();
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    let name = ref.slice(0, bang);
    ref = ref.slice(bang + 1);
    if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
    sheet = name;
  }
  const whole = WHOLE_COLUMNS.exec(ref);
  if (whole) {
    const a = columnIndex(whole[1]!);
    const b = columnIndex(whole[2]!);
    return { sheet, row: 0, col: Math.min(a, b), rowCount: EXCEL_MAX_ROWS, colCount: Math.abs(b - a) + 1 };
  }
  const parts = ref.split(":");
  if (parts.length < 1 || parts.length > 2) throw new RangeError(`not an A1 address: "${address}"`);
  const first = CELL.exec(parts[0]!);
  const last = CELL.exec(parts[1] ?? parts[0]!);
  if (!first || !last) throw new RangeError(`not an A1 address: "${address}"`);
  const r1 = Number(first[2]) - 1;
  const r2 = Number(last[2]) - 1;
  const c1 = columnIndex(first[1]!);
  const c2 = columnIndex(last[1]!);
  return {
    sheet,
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    colCount: Math.abs(c2 - c1) + 1,
  };
}
