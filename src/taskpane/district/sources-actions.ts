/**
 * The District tab's tables and what it shows of them: a table read is added (or replaces the one
 * read from the same place), removed, and shown; one table is mapped column by column, two to
 * four are joined (join.ts) with the user's choices (choice-actions.ts). Everything shown (the
 * columns, the notes, the LA, the checks, the matches by name, the lists) is worked out again
 * from the tab's state after each change, never kept from an earlier one, and the focus stays on
 * the control the user was using.
 */
import { serialFromLocalDate } from "../../rules/excel-dates";
import { joinedMobility } from "../../sheets/district/summary/joined-summary";
import { matchLists } from "../../sheets/district/join/match-lists";
import { emptyMapping, detectColumns } from "../../sheets/district/read/header-detection";
import { hoursGuesses } from "../../sheets/district/read/allocated-hours";
import { headerLooksLikeData, withoutHeaderRow } from "../../sheets/district/read/header-row";
import { joinDistrict } from "../../sheets/district/join/join";
import { MAX_JOIN_TABLES } from "../../sheets/district/join/join-plan";
import type { DataField, JoinChoices, JoinTable } from "../../sheets/district/join/join-types";
import type { PivotResult } from "../../sheets/district/read/dfe-long";
import { oneTableLa, type OneTableLa } from "../../sheets/district/join/one-table-la";
import type { DistrictSource } from "../../sheets/district/read/read-types";
import { showChecks } from "./checks-part";
import type { DistrictTab } from "./district-state";
import { renderJoinFields } from "./join-fields";
import { showLa } from "./la-part";
import { showLists } from "./lists-part";
import {
  checkedWarnings,
  confirmedKey,
  headerQuestionNote,
  renderMapping,
  showNotes,
  singleBlocked,
  singleNotes,
} from "./mapping-part";
import { showNames } from "./names-part";
import { clearSummary } from "./summary-part";
import { showTables } from "./tables-part";
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

/** The summary's date: today, as an Excel serial (a close date before it closes a school). */
export function today(): number {
  return serialFromLocalDate(new Date());
}

/** Its columns recognised by their headers (none for a table read without a header row): the mapping and the fields to choose. */
function recognise(loaded: Loaded, source: DistrictSource): void {
  const detection = source.noHeaderRow ? undefined : detectColumns(source.headers);
  loaded.source = source;
  loaded.mapping = { ...(detection?.mapping ?? emptyMapping()) };
  loaded.unresolved.clear();
  for (const a of detection?.ambiguous ?? []) loaded.unresolved.add(a.field);
  const taken = new Set(Object.values(loaded.mapping).filter((c): c is number => c !== undefined));
  if (loaded.mapping.allocated === undefined && hoursGuesses(source, taken).length > 0)
    loaded.unresolved.add("allocated");
  loaded.keys = {};
  loaded.confirmed.clear();
}

/** A table read, its columns recognised by their headers, no choice made yet; its header row questioned when it looks like data. */
export function loadedFrom(source: DistrictSource, from: LoadedFrom): Loaded {
  const loaded: Loaded = {
    source,
    asRead: source,
    headerRow: !from.pivot && headerLooksLikeData(source) ? "ask" : undefined,
    label: from.label,
    tableLabel: from.tableLabel,
    tableName: from.tableName,
    onSheet: from.onSheet,
    fileName: from.fileName,
    mapping: emptyMapping(),
    fileNotes: from.fileNotes ?? [],
    unresolved: new Set(),
    ...(from.pivot ? { pivot: from.pivot } : {}),
    keys: {},
    matchBy: undefined,
    nameDecisions: new Map(),
    confirmed: new Set(),
  };
  recognise(loaded, source);
  return loaded;
}

/** The user's answer on a table's header row: read it as the header, or every row as a school (columns by letter). */
export function setHeaderRow(loaded: Loaded, answer: "header" | "none"): void {
  loaded.headerRow = answer;
  if (loaded.fileName !== undefined && !loaded.pivot) {
    // A file read in the pane is written to a sheet again as the user now reads it.
    loaded.onSheet = false;
    loaded.tableName = undefined;
  }
  recognise(loaded, answer === "none" ? withoutHeaderRow(loaded.asRead) : loaded.asRead);
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

/** Every choice made on the tables, as the join takes them. */
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
    nameDecisions: tab.sources.map((s) => s.nameDecisions),
    fieldSources,
    settled: [...tab.settled],
    la: tab.laChoice,
    asOf: today(),
    confirmed: tab.sources.flatMap((s, table) =>
      [...s.confirmed].map((key) => {
        const [field, column] = key.split(":");
        return { field: field as DataField, table, column: Number(column) };
      }),
    ),
  };
}

/** What keeps a join from being summarised: a header row in question, its problems, a mobility column mixing shares and percentages. */
export function joinBlocked(tab: DistrictTab, joined: Joined): boolean {
  if (tab.sources.some((s) => s.headerRow === "ask")) return true;
  return joined.join.problems.length > 0 || !!joinedMobility(joined.tables, joined.join)?.problem;
}

/** Build summary is enabled when nothing blocks the summary and nothing is running. */
export function showBuildState(tab: DistrictTab): void {
  const blocked = tab.joined ? joinBlocked(tab, tab.joined) : tab.loaded ? singleBlocked(tab.loaded, tab.oneLa) : true;
  tab.summary.build.disabled = tab.busy || blocked;
}

/** Join the tables with the choices made, and show the columns, the LA, the checks, the matches by name and the lists. */
function showJoin(tab: DistrictTab): void {
  const tables = joinTables(tab);
  const join = joinDistrict(tables, joinChoices(tab));
  const joined: Joined = { tables, join };
  tab.joined = joined;
  tab.oneLa = undefined;
  const mobility = joinedMobility(tables, join);
  const asking = tab.sources.filter((s) => s.headerRow === "ask").map(headerQuestionNote);
  renderJoinFields(tab.mapping, joined, (field, at) => tab.on.chooseFieldColumn(field, at), {
    problems: [...asking, ...(mobility?.problem ? [mobility.problem] : [])],
    notes: mobility?.note ? [mobility.note] : [],
  });
  showLa(
    tab.la,
    join.la,
    tables.map((t) => t.label),
  );
  const warnings = join.warnings.map((warning) => ({
    warning,
    confirmed: tab.sources[warning.table]!.confirmed.has(confirmedKey(warning)),
  }));
  showChecks(tab.checks, warnings, (warning, confirmed) =>
    tab.on.confirm(tab.sources[warning.table]!, warning, confirmed),
  );
  showNames(tab.names, { tables, spine: join.spine, names: join.names }, (t, ids, accepted) =>
    tab.on.decideNames(tab.sources[t]!, ids, accepted),
  );
  // The lists exist once the tables could be matched (the keys and the LA settled): never "every school matched" before.
  const waiting = join.names.flatMap((m) => m.proposals).filter((p) => p.accepted === undefined).length;
  showLists(tab.lists, matchLists(tables, join), waiting);
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
  showNames(tab.names, { tables: [], spine: undefined, names: [] }, () => undefined);
  if (!tab.loaded) {
    tab.mapping.section.hidden = true;
    tab.checks.section.hidden = true;
    return;
  }
  renderMapping(tab.mapping, tab.loaded, (field, column) => tab.on.chooseColumn(field, column));
  showSingleNotes(tab);
}

/** One table: its notes from the choices made now, the columns that do not look like their field, and whether Build summary may run. */
export function showSingleNotes(tab: DistrictTab): void {
  const { loaded } = tab;
  if (!loaded) return;
  showNotes(tab.mapping, singleNotes(loaded, tab.oneLa));
  showChecks(tab.checks, checkedWarnings(loaded), (warning, confirmed) => tab.on.confirm(loaded, warning, confirmed));
  tab.summary.build.disabled = tab.busy || singleBlocked(loaded, tab.oneLa);
}

/** Show every part from the tab's state: the tables, then one table's mapping or the join. */
export function showSources(tab: DistrictTab): void {
  const doc = tab.panel.ownerDocument;
  const focused =
    doc.activeElement instanceof HTMLElement && tab.panel.contains(doc.activeElement) ? doc.activeElement.id : "";
  tab.loaded = tab.sources.length === 1 ? tab.sources[0] : undefined;
  if (tab.sources.length >= 2) showJoin(tab);
  else showSingle(tab);
  showTables(tab.tables, { sources: tab.sources, joined: tab.joined, inExcel: tab.env.inExcel }, tab.on);
  tab.summary.pivotActions.hidden = !(tab.env.inExcel && tab.loaded?.pivot && !tab.loaded.onSheet);
  clearSummary(tab.summary);
  showBuildState(tab);
  if (focused !== "") doc.getElementById(focused)?.focus();
}
