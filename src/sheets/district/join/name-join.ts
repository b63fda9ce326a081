/**
 * Tables matched to the spine by the schools' names (name-matching.ts), within the LA the summary
 * is for: which rows are compared (named, in the LA, open, not blank), each proposal with the
 * user's decision, the accepted ones as links the join uses as it uses a key's, and every school
 * not matched with its reason in words. Only an accepted proposal links two rows. Pure.
 */
import { counted } from "../../number-format";
import { rowIsBlank } from "../read/blank-cells";
import { nameKey } from "../read/school-names";
import type { OwnLas } from "./join-las";
import type { RowNamer } from "./join-lists";
import type {
  JoinChoices,
  JoinTable,
  MatchKind,
  NameMatches,
  NameMiss,
  NameProposal,
  UnmatchedSchool,
} from "./join-types";
import { NONE, type Matching } from "./key-matching";
import { matchNames, type MissKind, type NameSide, type SideResult } from "./name-matching";

/** Per table, per row: why the row is left out (closed, not open yet), or undefined. */
export type LeftOutReasons = readonly (readonly (string | undefined)[])[];

/**
 * The LA a row is compared within: one bucket when the summary is for one LA (the rows of other
 * LAs are not candidates) or the tables cover one; else the row's own LA, and no bucket for a row
 * naming none (it cannot be placed).
 */
function bucketOf(las: OwnLas, t: number, r: number): string | undefined {
  const chosen = las.scope.chosen;
  const own = las.own[t]?.[r];
  if (typeof chosen === "string") return own === undefined || own === chosen ? "" : undefined;
  if (las.scope.offered.length <= 1) return "";
  return own;
}

function side(
  table: JoinTable,
  t: number,
  nameColumn: number | undefined,
  las: OwnLas,
  leftOut: LeftOutReasons,
): NameSide {
  const n = table.rows.length;
  const keys: (string | undefined)[] = new Array<string | undefined>(n).fill(undefined);
  const buckets: (string | undefined)[] = new Array<string | undefined>(n).fill(undefined);
  for (let r = 0; r < n; r += 1) {
    const row = table.rows[r]!;
    if (nameColumn === undefined || leftOut[t]![r] !== undefined || rowIsBlank(row)) continue;
    keys[r] = nameKey(row[nameColumn]);
    buckets[r] = bucketOf(las, t, r);
  }
  return { keys, buckets };
}

function rowsText(table: JoinTable, rows: readonly number[]): string {
  const numbers = rows.map((r) => table.headerRow + 2 + r);
  const shown = numbers.slice(0, 5).join(", ") + (numbers.length > 5 ? ", ..." : "");
  return `${numbers.length === 1 ? "row" : "rows"} ${shown}`;
}

/** A miss in words, from the side of `own` against `other`. */
function missText(miss: MissKind, own: JoinTable, other: JoinTable): string {
  if (miss.kind === "none") return `no school of ${other.label} has this name`;
  const alike = miss.short ? "names that differ only in School, Primary, Academy or the like" : "this name";
  if (miss.kind === "several")
    return `${counted(miss.rows.length, "school")} of ${other.label} have ${alike} (${rowsText(other, miss.rows)})`;
  return `${counted(miss.rows.length, "row")} of ${own.label} have ${alike} (${rowsText(own, miss.rows)})`;
}

interface NameJoinInput {
  readonly tables: readonly JoinTable[];
  readonly nameColumns: readonly (number | undefined)[];
  readonly spine: number;
  readonly las: OwnLas;
  readonly leftOut: LeftOutReasons;
  readonly namer: RowNamer;
}

function proposalId(spineKey: string, key: string, s: number, r: number): string {
  return `${s}:${r}:${spineKey}=${key}`;
}

function missesOf(
  result: SideResult,
  own: JoinTable,
  other: JoinTable,
  t: number,
  namer: RowNamer,
  rejected: ReadonlyMap<number, string>,
): NameMiss[] {
  const misses: NameMiss[] = [];
  for (const [r, miss] of result.misses)
    misses.push({ ...namer.school(t, r, "name"), reason: missText(miss, own, other) });
  for (const [r, partner] of rejected)
    misses.push({ ...namer.school(t, r, "name"), reason: `its match, ${partner}, was rejected` });
  return misses.sort((a, b) => a.row - b.row);
}

/** One table matched to the spine by name, with the user's decisions; the accepted links set in `matching`. */
function joinByName(
  input: NameJoinInput,
  t: number,
  decisions: ReadonlyMap<string, boolean> | undefined,
  matching: Matching,
): NameMatches {
  const { tables, spine, namer } = input;
  const spineSide = side(tables[spine]!, spine, input.nameColumns[spine], input.las, input.leftOut);
  const tableSide = side(tables[t]!, t, input.nameColumns[t], input.las, input.leftOut);
  const result = matchNames(spineSide, tableSide);
  const partner = new Int32Array(tables[spine]!.rows.length).fill(NONE);
  const back = new Int32Array(tables[t]!.rows.length).fill(NONE);
  const proposals: NameProposal[] = [];
  const rejectedRows = new Map<number, string>();
  const rejectedSpine = new Map<number, string>();
  result.table.partner.forEach((s, r) => {
    if (s < 0) return;
    const id = proposalId(spineSide.keys[s]!, tableSide.keys[r]!, s, r);
    const accepted = decisions?.get(id);
    const spineName = namer.name(spine, s);
    const name = namer.name(t, r);
    proposals.push({ id, table: t, spineRow: s, row: r, spineName, name, tier: result.table.tier[r]!, accepted });
    if (accepted === true) {
      partner[s] = r;
      back[r] = s;
    } else if (accepted === false) {
      rejectedRows.set(r, `${spineName} (${tables[spine]!.label} row ${tables[spine]!.headerRow + 2 + s})`);
      rejectedSpine.set(s, `${name} (${tables[t]!.label} row ${tables[t]!.headerRow + 2 + r})`);
    }
  });
  matching.partner[t] = partner;
  matching.spineRowOf[t] = back;
  return {
    table: t,
    proposals: proposals.sort((a, b) => (a.tier === b.tier ? a.spineRow - b.spineRow : a.tier === "short" ? -1 : 1)),
    misses: [...missesOf(result.table, tables[t]!, tables[spine]!, t, namer, rejectedRows), ...unplaced(input, t)],
    spineMisses: [
      ...missesOf(result.spine, tables[spine]!, tables[t]!, spine, namer, rejectedSpine),
      ...unplaced(input, spine),
    ],
    nameless: nameless(input, t),
  };
}

/** A row that is compared: not left out (closed), not blank, not a school of another LA than the one chosen. */
function compared(input: NameJoinInput, t: number, r: number): boolean {
  if (input.leftOut[t]![r] !== undefined || rowIsBlank(input.tables[t]!.rows[r]!)) return false;
  const chosen = input.las.scope.chosen;
  const own = input.las.own[t]?.[r];
  return typeof chosen !== "string" || own === undefined || own === chosen;
}

/** The rows of a table with a name that cannot be placed in an LA: the summary is for every LA and the row names none. */
function unplaced(input: NameJoinInput, t: number): NameMiss[] {
  if (input.las.scope.chosen !== null || input.las.scope.offered.length <= 1) return [];
  const column = input.nameColumns[t];
  const out: NameMiss[] = [];
  input.tables[t]!.rows.forEach((row, r) => {
    if (column === undefined || !compared(input, t, r) || input.las.own[t]?.[r] !== undefined) return;
    if (nameKey(row[column]) === undefined) return;
    out.push({
      ...input.namer.school(t, r, "name"),
      reason: "names no LA, and the summary is for every LA: choose the LA to match it by name",
    });
  });
  return out;
}

/** The rows of a table with no school name, in the LA: they cannot be matched by name. */
function nameless(input: NameJoinInput, t: number): UnmatchedSchool[] {
  const column = input.nameColumns[t];
  const out: UnmatchedSchool[] = [];
  for (let r = 0; r < input.tables[t]!.rows.length; r += 1) {
    if (!compared(input, t, r)) continue;
    if (column === undefined || nameKey(input.tables[t]!.rows[r]![column]) === undefined)
      out.push(input.namer.school(t, r, "name"));
  }
  return out;
}

/** Every table matched by name, in table order; each one's accepted links set in `matching`. */
export function joinByNames(
  input: NameJoinInput,
  matchBy: readonly (MatchKind | undefined)[],
  decisions: JoinChoices["nameDecisions"],
  matching: Matching,
): NameMatches[] {
  const out: NameMatches[] = [];
  matchBy.forEach((kind, t) => {
    if (kind === "name") out.push(joinByName(input, t, decisions?.[t], matching));
  });
  return out;
}
