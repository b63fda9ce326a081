/**
 * The Levy tab's Excel side, and the Plan tab's reading of a forecast: each function runs its own
 * Excel.run (excel-run.ts) around the levy writer (levy-writer.ts) or the plan reader
 * (plan-writer.ts). Write the forecast sheet, read the plan sheets that give its apprenticeships,
 * and find the forecast sheets in the workbook.
 */
import type { LevySheetInputs } from "../sheets/levy/levy-model";
import { runInExcel } from "./excel-run";
import type { ForecastSheetRead } from "../sheets/levy/plan-share";
import { readLevyForecasts, writeLevyForecast, type LevyWriteResult } from "./levy-writer";
import { readAllPlanSheets, type PlanSheetInputs } from "./plan-writer";

/** Write the forecast to a new sheet (its tables under free names). */
export function writeLevyForecastSheet(
  inputs: LevySheetInputs,
  onProgress?: (done: number, total: number) => void,
): Promise<LevyWriteResult> {
  return runInExcel((context) => writeLevyForecast(context, inputs, onProgress));
}

/** Every plan sheet in the workbook, with its inputs as the sheet holds them. */
export function readPlanSheetsInWorkbook(): Promise<PlanSheetInputs[]> {
  return runInExcel((context) => readAllPlanSheets(context));
}

/** Every levy forecast sheet in the workbook, with the months its spill shows, its cells and its tables. */
export function readLevyForecastsInWorkbook(): Promise<ForecastSheetRead[]> {
  return runInExcel((context) => readLevyForecasts(context));
}
