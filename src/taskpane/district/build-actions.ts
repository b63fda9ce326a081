/**
 * Building the District tab's summary: outside Excel its preview; in Excel the tables read in the
 * pane (a CSV file, a pivoted DfE file) first written to sheets of their own, so the summary's
 * lookups read them live, then the summary to a new sheet. One progress bar follows the steps
 * with their counts (each table's and the summary's parts written, the schools checked) and offers
 * Cancel: a cancelled build removes every sheet it wrote, so nothing is left half-done.
 */
import { buildJoinedSummary, joinedSourceLabel } from "../../sheets/district/summary/joined-summary";
import { oneTableSourceLabel } from "../../sheets/district/join/one-table-la";
import { buildDistrictSummary } from "../../sheets/district/summary/summary-model";
import type { DistrictSummary } from "../../sheets/district/summary/summary-types";
import type { DistrictSource } from "../../sheets/district/read/read-types";
import { removeWrittenSheets, writeDistrictSheet, writePaneTable } from "../../workbook/district-excel";
import { focusResult } from "../shared/dom";
import { readableError } from "../shared/pane-env";
import { orShowError, whileBusy, withProgress } from "../shared/steps";
import { counted } from "../shared/words";
import type { DistrictTab } from "./district-state";
import { longWork, type Run } from "./long-work";
import type { Loaded } from "./tables-read";
import { loadedLa, showBuildState, showSources, today } from "./sources-actions";
import { describeTotals, showSummaryPreview } from "./summary-part";

const parts = (d: number, t: number): string => `part ${Math.min(d, t)} of ${t} written`;

/** Let the pane repaint (and Cancel be pressed) between steps. */
async function pause(signal: AbortSignal): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  signal.throwIfAborted();
}

/** A table read in the pane, before it was written to a sheet (to put it back when a build is cancelled). */
interface Placed {
  readonly loaded: Loaded;
  readonly before: { readonly source: DistrictSource; readonly tableName: string | undefined };
  readonly sheetName: string;
}

/** Excel: write a table read in the pane to a new sheet; from then on it is read there. */
async function writeToSheet(
  loaded: Loaded,
  signal: AbortSignal | undefined,
  onProgress: (d: number, t: number) => void,
) {
  const read = {
    tableLabel: loaded.tableLabel,
    fileName: loaded.fileName ?? loaded.label,
    ...(loaded.pivot ? { pivot: loaded.pivot } : {}),
  };
  const placed = await writePaneTable(loaded.source, read, onProgress, signal);
  const before = { source: loaded.source, tableName: loaded.tableName };
  loaded.source = placed.source;
  loaded.tableName = placed.tableName;
  loaded.onSheet = true;
  const what = `${loaded.tableLabel} to the new sheet "${placed.sheetName}"${placed.tableName ? ` (Excel table ${placed.tableName})` : ""}`;
  return { what, placed: { loaded, before, sheetName: placed.sheetName } };
}

/** Excel: the pivoted DfE table to a new sheet, where it can be corrected and looked up. */
export async function writePivotSheet(tab: DistrictTab): Promise<void> {
  const loaded = tab.loaded;
  if (!loaded?.pivot || loaded.onSheet || tab.busy) return;
  await whileBusy(tab, () =>
    orShowError(tab.env, "", async () => {
      const { what } = await withProgress(tab.panel, `Writing ${loaded.tableLabel} to a new sheet`, (progress) =>
        writeToSheet(loaded, undefined, (done, total) => progress.update(done, total)),
      );
      showSources(tab);
      tab.summary.text.textContent = `Wrote ${counted(loaded.source.rows.length, "school")} of ${what}. Read your budget table too (keyed by URN or LAESTAB, or with the schools' names) to join them for the summary.`;
      focusResult(tab.env, tab.summary.text);
    }),
  );
  showBuildState(tab);
}

/** The summary of what is read: one table as it is (for the LA chosen), several joined. Throws a message for the pane. */
function summaryOf(tab: DistrictTab): { summary: DistrictSummary; label: string } {
  if (tab.joined) {
    const { tables, join } = tab.joined;
    return { summary: buildJoinedSummary(tables, join), label: joinedSourceLabel(tables, join) };
  }
  const loaded = tab.loaded!;
  const written = tab.env.inExcel && loaded.fileName !== undefined;
  const where = written ? `${loaded.fileName}, on the sheet ${loaded.source.sheetName}` : loaded.label;
  // Read again from the table as it is now (a file read in the pane is on its own sheet by now).
  const la = loadedLa(tab);
  const summary = buildDistrictSummary(loaded.source, loaded.mapping, {
    sourceLabel: oneTableSourceLabel(where, la),
    keepRow: la?.keepRow,
    table: { label: loaded.tableLabel, tableName: loaded.tableName, laestab: loaded.keys.laestab },
    asOf: today(),
  });
  return { summary, label: la ? `${loaded.label}, ${la.forWhom}` : loaded.label };
}

/** The schools a build checks, for its step's words. */
function schoolsToCheck(tab: DistrictTab): number {
  return tab.joined ? tab.joined.join.schools.length : (tab.loaded?.source.rows.length ?? 0);
}

/** The summary built (and, in Excel, written), step by step on the bar. */
async function build(tab: DistrictTab, run: Run, placed: Placed[]): Promise<void> {
  const { env } = tab;
  const update = (d: number, t: number): void => run.progress.update(d, t);
  const wrote: string[] = [];
  if (env.inExcel)
    for (const loaded of tab.sources.filter((s) => !s.onSheet)) {
      run.step(`Writing ${loaded.tableLabel} to a new sheet`, parts);
      const done = await writeToSheet(loaded, run.signal, update);
      placed.push(done.placed);
      wrote.push(done.what);
    }
  if (wrote.length > 0) showSources(tab);
  const schools = counted(schoolsToCheck(tab), "school");
  run.step(`Checking ${schools} and building the summary`, () => schools);
  await pause(run.signal);
  const { summary, label } = summaryOf(tab);
  const text = tab.summary.text;
  if (!env.inExcel) await showSummaryPreview(tab.summary, summary, label, (message) => env.announce(message));
  else {
    run.step("Writing the summary sheet", parts);
    const written = await writeDistrictSheet(summary.model, update, run.signal);
    const before = wrote.length > 0 ? `Wrote ${wrote.join(" and ")}, then the summary` : "Wrote the summary";
    text.textContent = `${before} to the new sheet "${written.sheetName}": ${describeTotals(summary)}`;
  }
  focusResult(env, text);
}

/** A cancelled build: the sheets it wrote removed, the tables read in the pane back as they were. */
async function undo(placed: readonly Placed[]): Promise<string> {
  for (const p of placed) {
    p.loaded.source = p.before.source;
    p.loaded.tableName = p.before.tableName;
    p.loaded.onSheet = false;
  }
  if (placed.length === 0) return "Cancelled: nothing was written.";
  const names = placed.map((p) => `"${p.sheetName}"`).join(", ");
  try {
    await removeWrittenSheets(placed.map((p) => p.sheetName));
    return `Cancelled: nothing was written (${names}, written for this summary, removed again).`;
  } catch (error) {
    return `Cancelled, but ${names}, written for this summary, could not be removed (${readableError(error)}): delete them by hand.`;
  }
}

/** Build summary: the preview outside Excel; in Excel, the tables read in the pane to sheets, then the summary to a new sheet. */
export async function buildSummary(tab: DistrictTab): Promise<void> {
  if (tab.busy || (!tab.loaded && !tab.joined)) return;
  tab.summary.build.disabled = true;
  const placed: Placed[] = [];
  const ended = await longWork(tab, "Building the summary", (run) => build(tab, run, placed));
  if (ended.cancelled) {
    const said = await undo(placed);
    if (placed.length > 0) showSources(tab);
    tab.summary.text.textContent = said;
    tab.env.announce(said);
  } else if (ended.error !== undefined) tab.env.showError(readableError(ended.error));
  showBuildState(tab);
}
