/**
 * The schools left out of a summary as closed or not open yet on its date (read/school-status.ts
 * reads each row): per table, each row's reason, and the list the pane and the sheet show, each
 * school with its table, row and reason. A school closed in any table it is read from is left
 * out; nothing is dropped silently. Pure.
 */
import { rowIsBlank } from "../read/blank-cells";
import { closedReason, hasStatusColumns } from "../read/school-status";
import type { RowNamer } from "./join-lists";
import type { JoinTable, LeftOutSchool, NameMatches, TablePlan } from "./join-types";
import type { Matching } from "./key-matching";

/** Per table, per row: why the row is left out, or undefined. */
export function closedRows(
  tables: readonly JoinTable[],
  plans: readonly TablePlan[],
  asOf: number | undefined,
): (string | undefined)[][] {
  return tables.map((table, t) => {
    const columns = plans[t]!.statusColumns;
    const reasons = new Array<string | undefined>(table.rows.length);
    if (!hasStatusColumns(columns)) return reasons;
    const used = asOf === undefined ? { ...columns, closeDate: -1 } : columns;
    for (let r = 0; r < table.rows.length; r += 1) {
      const row = table.rows[r]!;
      if (!rowIsBlank(row)) reasons[r] = closedReason(row, table.headers, used, asOf ?? 0);
    }
    return reasons;
  });
}

/** The rows left out, of the LA chosen (`keep`), as the lists show them: table by table, in row order. */
export function leftOutList(
  reasons: readonly (readonly (string | undefined)[])[],
  keep: (t: number, r: number) => boolean,
  namer: RowNamer,
  tables: readonly JoinTable[],
): LeftOutSchool[] {
  const out: LeftOutSchool[] = [];
  reasons.forEach((rows, t) =>
    rows.forEach((reason, r) => {
      if (reason !== undefined && keep(t, r))
        out.push({ table: t, row: tables[t]!.headerRow + 2 + r, name: namer.name(t, r), reason });
    }),
  );
  return out;
}

/**
 * The spine's rows left out because another table has the school closed or not open yet: its row
 * there by key, or (a table matched by name) a row there with its name. Their row in the spine is
 * not closed, so they would otherwise be listed as schools "in the summary" without that table.
 */
export function closedElsewhere(
  reasons: readonly (readonly (string | undefined)[])[],
  spine: number,
  matching: Matching,
  names: readonly NameMatches[],
): Set<number> {
  const out = new Set<number>();
  matching.partner.forEach((partner, t) => {
    if (t === spine || !partner) return;
    for (let s = 0; s < partner.length; s += 1) if (partner[s]! >= 0 && reasons[t]![partner[s]!]) out.add(s);
  });
  for (const m of names) for (const s of m.closedThere) out.add(s);
  return out;
}
