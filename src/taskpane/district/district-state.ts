/**
 * What the District tab holds between events, and the parts it is made of. Every action takes
 * the tab (this object) explicitly: no state lives in closures.
 *
 * The tab holds one to four tables of schools. One table is summarised as it is (its columns
 * mapped by the user), for the LA chosen when it covers several (one-table-la.ts); two or more
 * are joined into one row per school for one LA (join.ts), and the choices the join needs (each
 * table's keys, which table gives a field, the LA, the columns confirmed after a warning) are
 * kept on the tables and the tab, so they survive a table added or removed.
 */
import type { PivotResult } from "../../sheets/district/read/dfe-long";
import type { ColumnMapping, DistrictField } from "../../sheets/district/read/header-detection";
import type { DataField, DistrictJoin, JoinTable } from "../../sheets/district/join/join-types";
import type { KeyOverride } from "../../sheets/district/read/key-columns";
import type { OneTableLa } from "../../sheets/district/join/one-table-la";
import type { DistrictSource } from "../../sheets/district/read/read-types";
import type { KeyKind } from "../../values/school-keys";
import type { PaneEnv } from "../shared/pane-env";
import type { ChecksPart } from "./checks-part";
import type { LaPart } from "./la-part";
import type { ListsPart } from "./lists-part";
import type { MappingPart } from "./mapping-part";
import type { SummaryPart } from "./summary-part";
import type { TablesPart } from "./tables-part";

/** A table of schools read, with the columns chosen for it. */
export interface Loaded {
  /** Its cells and where they are (moved once a table read in the pane is written to a sheet). */
  source: DistrictSource;
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
  /** Notes from recognising the headers (duplicates, missing columns), shown until the user edits the mapping. */
  readonly detectionNotes: readonly string[];
  /** Notes about the file itself (a DfE long-format pivot), shown always. */
  readonly fileNotes: readonly string[];
  /** Fields with equally good candidate columns: Build summary waits until the user picks each. */
  readonly unresolved: Set<DistrictField>;
  /** Outside Excel the source's cells are not on a sheet; a pivoted table is not on one even in Excel. */
  readonly pivot?: PivotResult;
  /** Its URN and LAESTAB columns as the user chose them (a column, or null for none). */
  keys: Partial<Record<KeyKind, KeyOverride>>;
  /** The key it is matched to the table of schools by, when the user chose one. */
  matchBy: KeyKind | undefined;
  /** Columns used after a warning that they do not look like their field: "budget:3". */
  readonly confirmed: Set<string>;
}

/** The join of the tables read, with the tables as the join read them. */
export interface Joined {
  readonly tables: readonly JoinTable[];
  readonly join: DistrictJoin;
}

export interface DistrictTab {
  readonly env: PaneEnv;
  readonly panel: HTMLElement;
  /** "Read 115 rows from …": what was read, from where. */
  readonly sourceStatus: HTMLElement;
  readonly tables: TablesPart;
  readonly mapping: MappingPart;
  readonly la: LaPart;
  readonly checks: ChecksPart;
  readonly lists: ListsPart;
  readonly summary: SummaryPart;
  /** The tables read, in the order read (at most four). */
  sources: Loaded[];
  /** The only table, when one is read; undefined when none or several are. */
  loaded: Loaded | undefined;
  /** For several tables: the table each field is read from, as the user chose it. */
  fieldSources: Partial<Record<DataField, Loaded>>;
  /** The LA chosen (an id), null for every LA, undefined for the preselection (several tables, or one covering several LAs). */
  laChoice: string | null | undefined;
  /** One table: the LAs it covers and the one the summary is for; undefined when it names none. */
  oneLa: OneTableLa | undefined;
  /** For several tables: the last join; undefined with fewer than two tables. */
  joined: Joined | undefined;
  /** A read, a write or a build is running: a second click does nothing. */
  busy: boolean;
}
