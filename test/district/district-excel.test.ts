/**
 * The District tab's Excel side (src/workbook/district-excel.ts) against the fake Excel: the
 * selected table read in an Excel.run of its own, the summary written to a new sheet without
 * touching the user's table; and a DfE long-format table read from a sheet, pivoted as a file is.
 */
import { parseCsv } from "../../src/sheets/district/read/csv";
import { buildDistrictSummary } from "../../src/sheets/district/summary/summary-model";
import { readSelectedSchools, writeDistrictSheet } from "../../src/workbook/district-excel";
import { pivotIfLong, sourceFromRows } from "../../src/taskpane/district/district-read";
import { FakeExcel } from "../workbook/fake-excel";
import { LONG_HEADER, longLine } from "./dfe-long-lines";
import { SYNTHETIC_HEADERS, syntheticDistrictSource } from "./synthetic-district";

describe("the District tab's Excel side", () => {
  test("reads the selected table and writes its summary to a new sheet; the table stays as it was", async () => {
    const { source, mapping } = syntheticDistrictSource(12);
    const excel = new FakeExcel({ sheets: ["Schools"], selection: "B3" });
    excel.setBlock("Schools", 0, 0, [SYNTHETIC_HEADERS, ...source.rows.map((r) => [...r])]);
    const before = new Map(excel.sheet("Schools")!.cells);
    const selected = await excel.asExcel(() => readSelectedSchools());
    expect(selected.source.rows).toHaveLength(12);
    expect(selected.label).toBe(`Schools!A1:${String.fromCharCode(64 + SYNTHETIC_HEADERS.length)}13`);
    const summary = buildDistrictSummary(selected.source, mapping, { sourceLabel: selected.label });
    const written = await excel.asExcel(() => writeDistrictSheet(summary.model));
    expect(excel.sheets.map((s) => s.name)).toEqual(["Schools", written.sheetName]);
    expect(excel.sheet("Schools")!.cells).toEqual(before);
  });

  test("a DfE long-format table read from a sheet is pivoted to one row per school; another table is left as it is", () => {
    const rows = parseCsv(
      [
        LONG_HEADER,
        longLine("100000", "Aldgate Made-up School", "All pupils", "All pupils", "249"),
        longLine("100000", "Aldgate Made-up School", "SEN support", "All pupils", "30"),
        longLine("100001", "Bow Made-up School", "All pupils", "All pupils", "120"),
      ].join("\n"),
    );
    const long = pivotIfLong(sourceFromRows(rows, "DfE"));
    expect(long.pivot?.rowsRead).toBe(3);
    expect(long.source.sheetName).toBe("DfE");
    expect(long.source.rows).toEqual([
      ["100000", "Aldgate Made-up School", "2010000", "Made-up Borough", 249, 30, 0],
      ["100001", "Bow Made-up School", "2010001", "Made-up Borough", 120, 0, 0],
    ]);
    const plain = sourceFromRows(
      [
        ["School", "SEN support"],
        ["Oak", 3],
      ],
      "Schools",
    );
    expect(pivotIfLong(plain)).toEqual({ source: plain });
  });
});
