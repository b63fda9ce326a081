/**
 * How the Excel edge behaves on an older Excel: Office.context.requirements.isSetSupported is
 * stubbed to report ExcelApi up to a given version, and the fake Excel stands in for the rest.
 */
import { ExcelVersionError, excelApiSupported, requireExcelApi } from "../../src/workbook/requirements";
import { readSelectedDistrict } from "../../src/workbook/district-source";
import { highlightCells, readSelectedRegister, HIGHLIGHT_FORMULA } from "../../src/workbook/register-range";
import { writeNewSheet } from "../../src/workbook/write-sheet";
import { rangeAddress } from "../../src/sheets/a1-address";
import { FakeExcel } from "./fake-excel";
import { excelUpTo, forgetOfficeAfterEach } from "../helpers/office-requirements";

forgetOfficeAfterEach();

describe("requirement sets", () => {
  test("outside Office every set counts as supported; inside, Excel's answer is used", () => {
    expect(excelApiSupported("1.9")).toBe(true);
    excelUpTo(8);
    expect(excelApiSupported("1.8")).toBe(true);
    expect(excelApiSupported("1.9")).toBe(false);
    expect(() => requireExcelApi("1.9", "Doing this")).toThrow(new ExcelVersionError("Doing this", "1.9"));
  });

  test("before ExcelApi 1.7 the district and register reads stop with a readable message and no request", async () => {
    excelUpTo(6);
    const excel = new FakeExcel({ sheets: ["Schools"], selection: "A2" });
    await expect(readSelectedDistrict(excel.context)).rejects.toThrow(
      "Reading the selected table needs a newer Excel (Excel JavaScript API 1.7: Excel 2019 or later, Excel on the web or Microsoft 365). This Excel does not support it, so nothing was read or written.",
    );
    await expect(readSelectedRegister(excel.context)).rejects.toBeInstanceOf(ExcelVersionError);
    expect(excel.syncs).toBe(0);
  });

  test("ExcelApi 1.8 (no Range.getTables): a table is read as the block around the selection", async () => {
    excelUpTo(8);
    const excel = new FakeExcel({
      sheets: ["Schools"],
      selection: "B3",
      existingTables: [{ sheet: "Schools", name: "T", address: "A1:C3" }],
    });
    excel.setBlock("Schools", 0, 0, [
      ["School name", "Notional SEN budget", "EHC plans (E)"],
      ["A", 1000, 1],
      ["B", 2000, 2],
    ]);
    const read = await readSelectedDistrict(excel.context);
    expect(excel.batches.flat().some((d) => d.startsWith("getTables"))).toBe(false);
    expect(read.label).toBe(`Schools!${rangeAddress(0, 0, 3, 3)}`);
    expect(read.source.rows).toEqual([
      ["A", 1000, 1],
      ["B", 2000, 2],
    ]);
    expect(excel.syncs).toBe(2);
  });

  test("ExcelApi 1.8 (no RangeAreas): one highlight per area, still one sync", async () => {
    excelUpTo(8);
    const excel = new FakeExcel({ sheets: ["Register"] });
    const added = await highlightCells(excel.context, "Register", [["C3:C4", "C7"], ["C9"]]);
    expect(added).toBe(3);
    expect(excel.syncs).toBe(1);
    const formats = excel.sheet("Register")!.conditionalFormats;
    expect(formats.map((f) => [f.address, f.formula])).toEqual([
      ["C3:C4", HIGHLIGHT_FORMULA],
      ["C7", HIGHLIGHT_FORMULA],
      ["C9", HIGHLIGHT_FORMULA],
    ]);
  });

  test("ExcelApi 1.6: a sheet is written without frozen panes; before 1.4 nothing is written", async () => {
    const model = {
      title: "Summary",
      blocks: [{ row: 0, col: 0, cells: [["Title"], [1]] }],
      freezeRows: 1,
    };
    excelUpTo(6);
    const excel = new FakeExcel();
    const result = await writeNewSheet(excel.context, model);
    expect(excel.sheet(result.sheetName)!.frozenRows).toBe(0);
    expect(excel.cell(result.sheetName, "A2")).toBe(1);

    excelUpTo(3);
    const old = new FakeExcel();
    await expect(writeNewSheet(old.context, model)).rejects.toBeInstanceOf(ExcelVersionError);
    expect(old.syncs).toBe(0);
    expect(old.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
