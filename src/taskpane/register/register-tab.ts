/**
 * The Register tab: check a SEN register's code column. In Excel the user selects the column;
 * outside Excel they paste the codes, pick a CSV file or use the made-up sample register. The
 * tab shows the counts by code (as SEND.SENREGISTERCOUNTS), lists every cell that is not an
 * accepted code with its address, offers a removable highlight of those cells (Excel only), and
 * shows the guide hours for the budget and mobility entered. It never edits a code.
 * DOM APIs only (textContent, never innerHTML).
 */
import type { PaneEnv } from "../shared/pane-env";
import { readableError } from "../shared/pane-env";
import { createField, type FieldView } from "../shared/fields";
import { startProgress } from "../shared/progress";
import { decodeCsv, parseCsv } from "../../sheets/district/csv";
import {
  checkRegister,
  csvRegisterColumn,
  invalidAreas,
  REGISTER_FIELD_LABELS,
  registerGuideHours,
  type RegisterCheck,
} from "../../sheets/register/register-check";
import {
  SAMPLE_REGISTER_CODES,
  SAMPLE_REGISTER_HEADER,
  SAMPLE_REGISTER_LABEL,
} from "../../sheets/register/sample-register";
import {
  cellContent,
  highlightCells,
  readSelectedRegister,
  registerTableColumn,
  removeHighlights,
  writeFormula,
} from "../../workbook/register-range";
import { defaultFormulaCell, guideHoursFormula, type RegisterColumnRef } from "../../sheets/register/register-formula";
import { parseAddress, rangeAddress } from "../../sheets/a1-address";
import { el, labelledControl } from "../shared/dom";
import { counted, countText } from "../shared/words";

interface Checked {
  readonly check: RegisterCheck;
  readonly label: string;
  readonly sheetName?: string;
  readonly address?: string;
}

/** Pasted text as one column of cells: one line per pupil (a trailing empty line is dropped). */
export function pastedColumn(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => [line]);
}

export { csvRegisterColumn };

export function mountRegisterTab(panel: HTMLElement, env: PaneEnv): void {
  const doc = panel.ownerDocument;
  panel.replaceChildren();
  let checked: Checked | undefined;

  panel.append(
    el(doc, "h2", "SEN register check"),
    el(
      doc,
      "p",
      env.inExcel
        ? "Select the register's column of SEN codes (the table column, or cells such as C2:C400), then choose Check selected column. Codes are only read, never changed."
        : "Preview mode (not in Excel): paste a column of SEN codes, choose a CSV file, or use the made-up sample register. Nothing leaves this page.",
      "intro",
    ),
  );

  const sourceButtons = el(doc, "div", undefined, "buttons");
  if (env.inExcel) {
    const read = el(doc, "button", "Check selected column", "primary");
    read.type = "button";
    read.addEventListener("click", () => void checkFromExcel());
    sourceButtons.append(read);
    panel.append(sourceButtons);
  } else {
    const paste = el(doc, "textarea");
    paste.id = "register-paste";
    paste.rows = 6;
    const pasteField = labelledControl(
      doc,
      paste,
      "SEN codes, one pupil a line",
      "Accepted: K, E, A, P, S, N, the descriptions (SEN Support, Education, Health and Care Plan, ...) or SIMS's 'K - SEN Support'. Blank lines are skipped.",
    );
    const checkPasted = el(doc, "button", "Check pasted codes", "primary");
    checkPasted.type = "button";
    checkPasted.addEventListener("click", () =>
      show(checkRegister(pastedColumn(paste.value), { row: 0, col: 0 }), "the pasted codes (line 1 is cell A1)"),
    );
    const sample = el(doc, "button", "Use the made-up sample register");
    sample.type = "button";
    sample.addEventListener("click", () =>
      show(
        checkRegister(
          SAMPLE_REGISTER_CODES.map((code) => [code]),
          { row: 1, col: 0 },
        ),
        `${SAMPLE_REGISTER_LABEL}: header "${SAMPLE_REGISTER_HEADER}" in A1, codes from A2`,
      ),
    );
    sourceButtons.append(checkPasted, sample);
    const file = el(doc, "input");
    file.type = "file";
    file.id = "register-csv";
    file.accept = ".csv,text/csv,text/plain";
    file.addEventListener("change", () => {
      const picked = file.files?.[0];
      if (picked) void checkCsv(picked);
    });
    const fileField = labelledControl(doc, file, "Or a CSV file holding the register");
    panel.append(pasteField, sourceButtons, fileField);
  }

  const results = el(doc, "section");
  results.setAttribute("aria-labelledby", "register-results-heading");
  results.hidden = true;
  const resultsHeading = el(doc, "h3", "Counts by code");
  resultsHeading.id = "register-results-heading";
  const sourceLine = el(doc, "p", undefined, "status");
  const countsTable = el(doc, "table", undefined, "preview-table");
  const invalidHeading = el(doc, "h3", "Cells that are not accepted codes");
  const invalidSummary = el(doc, "p");
  const invalidList = el(doc, "ul");
  invalidList.setAttribute("aria-label", "Cells that are not accepted codes");
  const highlightButtons = el(doc, "div", undefined, "buttons");
  const highlight = el(doc, "button", "Highlight these cells");
  highlight.type = "button";
  const unhighlight = el(doc, "button", "Remove highlight");
  unhighlight.type = "button";
  highlightButtons.append(highlight, unhighlight);
  highlightButtons.hidden = !env.inExcel;
  results.append(
    resultsHeading,
    sourceLine,
    countsTable,
    invalidHeading,
    invalidSummary,
    invalidList,
    highlightButtons,
  );

  // Guide hours for the budget and mobility entered.
  const hoursSet = el(doc, "fieldset");
  hoursSet.append(el(doc, "legend", "Guide hours for this register"));
  const fieldViews: Record<"budget" | "mobility" | "weight", FieldView> = {
    budget: createField(
      hoursSet,
      {
        id: "budget",
        label: REGISTER_FIELD_LABELS.notional_sen_budget!,
        kind: "text",
        optional: false,
        hint: "In pounds, for example £67,755.",
        inputMode: "decimal",
      },
      "register",
      () => updateHours(false),
    ),
    mobility: createField(
      hoursSet,
      {
        id: "mobility",
        label: REGISTER_FIELD_LABELS.pupil_mobility!,
        kind: "text",
        optional: true,
        hint: "Annual turnover as a percentage: type 34% or 0.34. Blank adds 0 hours.",
        inputMode: "decimal",
      },
      "register",
      () => updateHours(false),
    ),
    weight: createField(
      hoursSet,
      {
        id: "weight",
        label: REGISTER_FIELD_LABELS.sen_support_weight!,
        kind: "text",
        optional: true,
        hint: "From 1 (like School Action, the default floor) to 5 (like School Action Plus).",
        inputMode: "decimal",
      },
      "register",
      () => updateHours(false),
    ),
  };
  const hoursButtons = el(doc, "div", undefined, "buttons");
  const work = el(doc, "button", "Work out guide hours");
  work.type = "button";
  work.addEventListener("click", () => updateHours(true));
  hoursButtons.append(work);
  const hoursResult = el(doc, "p", undefined, "status");
  hoursResult.id = "register-hours";
  hoursSet.append(hoursButtons, hoursResult);

  // Excel only: put the live formula for this column into a cell (a table column by name).
  const formulaCell = createField(
    hoursSet,
    {
      id: "formula-cell",
      label: "Cell for the guide-hours formula",
      kind: "text",
      optional: true,
      hint: "A cell on the register's sheet, such as F2. Blank: two columns right of the register. A cell that is not empty is only replaced after you confirm.",
    },
    "register",
    () => undefined,
  );
  const insert = el(doc, "button", "Insert guide-hours formula");
  insert.type = "button";
  const insertButtons = el(doc, "div", undefined, "buttons");
  insertButtons.append(insert);
  const insertResult = el(doc, "p", undefined, "outcome");
  insertResult.id = "register-formula-outcome";
  insertResult.tabIndex = -1;
  insertResult.hidden = true;
  hoursSet.append(insertButtons, insertResult);
  if (!env.inExcel) {
    (formulaCell.input.closest(".field") as HTMLElement | null)?.setAttribute("hidden", "");
    insertButtons.hidden = true;
  }
  insert.addEventListener("click", () => void insertFormula());
  results.append(hoursSet);
  panel.append(results);

  function updateHours(fromButton: boolean): void {
    if (!checked) return;
    const budgetText = String(fieldViews.budget.raw());
    const mobilityText = String(fieldViews.mobility.raw());
    const weightText = String(fieldViews.weight.raw());
    for (const view of Object.values(fieldViews)) view.showProblem(undefined);
    if (!fromButton && budgetText.trim() === "") return; // nothing to work out yet
    const result = registerGuideHours(checked.check.counts, budgetText, mobilityText, weightText);
    if (!result.ok) {
      fieldViews[result.field].showProblem(result.message);
      hoursResult.textContent = "";
      if (fromButton) fieldViews[result.field].input.focus();
      return;
    }
    const caveat =
      checked.check.invalidCount > 0
        ? ` This counts only the accepted codes: SEND.SENCOHOURSFROMREGISTER gives an error until the ${counted(checked.check.invalidCount, "cell")} listed above ${checked.check.invalidCount === 1 ? "is" : "are"} corrected.`
        : "";
    hoursResult.textContent = `Guide minimum: ${counted(result.hours, "hour")} a week (${counted(result.totalPoints, "point")}, ${counted(result.mobilityHours, "hour")} for mobility; SEN support counted at ${counted(result.senSupportWeight, "point")} each).${caveat}`;
    if (fromButton) env.announce(hoursResult.textContent);
  }

  /** The checked cells the formula refers to: without a header in the first row. */
  function formulaRange(check: RegisterCheck, address: string): string {
    const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
    const p = parseAddress(local);
    const headerFirst = p.rowCount > 1 && check.invalid.some((cell) => cell.row === p.row);
    return headerFirst ? rangeAddress(p.row + 1, p.col, p.rowCount - 1, p.colCount) : local;
  }

  async function insertFormula(): Promise<void> {
    if (!checked?.sheetName || !checked.address) return;
    const { sheetName, address, check } = checked;
    insertResult.hidden = true;
    formulaCell.showProblem(undefined);
    const result = registerGuideHours(
      check.counts,
      String(fieldViews.budget.raw()),
      String(fieldViews.mobility.raw()),
      String(fieldViews.weight.raw()),
    );
    if (!result.ok) {
      fieldViews[result.field].showProblem(result.message);
      fieldViews[result.field].input.focus();
      return;
    }
    const typed = String(formulaCell.raw()).trim().toUpperCase();
    const cell = typed === "" ? defaultFormulaCell(formulaRange(check, address)) : typed;
    let parsed: ReturnType<typeof parseAddress> | undefined;
    try {
      parsed = parseAddress(cell);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.rowCount !== 1 || parsed.colCount !== 1 || cell.includes("!")) {
      formulaCell.showProblem(`Cell for the guide-hours formula must be one cell such as F2; it was "${typed}".`);
      formulaCell.input.focus();
      return;
    }
    try {
      const table = await Excel.run((context) => registerTableColumn(context, sheetName, address));
      const ref: RegisterColumnRef = { sheetName, address: formulaRange(check, address), table };
      const weight = String(fieldViews.weight.raw()).trim() === "" ? undefined : result.senSupportWeight;
      const formula = guideHoursFormula(ref, sheetName, {
        budget: result.budget,
        mobility: result.mobility,
        weight,
      });
      const existing = await Excel.run((context) => cellContent(context, sheetName, cell));
      if (existing !== "" && existing !== null) {
        const ok = await env.confirm({
          title: "Replace the cell?",
          message: `${sheetName}!${cell} holds ${typeof existing === "string" ? `"${existing}"` : String(existing)}. Replace it with the guide-hours formula?`,
          confirmLabel: "Replace",
        });
        if (!ok) {
          env.announce(`Nothing inserted: ${cell} kept as it was.`);
          return;
        }
      }
      await Excel.run((context) => writeFormula(context, sheetName, cell, formula));
      insertResult.textContent = `Inserted ${formula} in ${sheetName}!${cell}.`;
      insertResult.hidden = false;
      insertResult.focus();
      env.announce(insertResult.textContent);
    } catch (error) {
      env.showError(`Could not insert the formula: ${readableError(error)}`);
    }
  }

  function show(check: RegisterCheck, label: string, sheetName?: string, address?: string): void {
    checked = { check, label, sheetName, address };
    insertResult.hidden = true;
    results.hidden = false;
    sourceLine.textContent = `Checked ${counted(check.cellsWithValues, "cell")} with values in ${label}.${
      check.header
        ? ` The first cell, ${check.header.address} "${check.header.text}", was read as the column's header.`
        : ""
    }`;
    const tbody = el(doc, "tbody");
    for (const [labelText, count] of check.countRows) {
      const tr = el(doc, "tr");
      const th = el(doc, "th", labelText);
      th.scope = "row";
      const td = el(doc, "td", countText(count), "num");
      tr.append(th, td);
      tbody.append(tr);
    }
    const thead = el(doc, "thead");
    const headRow = el(doc, "tr");
    for (const text of ["Code", "Pupils"]) {
      const th = el(doc, "th", text);
      th.scope = "col";
      headRow.append(th);
    }
    thead.append(headRow);
    countsTable.replaceChildren(el(doc, "caption", "Pupils by SEN provision code", "visually-hidden"), thead, tbody);
    if (check.invalidCount === 0) {
      invalidSummary.textContent = "None: every cell with a value holds an accepted code.";
      invalidSummary.className = "ok";
    } else {
      const listed = check.invalid.length;
      invalidSummary.textContent = `${counted(check.invalidCount, "cell")} ${check.invalidCount === 1 ? "is" : "are"} not an accepted code${listed < check.invalidCount ? ` (the first ${countText(listed)} are listed)` : ""}. Accepted: ${check.acceptedCodesHelp}.`;
      invalidSummary.className = "preview-warning";
    }
    invalidList.replaceChildren(...check.invalid.map((cell) => el(doc, "li", cell.message)));
    highlight.disabled = check.invalid.length === 0;
    updateHours(false);
    env.announce(
      `Register checked: ${counted(check.counts.onRegister, "pupil")} on the SEN register, ${counted(check.invalidCount, "cell")} not ${check.invalidCount === 1 ? "an accepted code" : "accepted codes"}.`,
    );
  }

  async function checkCsv(file: File): Promise<void> {
    try {
      const csv = decodeCsv(new Uint8Array(await file.arrayBuffer()));
      const rows = parseCsv(csv.text, csv.delimiter, csv.start);
      const column = csvRegisterColumn(rows);
      const how =
        column.chosenBy === "header" ? "found by its header" : "found by its codes: no header names SEN status";
      const where = `${file.name} (${csv.detected}), column ${column.header ? `"${column.header}"` : column.origin.col + 1} (${how})`;
      show(checkRegister(column.cells, column.origin), where);
    } catch (error) {
      env.showError(`Could not read ${file.name}: ${readableError(error)}`);
    }
  }

  async function checkFromExcel(): Promise<void> {
    const progress = startProgress(panel, "Reading the register");
    try {
      const selected = await Excel.run((context) => readSelectedRegister(context, (d, t) => progress.update(d, t)));
      show(
        checkRegister(selected.values, { row: selected.row, col: selected.col }),
        selected.address,
        selected.sheetName,
        selected.address,
      );
    } catch (error) {
      env.showError(`Could not check the selection: ${readableError(error)}`);
    } finally {
      progress.finish();
    }
  }

  highlight.addEventListener("click", () => {
    if (!checked?.sheetName || checked.check.invalid.length === 0) return;
    const { sheetName } = checked;
    const groups = invalidAreas(checked.check.invalid);
    void Excel.run((context) => highlightCells(context, sheetName, groups))
      .then(() =>
        env.announce(
          `Highlighted ${counted(checked!.check.invalid.length, "cell")}. Remove highlight takes it away again; no code was changed.`,
        ),
      )
      .catch((error: unknown) => env.showError(`Could not highlight the cells: ${readableError(error)}`));
  });
  unhighlight.addEventListener("click", () => {
    if (!checked?.sheetName || !checked.address) return;
    const { sheetName, address } = checked;
    void Excel.run((context) => removeHighlights(context, sheetName, address))
      .then((removed) => env.announce(removed > 0 ? "Removed the highlight." : "There was no highlight to remove."))
      .catch((error: unknown) => env.showError(`Could not remove the highlight: ${readableError(error)}`));
  });
}
