/**
 * The reference a statement's formulas use for the school's SEN register column: a structured
 * reference to the table column when the register is an Excel table (it grows with the table),
 * else a bounded, absolute range on its sheet (a header cell above the codes left out). Pure.
 */
import { parseSenCode } from "../../rules/sen-register";
import { rangeAddress } from "../a1-address";
import { quoteSheetName } from "../sheet-names";

/** A column name inside a structured reference: ' [ ] # are escaped with a leading apostrophe. */
export function structuredColumnName(name: string): string {
  return name.replace(/['[\]#]/g, "'$&");
}

/** `Pupils[SEN status]`: a table's data column. */
export function tableColumnReference(tableName: string, columnName: string): string {
  return `${tableName}[${structuredColumnName(columnName)}]`;
}

/** `'Register'!$C$2:$C$240`: rows of one column on a sheet, absolute. */
export function boundedColumnReference(sheetName: string, row: number, col: number, rowCount: number): string {
  const address = rangeAddress(row, col, rowCount, 1).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${quoteSheetName(sheetName)}!${address}`;
}

/** True when the first cell of a column is a header (text that is not a SEN code), not a pupil's code. */
export function startsWithHeader(cells: readonly (readonly unknown[])[]): boolean {
  const first = cells[0]?.[0];
  return typeof first === "string" && first.trim() !== "" && parseSenCode(first) === undefined;
}

const TABLE_COLUMN = /^[A-Za-z_\\][A-Za-z0-9_.]*\[(?:[^[\]#']|'[[\]#'])+\]$/;
const BOUNDED_COLUMN = /^'(?:[^']|'')+'!\$[A-Z]{1,3}\$\d{1,7}(?::\$[A-Z]{1,3}\$\d{1,7})?$/;

/**
 * True for a reference as this module makes it (a table column or a bounded range with its
 * sheet), and nothing else: a reference read back from a statement sheet goes into formulas, so
 * text someone typed over it is never taken as one.
 */
export function isRegisterReference(text: string): boolean {
  return TABLE_COLUMN.test(text) || BOUNDED_COLUMN.test(text);
}
