/**
 * The live lookups a district summary writes into the user's own tables, as pure data (the
 * summary of one table has them too: one-table-lookups.ts): per source table, one MATCH a school
 * (its position in that table, found as row-locator.ts says: by key, else by name), and
 * per input, an INDEX into the column it is read from. So when the LA corrects a budget in its
 * table, the summary follows; sorting the table or inserting rows does not break it either.
 * INDEX/MATCH works in every Excel (XLOOKUP only from Excel 2021).
 *
 * Keys are matched as each table writes them. A plain MATCH compares a cell's value and type
 * exactly: "201/3614" is not 2013614, and the text "100000" (the DfE sheet the pane writes keeps
 * keys as text) is not the number 100000 (a survey typed in Excel). So each school's MATCH looks
 * up the key exactly as that table holds it, found during the join: '=MATCH("201/3614",Budget[[LAESTAB]],0)'
 * for the budget table, '=MATCH(100000,Survey[[URN]],0)' for the survey. No helper column is added
 * to the user's tables (they are never written to), and no array formula normalises a whole
 * column on every recalculation (24,000 of those would be slow, and need Ctrl+Shift+Enter in
 * Excel 2019). One MATCH a school and table, then INDEX for each input, keeps recalculation to
 * one search per school and table. If the LA later rewrites a key in its table, that school's
 * MATCH gives #N/A, which shows: rebuild the summary. A school no key or name finds alone is read
 * from its row as read, and the sheet says how many are.
 *
 * Ranges (lookup-ranges.ts): an Excel table's column by name (`Budget[[Notional SEN Budget]]`,
 * which grows with the table); otherwise the column's cells from the first school to the last,
 * absolute (`'Budget 2025'!$D$4:$D$118`), never a whole column. Pure.
 */
import { FIELD_LABELS, type DistrictField } from "../read/header-detection";
import { KEY_KINDS } from "../read/key-columns";
import type { DistrictJoin, JoinTable } from "./join-types";
import { columnRange, whereIs } from "./lookup-ranges";
import { RowLocator, WAY_LABELS, type LocatorColumns, type LookupWay } from "./row-locator";

/** One MATCH per school into one table: where the school is in it. */
export interface RowLookup {
  readonly table: number;
  /** The summary column that holds the MATCH: "Row in Budget 2025-26 (LAESTAB)". */
  readonly header: string;
  /** Per school of the summary: '=MATCH("201/3614",Budget[[LAESTAB]],0)', undefined where it has no MATCH. */
  readonly formulas: readonly (string | undefined)[];
  /** Per school: its position in the table (1 for the first row), undefined where it has no row there. */
  readonly positions: readonly (number | undefined)[];
  /** Per school with a row: how it is found ("row": a snapshot of its position as read). */
  readonly ways: readonly (LookupWay | undefined)[];
  /** Schools read from their row as read (no key or name finds them alone). */
  readonly snapshots: number;
}

/** Where one input of the summary is read from. */
export interface FieldLookup {
  readonly field: DistrictField;
  readonly table: number;
  /** Index in `rows` of the MATCH giving the school's position in that table. */
  readonly rowLookup: number;
  /** The column read, in a formula: "Budget[[Notional SEN Budget]]" or "'Budget'!$D$4:$D$9". */
  readonly valueRange: string;
  /** True when some schools have no row in that table: their cell is blank. */
  readonly optional: boolean;
}

export interface JoinLookups {
  readonly rows: readonly RowLookup[];
  readonly fields: readonly FieldLookup[];
  /** For the summary sheet: which tables it reads, where, by which key, and what for. */
  readonly readsFrom: readonly string[];
}

/** "URN", "LAESTAB or school name": the ways a table's schools are found, in order of use. */
export function waysText(ways: readonly (LookupWay | undefined)[]): string {
  const used = new Set(ways.filter((w): w is LookupWay => w !== undefined));
  const order: LookupWay[] = ["urn", "laestab", "name", "laName", "row"];
  const labels = order.filter((w) => used.has(w)).map((w) => WAY_LABELS[w]);
  return labels.length === 0 ? "row as read" : labels.join(" or ");
}

/**
 * The MATCH column for one table: `rows[i]` is the school's row in it (undefined: none), found by
 * `order` (keys, then the name), else a snapshot of the row as read.
 */
export function rowLookup(
  table: JoinTable,
  t: number,
  columns: LocatorColumns,
  order: readonly ("urn" | "laestab" | "name")[],
  rows: readonly (number | undefined)[],
): RowLookup {
  const locator = new RowLocator(table, columns);
  const ways = locator.ways(order);
  const formulas = new Array<string | undefined>(rows.length).fill(undefined);
  const positions = new Array<number | undefined>(rows.length).fill(undefined);
  const used = new Array<LookupWay | undefined>(rows.length).fill(undefined);
  let snapshots = 0;
  rows.forEach((r, i) => {
    if (r === undefined) return;
    const found = locator.locate(r, ways);
    formulas[i] = found.formula;
    positions[i] = r + 1;
    used[i] = found.way;
    if (found.way === "row") snapshots += 1;
  });
  return { table: t, header: `Row in ${table.label} (${waysText(used)})`, formulas, positions, ways: used, snapshots };
}

/** The key a table's lookups use first: the way it was matched; for the spine, a key some table was matched by, else its own. */
function lookupOrder(join: DistrictJoin, t: number): ("urn" | "laestab" | "name")[] {
  const matched = join.matchBy[t];
  if (matched === "name") return ["name"];
  if (matched !== undefined) return [matched, "name"];
  const used = KEY_KINDS.filter((k) => join.matchBy.includes(k));
  const own = KEY_KINDS.filter((k) => join.tables[t]!.keys[k].chosen);
  return [...new Set([...used, ...own]), "name"];
}

/** The columns a joined table can be searched by: its chosen keys, its name, its LA column. */
function joinColumns(join: DistrictJoin, t: number): LocatorColumns {
  const plan = join.tables[t]!;
  const la = [plan.laColumns.code, plan.laColumns.name, plan.laColumns.gss].find((c) => c >= 0);
  return {
    ...(plan.keys.urn.chosen ? { urn: plan.keys.urn.chosen.column } : {}),
    ...(plan.keys.laestab.chosen ? { laestab: plan.keys.laestab.chosen.column } : {}),
    ...(plan.mapping.name !== undefined ? { name: plan.mapping.name } : {}),
    ...(la !== undefined ? { la } : {}),
  };
}

/** The line naming what a table gives and how it is searched: "Budget 2025-26 (Budget!A3:C218), by LAESTAB: Notional SEN budget." */
export function readsFromLine(table: JoinTable, row: RowLookup, fields: readonly FieldLookup[], t: number): string {
  const what = fields.filter((f) => f.table === t).map((f) => FIELD_LABELS[f.field]);
  return `${table.label} (${whereIs(table)}), by ${waysText(row.ways)}: ${what.join(", ")}.`;
}

/**
 * The lookups of a join whose `joined` table is ready: one MATCH column per table the summary
 * reads, and each input's INDEX. Throws when the join still has problems.
 */
export function buildLookups(tables: readonly JoinTable[], join: DistrictJoin): JoinLookups {
  if (join.joined === undefined || join.spine === undefined)
    throw new Error(`The tables cannot be joined yet: ${join.problems.join(" ")}`);
  const spine = join.spine;
  const reads = join.fields.filter((f) => f.table !== undefined && f.column !== undefined);
  const nameColumn = join.tables[spine]!.mapping.name;
  const wanted = [
    ...(nameColumn === undefined ? [] : [{ field: "name" as DistrictField, table: spine, column: nameColumn }]),
    ...reads.map((f) => ({ field: f.field as DistrictField, table: f.table!, column: f.column! })),
  ];
  const rows: RowLookup[] = [];
  const byTable = new Map<number, number>();
  const fields: FieldLookup[] = [];
  for (const w of wanted) {
    if (!byTable.has(w.table)) {
      byTable.set(w.table, rows.length);
      const schoolRows = join.schools.map((school) => school.rows[w.table]);
      rows.push(
        rowLookup(tables[w.table]!, w.table, joinColumns(join, w.table), lookupOrder(join, w.table), schoolRows),
      );
    }
    const index = byTable.get(w.table)!;
    const optional = rows[index]!.positions.some((p) => p === undefined);
    fields.push({
      field: w.field,
      table: w.table,
      rowLookup: index,
      valueRange: columnRange(tables[w.table]!, w.column),
      optional,
    });
  }
  const readsFrom = rows.map((row) => readsFromLine(tables[row.table]!, row, fields, row.table));
  return { rows, fields, readsFrom };
}

/** The reference an input cell reads, given the summary cell holding the school's MATCH: "INDEX(Budget[[Notional SEN Budget]],F5)". */
export function lookupReference(lookup: FieldLookup, rowCell: string): string {
  return `INDEX(${lookup.valueRange},${rowCell})`;
}

/**
 * An input cell's formula: "=INDEX(...)", or `body` made of that reference (a wrapper such as
 * IF(ISBLANK(...),"",...)); for a table some schools are not in, blank where the MATCH cell is blank.
 */
export function lookupFormula(
  lookup: FieldLookup,
  rowCell: string,
  body: string = lookupReference(lookup, rowCell),
): string {
  return lookup.optional ? `=IF(${rowCell}="","",${body})` : `=${body}`;
}
