/**
 * The SEN register as the school census sees it, as a pure model for the Register tab: the table
 * read (from Excel or a CSV file) with its columns found by header (register-columns.ts), each
 * problem with the pupil (by name when the table has names, else by UPN, else by cell), the rule
 * in words and the cell to fix; the pupils counted by need and provision (as SEND.SENNEEDCOUNTS
 * counts them); pupils with no SEN status; and the two live formulas to insert beside the
 * register (table column references when it is an Excel table, else bounded ranges). The rules
 * are src/rules/sen-census.ts; nothing here decides a rule.
 */
import { checkPupil, countNeeds, needCountRows, problemText, type CensusField } from "../../rules/sen-census";
import { NEED_UNKNOWN, needIndex } from "../../rules/sen-needs";
import { parseSenCode } from "../../rules/sen-provision-codes";
import { isBlank } from "../../values/coerce";
import { cellAddress, rangeAddress } from "../a1-address";
import { decodeCsv, parseCsvValues } from "../district/read/csv";
import { detectRegisterColumns, registerHeaderRow, type RegisterColumns, type RegisterField } from "./register-columns";
import { registerReference, type RegisterColumnCells, type RegisterColumnRef } from "./register-formula";

/** A register as read: its header row, the rows under it, and where the header row starts on its sheet. */
export interface RegisterTable {
  readonly headers: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** Zero-based row and column of the header row's first cell (a CSV file's line 1 is row 0). */
  readonly origin: { readonly row: number; readonly col: number };
}

/** Each field's column within the table; provision and primary need are required. */
export type RegisterMapping = { readonly [F in RegisterField]?: number } & {
  readonly provision: number;
  readonly primaryNeed: number;
};

export interface CensusCheckProblem {
  /** "Smith, Amy", the UPN, or the provision cell's address when the table names no pupils. */
  readonly pupil: string;
  /** The year as the table holds it ("4", "Year 4"), when it has a year column. */
  readonly year?: string;
  /** The census rule's number; 0 for the add-in's own check. */
  readonly rule: number;
  /** The rule in words, with its census rule number. */
  readonly text: string;
  /** The cell to fix, e.g. "E7". */
  readonly cell: string;
}

export interface CensusCheckModel {
  readonly problems: readonly CensusCheckProblem[];
  /** All problems, including any beyond the listed ones. */
  readonly problemCount: number;
  /** Rows with anything in them. */
  readonly pupils: number;
  /** Pupils whose SEN status is blank (counted as no SEN). */
  readonly noStatus: number;
  /** "3 pupils have no SEN status: counted as no SEN", when there are any. */
  readonly noStatusNote?: string;
  /** SEND.SENNEEDCOUNTS's rows for the same register: header, a row per need, Not recorded, Total. */
  readonly countRows: (string | number)[][];
  /** Cells SEND.SENNEEDCOUNTS refuses with #VALUE! (a provision or primary need that is not a code), at most the listed number; countRows leaves them out. */
  readonly countsRefused: readonly string[];
}

export const MAX_LISTED_PROBLEMS = 1000;

/** The mapping, once the required columns are chosen (a tie or a missing column is the user's to settle first). */
export function resolvedMapping(columns: RegisterColumns): RegisterMapping | undefined {
  const m = columns.mapping;
  if (m.provision === undefined || m.primaryNeed === undefined) return undefined;
  return { ...m, provision: m.provision, primaryNeed: m.primaryNeed };
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** How a row's pupil is named: "Surname, Forename" or the name, else the UPN, else `fallback` (a cell). */
export function pupilName(
  row: readonly unknown[],
  m: { readonly [F in RegisterField]?: number },
  fallback: string,
): string {
  const at = (f: RegisterField) => (m[f] === undefined ? "" : text(row[m[f]!]));
  const parts = [at("surname"), at("forename")].filter((p) => p !== "");
  return at("name") || parts.join(", ") || at("upn") || fallback;
}

const FIELD_OF: readonly RegisterField[] = ["provision", "primaryNeed", "secondaryNeed"];

function cellOf(table: RegisterTable, m: RegisterMapping, r: number, field: CensusField): string {
  return cellAddress(table.origin.row + 1 + r, table.origin.col + m[FIELD_OF[field]!]!);
}

/**
 * A pupil's year group as the pane shows it: a number is "Year 9" ("09" too); anything else is as
 * the register writes it ("Reception", "R", "Nursery", "N1", "Year 4", "Y4"), never "Year Reception".
 */
export function yearGroupText(year: string): string {
  const text = year.trim();
  return /^\d{1,2}$/.test(text) ? `Year ${Number(text)}` : text;
}

/** "3 pupils have no SEN status: counted as no SEN" (undefined for none): the same words wherever blanks are reported. */
export function noStatusNote(n: number): string | undefined {
  if (n === 0) return undefined;
  return `${n} ${n === 1 ? "pupil has" : "pupils have"} no SEN status: counted as no SEN`;
}

/** Check a register table with its columns chosen; lists at most `maxListed` problems. */
export function buildCensusCheck(
  table: RegisterTable,
  m: RegisterMapping,
  maxListed = MAX_LISTED_PROBLEMS,
): CensusCheckModel {
  const problems: CensusCheckProblem[] = [];
  let problemCount = 0;
  let pupils = 0;
  let noStatus = 0;
  const refused: string[] = [];
  const secondary = m.secondaryNeed;
  table.rows.forEach((row, r) => {
    if (row.every(isBlankCell)) return;
    pupils += 1;
    const provision = row[m.provision];
    const code = parseSenCode(provision);
    if (code === null) noStatus += 1;
    if (code === undefined && refused.length < maxListed) refused.push(cellOf(table, m, r, 0));
    if (needIndex(row[m.primaryNeed]) === NEED_UNKNOWN && refused.length < maxListed)
      refused.push(cellOf(table, m, r, 1));
    const found = checkPupil(provision, row[m.primaryNeed], secondary === undefined ? null : row[secondary]);
    if (found.length === 0) return;
    problemCount += found.length;
    const pupil = pupilName(row, m, cellAddress(table.origin.row + 1 + r, table.origin.col + m.provision));
    const year = m.year === undefined ? "" : text(row[m.year]);
    for (const p of found) {
      if (problems.length >= maxListed) break;
      const listed = { pupil, rule: p.rule, text: problemText(p), cell: cellOf(table, m, r, p.field) };
      problems.push(year === "" ? listed : { ...listed, year });
    }
  });
  const column = (c: number) => [[table.headers[c]], ...table.rows.map((row) => [row[c]])];
  const countRows = needCountRows(countNeeds(column(m.provision), column(m.primaryNeed), false));
  const note = noStatusNote(noStatus);
  const model = { problems, problemCount, pupils, noStatus, countRows, countsRefused: refused };
  return note ? { ...model, noStatusNote: note } : model;
}

function isBlankCell(value: unknown): boolean {
  return isBlank(value) || value === 0;
}

/** Where the register lives, for its formulas: its sheet, and its Excel table's name when it is one. */
export interface RegisterLocation {
  readonly sheetName: string;
  readonly tableName?: string;
}

function columnRef(table: RegisterTable, col: number, where: RegisterLocation): RegisterColumnRef {
  const address = rangeAddress(table.origin.row + 1, table.origin.col + col, table.rows.length, 1);
  const ref = { sheetName: where.sheetName, address };
  return where.tableName ? { ...ref, table: { name: where.tableName, column: text(table.headers[col]) } } : ref;
}

/**
 * The two live formulas for a register, as written on `targetSheet`: table column references
 * (`=SEND.SENNEEDCOUNTS(Register[SEN Status], Register[Primary Need])`) when the register is an
 * Excel table, else the bounded ranges under the header (`$D$2:$D$240`, never a whole column).
 * The check is given the sheet row of the first pupil, so its Row column is the sheet's row.
 */
export function censusFormulas(
  table: RegisterTable,
  m: RegisterMapping,
  where: RegisterLocation,
  targetSheet: string,
): { needCounts: string; check: string } {
  if (table.rows.length === 0) throw new Error("The register has no rows under its header: there is nothing to check.");
  const ref = (col: number) => registerReference(columnRef(table, col, where), targetSheet);
  const args = [ref(m.provision), ref(m.primaryNeed)];
  // The sheet row of the first pupil, so that the check's Row is the row the pane names (E10 is row 10).
  const firstRow = `ROW(INDEX(${args[0]},1))`;
  const check = [...args, m.secondaryNeed === undefined ? "" : ref(m.secondaryNeed), firstRow];
  return {
    needCounts: `=SEND.SENNEEDCOUNTS(${args.join(", ")})`,
    check: `=SEND.SENCENSUSCHECK(${check.join(", ")})`,
  };
}

/**
 * Where the formulas go unless the user names cells: level with the header row, the counts two
 * columns right of the register (one empty column between, so an Excel table does not grow into
 * them) and the check one empty column right of the counts' 4-column spill.
 */
export function censusFormulaCells(table: RegisterTable): { needCounts: string; check: string } {
  const right = table.origin.col + table.headers.length + 1;
  return { needCounts: cellAddress(table.origin.row, right), check: cellAddress(table.origin.row, right + 5) };
}

/** The provision column's cells under the header, where they are, and its table column when the register is a table. */
export function provisionColumn(
  table: RegisterTable,
  m: RegisterMapping,
  where: RegisterLocation,
): RegisterColumnCells {
  const col = table.origin.col + m.provision;
  const values = table.rows.map((row) => [row[m.provision]]);
  const cells = { sheetName: where.sheetName, row: table.origin.row + 1, col, values };
  return where.tableName
    ? { ...cells, table: { name: where.tableName, column: text(table.headers[m.provision]) } }
    : cells;
}

/** A register read from a CSV file (decoded and parsed by the shared CSV reader), with its columns found. */
export interface CsvRegister {
  readonly table: RegisterTable;
  readonly columns: RegisterColumns;
  /** "UTF-8, comma-separated" */
  readonly detected: string;
}

/** Read a register CSV export: its header row (under any title rows), the rows under it, its columns by header. */
export function readRegisterCsv(bytes: Uint8Array): CsvRegister {
  const csv = decodeCsv(bytes);
  const rows = parseCsvValues(csv.text, csv.delimiter, csv.start);
  if (rows.length === 0) throw new Error("The file is empty: export the register with its header row.");
  const h = registerHeaderRow(rows);
  const headers = rows[h]!;
  const table = { headers, rows: rows.slice(h + 1), origin: { row: h, col: 0 } };
  return { table, columns: detectRegisterColumns(headers), detected: csv.detected };
}
