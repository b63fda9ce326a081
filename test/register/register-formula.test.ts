/**
 * The guide-hours formula the Register tab inserts: a table column by name, else the bounded range
 * checked (never a whole column), and the Excel side against the fake: which table column the
 * cells are in, where the formula goes (never inside the register or a table), what the cell holds
 * now, and the write.
 */
import { absoluteAddress, guideHoursFormula, registerReference } from "../../src/sheets/register/register-formula";
import { escapeTableColumn } from "../../src/sheets/sheet-names";
import { writeFormula } from "../../src/workbook/register-range";
import { readFormulaCell, readRegisterSurroundings } from "../../src/workbook/register-surroundings";
import { FakeExcel } from "../workbook/fake-excel";

describe("the formula text", () => {
  test("a table column by its structured reference, whatever sheet the formula is on", () => {
    const ref = { sheetName: "Register", address: "C2:C240", table: { name: "Register", column: "SEN status" } };
    expect(registerReference(ref, "Summary")).toBe("Register[SEN status]");
    expect(guideHoursFormula(ref, "Register", { budget: 67755 })).toBe(
      "=SEND.SENCOHOURSFROMREGISTER(67755, Register[SEN status])",
    );
    expect(guideHoursFormula(ref, "Register", { budget: 67755, mobility: 0.34, weight: 5 })).toBe(
      "=SEND.SENCOHOURSFROMREGISTER(67755, Register[SEN status], 34%, 5)",
    );
    expect(guideHoursFormula(ref, "Register", { budget: 0, weight: 2 })).toBe(
      "=SEND.SENCOHOURSFROMREGISTER(0, Register[SEN status], , 2)",
    );
  });

  test("special characters in a column name are escaped with '", () => {
    expect(escapeTableColumn("Need [primary] #1 'code'")).toBe("Need '[primary'] '#1 ''code''");
  });

  test("a range outside a table: absolute and bounded, with the sheet named from another sheet", () => {
    const ref = { sheetName: "SEN register 2025", address: "SEN register 2025!C2:C240" };
    expect(absoluteAddress("C2:C240")).toBe("$C$2:$C$240");
    expect(absoluteAddress("AB7")).toBe("$AB$7");
    expect(registerReference(ref, "SEN register 2025")).toBe("$C$2:$C$240");
    expect(registerReference(ref, "Summary")).toBe("'SEN register 2025'!$C$2:$C$240");
    expect(registerReference({ sheetName: "Register", address: "C2:C9" }, "Sheet1")).toBe("Register!$C$2:$C$9");
    expect(guideHoursFormula(ref, "Summary", { budget: 30000, mobility: 0.2 })).not.toMatch(/[A-Z]+:[A-Z]+[,)]/);
  });
});

describe("the Excel side (fake Excel)", () => {
  function register(): FakeExcel {
    const excel = new FakeExcel({
      sheets: ["Register"],
      existingTables: [{ sheet: "Register", name: "Pupils", address: "A1:C5" }],
    });
    excel.setBlock("Register", 0, 0, [
      ["Name", "Year", "SEN status"],
      ["A", 7, "K"],
      ["B", 7, "E"],
      ["C", 8, "N"],
      ["D", 9, "K"],
    ]);
    return excel;
  }

  const LABEL = "Cell for the guide-hours formula";

  test("cells in a table column give the table and the column's header; the register is the table", async () => {
    const excel = register();
    for (const address of ["Register!C1:C5", "C2:C5"]) {
      const around = await readRegisterSurroundings(excel.context, "Register", address);
      expect(around.table).toEqual({ name: "Pupils", column: "SEN status" });
      expect(around.register).toEqual({ row: 0, col: 0, rows: 5, cols: 3 });
      expect(around.tables).toEqual([{ name: "Pupils", row: 0, col: 0, rows: 5, cols: 3 }]);
    }
  });

  test("cells outside any table, or over two columns, give no table column; a plain register is its block", async () => {
    const excel = register();
    excel.setBlock("Register", 0, 5, [
      ["Codes", "Notes"],
      ["K", "x"],
      ["E", "y"],
    ]);
    const plain = await readRegisterSurroundings(excel.context, "Register", "F2:F3");
    expect(plain.table).toBeUndefined();
    expect(plain.register).toEqual({ row: 0, col: 5, rows: 3, cols: 2 });
    expect((await readRegisterSurroundings(excel.context, "Register", "B2:C5")).table).toBeUndefined();
  });

  test("left blank: the first free cell right of the register table, past an empty column, a table and a filled cell", async () => {
    const excel = register();
    const around = await readRegisterSurroundings(excel.context, "Register", "C2:C5");
    // The register table is A1:C5: never C2 or F2 inside it; E2 is the first cell past one empty column.
    expect(await readFormulaCell(excel.context, "Register", around, 1, "", LABEL)).toEqual({
      cell: "E2",
      existing: "",
    });
    const crowded = new FakeExcel({
      sheets: ["Register"],
      existingTables: [
        { sheet: "Register", name: "Pupils", address: "A1:C5" },
        { sheet: "Register", name: "Costs", address: "E1:F4" },
      ],
    });
    crowded.setCell("Register", "H2", "note");
    const next = await readRegisterSurroundings(crowded.context, "Register", "C2:C5");
    expect(await readFormulaCell(crowded.context, "Register", next, 1, "", LABEL)).toEqual({
      cell: "I2",
      existing: "",
    });
  });

  test("a cell typed inside the register table, or inside another table, is refused in words, naming a free cell", async () => {
    const excel = register();
    const around = await readRegisterSurroundings(excel.context, "Register", "C2:C5");
    expect(await readFormulaCell(excel.context, "Register", around, 1, "B2", LABEL)).toEqual({
      cell: "B2",
      existing: 7,
      problem:
        "Cell for the guide-hours formula: B2 lies in the table Pupils (A1:C5), where a formula would be read as data. Choose a cell outside it, such as E2.",
    });
    const plain = new FakeExcel({ sheets: ["Register"] });
    plain.setBlock("Register", 0, 0, [
      ["SEN status", "Name"],
      ["K", "A"],
      ["E", "B"],
    ]);
    const block = await readRegisterSurroundings(plain.context, "Register", "A2:A3");
    expect((await readFormulaCell(plain.context, "Register", block, 1, "B3", LABEL)).problem).toBe(
      "Cell for the guide-hours formula: B3 lies in the register (A1:B3), where a formula would be read as data. Choose a cell outside it, such as D2.",
    );
  });

  test("an empty target is written in one sync; a filled one is reported (the pane then asks)", async () => {
    const excel = register();
    const around = await readRegisterSurroundings(excel.context, "Register", "C2:C5");
    expect((await readFormulaCell(excel.context, "Register", around, 0, "E1", LABEL)).existing).toBe("");
    const syncs = excel.syncs;
    await writeFormula(excel.context, "Register", "E1", "=SEND.SENCOHOURSFROMREGISTER(67755, Pupils[SEN status])");
    expect(excel.syncs - syncs).toBe(1);
    expect(excel.cell("Register", "E1")).toBe("=SEND.SENCOHOURSFROMREGISTER(67755, Pupils[SEN status])");
    expect((await readFormulaCell(excel.context, "Register", around, 0, "E1", LABEL)).existing).toBe(
      "=SEND.SENCOHOURSFROMREGISTER(67755, Pupils[SEN status])",
    );
  });
});
