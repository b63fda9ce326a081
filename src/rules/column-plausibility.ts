/**
 * Whether a whole column of a table of schools plausibly holds what it was chosen for: a notional
 * SEN budget in pounds, counts of pupils, or pupil mobility as a share. One school's odd value is
 * a bad row (sen-stage-counts.ts); a whole column of the wrong kind is a wrong column, and the
 * user is asked before anything is built. The real case: the DfE file's "Total SEN" column (46,
 * 72, 174 pupils) chosen as the budget gave every school a budget of a few pounds.
 */
import { MAX_PUPILS_AT_A_STAGE, shown } from "./sen-stage-counts";

/**
 * A notional SEN budget column whose median school has less than this is not a budget in pounds.
 * [dfe-notional-sen] section 1: the notional SEN budget guides schools' spending "to meet the
 * costs, up to £6,000 per pupil, of additional support for the school's pupils with special
 * educational needs"; a median below £1,000 would not meet a sixth of one pupil's costs, while
 * LAs' notional SEN budgets run to tens of thousands of pounds a school.
 */
export const MIN_MEDIAN_BUDGET = 1000;

/**
 * A budget column of whole numbers whose largest is below this looks like pupil counts: no school
 * has MAX_PUPILS_AT_A_STAGE pupils at one stage [dfe-sen-school-level], and a district's largest
 * notional SEN budget is far above £3,000.
 */
export const MAX_COUNT_LIKE_BUDGET = MAX_PUPILS_AT_A_STAGE;

/** A count column whose median school has more than this holds money, not pupils [dfe-sen-school-level]. */
export const MAX_MEDIAN_COUNT = MAX_PUPILS_AT_A_STAGE;

/** Mobility is a share up to 100% (or 100 written as a whole percentage): above 100 is money or a count. */
export const MAX_MOBILITY_VALUE = 100;

/**
 * Allocated SENCO hours are hours a week: a column going above this holds something else (hours a
 * year, minutes, a budget). A full-time teacher may be directed for 1,265 hours over 195 days
 * [stpcd-directed-time], 6.5 hours a day and 32.5 a week; 40 leaves room for a SENCO allocated
 * more than the directed week and stays below the working-time limit's average of 48 hours a week
 * [wtr-1998]. One school's value above it is still read (the rule allows up to 168); a whole
 * column above it is questioned.
 */
export const MAX_ALLOCATED_HOURS_A_WEEK = 40;

/** What a column's numbers look like. */
export interface ColumnNumbers {
  /** Cells read as numbers. */
  readonly count: number;
  /** Every number is whole. */
  readonly whole: boolean;
  readonly max: number;
  readonly median: number;
  /** Cells written with "£" (text such as "£67,755"). */
  readonly poundSigns: number;
}

export type ColumnKind = "budget" | "count" | "mobility" | "hours";

/** "1 value is written in pounds (£)", "3 values are written in pounds (£)". */
function inPounds(count: number): string {
  return count === 1 ? "1 value is written in pounds (£)" : `${shown(count)} values are written in pounds (£)`;
}

/** Why a column does not look like its kind, in words, or undefined when it does. */
export function implausibility(kind: ColumnKind, n: ColumnNumbers): string | undefined {
  if (n.count === 0) return undefined;
  if (kind === "budget") {
    if (n.whole && n.max < MAX_COUNT_LIKE_BUDGET)
      return `every value is a whole number below ${shown(MAX_COUNT_LIKE_BUDGET)}, as counts of pupils are`;
    if (n.median < MIN_MEDIAN_BUDGET)
      return `the median school has less than £${shown(MIN_MEDIAN_BUDGET)}, far below any notional SEN budget`;
    return undefined;
  }
  if (kind === "count") {
    if (n.poundSigns > 0) return inPounds(n.poundSigns);
    if (!n.whole) return "some values have pence or fractions, which counts of pupils never have";
    if (n.median > MAX_MEDIAN_COUNT)
      return `the median school has more than ${shown(MAX_MEDIAN_COUNT)}, more pupils than almost any school has`;
    return undefined;
  }
  if (kind === "hours") {
    if (n.poundSigns > 0) return inPounds(n.poundSigns);
    return n.max > MAX_ALLOCATED_HOURS_A_WEEK
      ? `values go up to ${shown(n.max)}, more than ${shown(MAX_ALLOCATED_HOURS_A_WEEK)} hours a week`
      : undefined;
  }
  if (n.poundSigns > 0) return inPounds(n.poundSigns);
  return n.max > MAX_MOBILITY_VALUE ? `values go up to ${shown(n.max)}, more than 100%` : undefined;
}
