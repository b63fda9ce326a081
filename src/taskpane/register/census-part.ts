/**
 * The Register tab's census check: the problems the school census would refuse (each with the
 * pupil, by name when the register has names, else UPN, else cell; the rule in words; the cell to
 * fix), the pupils with no SEN status, the counts by primary need and provision (as
 * SEND.SENNEEDCOUNTS gives them) and, in Excel, the cell for the two live formulas and "Insert
 * census formulas" with its outcome. The part builds and fills in; the work is in census-actions.ts.
 */
import { yearGroupText, type CensusCheckModel, type CensusCheckProblem } from "../../sheets/register/census-check";
import { button, buttonRow, el, outcomeLine, withId } from "../shared/dom";
import { createField, type FieldSpec, type FieldView } from "../shared/fields";
import { counted, countText } from "../shared/words";

export interface CensusPart {
  /** Hidden until a register table's census check can run. */
  readonly section: HTMLElement;
  readonly summary: HTMLElement;
  readonly problems: HTMLUListElement;
  readonly needTable: HTMLTableElement;
  readonly needNote: HTMLElement;
  readonly formulaCell: FieldView;
  readonly insertOutcome: HTMLElement;
}

const FORMULA_CELL: FieldSpec = {
  id: "census-cell",
  label: "Cell for the census formulas",
  kind: "text",
  optional: true,
  hint: "A cell such as J1: SEND.SENNEEDCOUNTS goes there (17 rows by 4 columns) and SEND.SENCENSUSCHECK five columns to its right. Blank: the first columns right of the register where both fit outside every Excel table, level with its header. Cells that hold something are only cleared after you confirm.",
};

export function createCensusPart(doc: Document, inExcel: boolean, on: { insert(): void }): CensusPart {
  const section = el(doc, "section");
  section.setAttribute("aria-labelledby", "register-census-heading");
  section.hidden = true;
  const problems = el(doc, "ul", undefined, "problems");
  problems.setAttribute("aria-label", "Problems the census would refuse");
  const formulas = el(doc, "div");
  const formulaCell = createField(formulas, FORMULA_CELL, "register", () => undefined);
  const insert = button(doc, "Insert census formulas");
  insert.addEventListener("click", () => on.insert());
  const insertOutcome = outcomeLine(doc, "register-census-outcome");
  formulas.append(buttonRow(doc, insert), insertOutcome);
  formulas.hidden = !inExcel;
  const part: CensusPart = {
    section,
    summary: withId(el(doc, "p"), "register-census-summary"),
    problems,
    needTable: el(doc, "table", undefined, "preview-table need-table"),
    needNote: el(doc, "p", undefined, "hint"),
    formulaCell,
    insertOutcome,
  };
  section.append(
    withId(el(doc, "h3", "Problems the census would refuse"), "register-census-heading"),
    part.summary,
    problems,
    el(doc, "h3", "Pupils by primary need"),
    part.needTable,
    part.needNote,
    formulas,
  );
  return part;
}

/** "Davies, Dan (Year 6), D5: SEN provision the text "Q" is not K, E or N (census rule 2120)." */
function problemItem(doc: Document, problem: CensusCheckProblem): HTMLLIElement {
  const item = el(doc, "li");
  const year = problem.year === undefined ? "" : yearGroupText(problem.year);
  item.append(el(doc, "strong", problem.pupil), `${year ? ` (${year})` : ""}, ${problem.cell}: ${problem.text}.`);
  return item;
}

/** The counts by need with at least one pupil, then Not recorded and Total (SEND.SENNEEDCOUNTS lists every need). */
function needTableContent(doc: Document, rows: readonly (string | number)[][]): HTMLElement[] {
  const head = el(doc, "tr");
  for (const text of rows[0] ?? []) head.append(Object.assign(el(doc, "th", String(text)), { scope: "col" }));
  const thead = el(doc, "thead");
  thead.append(head);
  const tbody = el(doc, "tbody");
  const last = rows.length - 1;
  rows.forEach((row, i) => {
    if (i === 0 || (i < last - 1 && row[3] === 0)) return;
    const tr = el(doc, "tr", undefined, i === last ? "total" : undefined);
    tr.append(Object.assign(el(doc, "th", String(row[0])), { scope: "row" }));
    for (const n of row.slice(1)) tr.append(el(doc, "td", countText(Number(n)), "num"));
    tbody.append(tr);
  });
  return [el(doc, "caption", "Pupils with SEN support and EHC plans by primary need", "visually-hidden"), thead, tbody];
}

/** The summary line: problems, pupils, blanks. */
function summaryText(model: CensusCheckModel): string {
  const pupils = `${counted(model.pupils, "pupil")} checked`;
  const blanks = model.noStatusNote ? ` ${model.noStatusNote}.` : "";
  if (model.problemCount === 0) return `None: ${pupils}, every record as the census accepts it.${blanks}`;
  const listed =
    model.problems.length < model.problemCount ? ` (the first ${countText(model.problems.length)} are listed)` : "";
  return `${counted(model.problemCount, "problem")}${listed}; ${pupils}.${blanks}`;
}

/** Why the counts formula gives #VALUE! for now, when it does. */
function needNoteText(model: CensusCheckModel): string {
  const shown = "Needs with no pupils are left out here; the formula lists every need.";
  const refused = model.countsRefused;
  if (refused.length === 0) return shown;
  const cells = refused.length > 3 ? `${refused.slice(0, 3).join(", ")} and others` : refused.join(", ");
  return `${shown} SEND.SENNEEDCOUNTS gives #VALUE! until ${cells} ${refused.length === 1 ? "holds a code" : "hold codes"}: the counts here leave ${refused.length === 1 ? "it" : "them"} out.`;
}

/** Show a census check; `undefined` hides it (a column still to choose). */
export function showCensus(part: CensusPart, model: CensusCheckModel | undefined): void {
  part.section.hidden = model === undefined;
  part.insertOutcome.hidden = true;
  if (!model) return;
  const doc = part.section.ownerDocument;
  part.summary.textContent = summaryText(model);
  part.summary.className = model.problemCount === 0 ? "ok" : "preview-warning";
  part.problems.replaceChildren(...model.problems.map((p) => problemItem(doc, p)));
  part.needTable.replaceChildren(...needTableContent(doc, model.countRows));
  part.needNote.textContent = needNoteText(model);
}
