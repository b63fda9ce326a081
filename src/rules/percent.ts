/**
 * How a share from 0% to 100% is asked for and, when it looks like a percentage typed without its
 * % sign (34 for 34%), how the user is told to type it: one wording for the coercion layer and the
 * rules (a user who types 34 for 34% is told to type 34% or 0.34). Not a published rule: a
 * convention of this add-in ([planning-assumption]).
 */
export const PERCENT_ALLOWED = "a percentage from 0% to 100% (type 34% or 0.34)";

/** True for a value from over 1 up to 100: almost certainly a percentage typed without its % sign. */
export function looksLikePercentWithoutSign(value: number): boolean {
  return value > 1 && value <= 100;
}

/** What to say after the argument's name for such a value: "must be ...: for 34% type 34% or 0.34, not 34." */
export function percentWithoutSignProblem(value: number): string {
  const fraction = Number((value / 100).toPrecision(12)); // 0.333, not 0.33299999999999996
  return `must be a percentage from 0% to 100%: for ${value}% type ${value}% or ${fraction}, not ${value}.`;
}

/**
 * What to say after the argument's name for 1 typed as a number where the share must be below
 * 100%: Excel reads 1 as 100%, and someone who types 1 in a percentage box most likely meant 1%.
 */
export function onePercentProblem(): string {
  return "was 1, which is 100%, and must be below 100%: if you meant 1%, type 1% (or 0.01).";
}

/** A share from 0% to 100%, held as Excel holds it (34% is 0.34). */
export const PERCENT_LIMITS = { allowed: PERCENT_ALLOWED, min: 0, max: 1, percent: true } as const;
