/**
 * What did not match when tables were joined (join.ts), as lists people read: the schools of each
 * table with no row in the table of schools, the schools with no row in each other table, keys
 * written more than once in one table, and rows with no usable key. Each list says what became of
 * its schools, and each school is named with its row and its key as the table writes it. The
 * summary sheet and the task pane show the same lists. Pure.
 */
import { KEY_LABELS, type KeyKind } from "../../../values/school-keys";
import { counted } from "../../number-format";
import { FIELD_LABELS } from "../read/header-detection";
import { REQUIRED_DATA } from "./join-plan";
import type { DistrictJoin, FieldSource, JoinTable, NameMiss, UnmatchedSchool } from "./join-types";
import { MATCH_LABELS } from "./match-kinds";

/** One school of a list, in words: "New Free School (made up)", row 8, "LAESTAB 2016905 written 201/6905". */
export interface ListedSchool {
  readonly row: number;
  readonly name: string;
  readonly key: string;
  /** Why it is listed, where the list's title does not say it all (a name matching several schools). */
  readonly reason?: string;
}

export interface MatchList {
  readonly kind: "unmatched" | "duplicate" | "keyless" | "leftOut";
  /** "In Budget 2025-26, not in DfE SEN by school" */
  readonly title: string;
  /** What became of these schools: "not in the summary", "in the summary without Allocated SENCO hours". */
  readonly outcome: string;
  /** The table the rows are in (its label). */
  readonly table: string;
  readonly schools: readonly ListedSchool[];
}

/** A key as read and as written: "URN 100000", "LAESTAB 2016905 written 201/6905", "LAESTAB (blank)". */
export function keyText(kind: keyof typeof KEY_LABELS, school: UnmatchedSchool): string {
  const label = KEY_LABELS[kind];
  if (school.key === "" || school.key === school.written) return `${label} ${school.written}`;
  return `${label} ${school.key} written ${school.written}`;
}

function listed(kind: keyof typeof KEY_LABELS, schools: readonly UnmatchedSchool[]): ListedSchool[] {
  return schools.map((s) => ({ row: s.row, name: s.name, key: keyText(kind, s) }));
}

/** What a school of the table of schools missing from table `t` loses: nothing to summarise, or some inputs. */
export function missingOutcome(fields: readonly FieldSource[], t: number): string {
  const given = fields.filter((f) => f.table === t);
  if (given.some((f) => REQUIRED_DATA.includes(f.field))) return "not in the summary";
  if (given.length === 0) return "in the summary";
  return `in the summary without ${given.map((f) => `"${FIELD_LABELS[f.field]}"`).join(" or ")}`;
}

/** What a school of a table matched to the spine and missing from it becomes: out, or in without what it gives. */
function duplicateOutcome(join: DistrictJoin, t: number): string {
  if (t === join.spine) return "left out until one is fixed";
  const outcome = missingOutcome(join.fields, t);
  return outcome === "not in the summary" ? "left out until one is fixed" : `that school is ${outcome}`;
}

function nameLists(tables: readonly JoinTable[], join: DistrictJoin): MatchList[] {
  const label = (t: number): string => tables[t]!.label;
  const spine = join.spine!;
  const lists: MatchList[] = [];
  const withReason = (schools: readonly NameMiss[]): ListedSchool[] =>
    schools.map((s) => ({ row: s.row, name: s.name, key: "", reason: s.reason }));
  for (const m of join.names) {
    const by = `(by ${MATCH_LABELS.name})`;
    lists.push(
      {
        kind: "unmatched",
        title: `In ${label(m.table)}, not matched to ${label(spine)} ${by}`,
        outcome: "not in the summary",
        table: label(m.table),
        schools: withReason(m.misses),
      },
      {
        kind: "unmatched",
        title: `In ${label(spine)}, not matched to ${label(m.table)} ${by}`,
        outcome: missingOutcome(join.fields, m.table),
        table: label(spine),
        schools: withReason(m.spineMisses),
      },
      {
        kind: "keyless",
        title: `Rows of ${label(m.table)} with no school name`,
        outcome: "cannot be matched",
        table: label(m.table),
        schools: m.nameless.map((s) => ({ row: s.row, name: s.name, key: "school name (blank)" })),
      },
    );
  }
  return lists.filter((list) => list.schools.length > 0);
}

/** The schools left out as closed or not open yet, table by table. */
function leftOutLists(tables: readonly JoinTable[], join: DistrictJoin): MatchList[] {
  return tables
    .map((table, t): MatchList => ({
      kind: "leftOut",
      title: `Closed or not open yet in ${table.label}`,
      outcome: "left out of the summary",
      table: table.label,
      schools: join.leftOut
        .filter((s) => s.table === t)
        .map((s) => ({ row: s.row, name: s.name, key: "", reason: s.reason })),
    }))
    .filter((list) => list.schools.length > 0);
}

/**
 * Every list of the join, in the order the pane and the sheet show them; empty lists left out;
 * undefined when the tables are not matched yet (nothing can be said of what matched).
 */
export function matchLists(tables: readonly JoinTable[], join: DistrictJoin): MatchList[] | undefined {
  if (join.spine === undefined || (join.unmatched.length === 0 && join.names.length === 0)) return undefined;
  const label = (t: number): string => tables[t]!.label;
  const lists: MatchList[] = [...nameLists(tables, join)];
  for (const u of join.unmatched) {
    if (u.schools.length === 0) continue;
    const fromSpine = u.table === join.spine;
    lists.push({
      kind: "unmatched",
      title: `In ${label(u.table)}, not in ${label(u.partner)} (by ${MATCH_LABELS[u.kind]})`,
      outcome: fromSpine ? missingOutcome(join.fields, u.partner) : "not in the summary",
      table: label(u.table),
      schools: listed(u.kind as KeyKind, u.schools),
    });
  }
  for (const d of join.duplicates)
    lists.push({
      kind: "duplicate",
      title: `${KEY_LABELS[d.kind]} ${d.key} written more than once in ${label(d.table)}`,
      outcome: duplicateOutcome(join, d.table),
      table: label(d.table),
      schools: listed(d.kind, d.schools),
    });
  for (const k of join.keyless)
    lists.push({
      kind: "keyless",
      title: `Rows of ${label(k.table)} with no ${KEY_LABELS[k.kind]}`,
      outcome: "cannot be matched",
      table: label(k.table),
      schools: listed(k.kind, k.schools),
    });
  return [...lists, ...leftOutLists(tables, join)];
}

/** A list's heading with its number: "In Budget 2025-26, not in DfE SEN by school (by LAESTAB): 1 school, not in the summary". */
export function listHeading(list: MatchList): string {
  const n = list.schools.length;
  const noun = list.kind === "unmatched" ? "school" : "row";
  return `${list.title}: ${counted(n, noun)}, ${list.outcome}`;
}

/**
 * One school of a list in words: "New Free School (made up), row 8, LAESTAB 2016905 written
 * 201/6905"; with its reason: "St Mary's CE Primary, row 5: 2 schools of DfE SEN by school have
 * this name (rows 12, 40)".
 */
export function schoolText(school: ListedSchool): string {
  const key = school.key === "" ? "" : `, ${school.key}`;
  return `${school.name}, row ${school.row}${key}${school.reason ? `: ${school.reason}` : ""}`;
}
