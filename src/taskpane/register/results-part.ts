/**
 * The Register tab's results: where the codes came from, the counts by code (as
 * SEND.SENREGISTERCOUNTS gives them), the cells that are not accepted codes with their addresses,
 * and in Excel the buttons that highlight those cells and remove the highlight again.
 */
import { noStatusNote } from "../../sheets/register/census-check";
import type { RegisterCheck } from "../../sheets/register/register-check";
import { button, buttonRow, el, outcomeLine, withId } from "../shared/dom";
import { counted, countText } from "../shared/words";

/** What the results show of a checked register: the check, where it came from in words, pupils with no SEN status. */
export interface ResultsShown {
  readonly check: RegisterCheck;
  readonly label: string;
  /** Pupils with no SEN status, when a register table says which rows are pupils (else the blank cells are). */
  readonly noStatus?: number;
}

export interface ResultsPart {
  /** The whole results section (hidden until a register is checked); the hours part goes at its end. */
  readonly section: HTMLElement;
  readonly sourceLine: HTMLElement;
  readonly countsTable: HTMLTableElement;
  readonly invalidSummary: HTMLElement;
  readonly invalidList: HTMLElement;
  readonly highlight: HTMLButtonElement;
  /** What Highlight these cells or Remove highlight did, said once; it takes the focus. */
  readonly highlightOutcome: HTMLElement;
}

export function createResultsPart(
  doc: Document,
  inExcel: boolean,
  on: { highlight(): void; removeHighlight(): void },
): ResultsPart {
  const section = el(doc, "section");
  section.setAttribute("aria-labelledby", "register-results-heading");
  section.hidden = true;
  const part: ResultsPart = {
    section,
    sourceLine: withId(el(doc, "p", undefined, "status"), "register-checked"),
    countsTable: el(doc, "table", undefined, "preview-table"),
    invalidSummary: el(doc, "p"),
    invalidList: el(doc, "ul"),
    highlight: button(doc, "Highlight these cells"),
    highlightOutcome: outcomeLine(doc, "register-highlight-outcome"),
  };
  part.invalidList.setAttribute("aria-label", "Cells that are not accepted codes");
  const unhighlight = button(doc, "Remove highlight");
  part.highlight.addEventListener("click", () => on.highlight());
  unhighlight.addEventListener("click", () => on.removeHighlight());
  const highlightButtons = buttonRow(doc, part.highlight, unhighlight);
  highlightButtons.hidden = !inExcel;
  section.append(
    withId(el(doc, "h3", "Counts by code"), "register-results-heading"),
    part.sourceLine,
    part.countsTable,
    el(doc, "h3", "Cells that are not accepted codes"),
    part.invalidSummary,
    part.invalidList,
    highlightButtons,
    part.highlightOutcome,
  );
  return part;
}

/** The counts by code as a table with a row header per code. */
function countsTableContent(doc: Document, check: RegisterCheck): HTMLElement[] {
  const tbody = el(doc, "tbody");
  for (const [labelText, count] of check.countRows) {
    const tr = el(doc, "tr");
    const th = el(doc, "th", labelText);
    th.scope = "row";
    tr.append(th, el(doc, "td", countText(count), "num"));
    tbody.append(tr);
  }
  const headRow = el(doc, "tr");
  for (const text of ["Code", "Pupils"]) {
    const th = el(doc, "th", text);
    th.scope = "col";
    headRow.append(th);
  }
  const thead = el(doc, "thead");
  thead.append(headRow);
  return [el(doc, "caption", "Pupils by SEN provision code", "visually-hidden"), thead, tbody];
}

/**
 * "Checked 3 cells with values in …", or with blank cells "Checked 40 cells in …: 37 with values. 3
 * pupils have no SEN status: counted as no SEN." (a register table's count of pupils without a
 * status when there is one), then the header cell when one was read.
 */
function sourceText({ check, label, noStatus }: ResultsShown): string {
  const blanks = noStatus ?? check.blankCells;
  const header = check.header
    ? ` The first cell, ${check.header.address} "${check.header.text}", was read as the column's header.`
    : "";
  if (blanks === 0) return `Checked ${counted(check.cellsWithValues, "cell")} with values in ${label}.${header}`;
  const cells = check.cellsWithValues + check.blankCells;
  return `Checked ${counted(cells, "cell")} in ${label}: ${countText(check.cellsWithValues)} with values. ${noStatusNote(blanks)}.${header}`;
}

/** Show a checked register: where it came from, its counts and the cells that are not accepted codes. */
export function showResults(part: ResultsPart, checked: ResultsShown): void {
  const { check } = checked;
  const doc = part.section.ownerDocument;
  part.section.hidden = false;
  part.sourceLine.textContent = sourceText(checked);
  part.countsTable.replaceChildren(...countsTableContent(doc, check));
  if (check.invalidCount === 0) {
    part.invalidSummary.textContent = "None: every cell with a value holds an accepted code.";
    part.invalidSummary.className = "ok";
  } else {
    const listed = check.invalid.length;
    part.invalidSummary.textContent = `${counted(check.invalidCount, "cell")} ${check.invalidCount === 1 ? "is" : "are"} not an accepted code${listed < check.invalidCount ? ` (the first ${countText(listed)} are listed)` : ""}. Accepted: ${check.acceptedCodesHelp}.`;
    part.invalidSummary.className = "preview-warning";
  }
  part.invalidList.replaceChildren(...check.invalid.map((cell) => el(doc, "li", cell.message)));
  part.highlight.disabled = check.invalid.length === 0;
  part.highlightOutcome.hidden = true;
}
