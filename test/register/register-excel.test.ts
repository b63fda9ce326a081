/**
 * The Register tab's Excel side (src/workbook/register-excel.ts) against the fake Excel: each
 * call runs its own Excel.run; the formula target is read in one request context. (The highlight
 * itself is tested against its own fake in register-range.test.ts.)
 */
import { FakeExcel } from "../workbook/fake-excel";
import { insertFormula, readFormulaTarget, readSelectedRegisterColumn } from "../../src/workbook/register-excel";

function register(): FakeExcel {
  const excel = new FakeExcel({ sheets: ["Pupils"], selection: "C1:C5" });
  excel.setBlock("Pupils", 0, 2, [["SEN status"], ["K"], ["E"], ["x"], ["N"]]);
  return excel;
}

describe("the Register tab's Excel side", () => {
  test("reads the selected column's used part", async () => {
    const excel = register();
    const selected = await excel.asExcel(() => readSelectedRegisterColumn());
    expect(selected).toMatchObject({ sheetName: "Pupils", address: "Pupils!C1:C5", row: 0, col: 2 });
    expect(selected.values).toEqual([["SEN status"], ["K"], ["E"], ["x"], ["N"]]);
  });

  test("the formula target: a plain range has no table column; an empty cell reads as empty", async () => {
    const excel = register();
    const target = await excel.asExcel(() => readFormulaTarget("Pupils", "Pupils!C2:C5", "E2"));
    expect(target).toEqual({ table: undefined, existing: "" });
  });

  test("the formula target: the table column the register lies in, and what the cell holds now", async () => {
    const excel = new FakeExcel({
      sheets: ["Pupils"],
      existingTables: [{ sheet: "Pupils", name: "Register", address: "A1:C5" }],
    });
    excel.setBlock("Pupils", 0, 0, [
      ["Name", "Year", "SEN status"],
      ["Ann", 3, "K"],
    ]);
    excel.setCell("Pupils", "E2", "=SUM(1,2)");
    excel.setCell("Pupils", "F2", 12);
    const target = await excel.asExcel(() => readFormulaTarget("Pupils", "Pupils!C2:C5", "E2"));
    expect(target).toEqual({ table: { name: "Register", column: "SEN status" }, existing: "=SUM(1,2)" });
    const value = await excel.asExcel(() => readFormulaTarget("Pupils", "Pupils!C2:C5", "F2"));
    expect(value.existing).toBe(12);
  });

  test("inserts the formula in the cell, in one sync, leaving the codes as they were", async () => {
    const excel = register();
    await excel.asExcel(() => insertFormula("Pupils", "E2", "=SEND.SENCOHOURSFROMREGISTER(67755,C2:C5)"));
    expect(excel.cell("Pupils", "E2")).toBe("=SEND.SENCOHOURSFROMREGISTER(67755,C2:C5)");
    expect(excel.syncs).toBe(1);
    expect(excel.cell("Pupils", "C4")).toBe("x");
  });
});
