/**
 * The District tab's source: in Excel "Read selected table" and CSV files read in the pane (the
 * DfE's long file is far too big to open in Excel); in a plain browser the made-up sample district
 * and CSV files. Each table read is added to the tables (up to four, joined by URN or LAESTAB).
 * Below them the line saying what was read. The part builds the controls and hands what the user
 * chose to its handlers.
 */
import { button, buttonRow, el, filesPicker, intro, labelledControl, withId } from "../shared/dom";

export interface SourceHandlers {
  readSelected(): void;
  useSample(): void;
  readFiles(files: File[]): void;
}

const INTRO = {
  excel:
    "Select any cell of a table of schools (an Excel table, or a block with one header row), then choose Read selected table; read up to four tables (the DfE's SEN file, your budget table, a survey of SENCO hours), from the workbook or as CSV files. The summary goes to a new sheet; your tables are never changed.",
  preview:
    "try the made-up sample district, or choose CSV files of schools (up to four, joined by URN or LAESTAB). The files are read in this page only; nothing leaves it.",
};

const CSV_HINT =
  "Such as the DfE's school-level SEN file and your budget table. One header row, then one row per school: comma, semicolon or tab separated, in any encoding Excel saves (UTF-8, UTF-16, Windows-1252). The DfE's school-level SEN file (long format) is pivoted to one row per school. Pick several files at once, or one after another.";

const CSV_HINT_EXCEL = `${CSV_HINT} In Excel each is written to a new sheet when you build, so the summary can look it up.`;

/** The heading, intro, source controls and the status line (the last element). */
export function createSourcePart(doc: Document, inExcel: boolean, on: SourceHandlers): HTMLElement[] {
  const status = withId(el(doc, "p", undefined, "status"), "district-source-status");
  status.tabIndex = -1; // a table removed: the focus goes here, where the pane says so
  const parts: HTMLElement[] = [el(doc, "h2", "District summary"), intro(doc, inExcel, INTRO)];
  if (inExcel) {
    const read = button(doc, "Read selected table");
    read.addEventListener("click", () => on.readSelected());
    parts.push(buttonRow(doc, read));
  } else {
    const sample = button(doc, "Use the made-up sample district");
    sample.addEventListener("click", () => on.useSample());
    parts.push(buttonRow(doc, sample));
  }
  const files = filesPicker(doc, "district-csv", ".csv,text/csv", (picked) => on.readFiles(picked));
  parts.push(labelledControl(doc, files, "CSV files of schools", inExcel ? CSV_HINT_EXCEL : CSV_HINT));
  return [...parts, status];
}
