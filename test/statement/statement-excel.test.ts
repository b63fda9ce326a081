/**
 * The SENCO time tab's Excel side (src/workbook/statement-excel.ts) against the fake Excel: each
 * call runs its own Excel.run; a statement written is found again, and the selected column
 * becomes the register the statement refers to.
 */
import { FakeExcel } from "../workbook/fake-excel";
import {
  readSelectedStatementRegister,
  readStatementInWorkbook,
  writeStatementSheet,
} from "../../src/workbook/statement-excel";
import { STATEMENT_SHEET_NAME, buildStatementModel } from "../../src/sheets/statement/statement-model";
import { REGISTER_COLUMN, SCHOOL_X } from "./school-x";

describe("the SENCO time tab's Excel side", () => {
  test("no statement yet; after the write it is found, with the school's inputs", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    await excel.asExcel(async () => {
      await expect(readStatementInWorkbook()).resolves.toBeUndefined();
      const written = await writeStatementSheet(buildStatementModel(SCHOOL_X), {});
      expect(written.sheetName).toBe(STATEMENT_SHEET_NAME);
      const found = await readStatementInWorkbook();
      expect(found?.sheetName).toBe(STATEMENT_SHEET_NAME);
      expect(found?.inputs.raw.schoolName).toBe("School X");
    });
  });

  test("the selected column without a table: a bounded range under its header", async () => {
    const values = Object.fromEntries(REGISTER_COLUMN.map((r, i) => [`C${i + 1}`, r[0]]));
    const excel = new FakeExcel({ sheets: ["Register"], values: { Register: values }, selection: "C:C" });
    const register = await excel.asExcel(() => readSelectedStatementRegister());
    expect(register.reference).toBe(`'Register'!$C$2:$C$${REGISTER_COLUMN.length}`);
    expect(register.cells).toHaveLength(REGISTER_COLUMN.length - 1);
  });

  test("one blank cell inside a table's SEN status column: the whole table column, by name", async () => {
    const excel = new FakeExcel({
      sheets: ["Pupils"],
      selection: "B3",
      existingTables: [{ sheet: "Pupils", name: "Register", address: "A1:B4" }],
    });
    excel.setBlock("Pupils", 0, 0, [
      ["Name", "SEN status"],
      ["Ann", "K"],
      ["Ben", ""],
      ["Cal", "E"],
    ]);
    const register = await excel.asExcel(() => readSelectedStatementRegister());
    expect(register).toEqual({
      reference: "Register[SEN status]",
      cells: [["K"], [""], ["E"]],
      description: 'the column "SEN status" of the table Register',
    });
  });

  test("one blank cell outside any table is still refused, in words", async () => {
    const excel = new FakeExcel({ sheets: ["Pupils"], selection: "D3" });
    excel.setBlock("Pupils", 0, 1, [["SEN status"], ["K"]]);
    await expect(excel.asExcel(() => readSelectedStatementRegister())).rejects.toThrow(
      /^The selected cells are empty and not in an Excel table: select the column of SEN codes/,
    );
  });
});
