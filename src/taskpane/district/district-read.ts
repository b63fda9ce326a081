/**
 * Reading a table of schools for the District tab, outside the DOM: a file's bytes read and
 * decoded in slices (the DfE's long file is 361 MB), a decoded CSV file read (a DfE long-format
 * file pivoted to one row per school as it is read), each step reporting how far it has got and
 * stopping when cancelled (`signal`: nothing is kept of a cancelled read); rows of cells as a
 * source, and a DfE long-format table read from a sheet pivoted the same way.
 */
import {
  CsvReader,
  csvCellValue,
  csvDecoder,
  csvEncodingOf,
  decodedCsv,
  decodeWindows1252,
  type DecodedCsv,
} from "../../sheets/district/read/csv";
import { DfeLongPivot, dfeLongColumns, pivotTable, type PivotResult } from "../../sheets/district/read/dfe-long";
import { findHeaderRow } from "../../sheets/district/read/header-detection";
import type { DistrictSource } from "../../sheets/district/read/read-types";

/** Rows read between pauses that let the progress bar repaint and Cancel be pressed. */
const ROWS_PER_SLICE = 20000;
/** Bytes decoded between pauses. */
const BYTES_PER_SLICE = 16 * 1024 * 1024;

/** Let the pane repaint and handle Cancel; then stop when cancelled. */
async function pause(signal: AbortSignal | undefined): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  signal?.throwIfAborted();
}

/** Progress of one step: (done, total) in its own unit. */
export type Progress = (done: number, total: number) => void;

/** A file's bytes, read as a stream so progress shows (bytes read of the file's size). */
export async function readFileBytes(file: Blob, onProgress?: Progress, signal?: AbortSignal): Promise<Uint8Array> {
  if (typeof file.stream !== "function") return new Uint8Array(await file.arrayBuffer());
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    bytes.set(chunk.value, done);
    done += chunk.value.length;
    onProgress?.(done, file.size);
    if (signal?.aborted) {
      await reader.cancel();
      signal.throwIfAborted();
    }
  }
  return done === bytes.length ? bytes : bytes.subarray(0, done);
}

/**
 * Decode a file's bytes in slices (as decodeCsv does at once: a byte-order mark says the encoding,
 * else UTF-8, else Windows-1252 when the bytes are not UTF-8), reporting bytes decoded.
 */
export async function decodeInSlices(
  bytes: Uint8Array,
  onProgress?: Progress,
  signal?: AbortSignal,
): Promise<DecodedCsv> {
  const { encoding, skip } = csvEncodingOf(bytes);
  const decoder = csvDecoder(encoding);
  const parts: string[] = [];
  for (let start = skip; start < bytes.length; start += BYTES_PER_SLICE) {
    const end = Math.min(bytes.length, start + BYTES_PER_SLICE);
    try {
      parts.push(decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length }));
    } catch {
      return decodedCsv(decodeWindows1252(bytes), "Windows-1252");
    }
    onProgress?.(end, bytes.length);
    if (end < bytes.length) await pause(signal);
  }
  return decodedCsv(parts.join(""), encoding);
}

/** Pivot the rest of a DfE long-format file, `ROWS_PER_SLICE` rows at a time, reporting progress between slices. */
async function pivotLongCsv(
  reader: CsvReader,
  pivot: DfeLongPivot,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
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
    await pause(signal);
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
  signal?: AbortSignal,
): Promise<{ rows: (string | number | null)[][]; pivot?: PivotResult }> {
  const reader = new CsvReader(csv.text, csv.delimiter, csv.start);
  const first = reader.next();
  if (!first) return { rows: [] };
  const columns = dfeLongColumns(first);
  if (columns) {
    const result = await pivotLongCsv(reader, new DfeLongPivot(columns), onProgress, signal);
    return { rows: pivotTable(result), pivot: result };
  }
  const rows: (string | number | null)[][] = [first.map(csvCellValue)];
  for (let row = reader.next(); row !== undefined; row = reader.next()) rows.push(row.map(csvCellValue));
  onProgress?.(reader.length, reader.length);
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
