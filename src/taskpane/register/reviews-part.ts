/**
 * The Register tab's EHC plan reviews: what the check reads, "Reviews due within (weeks)", a tick
 * for each year group the register holds (the user says which move to a new school; none is
 * ticked for them), "Check reviews" and its lists: overdue, due soon, phase transfers, the Code's
 * guides and the cells to correct; in Excel "Insert review formulas" and "Remove highlight" with
 * their outcome. The part builds and fills in; the work is in reviews-actions.ts.
 */
import type { YearGroup } from "../../rules/year-groups";
import { reviewLineText, type ReviewCheck, type ReviewLine } from "../../sheets/register/review-check";
import { button, buttonRow, el, headedSection, outcomeLine, withId } from "../shared/dom";
import { createField, type FieldSpec, type FieldView } from "../shared/fields";
import { counted } from "../shared/words";

export interface ReviewsPart {
  /** Hidden until a register table has its SEN status and a plan or review date column. */
  readonly section: HTMLElement;
  readonly reads: HTMLElement;
  /** The fields, ticks and buttons: hidden while the register lacks a column the check needs. */
  readonly controls: HTMLElement;
  readonly weeks: FieldView;
  readonly years: HTMLFieldSetElement;
  readonly check: HTMLButtonElement;
  readonly results: HTMLElement;
  readonly summary: HTMLElement;
  readonly lists: Readonly<Record<ReviewList, HTMLUListElement>>;
  readonly insertOutcome: HTMLElement;
}

export type ReviewList = "overdue" | "dueSoon" | "transfers" | "guides" | "problems";

export const DEFAULT_DUE_WITHIN_WEEKS = "6";

const WEEKS: FieldSpec = {
  id: "review-weeks",
  label: "Reviews due within (weeks)",
  kind: "text",
  optional: false,
  inputMode: "numeric",
  hint: "From 1 to 52, such as 6: six weeks leaves time for two weeks' notice of the meeting and for the local authority's decision, due within four weeks of it, before the 12 months end.",
};

/** Each list's heading and its accessible name. */
const LISTS: readonly [ReviewList, string][] = [
  ["overdue", "Annual reviews overdue"],
  ["dueSoon", "Annual reviews due soon"],
  ["transfers", "Phase transfer reviews"],
  ["guides", "Guides from the Code of Practice (not legal dates)"],
  ["problems", "Review dates to correct"],
];

export function createReviewsPart(
  doc: Document,
  inExcel: boolean,
  on: { check(): void; insert(): void; removeHighlight(): void },
): ReviewsPart {
  const { section, body } = headedSection(doc, "register-reviews", "EHC plan reviews", "reviews");
  const reads = withId(el(doc, "p", undefined, "status"), "register-reviews-reads");
  const fields = el(doc, "div");
  const weeks = createField(fields, WEEKS, "register", () => undefined);
  weeks.set(DEFAULT_DUE_WITHIN_WEEKS);
  const years = el(doc, "fieldset", undefined, "year-ticks");
  const check = button(doc, "Check reviews", "primary");
  check.addEventListener("click", () => on.check());
  const results = el(doc, "div");
  results.hidden = true;
  const summary = withId(el(doc, "p"), "register-reviews-summary");
  results.append(summary);
  const lists = {} as Record<ReviewList, HTMLUListElement>;
  for (const [key, name] of LISTS) {
    const list = el(doc, "ul", undefined, "problems");
    list.setAttribute("aria-label", name);
    lists[key] = list;
    results.append(el(doc, "h4", name), list);
  }
  const insert = button(doc, "Insert review formulas");
  insert.addEventListener("click", () => on.insert());
  const remove = button(doc, "Remove highlight");
  remove.addEventListener("click", () => on.removeHighlight());
  const excel = el(doc, "div");
  const insertOutcome = outcomeLine(doc, "register-reviews-outcome");
  excel.append(buttonRow(doc, insert, remove), insertOutcome);
  excel.hidden = !inExcel;
  const controls = el(doc, "div");
  controls.append(fields, years, buttonRow(doc, check), results, excel);
  body.append(reads, controls);
  return { section, reads, controls, weeks, years, check, results, summary, lists, insertOutcome };
}

/** What the part shows before a check: what it reads (or what it still needs), and the year groups to tick. */
export interface ReviewSetup {
  readonly reads: string;
  /** False while a column the check needs is missing or still to choose: only `reads` shows. */
  readonly ready: boolean;
  readonly years: readonly YearGroup[];
}

/**
 * Show what the check reads, or undefined to hide the part; the year groups to tick (those the
 * register holds; the ones ticked before stay ticked).
 */
export function showReviewSetup(part: ReviewsPart, setup: ReviewSetup | undefined): void {
  part.section.hidden = setup === undefined;
  part.results.hidden = true;
  part.insertOutcome.hidden = true;
  if (!setup) return;
  part.controls.hidden = !setup.ready;
  const doc = part.section.ownerDocument;
  const before = tickedYears(part);
  part.reads.textContent = setup.reads;
  const legend = el(doc, "legend", "Year groups that move to a new school at the end of this school year");
  const hint = el(
    doc,
    "p",
    setup.years.length === 0
      ? "No year group column: choose one under Register columns to list phase transfers."
      : "Tick the ones that do at this school (an infant school's Year 2, a primary's Year 6, Year 11 to post-16). None is ticked for you.",
    "hint",
  );
  const ticks = setup.years.map((year) => {
    const id = `register-transfer-${year.toLowerCase().replace(/\s+/g, "-")}`;
    const input = withId(el(doc, "input"), id);
    input.type = "checkbox";
    input.value = year;
    input.checked = before.has(year);
    const label = el(doc, "label", year);
    label.htmlFor = id;
    const field = el(doc, "div", undefined, "field field-checkbox");
    field.append(input, label);
    return field;
  });
  part.years.replaceChildren(legend, hint, ...ticks);
}

/** The year groups ticked now. */
export function tickedYears(part: ReviewsPart): Set<YearGroup> {
  const inputs = [...part.years.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
  return new Set(inputs.filter((i) => i.checked).map((i) => i.value));
}

function lineItem(doc: Document, line: ReviewLine): HTMLLIElement {
  const { pupil, text } = reviewLineText(line);
  const item = el(doc, "li");
  item.append(el(doc, "strong", pupil), text);
  return item;
}

/** The summary line: the plans, and how many in each list. */
function summaryText(check: ReviewCheck, weeks: number): string {
  const parts = [
    `${counted(check.overdue.length, "annual review")} overdue`,
    `${counted(check.dueSoon.length, "annual review")} due within ${counted(weeks, "week")}`,
    `${counted(check.transfers.length, "phase transfer review")} in the year groups ticked`,
  ];
  const problems = check.problems.length > 0 ? ` ${counted(check.problems.length, "date")} to correct.` : "";
  return `${counted(check.ehcPlans, "pupil")} with an EHC plan: ${parts.join("; ")}.${problems}`;
}

/** Show a review check: the summary and each list ("None." where a list is empty). */
export function showReviews(part: ReviewsPart, check: ReviewCheck, weeks: number): void {
  const doc = part.section.ownerDocument;
  part.results.hidden = false;
  part.summary.textContent = summaryText(check, weeks);
  part.summary.className = check.overdue.length > 0 ? "preview-warning" : "ok";
  const items: Record<ReviewList, HTMLLIElement[]> = {
    overdue: check.overdue.map((l) => lineItem(doc, l)),
    dueSoon: check.dueSoon.map((l) => lineItem(doc, l)),
    transfers: check.transfers.map((l) => lineItem(doc, l)),
    guides: check.guides.map((l) => lineItem(doc, l)),
    problems: check.problems.map((p) => el(doc, "li", p)),
  };
  for (const [key] of LISTS) {
    const found = items[key];
    part.lists[key].replaceChildren(...(found.length > 0 ? found : [el(doc, "li", "None.", "none")]));
  }
}
