/**
 * The reference a statement's formulas use for the school's SEN register column: a structured
 * reference to the table column when the register is an Excel table (it grows with the table),
 * else a bounded, absolute range on its sheet (a header cell above the codes left out). Pure.
 */
import type { RegisterCounts } from "../../rules/sen-register";
import { rangeAddress } from "../a1-address";
import { quoteSheetName, tableColumnReference } from "../sheet-names";
import { startsWithHeader, type RegisterColumnCells } from "../register/register-formula";

/** `'Register'!$C$2:$C$240`: rows of one column on a sheet, absolute. */
export function boundedColumnReference(sheetName: string, row: number, col: number, rowCount: number): string {
  const address = rangeAddress(row, col, rowCount, 1).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${quoteSheetName(sheetName)}!${address}`;
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

/** A register the statement can count from, with where it is in words for the pane. */
export interface DescribedRegister {
  readonly reference: string;
  readonly cells: readonly (readonly unknown[])[];
  /** "the column "SEN status" of the table Pupils", or the bounded reference. */
  readonly description: string;
}

/**
 * The column as the statement's formulas refer to it: the table column when it is one, else its
 * cells on the sheet without a header cell above the codes. Throws when only a header is left.
 */
export function describedRegister(column: RegisterColumnCells): DescribedRegister {
  if (column.table) {
    const { name, column: header } = column.table;
    return {
      reference: tableColumnReference(name, header),
      cells: column.values,
      description: `the column "${header}" of the table ${name}`,
    };
  }
  const skip = startsWithHeader(column.values) ? 1 : 0;
  const cells = column.values.slice(skip);
  if (cells.length === 0)
    throw new Error("The selection holds only a header: select the column of SEN codes under it.");
  const reference = boundedColumnReference(column.sheetName, column.row + skip, column.col, cells.length);
  return { reference, cells, description: reference };
}

/** The statement's three counts from a register's codes. */
export interface StatementCounts {
  /** SEN support (K) and School Action (A): 1 point each, as the counts route takes them. */
  readonly schoolAction: number;
  readonly schoolActionPlus: number;
  /** EHC plans (E) and Statements (S). */
  readonly statements: number;
}

/** A register's counts as the statement's count fields take them: K + A, P, E + S (N and blanks are not counted). */
export function statementCounts(counts: RegisterCounts): StatementCounts {
  return { schoolAction: counts.K + counts.A, schoolActionPlus: counts.P, statements: counts.E + counts.S };
}
