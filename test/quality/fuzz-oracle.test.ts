/**
 * The fuzz oracle itself: it must reject every outcome the quality gate rules out, or the fuzz would
 * pass whatever the functions do. The same for the check every bundle test's call goes through
 * (excelCannotShow in test/helpers/bundle.ts).
 */
import { ErrorCode, StubCustomFunctionsError, excelCannotShow, type FunctionMetadata } from "../helpers/bundle";
import { callAndJudge, judgeResult, judgeThrown } from "./fuzz-oracle";

const scalarMeta: FunctionMetadata = {
  id: "HOURS",
  name: "HOURS",
  parameters: [{ name: "notional_sen_budget" }, { name: "pupil_mobility", optional: true }],
  result: { type: "number" },
};
const spillMeta: FunctionMetadata = {
  id: "COUNTS",
  name: "COUNTS",
  parameters: [{ name: "register", dimensionality: "matrix" }],
  result: { dimensionality: "matrix" },
};

describe("results", () => {
  test("accepts finite numbers and rectangular arrays of numbers and text", () => {
    expect(judgeResult(scalarMeta, 5).kind).toBe("value");
    expect(judgeResult(scalarMeta, -0).kind).toBe("value");
    expect(
      judgeResult(spillMeta, [
        ["SEN support (K)", 3],
        ["EHC plan (E)", 0],
      ]).kind,
    ).toBe("value");
  });

  test.each([
    ["NaN", scalarMeta, Number.NaN],
    ["Infinity", scalarMeta, Number.POSITIVE_INFINITY],
    ["undefined", scalarMeta, undefined],
    ["null", scalarMeta, null],
    ["a boolean", scalarMeta, true],
    ["text where the metadata declares a number", scalarMeta, "5"],
    ["an array from a scalar function", scalarMeta, [[5]]],
    ["a scalar from a spilling function", spillMeta, 5],
    ["an empty array", spillMeta, []],
    ["an empty row", spillMeta, [[]]],
    ["a ragged array", spillMeta, [["a", 1], ["b"]]],
    ["null in a spill", spillMeta, [["a", null]]],
    ["NaN in a spill", spillMeta, [["a", Number.NaN]]],
    ["a boolean in a spill", spillMeta, [["a", false]]],
    ["a 1-D array", spillMeta, ["a", 1]],
  ])("rejects %s", (_label, meta, value) => {
    expect(judgeResult(meta, value).kind).toBe("bug");
  });
});

describe("results every bundle test's call checks (excelCannotShow)", () => {
  test.each([
    ["a number", 5],
    ["text", "No problems found"],
    ["a boolean", true],
    [
      "a rectangular spill",
      [
        ["SEN support (K)", 3],
        ["EHC plan (E)", 0],
      ],
    ],
  ])("accepts %s", (_label, value) => {
    expect(excelCannotShow(value)).toBeUndefined();
  });

  test.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.NEGATIVE_INFINITY],
    ["undefined", undefined],
    ["null", null],
    ["an empty array", []],
    ["an empty row", [[]]],
    ["a ragged array", [["a", 1], ["b"]]],
    ["null in a spill", [["a", null]]],
    ["NaN in a spill", [["a", Number.NaN]]],
    ["a 1-D array", ["a", 1]],
  ])("rejects %s", (_label, value) => {
    expect(excelCannotShow(value)).toMatch(/^returned /);
  });
});

describe("thrown errors", () => {
  test("accepts an Excel error whose message names an argument", () => {
    const error = new StubCustomFunctionsError(
      ErrorCode.invalidValue,
      "pupil_mobility must be a percentage from 0% to 100%",
    );
    expect(judgeThrown(scalarMeta, error)).toEqual({ kind: "error", code: "#VALUE!" });
  });

  test.each([
    ["a plain Error", new Error("notional_sen_budget is bad")],
    ["a TypeError", new TypeError("Cannot read properties of undefined (reading 'length')")],
    ["a string", "notional_sen_budget"],
    ["an Excel error with no message", new StubCustomFunctionsError(ErrorCode.invalidValue)],
    ["an Excel error with a blank message", new StubCustomFunctionsError(ErrorCode.invalidValue, "   ")],
    [
      "an Excel error naming no argument",
      new StubCustomFunctionsError(ErrorCode.invalidValue, "Something went wrong."),
    ],
    [
      "an Excel error naming another function's argument",
      new StubCustomFunctionsError(ErrorCode.invalidValue, "register must be a range"),
    ],
    [
      "#NUM!, whose message Excel drops, even naming an argument",
      new StubCustomFunctionsError(ErrorCode.invalidNumber, "notional_sen_budget must be 0 or more"),
    ],
  ])("rejects %s", (_label, thrown) => {
    expect(judgeThrown(scalarMeta, thrown).kind).toBe("bug");
  });

  test("callAndJudge sorts a call into value, error or bug", () => {
    expect(callAndJudge(scalarMeta, () => 3, [67755]).kind).toBe("value");
    expect(
      callAndJudge(scalarMeta, () => {
        throw new StubCustomFunctionsError(ErrorCode.invalidValue, "notional_sen_budget is required");
      }, [null]),
    ).toEqual({ kind: "error", code: "#VALUE!" });
    expect(callAndJudge(scalarMeta, () => Number.NaN, [1]).kind).toBe("bug");
  });
});
