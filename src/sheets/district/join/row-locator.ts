/**
 * Where each school is in a user's table, as a live formula: a MATCH on the school's URN or
 * LAESTAB as the table writes it, else on its name (only where no other row of the table has that
 * name: Excel's MATCH ignores case and takes "*", "?" and "~" as wildcards, so a name is escaped
 * and compared as MATCH would), else on its LA and name together where the name repeats in other
 * LAs (`MATCH(1,INDEX((la=...)*(name=...),0,1),0)`, which needs no Ctrl+Shift+Enter in any Excel).
 * A school none of these finds uniquely is read from its row as read: a snapshot, which the sheet
 * says. The first way that finds the school is used, so a sorted or extended table keeps every
 * lookup right. Pure.
 */
import { parseKey, type KeyKind } from "../../../values/school-keys";
import { isBlankCell } from "../read/blank-cells";
import { columnRange } from "./lookup-ranges";
import type { JoinTable } from "./join-types";

/** How a school is found in a table: by a key, by its name, by its LA and name, or by its row as read. */
export type LookupWay = KeyKind | "name" | "laName" | "row";

/** What each way is called in the summary's headers and notes. */
export const WAY_LABELS: Readonly<Record<LookupWay, string>> = {
  urn: "URN",
  laestab: "LAESTAB",
  name: "school name",
  laName: "LA and school name",
  row: "row as read",
};

/** The columns a table can be searched by (undefined: it has none). */
export interface LocatorColumns {
  readonly urn?: number;
  readonly laestab?: number;
  readonly name?: number;
  /** The LA column the name is paired with where names repeat across LAs. */
  readonly la?: number;
}

/** Excel's MATCH takes at most 255 characters of text. */
const MAX_MATCH_TEXT = 255;

/** A cell as a formula literal: 100000, or "201/3614" (quotes doubled); undefined for a blank or an error. */
export function keyLiteral(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value !== "") return `"${value.replace(/"/g, '""')}"`;
  return undefined;
}

/** Text for MATCH's lookup value: its wildcards (* ? ~) escaped with ~, so it matches only itself. */
function matchLiteral(value: unknown): string | undefined {
  if (typeof value === "string") {
    if (value.length > MAX_MATCH_TEXT) return undefined;
    return keyLiteral(value.replace(/[~*?]/g, (c) => `~${c}`));
  }
  return keyLiteral(value);
}

/** How MATCH compares a cell: numbers as numbers, text ignoring case, never one as the other. */
function matchKey(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return `n${value}`;
  if (typeof value === "string" && value !== "") return `t${value.toLowerCase()}`;
  return undefined;
}

function counts(values: readonly (string | undefined)[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) if (v !== undefined) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/** One table's lookups: built once per table, then asked for each school's row. */
export class RowLocator {
  private readonly unique = new Map<LookupWay, (r: number) => boolean>();

  constructor(
    private readonly table: JoinTable,
    private readonly columns: LocatorColumns,
  ) {}

  private cell(r: number, column: number | undefined): unknown {
    return column === undefined ? undefined : this.table.rows[r]![column];
  }

  /** Whether row `r` is the only row this way finds (worked out for the whole column once). */
  private isUnique(way: LookupWay, r: number): boolean {
    let test = this.unique.get(way);
    if (!test) {
      const rows = this.table.rows;
      const keyOf = (i: number): string | undefined => {
        if (way === "urn" || way === "laestab") return parseKey(way, this.cell(i, this.columns[way]));
        const name = matchKey(this.cell(i, this.columns.name));
        if (way === "name" || name === undefined) return name;
        const la = matchKey(this.cell(i, this.columns.la));
        return la === undefined ? undefined : `${la}\u0000${name}`;
      };
      const keys = rows.map((_row, i) => keyOf(i));
      const seen = counts(keys);
      test = (i) => keys[i] !== undefined && seen.get(keys[i]!) === 1;
      this.unique.set(way, test);
    }
    return test(r);
  }

  /** The MATCH finding row `r` this way, or undefined when this way cannot find it alone. */
  private formula(way: LookupWay, r: number): string | undefined {
    if (way === "row" || !this.isUnique(way, r)) return undefined;
    if (way === "urn" || way === "laestab") {
      const column = this.columns[way]!;
      const literal = keyLiteral(this.cell(r, column));
      return literal === undefined ? undefined : `=MATCH(${literal},${columnRange(this.table, column)},0)`;
    }
    const nameColumn = this.columns.name!;
    if (way === "name") {
      const literal = matchLiteral(this.cell(r, nameColumn));
      return literal === undefined ? undefined : `=MATCH(${literal},${columnRange(this.table, nameColumn)},0)`;
    }
    const laColumn = this.columns.la!;
    const la = keyLiteral(this.cell(r, laColumn));
    const name = keyLiteral(this.cell(r, nameColumn));
    if (la === undefined || name === undefined) return undefined;
    const test = `(${columnRange(this.table, laColumn)}=${la})*(${columnRange(this.table, nameColumn)}=${name})`;
    return `=MATCH(1,INDEX(${test},0,1),0)`;
  }

  /** The ways this table can be searched, in the order given, with the LA and name after the name. */
  ways(order: readonly ("urn" | "laestab" | "name")[]): LookupWay[] {
    const out: LookupWay[] = [];
    for (const way of order) {
      if (this.columns[way] === undefined) continue;
      out.push(way);
      if (way === "name" && this.columns.la !== undefined) out.push("laName");
    }
    return out;
  }

  /** Row `r` found the first way that finds it alone: its MATCH and how, or its row as read. */
  locate(r: number, ways: readonly LookupWay[]): { formula: string | undefined; way: LookupWay } {
    for (const way of ways) {
      if (way !== "row" && isBlankCell(this.cell(r, way === "laName" ? this.columns.name : this.columns[way])))
        continue;
      const formula = this.formula(way, r);
      if (formula !== undefined) return { formula, way };
    }
    return { formula: undefined, way: "row" };
  }
}
