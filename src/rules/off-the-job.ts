/**
 * Minimum off-the-job training for an apprenticeship, dated by its start.
 *
 * Sources: the seed (../shared/seeds/slmda-for-sencos-line-manager-guidance.txt, "Time
 * Commitment": "a minimum of 20% of their normal working hours ... across the 2 years") and the
 * public ESFA/DfE rules with the effective dates given in issue 4.
 * Pure TypeScript: no Office, no DOM.
 */
import { RuleError, field, say } from "./errors";
import { checkDateSerial, checkNumber } from "./inputs";
import { ruleInForce, serialFromYmd, type DatedRule } from "./excel-dates";

export interface OffTheJobRule extends DatedRule {
  /** Share of the (capped) normal weekly hours; undefined when the rule is per standard and unpublished in our sources. */
  readonly share: number | undefined;
  /** Weekly hours above this do not count; undefined: no cap. */
  readonly weeklyHoursCap: number | undefined;
}

export const OFF_THE_JOB: readonly OffTheJobRule[] = [
  // Seed, "Time Commitment": 20% of normal working hours; ESFA rules for starts before 01/08/2022 (issue 4).
  {
    from: 1,
    share: 0.2,
    weeklyHoursCap: undefined,
    source: "ESFA, starts before 01/08/2022: 20% of normal weekly hours",
  },
  // ESFA funding rules, effective 01/08/2022: 20% of weekly hours capped at 30, so 6 hours a week at most (issue 4).
  {
    from: serialFromYmd(2022, 8, 1),
    share: 0.2,
    weeklyHoursCap: 30,
    source: "ESFA, starts from 01/08/2022: 20% of weekly hours capped at 30",
  },
  // DfE, effective 01/08/2025: each standard's own published minimum, which our sources do not give (issue 4).
  {
    from: serialFromYmd(2025, 8, 1),
    share: undefined,
    weeklyHoursCap: undefined,
    source: "DfE, starts from 01/08/2025: a minimum published per standard (not in our sources)",
  },
];

/** Seed, "Time Commitment": "across the 2 years". */
export const DEFAULT_OFF_THE_JOB_MONTHS = 24;
/** Issue 4: statutory leave excluded, 52 − 5.6 weeks = 46.4 weeks a year. */
export const DEFAULT_WEEKS_PER_YEAR = 52 - 5.6;

/** Weekly hours 0 to 168 (24 x 7: the hours in a week). */
export const WEEKLY_HOURS_LIMITS = { allowed: "a number from 0 to 168", min: 0, max: 168 } as const;
/** Months a whole number from 1 to 60 (the routes are 27 and 18; five years catches typing slips). */
export const MONTHS_LIMITS = { allowed: "a whole number from 1 to 60", min: 1, max: 60, integer: true } as const;
/** 1 to 52 working weeks a year. */
export const WEEKS_PER_YEAR_LIMITS = { allowed: "a number from 1 to 52", min: 1, max: 52 } as const;

export interface OffTheJobInputs {
  /** Normal contracted hours a week, 0 to 168. */
  weeklyHours: number;
  /** Months of the apprenticeship to cover, a whole number from 1 to 60. */
  months: number;
  /** Working weeks a year, 1 to 52 (46.4 full year less statutory leave; e.g. 39 for term-time staff). */
  weeksPerYear: number;
  startSerial: number;
}

/** Minimum off-the-job hours a week for a start on `startSerial`. Throws "na" for starts from 01/08/2025. */
export function offTheJobWeeklyHours(weeklyHours: number, startSerial: number): number {
  return roundHours(exactWeeklyHours(weeklyHours, startSerial));
}

/** The weekly minimum before rounding, so that offTheJobHours rounds once, at the end. */
function exactWeeklyHours(weeklyHours: number, startSerial: number): number {
  checkNumber("weekly_hours", weeklyHours, WEEKLY_HOURS_LIMITS);
  checkDateSerial("start_date", startSerial);
  const rule = ruleInForce(OFF_THE_JOB, startSerial);
  if (rule.share === undefined) {
    throw new RuleError(
      "na",
      say`${field("start_date")} is on or after 01/08/2025: each apprenticeship standard then has its own published minimum off-the-job hours, which our sources do not give. Use the minimum in the apprenticeship's training plan.`,
    );
  }
  const counted = rule.weeklyHoursCap === undefined ? weeklyHours : Math.min(weeklyHours, rule.weeklyHoursCap);
  return counted * rule.share;
}

/**
 * Minimum off-the-job hours over `months` months: the weekly minimum × weeks a year × months / 12,
 * rounded to the hundredth of an hour. E.g. 30 hours a week for 12 months before 01/08/2022:
 * 30 × 0.2 × 46.4 × 12 / 12 = 278.4.
 */
export function offTheJobHours(inputs: OffTheJobInputs): number {
  const { weeklyHours, months, weeksPerYear, startSerial } = inputs;
  checkNumber("months", months, MONTHS_LIMITS);
  checkNumber("weeks_per_year", weeksPerYear, WEEKS_PER_YEAR_LIMITS);
  const weekly = exactWeeklyHours(weeklyHours, startSerial);
  return roundHours((weekly * weeksPerYear * months) / 12);
}

/** Hours to the hundredth (under a minute), which also clears floating-point dust (278.40000000000003). */
function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}
