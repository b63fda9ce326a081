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
    const target = await excel.asExcel(() => readFormulaTarget("Pupils", "Pupils!C2:C5", 1, "", "Cell"));
    // The register is the block C1:C5: the formula goes past one empty column, level with its first pupil.
    expect(target).toEqual({ table: undefined, cell: "E2", existing: "" });
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
    const target = await excel.asExcel(() => readFormulaTarget("Pupils", "Pupils!C2:C5", 1, "E2", "Cell"));
    expect(target).toEqual({ table: { name: "Register", column: "SEN status" }, cell: "E2", existing: "=SUM(1,2)" });
    const value = await excel.asExcel(() => readFormulaTarget("Pupils", "Pupils!C2:C5", 1, "F2", "Cell"));
    expect(value.existing).toBe(12);
    // Left blank, the first free cell: E2 and F2 hold something, so G2.
    const free = await excel.asExcel(() => readFormulaTarget("Pupils", "Pupils!C2:C5", 1, "", "Cell"));
    expect(free.cell).toBe("G2");
  });

  test("inserts the formula in the cell, in one sync, leaving the codes as they were", async () => {
    const excel = register();
    await excel.asExcel(() => insertFormula("Pupils", "E2", "=SEND.SENCOHOURSFROMREGISTER(67755,C2:C5)"));
    expect(excel.cell("Pupils", "E2")).toBe("=SEND.SENCOHOURSFROMREGISTER(67755,C2:C5)");
    expect(excel.syncs).toBe(1);
    expect(excel.cell("Pupils", "C4")).toBe("x");
  });
});

/** A register table on Pupils!A1:C6 (a totals row in row 7) with a blank SEN status in C4; column E outside any table. */
function tableRegister(selection: string): FakeExcel {
  const excel = new FakeExcel({
    sheets: ["Pupils"],
    selection,
    existingTables: [{ sheet: "Pupils", name: "Register", address: "A1:C7", showTotals: true }],
  });
  excel.setBlock("Pupils", 0, 0, [
    ["Name", "Year", "SEN status"],
    ["Ann", 3, "K"],
    ["Ben", 4, "E"],
    ["Cal", 5, ""],
    ["Dee", 2, "N"],
    ["Eve", 6, "x"],
    ["Total", "", 5],
  ]);
  return excel;
}

describe("one cell of a table column selected: the whole column", () => {
  test("a blank cell inside the table's SEN status column: every data row of it, the totals row left out", async () => {
    const excel = tableRegister("C4");
    const selected = await excel.asExcel(() => readSelectedRegisterColumn());
    expect(selected).toMatchObject({
      sheetName: "Pupils",
      address: "Pupils!C2:C6",
      row: 1,
      col: 2,
      table: { name: "Register", column: "SEN status" },
    });
    expect(selected.values).toEqual([["K"], ["E"], [""], ["N"], ["x"]]);
  });

  test("a cell with a value, or the header cell, means the same column", async () => {
    for (const cell of ["C2", "C1", "C3:C4"]) {
      const selected = await tableRegister(cell).asExcel(() => readSelectedRegisterColumn());
      expect([cell, selected.address, selected.values.length]).toEqual([cell, "Pupils!C2:C6", 5]);
    }
  });

  test("a blank cell outside any table is refused in words, before anything is read", async () => {
    const excel = tableRegister("E4");
    await expect(excel.asExcel(() => readSelectedRegisterColumn())).rejects.toThrow(
      "The selected cells are empty and not in an Excel table: select the column of SEN codes (for example C2:C240), or any cell of the register table's SEN status column.",
    );
    expect(excel.syncs).toBe(1);
  });

  test("two columns of a table are read as selected, not as one column", async () => {
    const selected = await tableRegister("B2:C3").asExcel(() => readSelectedRegisterColumn());
    expect(selected.table).toBeUndefined();
    expect(selected.address).toBe("Pupils!B2:C3");
  });
});
