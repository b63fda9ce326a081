/**
 * What the District tab's parts hand back when the user chooses something: one action each on the
 * tab, wired once at mount (district-tab.ts). Types only, so the parts, the state and the actions
 * share them without importing one another.
 */
import type { ColumnWarning } from "../../sheets/district/read/column-checks";
import type { DistrictField } from "../../sheets/district/read/header-detection";
import type { DataField, MatchKind } from "../../sheets/district/join/join-types";
import type { KeyKind } from "../../values/school-keys";
import type { Loaded } from "./tables-read";

/** What the tables part hands back: a table removed, its key columns, how it is matched, its header row. */
export interface TablesHandlers {
  remove(source: Loaded): void;
  /** A key column chosen: its index, or null for "this table has none". */
  chooseKey(source: Loaded, kind: KeyKind, column: number | null): void;
  chooseMatchBy(source: Loaded, kind: MatchKind): void;
  chooseHeaderRow(source: Loaded, answer: "header" | "none"): void;
}

/** The choices the parts hand back, each one an action on the tab. */
export interface DistrictHandlers extends TablesHandlers {
  /** One table: a field's column (undefined: none). */
  chooseColumn(field: DistrictField, column: number | undefined): void;
  /** Several tables: a field's table and column (undefined: none). */
  chooseFieldColumn(field: DataField, at: { readonly table: number; readonly column: number } | undefined): void;
  confirm(source: Loaded, warning: ColumnWarning, confirmed: boolean): void;
  /** Matches by name: the decision on each of these proposals (undefined: undecided again). */
  decideNames(source: Loaded, ids: readonly string[], accepted: boolean | undefined): void;
}
