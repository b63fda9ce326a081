/**
 * The live review formulas the Register tab puts beside a register in Excel, as a pure plan: one
 * SEND.EHCPREVIEWDUE a pupil with an EHC plan, in a column of its own right of the register (the
 * first column, after one left empty, whose cells in the register's rows are all empty, or the
 * one these formulas filled before), under a header; and a removable highlight (a conditional
 * format) of the register's rows whose review date has passed. For an Excel table the formulas
 * refer to the pupil's row by structured reference (Register[@[EHCP start date]]), else by cell
 * ($G5). Nothing a user typed is written over: a column holding anything else is passed by.
 */
import { parseSenCode } from "../../rules/sen-provision-codes";
import { cellAddress, columnLetters, rangeAddress } from "../a1-address";
import { DATE_FORMAT } from "../number-format";
import { escapeTableColumn } from "../sheet-names";
import type { RegisterLocation, RegisterTable } from "./census-check";
import type { ReviewMapping } from "./review-check";

/** The header the formulas' column carries: how the pane finds its own column again. */
export const REVIEW_FORMULA_HEADER = "EHC plan review due by";
/** Marks the highlight's conditional format: N(text) is 0, so the test is unchanged; the text says it is ours. */
export const REVIEW_HIGHLIGHT_MARKER = "SEND review check";
/** Columns right of the register looked at for an empty one (after the one left empty). */
export const REVIEW_COLUMN_SEARCH = 12;

const FORMULA_START = "=SEND.EHCPREVIEWDUE(";

/** A column beside the register as read: its cells that hold something (the header row's first) and the Excel tables it lies in. */
export interface ColumnContent {
  readonly filled: readonly { readonly address: string; readonly content: unknown }[];
  readonly tables: readonly string[];
}

/** The columns to look at beside the register, in order: the first after one left empty, then the next ones. */
export function columnsBesideRegister(table: RegisterTable): { col: number; address: string }[] {
  const first = table.origin.col + table.headers.length + 1;
  return Array.from({ length: REVIEW_COLUMN_SEARCH }, (_v, i) => ({
    col: first + i,
    address: rangeAddress(table.origin.row, first + i, table.rows.length + 1, 1),
  }));
}

/** True when a column is free for the formulas: outside any table, and empty or the column they filled before. */
function isFree(column: ColumnContent, headerCell: string): boolean {
  if (column.tables.length > 0) return false;
  const header = column.filled.find((f) => f.address === headerCell);
  if (column.filled.length === 0) return true;
  return (
    header?.content === REVIEW_FORMULA_HEADER &&
    column.filled.every((f) => f === header || (typeof f.content === "string" && f.content.startsWith(FORMULA_START)))
  );
}

/**
 * The first free column among those read (columnsBesideRegister's, in order), as its index in
 * that list; undefined when none is free.
 */
export function freeColumn(table: RegisterTable, columns: readonly ColumnContent[]): number | undefined {
  const places = columnsBesideRegister(table);
  const index = columns.findIndex((column, i) => isFree(column, cellAddress(table.origin.row, places[i]!.col)));
  return index < 0 ? undefined : index;
}

/** The cell or this-row reference to a register column from the pupil's row. */
function rowReference(table: RegisterTable, where: RegisterLocation, col: number, sheetRow: number): string {
  if (where.tableName) {
    const header = String(table.headers[col] ?? "").trim();
    return `${where.tableName}[@[${escapeTableColumn(header)}]]`;
  }
  return `$${columnLetters(table.origin.col + col)}${sheetRow + 1}`;
}

/** =SEND.EHCPREVIEWDUE(the last review if the cell holds one, else the plan's date) for a pupil's row. */
export function reviewDueFormula(
  table: RegisterTable,
  m: ReviewMapping,
  where: RegisterLocation,
  sheetRow: number,
): string {
  const ref = (col: number) => rowReference(table, where, col, sheetRow);
  const { planDate, lastReview } = m;
  if (planDate !== undefined && lastReview !== undefined)
    return `${FORMULA_START}IF(${ref(lastReview)}="",${ref(planDate)},${ref(lastReview)}))`;
  const only = lastReview ?? planDate;
  if (only === undefined) throw new Error("The register has no column of the plan's date or its last review.");
  return `${FORMULA_START}${ref(only)})`;
}

export interface ReviewFormulaPlan {
  /** The column's cells from the header row down: the header, then a formula for each pupil with an EHC plan ("" for the others). */
  readonly address: string;
  readonly formulas: string[][];
  readonly numberFormat: string[][];
  /** The pupils given a formula. */
  readonly count: number;
  /** The highlight: the register's pupil rows to the formulas' column, and its rule. */
  readonly highlight: { readonly address: string; readonly formula: string };
  /** The column's letter, for the pane's words: "L". */
  readonly column: string;
}

/** The formulas and the highlight for the register, in the sheet column `col` (zero-based). */
export function reviewFormulaPlan(
  table: RegisterTable,
  m: ReviewMapping,
  where: RegisterLocation,
  col: number,
): ReviewFormulaPlan {
  const first = table.origin.row + 1;
  let count = 0;
  const rows = table.rows.map((cells, r) => {
    const code = parseSenCode(cells[m.provision]);
    if (code !== "E" && code !== "S") return [""];
    count += 1;
    return [reviewDueFormula(table, m, where, first + r)];
  });
  const letter = columnLetters(col);
  const due = `$${letter}${first + 1}`;
  return {
    address: rangeAddress(table.origin.row, col, table.rows.length + 1, 1),
    formulas: [[REVIEW_FORMULA_HEADER], ...rows],
    numberFormat: [["General"], ...rows.map(() => [DATE_FORMAT])],
    count,
    highlight: {
      address: rangeAddress(first, table.origin.col, table.rows.length, col - table.origin.col + 1),
      formula: `=AND(N("${REVIEW_HIGHLIGHT_MARKER}")=0,IF(ISNUMBER(${due}),${due}<TODAY(),FALSE))`,
    },
    column: letter,
  };
}
