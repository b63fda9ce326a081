/**
 * What a join did not match, listed so that nothing is dropped silently: per table matched to the
 * spine, its schools not in the spine and the spine's not in it; keys written twice in one table;
 * rows with no usable key. Each school with its row, name and key as its table writes it. Pure.
 */
import type { KeyKind } from "../../../values/school-keys";
import { isBlankCell, rowIsBlank } from "../read/blank-cells";
import type {
  DuplicateKey,
  JoinTable,
  KeylessRows,
  MatchKind,
  TablePlan,
  UnmatchedList,
  UnmatchedSchool,
} from "./join-types";
import type { Scoped } from "./join-las";
import { NONE, type KeyIndex, type Matching, type TableKeys } from "./key-matching";

function writtenKey(value: unknown): string {
  if (isBlankCell(value)) return "(blank)";
  return typeof value === "string" ? value.trim() : String(value);
}

/** Reads the rows of the tables for the lists: a school's row number, name and key. */
export class RowNamer {
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

  school(t: number, r: number, kind: MatchKind): UnmatchedSchool {
    const table = this.tables[t]!;
    if (kind === "name") return { row: table.headerRow + 2 + r, name: this.name(t, r), key: "", written: "" };
    const column = this.plans[t]!.keys[kind].chosen?.column;
    return {
      row: table.headerRow + 2 + r,
      name: this.name(t, r),
      key: this.keys[t]![kind]?.[r] ?? "",
      written: column === undefined ? "(no column)" : writtenKey(table.rows[r]![column]),
    };
  }
}

export interface Lists {
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
export function listAll(
  tables: readonly JoinTable[],
  keys: readonly TableKeys[],
  spine: number,
  matchBy: readonly (MatchKind | undefined)[],
  matching: Matching,
  namer: RowNamer,
  scope: Scoped,
): Lists {
  const lists: Lists = { unmatched: [], duplicates: [], keyless: [] };
  const spineKinds = new Set<KeyKind>();
  matchBy.forEach((kind, t) => {
    if (kind === undefined || kind === "name") return;
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
