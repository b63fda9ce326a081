/**
 * What every argument of every function does with a blank cell and with 0. Excel on Windows passes
 * an empty referenced cell to a custom function as 0, Excel on the web as nothing (null), and an
 * argument left out arrives as nothing everywhere (office-js #4702), so each argument gives
 * one answer for both: where 0 is a value of its own, a blank is 0 (as Excel's own functions read
 * a blank); where a blank must mean something else (a default), 0 means the same; where neither
 * can be an answer, both are refused with words.
 *
 * One row per argument name, or per "FUNCTION.argument" where one function differs. `outcome`:
 * "value" (both give the same result) or "refused" (both give an error: #VALUE!, or #N/A where
 * the rule needs the value). docs/functions.md renders the table (scripts/function-docs.js), and
 * test/functions/blank-and-zero.bundle.test.ts calls every argument of every function through the
 * built bundle with a blank and with 0 and holds each to its row.
 */
"use strict";

const BLANK_AND_ZERO = {
  notional_sen_budget: {
    blank: "refused (#VALUE!)",
    zero: "refused (#VALUE!)",
    outcome: "refused",
    why: "Every mainstream school has a notional SEN budget its local authority sets (DfE operational guidance): £0 is a missing figure, not a budget.",
  },
  school_action: {
    blank: "0 pupils",
    zero: "0 pupils",
    outcome: "value",
    why: "A count of 0 is real (no pupils at that stage), and a blank count adds nothing, as SUM reads a blank.",
  },
  school_action_plus: { same: "school_action" },
  statements: { same: "school_action" },
  pupil_mobility: {
    blank: "0%: no mobility hours",
    zero: "0%: no mobility hours",
    outcome: "value",
    why: "A turnover of 0% adds no hours, and neither does a turnover not given.",
  },
  register: {
    blank: "a blank cell is no pupil",
    zero: "a 0 cell is no pupil",
    outcome: "value",
    why: "A range's empty cells arrive as 0 or nothing: neither is a pupil.",
  },
  sen_support_weight: {
    blank: "1, the default",
    zero: "1, the default",
    outcome: "value",
    why: "Weights run from 1 to 5: 0 would count SEN support pupils as nothing, so it is read as not given.",
  },
  hours_per_week: {
    blank: "0 hours",
    zero: "0 hours",
    outcome: "value",
    why: "No SENCO time is 0 hours a week: a real answer, and a blank gives no hours.",
  },
  weeks_per_year: {
    blank: "the default: 39 (SENCO time), 46.4 (off-the-job)",
    zero: "the default",
    outcome: "value",
    why: "0 weeks is no year of work: read as not given.",
  },
  directed_hours_per_year: {
    blank: "1,265, the default",
    zero: "1,265, the default",
    outcome: "value",
    why: "0 directed hours is no teacher's year: read as not given.",
  },
  annual_salary: {
    blank: "refused (#VALUE!)",
    zero: "refused (#VALUE!)",
    outcome: "refused",
    why: "A SENCO is paid: £0 is a missing figure.",
  },
  on_cost_rate: {
    blank: "0%",
    zero: "0%",
    outcome: "value",
    why: "0% on-costs is the same answer as none given.",
  },
  appointment_date: {
    blank: "refused (#VALUE!)",
    zero: "refused (#VALUE!)",
    outcome: "refused",
    why: "The date is the question; 0 is Excel's 00/01/1900, which is a blank cell on Windows, never a date typed.",
  },
  qualification_completed: {
    blank: "FALSE",
    zero: "FALSE",
    outcome: "value",
    why: "Not held unless said; Excel reads 0 as FALSE.",
  },
  nasenco_course_start: {
    blank: "no course",
    zero: "no course",
    outcome: "value",
    why: "0 is a blank cell on Windows, never a date typed.",
  },
  nasenco_completed: {
    blank: "FALSE: the full programme",
    zero: "FALSE: the full programme",
    outcome: "value",
    why: "The full programme is the guidance's main route; Excel reads 0 as FALSE.",
  },
  price: {
    blank: "refused (#VALUE!)",
    zero: "refused (#VALUE!)",
    outcome: "refused",
    why: 'An apprenticeship always has a price: "must be more than £0", the same words for a blank, 0 and -100.',
  },
  levy_payer: {
    blank: "refused (#VALUE!)",
    zero: "refused (#VALUE!)",
    outcome: "refused",
    why: "Whether the employer pays the levy changes every figure, and 0 cannot be told from a blank cell: type TRUE or FALSE (Yes or No).",
  },
  levy_funds: {
    blank: "none left",
    zero: "none left",
    outcome: "value",
    why: "0 is no levy funds, so a blank is too (it used to mean enough, which a blank cell on Windows could not say): when the account holds enough, pass what it holds, or the price.",
  },
  start_date: {
    blank: "not given: #N/A, the start date is needed",
    zero: "not given: #N/A",
    outcome: "refused",
    why: "The rules in force on the start date apply; 0 is a blank cell on Windows, never a date typed.",
  },
  "SLMDASCHEDULE.start_date": {
    blank: "refused (#VALUE!)",
    zero: "refused (#VALUE!)",
    outcome: "refused",
    why: "The schedule is dated from it; 0 is a blank cell on Windows, never a date typed.",
  },
  age_at_start: {
    blank: "not given",
    zero: "not given",
    outcome: "value",
    why: "No apprentice is 0: read as not given (needed only for some starts, which then give #N/A).",
  },
  care_leaver_or_ehc_plan: {
    blank: "FALSE",
    zero: "FALSE",
    outcome: "value",
    why: "No unless said; Excel reads 0 as FALSE.",
  },
  levy_transfer: {
    blank: "FALSE: no transfer",
    zero: "FALSE: no transfer",
    outcome: "value",
    why: "No transfer unless said; Excel reads 0 as FALSE.",
  },
  weekly_hours: {
    blank: "refused (#VALUE!)",
    zero: "refused (#VALUE!)",
    outcome: "refused",
    why: "An apprentice is employed: 0 hours a week is a missing figure, and would give a minimum of 0.",
  },
  months: {
    blank: "24, the default",
    zero: "24, the default",
    outcome: "value",
    why: "0 months covers nothing: read as not given.",
  },
  annual_pay_bill: {
    blank: "£0: no levy",
    zero: "£0: no levy",
    outcome: "value",
    why: "No pay bill is a levy of £0, as SUM reads a blank.",
  },
  english_share: {
    blank: "100%",
    zero: "100%",
    outcome: "value",
    why: "Left out means 100%, so a blank must too, and 0 (a blank cell on Windows) with it: the employers here are English schools', and a share of 0% would give no levy funds at all.",
  },
  entry_date: {
    blank: "not given: #N/A, the date is needed",
    zero: "not given: #N/A",
    outcome: "refused",
    why: "The top-up depends on the date the funds enter; 0 is a blank cell on Windows.",
  },
  apprentices: {
    blank: "a row of blank cells is skipped: no apprenticeship",
    zero: "a row of 0s is skipped",
    outcome: "value",
    why: "A table's empty rows arrive as 0 or nothing alike; one cell alone, blank or 0, is no table of 3 to 6 columns (#VALUE!).",
  },
  first_month: {
    blank: "refused (#VALUE!)",
    zero: "refused (#VALUE!)",
    outcome: "refused",
    why: "The forecast starts there; 0 is a blank cell on Windows, never a month typed.",
  },
  funds_in_account: {
    blank: "none",
    zero: "none",
    outcome: "value",
    why: "No funds and none given are the same answer.",
  },
  transfers: {
    blank: "none",
    zero: "none",
    outcome: "value",
    why: "No transfers and none given are the same answer.",
  },
  tax_year_date: {
    blank: "refused (#VALUE!)",
    zero: "refused (#VALUE!)",
    outcome: "refused",
    why: "The allowance is the tax year's; 0 is a blank cell on Windows, never a date typed.",
  },
  last_review_or_plan_date: {
    blank: "refused (#VALUE!)",
    zero: "refused (#VALUE!)",
    outcome: "refused",
    why: "The next review is dated from it; 0 is a blank cell on Windows, never a date typed.",
  },
  transfer_date: {
    blank: "refused (#VALUE!)",
    zero: "refused (#VALUE!)",
    outcome: "refused",
    why: "The review is dated from the transfer; 0 is a blank cell on Windows, never a date typed.",
  },
  to_post16: {
    blank: "FALSE: into or between schools",
    zero: "FALSE: into or between schools",
    outcome: "value",
    why: "No unless said; Excel reads 0 as FALSE.",
  },
  meeting_date: {
    blank: "refused (#VALUE!)",
    zero: "refused (#VALUE!)",
    outcome: "refused",
    why: "The timetable is counted from the meeting; 0 is a blank cell on Windows, never a date typed.",
  },
  provision: {
    blank: "a blank cell is no SEN",
    zero: "a 0 cell is no SEN",
    outcome: "value",
    why: "A range's empty cells arrive as 0 or nothing alike.",
  },
  primary_need: {
    blank: "a blank cell is no need",
    zero: "a 0 cell is no need",
    outcome: "value",
    why: "A range's empty cells arrive as 0 or nothing alike.",
  },
  secondary_need: {
    blank: "no secondary needs checked",
    zero: "no secondary needs checked",
    outcome: "value",
    why: "One blank cell is the same as leaving the argument out.",
  },
  first_row: {
    blank: "positions in the range",
    zero: "positions in the range",
    outcome: "value",
    why: "There is no row 0: read as not given.",
  },
};

/** The row for argument `name` of function `id` (its own row, or the shared one, following `same`). */
function blankAndZeroRow(id, name) {
  let row = BLANK_AND_ZERO[`${id}.${name}`] || BLANK_AND_ZERO[name];
  while (row && row.same) row = BLANK_AND_ZERO[row.same];
  return row;
}

module.exports = { BLANK_AND_ZERO, blankAndZeroRow };
