/**
 * The live lookups a district summary built from several tables writes into the user's own
 * tables, as pure data: per source table, one MATCH a school (its position in that table), and
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
 * MATCH gives #N/A, which shows: rebuild the summary.
 *
 * Ranges: an Excel table's column by name (`Budget[[Notional SEN Budget]]`, which grows with the
 * table); otherwise the column's cells from the first school to the last, absolute
 * (`'Budget 2025'!$D$4:$D$118`), never a whole column. Pure.
 */
import { KEY_LABELS, type KeyKind } from "../../../values/school-keys";
import { columnLetters, rangeAddress } from "../../a1-address";
import { escapeTableColumn, quoteSheetName } from "../../sheet-names";
import { FIELD_LABELS, type DistrictField } from "../read/header-detection";
import { KEY_KINDS } from "../read/key-columns";
import type { DistrictJoin, JoinTable } from "./join-types";

/** One MATCH per school into one table: where the school is in it. */
export interface RowLookup {
  readonly table: number;
  readonly kind: KeyKind;
  /** The summary column that holds the MATCH: "Row in Budget 2025-26 (LAESTAB)". */
  readonly header: string;
  /** The table's key column in a formula: "Budget[[LAESTAB]]" or "'Budget'!$A$4:$A$9". */
  readonly keyRange: string;
  /** Per school of the join: '=MATCH("201/3614",Budget[[LAESTAB]],0)', or undefined where the school has no row. */
  readonly formulas: readonly (string | undefined)[];
  /** Per school: the position the MATCH gives (1 for the first school row), for previews. */
  readonly positions: readonly (number | undefined)[];
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

/** The column's name in its Excel table, when a structured reference can name it safely. */
function tableColumnName(table: JoinTable, column: number): string | undefined {
  if (table.tableName === undefined) return undefined;
  const header = table.headers[column];
  if (typeof header !== "string" && typeof header !== "number") return undefined;
  const name = String(header);
  if (name.trim() === "" || name !== name.trim() || /[\r\n\t]/.test(name)) return undefined;
  const lower = name.toLowerCase();
  const same = table.headers.filter((h) => h !== null && h !== undefined && String(h).toLowerCase() === lower);
  return same.length === 1 ? name : undefined;
}

/** A column of a source table, in a formula. */
export function columnRange(table: JoinTable, column: number): string {
  const name = tableColumnName(table, column);
  if (name !== undefined) return `${table.tableName}[[${escapeTableColumn(name)}]]`;
  const letters = columnLetters(table.firstCol + column);
  const first = table.headerRow + 2;
  const last = table.headerRow + 1 + Math.max(1, table.rows.length);
  return `${quoteSheetName(table.sheetName)}!$${letters}$${first}:$${letters}$${last}`;
}

/** A key exactly as a cell holds it, as a formula literal: 100000, or "201/3614" (quotes doubled). */
export function keyLiteral(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value !== "") return `"${value.replace(/"/g, '""')}"`;
  return undefined;
}

/** The key a table's lookups use: the one it was matched by; for the spine, URN when it has it. */
function lookupKind(join: DistrictJoin, t: number): KeyKind | undefined {
  const matched = join.matchBy[t];
  if (matched !== undefined) return matched;
  const used = KEY_KINDS.filter((k) => join.matchBy.includes(k));
  const own = KEY_KINDS.filter((k) => join.tables[t]!.keys[k].chosen);
  return used[0] ?? own[0];
}

function rowLookup(tables: readonly JoinTable[], join: DistrictJoin, t: number, kind: KeyKind): RowLookup {
  const table = tables[t]!;
  const keyColumn = join.tables[t]!.keys[kind].chosen!.column;
  const keyRange = columnRange(table, keyColumn);
  const formulas: (string | undefined)[] = [];
  const positions: (number | undefined)[] = [];
  for (const school of join.schools) {
    const r = school.rows[t];
    const literal = r === undefined ? undefined : keyLiteral(table.rows[r]![keyColumn]);
    formulas.push(literal === undefined ? undefined : `=MATCH(${literal},${keyRange},0)`);
    positions.push(literal === undefined ? undefined : r! + 1);
  }
  return { table: t, kind, header: `Row in ${table.label} (${KEY_LABELS[kind]})`, keyRange, formulas, positions };
}

function whereIs(table: JoinTable): string {
  if (table.tableName !== undefined) return `Excel table ${table.tableName} on sheet ${table.sheetName}`;
  const width = Math.max(1, table.headers.length);
  return `${table.sheetName}!${rangeAddress(table.headerRow, table.firstCol, table.rows.length + 1, width)}`;
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
      const kind = lookupKind(join, w.table);
      if (kind === undefined) continue;
      byTable.set(w.table, rows.length);
      rows.push(rowLookup(tables, join, w.table, kind));
    }
    const index = byTable.get(w.table)!;
    const optional = rows[index]!.formulas.some((f) => f === undefined);
    fields.push({
      field: w.field,
      table: w.table,
      rowLookup: index,
      valueRange: columnRange(tables[w.table]!, w.column),
      optional,
    });
  }
  const readsFrom = rows.map((row) => {
    const table = tables[row.table]!;
    const what = fields.filter((f) => f.table === row.table).map((f) => FIELD_LABELS[f.field]);
    return `${table.label} (${whereIs(table)}), by ${KEY_LABELS[row.kind]}: ${what.join(", ")}.`;
  });
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
