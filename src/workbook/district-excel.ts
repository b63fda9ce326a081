/**
 * The District tab's Excel side: each function runs its own Excel.run (excel-run.ts). Read the
 * table of schools the user selected (district-source.ts), and write a sheet model (the summary,
 * or a pivoted DfE file) to a new sheet through the chunked writer (write-sheet.ts).
 */
import type { SheetModel } from "../sheets/sheet-model";
import { readSelectedDistrict, type SelectedDistrict } from "./district-source";
import { runInExcel } from "./excel-run";
import { writeNewSheet, type WriteSheetResult } from "./write-sheet";

/** The Excel table (or block of cells) around the selection, as a table of schools. */
export function readSelectedSchools(onProgress?: (done: number, total: number) => void): Promise<SelectedDistrict> {
  return runInExcel((context) => readSelectedDistrict(context, onProgress));
}

/** Write `model` to a new sheet; the user's own sheets are never changed. */
export function writeDistrictSheet(
  model: SheetModel,
  onProgress?: (done: number, total: number) => void,
): Promise<WriteSheetResult> {
  return runInExcel((context) => writeNewSheet(context, model, { onProgress }));
}
