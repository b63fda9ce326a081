/**
 * The Register tab's review check as a pure model (src/sheets/register/review-check.ts), on a
 * register as an MIS exports it (names, UPN, NC Year, SEN Status, the plan's date, the last
 * annual review, the date of birth), checked on 07/12/2026 with six weeks ahead and Nursery (N2),
 * Year 6 and Year 11 ticked as transfer years.
 */
import { buildReviewCheck, reviewLineText, type ReviewOptions } from "../../src/sheets/register/review-check";
import type { RegisterTable } from "../../src/sheets/register/census-check";
import { detectRegisterColumns } from "../../src/sheets/register/register-columns";
import { serial } from "../helpers/calendar";

const HEADERS = [
  "Surname",
  "Forename",
  "UPN",
  "NC Year",
  "SEN Status",
  "Primary Need",
  "EHCP Start Date",
  "Date of Last Annual Review",
  "Date of Birth",
];
const ROWS: unknown[][] = [
  ["Adams", "Ava", "A1", "6", "E", "ASD", serial(2022, 10, 10), serial(2025, 11, 20), serial(2015, 3, 1)],
  ["Brown", "Ben", "A2", "5", "E - Education, Health and Care Plan", "SEMH", "05/01/2024", "10/01/2026", ""],
  ["Clark", "Cara", "A3", "2", "K - SEN Support", "SLCN", "", serial(2026, 3, 12), ""],
  ["Davies", "Dan", "A4", "N2", "E", "SLCN", serial(2025, 10, 1), "", serial(2022, 5, 20)],
  ["Evans", "Eve", "A5", "11", "E", "MLD", "2019-04-15", serial(2026, 10, 1), ""],
  ["Fox", "Finn", "A6", "8", "E", "PD", "", "", ""],
  ["Green", "Gus", "A7", "3", "E", "HI", serial(2023, 1, 1), "n/a", ""],
  ["Hill", "Hal", "A8", "4", "E", "VI", serial(2023, 1, 1), serial(2027, 3, 12), ""],
  ["", "", "", "", "", "", "", "", ""],
  ["Iqbal", "Ina", "A10", "7", "N - No Special Educational Need", "", "", "", ""],
];
/** Under a title row, as an export writes it: the header on row 3 (A3), pupils from row 4. */
const TABLE: RegisterTable = { headers: HEADERS, rows: ROWS, origin: { row: 2, col: 0 } };
const COLUMNS = detectRegisterColumns(HEADERS);
const M = { ...COLUMNS.mapping, provision: COLUMNS.mapping.provision! };
const OPTIONS: ReviewOptions = {
  today: serial(2026, 12, 7),
  weeks: 6,
  transferYears: new Set(["N2", "Year 6", "Year 11"]),
};

describe("the review columns found by their headers as MIS exports spell them", () => {
  test("the plan's date, the last annual review, the date of birth and the NC Year", () => {
    expect(COLUMNS.mapping).toMatchObject({ year: 3, provision: 4, planDate: 6, lastReview: 7, birthDate: 8 });
    expect(COLUMNS.ambiguous).toEqual([]);
  });

  test.each([
    [
      ["EHC Plan Date", "Annual Review Date", "DOB", "Year Group"],
      { planDate: 0, lastReview: 1, birthDate: 2, year: 3 },
    ],
    [["EHCP date", "Last review date", "Birth date"], { planDate: 0, lastReview: 1, birthDate: 2 }],
    [["Next annual review date", "EHCP end date"], { planDate: undefined, lastReview: undefined }],
  ])("%j", (headers, found) => {
    expect(detectRegisterColumns(headers).mapping).toMatchObject(found);
  });

  test("two headers that name the plan's date equally well are a choice, never a guess", () => {
    const tied = detectRegisterColumns(["SEN Status", "EHC Plan Date", "EHCP Start Date"]);
    expect(tied.mapping.planDate).toBeUndefined();
    expect(tied.ambiguous).toEqual([{ field: "planDate", columns: [1, 2] }]);
  });
});

describe("Check reviews on 07/12/2026", () => {
  const check = buildReviewCheck(TABLE, M, OPTIONS);
  const named = (lines: readonly { pupil: string; daysLeft?: number }[]) => lines.map((l) => [l.pupil, l.daysLeft]);

  test("overdue: the most overdue first, with the days; counted from the last review, else the plan's date", () => {
    // Davies: plan 01/10/2025, due 30/09/2026, 68 days ago; Adams: reviewed 20/11/2025, due 19/11/2026, 18 days ago.
    expect(named(check.overdue)).toEqual([
      ["Davies, Dan", -68],
      ["Adams, Ava", -18],
    ]);
    expect(check.overdue[1]!.due).toBe(serial(2026, 11, 19));
  });

  test("due within six weeks: Brown, reviewed 10/01/2026 (text day first), due 09/01/2027, 33 days left", () => {
    expect(named(check.dueSoon)).toEqual([["Brown, Ben", 33]]);
    const week5 = buildReviewCheck(TABLE, M, { ...OPTIONS, weeks: 4 });
    expect(week5.dueSoon).toEqual([]);
    const edge = buildReviewCheck(TABLE, M, { ...OPTIONS, today: serial(2026, 11, 28) });
    // 42 days before 09/01/2027 is 28/11/2026: the last day of the six weeks counts.
    expect(named(edge.dueSoon)).toEqual([["Brown, Ben", 42]]);
    expect(buildReviewCheck(TABLE, M, { ...OPTIONS, today: serial(2026, 11, 27) }).dueSoon).toEqual([]);
  });

  test("transfers in the ticked years: before 15/02/2027 (Nursery and Year 6), 31/03/2027 from Year 11", () => {
    expect(check.transfers.map((l) => [l.pupil, l.kind, l.due, l.daysLeft])).toEqual([
      ["Adams, Ava", "transferOther", serial(2027, 2, 15), 69],
      ["Davies, Dan", "transferOther", serial(2027, 2, 15), 69],
      ["Evans, Eve", "transferPost16", serial(2027, 3, 31), undefined],
    ]);
    const evans = reviewLineText(check.transfers[2]!);
    expect(evans.text).toContain(
      "reviewed within the 12 months before the move (the last annual review on 01/10/2026 (H8))",
    );
    const none = buildReviewCheck(TABLE, M, { ...OPTIONS, transferYears: new Set() });
    expect(none.transfers).toEqual([]);
  });

  test("on 15/02/2027 a transfer review not done is 1 day overdue (the regulation's 'before')", () => {
    const late = buildReviewCheck(TABLE, M, { ...OPTIONS, today: serial(2027, 2, 15) });
    expect(named(late.transfers).slice(0, 2)).toEqual([
      ["Adams, Ava", -1],
      ["Davies, Dan", -1],
    ]);
    const lastDay = buildReviewCheck(TABLE, M, { ...OPTIONS, today: serial(2027, 2, 14) });
    expect(lastDay.transfers[0]!.daysLeft).toBe(0);
  });

  test("the Code's guides: under five (born 20/05/2022) and SEN support with a review date, as guides", () => {
    expect(check.guides.map((l) => [l.pupil, l.kind])).toEqual([
      ["Clark, Cara", "senSupport"],
      ["Davies, Dan", "underFive"],
    ]);
    expect(reviewLineText(check.guides[0]!)).toEqual({
      pupil: "Clark, Cara (Year 2)",
      text: ": SEN support, last review recorded on 12/03/2026 (H6). Guide, not a legal date: a guide for SEN support: meet parents at least three times a year (SEND Code of Practice (2015), paragraph 6.65).",
    });
  });

  test("problems by cell: no date, not a date, a review after today", () => {
    expect(check.problems).toEqual([
      "E9: an EHC plan with no date to count its reviews from.",
      'H10 must be a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026; it was the text "n/a".',
      "H11 holds 12/03/2027, after today: a review that has not happened is not the last review: correct it, or blank it to count from the plan's date.",
    ]);
    expect(check.ehcPlans).toBe(7);
  });

  test("a line names the pupil, the date due, how many days, what it counts from, the rule and its source", () => {
    expect(reviewLineText(check.overdue[1]!)).toEqual({
      pupil: "Adams, Ava (Year 6)",
      text: ": by 19/11/2026, 18 days overdue, from the last annual review on 20/11/2025 (H4). Rule: review within 12 months of the date the plan was made, then of its last review (Children and Families Act 2014, section 44(1)).",
    });
    expect(reviewLineText(check.transfers[0]!).text).toBe(
      ": before 15/02/2027, 69 days left, moving on at the end of this school year (Year 6 ticked). Rule: a transfer between phases: review and amend the plan before 15 February of the transfer's calendar year (SEND Regulations 2014, regulation 18(1)(b)).",
    );
  });

  test("without names the UPN names the pupil; without a UPN the SEN status cell", () => {
    const noNames = { ...M, surname: undefined, forename: undefined };
    expect(buildReviewCheck(TABLE, noNames, OPTIONS).overdue.map((l) => l.pupil)).toEqual(["A4", "A1"]);
    const noUpn = { ...noNames, upn: undefined };
    expect(buildReviewCheck(TABLE, noUpn, OPTIONS).overdue.map((l) => l.pupil)).toEqual(["E7", "E4"]);
  });

  test("a plan date 31/08/2014, before EHC plans began: named by its cell; blank and 0 are no date alike", () => {
    const early: RegisterTable = {
      headers: HEADERS,
      rows: [
        ["Old", "Ola", "B1", "9", "E", "ASD", serial(2014, 8, 31), "", ""],
        ["Zero", "Zak", "B2", "9", "E", "ASD", 0, 0, 0],
      ],
      origin: { row: 0, col: 0 },
    };
    expect(buildReviewCheck(early, M, OPTIONS).problems).toEqual([
      "G2 is 31/08/2014: these rules run from 01/09/2014, when EHC plans began under the Children and Families Act 2014.",
      "E3: an EHC plan with no date to count its reviews from.",
    ]);
  });
});
