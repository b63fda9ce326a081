/**
 * The statement's preview values against the built functions (dist/functions.js): what the sheet's
 * formulas give in Excel is what the preview shows. Run `npm run build` first.
 */
import { callFunction } from "../helpers/bundle";
import { buildStatementModel } from "../../src/sheets/statement/statement-model";
import type { FormulaCell, SheetModel } from "../../src/sheets/sheet-model";
import { SCHOOL_X, REGISTER_COLUMN } from "./school-x";

function preview(model: SheetModel, label: string): unknown {
  const block = model.blocks.find((b) => b.cells[0]?.[0] === label)!;
  return (block.cells[0]![1] as FormulaCell).preview;
}

test("School X with counts: the guide is SEND.SENCOHOURS's 5, the costs SEND.SENCOTIMECOST's", () => {
  const model = buildStatementModel({ ...SCHOOL_X, annualSalary: 50000, onCostRate: 0.3 });
  expect(preview(model, "Guide: minimum SENCO hours a week")).toBe(callFunction("SENCOHOURS", 67755, 10, 5, 6, 0.34));
  expect(preview(model, "Cost of the guide hours, a year")).toBe(callFunction("SENCOTIMECOST", 5, 50000, 0.3, "", ""));
  expect(preview(model, "Cost of the hours allocated, a year")).toBe(callFunction("SENCOTIMECOST", 4, 50000, 0.3));
  expect(preview(model, "Cost of closing the gap, a year")).toBe(callFunction("SENCOTIMECOST", 1, 50000, 0.3));
  expect(preview(model, "Guide hours as FTE")).toBe(callFunction("SENCOTIMEFTE", 5));
});

test("a register column of 10 K, 6 E and blanks, weight 1: the same as SEND.SENCOHOURSFROMREGISTER over it", () => {
  const cells = REGISTER_COLUMN.slice(1);
  const model = buildStatementModel({ ...SCHOOL_X, register: { reference: "Pupils[SEN status]", cells } });
  const fromFunction = callFunction("SENCOHOURSFROMREGISTER", 67755, cells, 0.34, 1);
  expect(fromFunction).toBe(4);
  expect(preview(model, "Guide: minimum SENCO hours a week")).toBe(fromFunction);
  // Excel on Windows passes the blank weight cell as 0 when a formula refers to it directly: the
  // statement's formulas pass "" instead (IF(cell="","",cell)), which the function reads as blank.
  expect(callFunction("SENCOHOURSFROMREGISTER", 67755, cells, 0.34, "")).toBe(4);
});
