/**
 * Reading a large range's values in row chunks, so no response from Excel exceeds the 5 MB that
 * Excel on the web allows (one sync per chunk, never per row). Thin Office.js edge.
 */

/** Cells per read: ~100,000 cells is about 2 MB of JSON for typical school data. */
export const READ_CHUNK_CELLS = 100_000;

export async function readValuesChunked(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  rowCount: number,
  colCount: number,
  onProgress?: (done: number, total: number) => void,
): Promise<unknown[][]> {
  const perChunk = Math.max(1, Math.floor(READ_CHUNK_CELLS / Math.max(1, colCount)));
  const total = Math.ceil(rowCount / perChunk);
  const values: unknown[][] = [];
  for (let i = 0; i < total; i += 1) {
    const start = row + i * perChunk;
    const count = Math.min(perChunk, row + rowCount - start);
    const range = sheet.getRangeByIndexes(start, col, count, colCount);
    range.load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 100,000-cell chunk, never per row
    await context.sync();
    for (const r of range.values) values.push(r);
    onProgress?.(i + 1, total);
    if (i < total - 1) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return values;
}
