/**
 * Apprenticeship levels and what the funding rules decide by level: apprenticeships run from
 * Level 2 (intermediate) to Level 7 (master's degree), and from 01/01/2026 a Level 7 start is
 * funded only for young apprentices (LEVEL7_FUNDING in apprenticeship-funding.ts). Every other
 * level is funded at any age. ST0480 Senior Leader, the SLMDA, is Level 7.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { checkNumber } from "./inputs";
import { level7Funded } from "./apprenticeship-funding";
import { checkAge, checkStart } from "./apprenticeship-start";

// [gov-apprenticeship-levels] "Intermediate 2 ... Advanced 3 ... Higher 4, 5, 6 and 7 ... Degree 6 and 7".
export const MIN_LEVEL = 2;
export const MAX_LEVEL = 7;
export const LEVEL_LIMITS = {
  allowed: `a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}`,
  min: MIN_LEVEL,
  max: MAX_LEVEL,
  integer: true,
} as const;

/** The level of the Level 7 age rule, and of ST0480 Senior Leader (the SLMDA): [dfe-l7-2025], [ifate-st0480-band]. */
export const LEVEL_7 = 7;

/**
 * Whether the funding rules fund a start at `level` (levy funds, or co-investment once they run
 * short), by the start date and the apprentice's age at it. A level left out is not checked (an
 * apprenticeship whose level is not given is taken as funded, as before levels were asked for).
 * Level 7 from 01/01/2026 with no age: "na" asking for age_at_start.
 */
export function fundedAtLevel(
  level: number | undefined,
  startSerial: number,
  ageAtStart: number | undefined,
  careLeaverOrEhcPlan: boolean | undefined,
): boolean {
  checkStart(startSerial);
  checkAge(ageAtStart);
  if (level === undefined) return true;
  checkNumber("level", level, LEVEL_LIMITS);
  return level !== LEVEL_7 || level7Funded(startSerial, ageAtStart, careLeaverOrEhcPlan === true);
}
