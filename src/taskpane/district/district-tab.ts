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
import { parseCsvValues } from "../../sheets/district/csv";
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
import { buildDistrictSummary, type DistrictSource, type DistrictSummary } from "../../sheets/district/summary-model";
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
        "One header row, then one row per school (comma-separated; quoted names may hold commas).",
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

  function renderNotes(): void {
    if (!loaded) return;
    const check = checkMapping(loaded.mapping, loaded.source.headers);
    notes.replaceChildren(...loaded.detectionNotes.map((note) => el(doc, "li", note)));
    build.disabled = check.missingRequired.length > 0;
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
    notes.replaceChildren(...check.notes.map((note) => el(doc, "li", note)));
    build.disabled = check.missingRequired.length > 0;
  }

  function load(source: DistrictSource, label: string): void {
    const detection = detectColumns(source.headers);
    loaded = { source, label, mapping: { ...detection.mapping }, detectionNotes: detection.notes };
    const count = source.rows.length;
    sourceStatus.textContent = `Read ${counted(count, "row")} from ${label}.`;
    mappingSection.hidden = false;
    renderMapping();
    resultText.textContent = "";
    preview.hidden = true;
    preview.replaceChildren();
    env.announce(`Read ${counted(count, "row")}. Check the columns used, then choose Build summary.`);
  }

  async function readCsvFile(file: File): Promise<void> {
    try {
      const text = await file.text();
      const rows = parseCsvValues(text);
      if (rows.length < 2) throw new Error("The CSV file needs a header row and at least one school.");
      load(sourceFromRows(rows, file.name.replace(/\.csv$/i, "") || "Schools"), file.name);
    } catch (error) {
      env.showError(`Could not read ${file.name}: ${readableError(error)}`);
    }
  }

  async function readFromExcel(): Promise<void> {
    const progress = startProgress(panel, "Reading the table");
    try {
      const selected = await Excel.run((context) => readSelectedDistrict(context, (d, t) => progress.update(d, t)));
      load(selected.source, selected.label);
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
