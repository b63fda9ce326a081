/**
 * Read the register table the user selected, for the census check: the Excel table holding the
 * selection (its header row and data rows, a totals row left out), else the selection when it is
 * more than one cell (its used part), else the block of cells around the active cell. A block's
 * header row is found under any title rows by the register's headers (registerHeaderRow). Thin
 * Office.js edge: ExcelApi 1.7 (getSurroundingRegion, getRangeByIndexes); Range.getTables
 * (ExcelApi 1.9) when available, else a table is read as the block it is.
 * Syncs: 1 (selection, tables, region) + 1 inside a table + 1 per read chunk.
 */
import type { RegisterTable } from "../sheets/register/census-check";
import { registerHeaderRow } from "../sheets/register/register-columns";
import { rangeAddress } from "../sheets/a1-address";
import { SelectionError } from "./district-source";
import { readValuesChunked } from "./read-values";
import { excelApiSupported, requireExcelApi } from "./requirements";

export interface SelectedRegisterTable {
  readonly sheetName: string;
  /** The Excel table's name, when the register is one. */
  readonly tableName?: string;
  readonly table: RegisterTable;
  /** The cells read, e.g. "Pupils!A1:F41". */
  readonly address: string;
}

interface Area {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

const TOO_SMALL =
  "Select a cell of the register: a header row (SEN Status, Primary Need, ...) with at least one pupil below it.";

/** The table's data and header rows (no totals row). 1 sync. */
async function tableArea(context: Excel.RequestContext, table: Excel.Table): Promise<Area> {
  if (!table.showHeaders)
    throw new SelectionError(
      `The table ${table.name} has its header row hidden: turn on Header Row (Table Design) so the columns can be found by their headers.`,
    );
  const range = table.getRange();
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  const { rowIndex, columnIndex, rowCount, columnCount } = range;
  return { rowIndex, columnIndex, rowCount: rowCount - (table.showTotals ? 1 : 0), columnCount };
}

export async function readRegisterTable(
  context: Excel.RequestContext,
  onProgress?: (done: number, total: number) => void,
): Promise<SelectedRegisterTable> {
  requireExcelApi("1.7", "Reading the register table");
  const selected = context.workbook.getSelectedRange();
  selected.load("rowCount,columnCount");
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property: it needs no load
  const sheet = selected.worksheet;
  sheet.load("name");
  const tables = excelApiSupported("1.9") ? selected.getTables(false) : undefined;
  tables?.load("items/name,items/showHeaders,items/showTotals");
  const region = selected.getSurroundingRegion();
  region.load("rowIndex,columnIndex,rowCount,columnCount");
  const used = selected.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  const table = tables?.items[0];
  const several = selected.rowCount * selected.columnCount > 1;
  const area: Area = table ? await tableArea(context, table) : several && !used.isNullObject ? used : region;
  if (area.rowCount < 2) throw new SelectionError(TOO_SMALL);
  const { rowIndex, columnIndex, rowCount, columnCount } = area;
  const values = await readValuesChunked(context, sheet, rowIndex, columnIndex, rowCount, columnCount, onProgress);
  const h = table ? 0 : registerHeaderRow(values);
  const address = `${sheet.name}!${rangeAddress(rowIndex, columnIndex, rowCount, columnCount)}`;
  return {
    sheetName: sheet.name,
    ...(table ? { tableName: table.name } : {}),
    table: { headers: values[h] ?? [], rows: values.slice(h + 1), origin: { row: rowIndex + h, col: columnIndex } },
    address,
  };
}
