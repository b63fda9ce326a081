/**
 * Read the table the user selected, for the district summary and the census check: the Excel
 * table holding the active cell (its header row and data rows, a totals row left out), else, when
 * asked, the selected cells' used part if more than one cell is selected, else the block of cells
 * around the active cell. The caller finds the header row of a block. A selection of several areas
 * is refused in words (selection.ts). Thin Office.js edge, within the manifest's floor (ExcelApi
 * 1.9: getSelectedRanges, Range.getTables; getSurroundingRegion and getRangeByIndexes are 1.7).
 * Syncs: 1 (selection, tables, region) + 1 inside a table + 1 per read chunk.
 */
import { rangeAddress } from "../sheets/a1-address";
import { readValuesChunked } from "./read-values";
import { SelectionError, checkOneArea, queueSelection } from "./selection";

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
  /** What is being read, for the message about a selection of several areas: "Reading the selected table". */
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
  const selection = queueSelection(context);
  const selected = selection.range;
  if (request.selectionFirst) selected.load("rowCount,columnCount");
  const sheet = selected.worksheet;
  sheet.load("name");
  const tables = selected.getTables(false);
  tables.load("items/name,items/showHeaders,items/showTotals");
  const region = selected.getSurroundingRegion();
  region.load("rowIndex,columnIndex,rowCount,columnCount");
  const used = request.selectionFirst ? selected.getUsedRangeOrNullObject(true) : undefined;
  used?.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  checkOneArea(selection, request.what);

  // eslint-disable-next-line office-addins/load-object-before-read -- loaded above as "items/name,..."
  const table = tables.items[0];
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
