/**
 * The first half of joining tables of schools (join.ts): what each table holds (its fields, its
 * URN and LAESTAB columns, its LA columns), which table each field is read from, whether each
 * chosen column looks like its field, and which key each table is matched by. Pure.
 */
import { KEY_LABELS } from "../../../values/school-keys";
import { checkColumn, type ColumnWarning } from "../read/column-checks";
import { detectColumns, DISTRICT_FIELDS, FIELD_LABELS } from "../read/header-detection";
import { hoursGuesses, guessNote } from "../read/allocated-hours";
import { detectKeys, KEY_KINDS } from "../read/key-columns";
import { detectStatusColumns } from "../read/school-status";
import type {
  ConfirmedColumn,
  DataField,
  FieldSource,
  JoinChoices,
  JoinTable,
  MatchKind,
  TablePlan,
} from "./join-types";
import { detectLaColumns } from "./la-scope";

/** The fields a table can give besides the school's name and URN, in the order of DISTRICT_FIELDS. */
export const DATA_FIELDS: readonly DataField[] = DISTRICT_FIELDS.filter(
  (f): f is DataField => f !== "name" && f !== "urn",
);
/** A school is in the summary only when the tables giving these have its row. */
export const REQUIRED_DATA: readonly DataField[] = ["budget", "schoolAction", "statements"];
export const MAX_JOIN_TABLES = 4;

export function planTable(table: JoinTable, index: number, choices: JoinChoices): TablePlan {
  const detection = detectColumns(table.headers);
  return {
    label: table.label,
    detection,
    mapping: choices.mappings?.[index] ?? detection.mapping,
    keys: detectKeys(table, choices.keys?.[index]),
    laColumns: detectLaColumns(table.headers),
    statusColumns: detectStatusColumns(table.headers),
  };
}

export function headerOf(table: JoinTable, column: number): string {
  const h = table.headers[column];
  return h === null || h === undefined || String(h).trim() === "" ? `column ${column + 1}` : String(h).trim();
}

/** Where each field is read from, and the problems: a field several tables hold, unchosen; a required one none holds. */
export function resolveFields(
  tables: readonly JoinTable[],
  plans: readonly TablePlan[],
  chosen: JoinChoices["fieldSources"] = {},
  settled: readonly DataField[] = [],
): { fields: FieldSource[]; problems: string[] } {
  const problems: string[] = [];
  const fields = DATA_FIELDS.map((field): FieldSource => {
    const holders = plans
      .map((plan, table) => ({ table, column: plan.mapping[field] }))
      .filter((h): h is { table: number; column: number } => h.column !== undefined)
      .map((h) => ({ ...h, header: headerOf(tables[h.table]!, h.column) }));
    const pick = chosen[field];
    const label = `"${FIELD_LABELS[field]}"`;
    // A table whose own headers tie for the field, and whose mapping the user has not settled.
    const tied = plans.flatMap((plan, table) =>
      plan.mapping[field] === undefined
        ? plan.detection.ambiguous.filter((a) => a.field === field).map((a) => ({ table, columns: a.columns }))
        : [],
    );
    let table: number | undefined;
    if (pick !== undefined) {
      if (holders.some((h) => h.table === pick)) table = pick;
      else problems.push(`${tables[pick]?.label ?? `Table ${pick + 1}`} has no column chosen for ${label}.`);
    } else if (holders.length === 1) table = holders[0]!.table;
    else if (holders.length > 1)
      problems.push(
        `${label} is in ${holders.map((h) => `${tables[h.table]!.label} ("${h.header}")`).join(" and ")}: choose which table to read it from.`,
      );
    else if (tied.length > 0)
      problems.push(
        `${tied.map((t) => `${tables[t.table]!.label} (${t.columns.map((c) => `"${headerOf(tables[t.table]!, c)}"`).join(" and ")})`).join("; ")}: columns equally like ${label}: choose one.`,
      );
    else if ((REQUIRED_DATA as readonly string[]).includes(field)) problems.push(`No table has a column for ${label}.`);
    const column = table === undefined ? undefined : plans[table]!.mapping[field];
    const guesses =
      field === "allocated" && holders.length === 0 && !settled.includes(field) ? allGuesses(tables, plans) : [];
    for (const g of guesses) problems.push(guessNote(g.guess, tables.length > 1 ? tables[g.table]!.label : undefined));
    return { field, holders, table, column, guesses };
  });
  return { fields, problems };
}

/** Every table's columns that may hold the allocated hours (the columns already chosen for a field left out). */
function allGuesses(tables: readonly JoinTable[], plans: readonly TablePlan[]) {
  return tables.flatMap((table, t) => {
    const taken = new Set(Object.values(plans[t]!.mapping).filter((c): c is number => c !== undefined));
    return hoursGuesses(table, taken).map((guess) => ({ table: t, guess }));
  });
}

export function columnWarnings(
  tables: readonly JoinTable[],
  fields: readonly FieldSource[],
  confirmed: readonly ConfirmedColumn[],
): { warnings: ColumnWarning[]; problems: string[] } {
  const warnings: ColumnWarning[] = [];
  const problems: string[] = [];
  for (const f of fields) {
    if (f.table === undefined || f.column === undefined) continue;
    const table = tables[f.table]!;
    const label = tables.length > 1 ? table.label : undefined;
    const warning = checkColumn(f.field, table.rows, f.column, table.headers[f.column], f.table, label);
    if (!warning) continue;
    warnings.push(warning);
    const ok = confirmed.some((c) => c.field === f.field && c.table === f.table && c.column === f.column);
    if (!ok) problems.push(warning.message);
  }
  return { warnings, problems };
}

/** Whether a table has a column chosen for the school's name. */
function hasName(plan: TablePlan): boolean {
  return plan.mapping.name !== undefined;
}

/**
 * How each table is matched to the spine: the user's choice (a key both hold, or "name" when both
 * have a name column), else URN when both hold one, else LAESTAB. Tables that share no key are a
 * problem, said once a table, until the user chooses the key columns or to match by name.
 */
export function matchKinds(
  tables: readonly JoinTable[],
  plans: readonly TablePlan[],
  spine: number,
  chosen: JoinChoices["matchBy"] = [],
): { matchBy: (MatchKind | undefined)[]; problems: string[] } {
  const problems: string[] = [];
  const spinePlan = plans[spine]!;
  const label = (t: number): string => tables[t]!.label;
  const matchBy = plans.map((plan, t): MatchKind | undefined => {
    if (t === spine) return undefined;
    const both = KEY_KINDS.filter((k) => plan.keys[k].chosen && spinePlan.keys[k].chosen);
    const pick = chosen[t];
    if (pick === "name") {
      if (hasName(plan) && hasName(spinePlan)) return "name";
      problems.push(
        `${label(t)} cannot be matched by school name: ${hasName(plan) ? label(spine) : label(t)} has no school name column chosen.`,
      );
      return undefined;
    }
    if (pick !== undefined && both.includes(pick)) return pick;
    if (pick !== undefined)
      problems.push(
        `${label(t)} cannot be matched by ${KEY_LABELS[pick]}: ${!plan.keys[pick].chosen ? label(t) : label(spine)} has no ${KEY_LABELS[pick]} column chosen.`,
      );
    else if (both.length === 0)
      problems.push(
        `${label(t)} and ${label(spine)} share no key (URN or LAESTAB): match their schools by name within the LA, or choose the key columns.`,
      );
    return pick === undefined ? both[0] : undefined;
  });
  return { matchBy, problems };
}
