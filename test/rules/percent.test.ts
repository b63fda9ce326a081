/**
 * A share from 0% to 100% typed without its % sign (percent.ts): the values taken for one, and
 * what the user is told to type.
 */
import { looksLikePercentWithoutSign, onePercentProblem, percentWithoutSignProblem } from "../../src/rules/percent";

describe("looksLikePercentWithoutSign: from over 1 up to 100", () => {
  test.each([1.01, 34, 99.5, 100])("%d looks like a percentage typed without %", (value) => {
    expect(looksLikePercentWithoutSign(value)).toBe(true);
  });
  test.each([0, 0.34, 1, 100.01, 150])("%d does not", (value) => {
    expect(looksLikePercentWithoutSign(value)).toBe(false);
  });
});

describe("what the user is told to type", () => {
  test("34 is 34% or 0.34; 33.3 is 0.333, without the float's tail", () => {
    expect(percentWithoutSignProblem(34)).toBe(
      "must be a percentage from 0% to 100%: for 34% type 34% or 0.34, not 34.",
    );
    expect(percentWithoutSignProblem(33.3)).toBe(
      "must be a percentage from 0% to 100%: for 33.3% type 33.3% or 0.333, not 33.3.",
    );
  });

  test("1 where the share must be below 100%", () => {
    expect(onePercentProblem()).toBe(
      "was 1, which is 100%, and must be below 100%: if you meant 1%, type 1% (or 0.01).",
    );
  });
});
