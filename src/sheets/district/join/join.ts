/**
 * Two to four tables of schools joined into one row per school, for one LA: the DfE's school-level
 * SEN file (pivoted), the LA's budget table, a survey of SENCO hours, ... Each table's columns are
 * found by header (header-detection.ts), its URN and LAESTAB columns by header and content
 * (key-columns.ts). Each field is read from the table that has it; where several tables have the
 * same field the caller must say which (join-plan.ts: never decided by position). The table giving
 * the counts of SEN support is the spine: each school is one of its rows, and every other table is
 * matched to it by URN or LAESTAB, whichever both hold. Schools that find no partner, keys written
 * twice in one table and rows with no usable key are listed with their rows: nothing is dropped
 * silently. When the tables cover several LAs, the summary is for the one chosen (la-scope.ts).
 *
 * The result is one joined table (a DistrictSource and its column mapping) that the district
 * summary model reads as it reads a single table, and, per school, the row of each table it came
 * from, from which lookups.ts writes the live INDEX/MATCH formulas. Pure; one pass per table with
 * Maps, fast enough for all of England in three tables.
 *
 * The steps, one module each: the plan of each table (join-plan.ts), the keys matched
 * (key-matching.ts), the LAs (join-las.ts), the lists of what did not match (join-lists.ts), the
 * schools and the joined table (joined-rows.ts); the types they share are join-types.ts.
 */
import { KEY_LABELS, type KeyKind } from "../../../values/school-keys";
import { counted } from "../../number-format";
import { FIELD_LABELS } from "../read/header-detection";
import { resolveLas, scoping, type LaResolution, type Scoped } from "./join-las";
import { listAll, RowNamer, type Lists } from "./join-lists";
import { columnWarnings, headerOf, matchKinds, MAX_JOIN_TABLES, planTable, resolveFields } from "./join-plan";
import type { DistrictJoin, FieldSource, JoinChoices, JoinedSchool, JoinTable } from "./join-types";
import { joinedSource, joinSchools } from "./joined-rows";
import { matchTables, tableKeys } from "./key-matching";
import { otherLaNote } from "./la-scope";

function joinNotes(
  tables: readonly JoinTable[],
  fields: readonly FieldSource[],
  spine: number,
  matchBy: readonly (KeyKind | undefined)[],
  lists: Lists,
  scope: Scoped,
  las: LaResolution,
  schools: number,
): string[] {
  const notes: string[] = [];
  const label = (t: number): string => tables[t]!.label;
  if (tables.length > 1) notes.push(`Each school is a row of ${label(spine)}, which gives the SEN support counts.`);
  matchBy.forEach((kind, t) => {
    if (kind === undefined) return;
    const mine = lists.unmatched.find((u) => u.table === t && u.partner === spine)!.schools.length;
    const theirs = lists.unmatched.find((u) => u.table === spine && u.partner === t)!.schools.length;
    notes.push(
      `${label(t)} is matched by ${KEY_LABELS[kind]}: ${counted(mine, "school")} of it not in ${label(spine)}, ${counted(theirs, "school")} of ${label(spine)} not in it (listed).`,
    );
  });
  for (const f of fields)
    if (f.table !== undefined && tables.length > 1)
      notes.push(
        `"${FIELD_LABELS[f.field]}" is read from ${label(f.table)} ("${headerOf(tables[f.table]!, f.column!)}").`,
      );
  if (las.scope.reason && las.scope.needed) notes.push(las.scope.reason);
  scope.otherLa.forEach((n, t) => {
    if (n > 0) notes.push(otherLaNote(n, label(t)));
  });
  if (lists.duplicates.length > 0)
    notes.push(
      `${counted(lists.duplicates.length, "key")} written more than once in one table: those schools are left out until fixed (listed).`,
    );
  notes.push(`${counted(schools, "school")} in the summary.`);
  return notes;
}

function noJoin(
  base: Pick<DistrictJoin, "tables" | "fields" | "spine" | "warnings">,
  problems: readonly string[],
  extra: Partial<DistrictJoin> = {},
): DistrictJoin {
  return {
    ...base,
    matchBy: base.tables.map(() => undefined),
    la: undefined,
    unmatched: [],
    duplicates: [],
    keyless: [],
    otherLa: base.tables.map(() => 0),
    problems,
    notes: [],
    schools: [],
    joined: undefined,
    ...extra,
  };
}

/**
 * Join the tables (1 to 4) with the user's choices. Always returns what was found (fields,
 * keys, LAs, warnings); the lists and the joined table when the spine, the keys and the LA are
 * settled; `joined` only when nothing is left in `problems`.
 */
export function joinDistrict(tables: readonly JoinTable[], choices: JoinChoices = {}): DistrictJoin {
  if (tables.length < 1 || tables.length > MAX_JOIN_TABLES)
    throw new Error(`Choose from 1 to ${MAX_JOIN_TABLES} tables of schools; ${tables.length} were given.`);
  const plans = tables.map((table, t) => planTable(table, t, choices));
  const { fields, problems } = resolveFields(tables, plans, choices.fieldSources);
  const checked = columnWarnings(tables, fields, choices.confirmed ?? []);
  problems.push(...checked.problems);
  const spine = fields.find((f) => f.field === "schoolAction")!.table;
  const base = { tables: plans, fields, spine, warnings: checked.warnings };
  if (spine === undefined) return noJoin(base, problems);
  const kinds = matchKinds(tables, plans, spine, choices.matchBy);
  if (kinds.problems.length > 0) return noJoin(base, [...problems, ...kinds.problems]);
  const keys = tableKeys(plans);
  const matching = matchTables(keys, spine, kinds.matchBy);
  const las = resolveLas(tables, plans, keys, matching, spine, choices.la);
  const extra = { matchBy: kinds.matchBy, la: las.scope };
  if (las.scope.chosen === undefined && las.scope.needed)
    return noJoin(
      base,
      [...problems, `The tables cover ${las.scope.offered.length} LAs: choose the LA the summary is for.`],
      extra,
    );
  const scope = scoping(tables, las);
  const namer = new RowNamer(tables, plans, keys);
  const lists = listAll(tables, keys, spine, kinds.matchBy, matching, namer, scope);
  const schools = joinSchools(tables, fields, keys, spine, matching, las, scope, namer);
  if (schools.length === 0)
    problems.push("No school is in every table the summary needs: see the lists of unmatched schools.");
  return {
    ...base,
    ...extra,
    ...lists,
    otherLa: scope.otherLa,
    problems,
    notes: joinNotes(tables, fields, spine, kinds.matchBy, lists, scope, las, schools.length),
    schools,
    joined: problems.length === 0 ? joinedSource(tables, plans, fields, spine, schools) : undefined,
  };
}

/** Where a school of the summary is in each table, as the sheets number rows: "DfE SEN by school row 6; Budget 2025-26 row 4". */
export function schoolRowsText(tables: readonly JoinTable[], school: JoinedSchool): string {
  return tables
    .map((table, t) => {
      const r = school.rows[t];
      return r === undefined ? undefined : `${table.label} row ${table.headerRow + 2 + r}`;
    })
    .filter((text): text is string => text !== undefined)
    .join("; ");
}
