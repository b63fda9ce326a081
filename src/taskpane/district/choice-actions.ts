/**
 * What the user can choose on the District tab's tables, each an action that changes the tab's
 * state and shows every part again (sources-actions.ts): a column for a field (one table, or which
 * table and column when several are joined), a key column, how a table is matched, the LA, a
 * column confirmed after a warning, a table's header row, the decisions on matches by name.
 */
import type { ColumnWarning } from "../../sheets/district/read/column-checks";
import type { DistrictField } from "../../sheets/district/read/header-detection";
import type { DataField, MatchKind } from "../../sheets/district/join/join-types";
import type { KeyKind } from "../../values/school-keys";
import type { DistrictHandlers } from "./district-handlers";
import type { DistrictTab } from "./district-state";
import { confirmedKey } from "./mapping-part";
import { removeSource, setHeaderRow, showSingleNotes, showSources } from "./sources-actions";
import type { Loaded } from "./tables-read";

/** One table: the user chose the column for a field (or none): the field is settled. */
function chooseColumn(tab: DistrictTab, field: DistrictField, column: number | undefined): void {
  if (!tab.loaded) return;
  tab.loaded.mapping = { ...tab.loaded.mapping, [field]: column };
  tab.loaded.unresolved.delete(field);
  showSingleNotes(tab);
}

/** Several tables: the table and column an input is read from (undefined: no column in any table); the field is settled. */
function chooseFieldColumn(
  tab: DistrictTab,
  field: DataField,
  at: { readonly table: number; readonly column: number } | undefined,
): void {
  if (at === undefined) {
    for (const s of tab.sources) s.mapping = { ...s.mapping, [field]: undefined };
    delete tab.fieldSources[field];
  } else {
    const source = tab.sources[at.table]!;
    source.mapping = { ...source.mapping, [field]: at.column };
    tab.fieldSources[field] = source;
  }
  tab.settled.add(field);
  showSources(tab);
}

function chooseKey(tab: DistrictTab, source: Loaded, kind: KeyKind, column: number | null): void {
  source.keys = { ...source.keys, [kind]: column };
  showSources(tab);
}

function chooseMatchBy(tab: DistrictTab, source: Loaded, kind: MatchKind): void {
  source.matchBy = kind;
  showSources(tab);
}

export function chooseLa(tab: DistrictTab, la: string | null | undefined): void {
  tab.laChoice = la;
  showSources(tab);
}

/** A column that does not look like its field confirmed, or the confirmation withdrawn. */
function confirmColumn(tab: DistrictTab, source: Loaded, warning: ColumnWarning, confirmed: boolean): void {
  if (confirmed) source.confirmed.add(confirmedKey(warning));
  else source.confirmed.delete(confirmedKey(warning));
  if (tab.sources.length >= 2) showSources(tab);
  else showSingleNotes(tab);
}

function chooseHeaderRow(tab: DistrictTab, source: Loaded, answer: "header" | "none"): void {
  setHeaderRow(source, answer);
  showSources(tab);
  tab.env.announce(`${source.tableLabel}: ${source.source.rows.length} rows read as schools.`);
}

/** Matches by name decided (undefined: undecided again), one or all at once. */
function decideNames(tab: DistrictTab, source: Loaded, ids: readonly string[], accepted: boolean | undefined): void {
  for (const id of ids) {
    if (accepted === undefined) source.nameDecisions.delete(id);
    else source.nameDecisions.set(id, accepted);
  }
  showSources(tab);
  if (ids.length > 1)
    tab.env.announce(`${ids.length} matches by name of ${source.tableLabel} ${accepted ? "accepted" : "rejected"}.`);
}

/** The tab's handlers, each an action on `tab`. */
export function districtHandlers(tab: DistrictTab): DistrictHandlers {
  return {
    remove: (source) => removeSource(tab, source),
    chooseKey: (source, kind, column) => chooseKey(tab, source, kind, column),
    chooseMatchBy: (source, kind) => chooseMatchBy(tab, source, kind),
    chooseHeaderRow: (source, answer) => chooseHeaderRow(tab, source, answer),
    chooseColumn: (field, column) => chooseColumn(tab, field, column),
    chooseFieldColumn: (field, at) => chooseFieldColumn(tab, field, at),
    confirm: (source, warning, confirmed) => confirmColumn(tab, source, warning, confirmed),
    decideNames: (source, ids, accepted) => decideNames(tab, source, ids, accepted),
  };
}
