/**
 * The District tab's Excel side: each function runs its own Excel.run (excel-run.ts). Read the
 * table of schools the user selected (district-source.ts), and write a sheet model (the summary,
 * or a pivoted DfE file) to a new sheet through the chunked writer (write-sheet.ts); a table read
 * in the pane (a CSV file, a pivoted DfE file) goes to a new sheet as an Excel table, so that a
 * summary can look it up live.
 */
import type { SheetModel } from "../sheets/sheet-model";
import { paneTableSheet, sourceOnSheet, type ReadInPane } from "../sheets/district/read/source-sheet";
import type { DistrictSource } from "../sheets/district/read/read-types";
import { readSelectedDistrict, type SelectedDistrict } from "./district-source";
import { runInExcel } from "./excel-run";
import { writeNewSheet, type WriteSheetResult } from "./write-sheet";

/** The Excel table (or block of cells) around the selection, as a table of schools; `signal` cancels between reads. */
export function readSelectedSchools(
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<SelectedDistrict> {
  return runInExcel((context) => readSelectedDistrict(context, onProgress, signal));
}

/** Write `model` to a new sheet; the user's own sheets are never changed. A cancelled write (`signal`) removes it. */
export function writeDistrictSheet(
  model: SheetModel,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<WriteSheetResult> {
  return runInExcel((context) => writeNewSheet(context, model, { onProgress, signal }));
}

/**
 * Delete sheets this add-in wrote a moment ago (the tables a cancelled summary placed on sheets of
 * their own), so a cancelled build leaves nothing half-done. 2 syncs.
 */
export function removeWrittenSheets(names: readonly string[]): Promise<void> {
  return runInExcel(async (context) => {
    const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    for (const sheet of sheets) sheet.load("isNullObject");
    await context.sync();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  });
}

/** A table read in the pane, written to a new sheet; where it now is (its sheet, its Excel table). */
export interface PlacedTable {
  readonly source: DistrictSource;
  readonly sheetName: string;
  readonly tableName: string | undefined;
}

/** Write a table read in the pane (a CSV file, a pivoted DfE file) to a new sheet as an Excel table. */
export async function writePaneTable(
  source: DistrictSource,
  read: ReadInPane,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<PlacedTable> {
  const model = paneTableSheet(source, read);
  const written = await writeDistrictSheet(model, onProgress, signal);
  return {
    source: sourceOnSheet(source, model, written),
    sheetName: written.sheetName,
    tableName: written.tableNames[0],
  };
}
