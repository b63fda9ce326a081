/**
 * Minimum off-the-job training for an apprenticeship, dated by its start. Every figure here is a
 * minimum the apprentice must get, never a cap on the training.
 *
 * Sources (docs/sources.md): [serco-slmda-lm] "Time Commitment" ("a minimum of 20% of their
 * normal working hours ... across the 2 years"), [esfa-rules-2022-23] and [dfe-rules-2025-26].
 * Pure TypeScript: no Office, no DOM.
 */
import { RuleError, field, say, inputError, noAnswerError } from "./errors";
import { START_DATE_LIMITS } from "./apprenticeship-start";
import { checkDateSerial, checkNumber } from "./inputs";
import { MONTHS_LIMITS } from "./slmda-programme";
import { formatSerialDdMmYyyy, ruleInForce, serialFromYmd, type DatedRule } from "./excel-dates";

export interface OffTheJobRule extends DatedRule {
  /**
   * Share of the normal weekly hours that is the minimum; left out when the minimum is instead a
   * number of hours published for each standard.
   */
  readonly share?: number;
  /** Weekly hours counted towards the minimum at most (hours above this do not raise it); left out: all count. */
  readonly countedWeeklyHoursAtMost?: number;
}

export const OFF_THE_JOB: readonly OffTheJobRule[] = [
  // Citations, row by row: OFF_THE_JOB_CITED in off-the-job-sources.ts.
  {
    from: 1,
    share: 0.2,
    // every weekly hour counts
  },
  {
    from: serialFromYmd(2022, 8, 1),
    share: 0.2,
    countedWeeklyHoursAtMost: 30,
  },
  {
    from: serialFromYmd(2025, 8, 1),
    // no share: each standard publishes its own minimum hours
  },
];

/** The start from which each standard has its own published minimum (the last row of OFF_THE_JOB). */
export const PUBLISHED_HOURS_FROM: number = OFF_THE_JOB[OFF_THE_JOB.length - 1]!.from;

/** True when the minimum for this start is worked out from weekly hours (so weekly hours and weeks a year are needed). */
export function offTheJobUsesWeeklyHours(startSerial: number): boolean {
  checkDateSerial("start_date", startSerial, START_DATE_LIMITS);
  return ruleInForce(OFF_THE_JOB, startSerial).share !== undefined;
}

/** [serco-slmda-lm] "Time Commitment": "across the 2 years". */
export const DEFAULT_OFF_THE_JOB_MONTHS = 24;
/** [wtr-1998] reg 13 and 13A: 5.6 weeks' statutory leave, so 52 − 5.6 = 46.4 working weeks a year. */
export const DEFAULT_WEEKS_PER_YEAR = 52 - 5.6;

/** Weekly hours 0 to 168 (24 x 7: the hours in a week). */
export const WEEKLY_HOURS_LIMITS = { allowed: "a number from 0 to 168", min: 0, max: 168 } as const;
/**
 * An apprentice's normal working hours as SEND.SLMDAOFFTHEJOBHOURS asks for them: 0 is refused
 * with a blank (an apprentice is employed, and Excel on Windows passes an empty cell as 0).
 */
export const WORKED_HOURS_LIMITS = {
  allowed: "a number of hours a week of more than 0, up to 168",
  min: 0,
  max: 168,
} as const;
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

/** Why there is no figure from weekly hours for a start from 01/08/2025 (after the field's name). */
export const PUBLISHED_HOURS_REASON = `is on or after ${formatSerialDdMmYyyy(PUBLISHED_HOURS_FROM)}: the minimum is then the number of off-the-job hours published for the apprenticeship standard, not a share of weekly hours. Use the published number (the provider's training plan gives it).`;

/** Minimum off-the-job hours a week for a start on `startSerial`. Throws "na" for starts from 01/08/2025. */
export function offTheJobWeeklyHours(weeklyHours: number, startSerial: number): number {
  return roundHours(exactWeeklyHours(weeklyHours, startSerial));
}

/** The weekly minimum before rounding, so that offTheJobHours rounds once, at the end. */
function exactWeeklyHours(weeklyHours: number, startSerial: number): number {
  checkNumber("weekly_hours", weeklyHours, WEEKLY_HOURS_LIMITS);
  checkDateSerial("start_date", startSerial, START_DATE_LIMITS);
  const rule = ruleInForce(OFF_THE_JOB, startSerial);
  if (rule.share === undefined) {
    throw noAnswerError(say`${field("start_date")} ${PUBLISHED_HOURS_REASON}`);
  }
  const counted =
    rule.countedWeeklyHoursAtMost === undefined ? weeklyHours : Math.min(weeklyHours, rule.countedWeeklyHoursAtMost);
  return counted * rule.share;
}

/**
 * Minimum off-the-job hours over `months` months (a minimum, not a cap): the weekly minimum × weeks a year × months / 12,
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

/** Published off-the-job hours: 0 to 10,000 (a Level 7 standard publishes hundreds; more is a typing slip). */
export const PUBLISHED_HOURS_LIMITS = { allowed: "a number of hours from 0 to 10,000", min: 0, max: 10000 } as const;

export interface OffTheJobMinimum {
  /** Hours, or undefined when the rule needs the standard's published figure and none was given. */
  readonly hours: number | undefined;
  /** "share": 20% of weekly hours; "published": the standard's figure as given. */
  readonly basis: "share" | "published";
  /** Why there is no figure, in words (when hours is undefined). */
  readonly reason: string | undefined;
}

/**
 * The minimum for the plan: for a start before 01/08/2025, worked out from the weekly hours (a
 * published figure is not used); from then, the standard's published figure when given, else no
 * figure with the reason. Weekly hours and weeks a year are needed only for the former.
 */
export function offTheJobMinimum(inputs: {
  startSerial: number;
  months: number;
  weeklyHours: number | undefined;
  weeksPerYear: number | undefined;
  publishedHours: number | undefined;
}): OffTheJobMinimum {
  const { startSerial, months, weeklyHours, weeksPerYear, publishedHours } = inputs;
  if (publishedHours !== undefined) checkNumber("published_off_the_job_hours", publishedHours, PUBLISHED_HOURS_LIMITS);
  if (offTheJobUsesWeeklyHours(startSerial)) {
    if (weeklyHours === undefined) throw needed("weekly_hours", startSerial);
    if (weeksPerYear === undefined) throw needed("weeks_per_year", startSerial);
    return {
      hours: offTheJobHours({ weeklyHours, months, weeksPerYear, startSerial }),
      basis: "share",
      reason: undefined,
    };
  }
  if (publishedHours !== undefined) return { hours: roundHours(publishedHours), basis: "published", reason: undefined };
  return {
    hours: undefined,
    basis: "published",
    reason: `A start on or after ${formatSerialDdMmYyyy(PUBLISHED_HOURS_FROM)} has no minimum from weekly hours: enter the off-the-job hours published for the standard (the provider's training plan gives them).`,
  };
}

function needed(key: string, startSerial: number): RuleError {
  return inputError(
    say`${field(key)} is required for a start before ${formatSerialDdMmYyyy(PUBLISHED_HOURS_FROM)} (this one is ${formatSerialDdMmYyyy(startSerial)}): the minimum off-the-job training is then 20% of weekly hours.`,
  );
}
