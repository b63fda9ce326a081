/**
 * English and maths at Level 2 (english-maths.ts): the date asked about is checked as the
 * `date` argument, with the same limits as a start. The rule's dates on both sides are in
 * dated-rules.test.ts.
 */
import { englishMathsRequired } from "../../src/rules/english-maths";
import { ruleErrorOf } from "../helpers/rule-error";

const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

describe("the date asked about", () => {
  const start = serial(2020, 9, 1);

  test("a year typed as the date names the date argument and what to type", () => {
    const error = ruleErrorOf(() => englishMathsRequired(start, 40, 2026));
    expect([error.kind, error.field, error.message]).toEqual([
      "value",
      "date",
      "date looks like a year (2026): type the whole date, such as 01/09/2026.",
    ]);
  });

  test("a date before the rules run names the date argument: na", () => {
    const error = ruleErrorOf(() => englishMathsRequired(start, 40, serial(2017, 4, 30)));
    expect([error.kind, error.field, error.message]).toEqual([
      "na",
      "date",
      "date is 30/04/2017: these rules run from 01/05/2017, when the funding rules that came with the levy began.",
    ]);
    expect(englishMathsRequired(start, 40, serial(2017, 5, 1))).toBe(true);
  });
});
