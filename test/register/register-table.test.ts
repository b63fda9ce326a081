/**
 * Reading the register table around the selection for the census check
 * (src/workbook/register-table.ts through register-excel.ts) against the fake Excel: an Excel
 * table (its totals row left out), a block under title rows as an MIS export pastes it, the cells
 * selected, and a selection too small to be a register.
 */
import { FakeExcel } from "../workbook/fake-excel";
import { readSelectedRegisterTable } from "../../src/workbook/register-excel";

const HEADER = ["Surname", "Forename", "SEN Status", "Primary Need"];
const PUPILS = [
  ["Adams", "Ava", "K", "SEMH"],
  ["Brown", "Ben", "E", "ASD"],
  ["Clark", "Cara", "", ""],
];

describe("reading the register table", () => {
  test("an Excel table: its header and data rows, a totals row left out, its name kept", async () => {
    const excel = new FakeExcel({
      sheets: ["Pupils"],
      selection: "C3",
      existingTables: [{ sheet: "Pupils", name: "Register", address: "B2:E6", showTotals: true }],
    });
    excel.setBlock("Pupils", 1, 1, [HEADER, ...PUPILS, ["Total", "", 2, ""]]);
    const read = await excel.asExcel(() => readSelectedRegisterTable());
    expect(read).toEqual({
      sheetName: "Pupils",
      tableName: "Register",
      table: { headers: HEADER, rows: PUPILS, origin: { row: 1, col: 1 } },
      address: "Pupils!B2:E5",
    });
  });

  test("a block pasted from an export: the header row found under its title rows, from any cell of it", async () => {
    const excel = new FakeExcel({ sheets: ["Export"], selection: "B6" });
    excel.setBlock("Export", 0, 0, [["SEN register"], ["Printed 02/12/2026"], HEADER, ...PUPILS]);
    const read = await excel.asExcel(() => readSelectedRegisterTable());
    expect(read.tableName).toBeUndefined();
    expect(read.table).toEqual({ headers: HEADER, rows: PUPILS, origin: { row: 2, col: 0 } });
    expect(read.address).toBe("Export!A1:D6");
  });

  test("cells selected: their used part, not the block around them", async () => {
    const excel = new FakeExcel({ sheets: ["Export"], selection: "A3:D5" });
    excel.setBlock("Export", 2, 0, [HEADER, ...PUPILS]);
    excel.setCell("Export", "F3", "Notes");
    const read = await excel.asExcel(() => readSelectedRegisterTable());
    expect(read.table.headers).toEqual(HEADER);
    expect(read.table.rows).toEqual(PUPILS.slice(0, 2));
  });

  test("a lone cell is not a register: said in words", async () => {
    const excel = new FakeExcel({ sheets: ["Export"], selection: "D9" });
    excel.setCell("Export", "D9", "K");
    await expect(excel.asExcel(() => readSelectedRegisterTable())).rejects.toThrow(
      "Select a cell of the register: a header row (SEN Status, Primary Need, ...) with at least one pupil below it.",
    );
  });
});
