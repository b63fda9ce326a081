/**
 * The sheet an update rewrites, read as it is now, before anything is written: its cells from A1
 * (formulas, values and number formats, over its used range and the model's, up to
 * MAX_SNAPSHOT_ROWS rows and MAX_SNAPSHOT_COLS columns), its Excel tables and where they lie, the
 * names already given (the workbook's and the sheet's own) and the sheet and table names in use
 * (for the update's trial copy). 2 syncs.
 */
import { rangeAddress } from "../sheets/a1-address";
import { officeErrorText, SheetWriteError, type SyncCounter } from "./write-session";
import type { SheetGrid } from "./update-check";

/** The rows and columns read at most: far more than a plan or a statement, far less than Excel's 5 MB. */
export const MAX_SNAPSHOT_ROWS = 1000;
export const MAX_SNAPSHOT_COLS = 52;

/** An Excel table on the sheet, where it lies (zero-based, the header row included). */
export interface SheetTable {
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface SheetSnapshot {
  readonly sheetName: string;
  readonly grid: SheetGrid & { readonly numberFormats: readonly (readonly string[])[] };
  /** Rows and columns read, from A1. */
  readonly rows: number;
  readonly cols: number;
  readonly tables: readonly SheetTable[];
  readonly names: { readonly workbook: readonly string[]; readonly sheet: readonly string[] };
  /** Every sheet's and every table's name in the workbook. */
  readonly sheetNames: readonly string[];
  readonly tableNames: readonly string[];
}

interface FirstRead {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly tables: Excel.TableCollection;
  readonly workbookNames: Excel.NamedItemCollection;
  readonly sheetNames: Excel.NamedItemCollection;
  readonly allSheets: Excel.WorksheetCollection;
  readonly allTables: Excel.TableCollection;
}

function queueFirstRead(context: Excel.RequestContext, sheetName: string): FirstRead {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property: it needs no load
  const tables = sheet.tables;
  tables.load("items/name");
  const workbookNames = context.workbook.names;
  workbookNames.load("items/name");
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property: it needs no load
  const sheetNames = sheet.names;
  sheetNames.load("items/name");
  const allSheets = context.workbook.worksheets;
  allSheets.load("items/name");
  const allTables = context.workbook.tables;
  allTables.load("items/name");
  return { sheet, used, tables, workbookNames, sheetNames, allSheets, allTables };
}

/** Read the sheet `sheetName` as it is, covering at least `extent` (the models' cells). */
export async function readSnapshot(
  session: SyncCounter,
  sheetName: string,
  extent: { rows: number; cols: number },
): Promise<SheetSnapshot> {
  const first = queueFirstRead(session.context, sheetName);
  try {
    await session.sync();
  } catch (error) {
    throw new SheetWriteError(
      `Could not read the sheet "${sheetName}": ${officeErrorText(error)}. Nothing was written.`,
      error,
    );
  }
  const used = first.used;
  const usedRows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  const usedCols = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  const rows = Math.min(MAX_SNAPSHOT_ROWS, Math.max(extent.rows, usedRows, 1));
  const cols = Math.min(MAX_SNAPSHOT_COLS, Math.max(extent.cols, usedCols, 1));
  const grid = first.sheet.getRange(rangeAddress(0, 0, rows, cols));
  grid.load("values,formulas,numberFormat");
  const ranges = first.tables.items.map((table) => {
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name: table.name, range };
  });
  await session.sync();
  const { values, formulas, numberFormat } = grid;
  return {
    sheetName: first.sheet.name,
    grid: { values, formulas, numberFormats: numberFormat },
    rows,
    cols,
    tables: ranges.map(({ name, range }) => ({
      name,
      row: range.rowIndex,
      col: range.columnIndex,
      rows: range.rowCount,
      cols: range.columnCount,
    })),
    names: {
      workbook: first.workbookNames.items.map((n) => n.name),
      sheet: first.sheetNames.items.map((n) => n.name),
    },
    sheetNames: first.allSheets.items.map((s) => s.name),
    tableNames: first.allTables.items.map((t) => t.name),
  };
}
