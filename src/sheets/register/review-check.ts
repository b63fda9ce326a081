/**
 * The register's EHC plan reviews as the law times them, as a pure model for the Register tab's
 * "Check reviews": for pupils with an EHC plan, the annual reviews overdue (with how many days)
 * and due within the weeks chosen, and the phase-transfer reviews of the year groups the user
 * ticked; for pupils under five and on SEN support, the Code of Practice's guides, as guides.
 * Each line names the pupil (name, else UPN, else cell), the date due, the rule and its source.
 * Dates in the register's cells go through the shared coercer with the rules' limits; a cell that
 * is not one is listed by its address. The rules are src/rules/ehc-plan-reviews.ts.
 */
import {
  BIRTH_DATE_LIMITS,
  EHC_PLAN_DATE_LIMITS,
  annualReviewDue,
  isUnderFive,
  phaseTransferReviewDue,
} from "../../rules/ehc-plan-reviews";
import { REVIEW_RULES, type ReviewKind } from "../../rules/ehc-plan-review-rules";
import { isRuleError } from "../../rules/errors";
import { addMonthsSerial, formatSerialDdMmYyyy, serialFromYmd } from "../../rules/excel-dates";
import { parseSenCode } from "../../rules/sen-provision-codes";
import { sourceText } from "../../rules/sources";
import { leavesForPost16, parseYearGroup, transferYear, type YearGroup } from "../../rules/year-groups";
import { isBlank } from "../../values/coerce";
import { dateArg } from "../../values/dates";
import { cellAddress } from "../a1-address";
import { counted } from "../number-format";
import { pupilName, type RegisterTable } from "./census-check";
import type { RegisterField } from "./register-columns";

/** The columns the review check reads: the provision and at least one of the plan's dates. */
export type ReviewMapping = { readonly [F in RegisterField]?: number } & { readonly provision: number };

export interface ReviewOptions {
  /** Today's date (serial): what is overdue and what falls due are counted from it. */
  readonly today: number;
  /** "Due soon": the last day falls within this many weeks from today. */
  readonly weeks: number;
  /** The year groups that move to a new school at the end of this school year, as the user ticked them. */
  readonly transferYears: ReadonlySet<YearGroup>;
}

export interface ReviewLine {
  readonly pupil: string;
  /** The year group as the pane names it ("Year 6"), when the register has one. */
  readonly year?: string;
  readonly kind: ReviewKind;
  /** The date the rule names: the last day (annual), or the date before which (a transfer). */
  readonly due?: number;
  /** Days from today to the last day the rule allows: negative when overdue. */
  readonly daysLeft?: number;
  /** What the date is worked out from, or what the guide rests on: "the last annual review on 15/09/2025 (G3)". */
  readonly basis: string;
}

export interface ReviewCheck {
  readonly overdue: readonly ReviewLine[];
  readonly dueSoon: readonly ReviewLine[];
  readonly transfers: readonly ReviewLine[];
  /** The Code of Practice's guides: children under five with a plan, pupils on SEN support with a review date. */
  readonly guides: readonly ReviewLine[];
  /** Cells that are not dates, and pupils with a plan but no date, by their cells. */
  readonly problems: readonly string[];
  /** Pupils with an EHC plan (E, or a Statement S not yet recoded): at least one review each a year. */
  readonly ehcPlans: number;
}

const PLAN_DATE = dateArg("planDate", EHC_PLAN_DATE_LIMITS, { optional: true });
const LAST_REVIEW = dateArg("lastReview", EHC_PLAN_DATE_LIMITS, { optional: true });
const BIRTH_DATE = dateArg("birthDate", BIRTH_DATE_LIMITS, { optional: true });

/** A row's view: its cells, where it is, and the problems found in it. */
interface Row {
  readonly cells: readonly unknown[];
  readonly address: (field: RegisterField) => string;
  readonly problems: string[];
}

/** The date in a row's `field` cell (undefined when blank or 0), or a problem naming the cell. */
function dateIn(row: Row, m: ReviewMapping, field: "planDate" | "lastReview" | "birthDate"): number | undefined {
  const col = m[field];
  if (col === undefined) return undefined;
  const coercer = field === "planDate" ? PLAN_DATE : field === "lastReview" ? LAST_REVIEW : BIRTH_DATE;
  try {
    return coercer.coerce(row.cells[col]);
  } catch (error) {
    if (!isRuleError(error)) throw error;
    row.problems.push(error.render(() => row.address(field)));
    return undefined;
  }
}

/** The date a plan's next review counts from: its last review, or the date it was made. */
interface CountsFrom {
  readonly date: number;
  readonly reviewed: boolean;
  /** The cell the date is in. */
  readonly cell: string;
}

function basisText(from: CountsFrom): string {
  const what = from.reviewed ? "the last annual review on" : "the plan made on";
  return `${what} ${formatSerialDdMmYyyy(from.date)} (${from.cell})`;
}

/** The date a plan's next review counts from: its last review, else the date it was made; undefined with a problem when neither will do. */
function countsFrom(row: Row, m: ReviewMapping, today: number): CountsFrom | undefined {
  const review = dateIn(row, m, "lastReview");
  // A review cell that is not a date may hide a review: no date is worked out from the plan's instead.
  if (row.problems.length > 0) return undefined;
  const made = review === undefined ? dateIn(row, m, "planDate") : undefined;
  const reviewed = review !== undefined;
  const date = reviewed ? review : made;
  const cell = row.address(reviewed ? "lastReview" : "planDate");
  if (date !== undefined && date > today) {
    const why = reviewed
      ? "a review that has not happened is not the last review: correct it, or blank it to count from the plan's date"
      : "a plan is dated when it is made";
    row.problems.push(`${cell} holds ${formatSerialDdMmYyyy(date)}, after today: ${why}.`);
    return undefined;
  }
  if (date !== undefined) return { date, reviewed, cell };
  const noProblemYet = row.problems.length === 0;
  if (noProblemYet)
    row.problems.push(`${row.address("provision")}: an EHC plan with no date to count its reviews from.`);
  return undefined;
}

/** The annual review line of a plan, with the days left to its last day. */
function annualLine(base: LineBase, from: CountsFrom, today: number): ReviewLine {
  const due = annualReviewDue(from.date);
  return { ...base, kind: "annual", due, daysLeft: due - today, basis: basisText(from) };
}

type LineBase = Pick<ReviewLine, "pupil" | "year">;

/** The phase-transfer line of a pupil in a ticked year: before 15 February (31 March to post-16) of the transfer's year. */
function transferLine(base: LineBase, year: YearGroup, from: CountsFrom | undefined, today: number): ReviewLine {
  const transfer = serialFromYmd(transferYear(today), 9, 1);
  const post16 = leavesForPost16(year);
  const due = phaseTransferReviewDue(transfer, post16);
  const kind: ReviewKind = post16 ? "transferPost16" : "transferOther";
  const reviewed =
    from !== undefined && from.reviewed && from.date >= addMonthsSerial(transfer, -12) && from.date < due;
  if (!reviewed)
    return {
      ...base,
      kind,
      due,
      daysLeft: due - 1 - today,
      basis: `moving on at the end of this school year (${year} ticked)`,
    };
  return {
    ...base,
    kind,
    due,
    basis: `moving on at the end of this school year; reviewed within the 12 months before the move (${basisText(from)}); the plan must name the next school, where necessary, by then`,
  };
}

/** Check the reviews of a register table with its columns chosen. */
export function buildReviewCheck(table: RegisterTable, m: ReviewMapping, options: ReviewOptions): ReviewCheck {
  const { today } = options;
  const lines: ReviewLine[] = [];
  const problems: string[] = [];
  let ehcPlans = 0;
  table.rows.forEach((cells, r) => {
    if (cells.every((v) => isBlank(v) || v === 0)) return;
    const sheetRow = table.origin.row + 1 + r;
    const address = (f: RegisterField) => cellAddress(sheetRow, table.origin.col + (m[f] ?? m.provision));
    const row: Row = { cells, address, problems: [] };
    const code = parseSenCode(cells[m.provision]);
    const year = m.year === undefined ? undefined : parseYearGroup(cells[m.year]);
    const pupil = pupilName(cells, m, address("provision"));
    const base: LineBase = year === undefined ? { pupil } : { pupil, year };
    if (code === "E" || code === "S") {
      ehcPlans += 1;
      const from = countsFrom(row, m, today);
      if (from) lines.push(annualLine(base, from, today));
      if (year !== undefined && options.transferYears.has(year)) lines.push(transferLine(base, year, from, today));
      const born = dateIn(row, m, "birthDate");
      if (born !== undefined && isUnderFive(born, today))
        lines.push({ ...base, kind: "underFive", basis: `under five (born ${formatSerialDdMmYyyy(born)})` });
    } else if ((code === "K" || code === "A" || code === "P") && m.lastReview !== undefined) {
      const review = dateIn(row, m, "lastReview");
      const recorded =
        review === undefined
          ? `no review date in ${address("lastReview")}`
          : `last review recorded on ${formatSerialDdMmYyyy(review)} (${address("lastReview")})`;
      if (row.problems.length === 0) lines.push({ ...base, kind: "senSupport", basis: `SEN support, ${recorded}` });
    }
    problems.push(...row.problems);
  });
  return splitLines(lines, problems, ehcPlans, options);
}

/** The lines in their lists, each list in order of the date due (the most overdue first). */
function splitLines(lines: ReviewLine[], problems: string[], ehcPlans: number, options: ReviewOptions): ReviewCheck {
  // A review already done (no days left to count) goes last.
  const left = (l: ReviewLine) => (l.daysLeft === undefined ? Number.MAX_SAFE_INTEGER : l.daysLeft);
  const byDays = (a: ReviewLine, b: ReviewLine) => left(a) - left(b);
  const annual = lines.filter((l) => l.kind === "annual").sort(byDays);
  return {
    overdue: annual.filter((l) => l.daysLeft! < 0),
    dueSoon: annual.filter((l) => l.daysLeft! >= 0 && l.daysLeft! <= options.weeks * 7),
    transfers: lines.filter((l) => l.kind === "transferOther" || l.kind === "transferPost16").sort(byDays),
    guides: lines.filter((l) => REVIEW_RULES[l.kind].guide),
    problems,
    ehcPlans,
  };
}

/** Where the line stands: "84 days overdue", "last day today", "30 days left", or nothing for a guide or a review done. */
export function reviewStatus(line: ReviewLine): string | undefined {
  if (line.daysLeft === undefined) return undefined;
  if (line.daysLeft < 0) return `${counted(-line.daysLeft, "day")} overdue`;
  if (line.daysLeft === 0) return "last day today";
  return `${counted(line.daysLeft, "day")} left`;
}

/**
 * A line as the pane lists it: "Brown, Ben (Year 5): by 14/09/2026, 84 days overdue, from the
 * last annual review on 15/09/2025 (G3). Rule: review within 12 months ... (Children and Families
 * Act 2014, section 44(1))."
 */
export function reviewLineText(line: ReviewLine): { pupil: string; text: string } {
  const rule = REVIEW_RULES[line.kind];
  const who = line.year === undefined ? line.pupil : `${line.pupil} (${line.year})`;
  const status = reviewStatus(line);
  const before = line.kind === "transferOther" || line.kind === "transferPost16";
  const due = line.due === undefined ? "" : `${before ? "before" : "by"} ${formatSerialDdMmYyyy(line.due)}`;
  const when = [due, status].filter((t) => t !== undefined && t !== "").join(", ");
  const label = rule.guide ? "Guide, not a legal date" : "Rule";
  const head = when === "" ? line.basis : `${when}, ${line.kind === "annual" ? "from " : ""}${line.basis}`;
  return { pupil: who, text: `: ${head}. ${label}: ${rule.rule} (${sourceText(rule.ref)}).` };
}
