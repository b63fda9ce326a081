/**
 * Read the district table the user selected: the Excel table holding the active cell, or else
 * the block of cells around it (its first recognisable row is the header). Returns a
 * DistrictSource for the summary model. Thin Office.js edge: ExcelApi 1.7 (getSurroundingRegion,
 * getRangeByIndexes) is required; Range.getTables (ExcelApi 1.9) is used when available, and on
 * an older Excel the block around the selection is read instead (a table is such a block).
 * Syncs: 1 (selection, tables, region) + 1 when inside a table + 1 per read chunk.
 */
import type { DistrictSource } from "../sheets/district/summary-model";
import { findHeaderRow } from "../sheets/district/header-detection";
import { rangeAddress } from "../sheets/a1-address";
import { readValuesChunked } from "./read-values";
import { excelApiSupported, requireExcelApi } from "./requirements";

export interface SelectedDistrict {
  readonly source: DistrictSource;
  /** Where it came from, for the pane and the sheet: "Schools!A1:H115" or "table Schools (Schools!A1:H115)". */
  readonly label: string;
  /** The Excel table's name when the selection is in one (lookups then name its columns: Schools[[URN]]). */
  readonly tableName?: string;
}

export class SelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SelectionError";
  }
}

export async function readSelectedDistrict(
  context: Excel.RequestContext,
  onProgress?: (done: number, total: number) => void,
): Promise<SelectedDistrict> {
  requireExcelApi("1.7", "Reading the selected table");
  const selected = context.workbook.getSelectedRange();
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property: it needs no load
  const sheet = selected.worksheet;
  sheet.load("name");
  let tables: Excel.TableScopedCollection | undefined;
  if (excelApiSupported("1.9")) {
    tables = selected.getTables(false);
    tables.load("items/name,items/showHeaders,items/showTotals");
  }
  const region = selected.getSurroundingRegion();
  region.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  let area: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
  let tableName: string | undefined;
  // eslint-disable-next-line office-addins/load-object-before-read -- loaded above as "items/name,..."
  const table = tables?.items[0];
  if (table) {
    if (!table.showHeaders) {
      throw new SelectionError(
        `The table ${table.name} has its header row hidden: turn on Header Row (Table Design) so the columns can be found by their headers.`,
      );
    }
    const tableRange = table.getRange();
    tableRange.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    // The range includes the totals row when it shows; a total is not a school.
    const totals = table.showTotals ? 1 : 0;
    area = {
      rowIndex: tableRange.rowIndex,
      columnIndex: tableRange.columnIndex,
      rowCount: tableRange.rowCount - totals,
      columnCount: tableRange.columnCount,
    };
    tableName = table.name;
  } else {
    area = region;
  }
  if (area.rowCount < 2) {
    throw new SelectionError(
      "Select a cell inside the table of schools: a header row with at least one school below it.",
    );
  }
  const values = await readValuesChunked(
    context,
    sheet,
    area.rowIndex,
    area.columnIndex,
    area.rowCount,
    area.columnCount,
    onProgress,
  );
  const headerOffset = tableName ? 0 : findHeaderRow(values);
  const address = `${sheet.name}!${rangeAddress(area.rowIndex, area.columnIndex, area.rowCount, area.columnCount)}`;
  return {
    source: {
      sheetName: sheet.name,
      headerRow: area.rowIndex + headerOffset,
      firstCol: area.columnIndex,
      headers: values[headerOffset] ?? [],
      rows: values.slice(headerOffset + 1),
    },
    label: tableName ? `table ${tableName} (${address})` : address,
    ...(tableName ? { tableName } : {}),
  };
}
