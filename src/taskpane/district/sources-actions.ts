/**
 * The District tab's tables and the choices made on them: a table read is added (or replaces the
 * one read from the same place), removed, and shown; one table is mapped column by column, two to
 * four are joined (join.ts) with the user's choices of keys, the table each input comes from, the
 * LA and the columns confirmed after a warning. After each change the parts are shown again from
 * the tab's state, and the focus stays on the control the user was using.
 */
import { joinedMobility } from "../../sheets/district/summary/joined-summary";
import { matchLists } from "../../sheets/district/join/match-lists";
import { detectColumns, type DistrictField } from "../../sheets/district/read/header-detection";
import { joinDistrict } from "../../sheets/district/join/join";
import { MAX_JOIN_TABLES } from "../../sheets/district/join/join-plan";
import type { DataField, JoinChoices, JoinTable } from "../../sheets/district/join/join-types";
import type { ColumnWarning } from "../../sheets/district/read/column-checks";
import type { PivotResult } from "../../sheets/district/read/dfe-long";
import { oneTableLa, type OneTableLa } from "../../sheets/district/join/one-table-la";
import type { DistrictSource } from "../../sheets/district/read/read-types";
import type { KeyKind } from "../../values/school-keys";
import { showChecks } from "./checks-part";
import type { DistrictTab } from "./district-state";
import { renderJoinFields } from "./join-fields";
import { showLa } from "./la-part";
import { showLists } from "./lists-part";
import { checkedWarnings, confirmedKey, notesAfterEdit, renderMapping, showNotes, singleBlocked } from "./mapping-part";
import { clearSummary } from "./summary-part";
import { showTables, type TablesHandlers } from "./tables-part";
import type { Joined, Loaded } from "./tables-read";
import { focusResult } from "../shared/dom";
import { counted } from "../shared/words";

/** Where a table read comes from and what the pane knows of it beyond its cells. */
export interface LoadedFrom {
  readonly label: string;
  readonly tableLabel: string;
  readonly onSheet: boolean;
  readonly tableName?: string;
  readonly fileName?: string;
  readonly pivot?: PivotResult;
  /** Notes about the file itself (a DfE long-format pivot). */
  readonly fileNotes?: readonly string[];
}

/** A table read, its columns recognised by their headers, no choice made yet. */
export function loadedFrom(source: DistrictSource, from: LoadedFrom): Loaded {
  const detection = detectColumns(source.headers);
  return {
    source,
    label: from.label,
    tableLabel: from.tableLabel,
    tableName: from.tableName,
    onSheet: from.onSheet,
    fileName: from.fileName,
    mapping: { ...detection.mapping },
    detectionNotes: detection.notes,
    fileNotes: from.fileNotes ?? [],
    unresolved: new Set(detection.ambiguous.map((a) => a.field)),
    ...(from.pivot ? { pivot: from.pivot } : {}),
    keys: {},
    matchBy: undefined,
    confirmed: new Set(),
  };
}

/** A label no other table has: "Budget", else "Budget (2)", ... */
function uniqueLabel(tab: DistrictTab, wanted: string, self: Loaded): string {
  const taken = new Set(tab.sources.filter((s) => s !== self).map((s) => s.tableLabel.toLowerCase()));
  let label = wanted;
  for (let n = 2; taken.has(label.toLowerCase()); n += 1) label = `${wanted} (${n})`;
  return label;
}

/** Add a table read (replacing one read from the same place); at most four. Throws a message for the pane. */
export function addSource(tab: DistrictTab, loaded: Loaded): void {
  const same = tab.sources.findIndex((s) => s.label === loaded.label);
  if (same < 0 && tab.sources.length >= MAX_JOIN_TABLES)
    throw new Error(`A summary joins up to ${MAX_JOIN_TABLES} tables: remove one before reading ${loaded.label}.`);
  if (same >= 0) {
    const old = tab.sources[same]!;
    for (const [field, source] of Object.entries(tab.fieldSources))
      if (source === old) tab.fieldSources[field as DataField] = loaded;
    tab.sources[same] = loaded;
  } else tab.sources.push(loaded);
  loaded.tableLabel = uniqueLabel(tab, loaded.tableLabel, loaded);
  showSources(tab);
}

export function removeSource(tab: DistrictTab, source: Loaded): void {
  tab.sources = tab.sources.filter((s) => s !== source);
  for (const [field, s] of Object.entries(tab.fieldSources))
    if (s === source) delete tab.fieldSources[field as DataField];
  showSources(tab);
  // Its Remove button went with it: the focus goes to the line saying so, not to the page.
  const left = tab.sources.length === 0 ? "No table is read." : `${counted(tab.sources.length, "table")} read.`;
  tab.sourceStatus.textContent = `Removed ${source.tableLabel}. ${left}`;
  focusResult(tab.env, tab.sourceStatus);
}

/** The tables as the join reads them, named as the pane names them. */
export function joinTables(tab: DistrictTab): JoinTable[] {
  return tab.sources.map((s) => ({
    ...s.source,
    label: s.tableLabel,
    ...(s.tableName ? { tableName: s.tableName } : {}),
  }));
}

function joinChoices(tab: DistrictTab): JoinChoices {
  const fieldSources: Partial<Record<DataField, number>> = {};
  for (const [field, source] of Object.entries(tab.fieldSources)) {
    const t = tab.sources.indexOf(source);
    if (t >= 0) fieldSources[field as DataField] = t;
  }
  return {
    mappings: tab.sources.map((s) => s.mapping),
    keys: tab.sources.map((s) => s.keys),
    matchBy: tab.sources.map((s) => s.matchBy),
    fieldSources,
    la: tab.laChoice,
    confirmed: tab.sources.flatMap((s, table) =>
      [...s.confirmed].map((key) => {
        const [field, column] = key.split(":");
        return { field: field as DataField, table, column: Number(column) };
      }),
    ),
  };
}

/** What keeps a join from being summarised: its problems, or a mobility column mixing shares and percentages. */
export function joinBlocked(joined: Joined): boolean {
  return joined.join.problems.length > 0 || !!joinedMobility(joined.tables, joined.join)?.problem;
}

/** Build summary is enabled when nothing blocks the summary and nothing is running. */
export function showBuildState(tab: DistrictTab): void {
  const blocked = tab.joined ? joinBlocked(tab.joined) : tab.loaded ? singleBlocked(tab.loaded, tab.oneLa) : true;
  tab.summary.build.disabled = tab.busy || blocked;
}

/** Join the tables with the choices made, and show the columns, the LA, the checks and the lists. */
function showJoin(tab: DistrictTab): void {
  const tables = joinTables(tab);
  const join = joinDistrict(tables, joinChoices(tab));
  const joined: Joined = { tables, join };
  tab.joined = joined;
  tab.oneLa = undefined;
  const mobility = joinedMobility(tables, join);
  renderJoinFields(
    tab.mapping,
    joined,
    (field, at) => chooseFieldColumn(tab, field, at),
    mobility?.note ? [mobility.note] : [],
  );
  if (mobility?.problem) {
    const item = tab.panel.ownerDocument.createElement("li");
    item.className = "preview-warning";
    item.textContent = mobility.problem;
    tab.mapping.notes.prepend(item);
  }
  showLa(
    tab.la,
    join.la,
    tables.map((t) => t.label),
  );
  const warnings = join.warnings.map((warning) => ({
    warning,
    confirmed: tab.sources[warning.table]!.confirmed.has(confirmedKey(warning)),
  }));
  showChecks(tab.checks, warnings, (warning, confirmed) => confirmJoinColumn(tab, warning, confirmed));
  // The lists exist once the tables could be matched (the keys and the LA settled).
  showLists(tab.lists, join.unmatched.length > 0 ? matchLists(tables, join) : []);
}

/** The only table's LAs and the one its summary is for, undefined when it names none. */
export function loadedLa(tab: DistrictTab): OneTableLa | undefined {
  const loaded = tab.loaded;
  return loaded ? oneTableLa(loaded.source, loaded.tableLabel, tab.laChoice, loaded.keys.laestab) : undefined;
}

/** One table: its columns mapped one by one, the LA when it covers several, no lists. */
function showSingle(tab: DistrictTab): void {
  tab.joined = undefined;
  tab.oneLa = loadedLa(tab);
  showLa(tab.la, tab.oneLa?.scope, tab.loaded ? [tab.loaded.tableLabel] : []);
  showLists(tab.lists, undefined);
  if (!tab.loaded) {
    tab.mapping.section.hidden = true;
    tab.checks.section.hidden = true;
    return;
  }
  renderMapping(tab.mapping, tab.loaded, (field, column) => chooseColumn(tab, field, column));
  showSingleNotes(tab, tab.loaded.detectionNotes);
}

/** One table: the notes on its columns, the columns that do not look like their field, and whether Build summary may run. */
function showSingleNotes(tab: DistrictTab, columnNotes: readonly string[]): void {
  const { loaded } = tab;
  if (!loaded) return;
  showNotes(tab.mapping, loaded, tab.oneLa, columnNotes);
  showChecks(tab.checks, checkedWarnings(loaded), (warning, confirmed) =>
    confirmColumn(tab, loaded, warning, confirmed),
  );
  tab.summary.build.disabled = tab.busy || singleBlocked(loaded, tab.oneLa);
}

/** One table, after the user chose or confirmed a column: its notes again, with the fields still to choose. */
function showNotesAfterEdit(tab: DistrictTab): void {
  if (tab.loaded) showSingleNotes(tab, notesAfterEdit(tab.loaded));
}

function tablesHandlers(tab: DistrictTab): TablesHandlers {
  return {
    remove: (source) => removeSource(tab, source),
    chooseKey: (source, kind, column) => chooseKey(tab, source, kind, column),
    chooseMatchBy: (source, kind) => chooseMatchBy(tab, source, kind),
  };
}

/** Show every part from the tab's state: the tables, then one table's mapping or the join. */
export function showSources(tab: DistrictTab): void {
  const doc = tab.panel.ownerDocument;
  const focused =
    doc.activeElement instanceof HTMLElement && tab.panel.contains(doc.activeElement) ? doc.activeElement.id : "";
  tab.loaded = tab.sources.length === 1 ? tab.sources[0] : undefined;
  if (tab.sources.length >= 2) showJoin(tab);
  else showSingle(tab);
  showTables(tab.tables, { sources: tab.sources, joined: tab.joined, inExcel: tab.env.inExcel }, tablesHandlers(tab));
  tab.summary.pivotActions.hidden = !(tab.env.inExcel && tab.loaded?.pivot && !tab.loaded.onSheet);
  clearSummary(tab.summary);
  showBuildState(tab);
  if (focused !== "") doc.getElementById(focused)?.focus();
}

/** One table: the user chose the column for a field. */
function chooseColumn(tab: DistrictTab, field: DistrictField, column: number | undefined): void {
  if (!tab.loaded) return;
  tab.loaded.mapping = { ...tab.loaded.mapping, [field]: column };
  tab.loaded.unresolved.delete(field);
  showNotesAfterEdit(tab);
}

/** Several tables: the table and column an input is read from (undefined: no column in any table). */
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
  showSources(tab);
}

function chooseKey(tab: DistrictTab, source: Loaded, kind: KeyKind, column: number | null): void {
  source.keys = { ...source.keys, [kind]: column };
  showSources(tab);
}

function chooseMatchBy(tab: DistrictTab, source: Loaded, kind: KeyKind): void {
  source.matchBy = kind;
  showSources(tab);
}

export function chooseLa(tab: DistrictTab, la: string | null | undefined): void {
  tab.laChoice = la;
  showSources(tab);
}

/** One table: a column that does not look like its field confirmed, or the confirmation withdrawn. */
function confirmColumn(tab: DistrictTab, loaded: Loaded, warning: ColumnWarning, confirmed: boolean): void {
  if (confirmed) loaded.confirmed.add(confirmedKey(warning));
  else loaded.confirmed.delete(confirmedKey(warning));
  showNotesAfterEdit(tab);
}

function confirmJoinColumn(tab: DistrictTab, warning: ColumnWarning, confirmed: boolean): void {
  const source = tab.sources[warning.table]!;
  if (confirmed) source.confirmed.add(confirmedKey(warning));
  else source.confirmed.delete(confirmedKey(warning));
  showSources(tab);
}
