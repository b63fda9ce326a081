/**
 * A table read without a header row: a block of schools pasted or exported with no headers has
 * its first school taken as the header ("New Poplarvale Academy", "188720", "0.44"), and one
 * school fewer is summarised. When the row read as the header looks like data (numbers where
 * headers are words, in the columns where the next row has numbers too, and not a known header),
 * the pane says so and offers "This table has no header row": every row is then a school and the
 * columns are named by their letters ("Column B"). Pure.
 */
import { columnLetters } from "../../a1-address";
import { parseNumber } from "../../../values/coerce";
import { DISTRICT_FIELDS, detectColumns } from "./header-detection";
import type { DistrictSource } from "./read-types";

/** A header that is a year (2023) is a column's name in budget tables, not data. */
function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

function numberIn(value: unknown): number | undefined {
  if (typeof value === "boolean") return undefined;
  const n = parseNumber(value, { money: true, percentText: true });
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/**
 * Whether the row taken as the header looks like a school's row: at least one of its cells is a
 * number (not a year) in a column whose next row holds a number too, and it names fewer than two
 * of the district's fields.
 */
export function headerLooksLikeData(source: Pick<DistrictSource, "headers" | "rows">): boolean {
  const next = source.rows[0];
  if (!next) return false;
  let numbers = 0;
  source.headers.forEach((header, column) => {
    const n = numberIn(header);
    if (n !== undefined && !isYear(n) && numberIn(next[column]) !== undefined) numbers += 1;
  });
  if (numbers === 0) return false;
  const mapping = detectColumns(source.headers).mapping;
  return DISTRICT_FIELDS.filter((field) => mapping[field] !== undefined).length < 2;
}

/** The header of a column read without a header row: "Column B" (its letter on the sheet). */
export function letterHeader(firstCol: number, column: number): string {
  return `Column ${columnLetters(firstCol + column)}`;
}

/** The table with its header row read as its first school, and its columns named by letter. */
export function withoutHeaderRow(source: DistrictSource): DistrictSource {
  const width = Math.max(source.headers.length, ...source.rows.slice(0, 50).map((row) => row.length));
  return {
    sheetName: source.sheetName,
    headerRow: source.headerRow - 1,
    firstCol: source.firstCol,
    headers: Array.from({ length: width }, (_v, c) => letterHeader(source.firstCol, c)),
    rows: [source.headers, ...source.rows],
    noHeaderRow: true,
  };
}
