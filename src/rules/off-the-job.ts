/**
 * Minimum off-the-job training for an apprenticeship, dated by its start.
 *
 * Sources: the seed (../shared/seeds/slmda-for-sencos-line-manager-guidance.txt, "Time
 * Commitment": "a minimum of 20% of their normal working hours ... across the 2 years") and the
 * public ESFA/DfE rules with the effective dates given in issue 4.
 * Pure TypeScript: no Office, no DOM.
 */
import { RuleError } from "./errors";
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

/** Issue 4, "Bad input": weekly hours 0 to 168 (24 x 7). */
export const WEEKLY_HOURS_RANGE = { min: 0, max: 168 } as const;
/** Issue 4, "Bad input": months a whole number from 1 to 60 (the routes are 27 and 18). */
export const MONTHS_RANGE = { min: 1, max: 60 } as const;
/** Issue 4, "Bad input": 1 to 52 working weeks a year. */
export const WEEKS_PER_YEAR_RANGE = { min: 1, max: 52 } as const;

export interface OffTheJobInputs {
  /** Normal contracted hours a week, 0 to 168. */
  weeklyHours: number;
  /** Months of the apprenticeship to cover, a whole number from 1 to 60. */
  months: number;
  /** Working weeks a year, 1 to 52 (46.4 full year less statutory leave; e.g. 39 for term-time staff). */
  weeksPerYear: number;
  startSerial: number;
}

function checkRange(value: number, argument: string, min: number, max: number, whole: boolean): void {
  if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    const kind = whole ? "a whole number" : "a number";
    throw new RuleError("num", `${argument} must be ${kind} from ${min} to ${max}; it was ${value}.`, argument);
  }
}

/** Minimum off-the-job hours a week for a start on `startSerial`. Throws "na" for starts from 01/08/2025. */
export function offTheJobWeeklyHours(weeklyHours: number, startSerial: number): number {
  return roundHours(exactWeeklyHours(weeklyHours, startSerial));
}

/** The weekly minimum before rounding, so that offTheJobHours rounds once, at the end. */
function exactWeeklyHours(weeklyHours: number, startSerial: number): number {
  checkRange(weeklyHours, "weekly_hours", WEEKLY_HOURS_RANGE.min, WEEKLY_HOURS_RANGE.max, false);
  checkRange(startSerial, "start_date", 1, Number.MAX_SAFE_INTEGER, false);
  const rule = ruleInForce(OFF_THE_JOB, startSerial);
  if (rule.share === undefined) {
    throw new RuleError(
      "na",
      "start_date is on or after 01/08/2025: each apprenticeship standard then has its own published minimum off-the-job hours, which our sources do not give. Use the minimum in the apprenticeship's training plan.",
      "start_date",
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
  checkRange(months, "months", MONTHS_RANGE.min, MONTHS_RANGE.max, true);
  checkRange(weeksPerYear, "weeks_per_year", WEEKS_PER_YEAR_RANGE.min, WEEKS_PER_YEAR_RANGE.max, false);
  const weekly = exactWeeklyHours(weeklyHours, startSerial);
  return roundHours((weekly * weeksPerYear * months) / 12);
}

/** Hours to the hundredth (under a minute), which also clears floating-point dust (278.40000000000003). */
function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}
