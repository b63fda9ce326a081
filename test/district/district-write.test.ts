/**
 * The district summary written through the generic writer into the fake Excel: syncs grow with
 * chunks, not schools, and every request's payload (measured by the fake) stays within budget.
 */
import { FakeExcel } from "../workbook/fake-excel";
import { buildDistrictSummary } from "../../src/sheets/district/summary/summary-model";
import { DEFAULT_MAX_PAYLOAD_BYTES } from "../../src/workbook/chunk-plan";
import { writeNewSheet } from "../../src/workbook/write-sheet";
import { syntheticDistrictSource } from "./synthetic-district";
import { PIVOT_HEADERS, pivotSheetModel } from "../../src/sheets/district/read/dfe-long";

describe("writing the district summary", () => {
  test.each([500, 24000])("%i made-up schools", async (count) => {
    const { source, mapping } = syntheticDistrictSource(count);
    const summary = buildDistrictSummary(source, mapping);
    const excel = new FakeExcel({ sheets: ["Schools"] });
    const result = await writeNewSheet(excel.context, summary.model);
    for (const bytes of excel.payloads) expect(bytes).toBeLessThanOrEqual(DEFAULT_MAX_PAYLOAD_BYTES);
    const total = excel.payloads.reduce((a, b) => a + b, 0);
    // One to read the names in use, one per chunk, one for the print setup with the sheet activated.
    expect(result.syncs).toBe(result.chunks + 2);
    expect(result.chunks).toBeLessThanOrEqual(Math.ceil(total / DEFAULT_MAX_PAYLOAD_BYTES) + 1);
    const table = summary.model.tables![0]!;
    const sheet = excel.sheet("District summary")!;
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.charts).toHaveLength(1);
    // the last school's guide formula is in place
    const lastRow = table.row + table.rows.length; // zero-based
    const guideCol = table.headers.indexOf("Guide hours per week (SEND.SENCOHOURS)");
    expect(String(sheet.cells.get(`${lastRow},${guideCol}`))).toMatch(
      new RegExp(
        `^=SEND\\.SENCOHOURS\\(C${lastRow + 1},D${lastRow + 1},E${lastRow + 1},F${lastRow + 1},G${lastRow + 1}\\)$`,
      ),
    );
    // inputs are INDEX lookups on each school's MATCH in the source table (by its URN)
    const last = table.headers.length - 1;
    expect(table.headers[last]).toBe("Row in Schools (URN)");
    const schoolName = sheet.cells.get(`${table.row + 1},0`);
    expect(schoolName).toBe(`=INDEX('Schools'!$B$2:$B$${count + 1},L${table.row + 2})&""`);
    expect(sheet.cells.get(`${table.row + 1},${last}`)).toBe(
      `=MATCH(${source.rows[summary.schools[0]!.index]![0]},'Schools'!$A$2:$A$${count + 1},0)`,
    );

    console.log(
      `district of ${count}: ${result.chunks} chunks, ${result.syncs} syncs, largest request ${Math.max(...excel.payloads)} bytes`,
    );
  });
});

describe("writing the pivoted DfE table", () => {
  test("24,000 made-up schools: an Excel table, URNs kept as text, a formula-like name kept as text", async () => {
    const rows: (string | number | null)[][] = [];
    for (let i = 0; i < 24000; i += 1)
      rows.push([
        String(100000 + i),
        i === 0 ? "=1+1" : `Made-up School ${i}`,
        String(2010000 + i),
        "Made-up LA",
        200,
        20,
        3,
      ]);
    const pivot = { headers: PIVOT_HEADERS, rows, rowsRead: 24000 * 31, duplicates: [], notes: ["A note."] };
    const excel = new FakeExcel({ sheets: ["Schools"] });
    const result = await writeNewSheet(excel.context, pivotSheetModel(pivot, "made-up.csv"));
    for (const bytes of excel.payloads) expect(bytes).toBeLessThanOrEqual(DEFAULT_MAX_PAYLOAD_BYTES);
    // One to read the names in use, one per chunk, one for the print setup with the sheet activated.
    expect(result.syncs).toBe(result.chunks + 2);
    const sheet = excel.sheet(result.sheetName)!;
    expect(sheet.tables).toHaveLength(1);
    const first = pivotSheetModel(pivot, "made-up.csv").tables![0]!.row + 1;
    expect(sheet.cells.get(`${first},0`)).toBe("'100000");
    expect(sheet.cells.get(`${first},1`)).toBe("'=1+1");
  });
});
