/** The Working Time Regulations 1998's weekly average as a warning on contracted hours (working-time.ts). */
import { WORKING_TIME_WEEKLY_AVERAGE_HOURS, weeklyHoursWarning } from "../../src/rules/working-time";

test("48 hours a week or fewer, or none entered, gives no warning", () => {
  expect(WORKING_TIME_WEEKLY_AVERAGE_HOURS).toBe(48);
  expect(weeklyHoursWarning(undefined)).toBeUndefined();
  expect(weeklyHoursWarning(48)).toBeUndefined();
  expect(weeklyHoursWarning(32.5)).toBeUndefined();
});

test("more than 48 hours a week warns, saying the plan keeps the hours as entered", () => {
  expect(weeklyHoursWarning(48.5)).toBe(
    "More than 48 hours a week: the Working Time Regulations 1998 limit working time to an average of 48 hours a week (over 17 weeks) unless the worker has opted out in writing. Check the contract; the plan uses the hours as entered.",
  );
  expect(weeklyHoursWarning(60)).toBe(weeklyHoursWarning(48.5));
});
