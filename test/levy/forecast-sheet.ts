import type { SheetModel } from "../../src/sheets/sheet-model";
import { forecastFromSheet, forecastReadRange } from "../../src/sheets/levy/levy-reading";
import type { ForecastSheetRead } from "../../src/sheets/levy/plan-share";
import { modelCells } from "../browser/excel-stub";

/** A forecast sheet as the workbook reader gives it, from the model as Excel shows it once calculated. */
export function forecastSheetRead(sheetName: string, model: SheetModel): ForecastSheetRead {
  const cells = modelCells(model);
  const area = forecastReadRange();
  const grid: unknown[][] = [];
  for (let r = 0; r < area.rows; r += 1) {
    const row: unknown[] = [];
    for (let c = 0; c < area.cols; c += 1) row.push(cells[`${r},${c}`] ?? "");
    grid.push(row);
  }
  const tables = (model.tables ?? []).map((t) => [
    [...t.headers],
    ...t.rows.map((r) => r.map((v) => (v !== null && typeof v === "object" ? (v.preview ?? "") : (v ?? "")))),
  ]);
  return { sheetName, forecast: forecastFromSheet(cells["1,0"], grid)!, grid, tables };
}
