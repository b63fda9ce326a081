/**
 * EHC plan reviews as the law times them (src/rules/ehc-plan-reviews.ts): the annual review's last
 * day (Children and Families Act 2014 s44(1)), the phase transfer's date (SEND Regulations 2014
 * reg 18) and the review meeting's timetable (reg 20), each pinned on both sides of its dates.
 * Serials are computed here from the calendar, independently of the code under test.
 */
import {
  EHC_PLAN_DATE_LIMITS,
  TRANSFER_DATE_LIMITS,
  annualReviewDue,
  isUnderFive,
  lastDayOfMonthsStartingWith,
  phaseTransferReviewDue,
  reviewTimetable,
  reviewTimetableRows,
} from "../../src/rules/ehc-plan-reviews";
import { PHASE_TRANSFER_CITED } from "../../src/rules/ehc-plan-review-sources";
import { REVIEW_RULES } from "../../src/rules/ehc-plan-review-rules";
import { ruleInForce } from "../../src/rules/excel-dates";
import { sourceText } from "../../src/rules/sources";
import { ruleErrorOf } from "../helpers/rule-error";
import { serial, show } from "../helpers/calendar";

const due = (y: number, m: number, d: number) => show(annualReviewDue(serial(y, m, d)));

describe("the annual review: the last day of the 12 months starting with the plan's date or its last review (s44(1))", () => {
  test("a plan made on 01/01/2019 must be reviewed by 31/12/2019", () => {
    expect(due(2019, 1, 1)).toBe("2019-12-31");
  });

  test("a date in the middle of a month: the day before its anniversary", () => {
    expect(due(2025, 9, 15)).toBe("2026-09-14");
    expect(due(2025, 9, 14)).toBe("2026-09-13");
    expect(due(2025, 9, 16)).toBe("2026-09-15");
  });

  test("a plan made on 29 February: 28 February the next year, the same as one made on 1 March", () => {
    expect(due(2020, 2, 29)).toBe("2021-02-28");
    expect(due(2020, 2, 28)).toBe("2021-02-27");
    expect(due(2020, 3, 1)).toBe("2021-02-28");
    expect(due(2024, 2, 29)).toBe("2025-02-28");
  });

  test("12 months across a leap day: from 01/03/2023 to 29/02/2024; from 28/02/2023 to 27/02/2024", () => {
    expect(due(2023, 3, 1)).toBe("2024-02-29");
    expect(due(2023, 2, 28)).toBe("2024-02-27");
    expect(due(2023, 3, 2)).toBe("2024-03-01");
    // The period holds 366 days when it holds a 29 February, 365 otherwise.
    expect(annualReviewDue(serial(2023, 3, 1)) - serial(2023, 3, 1) + 1).toBe(366);
    expect(annualReviewDue(serial(2022, 3, 1)) - serial(2022, 3, 1) + 1).toBe(365);
  });

  test("the last day of a month, and of the year", () => {
    expect(due(2025, 1, 31)).toBe("2026-01-30");
    expect(due(2025, 12, 31)).toBe("2026-12-30");
    expect(due(2025, 4, 30)).toBe("2026-04-29");
  });

  test("a review on its last day starts the next 12 months from that day", () => {
    const first = annualReviewDue(serial(2025, 1, 1));
    expect(show(first)).toBe("2025-12-31");
    expect(show(annualReviewDue(first))).toBe("2026-12-30");
  });

  test("a time of day is dropped", () => {
    expect(annualReviewDue(serial(2019, 1, 1) + 0.75)).toBe(serial(2019, 12, 31));
  });

  test("the months helper for other lengths: the day before the corresponding date, or the month's last day", () => {
    expect(show(lastDayOfMonthsStartingWith(serial(2021, 1, 31), 1))).toBe("2021-02-28");
    expect(show(lastDayOfMonthsStartingWith(serial(2021, 1, 30), 1))).toBe("2021-02-28");
    expect(show(lastDayOfMonthsStartingWith(serial(2021, 1, 28), 1))).toBe("2021-02-27");
    expect(show(lastDayOfMonthsStartingWith(serial(2024, 1, 30), 1))).toBe("2024-02-29");
    expect(show(lastDayOfMonthsStartingWith(serial(2025, 11, 15), 3))).toBe("2026-02-14");
  });

  test("EHC plans began on 01/09/2014: 31/08/2014 has no answer (#N/A), 01/09/2014 does", () => {
    expect(show(EHC_PLAN_DATE_LIMITS.from)).toBe("2014-09-01");
    expect(due(2014, 9, 1)).toBe("2015-08-31");
    const error = ruleErrorOf(() => annualReviewDue(serial(2014, 8, 31)));
    expect([error.kind, error.field, error.message]).toEqual([
      "na",
      "last_review_or_plan_date",
      "last_review_or_plan_date is 31/08/2014: these rules run from 01/09/2014, when EHC plans began under the Children and Families Act 2014.",
    ]);
  });

  test("a year typed where the date belongs is refused (#VALUE!), saying the date to type", () => {
    const error = ruleErrorOf(() => annualReviewDue(2025));
    expect([error.kind, error.message]).toEqual([
      "value",
      "last_review_or_plan_date looks like a year (2025): type the whole date, such as 01/09/2025.",
    ]);
  });

  test("Excel's last dates: 01/01/9999 gives 31/12/9999; 31/12/9999 would need a date Excel cannot hold", () => {
    expect(due(9998, 12, 31)).toBe("9999-12-30");
    expect(due(9999, 1, 1)).toBe("9999-12-31");
    const error = ruleErrorOf(() => annualReviewDue(serial(9999, 12, 31)));
    expect([error.kind, error.message]).toEqual([
      "value",
      "last_review_or_plan_date is 31/12/9999: the review's last day would fall after 31/12/9999, the last date Excel holds.",
    ]);
  });
});

describe("a transfer between phases: before 15 February, or 31 March to post-16, of the transfer's calendar year (reg 18)", () => {
  const transfer = (y: number, m: number, d: number, post16 = false) =>
    show(phaseTransferReviewDue(serial(y, m, d), post16));

  test("a move to secondary school in September 2027: 15/02/2027; from secondary school to post-16: 31/03/2027", () => {
    expect(transfer(2027, 9, 1)).toBe("2027-02-15");
    expect(show(phaseTransferReviewDue(serial(2027, 9, 1)))).toBe("2027-02-15");
    expect(transfer(2027, 9, 1, true)).toBe("2027-03-31");
  });

  test("only the calendar year counts: 01/01 and 31/12 of one year give the same date; the next year the next", () => {
    expect(transfer(2027, 1, 1)).toBe("2027-02-15");
    expect(transfer(2027, 12, 31)).toBe("2027-02-15");
    expect(transfer(2028, 1, 1)).toBe("2028-02-15");
    expect(transfer(2026, 12, 31, true)).toBe("2026-03-31");
    expect(transfer(2027, 1, 1, true)).toBe("2027-03-31");
  });

  test("a leap year changes neither date", () => {
    expect(transfer(2028, 9, 1)).toBe("2028-02-15");
    expect(transfer(2028, 9, 1, true)).toBe("2028-03-31");
  });

  test("reg 18(3): post-16 transfers on 01/09/2015 alone before 31/05/2015; the days either side before 31/03/2015", () => {
    expect(transfer(2015, 8, 31, true)).toBe("2015-03-31");
    expect(transfer(2015, 9, 1, true)).toBe("2015-05-31");
    expect(transfer(2015, 9, 2, true)).toBe("2015-03-31");
    expect(transfer(2015, 9, 1)).toBe("2015-02-15");
  });

  test("each row of the table cites the regulation and names its date", () => {
    expect(ruleInForce(PHASE_TRANSFER_CITED, serial(2015, 9, 1)).ref).toEqual({
      id: "send-regs-2014-r18",
      section: "regulation 18(3)",
    });
    expect(ruleInForce(PHASE_TRANSFER_CITED, serial(2015, 9, 2)).source).toContain("from 02/09/2015");
    expect(ruleInForce(PHASE_TRANSFER_CITED, serial(2015, 8, 31)).source).toContain("before 01/09/2015");
  });

  test("transfer dates from 01/01/2015: 31/12/2014 has no answer (#N/A); a year typed is refused", () => {
    expect(show(TRANSFER_DATE_LIMITS.from)).toBe("2015-01-01");
    expect(transfer(2015, 1, 1)).toBe("2015-02-15");
    const early = ruleErrorOf(() => phaseTransferReviewDue(serial(2014, 12, 31)));
    expect([early.kind, early.field]).toEqual(["na", "transfer_date"]);
    expect(early.message).toMatch(/^transfer_date is 31\/12\/2014: these rules run from 01\/01\/2015, when /);
    const year = ruleErrorOf(() => phaseTransferReviewDue(2027, true));
    expect([year.kind, year.message]).toEqual([
      "value",
      "transfer_date looks like a year (2027): type the whole date, such as 01/09/2027.",
    ]);
  });
});

describe("the review meeting's timetable (reg 20)", () => {
  test("a meeting on Wednesday 20/01/2027: notice and advice by 06/01, report by 03/02, decision by 17/02", () => {
    expect(reviewTimetable(serial(2027, 1, 20)).map(({ step, date }) => [step, show(date)])).toEqual([
      ["Notice of the meeting given by", "2027-01-06"],
      ["Advice and information circulated by", "2027-01-06"],
      ["Report of the meeting sent by", "2027-02-03"],
      ["Local authority's decision notified by", "2027-02-17"],
    ]);
  });

  test("the spill has a header row and dates as serials; across a leap day the weeks are days", () => {
    const rows = reviewTimetableRows(serial(2028, 2, 20));
    expect(rows[0]).toEqual(["Step", "Date"]);
    expect(rows.slice(1).map((r) => show(r[1] as number))).toEqual([
      "2028-02-06",
      "2028-02-06",
      "2028-03-05",
      "2028-03-19",
    ]);
  });

  test("meetings from 01/09/2014; the decision must be a date Excel holds", () => {
    expect(show(reviewTimetable(serial(2014, 9, 1))[0]!.date)).toBe("2014-08-18");
    expect(ruleErrorOf(() => reviewTimetable(serial(2014, 8, 31))).kind).toBe("na");
    expect(show(reviewTimetable(serial(9999, 12, 3))[3]!.date)).toBe("9999-12-31");
    const late = ruleErrorOf(() => reviewTimetable(serial(9999, 12, 4)));
    expect([late.kind, late.message]).toEqual([
      "value",
      "meeting_date is 04/12/9999: the decision's date would fall after 31/12/9999, the last date Excel holds.",
    ]);
    expect(ruleErrorOf(() => reviewTimetable(2027)).message).toBe(
      "meeting_date looks like a year (2027): type the whole date, such as 01/09/2027.",
    );
  });
});

describe("the Code of Practice's guides", () => {
  test("under five: until the day before the fifth birthday; a 29 February birthday counts from 1 March", () => {
    expect(isUnderFive(serial(2021, 12, 8), serial(2026, 12, 7))).toBe(true);
    expect(isUnderFive(serial(2021, 12, 7), serial(2026, 12, 7))).toBe(false);
    expect(isUnderFive(serial(2020, 2, 29), serial(2025, 2, 28))).toBe(true);
    expect(isUnderFive(serial(2020, 2, 29), serial(2025, 3, 1))).toBe(false);
    expect(isUnderFive(serial(2019, 2, 28), serial(2024, 2, 27))).toBe(true);
    expect(isUnderFive(serial(2019, 2, 28), serial(2024, 2, 28))).toBe(false);
    // Born on a month's last day: the birthday is that day, never moved.
    expect(isUnderFive(serial(2020, 1, 31), serial(2025, 1, 30))).toBe(true);
    expect(isUnderFive(serial(2020, 1, 31), serial(2025, 2, 1))).toBe(false);
  });

  test("each kind of review names its rule and document; the Code's 'should's are guides", () => {
    expect(sourceText(REVIEW_RULES.annual.ref)).toBe("Children and Families Act 2014, section 44(1)");
    expect(sourceText(REVIEW_RULES.transferPost16.ref)).toBe("SEND Regulations 2014, regulation 18(1)(a)");
    expect(sourceText(REVIEW_RULES.senSupport.ref)).toBe("SEND Code of Practice (2015), paragraph 6.65");
    const guides = Object.entries(REVIEW_RULES)
      .filter(([, r]) => r.guide)
      .map(([k]) => k);
    expect(guides).toEqual(["underFive", "senSupport"]);
  });
});
