/**
 * SENCO essential-duties time: the guide minimum of weekly non-teaching hours for a school's
 * SENCO, as the Bradford guidance's formula gives it.
 *
 * Source (for every number below unless a comment says otherwise): [bradford-senco-time]
 * "Senco Essential Duties Time: Guidance for Schools" (Bradford SEN Strategy Group),
 * Appendix "Formula for guiding Senco Essential Duties Time (per week) (NUT Charter 2006)".
 *
 *   A) budget points: the notional SEN budget to the nearest thousand, counted in thousands;
 *   B) register points: School Action x 1, School Action Plus x 5, Statements x 5;
 *   one hour for every complete 40 points of A + B;
 *   C) pupil mobility: turnover greater than 20% / 30% / 40% adds 1 / 2 / 3 hours.
 *
 * Worked example in the guidance (School X): £67,755 -> 68 points; 10 SA + 5 SA+ + 6 statements ->
 * 65 points; 133 points -> 3 hours; turnover 34% -> 2 hours; 5 hours in all.
 *
 * Pure TypeScript. Bad input throws a RuleError naming the Excel argument.
 */
import { checkNumber, type NumberLimits } from "./inputs";
import { MONEY_LIMITS } from "./money";

export interface SencoInputs {
  /** Notional SEN budget in pounds, 0 or more. */
  notionalSenBudget: number;
  /** Pupils at School Action (whole number, 0 or more). */
  schoolAction: number;
  /** Pupils at School Action Plus (whole number, 0 or more). */
  schoolActionPlus: number;
  /** Pupils with a Statement (or an EHC plan, which replaced statements) (whole number, 0 or more). */
  statements: number;
  /** Annual pupil turnover as a fraction from 0 to 1 (34% is 0.34); undefined counts as 0. */
  pupilMobility?: number;
}

export interface SencoBreakdown {
  budgetPoints: number;
  schoolActionPoints: number;
  schoolActionPlusPoints: number;
  statementPoints: number;
  totalPoints: number;
  hoursFromPoints: number;
  mobilityHours: number;
  recommendedHours: number;
}

/** [bradford-senco-time] Appendix (A): the budget is counted in thousands of pounds. */
const POUNDS_PER_BUDGET_POINT = 1000;
/** [bradford-senco-time] Appendix (A), "to the nearest thousand": half a thousand rounds up (£67,500 -> 68). */
const HALF_A_BUDGET_POINT = 500;
/** [bradford-senco-time] Appendix (B)(a): pupils at School Action x 1. */
export const SCHOOL_ACTION_WEIGHT = 1;
/** [bradford-senco-time] Appendix (B)(b): pupils at School Action Plus x 5. */
export const SCHOOL_ACTION_PLUS_WEIGHT = 5;
/** [bradford-senco-time] Appendix (B)(c): pupils with Statements x 5 (EHC plans replaced statements: Children and Families Act 2014, from 01/09/2014). */
export const STATEMENT_WEIGHT = 5;
/** [bradford-senco-time] Appendix: "Every 40 points = 1 hour" (complete 40s only: the worked example gives 133 -> 3). */
export const POINTS_PER_HOUR = 40;

/**
 * [bradford-senco-time] Appendix (C): turnover greater than 20% -> 1, greater than 30% -> 2, greater than 40% -> 3
 * additional hours. Thresholds held in units of 1e-10 of a fraction (see mobilityHours).
 */
const MOBILITY_STEPS: readonly { readonly over: number; readonly hours: number }[] = [
  { over: 4_000_000_000, hours: 3 }, // > 40%
  { over: 3_000_000_000, hours: 2 }, // > 30%
  { over: 2_000_000_000, hours: 1 }, // > 20%
];
/** Mobility is compared in steps of 1e-10 of a fraction (a hundred-millionth of a percentage point), so 0.1 + 0.2 counts as exactly 30%. */
const MOBILITY_RESOLUTION = 1e10;

/**
 * Largest whole number a double holds exactly (IEEE 754, Number.MAX_SAFE_INTEGER). Counts above it
 * cannot be counted exactly, so they are refused rather than rounded.
 */
const MAX_COUNT = Number.MAX_SAFE_INTEGER;
const MAX_COUNT_TEXT = "9,007,199,254,740,991";

/** The 8 rows of SENCOBREAKDOWN, in a fixed order (users' sheets rely on it). */
export const SENCO_BREAKDOWN_LABELS: readonly string[] = Object.freeze([
  "Budget points (A): notional SEN budget in £1,000s",
  "School Action points (x 1)",
  "School Action Plus points (x 5)",
  "Statement/EHC plan points (x 5)",
  "Total points (A + B)",
  "Hours from points (1 per complete 40)",
  "Mobility hours (C)",
  "Recommended hours per week",
]);

/** A count of pupils: a whole number from 0 to the largest a double holds exactly. */
export const COUNT_LIMITS = {
  allowed: "a whole number of 0 or more",
  min: 0,
  max: MAX_COUNT,
  integer: true,
  overMax: `must be a whole number from 0 to ${MAX_COUNT_TEXT} (the largest count a number holds exactly)`,
} as const;

/**
 * Annual pupil turnover as Excel holds a percentage (34% is 0.34): from 0% to below 100%. A school
 * that replaced every pupil in a year is not one the guidance's "annual mobility data" describe,
 * and 1 typed for 1% would read as 100% (three hours too many): 1 is refused with "if you meant
 * 1%, type 1%". The published figures reach 80% at most ([ofsted-pupil-mobility-2002]: "some
 * primary schools with a pupil turnover of 80 per cent"; the DfEE's study [dobson-pupil-mobility-1999]
 * found one primary at about 9 in 10 in an exceptional year), so a turnover above 80% is
 * questioned: the custom functions refuse it, the task pane asks before using it.
 */
/** [ofsted-pupil-mobility-2002] as messages name it (its short title in sources.ts; a test holds them equal). */
export const OFSTED_PUPIL_MOBILITY = "Ofsted, Managing pupil mobility (2002)";

export const MOBILITY_LIMITS: NumberLimits = {
  allowed: "a percentage from 0% to below 100% (type 34% or 0.34)",
  min: 0,
  max: 1,
  belowMax: true,
  percent: true,
  plausible: {
    max: 0.8,
    why: `the highest annual pupil turnover in the published figures (${OFSTED_PUPIL_MOBILITY}: some primary schools with a turnover of 80%)`,
    ifRight:
      "If the school's turnover really is higher, type 80%: the guide adds the same 3 hours for any turnover over 40%.",
  },
};

/** Points (A + B) for hours from points: a number of 0 or more (fractional with a fractional SEN support weight). */
const POINTS_LIMITS = { allowed: "a number of 0 or more", min: 0 } as const;

/** SENCO hours a week a school allocates: 0 to 168 (the hours in a week). */
export const ALLOCATED_HOURS_LIMITS = {
  allowed: "a number of hours per week from 0 to 168",
  min: 0,
  max: 168,
} as const;

function checkBudget(notionalSenBudget: number): void {
  checkNumber("notional_sen_budget", notionalSenBudget, MONEY_LIMITS);
}

/**
 * Check a mobility fraction against MOBILITY_LIMITS (0 to below 1); a value over 1 up to 100 is a
 * percentage typed without its % sign. The plausible range is the surfaces' to apply (the
 * functions refuse above it, the task pane confirms): an LA's table may hold a real 85%.
 */
export function checkMobility(pupilMobility: number | undefined): void {
  if (pupilMobility !== undefined) checkNumber("pupil_mobility", pupilMobility, MOBILITY_LIMITS);
}

/**
 * Budget points (A): pounds to the nearest thousand, in thousands, halves up.
 * Works on the whole thousands and the remainder in pounds so that £67,499.99 gives 67 and
 * £67,500 gives 68 without a floating-point division deciding the half.
 */
export function budgetPoints(notionalSenBudget: number): number {
  checkBudget(notionalSenBudget);
  const thousands = Math.floor(notionalSenBudget / POUNDS_PER_BUDGET_POINT);
  const remainder = notionalSenBudget - thousands * POUNDS_PER_BUDGET_POINT;
  return remainder >= HALF_A_BUDGET_POINT ? thousands + 1 : thousands;
}

/**
 * Mobility hours (C) from annual pupil turnover as a fraction (0.34 for 34%); undefined gives 0.
 * "Greater than" is strict: exactly 20%, 30%, 40% give 0, 1, 2. The fraction is first rounded to
 * 1e-10 so that floating-point noise (0.1 + 0.2 = 0.30000000000000004) cannot add an hour,
 * while 0.30000001 (30.000001%) is greater than 30% and gives 2.
 */
export function mobilityHours(pupilMobility: number | undefined): number {
  checkMobility(pupilMobility);
  if (pupilMobility === undefined) return 0;
  const steps = Math.round(pupilMobility * MOBILITY_RESOLUTION);
  for (const step of MOBILITY_STEPS) {
    if (steps > step.over) return step.hours;
  }
  return 0;
}

/**
 * Hours from points: one hour for every complete 40 points (never rounded up).
 * Points may be fractional when a register uses a fractional SEN support weight; they are first
 * rounded to a millionth of a point so that 39.99999999999999 (floating-point noise for 40)
 * still makes a complete 40.
 */
export function hoursFromPoints(points: number): number {
  checkNumber("points", points, POINTS_LIMITS);
  return Math.floor(tidyPoints(points) / POINTS_PER_HOUR);
}

/**
 * Points rounded to a millionth, against floating-point noise in a fractional weight's product
 * (0.1 × 3 is 0.30000000000000004); as they are when that rounding would overflow.
 */
export function tidyPoints(points: number): number {
  const tidy = Math.round(points * 1e6) / 1e6;
  return Number.isFinite(tidy) ? tidy : points;
}

/** Register points in the four rows the guidance shows (B): points, not pupils. */
export interface RegisterPointParts {
  schoolActionPoints: number;
  schoolActionPlusPoints: number;
  statementPoints: number;
}

/**
 * The working from budget points and register points. Shared by sencoBreakdown (counts) and the
 * register route (sen-register-points.ts), so the formula lives in one place.
 */
export function breakdownFromPoints(
  notionalSenBudget: number,
  parts: RegisterPointParts,
  pupilMobility: number | undefined,
): SencoBreakdown {
  const a = budgetPoints(notionalSenBudget);
  const mobility = mobilityHours(pupilMobility);
  const totalPoints = a + parts.schoolActionPoints + parts.schoolActionPlusPoints + parts.statementPoints;
  const fromPoints = hoursFromPoints(totalPoints);
  return {
    budgetPoints: a,
    schoolActionPoints: parts.schoolActionPoints,
    schoolActionPlusPoints: parts.schoolActionPlusPoints,
    statementPoints: parts.statementPoints,
    totalPoints,
    hoursFromPoints: fromPoints,
    mobilityHours: mobility,
    recommendedHours: fromPoints + mobility,
  };
}

/** The full working for one school, as the guidance shows it for School X. */
export function sencoBreakdown(inputs: SencoInputs): SencoBreakdown {
  checkBudget(inputs.notionalSenBudget);
  checkNumber("school_action", inputs.schoolAction, COUNT_LIMITS);
  checkNumber("school_action_plus", inputs.schoolActionPlus, COUNT_LIMITS);
  checkNumber("statements", inputs.statements, COUNT_LIMITS);
  checkMobility(inputs.pupilMobility);
  return breakdownFromPoints(
    inputs.notionalSenBudget,
    {
      schoolActionPoints: inputs.schoolAction * SCHOOL_ACTION_WEIGHT,
      schoolActionPlusPoints: inputs.schoolActionPlus * SCHOOL_ACTION_PLUS_WEIGHT,
      statementPoints: inputs.statements * STATEMENT_WEIGHT,
    },
    inputs.pupilMobility,
  );
}

/** Recommended whole hours per week: hours from points + mobility hours. */
export function sencoHours(inputs: SencoInputs): number {
  return sencoBreakdown(inputs).recommendedHours;
}

/** Budget points + register points (A + B), e.g. 133 for School X. */
export function sencoPoints(inputs: Omit<SencoInputs, "pupilMobility">): number {
  return sencoBreakdown(Object.assign({}, inputs, { pupilMobility: undefined })).totalPoints;
}

/** The breakdown as [label, value] rows in SENCO_BREAKDOWN_LABELS order (for spills and sheets). */
export function sencoBreakdownRows(breakdown: SencoBreakdown): [string, number][] {
  const values = [
    breakdown.budgetPoints,
    breakdown.schoolActionPoints,
    breakdown.schoolActionPlusPoints,
    breakdown.statementPoints,
    breakdown.totalPoints,
    breakdown.hoursFromPoints,
    breakdown.mobilityHours,
    breakdown.recommendedHours,
  ];
  return SENCO_BREAKDOWN_LABELS.map((label, index) => [label, values[index] as number]);
}
