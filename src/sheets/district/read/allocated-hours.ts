/**
 * Columns that may hold the allocated SENCO hours without saying so plainly: a header naming the
 * SENCO but not hours or time ("SENCO allocation"), or hours or time but not the SENCO ("Hours",
 * "Non-contact time"), whose numbers are all hours a week could be (0 to 40, the limit of the
 * column check). Such a column is never taken by itself: the pane offers it as a choice, and the
 * summary waits until the user takes it or says the table has none. A header that names both is
 * recognised outright (header-detection.ts). Pure.
 */
import { MAX_ALLOCATED_HOURS_A_WEEK } from "../../../rules/column-plausibility";
import { parseNumber } from "../../../values/coerce";
import { columnNumbers } from "./column-checks";
import { headerUnit, hintsSencoHours, normalizeHeader } from "./header-detection";

/** A column that may hold the allocated hours. */
export interface HoursGuess {
  readonly column: number;
  /** The header as the table writes it. */
  readonly header: string;
}

/** Besides hintsSencoHours: words that name a SENCO's time without "SENCO" or "hours". */
const TIME_WORDS = /(^| )(non contact|leadership time|release time|allocation)( |$)/;

function hints(header: unknown): boolean {
  const normal = normalizeHeader(header);
  if (normal === "" || headerUnit(header) !== undefined) return false;
  return hintsSencoHours(normal) || TIME_WORDS.test(normal);
}

/**
 * The columns of a table, other than those in `taken`, whose header hints at the allocated hours
 * and whose numbers run from 0 to 40.
 */
export function hoursGuesses(
  table: { readonly headers: readonly unknown[]; readonly rows: readonly (readonly unknown[])[] },
  taken: ReadonlySet<number>,
): HoursGuess[] {
  const guesses: HoursGuess[] = [];
  table.headers.forEach((header, column) => {
    if (taken.has(column) || !hints(header)) return;
    const numbers = columnNumbers(table.rows, column);
    if (numbers.count === 0 || numbers.max > MAX_ALLOCATED_HOURS_A_WEEK) return;
    const negative = table.rows.some((row) => (parseNumber(row[column]) ?? 0) < 0);
    if (!negative) guesses.push({ column, header: String(header).trim() });
  });
  return guesses;
}

/** The note for the pane: '"Hours" may hold the allocated SENCO hours (its numbers run from 0 to 40) ...'. */
export function guessNote(guess: HoursGuess, tableLabel?: string): string {
  const where = tableLabel === undefined ? "" : ` in ${tableLabel}`;
  return `"${guess.header}"${where} may hold the allocated SENCO hours (its numbers are all from 0 to ${MAX_ALLOCATED_HOURS_A_WEEK}): choose it for "Allocated SENCO hours", or "(no column)".`;
}
