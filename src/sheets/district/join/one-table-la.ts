/**
 * The LA choice for one table summarised as it is (not joined): when its rows name more than one
 * LA (the DfE school-level file covers England: `la_name`, `old_la_code`, `new_la_code`, or the
 * first three digits of the LAESTAB), the summary is for the LA the user picks, offered from the
 * data with its number of schools, or for all of them when the user picks "All local
 * authorities"; a table naming one LA is summarised for it with no choice. The rows of other LAs
 * are skipped by the summary model (`keepRow`), not removed, so the summary keeps its plain
 * references to the source rows. Pure.
 */
import { counted } from "../../number-format";
import { detectKey, type KeyOverride } from "../read/key-columns";
import {
  ALL_LAS_LABEL,
  detectLaColumns,
  hasLaColumns,
  laScope,
  otherLaNote,
  readLas,
  type LaColumns,
  type LaScope,
} from "./la-scope";
import { rowIsBlank } from "../read/blank-cells";
import type { DistrictSource } from "../read/read-types";

export interface OneTableLa {
  readonly scope: LaScope;
  /** Is the data row at this index of the table in the summary (in the LA chosen, or naming no LA)? */
  readonly keepRow: (index: number) => boolean;
  /** What must be settled before building: the LA, when the table covers several and none is chosen. */
  readonly problem: string | undefined;
  /** Notes for the pane: the rows of other LAs left out, the rows naming no LA. */
  readonly notes: readonly string[];
  /** How the summary names the LA: "for Camden (202)", "for all 152 LAs in it". */
  readonly forWhom: string;
  /** Rows of other LAs left out of the summary. */
  readonly otherLaRows: number;
}

function quoted(header: unknown): string {
  return `"${String(header ?? "").trim()}"`;
}

/** Where the rows' LAs are read from: '"la_name"', 'the first three digits of "LAESTAB"'. */
function readFrom(headers: readonly unknown[], columns: LaColumns, laestab: number | undefined) {
  const named = [columns.code, columns.name, columns.gss].filter((c) => c >= 0).map((c) => quoted(headers[c]));
  if (columns.code < 0 && laestab !== undefined) named.push(`the first three digits of ${quoted(headers[laestab])}`);
  return named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]!}` : named[0]!;
}

/** The rows (as the sheet numbers them) of the table naming no LA, kept in the summary: a note. */
function noLaNote(source: DistrictSource, label: string, ids: readonly (string | undefined)[]): string | undefined {
  const rows: number[] = [];
  ids.forEach((id, r) => {
    if (id === undefined && !rowIsBlank(source.rows[r]!)) rows.push(source.headerRow + 2 + r);
  });
  if (rows.length === 0) return undefined;
  const shown = rows.slice(0, 5).join(", ") + (rows.length > 5 ? ", ..." : "");
  return `${counted(rows.length, "row")} of ${label} ${rows.length === 1 ? "names" : "name"} no LA (${rows.length === 1 ? "row" : "rows"} ${shown}): kept in the summary.`;
}

/**
 * The LA choice for one table, or undefined when it names no LA (no LA column, no LAESTAB).
 * `choice`: an LA id, null for every LA, undefined for none chosen yet (so is an id the table does
 * not hold). `laestab`: the user's LAESTAB column, as for a join.
 */
export function oneTableLa(
  source: DistrictSource,
  label: string,
  choice: string | null | undefined,
  laestab?: KeyOverride,
): OneTableLa | undefined {
  const columns = detectLaColumns(source.headers);
  const key = detectKey(source, "laestab", laestab).chosen;
  if (!hasLaColumns(columns) && !key) return undefined;
  const read = readLas([source], [columns], [key?.values]);
  const counts = read.counts[0]!;
  if (counts.size === 0) return undefined;
  const ids = read.ids[0]!;
  const scope = laScope([counts], [label], read.directory, choice);
  const las = counted(scope.offered.length, "LA");
  const reason = scope.needed
    ? `${label} covers ${las}, read from ${readFrom(source.headers, columns, key?.column)}.`
    : undefined;
  // A table naming one LA is summarised for it (laScope: whatever was chosen for other tables before).
  const chosen = scope.chosen;
  const one = chosen === null || chosen === undefined ? undefined : chosen;
  const keepRow = (r: number): boolean => one === undefined || ids[r] === undefined || ids[r] === one;
  let otherLaRows = 0;
  if (one !== undefined)
    source.rows.forEach((row, r) => {
      if (!keepRow(r) && !rowIsBlank(row)) otherLaRows += 1;
    });
  const notes: string[] = [];
  if (otherLaRows > 0) notes.push(otherLaNote(otherLaRows, label));
  const noLa = scope.needed && one !== undefined ? noLaNote(source, label, ids) : undefined;
  if (noLa) notes.push(noLa);
  const picked = scope.offered.find((o) => o.id === one);
  return {
    scope: { ...scope, reason },
    keepRow,
    problem:
      chosen === undefined
        ? `${label} covers ${las}: choose the LA the summary is for (or ${ALL_LAS_LABEL}).`
        : undefined,
    notes,
    forWhom: picked ? `for ${picked.label}` : `for all ${las} in it`,
    otherLaRows,
  };
}

/** The summary's source line for one table: "schools.csv, for Camden (202) (24,340 rows of other LAs left out)". */
export function oneTableSourceLabel(source: string, la: OneTableLa | undefined): string {
  if (!la) return source;
  const left = la.otherLaRows > 0 ? ` (${counted(la.otherLaRows, "row")} of other LAs left out)` : "";
  return `${source}, ${la.forWhom}${left}`;
}
