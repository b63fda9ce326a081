/**
 * Which local authority each school belongs to, and which LAs a set of tables covers, so a
 * summary is for the one LA the user picks. An LA is read from an LA name column (`la_name`,
 * "LA (name)", "Local authority"), an LA code column (`old_la_code`, "LA (code)", "LA code",
 * "LANumber": the three-digit code), a GSS code column (`new_la_code`: E09000001), or else the
 * first three digits of the school's LAESTAB. Tables are compared by the three-digit code; a
 * table that names LAs only by name (or GSS code) is linked to codes through the rows of any
 * table that holds both. Pure.
 */
import { laCodeOfLaestab } from "../../../values/school-keys";
import { findHeader, normalizeHeader } from "../../header-match";
import { counted } from "../../number-format";
import { rowIsBlank } from "../read/blank-cells";

/** The columns that say a row's LA (-1 when the table has none). */
export interface LaColumns {
  readonly name: number;
  readonly code: number;
  readonly gss: number;
}

export function detectLaColumns(headers: readonly unknown[]): LaColumns {
  const normalized = headers.map(normalizeHeader);
  return {
    name: findHeader(normalized, "la name", "local authority", "local authority name", "lea name", "la", "lea"),
    code: findHeader(normalized, "old la code", "la code", "la number", "lanumber", "lea code", "la no"),
    gss: findHeader(normalized, "new la code", "la gss code", "gss la code"),
  };
}

export function hasLaColumns(columns: LaColumns): boolean {
  return columns.name >= 0 || columns.code >= 0 || columns.gss >= 0;
}

/** What one row says about its LA. */
export interface LaRef {
  readonly code: string | undefined;
  readonly name: string | undefined;
  readonly gss: string | undefined;
}

const LA_CODE = /^\d{3}$/;
const GSS_CODE = /^E\d{8}$/;

function cellText(row: readonly unknown[], column: number): string | undefined {
  if (column < 0) return undefined;
  const value = row[column];
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  return text === "" ? undefined : text;
}

/** A row's LA: its LA columns, else the LA code its LAESTAB starts with. */
export function laRefOf(row: readonly unknown[], columns: LaColumns, laestab: string | undefined): LaRef {
  const code = cellText(row, columns.code);
  const gss = cellText(row, columns.gss);
  return {
    code:
      code !== undefined && LA_CODE.test(code) ? code : laestab !== undefined ? laCodeOfLaestab(laestab) : undefined,
    name: cellText(row, columns.name),
    gss: gss !== undefined && GSS_CODE.test(gss.toUpperCase()) ? gss.toUpperCase() : undefined,
  };
}

function nameKey(name: string): string {
  return normalizeHeader(name);
}

/**
 * Turns LA references into one id per LA: the three-digit code when it is known (from the row,
 * or from another row giving the same name or GSS code with a code), else "name:..." or "gss:...".
 */
export class LaDirectory {
  private readonly codeByName = new Map<string, string>();
  private readonly codeByGss = new Map<string, string>();
  private readonly nameById = new Map<string, string>();
  /** Names as rows write them, already learnt or looked up (a table repeats its LAs' names on every row). */
  private readonly seenNames = new Set<string>();
  private readonly idByName = new Map<string, string | undefined>();

  /** Learn from a row: a code beside a name or GSS code links them. */
  learn(ref: LaRef): void {
    if (ref.code === undefined) return;
    if (ref.name !== undefined && !this.seenNames.has(ref.name)) {
      this.seenNames.add(ref.name);
      if (!this.codeByName.has(nameKey(ref.name))) this.codeByName.set(nameKey(ref.name), ref.code);
      if (!this.nameById.has(ref.code)) this.nameById.set(ref.code, ref.name);
    }
    if (ref.gss !== undefined && !this.codeByGss.has(ref.gss)) this.codeByGss.set(ref.gss, ref.code);
  }

  /** The LA's id, or undefined when the row says nothing about its LA. */
  idOf(ref: LaRef): string | undefined {
    if (ref.code !== undefined) return ref.code;
    if (ref.name !== undefined) {
      const known = this.idByName.get(ref.name);
      if (known !== undefined) return known;
    }
    const id = this.lookUp(ref);
    if (ref.name !== undefined) this.idByName.set(ref.name, id);
    return id;
  }

  private lookUp(ref: LaRef): string | undefined {
    if (ref.name !== undefined) {
      const code = this.codeByName.get(nameKey(ref.name));
      if (code !== undefined) return code;
    }
    if (ref.gss !== undefined) {
      const code = this.codeByGss.get(ref.gss);
      if (code !== undefined) return code;
    }
    if (ref.name !== undefined) {
      const id = `name:${nameKey(ref.name)}`;
      if (!this.nameById.has(id)) this.nameById.set(id, ref.name);
      return id;
    }
    return ref.gss !== undefined ? `gss:${ref.gss}` : undefined;
  }

  /** How the LA is shown: "Bradford (380)", "380" when no row names it, or the name alone. */
  label(id: string): string {
    const name = this.nameById.get(id);
    if (LA_CODE.test(id)) return name !== undefined ? `${name} (${id})` : `LA ${id}`;
    if (name !== undefined) return name;
    return id.replace(/^gss:/, "");
  }
}

/** What tables say about LAs, read with one directory (a name beside a code in one table links another's). */
export interface TablesLas {
  readonly directory: LaDirectory;
  /** Per table, each row's LA id; undefined for a table with no LA column and no LAESTAB. */
  readonly ids: readonly ((string | undefined)[] | undefined)[];
  /** Per table, its schools (rows that are not blank) in each LA. */
  readonly counts: readonly Map<string, number>[];
}

/** Each row's LA from its LA columns, else its LAESTAB (`laestabs[t][r]`, the key as read). */
export function readLas(
  tables: readonly { readonly rows: readonly (readonly unknown[])[] }[],
  laColumns: readonly LaColumns[],
  laestabs: readonly (readonly (string | undefined)[] | undefined)[],
): TablesLas {
  const directory = new LaDirectory();
  const refs = tables.map((table, t) =>
    hasLaColumns(laColumns[t]!) || laestabs[t]
      ? table.rows.map((row, r) => laRefOf(row, laColumns[t]!, laestabs[t]?.[r]))
      : undefined,
  );
  for (const list of refs) if (list) for (const ref of list) directory.learn(ref);
  const ids = refs.map((list) => (list ? list.map((ref) => directory.idOf(ref)) : undefined));
  const counts = tables.map((table, t) => {
    const m = new Map<string, number>();
    const list = ids[t];
    if (list)
      table.rows.forEach((row, r) => {
        const id = list[r];
        if (id !== undefined && !rowIsBlank(row)) m.set(id, (m.get(id) ?? 0) + 1);
      });
    return m;
  });
  return { directory, ids, counts };
}

/** The note on a table's rows left out as schools of other LAs: "2 rows of DfE SEN by school are schools of other LAs: left out." */
export function otherLaNote(rows: number, table: string): string {
  return `${counted(rows, "row")} of ${table} ${rows === 1 ? "is a school of another LA" : "are schools of other LAs"}: left out.`;
}

/** The choice that summarises every LA in the tables, as the pane offers it. */
export const ALL_LAS_LABEL = "All local authorities";

/** An LA the sources offer, with how many schools each table has in it. */
export interface LaOption {
  readonly id: string;
  readonly label: string;
  /** Schools (rows with a key) per table. */
  readonly schools: readonly number[];
}

/** The LA choice: what the data offers, what is preselected, what is used. */
export interface LaScope {
  /** Every LA found in any table, by label. */
  readonly offered: readonly LaOption[];
  /** The LAs each table covers (ids), in table order. */
  readonly perTable: readonly (readonly string[])[];
  /** True when the sources cover more than one LA: the user picks one (or all). */
  readonly needed: boolean;
  /** The LA preselected from the data: a table that names exactly one LA. */
  readonly preselected: string | undefined;
  /** Why it was preselected, or why none could be. */
  readonly reason: string | undefined;
  /** The LA the summary is for: the user's choice, else the preselection, else the only LA; null: all. */
  readonly chosen: string | null | undefined;
}

/** The one LA that every single-LA table names, when some other table covers several. */
function preselect(perTable: readonly (readonly string[])[], labels: readonly string[], directory: LaDirectory) {
  const single = perTable.map((ids, t) => ({ ids, t })).filter((x) => x.ids.length === 1);
  const ids = new Set(single.map((x) => x.ids[0]!));
  if (single.length === 0) return { id: undefined, reason: "No table names only one LA: choose the LA." };
  if (ids.size > 1)
    return {
      id: undefined,
      reason: `The tables name different LAs (${single.map((x) => `${labels[x.t]}: ${directory.label(x.ids[0]!)}`).join("; ")}): choose the LA.`,
    };
  const id = single[0]!.ids[0]!;
  const names = single.map((x) => labels[x.t]).join(" and ");
  return { id, reason: `${names} ${single.length > 1 ? "name" : "names"} one LA only: ${directory.label(id)}.` };
}

/**
 * The LA scope from the LAs each table covers. `counts[t]` maps LA id to that table's schools.
 * `choice`: an LA id, null for every LA, undefined to take the preselection (so is an id no table holds).
 */
export function laScope(
  counts: readonly ReadonlyMap<string, number>[],
  labels: readonly string[],
  directory: LaDirectory,
  choice: string | null | undefined,
): LaScope {
  const perTable = counts.map((m) => [...m.keys()].sort());
  const all = new Set<string>();
  for (const ids of perTable) for (const id of ids) all.add(id);
  const offered = [...all]
    .map((id) => ({ id, label: directory.label(id), schools: counts.map((m) => m.get(id) ?? 0) }))
    .sort((a, b) => a.label.localeCompare(b.label, "en-GB"));
  const needed = all.size > 1;
  // A choice made for other tables, of an LA these do not hold, is no choice.
  const valid = typeof choice === "string" && !all.has(choice) ? undefined : choice;
  if (!needed) {
    const only = offered[0]?.id;
    return { offered, perTable, needed, preselected: only, reason: undefined, chosen: valid ?? only };
  }
  const { id, reason } = preselect(perTable, labels, directory);
  const chosen = valid === undefined ? id : valid;
  return {
    offered,
    perTable,
    needed,
    preselected: id,
    reason: chosen === id ? reason : chosenReason(chosen!, offered.length, directory, id && reason),
    chosen,
  };
}

/** Why the summary is for the LA the user chose rather than the one preselected (or where none was): "The summary is for Made-up Shire (380), as chosen." */
function chosenReason(
  chosen: string | null,
  all: number,
  directory: LaDirectory,
  preselection: string | undefined,
): string {
  const whom = chosen === null ? `all ${all} LAs` : directory.label(chosen);
  return `The summary is for ${whom}, as chosen${preselection ? ` (${preselection.replace(/\.$/, "")})` : ""}.`;
}
