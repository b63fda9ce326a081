/**
 * The tables the District tab has read, as plain data: each table with the columns, keys and
 * confirmations chosen for it (Loaded), and the join of two or more (Joined). The tab's state
 * (district-state.ts) holds them; the parts are given them to show, so no part imports the tab.
 */
import type { DistrictJoin, JoinTable, MatchKind } from "../../sheets/district/join/join-types";
import type { PivotResult } from "../../sheets/district/read/dfe-long";
import type { ColumnMapping, DistrictField } from "../../sheets/district/read/header-detection";
import type { KeyOverride } from "../../sheets/district/read/key-columns";
import type { DistrictSource } from "../../sheets/district/read/read-types";
import type { KeyKind } from "../../values/school-keys";

/** A table of schools read, with the columns chosen for it. */
export interface Loaded {
  /** Its cells and where they are (moved once a table read in the pane is written to a sheet). */
  source: DistrictSource;
  /** As first read, with the row read as its header (`source` is this without a header row when the user says it has none). */
  readonly asRead: DistrictSource;
  /**
   * Whether its first row is its header: undefined when nothing suggests otherwise; "ask" when the
   * row read as the header looks like a school's (the summary waits for the user); "header" or
   * "none" as the user said.
   */
  headerRow: "ask" | "header" | "none" | undefined;
  /** Where it was read from, as the status line says it: "schools.csv", "table Budget (Budget!A3:C218)". */
  readonly label: string;
  /** How the join and the summary name it ("Row in Budget 2025-26 (LAESTAB)"): its Excel table, sheet or file name. */
  tableLabel: string;
  /** The Excel table's name when it is one (the summary's lookups then name its columns). */
  tableName: string | undefined;
  /** False for a CSV file or a pivoted DfE file until it is written to a sheet (the lookups need it there). */
  onSheet: boolean;
  /** The CSV file it was read from, for the sheet it is written to. */
  readonly fileName: string | undefined;
  mapping: ColumnMapping;
  /** Notes about the file itself (a DfE long-format pivot), shown always. */
  readonly fileNotes: readonly string[];
  /**
   * Fields whose column the user must choose before Build summary: equally good candidate columns,
   * or (allocated hours) a column that only may hold the field. Choosing a column, or none, settles it.
   */
  readonly unresolved: Set<DistrictField>;
  /** Outside Excel the source's cells are not on a sheet; a pivoted table is not on one even in Excel. */
  readonly pivot?: PivotResult;
  /** Its URN and LAESTAB columns as the user chose them (a column, or null for none). */
  keys: Partial<Record<KeyKind, KeyOverride>>;
  /** How it is matched to the table of schools (a key, or the schools' names), when the user chose. */
  matchBy: MatchKind | undefined;
  /** Matched by name: the user's decision on each proposed match (its id), accepted or rejected. */
  readonly nameDecisions: Map<string, boolean>;
  /** Columns used after a warning that they do not look like their field: "budget:3". */
  readonly confirmed: Set<string>;
}

/** The join of the tables read, with the tables as the join read them. */
export interface Joined {
  readonly tables: readonly JoinTable[];
  readonly join: DistrictJoin;
}
