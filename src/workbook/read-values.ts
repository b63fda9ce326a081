/**
 * Reading a large range's values in row chunks, so no response from Excel exceeds the 5 MB that
 * Excel on the web allows (one sync per chunk, never per row). Thin Office.js edge:
 * Worksheet.getRangeByIndexes (ExcelApi 1.7, below the manifest's floor).
 *
 * The size of a cell's text is unknown until it is read, so the first chunk is a small probe
 * (READ_PROBE_CELLS cells: under 5 MB unless cells average 500 characters). After each chunk the
 * JSON size of what came back is measured and the next chunk gets as many rows as fit in
 * READ_RESPONSE_BUDGET bytes (half the limit), at most READ_CHUNK_CELLS cells. Syncs grow with
 * chunks, never with rows: 24,000 schools of 8 columns take 3 reads.
 */

/** Cells per read at most (100,000 cells of typical school data is about 1 to 1.5 MB of JSON). */
export const READ_CHUNK_CELLS = 100_000;
/** Cells in the first read, before anything is known about the size of the data. */
export const READ_PROBE_CELLS = 10_000;
/** JSON bytes a response should stay under once the data's size per row is known (5 MB is the limit). */
export const READ_RESPONSE_BUDGET = 2_500_000;

/** UTF-8 bytes of the JSON Excel sends for these values (what counts toward the 5 MB). */
export function jsonResponseBytes(values: readonly (readonly unknown[])[]): number {
  const json = JSON.stringify(values);
  let extra = 0;
  for (let i = 0; i < json.length; i += 1) {
    const code = json.charCodeAt(i);
    if (code > 0x7f) extra += code > 0x7ff ? 2 : 1;
  }
  return json.length + extra;
}

export interface ReadOptions {
  /** Override READ_CHUNK_CELLS (tests). */
  maxCells?: number;
  /** Override READ_PROBE_CELLS (tests). */
  probeCells?: number;
  /** Override READ_RESPONSE_BUDGET (tests). */
  responseBudget?: number;
  /** Cancel: checked between chunks (nothing is written by a read). */
  signal?: AbortSignal;
}

export async function readValuesChunked(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  rowCount: number,
  colCount: number,
  onProgress?: (done: number, total: number) => void,
  options: ReadOptions = {},
): Promise<unknown[][]> {
  const maxRows = Math.max(1, Math.floor((options.maxCells ?? READ_CHUNK_CELLS) / Math.max(1, colCount)));
  const budget = options.responseBudget ?? READ_RESPONSE_BUDGET;
  const probeRows = Math.max(1, Math.floor((options.probeCells ?? READ_PROBE_CELLS) / Math.max(1, colCount)));
  let perChunk = Math.min(maxRows, probeRows);
  let widestRowBytes = 0;
  const values: unknown[][] = [];
  let done = 0;
  let chunks = 0;
  while (done < rowCount) {
    options.signal?.throwIfAborted();
    const count = Math.min(perChunk, rowCount - done);
    const range = sheet.getRangeByIndexes(row + done, col, count, colCount);
    range.load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of up to 100,000 cells, never per row
    await context.sync();
    const chunk = range.values;
    for (const r of chunk) values.push(r);
    done += count;
    chunks += 1;
    // Size the next chunks by the widest rows seen so far (bytes per row, on average per chunk).
    widestRowBytes = Math.max(widestRowBytes, jsonResponseBytes(chunk) / Math.max(1, chunk.length));
    perChunk = Math.max(1, Math.min(maxRows, Math.floor(budget / Math.max(1, widestRowBytes))));
    onProgress?.(chunks, chunks + Math.ceil((rowCount - done) / perChunk));
    if (done < rowCount) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return values;
}
