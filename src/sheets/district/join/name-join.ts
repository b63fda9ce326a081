/**
 * Tables matched to the spine by the schools' names (name-matching.ts), within the LA the summary
 * is for: which rows are compared (named, in the LA, open, not blank), each proposal with the
 * user's decision, the accepted ones as links the join uses as it uses a key's, and every school
 * not matched with its reason in words. Only an accepted proposal links two rows. Pure.
 */
import { counted } from "../../number-format";
import { rowIsBlank } from "../read/blank-cells";
import { nameKey, shortNameKey } from "../read/school-names";
import type { OwnLas } from "./join-las";
import type { RowNamer } from "./join-lists";
import type { JoinChoices, JoinTable, MatchKind, NameMatches, NameMiss, NameProposal } from "./join-types";
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

/** Rows by their name key, whole and short: the rows set aside, so the other side's misses can say why. */
type AsideByKey = Map<string, number[]>;

/**
 * One table's rows as compared: each candidate's name key and LA; the rows with no name; those no
 * LA places; and, by name, the rows set aside as closed or not open yet and the unplaced ones.
 */
interface Side extends NameSide {
  readonly nameless: number[];
  readonly unplaced: number[];
  readonly closedByKey: AsideByKey;
  readonly unplacedByKey: AsideByKey;
}

function setAside(by: AsideByKey, key: string | undefined, r: number): void {
  if (key === undefined) return;
  for (const k of new Set([key, shortNameKey(key)])) if (k !== "") by.set(k, [...(by.get(k) ?? []), r]);
}

/** The rows of `by` whose name is `key`, or alike once written short. */
function asideAlike(by: AsideByKey, key: string): number[] | undefined {
  const short = shortNameKey(key);
  return by.get(key) ?? (short === "" ? undefined : by.get(short));
}

function side(input: NameJoinInput, t: number): Side {
  const table = input.tables[t]!;
  const column = input.nameColumns[t];
  const chosen = input.las.scope.chosen;
  const n = table.rows.length;
  const keys = new Array<string | undefined>(n).fill(undefined);
  const buckets = new Array<string | undefined>(n).fill(undefined);
  const nameless: number[] = [];
  const unplaced: number[] = [];
  const closedByKey: AsideByKey = new Map();
  const unplacedByKey: AsideByKey = new Map();
  for (let r = 0; r < n; r += 1) {
    const row = table.rows[r]!;
    const own = input.las.own[t]?.[r];
    if (rowIsBlank(row)) continue;
    if (typeof chosen === "string" && own !== undefined && own !== chosen) continue; // another LA's school
    const key = column === undefined ? undefined : nameKey(row[column]);
    const bucket = bucketOf(input.las, t, r);
    if (input.leftOut[t]![r] !== undefined) setAside(closedByKey, key, r);
    else if (key === undefined) nameless.push(r);
    else if (bucket === undefined) {
      unplaced.push(r);
      setAside(unplacedByKey, key, r);
    } else {
      keys[r] = key;
      buckets[r] = bucket;
    }
  }
  return { keys, buckets, nameless, unplaced, closedByKey, unplacedByKey };
}

function rowsText(table: JoinTable, rows: readonly number[]): string {
  const numbers = rows.map((r) => table.headerRow + 2 + r);
  const shown = numbers.slice(0, 5).join(", ") + (numbers.length > 5 ? ", ..." : "");
  return `${numbers.length === 1 ? "row" : "rows"} ${shown}`;
}

/** A miss in words, from the side of `own` against `other` (`otherSide`: its rows set aside, by name). */
function missText(miss: MissKind, own: JoinTable, other: JoinTable, otherSide: Side, key: string): string {
  if (miss.kind === "none") {
    const closed = asideAlike(otherSide.closedByKey, key);
    if (closed)
      return `${other.label} has this name (${rowsText(other, closed)}), closed or not open yet there (listed)`;
    const unplaced = asideAlike(otherSide.unplacedByKey, key);
    if (unplaced)
      return `${other.label} has this name (${rowsText(other, unplaced)}) but names no LA there: ${UNPLACED_CHOICE}`;
    return `no school of ${other.label} has this name`;
  }
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

const UNPLACED_CHOICE = "the summary is for every LA, so choose the LA to match it by name";
const UNPLACED = `names no LA, and ${UNPLACED_CHOICE.replace(", so", ":")}`;

function missesOf(
  result: SideResult,
  sides: readonly [Side, Side],
  tables: readonly [JoinTable, JoinTable],
  t: number,
  namer: RowNamer,
  rejected: ReadonlyMap<number, string>,
): NameMiss[] {
  const [own, other] = sides;
  const miss = (r: number, reason: string): NameMiss => ({ ...namer.school(t, r, "name"), reason });
  return [
    ...[...result.misses].map(([r, m]) => miss(r, missText(m, tables[0], tables[1], other, own.keys[r]!))),
    ...[...rejected].map(([r, partner]) => miss(r, `its match, ${partner}, was rejected`)),
    ...own.unplaced.map((r) => miss(r, UNPLACED)),
  ].sort((a, b) => a.row - b.row);
}

/** One table matched to the spine by name, with the user's decisions; the accepted links set in `matching`. */
function joinByName(
  input: NameJoinInput,
  t: number,
  decisions: ReadonlyMap<string, boolean> | undefined,
  matching: Matching,
): NameMatches {
  const { tables, spine, namer } = input;
  const spineSide = side(input, spine);
  const tableSide = side(input, t);
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
  const pair = (a: number, b: number): [JoinTable, JoinTable] => [tables[a]!, tables[b]!];
  return {
    table: t,
    proposals: proposals.sort((a, b) => (a.tier === b.tier ? a.spineRow - b.spineRow : a.tier === "short" ? -1 : 1)),
    misses: missesOf(result.table, [tableSide, spineSide], pair(t, spine), t, namer, rejectedRows),
    spineMisses: [
      ...missesOf(result.spine, [spineSide, tableSide], pair(spine, t), spine, namer, rejectedSpine),
      ...spineSide.nameless.map((r) => ({
        ...namer.school(spine, r, "name"),
        reason: "it has no school name to match by",
      })),
    ],
    nameless: tableSide.nameless.map((r) => namer.school(t, r, "name")),
    closedThere: [...result.spine.misses]
      .filter(([s, m]) => m.kind === "none" && asideAlike(tableSide.closedByKey, spineSide.keys[s]!) !== undefined)
      .map(([s]) => s),
  };
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
