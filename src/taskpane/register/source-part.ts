/**
 * The Register tab's source: in Excel "Check register" (the table around the selection) and
 * "Check selected column"; in a plain browser a CSV file, a box to paste codes into and the
 * made-up sample register. The part only builds the
 * controls and hands what the user chose to its handlers.
 */
import { button, buttonRow, el, filePicker, intro, labelledControl, withId } from "../shared/dom";

export interface SourceHandlers {
  /** Excel: check the selected column. */
  checkSelected(): void;
  /** Excel: check the register table around the selection as the census does. */
  checkTable(): void;
  checkPasted(text: string): void;
  checkSample(): void;
  checkFile(file: File): void;
}

const INTRO = {
  excel:
    "Click any cell of the register (an Excel table, or cells under a header row as MIS exports give them) and choose Check register: its SEN status, need, name and year columns are found by their headers and checked as the school census does. For a column of SEN codes alone, select it (one cell of a table column is enough) and choose Check selected column. Nothing is ever changed.",
  preview:
    "choose a register's CSV export (SEN status and needs are checked as the school census does), paste a column of SEN codes, or use the made-up sample register. Nothing leaves this page.",
};

const PASTE_HINT =
  "Such as K on one line and E on the next. Accepted: K, E, A, P, S, N, the descriptions (SEN Support, Education, Health and Care Plan, ...) or SIMS's 'K - SEN Support'. A blank line is a pupil with no SEN status, counted as no SEN.";

const FILE_HINT =
  "An export from SIMS, Arbor, Bromcom or ScholarPack with its header row, such as SEN Status, Primary Need, Secondary Need and the pupils' names.";

/** The intro, then the source controls for where the pane runs. */
export function createSourcePart(doc: Document, inExcel: boolean, on: SourceHandlers): HTMLElement[] {
  const heading = el(doc, "h2", "SEN register check");
  if (inExcel) {
    const table = button(doc, "Check register", "primary");
    table.addEventListener("click", () => on.checkTable());
    const read = button(doc, "Check selected column");
    read.addEventListener("click", () => on.checkSelected());
    return [heading, intro(doc, inExcel, INTRO), buttonRow(doc, table, read)];
  }
  return [heading, intro(doc, inExcel, INTRO), ...previewSources(doc, on)];
}

function previewSources(doc: Document, on: SourceHandlers): HTMLElement[] {
  const paste = withId(el(doc, "textarea"), "register-paste");
  paste.rows = 6;
  const checkPasted = button(doc, "Check pasted codes", "primary");
  checkPasted.addEventListener("click", () => on.checkPasted(paste.value));
  const sample = button(doc, "Use the made-up sample register");
  sample.addEventListener("click", () => on.checkSample());
  const file = filePicker(doc, "register-csv", ".csv,text/csv,text/plain", (picked) => on.checkFile(picked));
  return [
    labelledControl(doc, file, "A CSV file holding the register", FILE_HINT),
    labelledControl(doc, paste, "Or SEN codes, one pupil a line", PASTE_HINT),
    buttonRow(doc, checkPasted, sample),
  ];
}
