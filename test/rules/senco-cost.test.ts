import {
  DEFAULT_DIRECTED_HOURS_PER_YEAR,
  DEFAULT_WEEKS_PER_YEAR,
  sencoTimeCost,
  sencoTimeFte,
  toPenny,
} from "../../src/rules/senco-cost";
import { ruleErrorOf } from "../helpers/rule-error";

describe("SENCO time as FTE (STPCD: 1,265 directed hours over 39 weeks)", () => {
  test("defaults are 39 weeks and 1,265 hours", () => {
    expect(DEFAULT_WEEKS_PER_YEAR).toBe(39);
    expect(DEFAULT_DIRECTED_HOURS_PER_YEAR).toBe(1265);
  });

  test("5 hours a week is 195 / 1,265 of a full-time teacher", () => {
    expect(sencoTimeFte(5)).toBeCloseTo(195 / 1265, 15);
    expect(sencoTimeFte(5)).toBeCloseTo(0.154150198, 9);
  });

  test("32.4359 hours a week over 39 weeks is one full-time teacher", () => {
    expect(sencoTimeFte(1265 / 39)).toBeCloseTo(1, 12);
  });

  test("the school's own weeks and directed hours", () => {
    expect(sencoTimeFte(4, { weeksPerYear: 38 })).toBeCloseTo(152 / 1265, 15);
    expect(sencoTimeFte(4, { directedHoursPerYear: 1000 })).toBeCloseTo(156 / 1000, 15);
  });

  test("0 hours is 0 FTE; limits on each input name the argument", () => {
    expect(sencoTimeFte(0)).toBe(0);
    expect(sencoTimeFte(168)).toBeCloseTo((168 * 39) / 1265, 12);
    expect(ruleErrorOf(() => sencoTimeFte(-1)).field).toBe("hours_per_week");
    expect(ruleErrorOf(() => sencoTimeFte(168.5)).field).toBe("hours_per_week");
    expect(ruleErrorOf(() => sencoTimeFte(5, { weeksPerYear: 0 })).field).toBe("weeks_per_year");
    expect(ruleErrorOf(() => sencoTimeFte(5, { weeksPerYear: 53 })).field).toBe("weeks_per_year");
    expect(sencoTimeFte(5, { weeksPerYear: 52 })).toBeCloseTo(260 / 1265, 15);
    expect(ruleErrorOf(() => sencoTimeFte(5, { directedHoursPerYear: 0.5 })).message).toBe(
      "directed_hours_per_year must be a number of hours a year from 1 to 8,784 (blank means 1,265); 0.5 is below 1.",
    );
    expect(ruleErrorOf(() => sencoTimeFte(5, { directedHoursPerYear: 8785 })).kind).toBe("value");
    expect(ruleErrorOf(() => sencoTimeFte(Number.NaN)).kind).toBe("value");
  });
});

describe("SENCO time cost, to the penny", () => {
  test("5 hours, £50,000, 30% on-costs: £10,019.76", () => {
    expect(sencoTimeCost(5, 50000, 0.3)).toBe(10019.76);
  });

  test("no on-cost rate is 0%", () => {
    expect(sencoTimeCost(5, 50000, undefined)).toBe(7707.51);
    expect(sencoTimeCost(5, 50000, 0)).toBe(7707.51);
  });

  test("School X's 5 hours against 4 allocated: the one-hour gap", () => {
    expect(sencoTimeCost(1, 50000, 0.3)).toBe(2003.95);
  });

  test("rounding to the penny: halves up, no floating-point noise", () => {
    expect(toPenny(1.005)).toBe(1.01);
    expect(toPenny(2.675)).toBe(2.68);
    expect(toPenny(1.0049)).toBe(1);
  });

  test("bad salary or rate names the argument; 30 for 30% is told to type 30%", () => {
    expect(ruleErrorOf(() => sencoTimeCost(5, -1, 0.3)).field).toBe("annual_salary");
    expect(ruleErrorOf(() => sencoTimeCost(5, 50000, 30)).message).toBe(
      "on_cost_rate must be a percentage from 0% to 100%: for 30% type 30% or 0.3, not 30.",
    );
    expect(ruleErrorOf(() => sencoTimeCost(5, 50000, -0.1)).field).toBe("on_cost_rate");
    expect(ruleErrorOf(() => sencoTimeCost(5, 50000, 101)).kind).toBe("value");
    expect(sencoTimeCost(5, 50000, 1)).toBe(15415.02);
  });
});
