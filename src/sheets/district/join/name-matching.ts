/**
 * Matching two tables by the schools' names, when they share no URN or LAESTAB. Names are compared
 * as read/school-names.ts reads them, within one LA (`bucket`): first the whole name ("St Mary's
 * C of E Primary School" is "Saint Marys CE Primary School"), then, for what is left, the name
 * without the words that say what kind of school it is ("Mandeville Primary School" and
 * "Mandeville Academy"). A row is proposed only when its name is unique on both sides at that
 * level: a name written twice in its own table, or matching more than one school of the other, or
 * none, is a miss with its reason. Nothing is matched by position and nothing is matched for
 * good here: each proposal waits for the user (name-join.ts). Pure; Maps, one pass a side.
 */
import { shortNameKey } from "../read/school-names";

/** One side of the match: per row, its name key and the LA it is compared within (undefined: not a candidate). */
export interface NameSide {
  readonly keys: readonly (string | undefined)[];
  readonly buckets: readonly (string | undefined)[];
}

/** Why a row found no single partner. */
export type MissKind =
  /** No row of the other table has the name. */
  | { readonly kind: "none" }
  /** Several rows of the other table have it (at the level compared). */
  | { readonly kind: "several"; readonly rows: readonly number[]; readonly short: boolean }
  /** The name is written more than once in the row's own table. */
  | { readonly kind: "repeated"; readonly rows: readonly number[]; readonly short: boolean };

export interface SideResult {
  /** Per row: its partner in the other table, or -1. */
  readonly partner: Int32Array;
  /** Per row: "same" or "short" for a row with a partner. */
  readonly tier: ("same" | "short" | undefined)[];
  /** Per candidate row with no partner: why. */
  readonly misses: Map<number, MissKind>;
}

/** Rows by LA, then by name key: no key is made by joining strings, so each name is hashed once. */
type Index = Map<string, Map<string, number[]>>;

function add(index: Index, bucket: string, key: string, row: number): void {
  let names = index.get(bucket);
  if (!names) index.set(bucket, (names = new Map()));
  const rows = names.get(key);
  if (rows) rows.push(row);
  else names.set(key, [row]);
}

function find(index: Index, bucket: string, key: string | undefined): number[] | undefined {
  return key === undefined ? undefined : index.get(bucket)?.get(key);
}

interface SideIndex {
  readonly full: Index;
  readonly short: Index;
  /** Per row, its short key (undefined when nothing is left of the name). */
  readonly shortKeys: (string | undefined)[];
}

function indexSide(side: NameSide): SideIndex {
  const full: Index = new Map();
  const short: Index = new Map();
  const shortKeys = new Array<string | undefined>(side.keys.length).fill(undefined);
  for (let r = 0; r < side.keys.length; r += 1) {
    const key = side.keys[r];
    const bucket = side.buckets[r];
    if (key === undefined || bucket === undefined) continue;
    add(full, bucket, key, r);
    const s = shortNameKey(key);
    if (s === "") continue;
    shortKeys[r] = s;
    add(short, bucket, s, r);
  }
  return { full, short, shortKeys };
}

/** Each candidate row of `own` with its partner in `other`, or why it has none. */
function matchSide(own: NameSide, ownIndex: SideIndex, otherIndex: SideIndex): SideResult {
  const n = own.keys.length;
  const partner = new Int32Array(n).fill(-1);
  const tier = new Array<"same" | "short" | undefined>(n).fill(undefined);
  const misses = new Map<number, MissKind>();
  for (let r = 0; r < n; r += 1) {
    const key = own.keys[r];
    const bucket = own.buckets[r];
    if (key === undefined || bucket === undefined) continue;
    const mine = find(ownIndex.full, bucket, key)!;
    const theirs = find(otherIndex.full, bucket, key);
    if (mine.length > 1) misses.set(r, { kind: "repeated", rows: mine, short: false });
    else if (theirs && theirs.length > 1) misses.set(r, { kind: "several", rows: theirs, short: false });
    else if (theirs) {
      partner[r] = theirs[0]!;
      tier[r] = "same";
    } else {
      const short = ownIndex.shortKeys[r];
      const mineShort = find(ownIndex.short, bucket, short);
      const theirsShort = find(otherIndex.short, bucket, short);
      if (!mineShort || !theirsShort) misses.set(r, { kind: "none" });
      else if (mineShort.length > 1) misses.set(r, { kind: "repeated", rows: mineShort, short: true });
      else if (theirsShort.length > 1) misses.set(r, { kind: "several", rows: theirsShort, short: true });
      else {
        partner[r] = theirsShort[0]!;
        tier[r] = "short";
      }
    }
  }
  return { partner, tier, misses };
}

/** Both sides matched: the spine's rows (`spine`) against a table's (`table`), the same answer from either side. */
export function matchNames(spine: NameSide, table: NameSide): { spine: SideResult; table: SideResult } {
  const spineIndex = indexSide(spine);
  const tableIndex = indexSide(table);
  return { spine: matchSide(spine, spineIndex, tableIndex), table: matchSide(table, tableIndex, spineIndex) };
}
