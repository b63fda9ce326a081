/**
 * SENCO time as a share of a full-time teacher (FTE) and what it costs.
 *
 * A full-time teacher's directed time is 1,265 hours a year over 195 days, which is 39 weeks of
 * five days (School Teachers' Pay and Conditions Document, working time:
 * `[stpcd-directed-time]`). Weekly SENCO hours are turned into a year's hours over the school's
 * weeks (39 unless the school says otherwise) and divided by the directed hours of a full-time
 * teacher (1,265 unless the school says otherwise). The cost is that share of the SENCO's annual
 * salary, with the employer's on-costs (pension and National Insurance, as the school's own rate),
 * to the penny.
 *
 * Pure TypeScript. Bad input throws a RuleError naming the Excel argument.
 */
import { checkNumber } from "./inputs";
import { MONEY_LIMITS } from "./money";
import { ALLOCATED_HOURS_LIMITS } from "./senco-time";

/** [stpcd-directed-time] "Working time": 195 days a year is 39 weeks of 5 days. */
export const DEFAULT_WEEKS_PER_YEAR = 39;
/** [stpcd-directed-time] "Working time": a full-time teacher's directed time is at most 1,265 hours a year. */
export const DEFAULT_DIRECTED_HOURS_PER_YEAR = 1265;

/** Weeks a year the SENCO hours are given: 1 to 52 (the weeks in a year; not a published rule). */
export const WEEKS_PER_YEAR_LIMITS = {
  allowed: "a number of weeks from 1 to 52 (blank means 39)",
  min: 1,
  max: 52,
} as const;

/** A full-time teacher's directed hours a year: 1 to 8,784 (the hours in a leap year; not a published rule). */
export const DIRECTED_HOURS_LIMITS = {
  allowed: "a number of hours a year from 1 to 8,784 (blank means 1,265)",
  min: 1,
  max: 8784,
} as const;

/** The employer's on-cost rate as a share of salary (30% is 0.3): 0% to 100%. */
export const ON_COST_RATE_LIMITS = {
  allowed: "a percentage from 0% to 100% (type 30% or 0.3; blank means 0%)",
  min: 0,
  max: 1,
  percent: true,
} as const;

/** Weekly SENCO hours, as the other SENCO rules take them (0 to 168). */
export const HOURS_PER_WEEK_LIMITS = ALLOCATED_HOURS_LIMITS;

export interface SencoTimeOptions {
  /** Weeks a year (blank: 39). */
  weeksPerYear?: number;
  /** A full-time teacher's directed hours a year (blank: 1,265). */
  directedHoursPerYear?: number;
}

/** The SENCO's weekly hours as a share of a full-time teacher: hours x weeks / directed hours. */
export function sencoTimeFte(hoursPerWeek: number, options: SencoTimeOptions = {}): number {
  checkNumber("hours_per_week", hoursPerWeek, HOURS_PER_WEEK_LIMITS);
  const {
    weeksPerYear: weeks = DEFAULT_WEEKS_PER_YEAR,
    directedHoursPerYear: directed = DEFAULT_DIRECTED_HOURS_PER_YEAR,
  } = options;
  checkNumber("weeks_per_year", weeks, WEEKS_PER_YEAR_LIMITS);
  checkNumber("directed_hours_per_year", directed, DIRECTED_HOURS_LIMITS);
  return (hoursPerWeek * weeks) / directed;
}

/** Round pounds to the penny, halves away from zero, without floating-point noise deciding a half. */
export function toPenny(pounds: number): number {
  const pence = Number((pounds * 100).toPrecision(12));
  return Math.round(pence) / 100;
}

/**
 * The cost of weekly SENCO hours for a year: FTE x annual salary x (1 + on-cost rate), to the
 * penny. 5 hours, £50,000, 30%: 5 x 39 / 1,265 x £50,000 x 1.3 = £10,019.76.
 */
export function sencoTimeCost(
  hoursPerWeek: number,
  annualSalary: number,
  onCostRate: number | undefined,
  options: SencoTimeOptions = {},
): number {
  checkNumber("annual_salary", annualSalary, MONEY_LIMITS);
  const rate = onCostRate ?? 0;
  checkNumber("on_cost_rate", rate, ON_COST_RATE_LIMITS);
  const fte = sencoTimeFte(hoursPerWeek, options);
  return toPenny(fte * annualSalary * (1 + rate));
}
