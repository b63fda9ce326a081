/**
 * A SEN register's counts as the SENCO formula's points, and the SENCO working and hours from them:
 * School Action, School Action Plus and statements (EHC plans with them) at the Bradford guidance's
 * weights, SEN support at a weight the user chooses.
 */
import { checkNumber } from "./inputs";
import type { RegisterCounts } from "./sen-register";
import {
  breakdownFromPoints,
  SCHOOL_ACTION_PLUS_WEIGHT,
  SCHOOL_ACTION_WEIGHT,
  STATEMENT_WEIGHT,
  tidyPoints,
  type SencoBreakdown,
} from "./senco-time";

/**
 * No source fixes a weight for SEN support (K): the 2014 SEND Code of Practice merged School
 * Action (x 1) and School Action Plus (x 5) into SEN support. The weight is the user's choice
 * from 1 (a floor: every K pupil counted as School Action) to 5 (every K pupil counted as School
 * Action Plus); fractions blend the two (e.g. 2.2 when about 30% of K pupils need SA+-level input).
 */
export const DEFAULT_SEN_SUPPORT_WEIGHT = SCHOOL_ACTION_WEIGHT;
export const MIN_SEN_SUPPORT_WEIGHT = SCHOOL_ACTION_WEIGHT;
export const MAX_SEN_SUPPORT_WEIGHT = SCHOOL_ACTION_PLUS_WEIGHT;

/** What the SEN support weight may be (the same words in every surface). */
export const SEN_SUPPORT_WEIGHT_LIMITS = {
  allowed:
    "a number from 1 to 5 (1 counts SEN support pupils like School Action, 5 like School Action Plus; blank means 1)",
  min: MIN_SEN_SUPPORT_WEIGHT,
  max: MAX_SEN_SUPPORT_WEIGHT,
} as const;

export function checkSenSupportWeight(senSupportWeight: number): void {
  checkNumber("sen_support_weight", senSupportWeight, SEN_SUPPORT_WEIGHT_LIMITS);
}

/**
 * Register points (B) from a register's counts, as points (not pupils):
 * - senSupport: K x senSupportWeight (rounded to a millionth of a point against floating-point noise);
 * - schoolAction: A x 1; schoolActionPlus: P x 5 ([bradford-senco-time] Appendix (B));
 * - statements: (S + E) x 5 ([bradford-senco-time] Appendix (B)(c); EHC plans replaced statements from 01/09/2014);
 * - total: the sum. N pupils add nothing.
 */
export interface RegisterPoints {
  senSupport: number;
  schoolAction: number;
  schoolActionPlus: number;
  statements: number;
  total: number;
}

export function registerPoints(counts: RegisterCounts, senSupportWeight: number): RegisterPoints {
  checkSenSupportWeight(senSupportWeight);
  const senSupport = tidyPoints(counts.K * senSupportWeight);
  const schoolAction = counts.A * SCHOOL_ACTION_WEIGHT;
  const schoolActionPlus = counts.P * SCHOOL_ACTION_PLUS_WEIGHT;
  const statements = (counts.S + counts.E) * STATEMENT_WEIGHT;
  return {
    senSupport,
    schoolAction,
    schoolActionPlus,
    statements,
    total: senSupport + schoolAction + schoolActionPlus + statements,
  };
}

/**
 * The SENCO working from a register's counts. SEN support points are not one of the guidance's rows,
 * so they are returned beside the breakdown (senSupportPoints) and included in totalPoints.
 */
export function sencoBreakdownFromRegister(
  notionalSenBudget: number,
  counts: RegisterCounts,
  pupilMobility?: number,
  senSupportWeight: number = DEFAULT_SEN_SUPPORT_WEIGHT,
): SencoBreakdown & { senSupportPoints: number } {
  const points = registerPoints(counts, senSupportWeight);
  const breakdown = breakdownFromPoints(
    notionalSenBudget,
    {
      schoolActionPoints: points.senSupport + points.schoolAction,
      schoolActionPlusPoints: points.schoolActionPlus,
      statementPoints: points.statements,
    },
    pupilMobility,
  );
  return Object.assign({}, breakdown, {
    schoolActionPoints: points.schoolAction,
    senSupportPoints: points.senSupport,
  });
}

/** Recommended whole hours per week from a register's counts (SENCOHOURSFROMREGISTER). */
export function sencoHoursFromRegister(
  notionalSenBudget: number,
  counts: RegisterCounts,
  pupilMobility?: number,
  senSupportWeight: number = DEFAULT_SEN_SUPPORT_WEIGHT,
): number {
  return sencoBreakdownFromRegister(notionalSenBudget, counts, pupilMobility, senSupportWeight).recommendedHours;
}
