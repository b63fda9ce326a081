/**
 * The Register tab's source: in Excel one button for the selected column; in a plain browser a
 * box to paste codes into, the made-up sample register and a CSV file. The part only builds the
 * controls and hands what the user chose to its handlers.
 */
import { button, buttonRow, el, filePicker, intro, labelledControl, withId } from "../shared/dom";

export interface SourceHandlers {
  /** Excel: check the selected column. */
  checkSelected(): void;
  checkPasted(text: string): void;
  checkSample(): void;
  checkFile(file: File): void;
}

const INTRO = {
  excel:
    "Select the register's column of SEN codes (the table column, or cells such as C2:C400), then choose Check selected column. Codes are only read, never changed.",
  preview:
    "Preview mode (not in Excel): paste a column of SEN codes, choose a CSV file, or use the made-up sample register. Nothing leaves this page.",
};

const PASTE_HINT =
  "Accepted: K, E, A, P, S, N, the descriptions (SEN Support, Education, Health and Care Plan, ...) or SIMS's 'K - SEN Support'. Blank lines are skipped.";

/** The intro, then the source controls for where the pane runs. */
export function createSourcePart(doc: Document, inExcel: boolean, on: SourceHandlers): HTMLElement[] {
  const heading = el(doc, "h2", "SEN register check");
  if (inExcel) {
    const read = button(doc, "Check selected column", "primary");
    read.addEventListener("click", () => on.checkSelected());
    return [heading, intro(doc, inExcel, INTRO), buttonRow(doc, read)];
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
    labelledControl(doc, paste, "SEN codes, one pupil a line", PASTE_HINT),
    buttonRow(doc, checkPasted, sample),
    labelledControl(doc, file, "Or a CSV file holding the register"),
  ];
}
