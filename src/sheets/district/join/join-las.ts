/**
 * The LAs of a join: each row's LA, the spine's rows taking a partner's LA when they name none
 * (la-scope.ts reads them), the LA choice, and which rows the LA chosen keeps. Pure.
 */
import { rowIsBlank } from "../read/blank-cells";
import type { JoinTable, TablePlan } from "./join-types";
import { NONE, type Matching, type TableKeys } from "./key-matching";
import { laScope, readLas, type LaScope } from "./la-scope";

export interface LaResolution {
  readonly scope: LaScope;
  /** Per table, each row's LA id (the spine's rows take a partner's LA when they name none). */
  readonly ids: readonly ((string | undefined)[] | undefined)[];
}

/** What the tables name themselves: each row's own LA, and the LA choice made from them. */
export interface OwnLas {
  readonly scope: LaScope;
  /** Per table, each row's LA as its own columns (or LAESTAB) say, undefined where it says none. */
  readonly own: readonly ((string | undefined)[] | undefined)[];
}

/** Each row's own LA and the LA scope: what each table names decides the choice, before any row is matched. */
export function readJoinLas(
  tables: readonly JoinTable[],
  plans: readonly TablePlan[],
  keys: readonly TableKeys[],
  choice: string | null | undefined,
): OwnLas {
  const { directory, ids, counts } = readLas(
    tables,
    plans.map((plan) => plan.laColumns),
    keys.map((k) => k.laestab),
  );
  const labels = tables.map((t) => t.label);
  return { scope: laScope(counts, labels, directory, choice), own: ids };
}

/** A row that names no LA takes its partner's: the spine's from any table matched to it, the others' from the spine. */
export function fillLas(tables: readonly JoinTable[], las: OwnLas, matching: Matching, spine: number): LaResolution {
  const own = las.own;
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
  return { scope: las.scope, ids };
}

export interface Scoped {
  /** Is the row in the chosen LA (a row whose LA is unknown is kept)? */
  readonly keep: (t: number, r: number) => boolean;
  /** Per table, the rows of other LAs. */
  readonly otherLa: number[];
}

export function scoping(tables: readonly JoinTable[], las: LaResolution): Scoped {
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
