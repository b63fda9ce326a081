/**
 * EHC plan reviews as the law times them: the annual review, the review before a transfer between
 * phases of education, the review meeting's own timetable, and the Code of Practice's guides for
 * children under five and pupils on SEN support (guides, never legal dates).
 *
 * Sources (docs/sources.md): [cfa-2014-s44] the Children and Families Act 2014, section 44(1);
 * [send-regs-2014-r18] the SEND Regulations 2014, regulation 18 (and regulation 2's "transfer
 * between phases of education"); [send-regs-2014-r20] regulation 20 (a review where the child
 * attends a school); [send-cop-2015] the SEND Code of Practice, paragraphs 9.178 and 6.65;
 * [dodds-v-walker-1981] how a period of months is counted. Dates are Excel serials.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { field, inputError, say } from "./errors";
import {
  daysInMonth,
  formatSerialDdMmYyyy,
  MAX_EXCEL_DATE_SERIAL,
  ruleInForce,
  serialFromYmd,
  ymdFromSerial,
  type DatedRule,
} from "./excel-dates";
import { checkDateSerial, type DateLimits, type NumberLimits } from "./inputs";

/**
 * Dates of EHC plans, their reviews and review meetings: from 01/09/2014, when EHC plans began
 * (Part 3 of the Children and Families Act 2014 and the SEND Regulations 2014 came into force).
 */
// [send-regs-2014-r18] reg 1: the Regulations "come into force on 1st September 2014".
export const EHC_PLAN_DATE_LIMITS: DateLimits = {
  from: serialFromYmd(2014, 9, 1),
  why: "when EHC plans began under the Children and Families Act 2014",
};

/**
 * Dates of transfers between phases: from 01/01/2015. The review is due in the calendar year of
 * the transfer, and a transfer in 2014 had its date (15/02/2014) before the Regulations began.
 */
// [send-regs-2014-r18] reg 18(1): "before ... 15 February in the calendar year of the child's transfer".
export const TRANSFER_DATE_LIMITS: DateLimits = {
  from: serialFromYmd(2015, 1, 1),
  why: "when the first transfers fell whose review date came after the SEND Regulations 2014 began on 01/09/2014",
};

/**
 * Dates of birth the review check reads (for the guide for children under five): from 01/09/1989,
 * 25 years before EHC plans began, since a plan can run to a young person's 25th birthday.
 */
// [cfa-2014-s44] Part 3 covers children and young people up to 25; [send-regs-2014-r18] reg 1, in force 01/09/2014.
export const BIRTH_DATE_LIMITS: DateLimits = {
  from: serialFromYmd(1989, 9, 1),
  why: "when the oldest young people an EHC plan can cover were born (plans run to 25 and began on 01/09/2014)",
};

/** [cfa-2014-s44] s44(1): "in the period of 12 months starting with the date on which the plan was first made". */
export const ANNUAL_REVIEW_MONTHS = 12;

/**
 * The last day of the period of `months` calendar months starting with `startSerial` (the start
 * day counts): the day before the date corresponding to the start day, or, when the month the
 * period ends in has no such date, that month's last day [dodds-v-walker-1981]. 01/01/2019 gives
 * 31/12/2019; 29/02/2020 gives 28/02/2021; 01/03/2023 gives 29/02/2024.
 */
export function lastDayOfMonthsStartingWith(startSerial: number, months: number): number {
  const { year, month, day } = ymdFromSerial(startSerial);
  const index = year * 12 + (month - 1) + months;
  const endYear = Math.floor(index / 12);
  const endMonth = index - endYear * 12 + 1;
  const last = daysInMonth(endYear, endMonth);
  return day > last ? serialFromYmd(endYear, endMonth, last) : serialFromYmd(endYear, endMonth, day) - 1;
}

/** A date worked out from `key`'s date that Excel cannot hold (past 31/12/9999). */
function pastExcelsLastDate(key: string, given: number, what: string): never {
  throw inputError(
    say`${field(key)} is ${formatSerialDdMmYyyy(given)}: ${what} would fall after 31/12/9999, the last date Excel holds.`,
  );
}

/**
 * The last day by which an EHC plan must next be reviewed: the end of the 12 months starting with
 * the date it was last reviewed, or first made when it has not been reviewed yet [cfa-2014-s44].
 */
export function annualReviewDue(lastReviewOrPlanSerial: number): number {
  const key = "last_review_or_plan_date";
  const start = checkDateSerial(key, lastReviewOrPlanSerial, EHC_PLAN_DATE_LIMITS);
  const due = lastDayOfMonthsStartingWith(start, ANNUAL_REVIEW_MONTHS);
  return due > MAX_EXCEL_DATE_SERIAL ? pastExcelsLastDate(key, start, "the review's last day") : due;
}

/** A day of the year: month 1 to 12 and the day of the month. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

export interface PhaseTransferRule extends DatedRule {
  /** The date before which the review and any amendment must be done, for a transfer from secondary school to a post-16 institution. */
  readonly toPost16: MonthDay;
  /** The same for every other transfer between phases. */
  readonly other: MonthDay;
}

/** 1 September 2015: the first transfers from secondary school to post-16 under the Regulations ([send-regs-2014-r18] reg 18(3)). */
const FIRST_POST16_TRANSFER = serialFromYmd(2015, 9, 1);

/**
 * The date before which the plan must be reviewed (and amended where necessary), in the calendar
 * year of the transfer, by the date of the transfer. Reg 18(3) gave the transfers from secondary
 * school to post-16 on 01/09/2015 alone 31 May 2015. Citations: PHASE_TRANSFER_CITED in
 * ehc-plan-review-sources.ts.
 */
export const PHASE_TRANSFER: readonly PhaseTransferRule[] = [
  { from: 1, toPost16: { month: 3, day: 31 }, other: { month: 2, day: 15 } },
  { from: FIRST_POST16_TRANSFER, toPost16: { month: 5, day: 31 }, other: { month: 2, day: 15 } },
  { from: FIRST_POST16_TRANSFER + 1, toPost16: { month: 3, day: 31 }, other: { month: 2, day: 15 } },
];

/**
 * The date before which an EHC plan must be reviewed, and amended where necessary, for a transfer
 * between phases on `transferSerial` [send-regs-2014-r18]: 15 February of the transfer's calendar
 * year, or 31 March for a transfer from secondary school to a post-16 institution (31 May 2015 for
 * the post-16 transfers of 01/09/2015). The review must be done before this date: its last day is
 * the day before.
 */
export function phaseTransferReviewDue(transferSerial: number, toPost16 = false): number {
  const transfer = checkDateSerial("transfer_date", transferSerial, TRANSFER_DATE_LIMITS);
  const rule = ruleInForce(PHASE_TRANSFER, transfer);
  const { year } = ymdFromSerial(transfer);
  const date = toPost16 ? rule.toPost16 : rule.other;
  return serialFromYmd(year, date.month, date.day);
}

/** One step of a review meeting's timetable: what must be done, and how many days from the meeting. */
export interface ReviewStep {
  readonly step: string;
  /** Days from the meeting: negative before it. */
  readonly days: number;
}

/** [send-regs-2014-r20] "two weeks" is 14 days; "four weeks" 28. */
const WEEK = 7;

/**
 * The review meeting's timetable for a child or young person at a school [send-regs-2014-r20]:
 * reg 20(3) "At least two weeks' notice of the date of the meeting"; reg 20(4) advice and
 * information circulated "at least two weeks in advance of the review meeting"; reg 20(7) the
 * report within two weeks of the meeting; reg 20(10) the local authority's decision notified
 * within four weeks of the meeting.
 */
export const REVIEW_STEPS: readonly ReviewStep[] = Object.freeze([
  { step: "Notice of the meeting given by", days: -2 * WEEK },
  { step: "Advice and information circulated by", days: -2 * WEEK },
  { step: "Report of the meeting sent by", days: 2 * WEEK },
  { step: "Local authority's decision notified by", days: 4 * WEEK },
]);

/** The timetable as rows of step and date (serial), for a meeting on `meetingSerial`. */
export function reviewTimetable(meetingSerial: number): { step: string; date: number }[] {
  const key = "meeting_date";
  const meeting = checkDateSerial(key, meetingSerial, EHC_PLAN_DATE_LIMITS);
  const last = REVIEW_STEPS[REVIEW_STEPS.length - 1]!;
  if (meeting + last.days > MAX_EXCEL_DATE_SERIAL) pastExcelsLastDate(key, meeting, "the decision's date");
  return REVIEW_STEPS.map(({ step, days }) => ({ step, date: meeting + days }));
}

/** SEND.REVIEWTIMETABLE's spill: a header row, then Step and Date. */
export function reviewTimetableRows(meetingSerial: number): (string | number)[][] {
  return [["Step", "Date"], ...reviewTimetable(meetingSerial).map(({ step, date }) => [step, date])];
}

/** [send-cop-2015] 6.65: "Schools should meet parents at least three times each year." A guide. */
export const SEN_SUPPORT_MEETINGS_A_YEAR = 3;

/**
 * [send-cop-2015] 9.178: "Local authorities should consider reviewing an EHC plan for a child under
 * five at least every three to six months". A guide beside the legal date, never in its place.
 */
export const UNDER_FIVE_REVIEW_MONTHS = Object.freeze({ from: 3, to: 6 });
/** The age under which 9.178's guide applies. */
export const UNDER_FIVE_AGE_YEARS = 5;

/** True when a child born on `birthSerial` is under five on `todaySerial`. */
export function isUnderFive(birthSerial: number, todaySerial: number): boolean {
  const { year, month, day } = ymdFromSerial(birthSerial);
  const fifth = year + UNDER_FIVE_AGE_YEARS;
  // A birthday on 29 February falls on 1 March in a year without one.
  const birthday = day > daysInMonth(fifth, month) ? serialFromYmd(fifth, 3, 1) : serialFromYmd(fifth, month, day);
  return todaySerial < birthday;
}

/**
 * How many weeks ahead "due soon" looks: a whole number from 1 to 52. A limit of the question, not
 * a rule: a year ahead every plan is due.
 */
export const DUE_WITHIN_WEEKS_LIMITS: NumberLimits = {
  allowed: "a whole number of weeks from 1 to 52",
  min: 1,
  max: 52,
  integer: true,
};
