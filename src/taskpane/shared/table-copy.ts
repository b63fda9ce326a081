/**
 * A table of a preview, copied for Excel with one button: its rows go to the clipboard as
 * tab-separated text (a line a row, a tab between cells), which Excel pastes cell by cell. A cell
 * goes as the preview shows it: a figure ("£67,755", "34%", "01/09/2026") as Excel reads it back,
 * a number, a percentage or a date; text Excel would read as a formula, a number or a date gets
 * its text prefix, as when the sheet is written (guardText), so a school named "=1+1" stays text.
 * The clipboard API first; where the host blocks it (Office on the web's frame), the page's own
 * copy command.
 */
import { guardText } from "../../workbook/excel-input";
import { button } from "./dom";
import { counted } from "./words";

/** Rows as tab-separated text; a cell holding a tab, a line break or a quote is quoted, as Excel writes it. */
export function tabSeparated(rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => (/[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(cell).join("\t")).join("\r\n");
}

/** The table's rows as the preview shows them: figures (class "num") as they are, text guarded. */
export function tableRows(table: HTMLTableElement): string[][] {
  return [...table.rows].map((row) =>
    [...row.cells].map((cell) => {
      const text = (cell.textContent ?? "").trim();
      return cell.classList.contains("num") ? text : guardText(text);
    }),
  );
}

/** Put `text` on the clipboard; false when neither the clipboard API nor the copy command may. */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The copy command copies what is selected where the focus is: the text, for a moment.
    const back = doc.activeElement as HTMLElement | null;
    const buffer = doc.createElement("textarea");
    buffer.className = "clipboard-buffer";
    buffer.value = text;
    buffer.readOnly = true;
    doc.body.append(buffer);
    buffer.focus();
    buffer.select();
    try {
      return doc.execCommand("copy");
    } catch {
      return false;
    } finally {
      buffer.remove();
      back?.focus();
    }
  }
}

/** "Copy table", for the table named `name`: says what it copied (or why it could not) through `say`. */
export function copyTableButton(
  doc: Document,
  table: HTMLTableElement,
  name: string,
  say: (message: string) => void,
): HTMLButtonElement {
  const copy = button(doc, "Copy table", "copy-table");
  copy.setAttribute("aria-label", `Copy table: ${name}`);
  copy.addEventListener("click", () => {
    const rows = tableRows(table);
    void copyText(doc, tabSeparated(rows)).then((copied) =>
      say(
        copied
          ? `Copied ${counted(rows.length, "row")} of ${name}: paste into Excel, a cell each.`
          : `Could not copy ${name}: the clipboard is not open to the pane here. Select the table and copy it instead.`,
      ),
    );
  });
  return copy;
}
