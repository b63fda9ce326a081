/**
 * What the Register tab does with a register table's EHC plan reviews: say what the check reads
 * (the columns found by header and chosen), check the reviews against today's date, and in Excel
 * insert the live review formulas beside the register with the highlight of overdue rows, and
 * remove that highlight. Each action takes the tab explicitly; the rules are
 * src/sheets/register/review-check.ts and review-formulas.ts, the Excel side
 * src/workbook/register-excel.ts.
 */
import { DUE_WITHIN_WEEKS_LIMITS } from "../../rules/ehc-plan-reviews";
import { isRuleError } from "../../rules/errors";
import { serialFromLocalDate } from "../../rules/excel-dates";
import { parseYearGroup, yearGroupsInOrder } from "../../rules/year-groups";
import { columnLetters, rangeAddress } from "../../sheets/a1-address";
import { REGISTER_FIELD_NAMES, withChoices, type RegisterField } from "../../sheets/register/register-columns";
import { buildReviewCheck, type ReviewMapping } from "../../sheets/register/review-check";
import {
  REVIEW_COLUMN_SEARCH,
  REVIEW_FORMULA_HEADER,
  columnsBesideRegister,
  freeColumn,
  reviewFormulaPlan,
} from "../../sheets/register/review-formulas";
import { numberArg } from "../../values/coerce";
import { insertReviewFormulas, readFormulaSpills, removeOverdueHighlights } from "../../workbook/register-excel";
import { showOutcome } from "../shared/dom";
import { orShowError } from "../shared/steps";
import { counted } from "../shared/words";
import type { CensusRead, RegisterTab } from "./register-state";
import { showReviewSetup, showReviews, tickedYears, type ReviewSetup } from "./reviews-part";

/** The fields the check reads, in the order its sentence names them, with what each is to the check. */
const READ_FIELDS: readonly (readonly [RegisterField, string])[] = [
  ["provision", "the SEN status"],
  ["planDate", "the date the plan was made"],
  ["lastReview", "the last annual review"],
  ["year", "the year group"],
  ["birthDate", "the date of birth"],
];

const WEEKS = numberArg("due_within_weeks", DUE_WITHIN_WEEKS_LIMITS);

/** The review check's columns as chosen, or why it cannot run yet. */
function reviewColumns(read: CensusRead): { mapping: ReviewMapping } | { missing: string } {
  const columns = withChoices(read.detected, read.table.headers, read.choices);
  const tie = READ_FIELDS.map(([f]) => f).find((f) => columns.unresolved.includes(f));
  if (tie)
    return { missing: `Choose the column for "${REGISTER_FIELD_NAMES[tie]}" under Register columns to check reviews.` };
  const m = columns.mapping;
  if (m.provision === undefined) return { missing: "No column holds the SEN status: choose it to check reviews." };
  if (m.planDate === undefined && m.lastReview === undefined)
    return {
      missing:
        'No column holds the EHC plan\'s date or its last annual review (headers such as "EHCP start date", "Date of last annual review"): choose one under Register columns to check reviews.',
    };
  return { mapping: { ...m, provision: m.provision } };
}

/** What the check reads, in words: 'Reads "SEN Status" (the SEN status), "EHCP Start Date" (...)'. */
function readsText(read: CensusRead, m: ReviewMapping): string {
  const used = READ_FIELDS.filter(([f]) => m[f] !== undefined).map(
    ([f, what]) => `"${String(read.table.headers[m[f]!] ?? "").trim()}" for ${what}`,
  );
  const list = used.length > 1 ? `${used.slice(0, -1).join(", ")} and ${used[used.length - 1]}` : used[0];
  return `Reads ${list}. A plan is counted from its last annual review when the register records one, else from the date it was made.`;
}

/** The part's setup for a register table: hidden when it has no column of plan or review dates at all. */
function reviewSetup(read: CensusRead): ReviewSetup | undefined {
  const { mapping } = withChoices(read.detected, read.table.headers, read.choices);
  const columns = reviewColumns(read);
  const named = mapping.planDate !== undefined || mapping.lastReview !== undefined;
  const tied = read.detected.ambiguous.some((a) => a.field === "planDate" || a.field === "lastReview");
  if (!named && !tied) return undefined;
  if ("missing" in columns) return { reads: columns.missing, ready: false, years: [] };
  const m = columns.mapping;
  const years = m.year === undefined ? [] : read.table.rows.map((row) => parseYearGroup(row[m.year!]));
  return {
    reads: readsText(read, m),
    ready: true,
    years: yearGroupsInOrder(years.filter((y): y is string => y !== undefined)),
  };
}

/** A register table was read or its columns chosen again: show what the review check will read. */
export function setUpReviews(tab: RegisterTab): void {
  showReviewSetup(tab.reviews, tab.table ? reviewSetup(tab.table) : undefined);
}

/** "Check reviews": the lists for today, the weeks typed and the year groups ticked. */
export function checkReviews(tab: RegisterTab): void {
  const read = tab.table;
  const columns = read && reviewColumns(read);
  if (!read || !columns || "missing" in columns) return;
  const { weeks: field } = tab.reviews;
  field.showProblem(undefined);
  let weeks: number;
  try {
    weeks = WEEKS.coerce(field.raw());
  } catch (error) {
    if (!isRuleError(error)) throw error;
    field.showProblem(error.render(() => field.spec.label));
    field.input.focus();
    return;
  }
  const today = serialFromLocalDate(new Date());
  const check = buildReviewCheck(read.table, columns.mapping, {
    today,
    weeks,
    transferYears: tickedYears(tab.reviews),
  });
  showReviews(tab.reviews, check, weeks);
  tab.env.announce(`Reviews checked: ${tab.reviews.summary.textContent ?? ""}`);
}

/** The register's pupil rows and the columns beside it the formulas may take: where our highlight can be. */
function highlightArea(read: CensusRead): string {
  const { origin, headers, rows } = read.table;
  return rangeAddress(origin.row + 1, origin.col, Math.max(rows.length, 1), headers.length + 1 + REVIEW_COLUMN_SEARCH);
}

/** Excel: "Insert review formulas" in the first free column beside the register, and the overdue highlight. */
export async function insertReviewFormulasAction(tab: RegisterTab): Promise<void> {
  const read = tab.table;
  const columns = read && reviewColumns(read);
  if (!read?.where || !columns || "missing" in columns) return;
  const { where, table } = read;
  const { env, reviews } = tab;
  reviews.insertOutcome.hidden = true;
  await orShowError(env, "Could not insert the review formulas: ", async () => {
    const places = columnsBesideRegister(table);
    const found = await readFormulaSpills(
      where.sheetName,
      places.map((p) => p.address),
    );
    const index = freeColumn(table, found);
    if (index === undefined) {
      const span = `${columnLetters(places[0]!.col)} to ${columnLetters(places[places.length - 1]!.col)}`;
      return showOutcome(
        env,
        reviews.insertOutcome,
        `Nothing inserted: every column from ${span} beside the register holds something. Clear one, and insert again.`,
      );
    }
    const plan = reviewFormulaPlan(table, columns.mapping, where, places[index]!.col);
    if (plan.count === 0)
      return showOutcome(env, reviews.insertOutcome, "Nothing inserted: no pupil on the register has an EHC plan.");
    await insertReviewFormulas(where.sheetName, plan);
    const header = `${where.sheetName}!${plan.column}${table.origin.row + 1}`;
    showOutcome(
      env,
      reviews.insertOutcome,
      `Inserted SEND.EHCPREVIEWDUE for the ${counted(plan.count, "pupil")} with an EHC plan in column ${plan.column}, under "${REVIEW_FORMULA_HEADER}" in ${header}, and highlighted the register's rows whose review date has passed (${where.sheetName}!${plan.highlight.address}): the highlight follows today's date, and Remove highlight takes it away. A pupil given a plan later needs the formula copied to their row.`,
    );
  });
}

/** Excel: remove the overdue highlight this tab added beside the register. */
export async function removeReviewHighlight(tab: RegisterTab): Promise<void> {
  const read = tab.table;
  if (!read?.where) return;
  const { sheetName } = read.where;
  await orShowError(tab.env, "Could not remove the highlight: ", async () => {
    const removed = await removeOverdueHighlights(sheetName, highlightArea(read));
    showOutcome(
      tab.env,
      tab.reviews.insertOutcome,
      removed > 0
        ? "Removed the highlight of overdue reviews."
        : "There was no highlight of overdue reviews to remove.",
    );
  });
}
