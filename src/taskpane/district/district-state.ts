/**
 * What the District tab holds between events, and the parts it is made of. Every action takes
 * the tab (this object) explicitly: no state lives in closures.
 *
 * The tab holds one to four tables of schools. One table is summarised as it is (its columns
 * mapped by the user), for the LA chosen when it covers several (one-table-la.ts); two or more
 * are joined into one row per school for one LA (join.ts), and the choices the join needs (each
 * table's keys, which table gives a field, the LA, the columns confirmed after a warning) are
 * kept on the tables (tables-read.ts) and the tab, so they survive a table added or removed.
 */
import type { DataField } from "../../sheets/district/join/join-types";
import type { OneTableLa } from "../../sheets/district/join/one-table-la";
import type { PaneEnv } from "../shared/pane-env";
import type { ChecksPart } from "./checks-part";
import type { DistrictHandlers } from "./district-handlers";
import type { LaPart } from "./la-part";
import type { ListsPart } from "./lists-part";
import type { MappingPart } from "./mapping-part";
import type { NamesPart } from "./names-part";
import type { SummaryPart } from "./summary-part";
import type { TablesPart } from "./tables-part";
import type { Joined, Loaded } from "./tables-read";

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
  readonly names: NamesPart;
  readonly summary: SummaryPart;
  /** What the user can choose, wired once at mount (so the modules that show the parts import no action). */
  readonly on: DistrictHandlers;
  /** The tables read, in the order read (at most four). */
  sources: Loaded[];
  /** The only table, when one is read; undefined when none or several are. */
  loaded: Loaded | undefined;
  /** For several tables: the table each field is read from, as the user chose it. */
  fieldSources: Partial<Record<DataField, Loaded>>;
  /** For several tables: the fields the user has settled (a column chosen, or none), so a guessed column no longer waits. */
  settled: Set<DataField>;
  /** The LA chosen (an id), null for every LA, undefined for the preselection (several tables, or one covering several LAs). */
  laChoice: string | null | undefined;
  /** One table: the LAs it covers and the one the summary is for; undefined when it names none. */
  oneLa: OneTableLa | undefined;
  /** For several tables: the last join; undefined with fewer than two tables. */
  joined: Joined | undefined;
  /** A read, a write or a build is running: a second click does nothing. */
  busy: boolean;
}
