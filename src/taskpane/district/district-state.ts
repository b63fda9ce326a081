/**
 * What the District tab holds between events, and the parts it is made of. Every action takes
 * the tab (this object) explicitly: no state lives in closures.
 */
import type { PivotResult } from "../../sheets/district/dfe-long";
import type { ColumnMapping, DistrictField } from "../../sheets/district/header-detection";
import type { DistrictSource } from "../../sheets/district/summary-model";
import type { PaneEnv } from "../shared/pane-env";
import type { MappingPart } from "./mapping-part";
import type { SummaryPart } from "./summary-part";

/** A table of schools read, with the columns chosen for it. */
export interface Loaded {
  readonly source: DistrictSource;
  readonly label: string;
  mapping: ColumnMapping;
  /** Notes from recognising the headers (duplicates, missing columns), shown until the user edits the mapping. */
  readonly detectionNotes: readonly string[];
  /** Notes about the file itself (a DfE long-format pivot), shown always. */
  readonly fileNotes: readonly string[];
  /** Fields with equally good candidate columns: Build summary waits until the user picks each. */
  readonly unresolved: Set<DistrictField>;
  /** Outside Excel the source's cells are not on a sheet; a pivoted table is not on one even in Excel. */
  readonly pivot?: PivotResult;
}

export interface DistrictTab {
  readonly env: PaneEnv;
  readonly panel: HTMLElement;
  /** "Read 115 rows from …": what was read, from where. */
  readonly sourceStatus: HTMLElement;
  readonly mapping: MappingPart;
  readonly summary: SummaryPart;
  /** The table of schools read last; undefined until one is. */
  loaded: Loaded | undefined;
}
