/**
 * What joining tables of schools takes and gives: the tables as read with their names, the
 * user's choices, each table's plan (its fields, keys and LA columns), where each field is read
 * from, and the join itself with its lists of what did not match. Types only: the bottom of the
 * join room, imported by its modules, the summary room and the pane.
 */
import type { KeyKind } from "../../../values/school-keys";
import type { ColumnWarning } from "../read/column-checks";
import type { ColumnMapping, DistrictField, HeaderDetection } from "../read/header-detection";
import type { KeyChoice, KeyOverride } from "../read/key-columns";
import type { DistrictSource } from "../read/read-types";
import type { StatusColumns } from "../read/school-status";
import type { HoursGuess } from "../read/allocated-hours";
import type { LaColumns, LaScope } from "./la-scope";

/** How a table is matched to the table of schools: by a key both hold, or by the schools' names. */
export type MatchKind = KeyKind | "name";

/** A table of schools as read (from Excel or a CSV), with the name the pane gives it. */
export interface JoinTable extends DistrictSource {
  /** How the pane and the summary name the table: "DfE SEN by school", "Budget 2025-26". */
  readonly label: string;
  /** The Excel table's name when the source is an Excel table (the lookups then name its columns). */
  readonly tableName?: string;
}

/** The fields a table can give besides the school's name and URN. */
export type DataField = Exclude<DistrictField, "name" | "urn">;

/** A column the user confirmed after a warning that it does not look like its field. */
export interface ConfirmedColumn {
  readonly field: DataField;
  readonly table: number;
  readonly column: number;
}

/** The user's choices; every one is optional and starts from what the headers say. */
export interface JoinChoices {
  /** Per table, the column of each field (the pane's mapping), instead of the detected one. */
  readonly mappings?: readonly (ColumnMapping | undefined)[];
  /** Per table, the URN and LAESTAB columns (null: the table has none). */
  readonly keys?: readonly (Partial<Record<KeyKind, KeyOverride>> | undefined)[];
  /**
   * Per table, how it is matched to the spine: a key (default URN when both hold one, else
   * LAESTAB), or "name" (by the schools' names, each proposed match for the user to accept).
   */
  readonly matchBy?: readonly (MatchKind | undefined)[];
  /** Per table matched by name, the user's decisions on its proposed matches: proposal id to accepted (true) or rejected (false). */
  readonly nameDecisions?: readonly (ReadonlyMap<string, boolean> | undefined)[];
  /** Fields the user has settled (a column chosen, or none): a column that only may hold it no longer waits. */
  readonly settled?: readonly DataField[];
  /** The summary's date, an Excel serial: a school whose close date is before it is closed. Default: none read. */
  readonly asOf?: number;
  /** For a field several tables hold, the table to read it from. */
  readonly fieldSources?: Partial<Record<DataField, number>>;
  /** The LA the summary is for (an id of `la.offered`), null for every LA, undefined for the preselection. */
  readonly la?: string | null;
  readonly confirmed?: readonly ConfirmedColumn[];
}

/** One table as the join reads it. */
export interface TablePlan {
  readonly label: string;
  /** The header detection of its own columns (notes, ties, duplicates). */
  readonly detection: HeaderDetection;
  /** The columns used: the user's mapping or the detected one. */
  readonly mapping: ColumnMapping;
  readonly keys: Readonly<Record<KeyKind, KeyChoice>>;
  readonly laColumns: LaColumns;
  /** Its status and close-date columns (closed and not-yet-open schools are left out). */
  readonly statusColumns: StatusColumns;
}

/** Where a field is read from. */
export interface FieldSource {
  readonly field: DataField;
  /** Every table with a column for it. */
  readonly holders: readonly { readonly table: number; readonly column: number; readonly header: string }[];
  /** The table read, or undefined: no table has it, or several do and the user has not chosen. */
  readonly table: number | undefined;
  readonly column: number | undefined;
  /** Columns that may hold it without saying so plainly (allocated hours only), while no table gives it and the user has not settled it. */
  readonly guesses: readonly { readonly table: number; readonly guess: HoursGuess }[];
}

/** A school of one table with no row in another. */
export interface UnmatchedSchool {
  /** Its row as the sheet numbers it (1-based). */
  readonly row: number;
  readonly name: string;
  /** Its key as read ("2013614"), or "" when the row has none. */
  readonly key: string;
  /** Its key as the table writes it ("201/3614", "1e+05"). */
  readonly written: string;
}

/** The schools of `table` that found no row in `partner`. */
export interface UnmatchedList {
  readonly table: number;
  readonly partner: number;
  readonly kind: MatchKind;
  readonly schools: readonly UnmatchedSchool[];
}

/** A match by name proposed for the user to accept or reject: a school of the spine and a row of the table. */
export interface NameProposal {
  /** Stable while the two rows and their names stay: the key of the user's decision. */
  readonly id: string;
  readonly table: number;
  readonly spineRow: number;
  readonly row: number;
  readonly spineName: string;
  readonly name: string;
  /** "same": the same name once written alike; "short": the same without School, Primary, Academy and the like. */
  readonly tier: "same" | "short";
  /** The user's decision: accepted, rejected, or undefined while undecided. */
  readonly accepted: boolean | undefined;
}

/** A school of a table matched by name that is not matched, with why in words. */
export interface NameMiss extends UnmatchedSchool {
  /** "no school of DfE SEN by school has this name", "2 schools of ... have this name (rows 12 and 40)", ... */
  readonly reason: string;
}

/** A table matched to the spine by name: the proposals and what found no match on either side. */
export interface NameMatches {
  readonly table: number;
  readonly proposals: readonly NameProposal[];
  /** The table's rows with no proposal (or a rejected one), with the reason. */
  readonly misses: readonly NameMiss[];
  /** The spine's schools with no proposal (or a rejected one), with the reason. */
  readonly spineMisses: readonly NameMiss[];
  /** Rows of the table with no school name: they cannot be matched by name. */
  readonly nameless: readonly UnmatchedSchool[];
  /** The spine's rows (indexes) whose school this table has, closed or not open yet: left out of the summary. */
  readonly closedThere: readonly number[];
}

/** A school left out because it is closed or not open yet on the summary's date, or its status cannot be read. */
export interface LeftOutSchool {
  readonly table: number;
  readonly row: number;
  readonly name: string;
  /** "closed ("EstablishmentStatus (name)": Closed)", "closed on 31/08/2024 ("CloseDate")". */
  readonly reason: string;
}

/** A key written more than once in one table: none of its rows is used. */
export interface DuplicateKey {
  readonly table: number;
  readonly kind: KeyKind;
  readonly key: string;
  readonly schools: readonly UnmatchedSchool[];
}

/** The rows of a table whose key cell (of the kind it is matched by) is blank or not a key. */
export interface KeylessRows {
  readonly table: number;
  readonly kind: KeyKind;
  readonly schools: readonly UnmatchedSchool[];
}

/** One school of the summary: the row of each table it was read from. */
export interface JoinedSchool {
  /** Row index (in `rows` of each table), undefined where the table has no row for the school. */
  readonly rows: readonly (number | undefined)[];
  readonly name: string;
  readonly urn: string | undefined;
  readonly laestab: string | undefined;
  /** The LA id (la-scope.ts), undefined when no table says. */
  readonly la: string | undefined;
}

export interface DistrictJoin {
  readonly tables: readonly TablePlan[];
  readonly fields: readonly FieldSource[];
  /** The table each school is a row of: the one giving the SEN support counts. */
  readonly spine: number | undefined;
  /** Per table, how it is matched to the spine (undefined for the spine). */
  readonly matchBy: readonly (MatchKind | undefined)[];
  readonly la: LaScope | undefined;
  /** Columns that do not look like their field; unconfirmed ones are problems. */
  readonly warnings: readonly ColumnWarning[];
  readonly unmatched: readonly UnmatchedList[];
  readonly duplicates: readonly DuplicateKey[];
  /** Rows whose key cell is blank or not a key, per table. */
  readonly keyless: readonly KeylessRows[];
  /** Per table, the rows left out as schools of other LAs. */
  readonly otherLa: readonly number[];
  /** Per table matched by name: its proposals and misses. */
  readonly names: readonly NameMatches[];
  /** Schools (rows of any table) left out as closed or not yet open. */
  readonly leftOut: readonly LeftOutSchool[];
  /** What must be settled before the summary can be built (empty when it can). */
  readonly problems: readonly string[];
  /** Plain-English notes for the pane: what was matched, by which key, what was left out. */
  readonly notes: readonly string[];
  /** The schools of the summary, when the join could be made. */
  readonly schools: readonly JoinedSchool[];
  /** One row per school, for the district summary model, with its mapping; undefined until there are no problems. */
  readonly joined: { readonly source: DistrictSource; readonly mapping: ColumnMapping } | undefined;
}
