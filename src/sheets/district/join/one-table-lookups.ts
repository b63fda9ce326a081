/**
 * The summary of one table looks its schools up as the summary of joined tables does: a MATCH a
 * school for its row (by URN or LAESTAB where the table has one, else by the school's name where
 * no other row has it: row-locator.ts), then an INDEX for each input. Sorting the table A to Z,
 * inserting or deleting rows keeps every figure right; a school nothing finds alone is read from
 * its row as read, and the sheet says so. Pure.
 */
import { detectLaColumns } from "./la-scope";
import { DISTRICT_FIELDS, type ColumnMapping } from "../read/header-detection";
import { detectKey, type KeyOverride } from "../read/key-columns";
import type { DistrictSource } from "../read/read-types";
import type { JoinTable } from "./join-types";
import { columnRange } from "./lookup-ranges";
import { readsFromLine, rowLookup, type FieldLookup, type JoinLookups } from "./lookups";
import type { LocatorColumns } from "./row-locator";

/** The one table as the lookups name it. */
export interface OneTable extends DistrictSource {
  readonly label: string;
  readonly tableName?: string;
}

/** The columns the table can be searched by: its URN (a chosen URN column holding URNs), its LAESTAB, its name, its LA. */
function oneTableColumns(source: DistrictSource, mapping: ColumnMapping, laestab: KeyOverride): LocatorColumns {
  const urn = mapping.urn === undefined ? undefined : detectKey(source, "urn", mapping.urn).chosen?.column;
  const key = detectKey(source, "laestab", laestab).chosen?.column;
  const la = detectLaColumns(source.headers);
  const laColumn = [la.code, la.name, la.gss].find((c) => c >= 0);
  return {
    ...(urn !== undefined ? { urn } : {}),
    ...(key !== undefined ? { laestab: key } : {}),
    ...(mapping.name !== undefined ? { name: mapping.name } : {}),
    ...(laColumn !== undefined ? { la: laColumn } : {}),
  };
}

/**
 * The lookups of one table: `rows` are the indexes of its rows the summary reads (its schools
 * and its rows with bad data); the MATCH column is indexed by row.
 */
export function oneTableLookups(
  table: OneTable,
  mapping: ColumnMapping,
  rows: readonly number[],
  laestab?: KeyOverride,
): JoinLookups {
  const joinTable: JoinTable = table;
  const wanted = new Array<number | undefined>(table.rows.length).fill(undefined);
  for (const r of rows) wanted[r] = r;
  const row = rowLookup(joinTable, 0, oneTableColumns(table, mapping, laestab), ["urn", "laestab", "name"], wanted);
  const fields: FieldLookup[] = [];
  for (const field of DISTRICT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    fields.push({ field, table: 0, rowLookup: 0, valueRange: columnRange(joinTable, column), optional: false });
  }
  return { rows: [row], fields, readsFrom: [readsFromLine(joinTable, row, fields, 0)] };
}
