/**
 * Plausibility of a whole column of a table of schools (column-plausibility.ts) and of one
 * school's counts at each SEN stage (sen-stage-counts.ts): each limit on both sides, each message
 * in full.
 */
import { implausibility, type ColumnNumbers } from "../../src/rules/column-plausibility";
import { checkStageCounts, MAX_PUPILS_AT_A_STAGE, shown } from "../../src/rules/sen-stage-counts";
import { ruleErrorOf } from "../helpers/rule-error";

const column = (n: Partial<ColumnNumbers>): ColumnNumbers => ({
  count: 10,
  whole: true,
  max: 90000,
  median: 41200,
  poundSigns: 0,
  ...n,
});

describe("a notional SEN budget column", () => {
  test("whole numbers all below 3,000 are counts of pupils; 3,000 itself may be a budget", () => {
    expect(implausibility("budget", column({ max: 2999, median: 1200 }))).toBe(
      "every value is a whole number below 3,000, as counts of pupils are",
    );
    expect(implausibility("budget", column({ max: 3000, median: 1200 }))).toBeUndefined();
    expect(implausibility("budget", column({ whole: false, max: 2999.5, median: 1200 }))).toBeUndefined();
  });

  test("a median below £1,000 is no budget; £1,000 is", () => {
    expect(implausibility("budget", column({ whole: false, median: 999.99 }))).toBe(
      "the median school has less than £1,000, far below any notional SEN budget",
    );
    expect(implausibility("budget", column({ whole: false, median: 1000 }))).toBeUndefined();
  });

  test("a column with no numbers is not judged", () => {
    expect(implausibility("budget", column({ count: 0, max: 5, median: 5 }))).toBeUndefined();
    expect(implausibility("count", column({ count: 0, poundSigns: 3 }))).toBeUndefined();
    expect(implausibility("mobility", column({ count: 0, max: 500 }))).toBeUndefined();
  });
});

describe("a column of counts of pupils", () => {
  test("values in pounds, fractions, or a median above 3,000 are not counts", () => {
    expect(implausibility("count", column({ poundSigns: 4, median: 20 }))).toBe("4 values are written in pounds (£)");
    expect(implausibility("count", column({ poundSigns: 1, median: 20 }))).toBe("1 value is written in pounds (£)");
    expect(implausibility("count", column({ poundSigns: 1200, median: 20 }))).toBe(
      "1,200 values are written in pounds (£)",
    );
    expect(implausibility("count", column({ whole: false, median: 20 }))).toBe(
      "some values have pence or fractions, which counts of pupils never have",
    );
    expect(implausibility("count", column({ median: 3001 }))).toBe(
      "the median school has more than 3,000, more pupils than almost any school has",
    );
  });

  test("whole numbers with a median of 3,000 or less are counts", () => {
    expect(implausibility("count", column({ median: 3000 }))).toBeUndefined();
    expect(implausibility("count", column({ median: 12, max: 90000 }))).toBeUndefined();
  });
});

describe("a pupil mobility column", () => {
  test("up to 100 is a share or a whole percentage; above it, or in pounds, it is not", () => {
    expect(implausibility("mobility", column({ max: 100, median: 12 }))).toBeUndefined();
    expect(implausibility("mobility", column({ max: 100.5, median: 12 }))).toBe(
      "values go up to 100.5, more than 100%",
    );
    expect(implausibility("mobility", column({ max: 67755, median: 12 }))).toBe(
      "values go up to 67,755, more than 100%",
    );
    expect(implausibility("mobility", column({ poundSigns: 2, max: 1, median: 0.2 }))).toBe(
      "2 values are written in pounds (£)",
    );
  });
});

describe("an allocated SENCO hours column", () => {
  test("up to 40 is hours a week; above it is not, even where mobility's 100 would pass", () => {
    expect(implausibility("hours", column({ max: 40, median: 6 }))).toBeUndefined();
    expect(implausibility("hours", column({ max: 40.5, median: 6 }))).toBe(
      "values go up to 40.5, more than 40 hours a week",
    );
    expect(implausibility("hours", column({ max: 1265, median: 195 }))).toBe(
      "values go up to 1,265, more than 40 hours a week",
    );
  });

  test("values in pounds are not hours", () => {
    expect(implausibility("hours", column({ poundSigns: 3, max: 12, median: 6 }))).toBe(
      "3 values are written in pounds (£)",
    );
    expect(implausibility("hours", column({ poundSigns: 0, max: 12, median: 6 }))).toBeUndefined();
  });
});

describe("one school's counts at each SEN stage", () => {
  test("thousands are separated by commas", () => {
    expect([shown(0), shown(999), shown(1000), shown(67755), shown(1234567)]).toEqual([
      "0",
      "999",
      "1,000",
      "67,755",
      "1,234,567",
    ]);
  });

  test("3,000 pupils at one stage is the most; 3,001 is refused, naming the stage", () => {
    expect(MAX_PUPILS_AT_A_STAGE).toBe(3000);
    expect(() => checkStageCounts([{ key: "sen_support", value: 3000 }])).not.toThrow();
    const error = ruleErrorOf(() =>
      checkStageCounts([
        { key: "sen_support", value: 12 },
        { key: "ehc_plan", value: 3001 },
      ]),
    );
    expect(error.kind).toBe("value");
    expect(error.field).toBe("ehc_plan");
    expect(error.value).toBe(3001);
    expect(error.allowed).toBe("a number of pupils from 0 to 3,000");
    expect(error.message).toBe(
      "ehc_plan is 3,001: more than 3,000 pupils at one SEN stage, which no school in England has. Check that the column holds a number of pupils (not money or a percentage).",
    );
  });

  test("a stage above the school's total pupils is refused; equal to it is not", () => {
    expect(() => checkStageCounts([{ key: "sen_support", value: 10 }], 10)).not.toThrow();
    const error = ruleErrorOf(() => checkStageCounts([{ key: "sen_support", value: 1200 }], 1100, "pupils"));
    expect(error.message).toBe("sen_support is 1,200: more than the school's pupils (1,100).");
    expect(error.value).toBe(1200);
    expect(error.allowed).toBe("at most the school's total pupils (1,100)");
  });

  test("stages that add up to more than the total are refused, naming each stage counted", () => {
    expect(() =>
      checkStageCounts(
        [
          { key: "sen_support", value: 6 },
          { key: "ehc_plan", value: 4 },
        ],
        10,
      ),
    ).not.toThrow();
    const two = ruleErrorOf(() =>
      checkStageCounts(
        [
          { key: "sen_support", value: 6 },
          { key: "ehc_plan", value: 5 },
        ],
        10,
      ),
    );
    expect(two.message).toBe(
      "sen_support (6) and ehc_plan (5) add up to 11: more than the school's total_pupils (10).",
    );
    expect(two.value).toBe(11);
    expect(two.allowed).toBe("at most the school's total pupils (10)");
    const three = ruleErrorOf(() =>
      checkStageCounts(
        [
          { key: "school_action", value: 400 },
          { key: "statements", value: 0 },
          { key: "school_action_plus", value: 700 },
          { key: "ehc_plan", value: 500 },
        ],
        1500,
      ),
    );
    expect(three.message).toBe(
      "school_action (400), school_action_plus (700) and ehc_plan (500) add up to 1,600: more than the school's total_pupils (1,500).",
    );
  });
});
