/**
 * A user's table in a formula: an Excel table's column by name (`Budget[[Notional SEN Budget]]`,
 * which grows with the table), or else the column's cells from the first row to the last,
 * absolute (`'Budget 2025'!$D$4:$D$118`), never a whole column; and where the table is, in words.
 * Pure.
 */
import { columnLetters, rangeAddress } from "../../a1-address";
import { escapeTableColumn, quoteSheetName } from "../../sheet-names";
import type { JoinTable } from "./join-types";

/** The column's name in its Excel table, when a structured reference can name it safely. */
function tableColumnName(table: JoinTable, column: number): string | undefined {
  if (table.tableName === undefined) return undefined;
  const header = table.headers[column];
  if (typeof header !== "string" && typeof header !== "number") return undefined;
  const name = String(header);
  if (name.trim() === "" || name !== name.trim() || /[\r\n\t]/.test(name)) return undefined;
  const lower = name.toLowerCase();
  const same = table.headers.filter((h) => h !== null && h !== undefined && String(h).toLowerCase() === lower);
  return same.length === 1 ? name : undefined;
}

/** A column of a source table, in a formula. */
export function columnRange(table: JoinTable, column: number): string {
  const name = tableColumnName(table, column);
  if (name !== undefined) return `${table.tableName}[[${escapeTableColumn(name)}]]`;
  const letters = columnLetters(table.firstCol + column);
  const first = table.headerRow + 2;
  const last = table.headerRow + 1 + Math.max(1, table.rows.length);
  return `${quoteSheetName(table.sheetName)}!$${letters}$${first}:$${letters}$${last}`;
}

/** Where a table is: "Excel table Survey on sheet Survey", "Budget!A3:C218" (a table read without header row: its rows). */
export function whereIs(table: JoinTable): string {
  if (table.tableName !== undefined) return `Excel table ${table.tableName} on sheet ${table.sheetName}`;
  const width = Math.max(1, table.headers.length);
  const top = table.noHeaderRow ? table.headerRow + 1 : table.headerRow;
  const rows = table.rows.length + (table.noHeaderRow ? 0 : 1);
  return `${table.sheetName}!${rangeAddress(top, table.firstCol, Math.max(1, rows), width)}`;
}
