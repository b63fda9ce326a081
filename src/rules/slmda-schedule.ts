/**
 * A planning schedule for the SLMDA for SENCOs: start meeting, block workshops (one block a term),
 * termly coach visits, the annual review and the planned end with the end-point assessment.
 *
 * Sources: [serco-slmda-lm] (the provider's guidance for line managers), sections
 * "Programme Overview" (1 block a term, each beginning with a 1-day workshop; termly coach visits;
 * an annual review at the end of year one; the End Point Assessment after the studies) and "Time
 * Commitment" (the first meeting of apprentice, coach and line manager).
 *
 * Term dates for planning ([planning-assumption]: not in the guidance; the provider and the school set the real ones). English
 * schools' three terms start in early September, early January and after Easter; a planning
 * schedule needs fixed dates, so we use:
 *   autumn term 1 September, spring term 1 January, summer term 15 April.
 * Rule: block 1's workshop is on the start date (the programme begins with block 1); each later
 * block's workshop is at the first planning term start at least one month after the previous
 * block's workshop (so a start just before a term, e.g. 20 August, does not squeeze block 1 into
 * a few days). Coach visits are one a term, dated one month after each term start (1 October,
 * 1 February, 15 May), for every such date after the start and before the planned end. With these
 * dates every block's workshop falls before the planned end on both routes, whatever the start.
 * Workshops, coach visits and the annual review that fall on a Saturday, Sunday or England and
 * Wales bank holiday move to the next working day (src/rules/working-days.ts; weekends only in
 * years the bank-holiday table does not cover). The start (the user's date) and the planned end
 * (the funding end date, start plus the route's months) are never moved.
 * Pure TypeScript: no Office, no DOM.
 */
import { field, say, inputError } from "./errors";
import { START_DATE_LIMITS } from "./apprenticeship-start";
import { checkDateSerial } from "./inputs";
import { addMonthsSerial, MAX_EXCEL_DATE_SERIAL, serialFromYmd, ymdFromSerial } from "./excel-dates";
import { SLMDA_ROUTE_RULES, type SlmdaRoute } from "./slmda-programme";
import { nextWorkingDay } from "./working-days";

export interface Milestone {
  serial: number;
  milestone: string;
  kind: "start" | "workshop" | "coach-visit" | "annual-review" | "end";
}

export interface PlanningTerm {
  name: "autumn" | "spring" | "summer";
  month: number;
  day: number;
}

/** Planning term start dates, in calendar order within a year: [planning-assumption] (see the module comment; docs/slmda.md). */
export const PLANNING_TERM_STARTS: readonly PlanningTerm[] = Object.freeze([
  { name: "spring", month: 1, day: 1 },
  { name: "summer", month: 4, day: 15 },
  { name: "autumn", month: 9, day: 1 },
]);

/** [serco-slmda-lm] "Programme Overview": "At the end of year one there will also be an annual review". */
export const ANNUAL_REVIEW_MONTHS = 12;
/** Coach visits are planned this many months after each term start ([planning-assumption]). */
export const COACH_VISIT_MONTHS_INTO_TERM = 1;
/** A block lasts at least this many months before the next block's workshop ([planning-assumption]). */
export const MIN_MONTHS_BETWEEN_BLOCKS = 1;

interface TermStart {
  serial: number;
  term: PlanningTerm;
}

/** Planning term starts in date order, from the first on or after `fromSerial`, while on or before `toSerial`. */
export function termStartsBetween(fromSerial: number, toSerial: number): TermStart[] {
  const result: TermStart[] = [];
  for (let year = ymdFromSerial(fromSerial).year; ; year += 1) {
    for (const term of PLANNING_TERM_STARTS) {
      const serial = serialFromYmd(year, term.month, term.day);
      if (serial > toSerial) return result;
      if (serial >= fromSerial) result.push({ serial, term });
    }
  }
}

/** Order of same-day milestones: the start first, the review (end of year one) before a new block, the end last. */
const KIND_ORDER: Record<Milestone["kind"], number> = {
  start: 0,
  "annual-review": 1,
  workshop: 2,
  "coach-visit": 3,
  end: 4,
};

/** The schedule for a start on `startSerial` on `route`, in date order. */
export function slmdaSchedule(startSerial: number, route: SlmdaRoute): Milestone[] {
  const start = checkDateSerial("start_date", startSerial, START_DATE_LIMITS);
  const facts = SLMDA_ROUTE_RULES[route];
  const endSerial = addMonthsSerial(start, facts.months);
  if (endSerial > MAX_EXCEL_DATE_SERIAL) {
    throw inputError(
      say`${field("start_date")} is too late: the programme's planned end (${facts.months} months later) would be after 31/12/9999.`,
    );
  }

  const milestones: Milestone[] = [
    // [serco-slmda-lm] "Time Commitment": the line manager joins "the first meeting between the apprentice and coach".
    {
      serial: start,
      kind: "start",
      milestone: "Start: first meeting of apprentice, coach and line manager (individual learning plan)",
    },
  ];

  // [serco-slmda-lm] "Programme Overview": 1 block a term, each beginning with a 1-day face-to-face workshop.
  let workshop = start;
  facts.blocks.forEach((block, index) => {
    if (index > 0) {
      const earliest = addMonthsSerial(workshop, MIN_MONTHS_BETWEEN_BLOCKS);
      // Three terms start every year, so one starts within 366 days.
      workshop = termStartsBetween(earliest, earliest + 366)[0]!.serial;
    }
    milestones.push({
      serial: nextWorkingDay(workshop),
      kind: "workshop",
      milestone: `Block ${block.number} workshop: ${block.title}`,
    });
  });

  // [serco-slmda-lm] "Programme Overview": "termly visits from their coach".
  const firstVisitTerm = addMonthsSerial(start, -COACH_VISIT_MONTHS_INTO_TERM);
  for (const termStart of termStartsBetween(firstVisitTerm, endSerial)) {
    const visit = nextWorkingDay(addMonthsSerial(termStart.serial, COACH_VISIT_MONTHS_INTO_TERM));
    if (visit > start && visit < endSerial) {
      milestones.push({ serial: visit, kind: "coach-visit", milestone: `Coach visit (${termStart.term.name} term)` });
    }
  }

  // [serco-slmda-lm] "Programme Overview": "At the end of year one there will also be an annual review".
  milestones.push({
    serial: nextWorkingDay(addMonthsSerial(start, ANNUAL_REVIEW_MONTHS)),
    kind: "annual-review",
    milestone: "Annual review: line manager, apprentice and coach",
  });
  // [serco-slmda-lm] "Programme Overview": the planned end, then the End Point Assessment.
  milestones.push({ serial: endSerial, kind: "end", milestone: "Planned end and end-point assessment" });

  // Milestones of one kind fall on different days (one workshop and one visit a term), so a
  // same-day tie is between kinds, and KIND_ORDER decides it: no need of a stable sort.
  return milestones.sort((a, b) => a.serial - b.serial || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
