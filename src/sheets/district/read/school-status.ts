/**
 * Whether a row of a table is a school open on the summary's date: a status column (Get
 * Information about Schools' "EstablishmentStatus (name)", "Status", "Open/closed") saying
 * "Closed" or "Proposed to open", or a close date ("CloseDate", "Close date", "Date closed")
 * before the summary's date, leaves the school out, with the reason in words naming the column as
 * the table heads it. "Open, but proposed to close" is open. A status or close date that cannot
 * be read leaves the school out too, saying so: it is never guessed. Pure.
 */
import { formatSerialDdMmYyyy, isExcelDateSerial } from "../../../rules/excel-dates";
import { parseDate } from "../../../values/dates";
import { parseSchoolStatus } from "../../../values/school-status";
import { findHeader, normalizeHeader } from "../../header-match";
import { isBlankCell } from "./blank-cells";

/** The columns that say whether a school is open (-1 when the table has none). */
export interface StatusColumns {
  readonly status: number;
  readonly closeDate: number;
}

/** Status and close-date headers, normalised (lower case, punctuation as spaces). */
const STATUS_HEADERS = [
  "establishmentstatus name",
  "establishment status name",
  "establishmentstatus",
  "establishment status",
  "school status",
  "status",
  "open closed",
  "open or closed",
];
const CLOSE_DATE_HEADERS = ["closedate", "close date", "closed date", "date closed", "closure date", "date of closure"];

export function detectStatusColumns(headers: readonly unknown[]): StatusColumns {
  const normalized = headers.map(normalizeHeader);
  return {
    status: findHeader(normalized, ...STATUS_HEADERS),
    closeDate: findHeader(normalized, ...CLOSE_DATE_HEADERS),
  };
}

export function hasStatusColumns(columns: StatusColumns): boolean {
  return columns.status >= 0 || columns.closeDate >= 0;
}

function quoted(value: unknown): string {
  return `"${String(value ?? "").trim()}"`;
}

/**
 * Why the row is not an open school on `asOf` (an Excel date serial), or undefined when it is
 * (or the table says nothing of it): "closed ("EstablishmentStatus (name)": Closed)".
 */
export function closedReason(
  row: readonly unknown[],
  headers: readonly unknown[],
  columns: StatusColumns,
  asOf: number,
): string | undefined {
  if (columns.status >= 0) {
    const raw = row[columns.status];
    if (!isBlankCell(raw)) {
      const status = parseSchoolStatus(raw);
      const where = quoted(headers[columns.status]);
      if (status === undefined)
        return `${where} is ${quoted(raw)}, not Open, Closed, Open, but proposed to close or Proposed to open`;
      if (status === "closed") return `closed (${where}: ${quoted(raw)})`;
      if (status === "proposedToOpen") return `not open yet (${where}: ${quoted(raw)})`;
    }
  }
  if (columns.closeDate >= 0) {
    const raw = row[columns.closeDate];
    if (isBlankCell(raw)) return undefined;
    const where = quoted(headers[columns.closeDate]);
    const serial = parseDate(raw);
    if (serial === undefined || Number.isNaN(serial) || !isExcelDateSerial(Math.floor(serial)))
      return `${where} is ${quoted(raw)}, which is not a date`;
    if (Math.floor(serial) < asOf) return `closed on ${formatSerialDdMmYyyy(Math.floor(serial))} (${where})`;
  }
  return undefined;
}
