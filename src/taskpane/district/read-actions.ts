/**
 * The District tab's reading: the made-up sample, CSV files (several at once, each named in the
 * status line with what was read from it) and, in Excel, the selected table. A long read shows a
 * progress bar with counts (megabytes read and decoded, rows pivoted or read, parts of the table
 * read), tells screen-reader users how far it has got at a calm rate, and can be cancelled:
 * nothing of a cancelled read is kept.
 */
import type { PivotResult } from "../../sheets/district/read/dfe-long";
import { pivotedSource } from "../../sheets/district/read/source-sheet";
import { SAMPLE_DISTRICT_LABEL, sampleDistrictTable } from "../../sheets/district/read/sample-district";
import { readSelectedSchools } from "../../workbook/district-excel";
import { readableError } from "../shared/pane-env";
import { counted } from "../shared/words";
import { decodeInSlices, pivotIfLong, readDecodedCsv, readFileBytes, sourceFromRows } from "./district-read";
import type { DistrictTab } from "./district-state";
import { longWork, type Run } from "./long-work";
import type { Loaded } from "./tables-read";
import { addSource, loadedFrom, showBuildState } from "./sources-actions";

/** How a pivoted DfE file is named in the pane and on the summary. */
export const DFE_LABEL = "DfE SEN by school";

/** What a pivoted DfE file still needs before it can be summarised. */
function pivotNotes(pivot: PivotResult): string[] {
  return [
    ...pivot.notes,
    "The DfE file has no notional SEN budget: read your budget table too (an Excel table, a range or a CSV file keyed by URN or LAESTAB, or with the schools' names) and the two are joined.",
  ];
}

/** What was read from one table: "Read 3,000 schools (pivoted from ...) from file.csv (UTF-8, comma-separated)." */
function readLine(loaded: Loaded, detected?: string): string {
  const count = loaded.source.rows.length;
  const pivot = loaded.pivot;
  const what = pivot
    ? `${counted(count, "school")} (pivoted from ${counted(pivot.rowsRead, "row")} of the DfE long format)`
    : counted(count, "row");
  return `Read ${what} from ${loaded.label}${detected ? ` (${detected})` : ""}.`;
}

/** The status line names every table read this time (each file of several picked at once), and the next step is announced. */
function announceRead(tab: DistrictTab, lines: readonly string[]): void {
  if (lines.length === 0) return;
  tab.sourceStatus.textContent = lines.join(" ");
  const next =
    tab.sources.length > 1
      ? `${counted(tab.sources.length, "table")} read: check the keys, the columns and the LA, then choose Build summary.`
      : tab.oneLa?.problem
        ? "Choose the LA the summary is for and check the columns used, then choose Build summary."
        : "Check the columns used, then choose Build summary.";
  tab.env.announce(`${lines.length > 1 ? `${lines.length} files read. ` : `${lines[0]} `}${next}`);
}

/** The made-up sample district, alone. */
export function useSample(tab: DistrictTab): void {
  tab.sources = [];
  tab.fieldSources = {};
  tab.settled.clear();
  tab.laChoice = undefined;
  const source = sourceFromRows(sampleDistrictTable(), "Sample district");
  const loaded = loadedFrom(source, { label: SAMPLE_DISTRICT_LABEL, tableLabel: "Sample district", onSheet: false });
  addSource(tab, loaded);
  announceRead(tab, [readLine(loaded)]);
}

const MB = 1024 * 1024;
function megabytes(n: number): string {
  return (n / MB).toFixed(n >= 10 * MB ? 0 : 1);
}

/** Read, decode and (a DfE long file) pivot one file, each a step on the same bar with its counts. */
async function readCsvFile(tab: DistrictTab, file: File, run: Run): Promise<string> {
  const update = (d: number, t: number): void => run.progress.update(d, t);
  const mb = (d: number, t: number): string => `${megabytes(d)} of ${megabytes(t)} MB`;
  run.step(`Reading ${file.name}`, (d, t) => `${mb(d, t)} read`);
  const bytes = await readFileBytes(file, update, run.signal);
  run.step(`Decoding ${file.name}`, (d, t) => `${mb(d, t)} decoded`);
  const csv = await decodeInSlices(bytes, update, run.signal);
  run.step(`Reading the rows of ${file.name}`, (d, t) => `${Math.floor((100 * d) / Math.max(t, 1))}% of the rows`);
  const { rows, pivot } = await readDecodedCsv(csv, update, run.signal);
  run.signal.throwIfAborted(); // Cancel pressed during the last slice: nothing is kept
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
  return readLine(loaded, csv.detected);
}

/** CSV files picked (one or several), read in turn, each added to the tables and named in the status line. */
export async function readCsvFiles(tab: DistrictTab, files: readonly File[]): Promise<void> {
  if (tab.busy) return;
  const lines: string[] = [];
  const ended = await longWork(tab, "Reading the files", async (run) => {
    for (const file of files) {
      try {
        lines.push(await readCsvFile(tab, file, run));
      } catch (error) {
        if (run.signal.aborted) {
          const after = files.length > 1 ? " or the files after it" : "";
          lines.push(`Reading ${file.name} was cancelled: nothing was read from it${after}.`);
          throw error;
        }
        lines.push(`Could not read ${file.name}: ${readableError(error)}`);
      }
    }
  });
  if (ended.error !== undefined) tab.env.showError(readableError(ended.error));
  announceRead(tab, lines);
  showBuildState(tab);
}

/** Excel: the selected table (a DfE long-format one pivoted to one row per school), added to the tables. */
export async function readSelectedTable(tab: DistrictTab): Promise<void> {
  if (tab.busy) return;
  const lines: string[] = [];
  const ended = await longWork(tab, "Reading the selected table", async (run) => {
    run.step("Reading the selected table", (d, t) => `part ${Math.min(d, t)} of ${t} read`);
    const selected = await readSelectedSchools((d, t) => run.progress.update(d, t), run.signal);
    run.signal.throwIfAborted();
    const { source, pivot } = pivotIfLong(selected.source);
    const loaded = loadedFrom(pivot ? pivotedSource(pivot) : source, {
      label: selected.label,
      tableLabel: pivot ? DFE_LABEL : (selected.tableName ?? selected.source.sheetName),
      onSheet: !pivot,
      ...(pivot ? { pivot, fileNotes: pivotNotes(pivot) } : { tableName: selected.tableName }),
    });
    addSource(tab, loaded);
    lines.push(readLine(loaded));
  });
  if (ended.cancelled) lines.push("Reading the selected table was cancelled: nothing was read.");
  else if (ended.error !== undefined)
    tab.env.showError(`Could not read the selected table: ${readableError(ended.error)}`);
  announceRead(tab, lines);
  showBuildState(tab);
}
