/**
 * The SENCO time tab: the statement's inputs (the school's figures, or its register column in
 * Excel), then "Create statement". In Excel it writes the sheet "SENCO time statement" (and, when
 * one is there already, updates it after the user confirms, keeping what the school typed in its
 * checklists); in a plain browser it renders the same model as an HTML preview.
 * DOM APIs only (textContent, never innerHTML).
 *
 * Parts: the form with the register choice (statement-form.ts), the button (here), the preview
 * (shared/preview-section.ts); what they do (statement-actions.ts); the Excel side
 * (src/workbook/statement-excel.ts). The tab's state is the StatementTab object (statement-state.ts).
 */
import { defaultStatementRaw } from "../../sheets/statement/statement-fields";
import { STATEMENT_SHEET_NAME } from "../../sheets/statement/statement-model";
import { buttonRow, el, intro, outcomeLine } from "../shared/dom";
import type { PaneEnv } from "../shared/pane-env";
import { createPreviewSection, markOutOfDateOnChange } from "../shared/preview-section";
import { createStatement, loadExistingStatement, useCounts, useSelectedRegister } from "./statement-actions";
import { followCheckedRegister, useCheckedRegister } from "./checked-register-action";
import { createCheckedRegisterPart } from "./checked-register-part";
import { createStatementForm, setStatementValues, showRegisterMode } from "./statement-form";
import type { StatementTab } from "./statement-state";

const INTRO = {
  excel: `One sheet a head, business manager or governor can read: the guide to SENCO hours, the time allocated, its cost and what else the guidance expects. Create statement writes the sheet "${STATEMENT_SHEET_NAME}"; its figures are live SEND.* formulas.`,
  preview: "the same statement is shown here as a preview. Nothing leaves this page.",
};

/** The tab's parts, built, the form set to the defaults; nothing wired yet. */
function createStatementTab(doc: Document, env: PaneEnv): StatementTab {
  const create = el(doc, "button", "Create statement", "primary");
  create.type = "submit";
  const checkedRegister = createCheckedRegisterPart(doc, env.inExcel, { use: () => void useCheckedRegister(tab) });
  const tab: StatementTab = {
    env,
    form: createStatementForm(doc, env.inExcel, checkedRegister.area),
    checkedRegister,
    create,
    progressArea: el(doc, "div"),
    preview: createPreviewSection(doc, "statement", "Statement preview"),
    register: undefined,
    busy: false,
    outcome: outcomeLine(doc, "statement-outcome"),
    confirmed: new Set(),
  };
  setStatementValues(tab.form, defaultStatementRaw());
  showRegisterMode(tab.form, tab.register);
  tab.form.form.append(buttonRow(doc, create), tab.outcome);
  return tab;
}

export function mountStatementTab(panel: HTMLElement, env: PaneEnv): void {
  const doc = panel.ownerDocument;
  const tab = createStatementTab(doc, env);
  panel.replaceChildren(
    el(doc, "h2", "SENCO time statement"),
    intro(doc, env.inExcel, INTRO),
    tab.form.form,
    tab.progressArea,
    tab.preview.section,
  );
  tab.form.form.addEventListener("submit", (event) => {
    event.preventDefault();
    void createStatement(tab);
  });
  markOutOfDateOnChange(tab.form.form, tab.preview, "Create statement");
  const { useSelection, useCounts: counts } = tab.form.registerChoice;
  useSelection.addEventListener("click", () => void useSelectedRegister(tab));
  counts.addEventListener("click", () => useCounts(tab));
  followCheckedRegister(tab);
  if (env.inExcel) void loadExistingStatement(tab);
}
