/**
 * Reading a table of schools for the District tab, outside the DOM: a decoded CSV file (a DfE
 * long-format file pivoted to one row per school as it is read, in slices), rows of cells as a
 * source, and a DfE long-format table read from a sheet pivoted the same way.
 */
import { CsvReader, csvCellValue, type DecodedCsv } from "../../sheets/district/read/csv";
import { DfeLongPivot, dfeLongColumns, pivotTable, type PivotResult } from "../../sheets/district/read/dfe-long";
import { findHeaderRow } from "../../sheets/district/read/header-detection";
import type { DistrictSource } from "../../sheets/district/read/read-types";

/** Rows read between pauses that let the progress bar repaint. */
const ROWS_PER_SLICE = 20000;

function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Pivot the rest of a DfE long-format file, `ROWS_PER_SLICE` rows at a time, reporting progress between slices. */
async function pivotLongCsv(
  reader: CsvReader,
  pivot: DfeLongPivot,
  onProgress?: (done: number, total: number) => void,
): Promise<PivotResult> {
  let line = 1;
  for (;;) {
    let fields = 0;
    let n = 0;
    while (n < ROWS_PER_SLICE && (fields = reader.scan()) >= 0) {
      line += 1;
      pivot.addScanned(reader, line);
      n += 1;
    }
    onProgress?.(reader.position, reader.length);
    if (fields < 0) break;
    await nextTick();
  }
  return pivot.finish();
}

/**
 * Read a decoded CSV: a DfE long-format file is pivoted to one row per school as it is read (in
 * slices, reporting progress); any other file is read as a table of cells.
 */
export async function readDecodedCsv(
  csv: DecodedCsv,
  onProgress?: (done: number, total: number) => void,
): Promise<{ rows: (string | number | null)[][]; pivot?: PivotResult }> {
  const reader = new CsvReader(csv.text, csv.delimiter, csv.start);
  const first = reader.next();
  if (!first) return { rows: [] };
  const columns = dfeLongColumns(first);
  if (columns) {
    const result = await pivotLongCsv(reader, new DfeLongPivot(columns), onProgress);
    return { rows: pivotTable(result), pivot: result };
  }
  const rows: (string | number | null)[][] = [first.map(csvCellValue)];
  for (let row = reader.next(); row !== undefined; row = reader.next()) rows.push(row.map(csvCellValue));
  return { rows };
}

/** A source from rows of cells as a sheet holds them (title rows allowed above the header). */
export function sourceFromRows(rows: readonly (readonly unknown[])[], sheetName: string): DistrictSource {
  const headerRow = findHeaderRow(rows);
  return { sheetName, headerRow, firstCol: 0, headers: rows[headerRow] ?? [], rows: rows.slice(headerRow + 1) };
}

/** A table read from a sheet: pivoted to one row per school when it is the DfE long format, else as it is. */
export function pivotIfLong(source: DistrictSource): { source: DistrictSource; pivot?: PivotResult } {
  const columns = dfeLongColumns(source.headers);
  if (!columns) return { source };
  const pivot = new DfeLongPivot(columns);
  source.rows.forEach((row, i) => pivot.add(row, source.headerRow + 2 + i));
  const result = pivot.finish();
  return { source: sourceFromRows(pivotTable(result), source.sheetName), pivot: result };
}
