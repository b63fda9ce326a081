/**
 * The register the SENCO time statement counts from, as the Register tab hands it over or the
 * selection gives it (src/sheets/statement/register-reference.ts): a table column by name, a
 * bounded range without its header cell, and a register's codes as the statement's three counts.
 */
import { countRegister } from "../../src/rules/sen-register";
import { describedRegister, isRegisterReference, statementCounts } from "../../src/sheets/statement/register-reference";

describe("describedRegister", () => {
  test("a table column: the structured reference, every data row, where it is in words", () => {
    const values = [["K"], [""], ["E"]];
    const described = describedRegister({
      sheetName: "Pupils",
      row: 1,
      col: 3,
      values,
      table: { name: "Register", column: "SEN [status]" },
    });
    expect(described).toEqual({
      reference: "Register[SEN '[status']]",
      cells: values,
      description: 'the column "SEN [status]" of the table Register',
    });
    expect(isRegisterReference(described.reference)).toBe(true);
  });

  test("a range: bounded and absolute on its sheet, the header cell left out; a header alone is refused", () => {
    const described = describedRegister({
      sheetName: "SEN register",
      row: 0,
      col: 2,
      values: [["SEN Status"], ["K"], ["N"], [""]],
    });
    expect(described.reference).toBe("'SEN register'!$C$2:$C$4");
    expect(described.cells).toEqual([["K"], ["N"], [""]]);
    expect(described.description).toBe(described.reference);
    expect(isRegisterReference(described.reference)).toBe(true);
    expect(describedRegister({ sheetName: "S", row: 4, col: 0, values: [["E"]] }).reference).toBe("'S'!$A$5");
    expect(() => describedRegister({ sheetName: "S", row: 0, col: 0, values: [["SEN Status"]] })).toThrow(
      "The selection holds only a header: select the column of SEN codes under it.",
    );
  });
});

describe("statementCounts", () => {
  test("K and A at SEN support or School Action, P at School Action Plus, E and S with a plan or Statement; N and blanks left out", () => {
    const counts = countRegister([["K"], ["K"], ["A"], ["P"], ["E"], ["S"], ["E"], ["N"], [""]]);
    expect(statementCounts(counts)).toEqual({ schoolAction: 3, schoolActionPlus: 1, statements: 3 });
  });
});
