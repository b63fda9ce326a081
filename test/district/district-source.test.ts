/**
 * readSelectedDistrict against the fake Excel: a selection inside an Excel table (its totals row
 * left out, a hidden header row refused), a plain block found by its surrounding region with its
 * header row found by the header detector, a selection too small to be a table, the syncs each
 * takes, and all of England (24,000 schools) read in chunks whose responses are measured.
 */
import { readSelectedDistrict } from "../../src/workbook/district-source";
import { SelectionError } from "../../src/workbook/selection";
import { READ_CHUNK_CELLS, READ_PROBE_CELLS } from "../../src/workbook/read-values";
import { rangeAddress } from "../../src/sheets/a1-address";
import { EXCEL_WEB_REQUEST_LIMIT, FakeExcel } from "../workbook/fake-excel";
import { SYNTHETIC_HEADERS, syntheticDistrictSource } from "./synthetic-district";

const COLS = SYNTHETIC_HEADERS.length;

function schools(count: number): unknown[][] {
  return syntheticDistrictSource(count).source.rows.map((r) => [...r]);
}

/** A sheet "Schools" with a title, a blank row, and the table's header and rows from row `top` (0-based). */
function districtSheet(count: number, top: number, extra: (excel: FakeExcel) => void = () => undefined) {
  const rows = schools(count);
  return {
    rows,
    make: (options: ConstructorParameters<typeof FakeExcel>[0]) => {
      const excel = new FakeExcel({ sheets: ["Schools"], ...options });
      excel.setCell("Schools", "A1", "Made-up district: invented schools");
      excel.setBlock("Schools", top, 0, [SYNTHETIC_HEADERS, ...rows]);
      extra(excel);
      return excel;
    },
  };
}

describe("readSelectedDistrict: an Excel table", () => {
  test("a cell inside a table reads the whole table and only the table (3 syncs)", async () => {
    const { rows, make } = districtSheet(40, 2, (excel) => excel.setCell("Schools", "I3", "checked by the LA"));
    const address = rangeAddress(2, 0, 41, COLS); // A3:H43
    const excel = make({ existingTables: [{ sheet: "Schools", name: "Schools2024", address }], selection: "C10" });
    const read = await readSelectedDistrict(excel.context);
    expect(read.label).toBe(`table Schools2024 (Schools!${address})`);
    expect(read.source.sheetName).toBe("Schools");
    expect(read.source.headerRow).toBe(2);
    expect(read.source.firstCol).toBe(0);
    expect(read.source.headers).toEqual(SYNTHETIC_HEADERS); // not the note in column I
    expect(read.source.rows).toEqual(rows.map((r) => r.map((v) => v ?? "")));
    // selection + tables + region; the table's range; one read
    expect(excel.syncs).toBe(3);
    expect(excel.batches[0]).toEqual(["load selected areas", "getTables C10", "load region of C10"]);
  });

  test("a totals row is not read as a school", async () => {
    const { rows, make } = districtSheet(12, 0, (excel) =>
      excel.setBlock("Schools", 13, 0, [["Total", "", 123456, 10, 2, 3, "", 40]]),
    );
    const excel = make({
      existingTables: [{ sheet: "Schools", name: "Schools", address: rangeAddress(0, 0, 14, COLS), showTotals: true }],
      selection: "B5",
    });
    const read = await readSelectedDistrict(excel.context);
    expect(read.source.rows).toHaveLength(rows.length);
    expect(read.source.rows.some((r) => r[0] === "Total")).toBe(false);
    expect(read.label).toBe(`table Schools (Schools!${rangeAddress(0, 0, 13, COLS)})`);
  });

  test("a table with its header row hidden is refused with a way out, before any value is read", async () => {
    const { make } = districtSheet(5, 1);
    const excel = make({
      existingTables: [
        { sheet: "Schools", name: "NoHeaders", address: rangeAddress(2, 0, 5, COLS), showHeaders: false },
      ],
      selection: "A4",
    });
    const error = await readSelectedDistrict(excel.context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SelectionError);
    expect((error as Error).message).toBe(
      "The table NoHeaders has its header row hidden: turn on Header Row (Table Design) so the columns can be found by their headers.",
    );
    expect(excel.syncs).toBe(1);
  });
});

describe("readSelectedDistrict: a plain block", () => {
  test("finds the block around the selection and its header row under a title (2 syncs)", async () => {
    // Title in A1 directly above the headers: the region holds it, the header detector skips it.
    const { rows, make } = districtSheet(30, 1);
    const excel = make({ selection: "D17" });
    const read = await readSelectedDistrict(excel.context);
    expect(read.label).toBe(`Schools!${rangeAddress(0, 0, 32, COLS)}`);
    expect(read.source.headerRow).toBe(1);
    expect(read.source.headers).toEqual(SYNTHETIC_HEADERS);
    expect(read.source.rows).toHaveLength(rows.length);
    expect(read.source.rows[0]![1]).toBe(rows[0]![1]);
    expect(read.source.rows.at(-1)![0]).toBe(rows.at(-1)![0]);
    expect(excel.syncs).toBe(2); // selection + region, one read
  });

  test("a block away from the sheet's corner keeps its first column and header row", async () => {
    const rows = schools(6);
    const excel = new FakeExcel({ sheets: ["LA"], selection: "F9" });
    excel.setBlock("LA", 4, 3, [SYNTHETIC_HEADERS, ...rows]); // D5
    const read = await readSelectedDistrict(excel.context);
    expect(read.label).toBe(`LA!${rangeAddress(4, 3, 7, COLS)}`);
    expect(read.source).toMatchObject({ sheetName: "LA", headerRow: 4, firstCol: 3 });
    expect(read.source.rows).toHaveLength(6);
  });

  test("an empty cell or a header row alone is too small: a SelectionError says what to select, nothing is read", async () => {
    const { make } = districtSheet(3, 2);
    const empty = make({ selection: "M40" });
    const message = "Select a cell inside the table of schools: a header row with at least one school below it.";
    await expect(readSelectedDistrict(empty.context)).rejects.toThrow(new SelectionError(message));
    expect(empty.syncs).toBe(1);

    const headerOnly = new FakeExcel({ sheets: ["Schools"], selection: "B2" });
    headerOnly.setBlock("Schools", 1, 0, [SYNTHETIC_HEADERS]);
    const error = await readSelectedDistrict(headerOnly.context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SelectionError);
    expect((error as Error).message).toBe(message);
    expect(headerOnly.syncs).toBe(1);
  });
});

describe("readSelectedDistrict: all of England", () => {
  const COUNT = 24_000;
  const big = districtSheet(COUNT, 2);

  test("24,000 schools in a table: syncs grow with chunks, every response measured under 5 MB", async () => {
    const excel = big.make({
      existingTables: [{ sheet: "Schools", name: "England", address: rangeAddress(2, 0, COUNT + 1, COLS) }],
      selection: "A100",
    });
    const progress: number[][] = [];
    const read = await readSelectedDistrict(excel.context, (d, t) => progress.push([d, t]));
    expect(read.source.rows).toHaveLength(COUNT);
    expect(read.source.rows[COUNT - 1]![0]).toBe(big.rows[COUNT - 1]![0]);

    const cells = (COUNT + 1) * COLS;
    const probeRows = Math.floor(READ_PROBE_CELLS / COLS);
    const fullRows = Math.floor(READ_CHUNK_CELLS / COLS);
    const chunks = 1 + Math.ceil((COUNT + 1 - probeRows) / fullRows);
    expect(cells).toBe(192_008);
    expect(chunks).toBe(3);
    expect(excel.syncs).toBe(2 + chunks);
    expect(progress.map(([d]) => d)).toEqual([1, 2, 3]);
    expect(progress.at(-1)).toEqual([3, 3]);
    const reads = excel.responses.slice(2);
    expect(reads).toHaveLength(chunks);
    for (const bytes of excel.responses) expect(bytes).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT);
    // A full chunk carries 12,500 schools, about 0.8 MB of JSON: under a quarter of the limit.
    expect(Math.max(...reads)).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT / 4);
  });

  test("the same 24,000 schools as a plain block: one sync fewer", async () => {
    const excel = big.make({ selection: "C3" });
    const read = await readSelectedDistrict(excel.context);
    expect(read.source.rows).toHaveLength(COUNT);
    expect(read.source.headerRow).toBe(2);
    expect(excel.syncs).toBe(1 + 3);
    for (const bytes of excel.responses) expect(bytes).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT);
  });
});
