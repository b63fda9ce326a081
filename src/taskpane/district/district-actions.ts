/**
 * What the District tab does with files and the workbook: read a table of schools (the sample, a
 * CSV file or, in Excel, the selected table), write a pivoted DfE file to a sheet, and build the
 * summary (a new sheet in Excel, a preview outside). In Excel a table read in the pane (a CSV
 * file, a pivoted DfE file) is first written to a sheet of its own, so that the summary's
 * references or lookups read it live. Each action takes the tab explicitly; the Excel side is
 * src/workbook/district-excel.ts; the tables and the choices on them are sources-actions.ts.
 */
import { decodeCsv } from "../../sheets/district/read/csv";
import type { PivotResult } from "../../sheets/district/read/dfe-long";
import { buildJoinedSummary, joinedSourceLabel } from "../../sheets/district/summary/joined-summary";
import { oneTableSourceLabel } from "../../sheets/district/join/one-table-la";
import { pivotedSource } from "../../sheets/district/read/source-sheet";
import { SAMPLE_DISTRICT_LABEL, sampleDistrictTable } from "../../sheets/district/read/sample-district";
import { buildDistrictSummary } from "../../sheets/district/summary/summary-model";
import type { DistrictSummary } from "../../sheets/district/summary/summary-types";
import { readSelectedSchools, writeDistrictSheet, writePaneTable } from "../../workbook/district-excel";
import { focusResult } from "../shared/dom";
import { orShowError, whileBusy, withProgress } from "../shared/steps";
import { counted } from "../shared/words";
import { pivotIfLong, readDecodedCsv, sourceFromRows } from "./district-read";
import type { DistrictTab } from "./district-state";
import type { Loaded } from "./tables-read";
import { addSource, loadedFrom, loadedLa, showBuildState, showSources } from "./sources-actions";
import { describeTotals, showSummaryPreview } from "./summary-part";

/** How a pivoted DfE file is named in the pane and on the summary. */
const DFE_LABEL = "DfE SEN by school";

/** What a pivoted DfE file still needs before it can be summarised. */
function pivotNotes(pivot: PivotResult): string[] {
  return [
    ...pivot.notes,
    "The DfE file has no notional SEN budget: read your budget table too (an Excel table, a range or a CSV file keyed by URN or LAESTAB) and the two are joined.",
  ];
}

/** The line saying what was read: "Read 3,000 schools (pivoted from ...) from file.csv (UTF-8, comma-separated)." */
function announceRead(tab: DistrictTab, loaded: Loaded, detected?: string): void {
  const count = loaded.source.rows.length;
  const pivot = loaded.pivot;
  const what = pivot
    ? `${counted(count, "school")} (pivoted from ${counted(pivot.rowsRead, "row")} of the DfE long format)`
    : counted(count, "row");
  tab.sourceStatus.textContent = `Read ${what} from ${loaded.label}${detected ? ` (${detected})` : ""}.`;
  const next =
    tab.sources.length > 1
      ? `${counted(tab.sources.length, "table")} read: check the keys, the columns and the LA, then choose Build summary.`
      : tab.oneLa?.problem
        ? "Choose the LA the summary is for and check the columns used, then choose Build summary."
        : "Check the columns used, then choose Build summary.";
  tab.env.announce(`Read ${counted(count, "row")}. ${next}`);
}

/** The made-up sample district, alone. */
export function useSample(tab: DistrictTab): void {
  tab.sources = [];
  tab.fieldSources = {};
  tab.laChoice = undefined;
  const source = sourceFromRows(sampleDistrictTable(), "Sample district");
  const loaded = loadedFrom(source, { label: SAMPLE_DISTRICT_LABEL, tableLabel: "Sample district", onSheet: false });
  addSource(tab, loaded);
  announceRead(tab, loaded);
}

async function readCsvFile(tab: DistrictTab, file: File): Promise<void> {
  await orShowError(tab.env, `Could not read ${file.name}: `, () =>
    withProgress(tab.panel, `Reading ${file.name}`, async (progress) => {
      const csv = decodeCsv(new Uint8Array(await file.arrayBuffer()));
      const { rows, pivot } = await readDecodedCsv(csv, (done, total) => progress.update(done, total));
      if (rows.length < 2) throw new Error("The CSV file needs a header row and at least one school.");
      const name = file.name.replace(/\.csv$/i, "") || "Schools";
      const loaded = loadedFrom(pivot ? pivotedSource(pivot) : sourceFromRows(rows, name), {
        label: file.name,
        tableLabel: pivot ? DFE_LABEL : name,
        onSheet: false,
        fileName: file.name,
        ...(pivot ? { pivot, fileNotes: pivotNotes(pivot) } : {}),
      });
      addSource(tab, loaded);
      announceRead(tab, loaded, csv.detected);
    }),
  );
}

/** CSV files picked (one or several), read in turn, each added to the tables. */
export async function readCsvFiles(tab: DistrictTab, files: readonly File[]): Promise<void> {
  if (tab.busy) return;
  await whileBusy(tab, async () => {
    for (const file of files) await readCsvFile(tab, file);
  });
  showBuildState(tab);
}

/** Excel: the selected table (a DfE long-format one pivoted to one row per school), added to the tables. */
export async function readSelectedTable(tab: DistrictTab): Promise<void> {
  if (tab.busy) return;
  await whileBusy(tab, () =>
    orShowError(tab.env, "Could not read the selected table: ", () =>
      withProgress(tab.panel, "Reading the table", async (progress) => {
        const selected = await readSelectedSchools((d, t) => progress.update(d, t));
        const { source, pivot } = pivotIfLong(selected.source);
        const loaded = loadedFrom(pivot ? pivotedSource(pivot) : source, {
          label: selected.label,
          tableLabel: pivot ? DFE_LABEL : (selected.tableName ?? selected.source.sheetName),
          onSheet: !pivot,
          ...(pivot ? { pivot, fileNotes: pivotNotes(pivot) } : { tableName: selected.tableName }),
        });
        addSource(tab, loaded);
        announceRead(tab, loaded);
      }),
    ),
  );
  showBuildState(tab);
}

/** Excel: write a table read in the pane to a new sheet; from then on it is read there. */
async function writeToSheet(tab: DistrictTab, loaded: Loaded): Promise<string> {
  const read = {
    tableLabel: loaded.tableLabel,
    fileName: loaded.fileName ?? loaded.label,
    ...(loaded.pivot ? { pivot: loaded.pivot } : {}),
  };
  const placed = await withProgress(tab.panel, `Writing ${loaded.tableLabel} to a new sheet`, (progress) =>
    writePaneTable(loaded.source, read, (done, total) => progress.update(done, total)),
  );
  loaded.source = placed.source;
  loaded.tableName = placed.tableName;
  loaded.onSheet = true;
  return `${loaded.tableLabel} to the new sheet "${placed.sheetName}"${placed.tableName ? ` (Excel table ${placed.tableName})` : ""}`;
}

/** Excel: the pivoted DfE table to a new sheet, where it can be corrected and looked up. */
export async function writePivotSheet(tab: DistrictTab): Promise<void> {
  const loaded = tab.loaded;
  if (!loaded?.pivot || loaded.onSheet || tab.busy) return;
  await whileBusy(tab, () =>
    orShowError(tab.env, "", async () => {
      const wrote = await writeToSheet(tab, loaded);
      showSources(tab);
      tab.summary.text.textContent = `Wrote ${counted(loaded.source.rows.length, "school")} of ${wrote}. Read your budget table too (keyed by URN or LAESTAB) to join them for the summary.`;
      focusResult(tab.env, tab.summary.text);
    }),
  );
  showBuildState(tab);
}

/** Excel: every table read in the pane written to a sheet of its own, so the summary reads it live. */
async function placeOnSheets(tab: DistrictTab): Promise<string[]> {
  const wrote: string[] = [];
  for (const loaded of tab.sources) if (!loaded.onSheet) wrote.push(await writeToSheet(tab, loaded));
  if (wrote.length > 0) showSources(tab);
  return wrote;
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
  });
  return { summary, label: la ? `${loaded.label}, ${la.forWhom}` : loaded.label };
}

/** Build summary: the preview outside Excel; in Excel, the tables read in the pane to sheets, then the summary to a new sheet. */
export async function buildSummary(tab: DistrictTab): Promise<void> {
  if (tab.busy || (!tab.loaded && !tab.joined)) return;
  const { env } = tab;
  await whileBusy(tab, async () => {
    tab.summary.build.disabled = true;
    await orShowError(env, "", async () => {
      const wrote = env.inExcel ? await placeOnSheets(tab) : [];
      const { summary, label } = summaryOf(tab);
      if (!env.inExcel) {
        await showSummaryPreview(tab.summary, summary, label, (message) => env.announce(message));
        focusResult(env, tab.summary.text);
        return;
      }
      await writeSummary(tab, summary, wrote);
    });
  });
  showBuildState(tab);
}

async function writeSummary(tab: DistrictTab, summary: DistrictSummary, wrote: readonly string[]): Promise<void> {
  const { text } = tab.summary;
  const written = await withProgress(tab.panel, "Writing the summary sheet", (progress) =>
    writeDistrictSheet(summary.model, (done, total) => progress.update(done, total)),
  );
  const before = wrote.length > 0 ? `Wrote ${wrote.join(" and ")}, then the summary` : "Wrote the summary";
  text.textContent = `${before} to the new sheet "${written.sheetName}": ${describeTotals(summary)}`;
  focusResult(tab.env, text);
}
