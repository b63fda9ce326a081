/**
 * The guide-hours formula the Register tab inserts for the checked column: a structured reference
 * to the table column when the register is an Excel table (Register[SEN status], which grows with
 * the table), else the bounded range that was checked ($C$2:$C$240). Never a whole column such as
 * C:C: Excel on the web returns #CALC! for a custom function given one. Pure: no Office, no DOM.
 */
import { cellAddress, parseAddress } from "../a1-address";
import { parseSenCode } from "../../rules/sen-provision-codes";
import { tableColumnReference } from "../sheet-names";
import { mobilityLiteralArgument } from "../mobility-argument";

export interface RegisterColumnRef {
  /** The sheet the register is on. */
  readonly sheetName: string;
  /** The checked cells, e.g. "C2:C240" (a sheet prefix is dropped). */
  readonly address: string;
  /** The Excel table and column the cells belong to, when they are one table column. */
  readonly table?: { readonly name: string; readonly column: string };
}

/** A sheet name as a formula writes it: quoted unless it is letters, digits and underscores. */
export function sheetPrefix(sheetName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName)
    ? `${sheetName}!`
    : `'${sheetName.replace(/'/g, "''")}'!`;
}

/** "$C$2:$C$240" for "C2:C240". */
export function absoluteAddress(address: string): string {
  const p = parseAddress(address);
  const corner = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const start = corner(p.row, p.col);
  if (p.rowCount === 1 && p.colCount === 1) return start;
  return `${start}:${corner(p.row + p.rowCount - 1, p.col + p.colCount - 1)}`;
}

/** The register as a formula refers to it from a cell on `targetSheet`. */
export function registerReference(ref: RegisterColumnRef, targetSheet: string): string {
  if (ref.table) return tableColumnReference(ref.table.name, ref.table.column);
  const prefix = targetSheet.toLowerCase() === ref.sheetName.toLowerCase() ? "" : sheetPrefix(ref.sheetName);
  return `${prefix}${absoluteAddress(ref.address)}`;
}

/** A register column as read from a sheet: where its first cell is, its cells, and its table column when it is one. */
export interface RegisterColumnCells {
  readonly sheetName: string;
  /** Zero-based row and column of the first cell read. */
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly unknown[])[];
  /** The Excel table column the cells are (its data rows, without the header), when they are one. */
  readonly table?: { readonly name: string; readonly column: string };
}

/** True when the first cell of a column is a header (text that is not a SEN code), not a pupil's code. */
export function startsWithHeader(cells: readonly (readonly unknown[])[]): boolean {
  const first = cells[0]?.[0];
  return typeof first === "string" && first.trim() !== "" && parseSenCode(first) === undefined;
}

export interface GuideFormulaInputs {
  readonly budget: number;
  readonly mobility?: number;
  readonly weight?: number;
}

/** A number as a formula literal (no grouping). */
function literal(value: number): string {
  return String(value);
}

/** =SEND.SENCOHOURSFROMREGISTER(budget, register[, mobility[, weight]]). */
export function guideHoursFormula(ref: RegisterColumnRef, targetSheet: string, inputs: GuideFormulaInputs): string {
  const args = [literal(inputs.budget), registerReference(ref, targetSheet)];
  if (inputs.mobility !== undefined || inputs.weight !== undefined) {
    args.push(inputs.mobility === undefined ? "" : mobilityLiteralArgument(inputs.mobility));
  }
  if (inputs.weight !== undefined) args.push(literal(inputs.weight));
  return `=SEND.SENCOHOURSFROMREGISTER(${args.join(", ")})`;
}
