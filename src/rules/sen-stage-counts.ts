/**
 * Plausibility of a school's counts of pupils at each SEN stage, for tables of many schools (the
 * district summary): a count above the school's total pupils, or above any school's in England,
 * is a typing or column mistake, never a school with 1,000 hours. SEND.SENCOHOURS itself accepts
 * any whole number (COUNT_LIMITS): these checks are for tables whose columns were found by header.
 */
import { field, inputError, say } from "./errors";

/**
 * The most pupils at one SEN stage a school can plausibly have. [dfe-sen-school-level]
 * "Special educational needs in England", January 2023, school-level underlying data: the most
 * in any school in England was 597 on SEN support and 772 with an EHC plan (a special school),
 * and the largest school had 3,440 pupils. 3,000 leaves room above every real school.
 */
export const MAX_PUPILS_AT_A_STAGE = 3000;

/** A stage's count and its argument key (the district surface names it by its column header). */
export interface StageCount {
  readonly key: string;
  readonly value: number;
}

/** A whole number with thousands separators ("3,000"), without Intl. */
export function shown(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * Throws a RuleError ("value") naming the first implausible count: one above
 * MAX_PUPILS_AT_A_STAGE, one above the school's total pupils (when given), or stages that
 * together are more than the total pupils.
 */
export function checkStageCounts(stages: readonly StageCount[], totalPupils?: number, totalKey = "total_pupils"): void {
  for (const stage of stages) {
    if (stage.value > MAX_PUPILS_AT_A_STAGE)
      throw inputError(
        say`${field(stage.key)} is ${shown(stage.value)}: more than ${shown(MAX_PUPILS_AT_A_STAGE)} pupils at one SEN stage, which no school in England has. Check that the column holds a number of pupils (not money or a percentage).`,
        { value: stage.value, allowed: `a number of pupils from 0 to ${shown(MAX_PUPILS_AT_A_STAGE)}` },
      );
  }
  if (totalPupils === undefined) return;
  let sum = 0;
  for (const stage of stages) {
    if (stage.value > totalPupils)
      throw inputError(
        say`${field(stage.key)} is ${shown(stage.value)}: more than the school's ${field(totalKey)} (${shown(totalPupils)}).`,
        { value: stage.value, allowed: `at most the school's total pupils (${shown(totalPupils)})` },
      );
    sum += stage.value;
  }
  if (sum > totalPupils) {
    // No stage is above the total, so two stages at least are counted here.
    const counted = stages.filter((s) => s.value > 0);
    const parts: (string | ReturnType<typeof field>)[] = [];
    counted.forEach((stage, i) => {
      if (i > 0) parts.push(i === counted.length - 1 ? " and " : ", ");
      parts.push(field(stage.key), ` (${shown(stage.value)})`);
    });
    throw inputError(
      [...parts, ` add up to ${shown(sum)}: more than the school's `, field(totalKey), ` (${shown(totalPupils)}).`],
      { value: sum, allowed: `at most the school's total pupils (${shown(totalPupils)})` },
    );
  }
}
