/** SENCO functions called directly (no bundle), with a CustomFunctions stub on globalThis. */
import { ErrorCode, expectExcelError } from "../helpers/custom-functions-stub";
import * as senco from "../../src/functions/senco";

describe("the SENCO family table", () => {
  test("every spec has an exported function of the same id, and nothing else is exported", () => {
    const ids = Object.keys(senco.SENCO_FUNCTIONS).sort();
    expect(ids).toEqual([
      "SENCOBREAKDOWN",
      "SENCOHOURS",
      "SENCOHOURSFROMREGISTER",
      "SENCOMOBILITYHOURS",
      "SENCOPOINTS",
      "SENCOQUALIFICATIONDUE",
      "SENCOQUALIFICATIONNEEDED",
      "SENCOTIMECOST",
      "SENCOTIMEFTE",
      "SENREGISTERCOUNTS",
    ]);
    for (const id of ids) {
      expect(senco.SENCO_FUNCTIONS[id as keyof typeof senco.SENCO_FUNCTIONS].id).toBe(id);
      expect(typeof (senco as Record<string, unknown>)[id]).toBe("function");
    }
    expect(Object.keys(senco).sort()).toEqual([...ids, "SENCO_FUNCTIONS"].sort());
  });

  test("argument names follow the released order", () => {
    const names = (id: keyof typeof senco.SENCO_FUNCTIONS) => senco.SENCO_FUNCTIONS[id].args.map((a) => a.name);
    expect(names("SENCOHOURS")).toEqual([
      "notional_sen_budget",
      "school_action",
      "school_action_plus",
      "statements",
      "pupil_mobility",
    ]);
    expect(names("SENCOHOURSFROMREGISTER")).toEqual([
      "notional_sen_budget",
      "register",
      "pupil_mobility",
      "sen_support_weight",
    ]);
  });
});

describe("School X called directly", () => {
  test("points 133, mobility 2, hours 5 (3 without mobility)", () => {
    expect(senco.SENCOPOINTS(67755, 10, 5, 6)).toBe(133);
    expect(senco.SENCOMOBILITYHOURS(0.34)).toBe(2);
    expect(senco.SENCOHOURS(67755, 10, 5, 6, 0.34)).toBe(5);
    expect(senco.SENCOHOURS(67755, 10, 5, 6, null)).toBe(3);
    expect(senco.SENCOHOURS(67755, 10, 5, 6)).toBe(3);
    expect(senco.SENCOBREAKDOWN(67755, "10", "5", "6", "34%").map((row) => row[1])).toEqual([
      68, 10, 25, 30, 133, 3, 2, 5,
    ]);
  });

  test("from a register column, with and without a weight", () => {
    const register = [
      ...Array.from({ length: 10 }, () => ["A"]),
      ...Array.from({ length: 5 }, () => ["P"]),
      ...Array.from({ length: 6 }, () => ["S"]),
      [""],
      [null],
    ];
    expect(senco.SENCOHOURSFROMREGISTER(67755, register, 0.34, null)).toBe(5);
    expect(senco.SENREGISTERCOUNTS(register)[6]).toEqual(["On the SEN register (K+E+A+P+S)", 21]);
    // 40 K pupils, £400 (0 budget points): weight 1 -> 40 points -> 1 hour; weight 5 -> 200 points -> 5 hours
    const k = Array.from({ length: 40 }, () => ["k"]);
    expect(senco.SENCOHOURSFROMREGISTER(400, k, null, null)).toBe(1);
    expect(senco.SENCOHOURSFROMREGISTER(400, k, null, 5)).toBe(5);
  });
});

describe("errors become CustomFunctions.Error with the right code", () => {
  test("#VALUE! and #VALUE!, naming the argument", () => {
    expectExcelError(() => senco.SENCOHOURS(-1, 10, 5, 6, null), ErrorCode.invalidValue, "notional_sen_budget");
    expectExcelError(() => senco.SENCOHOURS(67755, 1.5, 5, 6, null), ErrorCode.invalidValue, "school_action");
    expectExcelError(() => senco.SENCOHOURS(67755, 10, 5, "many", null), ErrorCode.invalidValue, "statements");
    expectExcelError(() => senco.SENCOHOURS(67755, 10, 5, 6, 34), ErrorCode.invalidValue, "type 34% or 0.34");
    expectExcelError(
      () => senco.SENCOHOURSFROMREGISTER(400, [["K"]], null, 6),
      ErrorCode.invalidValue,
      "sen_support_weight",
    );
    expectExcelError(
      () => senco.SENREGISTERCOUNTS([["K"], ["Z"]]),
      ErrorCode.invalidValue,
      'register row 2, column 1 of the range held the text "Z"',
    );
  });
});
