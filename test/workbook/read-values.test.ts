/**
 * readValuesChunked against the fake Excel: a small probe chunk, then chunks of at most
 * READ_CHUNK_CELLS cells whose boundaries follow from the width of the range, every row back in
 * order, one sync per chunk, every response measured, and fewer rows per chunk when the rows turn
 * out to be long, so no response nears Excel on the web's 5 MB.
 */
import {
  READ_CHUNK_CELLS,
  READ_PROBE_CELLS,
  READ_RESPONSE_BUDGET,
  jsonResponseBytes,
  readValuesChunked,
} from "../../src/workbook/read-values";
import { rangeAddress } from "../../src/sheets/a1-address";
import { EXCEL_WEB_REQUEST_LIMIT, FakeExcel } from "./fake-excel";

/** A block whose every cell says where it is, so order and boundaries can be checked. */
function block(rows: number, cols: number, row0: number, col0: number): string[][] {
  return Array.from({ length: rows }, (_r, r) => Array.from({ length: cols }, (_c, c) => `R${row0 + r}C${col0 + c}`));
}

function loads(excel: FakeExcel): string[] {
  return excel.batches.flat().filter((d) => d.startsWith("load "));
}

async function read(excel: FakeExcel, row: number, col: number, rows: number, cols: number, progress?: number[][]) {
  const sheet = excel.context.workbook.worksheets.getItem("Data");
  return readValuesChunked(excel.context, sheet, row, col, rows, cols, (d, t) => progress?.push([d, t]));
}

describe("readValuesChunked", () => {
  test("60,001 rows of 4 columns: a probe, then exact chunks of READ_CHUNK_CELLS / 4 rows, in order, one sync each", async () => {
    const rows = 60_001;
    const cols = 4;
    const data = block(rows, cols, 3, 1);
    const excel = new FakeExcel({ sheets: ["Data"] });
    excel.setBlock("Data", 3, 1, data);
    const progress: number[][] = [];
    const values = await read(excel, 3, 1, rows, cols, progress);

    const probe = READ_PROBE_CELLS / cols;
    const full = READ_CHUNK_CELLS / cols;
    // Short cells: the budget does not bind, so every chunk after the probe is a full one.
    expect((excel.responses[0]! / probe) * full).toBeLessThan(READ_RESPONSE_BUDGET);
    expect(values).toEqual(data);
    expect(loads(excel)).toEqual([
      `load ${rangeAddress(3, 1, probe, cols)}`,
      `load ${rangeAddress(3 + probe, 1, full, cols)}`,
      `load ${rangeAddress(3 + probe + full, 1, full, cols)}`,
      `load ${rangeAddress(3 + probe + 2 * full, 1, rows - probe - 2 * full, cols)}`,
    ]);
    expect(excel.syncs).toBe(4);
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    // Every response is measured: the values' JSON, far below Excel on the web's 5 MB.
    expect(excel.responses).toHaveLength(4);
    expect(excel.responses[0]).toBe(jsonResponseBytes(data.slice(0, probe)));
    expect(excel.responses[1]).toBe(jsonResponseBytes(data.slice(probe, probe + full)));
    for (const bytes of excel.responses) expect(bytes).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT / 2);
  });

  test("a width that does not divide the cell counts rounds the rows per chunk down", async () => {
    const cols = 7;
    const probe = Math.floor(READ_PROBE_CELLS / cols);
    const full = Math.floor(READ_CHUNK_CELLS / cols);
    const rows = probe + full + 1;
    const data = block(rows, cols, 0, 0);
    const excel = new FakeExcel({ sheets: ["Data"] });
    excel.setBlock("Data", 0, 0, data);
    const values = await read(excel, 0, 0, rows, cols);
    expect(values).toEqual(data);
    expect(loads(excel)).toEqual([
      `load ${rangeAddress(0, 0, probe, cols)}`,
      `load ${rangeAddress(probe, 0, full, cols)}`,
      `load ${rangeAddress(probe + full, 0, 1, cols)}`,
    ]);
    expect(full * cols).toBeLessThanOrEqual(READ_CHUNK_CELLS);
    expect(excel.syncs).toBe(3);
  });

  test("a small range takes one sync; empty cells read as empty text", async () => {
    const excel = new FakeExcel({ sheets: ["Data"] });
    excel.setBlock("Data", 0, 0, [
      ["a", 1],
      [null, 2],
    ]);
    const values = await read(excel, 0, 0, 3, 2);
    expect(values).toEqual([
      ["a", 1],
      ["", 2],
      ["", ""],
    ]);
    expect(excel.syncs).toBe(1);
  });

  test("zero rows: no request at all", async () => {
    const excel = new FakeExcel({ sheets: ["Data"] });
    expect(await read(excel, 0, 0, 0, 5)).toEqual([]);
    expect(excel.syncs).toBe(0);
  });

  test("long rows: the chunk after the probe holds as many rows as fit in the response budget", async () => {
    const cols = 10;
    const rows = 3_000;
    const text = "y".repeat(150);
    const data = Array.from({ length: rows }, (_r, r) => Array.from({ length: cols }, (_c, c) => `${text}${r}.${c}`));
    const excel = new FakeExcel({ sheets: ["Data"] });
    excel.setBlock("Data", 0, 0, data);
    const sheet = excel.context.workbook.worksheets.getItem("Data");
    // Cap, probe and budget scaled down 10x so the test stays quick; the arithmetic is the same.
    const options = {
      maxCells: READ_CHUNK_CELLS / 10,
      probeCells: READ_PROBE_CELLS / 10,
      responseBudget: READ_RESPONSE_BUDGET / 10,
    };
    const values = await readValuesChunked(excel.context, sheet, 0, 0, rows, cols, undefined, options);
    expect(values).toEqual(data);
    const probe = options.probeCells / cols;
    const nextRows = Math.floor(options.responseBudget / (excel.responses[0]! / probe));
    expect(nextRows).toBeLessThan(options.maxCells / cols); // the budget binds, not the cell cap
    expect(loads(excel)[1]).toBe(`load ${rangeAddress(probe, 0, nextRows, cols)}`);
    expect(excel.syncs).toBe(excel.responses.length);
    for (const bytes of excel.responses.slice(1)) expect(bytes).toBeLessThanOrEqual(options.responseBudget * 1.01);
  });

  test("300-character cells: the default sizes keep every response under 5 MB, where one 100,000-cell read fails", async () => {
    const cols = 10;
    const rows = 4_000;
    const text = "z".repeat(300);
    const data = Array.from({ length: rows }, (_r, r) => Array.from({ length: cols }, (_c, c) => `${text}${r}.${c}`));
    const excel = new FakeExcel({ sheets: ["Data"] });
    excel.setBlock("Data", 0, 0, data);
    const values = await read(excel, 0, 0, rows, cols);
    expect(values).toHaveLength(rows);
    expect(values[rows - 1]).toEqual(data[rows - 1]);
    expect(Math.max(...excel.responses)).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT);
    expect(excel.syncs).toBeLessThan(10);

    // The same data in one read of READ_CHUNK_CELLS cells is over the limit: the fake refuses it.
    const blind = new FakeExcel({ sheets: ["Data"] });
    blind.setBlock("Data", 0, 0, data);
    const sheet = blind.context.workbook.worksheets.getItem("Data");
    await expect(
      readValuesChunked(blind.context, sheet, 0, 0, rows, cols, undefined, { probeCells: READ_CHUNK_CELLS }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
