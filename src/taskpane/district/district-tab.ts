/**
 * The District tab: read a table of schools (the selected Excel table or block; outside Excel the
 * made-up sample district or a CSV file), show how its columns were recognised and let the user
 * correct that, then build the district summary: a new sheet in Excel, an HTML preview outside.
 * DOM APIs only (textContent, never innerHTML).
 */
import type { PaneEnv } from "../shared/pane-env";
import { readableError } from "../shared/pane-env";
import { renderSheetPreview } from "../shared/preview";
import { startProgress } from "../shared/progress";
import { CsvReader, csvCellValue, decodeCsv, type DecodedCsv } from "../../sheets/district/csv";
import {
  DfeLongPivot,
  dfeLongColumns,
  pivotSheetModel,
  pivotTable,
  type PivotResult,
} from "../../sheets/district/dfe-long";
import {
  DISTRICT_FIELDS,
  FIELD_LABELS,
  REQUIRED_FIELDS,
  checkMapping,
  detectColumns,
  findHeaderRow,
  type ColumnMapping,
  type DistrictField,
} from "../../sheets/district/header-detection";
import { SAMPLE_DISTRICT_LABEL, sampleDistrictTable } from "../../sheets/district/sample-district";
import {
  buildDistrictSummary,
  mobilityUnits,
  type DistrictSource,
  type DistrictSummary,
} from "../../sheets/district/summary-model";
import type { SheetModel } from "../../sheets/sheet-model";
import { readSelectedDistrict } from "../../workbook/district-source";
import { writeNewSheet } from "../../workbook/write-sheet";
import { el, labelledControl } from "../shared/dom";
import { counted, countText } from "../shared/words";
import { columnsThatMatterFirst, renderGlance } from "./district-glance";

/** Schools shown in the HTML preview; the totals always cover every school. */
export const PREVIEW_SCHOOL_LIMIT = 200;

interface Loaded {
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

/** Rows read between pauses that let the progress bar repaint. */
const ROWS_PER_SLICE = 20000;

function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Read a decoded CSV: a DfE long-format file is pivoted to one row per school as it is read (in
 * slices, reporting progress); any other file is read as a table of cells.
 */
export async function readDecodedCsv(
  csv: DecodedCsv,
  onProgress?: (done: number, total: number) => void,
): Promise<{ rows: (string | number | null)[][]; pivot?: PivotResult }> {
  const reader = new CsvReader(csv.text, csv.delimiter, csv.start);
  const first = reader.next();
  if (!first) return { rows: [] };
  const columns = dfeLongColumns(first);
  if (columns) {
    const pivot = new DfeLongPivot(columns);
    let line = 1;
    for (;;) {
      let fields = 0;
      let n = 0;
      while (n < ROWS_PER_SLICE && (fields = reader.scan()) >= 0) {
        line += 1;
        pivot.addScanned(reader, line);
        n += 1;
      }
      onProgress?.(reader.position, reader.length);
      if (fields < 0) break;
      await nextTick();
    }
    const result = pivot.finish();
    return { rows: pivotTable(result), pivot: result };
  }
  const rows: (string | number | null)[][] = [first.map(csvCellValue)];
  for (let row = reader.next(); row !== undefined; row = reader.next()) rows.push(row.map(csvCellValue));
  return { rows };
}

/** A source from rows of cells as a sheet holds them (title rows allowed above the header). */
export function sourceFromRows(rows: readonly (readonly unknown[])[], sheetName: string): DistrictSource {
  const headerRow = findHeaderRow(rows);
  return { sheetName, headerRow, firstCol: 0, headers: rows[headerRow] ?? [], rows: rows.slice(headerRow + 1) };
}

/** The model cut to the first `limit` schools for the HTML preview (totals keep every school). */
export function previewModel(model: SheetModel, limit = PREVIEW_SCHOOL_LIMIT): SheetModel {
  const table = model.tables?.[0];
  if (!table || table.rows.length <= limit) return model;
  return { ...model, tables: [{ ...table, rows: table.rows.slice(0, limit) }] };
}

function describeTotals(summary: DistrictSummary): string {
  const t = summary.totals;
  const parts = [`${counted(t.schools, "school")}, ${counted(t.totalGuideHours, "guide hour")} a week in all`];
  if (t.belowGuide !== undefined) parts.push(`${countText(t.belowGuide)} below the guide`);
  if (t.badRows > 0)
    parts.push(
      `${counted(t.badRows, "row")} with bad data listed with ${t.badRows === 1 ? "its reason" : "their reasons"}`,
    );
  return `${parts.join("; ")}.`;
}

export function mountDistrictTab(panel: HTMLElement, env: PaneEnv): void {
  const doc = panel.ownerDocument;
  panel.replaceChildren();
  let loaded: Loaded | undefined;

  const heading = el(doc, "h2", "District summary");
  const intro = el(
    doc,
    "p",
    env.inExcel
      ? "Select any cell of your table of schools (an Excel table, or a block with one header row), then choose Read selected table. The summary goes to a new sheet; your table is never changed."
      : "Preview mode (not in Excel): try the made-up sample district, or choose a CSV file of schools. The file is read in this page only; nothing leaves it.",
    "intro",
  );
  panel.append(heading, intro);

  // Source controls.
  const sourceButtons = el(doc, "div", undefined, "buttons");
  const sourceStatus = el(doc, "p", undefined, "status");
  sourceStatus.id = "district-source-status";
  if (env.inExcel) {
    const read = el(doc, "button", "Read selected table");
    read.type = "button";
    read.addEventListener("click", () => void readFromExcel());
    sourceButtons.append(read);
  } else {
    const sample = el(doc, "button", "Use the made-up sample district");
    sample.type = "button";
    sample.addEventListener("click", () => {
      load(sourceFromRows(sampleDistrictTable(), "Sample district"), SAMPLE_DISTRICT_LABEL);
    });
    sourceButtons.append(sample);
  }
  panel.append(sourceButtons);
  if (!env.inExcel) {
    const fileInput = el(doc, "input");
    fileInput.type = "file";
    fileInput.id = "district-csv";
    fileInput.accept = ".csv,text/csv";
    fileInput.addEventListener("change", () => {
      const file = fileInput.files?.[0];
      if (file) void readCsvFile(file);
    });
    panel.append(
      labelledControl(
        doc,
        fileInput,
        "CSV file of schools",
        "One header row, then one row per school: comma, semicolon or tab separated, in any encoding Excel saves (UTF-8, UTF-16, Windows-1252). The DfE's school-level SEN file (long format) is pivoted to one row per school.",
      ),
    );
  }
  panel.append(sourceStatus);

  // Column mapping.
  const mappingSection = el(doc, "fieldset");
  mappingSection.hidden = true;
  mappingSection.append(el(doc, "legend", "Columns used"));
  const mappingHint = el(doc, "p", "Check each choice; change any that is wrong before building the summary.", "hint");
  const selects = new Map<DistrictField, HTMLSelectElement>();
  const mappingFields = el(doc, "div");
  const notes = el(doc, "ul", undefined, "notes");
  notes.setAttribute("aria-label", "Notes on the columns");
  mappingSection.append(mappingHint, mappingFields, notes);
  panel.append(mappingSection);

  // A pivoted DfE file: written to its own sheet in Excel, so it can be joined to a budget table.
  const pivotActions = el(doc, "div", undefined, "buttons");
  pivotActions.hidden = true;
  const writePivot = el(doc, "button", "Write the pivoted table to a new sheet");
  writePivot.type = "button";
  writePivot.addEventListener("click", () => void writePivotSheet());
  pivotActions.append(writePivot);
  panel.append(pivotActions);

  const actions = el(doc, "div", undefined, "buttons");
  const build = el(doc, "button", "Build summary", "primary");
  build.type = "button";
  build.disabled = true;
  actions.append(build);
  panel.append(actions);

  const result = el(doc, "div");
  result.id = "district-result";
  const resultText = el(doc, "p", undefined, "status");
  resultText.id = "district-result-text";
  resultText.tabIndex = -1; // the outcome takes the focus, so it is where the user is looking
  const preview = el(doc, "div");
  preview.className = "preview";
  preview.setAttribute("aria-label", "District summary preview");
  preview.setAttribute("role", "region");
  preview.hidden = true;
  result.append(resultText, preview);
  panel.append(result);

  /** Notes on the file, the columns and the mobility units; Build summary only when nothing blocks it. */
  function showNotes(columnNotes: readonly string[]): void {
    if (!loaded) return;
    const check = checkMapping(loaded.mapping, loaded.source.headers);
    const units = mobilityUnits(loaded.source, loaded.mapping);
    const all = [...loaded.fileNotes, ...columnNotes];
    if (units?.note) all.push(units.note);
    notes.replaceChildren(...all.map((note) => el(doc, "li", note)));
    if (units?.problem) notes.append(el(doc, "li", units.problem, "preview-warning"));
    const onSheet = env.inExcel ? loaded.pivot === undefined : true;
    build.disabled = check.missingRequired.length > 0 || loaded.unresolved.size > 0 || !!units?.problem || !onSheet;
  }

  function renderNotes(): void {
    if (!loaded) return;
    showNotes(loaded.detectionNotes);
  }

  function renderMapping(): void {
    if (!loaded) return;
    mappingFields.replaceChildren();
    selects.clear();
    const headers = loaded.source.headers;
    for (const field of DISTRICT_FIELDS) {
      const wrapper = el(doc, "div", undefined, "field");
      const select = el(doc, "select");
      select.id = `district-map-${field}`;
      const required = REQUIRED_FIELDS.includes(field);
      const label = el(doc, "label", FIELD_LABELS[field]);
      label.htmlFor = select.id;
      if (!required) {
        label.append(
          el(doc, "span", field === "name" || field === "urn" ? " (name or URN)" : " (optional)", "optional"),
        );
      } else {
        select.setAttribute("aria-required", "true");
      }
      const none = el(doc, "option", "(no column)");
      none.value = "";
      select.append(none);
      headers.forEach((header, index) => {
        const text =
          header === null || header === undefined || String(header).trim() === "" ? "(blank header)" : String(header);
        const option = el(doc, "option", `Column ${index + 1}: ${text}`);
        option.value = String(index);
        select.append(option);
      });
      const current = loaded.mapping[field];
      select.value = current === undefined ? "" : String(current);
      select.addEventListener("change", () => {
        if (!loaded) return;
        loaded.mapping = { ...loaded.mapping, [field]: select.value === "" ? undefined : Number(select.value) };
        loaded.unresolved.delete(field);
        renderNotesAfterEdit();
      });
      selects.set(field, select);
      wrapper.append(label, select);
      mappingFields.append(wrapper);
    }
    renderNotes();
  }

  function renderNotesAfterEdit(): void {
    if (!loaded) return;
    const check = checkMapping(loaded.mapping, loaded.source.headers);
    const waiting = [...loaded.unresolved].map(
      (field) => `Choose the column for "${FIELD_LABELS[field]}": two columns look equally like it.`,
    );
    showNotes([...waiting, ...check.notes]);
  }

  function load(source: DistrictSource, label: string, detected?: string, pivot?: PivotResult): void {
    const detection = detectColumns(source.headers);
    loaded = {
      source,
      label,
      mapping: { ...detection.mapping },
      detectionNotes: detection.notes,
      fileNotes: pivot
        ? [
            ...pivot.notes,
            env.inExcel
              ? "To build a summary: write the pivoted table to a new sheet, add your notional SEN budget column to it (match by URN or LAESTAB), then select it and read it here."
              : "The DfE file has no notional SEN budget: add your budget column (match by URN or LAESTAB) to build a summary.",
          ]
        : [],
      unresolved: new Set(detection.ambiguous.map((a) => a.field)),
      ...(pivot ? { pivot } : {}),
    };
    const count = source.rows.length;
    const what = pivot
      ? `${counted(count, "school")} (pivoted from ${counted(pivot.rowsRead, "row")} of the DfE long format)`
      : counted(count, "row");
    sourceStatus.textContent = `Read ${what} from ${label}${detected ? ` (${detected})` : ""}.`;
    pivotActions.hidden = !(pivot && env.inExcel);
    mappingSection.hidden = false;
    renderMapping();
    resultText.textContent = "";
    preview.hidden = true;
    preview.replaceChildren();
    env.announce(`Read ${counted(count, "row")}. Check the columns used, then choose Build summary.`);
  }

  async function readCsvFile(file: File): Promise<void> {
    const progress = startProgress(panel, `Reading ${file.name}`);
    try {
      const csv = decodeCsv(new Uint8Array(await file.arrayBuffer()));
      const { rows, pivot } = await readDecodedCsv(csv, (done, total) => progress.update(done, total));
      if (rows.length < 2) throw new Error("The CSV file needs a header row and at least one school.");
      load(sourceFromRows(rows, file.name.replace(/\.csv$/i, "") || "Schools"), file.name, csv.detected, pivot);
    } catch (error) {
      env.showError(`Could not read ${file.name}: ${readableError(error)}`);
    } finally {
      progress.finish();
    }
  }

  async function writePivotSheet(): Promise<void> {
    if (!loaded?.pivot) return;
    const model = pivotSheetModel(loaded.pivot, loaded.label);
    writePivot.disabled = true;
    const progress = startProgress(panel, "Writing the pivoted table");
    try {
      const written = await Excel.run((context) =>
        writeNewSheet(context, model, { onProgress: (done, total) => progress.update(done, total) }),
      );
      resultText.textContent = `Wrote ${loaded.pivot.rows.length.toLocaleString("en-GB")} schools to the new sheet "${written.sheetName}". Add your budget column to it (match by URN or LAESTAB), then read it here for the summary.`;
      env.announce(resultText.textContent);
    } catch (error) {
      env.showError(readableError(error));
    } finally {
      progress.finish();
      writePivot.disabled = false;
    }
  }

  async function readFromExcel(): Promise<void> {
    const progress = startProgress(panel, "Reading the table");
    try {
      const selected = await Excel.run((context) => readSelectedDistrict(context, (d, t) => progress.update(d, t)));
      const columns = dfeLongColumns(selected.source.headers);
      if (columns) {
        const pivot = new DfeLongPivot(columns);
        selected.source.rows.forEach((row, i) => pivot.add(row, selected.source.headerRow + 2 + i));
        const result = pivot.finish();
        load(sourceFromRows(pivotTable(result), selected.source.sheetName), selected.label, undefined, result);
      } else load(selected.source, selected.label);
    } catch (error) {
      env.showError(`Could not read the selected table: ${readableError(error)}`);
    } finally {
      progress.finish();
    }
  }

  build.addEventListener("click", () => void buildSummary());

  async function buildSummary(): Promise<void> {
    if (!loaded) return;
    let summary: DistrictSummary;
    try {
      summary = buildDistrictSummary(loaded.source, loaded.mapping, { sourceLabel: loaded.label });
    } catch (error) {
      env.showError(readableError(error));
      return;
    }
    if (!env.inExcel) {
      renderSheetPreview(preview, columnsThatMatterFirst(previewModel(summary.model)));
      preview.prepend(renderGlance(doc, summary));
      const shown = Math.min(summary.schools.length, PREVIEW_SCHOOL_LIMIT);
      const more =
        summary.schools.length > shown ? ` The preview lists the first ${shown} schools; the totals cover all.` : "";
      resultText.textContent = `Summary of ${loaded.label}: ${describeTotals(summary)}${more}`;
      preview.hidden = false;
      resultText.focus();
      env.announce(resultText.textContent);
      return;
    }
    build.disabled = true;
    const progress = startProgress(panel, "Writing the summary sheet");
    try {
      const written = await Excel.run((context) =>
        writeNewSheet(context, summary.model, { onProgress: (done, total) => progress.update(done, total) }),
      );
      resultText.textContent = `Wrote the summary to the new sheet "${written.sheetName}": ${describeTotals(summary)}`;
      resultText.focus();
      env.announce(resultText.textContent);
    } catch (error) {
      env.showError(readableError(error));
    } finally {
      progress.finish();
      build.disabled = false;
    }
  }
}
