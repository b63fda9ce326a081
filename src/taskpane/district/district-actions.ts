/**
 * What the District tab does: take a table of schools (the sample, a CSV file or, in Excel, the
 * selected table), let the user correct the columns, write a pivoted DfE file to a sheet, and
 * build the summary (a new sheet in Excel, a preview outside). Each action takes the tab
 * explicitly; the Excel side is src/workbook/district-excel.ts.
 */
import { decodeCsv } from "../../sheets/district/csv";
import { pivotSheetModel, type PivotResult } from "../../sheets/district/dfe-long";
import { detectColumns, type DistrictField } from "../../sheets/district/header-detection";
import { buildDistrictSummary, type DistrictSource, type DistrictSummary } from "../../sheets/district/summary-model";
import { readSelectedSchools, writeDistrictSheet } from "../../workbook/district-excel";
import { orShowError, withProgress } from "../shared/steps";
import { counted } from "../shared/words";
import { pivotIfLong, readDecodedCsv, sourceFromRows } from "./district-read";
import type { DistrictTab, Loaded } from "./district-state";
import { renderMapping, showNotesAfterEdit } from "./mapping-part";
import { clearSummary, describeTotals, showSummaryPreview } from "./summary-part";

/** What a pivoted DfE file still needs before it can be summarised. */
function pivotNotes(pivot: PivotResult, inExcel: boolean): string[] {
  return [
    ...pivot.notes,
    inExcel
      ? "To build a summary: write the pivoted table to a new sheet, add your notional SEN budget column to it (match by URN or LAESTAB), then select it and read it here."
      : "The DfE file has no notional SEN budget: add your budget column (match by URN or LAESTAB) to build a summary.",
  ];
}

/** A table of schools, read: its columns recognised, the mapping shown, ready for Build summary. */
export function loadSource(
  tab: DistrictTab,
  source: DistrictSource,
  label: string,
  detected?: string,
  pivot?: PivotResult,
): void {
  const detection = detectColumns(source.headers);
  const loaded: Loaded = {
    source,
    label,
    mapping: { ...detection.mapping },
    detectionNotes: detection.notes,
    fileNotes: pivot ? pivotNotes(pivot, tab.env.inExcel) : [],
    unresolved: new Set(detection.ambiguous.map((a) => a.field)),
    ...(pivot ? { pivot } : {}),
  };
  tab.loaded = loaded;
  const count = source.rows.length;
  const what = pivot
    ? `${counted(count, "school")} (pivoted from ${counted(pivot.rowsRead, "row")} of the DfE long format)`
    : counted(count, "row");
  tab.sourceStatus.textContent = `Read ${what} from ${label}${detected ? ` (${detected})` : ""}.`;
  tab.summary.pivotActions.hidden = !(pivot && tab.env.inExcel);
  tab.mapping.section.hidden = false;
  renderMapping(tab, (field, column) => chooseColumn(tab, field, column));
  clearSummary(tab.summary);
  tab.env.announce(`Read ${counted(count, "row")}. Check the columns used, then choose Build summary.`);
}

/** The user chose the column for a field. */
function chooseColumn(tab: DistrictTab, field: DistrictField, column: number | undefined): void {
  if (!tab.loaded) return;
  tab.loaded.mapping = { ...tab.loaded.mapping, [field]: column };
  tab.loaded.unresolved.delete(field);
  showNotesAfterEdit(tab);
}

export async function readCsvFile(tab: DistrictTab, file: File): Promise<void> {
  await orShowError(tab.env, `Could not read ${file.name}: `, () =>
    withProgress(tab.panel, `Reading ${file.name}`, async (progress) => {
      const csv = decodeCsv(new Uint8Array(await file.arrayBuffer()));
      const { rows, pivot } = await readDecodedCsv(csv, (done, total) => progress.update(done, total));
      if (rows.length < 2) throw new Error("The CSV file needs a header row and at least one school.");
      loadSource(
        tab,
        sourceFromRows(rows, file.name.replace(/\.csv$/i, "") || "Schools"),
        file.name,
        csv.detected,
        pivot,
      );
    }),
  );
}

/** Excel: the selected table (a DfE long-format one pivoted to one row per school). */
export async function readSelectedTable(tab: DistrictTab): Promise<void> {
  await orShowError(tab.env, "Could not read the selected table: ", () =>
    withProgress(tab.panel, "Reading the table", async (progress) => {
      const selected = await readSelectedSchools((d, t) => progress.update(d, t));
      const { source, pivot } = pivotIfLong(selected.source);
      loadSource(tab, source, selected.label, undefined, pivot);
    }),
  );
}

/** Excel: the pivoted DfE table to a new sheet, so the school's budget column can be added to it. */
export async function writePivotSheet(tab: DistrictTab): Promise<void> {
  const pivot = tab.loaded?.pivot;
  if (!tab.loaded || !pivot) return;
  const model = pivotSheetModel(pivot, tab.loaded.label);
  const { writePivot, text } = tab.summary;
  writePivot.disabled = true;
  await orShowError(tab.env, "", () =>
    withProgress(tab.panel, "Writing the pivoted table", async (progress) => {
      const written = await writeDistrictSheet(model, (done, total) => progress.update(done, total));
      text.textContent = `Wrote ${pivot.rows.length.toLocaleString("en-GB")} schools to the new sheet "${written.sheetName}". Add your budget column to it (match by URN or LAESTAB), then read it here for the summary.`;
      tab.env.announce(text.textContent);
    }),
  );
  writePivot.disabled = false;
}

/** Build summary: the preview outside Excel, a new sheet in Excel. */
export async function buildSummary(tab: DistrictTab): Promise<void> {
  const { loaded, env } = tab;
  if (!loaded) return;
  let summary: DistrictSummary | undefined;
  await orShowError(env, "", async () => {
    summary = buildDistrictSummary(loaded.source, loaded.mapping, { sourceLabel: loaded.label });
  });
  if (!summary) return;
  if (!env.inExcel) {
    showSummaryPreview(tab.summary, summary, loaded.label);
    tab.summary.text.focus();
    env.announce(tab.summary.text.textContent ?? "");
    return;
  }
  await writeSummary(tab, summary);
}

async function writeSummary(tab: DistrictTab, summary: DistrictSummary): Promise<void> {
  const { build, text } = tab.summary;
  build.disabled = true;
  await orShowError(tab.env, "", () =>
    withProgress(tab.panel, "Writing the summary sheet", async (progress) => {
      const written = await writeDistrictSheet(summary.model, (done, total) => progress.update(done, total));
      text.textContent = `Wrote the summary to the new sheet "${written.sheetName}": ${describeTotals(summary)}`;
      text.focus();
      tab.env.announce(text.textContent);
    }),
  );
  build.disabled = false;
}
