/**
 * National Curriculum year groups as registers write them ("6", "Year 6", "Y6", "R", "Reception",
 * "N2", "Nursery"), read to one name each, and which of them a transfer from secondary school to
 * a post-16 institution leaves from. Which year groups move to a new school is each school's own
 * (an infant school's Year 2, a middle school's Year 8): the user says, never this module.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { ymdFromSerial } from "./excel-dates";

/** A year group's name as the pane shows it: "Nursery", "N1", "N2", "Reception", "Year 1" to "Year 14". */
export type YearGroup = string;

/** The highest National Curriculum year a school's sixth form may record (Year 14, a third year of sixth form). */
export const LAST_YEAR = 14;

/** Year groups in school order, as the pane lists them. */
export const YEAR_GROUPS: readonly YearGroup[] = Object.freeze([
  "E1",
  "E2",
  "N1",
  "N2",
  "Nursery",
  "Reception",
  ...Array.from({ length: LAST_YEAR }, (_v, i) => `Year ${i + 1}`),
]);

const EARLY = /^(?:e)\s*([12])$/i;
const NURSERY = /^(?:n|nur|nursery)\s*([12])?$/i;
const RECEPTION = /^(?:r|rec|reception|yr|year\s*r|year\s*reception)$/i;
const NUMBERED = /^(?:y|yr|year|ncy|nc\s*year)?\s*(\d{1,2})$/i;

/**
 * The year group a register cell holds, or undefined when it is not one (blank, "X" for a year
 * outside the National Curriculum, "Year 15"). A number is the year itself (SIMS writes "6").
 */
export function parseYearGroup(raw: unknown): YearGroup | undefined {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1 && raw <= LAST_YEAR ? `Year ${raw}` : undefined;
  if (typeof raw !== "string") return undefined;
  const text = raw.trim();
  const early = EARLY.exec(text);
  if (early) return `E${early[1]}`;
  const nursery = NURSERY.exec(text);
  if (nursery) return nursery[1] ? `N${nursery[1]}` : "Nursery";
  if (RECEPTION.test(text)) return "Reception";
  const numbered = NUMBERED.exec(text);
  if (!numbered) return undefined;
  const year = Number(numbered[1]);
  return year >= 1 && year <= LAST_YEAR ? `Year ${year}` : undefined;
}

/**
 * True for the year groups a transfer leaves from to a post-16 institution: Year 11 (the end of
 * compulsory school age) and the sixth form's years above it. [send-regs-2014-r18] reg 2:
 * "secondary school to a post-16 institution" is one of the transfers between phases, and reg
 * 18(1)(a) times it to 31 March; every other transfer is 18(1)(b), 15 February.
 */
export function leavesForPost16(year: YearGroup): boolean {
  return YEAR_GROUPS.indexOf(year) >= YEAR_GROUPS.indexOf("Year 11");
}

/**
 * The calendar year in which a pupil leaving at the end of the school year in progress on
 * `todaySerial` transfers: the school year runs from September, so from September it is the next
 * calendar year, and from January to August this one (a Year 6 pupil in 2026/27 moves in 2027).
 * [send-regs-2014-r18] reg 18(1) times the review by the calendar year of the transfer.
 */
export function transferYear(todaySerial: number): number {
  const { year, month } = ymdFromSerial(todaySerial);
  return month >= 9 ? year + 1 : year;
}

/** The year groups of a register in school order (each once). */
export function yearGroupsInOrder(years: Iterable<YearGroup>): YearGroup[] {
  const found = new Set(years);
  return YEAR_GROUPS.filter((year) => found.has(year));
}
