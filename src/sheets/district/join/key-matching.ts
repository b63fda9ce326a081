/**
 * Each table of a join matched to the spine (the table whose rows are the summary's schools) by
 * the key both hold: every key column indexed once with Maps, then, per table, each spine row's
 * partner row and each row's spine row. A key written twice on either side matches nothing. Pure.
 */
import type { KeyKind } from "../../../values/school-keys";
import { KEY_KINDS } from "../read/key-columns";
import type { TablePlan } from "./join-types";

export type TableKeys = Partial<Record<KeyKind, readonly (string | undefined)[]>>;

/** Each table's keys, for every key column it has chosen (read once, by the key detection). */
export function tableKeys(plans: readonly TablePlan[]): TableKeys[] {
  return plans.map((plan) => {
    const out: TableKeys = {};
    for (const kind of KEY_KINDS) {
      const chosen = plan.keys[kind].chosen;
      if (chosen) out[kind] = chosen.values;
    }
    return out;
  });
}

export interface KeyIndex {
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
export const NONE = -1;
const REPEATED = -2;

export interface Matching {
  readonly spineIndex: Partial<Record<KeyKind, KeyIndex>>;
  readonly tableIndex: (KeyIndex | undefined)[];
  /** Per table: for each spine row, its row in that table (or NONE, REPEATED). */
  readonly partner: (Int32Array | undefined)[];
  /** Per table: for each of its rows, the spine row with its key (or NONE). */
  readonly spineRowOf: (Int32Array | undefined)[];
  /** Per table: rows whose key is in no spine row. */
  readonly lonely: number[][];
}

export function matchTables(
  keys: readonly TableKeys[],
  spine: number,
  matchBy: readonly (KeyKind | undefined)[],
): Matching {
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
