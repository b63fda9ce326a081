/**
 * The District tab's source: in Excel "Read selected table"; in a plain browser the made-up sample
 * district and a CSV file of schools. Below them the line saying what was read. The part builds
 * the controls and hands what the user chose to its handlers.
 */
import { button, buttonRow, el, filePicker, intro, labelledControl, withId } from "../shared/dom";

export interface SourceHandlers {
  readSelected(): void;
  useSample(): void;
  readFile(file: File): void;
}

const INTRO = {
  excel:
    "Select any cell of your table of schools (an Excel table, or a block with one header row), then choose Read selected table. The summary goes to a new sheet; your table is never changed.",
  preview:
    "Preview mode (not in Excel): try the made-up sample district, or choose a CSV file of schools. The file is read in this page only; nothing leaves it.",
};

const CSV_HINT =
  "One header row, then one row per school: comma, semicolon or tab separated, in any encoding Excel saves (UTF-8, UTF-16, Windows-1252). The DfE's school-level SEN file (long format) is pivoted to one row per school.";

/** The heading, intro, source controls and the status line (the last element). */
export function createSourcePart(doc: Document, inExcel: boolean, on: SourceHandlers): HTMLElement[] {
  const status = withId(el(doc, "p", undefined, "status"), "district-source-status");
  const parts: HTMLElement[] = [el(doc, "h2", "District summary"), intro(doc, inExcel, INTRO)];
  if (inExcel) {
    const read = button(doc, "Read selected table");
    read.addEventListener("click", () => on.readSelected());
    parts.push(buttonRow(doc, read));
  } else {
    const sample = button(doc, "Use the made-up sample district");
    sample.addEventListener("click", () => on.useSample());
    const fileInput = filePicker(doc, "district-csv", ".csv,text/csv", (file) => on.readFile(file));
    parts.push(buttonRow(doc, sample), labelledControl(doc, fileInput, "CSV file of schools", CSV_HINT));
  }
  return [...parts, status];
}
