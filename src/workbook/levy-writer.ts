/**
 * The levy forecast's Office.js edge: write the forecast sheet (free table names picked first,
 * the tables made before the formulas that name them, through the generic writer and its
 * rollback), and find the forecast sheets in the workbook with the months their spill shows.
 */
import { rangeAddress } from "../sheets/a1-address";
import {
  buildLevyForecastModel,
  freeLevyTableNames,
  type LevySheetInputs,
  type LevyTableNames,
} from "../sheets/levy/levy-model";
import { LEVY_MARKER_ROW, forecastFromSheet, forecastReadRange, isForecastMarker } from "../sheets/levy/levy-reading";
import type { ForecastSheetRead } from "../sheets/levy/plan-share";
import { writeNewSheet, type WriteSheetResult } from "./write-sheet";

export interface LevyWriteResult extends WriteSheetResult {
  /** The tables' names on the new sheet (free names: a second forecast gets LevyApprenticeships_2, ...). */
  readonly tables: LevyTableNames;
}

/**
 * Write the forecast to a new sheet. One sync reads the table names in use, so the model's
 * formulas name the tables the writer then makes (with `keepTableNames`: a name taken in between
 * writes nothing); then the writer's own syncs (2 for a forecast, plus the print setup).
 */
export async function writeLevyForecast(
  context: Excel.RequestContext,
  inputs: LevySheetInputs,
  onProgress?: (done: number, total: number) => void,
): Promise<LevyWriteResult> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const names = freeLevyTableNames(tables.items.map((t) => t.name));
  const result = await writeNewSheet(context, buildLevyForecastModel(inputs, names), {
    onProgress,
    keepTableNames: true,
  });
  return { ...result, tables: names };
}

/**
 * Every levy forecast sheet in the workbook (the marker in A2), in the order of the sheets, with
 * the months its spill shows, its cells from A1 and its tables' values (the forecast's inputs, as
 * the Plan tab reads them back: src/sheets/levy/plan-share.ts). Four syncs: the sheet names,
 * every sheet's A2, the forecasts' cells and the tables they meet, the tables' values.
 */
export async function readLevyForecasts(context: Excel.RequestContext): Promise<ForecastSheetRead[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);
  const markers = names.map((name) => {
    const marker = worksheets.getItem(name).getRange(rangeAddress(LEVY_MARKER_ROW, 0, 1, 1));
    marker.load("values");
    return marker;
  });
  await context.sync();
  const area = forecastReadRange();
  const found = names
    .map((name, i) => ({ name, marker: markers[i]!.values[0]?.[0] }))
    .filter((sheet) => isForecastMarker(sheet.marker))
    .map((sheet) => {
      const grid = worksheets.getItem(sheet.name).getRange(rangeAddress(area.row, area.col, area.rows, area.cols));
      grid.load("values");
      // The read range reaches the tables' header row: the tables it meets are the forecast's.
      const tables = grid.getTables(false);
      tables.load("items/name");
      return { ...sheet, grid, tables };
    });
  if (found.length === 0) return [];
  await context.sync();
  const ranges = found.map((sheet) =>
    sheet.tables.items.map((table) => {
      const range = table.getRange();
      range.load("values");
      return range;
    }),
  );
  await context.sync();
  return found.map((sheet, i) => ({
    sheetName: sheet.name,
    forecast: forecastFromSheet(sheet.marker, sheet.grid.values)!,
    grid: sheet.grid.values,
    tables: ranges[i]!.map((range) => range.values),
  }));
}
