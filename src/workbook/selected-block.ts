/**
 * Read the table the user selected, for the district summary and the census check: the Excel
 * table holding the active cell (its header row and data rows, a totals row left out), else, when
 * asked, the selected cells' used part if more than one cell is selected, else the block of cells
 * around the active cell. The caller finds the header row of a block. Thin Office.js edge:
 * ExcelApi 1.7 (getSurroundingRegion, getRangeByIndexes) is required; Range.getTables (ExcelApi
 * 1.9) is used when available, and on an older Excel a table is read as the block it is.
 * Syncs: 1 (selection, tables, region) + 1 inside a table + 1 per read chunk.
 */
import { rangeAddress } from "../sheets/a1-address";
import { readValuesChunked } from "./read-values";
import { excelApiSupported, requireExcelApi } from "./requirements";

export class SelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SelectionError";
  }
}

interface Area {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface SelectedBlock extends Area {
  readonly sheetName: string;
  /** The Excel table's name, when the selection is in one (its first row is then the header). */
  readonly tableName: string | undefined;
  /** Every row read, the header row (or a block's title rows) first. */
  readonly values: unknown[][];
  /** The cells read, e.g. "Schools!A1:H115". */
  readonly address: string;
}

export interface BlockRequest {
  /** What needs ExcelApi 1.7, for the message on an older Excel: "Reading the selected table". */
  readonly what: string;
  /** The message when fewer than two rows would be read. */
  readonly tooSmall: string;
  /** Read the used part of a selection of more than one cell, rather than the block around it. */
  readonly selectionFirst?: boolean;
}

/** The table's data and header rows (no totals row: a total is not a school or a pupil). 1 sync. */
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

export async function readSelectedBlock(
  context: Excel.RequestContext,
  request: BlockRequest,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<SelectedBlock> {
  requireExcelApi("1.7", request.what);
  const selected = context.workbook.getSelectedRange();
  if (request.selectionFirst) selected.load("rowCount,columnCount");
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property: it needs no load
  const sheet = selected.worksheet;
  sheet.load("name");
  const tables = excelApiSupported("1.9") ? selected.getTables(false) : undefined;
  tables?.load("items/name,items/showHeaders,items/showTotals");
  const region = selected.getSurroundingRegion();
  region.load("rowIndex,columnIndex,rowCount,columnCount");
  const used = request.selectionFirst ? selected.getUsedRangeOrNullObject(true) : undefined;
  used?.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  const table = tables?.items[0];
  const several = used !== undefined && !used.isNullObject && selected.rowCount * selected.columnCount > 1;
  const area: Area = table ? await tableArea(context, table) : several ? used : region;
  if (area.rowCount < 2) throw new SelectionError(request.tooSmall);
  const { rowIndex, columnIndex, rowCount, columnCount } = area;
  const values = await readValuesChunked(context, sheet, rowIndex, columnIndex, rowCount, columnCount, onProgress, {
    signal,
  });
  const address = `${sheet.name}!${rangeAddress(rowIndex, columnIndex, rowCount, columnCount)}`;
  return {
    sheetName: sheet.name,
    tableName: table?.name,
    values,
    address,
    rowIndex,
    columnIndex,
    rowCount,
    columnCount,
  };
}
