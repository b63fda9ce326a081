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
import { highlightCells, readSelectedRegister, removeHighlights } from "../../workbook/register-range";
import { el, labelledControl } from "../shared/dom";

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
        ? "Select the register's column of SEN codes (for example C:C), then choose Check selected column. Codes are only read, never changed."
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
        ? ` This counts only the accepted codes: SEND.SENCOHOURSFROMREGISTER gives an error until the ${checked.check.invalidCount} cells listed above are corrected.`
        : "";
    hoursResult.textContent = `Guide minimum: ${result.hours} hours a week (${result.totalPoints} points, ${result.mobilityHours} for mobility; SEN support counted at ${result.senSupportWeight} point${result.senSupportWeight === 1 ? "" : "s"} each).${caveat}`;
    if (fromButton) env.announce(hoursResult.textContent);
  }

  function show(check: RegisterCheck, label: string, sheetName?: string, address?: string): void {
    checked = { check, label, sheetName, address };
    results.hidden = false;
    sourceLine.textContent = `Checked ${check.cellsWithValues.toLocaleString("en-GB")} cells with values in ${label}.${
      check.header
        ? ` The first cell, ${check.header.address} "${check.header.text}", was read as the column's header.`
        : ""
    }`;
    const tbody = el(doc, "tbody");
    for (const [labelText, count] of check.countRows) {
      const tr = el(doc, "tr");
      const th = el(doc, "th", labelText);
      th.scope = "row";
      const td = el(doc, "td", count.toLocaleString("en-GB"), "num");
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
      invalidSummary.textContent = `${check.invalidCount.toLocaleString("en-GB")} cell${check.invalidCount === 1 ? " is" : "s are"} not an accepted code${listed < check.invalidCount ? ` (the first ${listed} are listed)` : ""}. Accepted: ${check.acceptedCodesHelp}.`;
      invalidSummary.className = "preview-warning";
    }
    invalidList.replaceChildren(...check.invalid.map((cell) => el(doc, "li", cell.message)));
    highlight.disabled = check.invalid.length === 0;
    updateHours(false);
    env.announce(
      `Register checked: ${check.counts.onRegister} pupils on the SEN register, ${check.invalidCount} cells not accepted codes.`,
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
          `Highlighted ${checked!.check.invalid.length} cells. Remove highlight takes it away again; no code was changed.`,
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
