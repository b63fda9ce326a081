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
 */
import { KEY_LABELS, type KeyKind } from "../../../values/school-keys";
import type { ColumnWarning } from "../read/column-checks";
import { emptyMapping, FIELD_LABELS, type ColumnMapping } from "../read/header-detection";
import {
  columnWarnings,
  headerOf,
  matchKinds,
  MAX_JOIN_TABLES,
  planTable,
  REQUIRED_DATA,
  resolveFields,
  type FieldSource,
  type JoinChoices,
  type JoinTable,
  type TablePlan,
} from "./join-plan";
import { KEY_KINDS } from "../read/key-columns";
import { laScope, otherLaNote, readLas, type LaScope } from "./la-scope";
import { isBlankCell, rowIsBlank } from "../summary/school-rows";
import type { DistrictSource } from "../summary/summary-model";
import { counted } from "../../number-format";

export * from "./join-plan";

/** A school of one table with no row in another. */
export interface UnmatchedSchool {
  /** Its row as the sheet numbers it (1-based). */
  readonly row: number;
  readonly name: string;
  /** Its key as read ("2013614"), or "" when the row has none. */
  readonly key: string;
  /** Its key as the table writes it ("201/3614", "1e+05"). */
  readonly written: string;
}

/** The schools of `table` that found no row in `partner`. */
export interface UnmatchedList {
  readonly table: number;
  readonly partner: number;
  readonly kind: KeyKind;
  readonly schools: readonly UnmatchedSchool[];
}

/** A key written more than once in one table: none of its rows is used. */
export interface DuplicateKey {
  readonly table: number;
  readonly kind: KeyKind;
  readonly key: string;
  readonly schools: readonly UnmatchedSchool[];
}

/** The rows of a table whose key cell (of the kind it is matched by) is blank or not a key. */
export interface KeylessRows {
  readonly table: number;
  readonly kind: KeyKind;
  readonly schools: readonly UnmatchedSchool[];
}

/** One school of the summary: the row of each table it was read from. */
export interface JoinedSchool {
  /** Row index (in `rows` of each table), undefined where the table has no row for the school. */
  readonly rows: readonly (number | undefined)[];
  readonly name: string;
  readonly urn: string | undefined;
  readonly laestab: string | undefined;
  /** The LA id (la-scope.ts), undefined when no table says. */
  readonly la: string | undefined;
}

export interface DistrictJoin {
  readonly tables: readonly TablePlan[];
  readonly fields: readonly FieldSource[];
  /** The table each school is a row of: the one giving the SEN support counts. */
  readonly spine: number | undefined;
  /** Per table, the key it is matched to the spine by (undefined for the spine). */
  readonly matchBy: readonly (KeyKind | undefined)[];
  readonly la: LaScope | undefined;
  /** Columns that do not look like their field; unconfirmed ones are problems. */
  readonly warnings: readonly ColumnWarning[];
  readonly unmatched: readonly UnmatchedList[];
  readonly duplicates: readonly DuplicateKey[];
  /** Rows whose key cell is blank or not a key, per table. */
  readonly keyless: readonly KeylessRows[];
  /** Per table, the rows left out as schools of other LAs. */
  readonly otherLa: readonly number[];
  /** What must be settled before the summary can be built (empty when it can). */
  readonly problems: readonly string[];
  /** Plain-English notes for the pane: what was matched, by which key, what was left out. */
  readonly notes: readonly string[];
  /** The schools of the summary, when the join could be made. */
  readonly schools: readonly JoinedSchool[];
  /** One row per school, for the district summary model, with its mapping; undefined until there are no problems. */
  readonly joined: { readonly source: DistrictSource; readonly mapping: ColumnMapping } | undefined;
}

type TableKeys = Partial<Record<KeyKind, readonly (string | undefined)[]>>;

/** Each table's keys, for every key column it has chosen (read once, by the key detection). */
function tableKeys(plans: readonly TablePlan[]): TableKeys[] {
  return plans.map((plan) => {
    const out: TableKeys = {};
    for (const kind of KEY_KINDS) {
      const chosen = plan.keys[kind].chosen;
      if (chosen) out[kind] = chosen.values;
    }
    return out;
  });
}

interface KeyIndex {
  /** The first row of each key. */
  readonly first: Map<string, number>;
  /** Keys written more than once, with all their rows. */
  readonly repeated: Map<string, number[]>;
}

function indexKeys(keys: readonly (string | undefined)[]): KeyIndex {
  const first = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  for (let r = 0; r < keys.length; r += 1) {
    const key = keys[r];
    if (key === undefined) continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, r);
    else {
      const rows = repeated.get(key);
      if (rows) rows.push(r);
      else repeated.set(key, [seen, r]);
    }
  }
  return { first, repeated };
}

/** No partner row; the partner's key is written more than once in its table. */
const NONE = -1;
const REPEATED = -2;

interface Matching {
  readonly spineIndex: Partial<Record<KeyKind, KeyIndex>>;
  readonly tableIndex: (KeyIndex | undefined)[];
  /** Per table: for each spine row, its row in that table (or NONE, REPEATED). */
  readonly partner: (Int32Array | undefined)[];
  /** Per table: for each of its rows, the spine row with its key (or NONE). */
  readonly spineRowOf: (Int32Array | undefined)[];
  /** Per table: rows whose key is in no spine row. */
  readonly lonely: number[][];
}

function matchTables(keys: readonly TableKeys[], spine: number, matchBy: readonly (KeyKind | undefined)[]): Matching {
  const spineIndex: Partial<Record<KeyKind, KeyIndex>> = {};
  for (const kind of matchBy) if (kind && !spineIndex[kind]) spineIndex[kind] = indexKeys(keys[spine]![kind]!);
  const spineRows = Math.max(0, ...KEY_KINDS.map((k) => keys[spine]![k]?.length ?? 0));
  const matching: Matching = { spineIndex, tableIndex: [], partner: [], spineRowOf: [], lonely: keys.map(() => []) };
  matchBy.forEach((kind, t) => {
    if (kind === undefined) return;
    const own = keys[t]![kind]!;
    const index = indexKeys(own);
    const spineKeys = spineIndex[kind]!;
    const links = new Int32Array(spineRows).fill(NONE);
    const back = new Int32Array(own.length).fill(NONE);
    for (let r = 0; r < own.length; r += 1) {
      const key = own[r];
      if (key === undefined) continue;
      const s = spineKeys.first.get(key);
      if (s !== undefined) back[r] = s;
      if (index.first.get(key) !== r) continue;
      if (s === undefined) {
        if (!index.repeated.has(key)) matching.lonely[t]!.push(r);
      } else if (!spineKeys.repeated.has(key)) links[s] = index.repeated.has(key) ? REPEATED : r;
    }
    matching.tableIndex[t] = index;
    matching.partner[t] = links;
    matching.spineRowOf[t] = back;
  });
  return matching;
}

interface LaResolution {
  readonly scope: LaScope;
  /** Per table, each row's LA id (the spine's rows take a partner's LA when they name none). */
  readonly ids: readonly ((string | undefined)[] | undefined)[];
}

function resolveLas(
  tables: readonly JoinTable[],
  plans: readonly TablePlan[],
  keys: readonly TableKeys[],
  matching: Matching,
  spine: number,
  choice: string | null | undefined,
): LaResolution {
  const {
    directory,
    ids: own,
    counts,
  } = readLas(
    tables,
    plans.map((plan) => plan.laColumns),
    keys.map((k) => k.laestab),
  );
  // What each table names decides the choice; a row that names no LA takes its partner's for the scope.
  const spineIds = own[spine]?.slice() ?? new Array<string | undefined>(tables[spine]!.rows.length);
  for (let s = 0; s < spineIds.length; s += 1)
    for (let t = 0; spineIds[s] === undefined && t < tables.length; t += 1) {
      const r = matching.partner[t]?.[s] ?? NONE;
      if (r >= 0) spineIds[s] = own[t]?.[r];
    }
  const ids = tables.map((table, t) => {
    if (t === spine) return spineIds;
    const back = matching.spineRowOf[t];
    return table.rows.map((_row, r) => own[t]?.[r] ?? (back && back[r]! >= 0 ? spineIds[back[r]!] : undefined));
  });
  const labels = tables.map((t) => t.label);
  return { scope: laScope(counts, labels, directory, choice), ids };
}

function writtenKey(value: unknown): string {
  if (isBlankCell(value)) return "(blank)";
  return typeof value === "string" ? value.trim() : String(value);
}

/** Reads the rows of the tables for the lists: a school's row number, name and key. */
class RowNamer {
  constructor(
    private readonly tables: readonly JoinTable[],
    private readonly plans: readonly TablePlan[],
    private readonly keys: readonly TableKeys[],
  ) {}

  nameOrUndefined(t: number, r: number): string | undefined {
    const column = this.plans[t]!.mapping.name;
    const value = column === undefined ? undefined : this.tables[t]!.rows[r]![column];
    return isBlankCell(value) ? undefined : String(value).trim();
  }

  name(t: number, r: number): string {
    return this.nameOrUndefined(t, r) ?? "(no name)";
  }

  school(t: number, r: number, kind: KeyKind): UnmatchedSchool {
    const column = this.plans[t]!.keys[kind].chosen?.column;
    const table = this.tables[t]!;
    return {
      row: table.headerRow + 2 + r,
      name: this.name(t, r),
      key: this.keys[t]![kind]?.[r] ?? "",
      written: column === undefined ? "(no column)" : writtenKey(table.rows[r]![column]),
    };
  }
}

interface Scoped {
  /** Is the row in the chosen LA (a row whose LA is unknown is kept)? */
  readonly keep: (t: number, r: number) => boolean;
  /** Per table, the rows of other LAs. */
  readonly otherLa: number[];
}

function scoping(tables: readonly JoinTable[], las: LaResolution): Scoped {
  const chosen = las.scope.chosen;
  const keep = (t: number, r: number): boolean => {
    const id = las.ids[t]?.[r];
    return chosen === null || chosen === undefined || id === undefined || id === chosen;
  };
  const otherLa = tables.map((table, t) => {
    let n = 0;
    for (let r = 0; r < table.rows.length; r += 1) if (!keep(t, r) && !rowIsBlank(table.rows[r]!)) n += 1;
    return n;
  });
  return { keep, otherLa };
}

interface Lists {
  readonly unmatched: UnmatchedList[];
  readonly duplicates: DuplicateKey[];
  readonly keyless: KeylessRows[];
}

function listDuplicates(index: KeyIndex, t: number, kind: KeyKind, namer: RowNamer, scope: Scoped): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  for (const [key, rows] of index.repeated)
    if (scope.keep(t, rows[0]!)) out.push({ table: t, kind, key, schools: rows.map((r) => namer.school(t, r, kind)) });
  return out;
}

function listKeyless(
  tables: readonly JoinTable[],
  keys: readonly TableKeys[],
  t: number,
  kind: KeyKind,
  namer: RowNamer,
  scope: Scoped,
): KeylessRows | undefined {
  const own = keys[t]![kind]!;
  const schools: UnmatchedSchool[] = [];
  tables[t]!.rows.forEach((row, r) => {
    if (own[r] === undefined && !rowIsBlank(row) && scope.keep(t, r)) schools.push(namer.school(t, r, kind));
  });
  return schools.length > 0 ? { table: t, kind, schools } : undefined;
}

/** Per table matched to the spine: its schools not in the spine, the spine's not in it; duplicates; rows with no key. */
function listAll(
  tables: readonly JoinTable[],
  keys: readonly TableKeys[],
  spine: number,
  matchBy: readonly (KeyKind | undefined)[],
  matching: Matching,
  namer: RowNamer,
  scope: Scoped,
): Lists {
  const lists: Lists = { unmatched: [], duplicates: [], keyless: [] };
  const spineKinds = new Set<KeyKind>();
  matchBy.forEach((kind, t) => {
    if (kind === undefined) return;
    spineKinds.add(kind);
    const own = matching.lonely[t]!.filter((r) => scope.keep(t, r)).map((r) => namer.school(t, r, kind));
    lists.unmatched.push({ table: t, partner: spine, kind, schools: own });
    const links = matching.partner[t]!;
    const spineKeys = keys[spine]![kind]!;
    const missing: UnmatchedSchool[] = [];
    for (let s = 0; s < links.length; s += 1)
      if (
        links[s] === NONE &&
        spineKeys[s] !== undefined &&
        !matching.spineIndex[kind]!.repeated.has(spineKeys[s]!) &&
        scope.keep(spine, s)
      )
        missing.push(namer.school(spine, s, kind));
    lists.unmatched.push({ table: spine, partner: t, kind, schools: missing });
    lists.duplicates.push(...listDuplicates(matching.tableIndex[t]!, t, kind, namer, scope));
    const keyless = listKeyless(tables, keys, t, kind, namer, scope);
    if (keyless) lists.keyless.push(keyless);
  });
  for (const kind of spineKinds) {
    lists.duplicates.push(...listDuplicates(matching.spineIndex[kind]!, spine, kind, namer, scope));
    const keyless = listKeyless(tables, keys, spine, kind, namer, scope);
    if (keyless) lists.keyless.push(keyless);
  }
  return lists;
}

/** The spine's rows that make the summary: in the LA, key not repeated, a row in every table giving a required field. */
function joinSchools(
  tables: readonly JoinTable[],
  fields: readonly FieldSource[],
  keys: readonly TableKeys[],
  spine: number,
  matching: Matching,
  las: LaResolution,
  scope: Scoped,
  namer: RowNamer,
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
function joinedSource(
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
