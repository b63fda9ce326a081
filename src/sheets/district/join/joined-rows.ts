/**
 * The result of a join: the spine's rows that make the summary, each with its row in every other
 * table, and the one joined table (name, URN, LAESTAB, then each field's column) that the
 * summary model reads as it reads a single table. Pure.
 */
import { rowIsBlank } from "../read/blank-cells";
import { emptyMapping, type ColumnMapping } from "../read/header-detection";
import { KEY_KINDS } from "../read/key-columns";
import type { DistrictSource } from "../read/read-types";
import type { LaResolution, Scoped } from "./join-las";
import type { RowNamer } from "./join-lists";
import { headerOf, REQUIRED_DATA } from "./join-plan";
import type { FieldSource, JoinTable, JoinedSchool, TablePlan } from "./join-types";
import { NONE, type Matching, type TableKeys } from "./key-matching";

/** The spine's rows that make the summary: in the LA, key not repeated, a row in every table giving a required field. */
export function joinSchools(
  tables: readonly JoinTable[],
  fields: readonly FieldSource[],
  keys: readonly TableKeys[],
  spine: number,
  matching: Matching,
  las: LaResolution,
  scope: Scoped,
  namer: RowNamer,
  closed: readonly (readonly (string | undefined)[])[] = [],
): JoinedSchool[] {
  const required = [...new Set(fields.filter((f) => REQUIRED_DATA.includes(f.field)).map((f) => f.table))].filter(
    (t): t is number => t !== undefined,
  );
  const usable = (s: number): boolean => {
    for (const kind of KEY_KINDS) {
      const index = matching.spineIndex[kind];
      const key = keys[spine]![kind]?.[s];
      if (index && (key === undefined || index.repeated.has(key))) return false;
    }
    return scope.keep(spine, s) && !rowIsBlank(tables[spine]!.rows[s]!);
  };
  const order = [spine, ...tables.keys()].filter((t, i) => i === 0 || t !== spine);
  const first = (rows: readonly number[], read: (t: number, r: number) => string | undefined): string | undefined => {
    for (const t of order) {
      const value = rows[t]! >= 0 ? read(t, rows[t]!) : undefined;
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const urnOf = (t: number, r: number): string | undefined => keys[t]!.urn?.[r];
  const laestabOf = (t: number, r: number): string | undefined => keys[t]!.laestab?.[r];
  const nameOf = (t: number, r: number): string | undefined => namer.nameOrUndefined(t, r);
  const schools: JoinedSchool[] = [];
  for (let s = 0; s < tables[spine]!.rows.length; s += 1) {
    if (!usable(s)) continue;
    const rows = tables.map((_t, t) => (t === spine ? s : (matching.partner[t]?.[s] ?? NONE)));
    if (required.some((t) => rows[t]! < 0)) continue;
    if (rows.some((r, t) => r >= 0 && closed[t]?.[r] !== undefined)) continue;
    schools.push({
      rows: rows.map((r) => (r >= 0 ? r : undefined)),
      name: first(rows, nameOf) ?? "(no name)",
      urn: first(rows, urnOf),
      laestab: first(rows, laestabOf),
      la: las.ids[spine]?.[s],
    });
  }
  return schools;
}

/** The joined table: name, URN, LAESTAB, then each field's column as its table heads it. */
export function joinedSource(
  tables: readonly JoinTable[],
  plans: readonly TablePlan[],
  fields: readonly FieldSource[],
  spine: number,
  schools: readonly JoinedSchool[],
): { source: DistrictSource; mapping: ColumnMapping } {
  const used = fields.filter((f) => f.table !== undefined && f.column !== undefined);
  const nameColumn = plans[spine]!.mapping.name;
  const headers: unknown[] = [
    nameColumn === undefined ? "School name" : headerOf(tables[spine]!, nameColumn),
    "URN",
    "LAESTAB",
  ];
  const mapping = emptyMapping();
  mapping.name = 0;
  mapping.urn = 1;
  for (const f of used) {
    mapping[f.field] = headers.length;
    headers.push(tables[f.table!]!.headers[f.column!]);
  }
  const rows = schools.map((school) => {
    const row: unknown[] = [school.name, school.urn ?? null, school.laestab ?? null];
    for (const f of used) {
      const r = school.rows[f.table!];
      row.push(r === undefined ? null : tables[f.table!]!.rows[r]![f.column!]);
    }
    return row;
  });
  return { source: { sheetName: "Joined tables", headerRow: 0, firstCol: 0, headers, rows }, mapping };
}
