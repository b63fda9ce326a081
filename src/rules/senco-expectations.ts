/**
 * What the guidance expects a school to give its SENCO besides time, word for word:
 * `[bradford-senco-time]` "Senco Essential Duties Time: Guidance for Schools" (Bradford SEN
 * Strategy Group), citing the NUT Charter (June 2006) for the facilities and for the activities
 * that need intensive additional input at particular times of the year, and the SEN Strategy
 * Group's own recommendation on the leadership team.
 */

/** The guidance's title, as every row that cites it names it. */
export const SENCO_TIME_GUIDANCE_TITLE = "Senco Essential Duties Time: Guidance for Schools";
/** Who wrote it. */
export const SENCO_TIME_GUIDANCE_AUTHOR = "Bradford SEN Strategy Group";

/**
 * [bradford-senco-time]: the NUT Charter (June 2006) sets out "an expectation of the facilities
 * that should be provided by the school in order for the Senco to do their job properly".
 */
export const SENCO_FACILITIES: readonly string[] = Object.freeze([
  "Office space",
  "Desk",
  "Storage and filing facilities",
  "Access to computer terminals with appropriate software",
  "Telephone and email",
]);

/**
 * [bradford-senco-time]: the Charter "also identifies a number of activities within the Senco's
 * responsibilities which are likely to require intensive additional input at particular times of
 * the year".
 */
export const SENCO_INTENSIVE_ACTIVITIES: readonly string[] = Object.freeze([
  "Record keeping and report writing for external agencies",
  "SEN audit",
  "Organising exam concessions",
  "High focus IEPs and provision plans",
  "Newly admitted pupils",
  "Tribunals and appeals",
  "Transition arrangements",
  "Situations that require significant immediate short-term input",
  "Annual reviews",
]);

/** [bradford-senco-time]: "the SEN Strategy Group recommend that the SENCO is represented on the School Leadership/Management Team". */
export const SENCO_LEADERSHIP_RECOMMENDATION = "The SENCO is represented on the School Leadership/Management Team";
