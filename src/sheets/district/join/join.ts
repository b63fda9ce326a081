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
import type { KeyKind } from "../../../values/school-keys";
import { counted } from "../../number-format";
import { FIELD_LABELS } from "../read/header-detection";
import { closedElsewhere, closedRows, leftOutList } from "./closed-rows";
import { fillLas, readJoinLas, scoping, type Scoped } from "./join-las";
import { listAll, RowNamer, type Lists } from "./join-lists";
import { columnWarnings, headerOf, matchKinds, MAX_JOIN_TABLES, planTable, resolveFields } from "./join-plan";
import type {
  DistrictJoin,
  FieldSource,
  JoinChoices,
  JoinedSchool,
  JoinTable,
  MatchKind,
  NameMatches,
  TablePlan,
} from "./join-types";
import { joinedSource, joinSchools } from "./joined-rows";
import { matchTables, tableKeys } from "./key-matching";
import { otherLaNote, type LaScope } from "./la-scope";
import { MATCH_LABELS } from "./match-kinds";
import { missingOutcome } from "./match-lists";
import { joinByNames } from "./name-join";

/** What a join found, for its notes. */
interface Found {
  readonly matchBy: readonly (MatchKind | undefined)[];
  readonly lists: Lists;
  readonly names: readonly NameMatches[];
  readonly scope: Scoped;
  readonly la: LaScope;
  readonly leftOut: number;
  readonly schools: number;
}

function matchNote(tables: readonly JoinTable[], found: Found, spine: number, t: number, kind: MatchKind): string {
  const label = (i: number): string => tables[i]!.label;
  if (kind === "name") {
    const m = found.names.find((n) => n.table === t)!;
    const accepted = m.proposals.filter((p) => p.accepted === true).length;
    return `${label(t)} is matched by school name within the LA: ${counted(m.proposals.length, "match", "matches")} proposed, ${accepted} accepted (the unmatched listed with why).`;
  }
  const mine = found.lists.unmatched.find((u) => u.table === t && u.partner === spine)!.schools.length;
  const theirs = found.lists.unmatched.find((u) => u.table === spine && u.partner === t)!.schools.length;
  return `${label(t)} is matched by ${MATCH_LABELS[kind]}: ${counted(mine, "school")} of it not in ${label(spine)}, ${counted(theirs, "school")} of ${label(spine)} not in it (listed).`;
}

function joinNotes(
  tables: readonly JoinTable[],
  fields: readonly FieldSource[],
  spine: number,
  found: Found,
): string[] {
  const notes: string[] = [];
  const label = (t: number): string => tables[t]!.label;
  if (tables.length > 1) notes.push(`Each school is a row of ${label(spine)}, which gives the SEN support counts.`);
  found.matchBy.forEach((kind, t) => {
    if (kind !== undefined) notes.push(matchNote(tables, found, spine, t, kind));
  });
  for (const f of fields)
    if (f.table !== undefined && tables.length > 1)
      notes.push(
        `"${FIELD_LABELS[f.field]}" is read from ${label(f.table)} ("${headerOf(tables[f.table]!, f.column!)}").`,
      );
  if (!fields.some((f) => f.field === "allocated" && f.table !== undefined))
    notes.push("No table gives the allocated SENCO hours: the comparison with the guide is left out.");
  if (found.la.reason && found.la.needed) notes.push(found.la.reason);
  found.scope.otherLa.forEach((n, t) => {
    if (n > 0) notes.push(otherLaNote(n, label(t)));
  });
  for (const t of new Set(found.lists.duplicates.map((d) => d.table))) {
    const outcome = t === spine ? "not in the summary" : missingOutcome(fields, t);
    // A table that gives the summary nothing loses nothing by a key written twice: nothing waits for a fix.
    const wait = outcome === "in the summary" ? "" : " until fixed";
    notes.push(
      `${counted(found.lists.duplicates.filter((d) => d.table === t).length, "key")} written more than once in ${label(t)}: those schools are ${outcome}${wait} (listed).`,
    );
  }
  for (const k of found.lists.keyless)
    notes.push(
      `${counted(k.schools.length, "row")} of ${label(k.table)} ${k.schools.length === 1 ? "has" : "have"} no ${MATCH_LABELS[k.kind]}: those schools are ${k.table === spine ? "not in the summary" : missingOutcome(fields, k.table)} (listed).`,
    );
  if (found.leftOut > 0)
    notes.push(`${counted(found.leftOut, "school")} closed or not open yet: left out (listed with why).`);
  notes.push(`${counted(found.schools, "school")} in the summary.`);
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
    names: [],
    leftOut: [],
    problems,
    notes: [],
    schools: [],
    joined: undefined,
    ...extra,
  };
}

/** The proposals by name still waiting for the user's decision, as a problem. */
function waitingProblem(tables: readonly JoinTable[], names: readonly NameMatches[]): string[] {
  return names.flatMap((m) => {
    const waiting = m.proposals.filter((p) => p.accepted === undefined).length;
    return waiting === 0
      ? []
      : [
          `${counted(waiting, "match", "matches")} by name between ${tables[m.table]!.label} and the table of schools ${waiting === 1 ? "waits" : "wait"} for your decision: accept or reject each (or all at once).`,
        ];
  });
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
  const { fields, problems } = resolveFields(tables, plans, choices.fieldSources, choices.settled);
  const checked = columnWarnings(tables, fields, choices.confirmed ?? []);
  problems.push(...checked.problems);
  const spine = fields.find((f) => f.field === "schoolAction")!.table;
  const base = { tables: plans, fields, spine, warnings: checked.warnings };
  if (spine === undefined) return noJoin(base, problems);
  const kinds = matchKinds(tables, plans, spine, choices.matchBy);
  if (kinds.problems.length > 0) return noJoin(base, [...problems, ...kinds.problems]);
  const keys = tableKeys(plans);
  const own = readJoinLas(tables, plans, keys, choices.la);
  const extra = { matchBy: kinds.matchBy, la: own.scope };
  if (own.scope.chosen === undefined && own.scope.needed)
    return noJoin(
      base,
      [...problems, `The tables cover ${own.scope.offered.length} LAs: choose the LA the summary is for.`],
      extra,
    );
  return joinMatched(tables, plans, choices, { base, fields, problems, spine, matchBy: kinds.matchBy, keys, own });
}

/** The spine's misses by name without the schools another table has closed (listed there), but where this table's closure is why. */
function withoutClosedElsewhere(
  names: readonly NameMatches[],
  elsewhere: Set<number>,
  headerRow: number,
): NameMatches[] {
  return names.map((m) => ({
    ...m,
    spineMisses: m.spineMisses.filter((miss) => {
      const s = miss.row - headerRow - 2;
      return !elsewhere.has(s) || m.closedThere.includes(s);
    }),
  }));
}

interface Settled {
  readonly base: Pick<DistrictJoin, "tables" | "fields" | "spine" | "warnings">;
  readonly fields: readonly FieldSource[];
  readonly problems: string[];
  readonly spine: number;
  readonly matchBy: readonly (MatchKind | undefined)[];
  readonly keys: ReturnType<typeof tableKeys>;
  readonly own: ReturnType<typeof readJoinLas>;
}

/** The join once the spine, the way each table is matched and the LA are settled. */
function joinMatched(
  tables: readonly JoinTable[],
  plans: readonly TablePlan[],
  choices: JoinChoices,
  settled: Settled,
): DistrictJoin {
  const { base, fields, problems, spine, matchBy, keys, own } = settled;
  const keyKinds = matchBy.map((k): KeyKind | undefined => (k === "name" ? undefined : k));
  const matching = matchTables(keys, spine, keyKinds);
  const namer = new RowNamer(tables, plans, keys);
  const closed = closedRows(tables, plans, choices.asOf);
  const nameColumns = plans.map((p) => p.mapping.name);
  const matched = joinByNames(
    { tables, nameColumns, spine, las: own, leftOut: closed, namer },
    matchBy,
    choices.nameDecisions,
    matching,
  );
  const las = fillLas(tables, own, matching, spine);
  const scope = scoping(tables, las);
  const elsewhere = closedElsewhere(closed, spine, matching, matched);
  const names = withoutClosedElsewhere(matched, elsewhere, tables[spine]!.headerRow);
  const open: Scoped = {
    keep: (t, r) => scope.keep(t, r) && closed[t]![r] === undefined && (t !== spine || !elsewhere.has(r)),
    otherLa: scope.otherLa,
  };
  const lists = listAll(tables, keys, spine, matchBy, matching, namer, open);
  const schools = joinSchools(tables, fields, keys, spine, matching, las, open, namer, closed);
  const leftOut = leftOutList(closed, scope.keep, namer, tables);
  const waiting = waitingProblem(tables, names);
  problems.push(...waiting);
  if (schools.length === 0 && waiting.length === 0)
    problems.push("No school is in every table the summary needs: see the lists of unmatched schools.");
  const found: Found = {
    matchBy,
    lists,
    names,
    scope,
    la: own.scope,
    leftOut: leftOut.length,
    schools: schools.length,
  };
  return {
    ...base,
    matchBy,
    la: own.scope,
    ...lists,
    otherLa: scope.otherLa,
    names,
    leftOut,
    problems,
    notes: joinNotes(tables, fields, spine, found),
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
