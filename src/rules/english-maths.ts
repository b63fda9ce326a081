/**
 * English and maths at Level 2: whether an apprentice must evidence them (or take Functional
 * Skills), by the rule in force on a date, and when that stopped for someone who needed them at
 * the start. The table's citations are the same rows of ENGLISH_MATHS_CITED in
 * apprenticeship-funding-sources.ts.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { field, say, noAnswerError } from "./errors";
import { checkDateSerial } from "./inputs";
import { formatSerialDdMmYyyy, ruleInForce, serialFromYmd, type DatedRule } from "./excel-dates";
import { checkAge, checkStart, EARLIEST, START_DATE_LIMITS } from "./apprenticeship-start";

export interface EnglishMathsRule extends DatedRule {
  /** Apprentices aged this or over at the start need no English and maths evidence; left out: everyone does. */
  readonly notRequiredFromAge?: number;
}

/**
 * English and maths at Level 2, by the date the rule took effect. Unlike the funding tables these
 * rows apply to every apprentice on programme from their date, whatever the start: the change of
 * 11/02/2025 covers "all new and existing" apprentices aged 19 or over at the start.
 */
export const ENGLISH_MATHS: readonly EnglishMathsRule[] = [
  // Citations, row by row: ENGLISH_MATHS_CITED in apprenticeship-funding-sources.ts.
  {
    from: EARLIEST,
    // required whatever the age
  },
  {
    from: serialFromYmd(2025, 2, 11),
    notRequiredFromAge: 19,
  },
];

/**
 * Must the apprentice evidence Level 2 English and maths (or take Functional Skills) on
 * `onSerial` (the start when omitted)? The rule in force on that date, or at the start if that is
 * later, decides for new and existing apprentices alike: the provider's guidance requires it; from
 * 11/02/2025 it is no longer required of anyone aged 19 or over at the start, whatever the start
 * date. Throws "na" asking for age_at_start when the answer depends on the age and none is given.
 */
export function englishMathsRequired(
  startSerial: number,
  ageAtStart: number | undefined,
  onSerial: number = startSerial,
): boolean {
  checkStart(startSerial);
  checkAge(ageAtStart);
  checkDateSerial("date", onSerial, START_DATE_LIMITS);
  const rule = ruleInForce(ENGLISH_MATHS, Math.max(startSerial, onSerial));
  if (rule.notRequiredFromAge === undefined) return true;
  if (ageAtStart === undefined) {
    throw noAnswerError(
      say`${field("age_at_start")} is needed: from ${formatSerialDdMmYyyy(rule.from)} English and maths are required only for apprentices under ${rule.notRequiredFromAge} at the start.`,
    );
  }
  return ageAtStart < rule.notRequiredFromAge;
}

/**
 * The date from which English and maths stopped being required of an apprentice who needed them
 * at the start (the start on `startSerial`, aged `ageAtStart`), if that happened by `onSerial`;
 * undefined when they were never required or still are.
 */
export function englishMathsNoLongerRequiredFrom(
  startSerial: number,
  ageAtStart: number,
  onSerial: number,
): number | undefined {
  if (!englishMathsRequired(startSerial, ageAtStart) || englishMathsRequired(startSerial, ageAtStart, onSerial)) {
    return undefined;
  }
  const ended = ENGLISH_MATHS.find(
    (row) => row.from > startSerial && row.notRequiredFromAge !== undefined && ageAtStart >= row.notRequiredFromAge,
  );
  return ended === undefined ? undefined : ended.from;
}
