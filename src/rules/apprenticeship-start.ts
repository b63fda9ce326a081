/**
 * The apprenticeship's start and the apprentice's age at it, which the funding, levy drawdown,
 * provider payment, off-the-job and English and maths rules all read: the starts the rules answer
 * for, the ages the functions accept, and the first date of every dated table's first row.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { field, say, noAnswerError } from "./errors";
import { checkDateSerial, checkNumber, type DateLimits } from "./inputs";
import { serialFromYmd } from "./excel-dates";

/** The first Excel date (01/01/1900): the first row of each table starts here so every start has a row. */
export const EARLIEST = 1;

/**
 * Apprenticeship starts the rules here answer for: from 01/05/2017, when the funding rules that
 * came with the levy began (funding bands, 10% co-investment, 20% off-the-job training), the first
 * rules the funding tables encode (apprenticeship-funding.ts). Earlier starts were funded under the rules before, which the add-in
 * does not hold. Also the dates of the plan's application (slmda-line-manager.ts).
 */
// [esfa-rules-2017-18] "funding and performance-management rules for all training providers delivering
// apprenticeships from 1 May 2017"; starts before 1 May 2017 "funded through to completion using existing funding rules".
export const START_DATE_LIMITS: DateLimits = {
  from: serialFromYmd(2017, 5, 1),
  why: "when the funding rules that came with the levy began",
};

/** Ages the functions accept: 16 is the youngest an apprentice can start; 99 catches typing slips. */
// [aps-non-levy] "16 and 21 years old" (the youngest start); 99 is a limit of typing, not a rule.
export const MIN_AGE = 16;
export const MAX_AGE = 99;
export const AGE_LIMITS = {
  allowed: `a whole number from ${MIN_AGE} to ${MAX_AGE}`,
  min: MIN_AGE,
  max: MAX_AGE,
  integer: true,
} as const;

/**
 * The start date every funding, payment and off-the-job rule needs. Omitted, it is "not
 * available", never a silent guess: the provider's 2020/21 guidance describes one cohort (a
 * September 2020 start), and the rules have changed many times since.
 */
export function requireStartDate(startSerial: number | undefined): number {
  if (startSerial === undefined) {
    throw noAnswerError(
      say`${field("start_date")} is needed: the funding, payment and off-the-job rules depend on the apprenticeship's start date (the provider's 2020/21 guidance describes a cohort that started in September 2020, and the rules have changed since). Enter the start date.`,
    );
  }
  return startSerial;
}

/** Check a start date against START_DATE_LIMITS. */
export function checkStart(startSerial: number): void {
  checkDateSerial("start_date", startSerial, START_DATE_LIMITS);
}

/** Check an age at the start, when given, against AGE_LIMITS. */
export function checkAge(age: number | undefined): void {
  if (age !== undefined) checkNumber("age_at_start", age, AGE_LIMITS);
}
