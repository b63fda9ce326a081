/**
 * The Working Time Regulations 1998's weekly limit, as advice for the plan form: contracted hours
 * above it are possible (the limit is an average over a reference period, and a worker may opt out
 * in writing), so they give a warning, never an error.
 *
 * Source: Working Time Regulations 1998 (SI 1998/1833), regulation 4(1): "a worker's working
 * time, including overtime, in any reference period which is applicable in his case shall not
 * exceed an average of 48 hours for each seven days"; the reference period is 17 weeks (4(3)).
 * Pure TypeScript: no Office, no DOM.
 */

/** Working Time Regulations 1998, regulation 4(1): an average of 48 hours for each seven days. */
export const WORKING_TIME_WEEKLY_AVERAGE_HOURS = 48;

/** The warning for contracted weekly hours above the Regulations' average, or undefined. */
export function weeklyHoursWarning(weeklyHours: number | undefined): string | undefined {
  if (weeklyHours === undefined) return undefined;
  if (!(weeklyHours > WORKING_TIME_WEEKLY_AVERAGE_HOURS)) return undefined;
  return `More than ${WORKING_TIME_WEEKLY_AVERAGE_HOURS} hours a week: the Working Time Regulations 1998 limit working time to an average of ${WORKING_TIME_WEEKLY_AVERAGE_HOURS} hours a week (over 17 weeks) unless the worker has opted out in writing. Check the contract; the plan uses the hours as entered.`;
}
