/**
 * The guide-hours formula the Register tab inserts: a table column by name, else the bounded range
 * checked (never a whole column), and the Excel side against the fake: which table column the
 * cells are in, what the target cell holds, and the write.
 */
import {
  absoluteAddress,
  defaultFormulaCell,
  guideHoursFormula,
  registerReference,
} from "../../src/sheets/register/register-formula";
import { escapeTableColumn } from "../../src/sheets/sheet-names";
import { cellContent, registerTableColumn, writeFormula } from "../../src/workbook/register-range";
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

  test("the default cell: level with the first row, one empty column between", () => {
    expect(defaultFormulaCell("C2:C240")).toBe("E2");
    expect(defaultFormulaCell("Register!B5:C9")).toBe("E5");
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

  test("cells in a table column give the table and the column's header", async () => {
    const excel = register();
    expect(await registerTableColumn(excel.context, "Register", "Register!C1:C5")).toEqual({
      name: "Pupils",
      column: "SEN status",
    });
    expect(await registerTableColumn(excel.context, "Register", "C2:C5")).toEqual({
      name: "Pupils",
      column: "SEN status",
    });
  });

  test("cells outside any table, or over two columns, give no table column", async () => {
    const excel = register();
    excel.setBlock("Register", 0, 5, [["Codes"], ["K"], ["E"]]);
    expect(await registerTableColumn(excel.context, "Register", "F2:F3")).toBeUndefined();
    expect(await registerTableColumn(excel.context, "Register", "B2:C5")).toBeUndefined();
  });

  test("an empty target is written in one sync; a filled one is reported (the pane then asks)", async () => {
    const excel = register();
    expect(await cellContent(excel.context, "Register", "E1")).toBe("");
    const syncs = excel.syncs;
    await writeFormula(excel.context, "Register", "E1", "=SEND.SENCOHOURSFROMREGISTER(67755, Pupils[SEN status])");
    expect(excel.syncs - syncs).toBe(1);
    expect(excel.cell("Register", "E1")).toBe("=SEND.SENCOHOURSFROMREGISTER(67755, Pupils[SEN status])");
    expect(await cellContent(excel.context, "Register", "E1")).toBe(
      "=SEND.SENCOHOURSFROMREGISTER(67755, Pupils[SEN status])",
    );
    expect(await cellContent(excel.context, "Register", "B2")).toBe(7);
  });
});
