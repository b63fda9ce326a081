/**
 * Read the district table the user selected: the Excel table holding the active cell, or else
 * the block of cells around it (its first recognisable row is the header). Returns a
 * DistrictSource for the summary model. Thin Office.js edge: ExcelApi 1.9 (Range.getTables),
 * 1.7 (getSurroundingRegion, getRangeByIndexes).
 */
import type { DistrictSource } from "../taskpane/district/summary-model";
import { findHeaderRow } from "../taskpane/district/header-detection";
import { rangeAddress } from "./a1-address";
import { readValuesChunked } from "./read-values";

export interface SelectedDistrict {
  readonly source: DistrictSource;
  /** Where it came from, for the pane and the sheet: "Schools!A1:H115" or "table Schools (Schools!A1:H115)". */
  readonly label: string;
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
  const selected = context.workbook.getSelectedRange();
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property: it needs no load
  const sheet = selected.worksheet;
  sheet.load("name");
  const tables = selected.getTables(false);
  tables.load("items/name");
  const region = selected.getSurroundingRegion();
  region.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  let area: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
  let tableName: string | undefined;
  // eslint-disable-next-line office-addins/load-object-before-read -- loaded above as "items/name"
  const table = tables.items[0];
  if (table) {
    const tableRange = table.getRange();
    tableRange.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    area = tableRange;
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
  };
}
