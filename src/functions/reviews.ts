/**
 * EHC plan reviews as the law times them, as SEND.* custom functions: the annual review's last
 * day, the date before which a phase transfer's review must be done, and a review meeting's
 * timetable. The rules live in src/rules/ehc-plan-reviews.ts; this module only declares the
 * functions.
 */
import { booleanArg } from "../values/coerce";
import { dateArg } from "../values/dates";
import { defineFunction, invoke } from "./define";
import {
  EHC_PLAN_DATE_LIMITS,
  TRANSFER_DATE_LIMITS,
  annualReviewDue,
  phaseTransferReviewDue,
  reviewTimetableRows,
} from "../rules/ehc-plan-reviews";

const lastReviewOrPlanDate = dateArg("last_review_or_plan_date", EHC_PLAN_DATE_LIMITS);
const transferDate = dateArg("transfer_date", TRANSFER_DATE_LIMITS);
// A yes/no reads 0 (an empty cell on Windows) as FALSE, the same answer as left out.
const toPost16 = booleanArg("to_post16", { optional: true });
const meetingDate = dateArg("meeting_date", EHC_PLAN_DATE_LIMITS);

export const REVIEW_FUNCTIONS = {
  EHCPREVIEWDUE: defineFunction("EHCPREVIEWDUE", [lastReviewOrPlanDate] as const, (d) => annualReviewDue(d)),
  PHASETRANSFERREVIEWDUE: defineFunction("PHASETRANSFERREVIEWDUE", [transferDate, toPost16] as const, (t, post16) =>
    phaseTransferReviewDue(t, post16 === true),
  ),
  REVIEWTIMETABLE: defineFunction("REVIEWTIMETABLE", [meetingDate] as const, (m) => reviewTimetableRows(m)),
};

/**
 * The last day by which an EHC plan must be reviewed: the end of the 12 months starting with the date it was last reviewed, or made (Children and Families Act 2014, s44(1)). A plan made on 01/01/2019 must be reviewed by 31/12/2019; one made on 29/02/2020 by 28/02/2021.
 * @customfunction EHCPREVIEWDUE
 * @helpurl https://localhost:3000/help/functions.html#ehcpreviewdue
 * @param last_review_or_plan_date The date the plan was last reviewed, or the date it was made when it has not been reviewed yet: from 01/09/2014, when EHC plans began (a date cell, or text day first such as 15/09/2025).
 * @returns A date (format the cell as a date).
 */
export function EHCPREVIEWDUE(last_review_or_plan_date: any): number {
  return invoke(REVIEW_FUNCTIONS.EHCPREVIEWDUE, arguments) as number;
}

/**
 * The date before which an EHC plan must be reviewed, and amended where necessary, for a transfer between phases of education (SEND Regulations 2014, reg 18): 15 February of the transfer's calendar year, or 31 March for a transfer from secondary school to a post-16 institution. The review must be done before this date.
 * @customfunction PHASETRANSFERREVIEWDUE
 * @helpurl https://localhost:3000/help/functions.html#phasetransferreviewdue
 * @param transfer_date The date of the transfer, such as 01/09/2027 (from 01/01/2015); only its calendar year counts.
 * @param [to_post16] TRUE for a transfer from secondary school to a post-16 institution (31 March). Left out, blank or FALSE: any other transfer (15 February). Which year groups transfer is the school's: an infant school's Year 2, a middle school's Year 8.
 * @returns A date (format the cell as a date).
 */
export function PHASETRANSFERREVIEWDUE(transfer_date: any, to_post16?: any): number {
  return invoke(REVIEW_FUNCTIONS.PHASETRANSFERREVIEWDUE, arguments) as number;
}

/**
 * The timetable a review meeting sets for a pupil at school (SEND Regulations 2014, reg 20), as a spill of Step and Date under a header row: notice of the meeting and the advice and information circulated two weeks before it, the report of the meeting sent within two weeks after it, the local authority's decision notified within four weeks after it.
 * @customfunction REVIEWTIMETABLE
 * @helpurl https://localhost:3000/help/functions.html#reviewtimetable
 * @param meeting_date The date of the review meeting, from 01/09/2014 (a date cell, or text day first such as 15/01/2027).
 * @returns A header row (Step, Date) and four rows of step and date (format the second column as dates).
 */
export function REVIEWTIMETABLE(meeting_date: any): any[][] {
  return invoke(REVIEW_FUNCTIONS.REVIEWTIMETABLE, arguments) as any[][];
}
