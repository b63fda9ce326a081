/**
 * The Levy tab: the levy account (pay bill, share in England, months shown, funds now) and the
 * apprenticeships it pays for (in Excel read from the plan sheets in the workbook; added by hand
 * in both modes), then "Create forecast". In Excel it writes a new forecast sheet: the inputs,
 * the tables of funds and apprenticeships, the SEND.LEVYFORECAST spill over them, the sentences
 * its figures drive and a chart. In a plain browser it renders the same model as an HTML preview.
 * DOM APIs only (textContent, never innerHTML).
 *
 * Parts: the account form (account-form.ts), the apprenticeships (apprenticeships-part.ts), the
 * button and outcome (here), the preview (shared/preview-section.ts); what they do
 * (levy-actions.ts); the Excel side (src/workbook/levy-excel.ts). The tab's state is the LevyTab
 * object (levy-state.ts).
 */
import { serialFromLocalDate } from "../../rules/excel-dates";
import { defaultLevyAccountRaw } from "../../sheets/levy/levy-fields";
import { buttonRow, el, intro, outcomeLine } from "../shared/dom";
import type { PaneEnv } from "../shared/pane-env";
import { createPreviewSection } from "../shared/preview-section";
import { createAccountForm, setAccountValues } from "./account-form";
import { createApprenticeshipsPart, showApprenticeships } from "./apprenticeships-part";
import { addApprenticeship, addPlansInWorkbook, createForecast, removeApprenticeship } from "./levy-actions";
import type { LevyTab } from "./levy-state";

const INTRO = {
  excel:
    "Will the levy fund the SENCO's apprenticeship, and what will expire? Create forecast writes a new sheet: the levy account month by month as a live SEND.LEVYFORECAST over a table of apprenticeships, with a chart and the sentences its figures drive.",
  preview:
    "the levy account month by month is shown here as a preview. Nothing is saved and nothing leaves this page. In Excel, Create forecast writes the same forecast to a new sheet, its apprenticeships read from the plan sheets in the workbook.",
};

/** The tab's parts, built, the forms set to their defaults; the handlers reach the tab once it exists. */
function createLevyTab(doc: Document, env: PaneEnv): LevyTab {
  const create = el(doc, "button", "Create forecast", "primary");
  create.type = "button";
  const outcome = outcomeLine(doc, "levy-outcome");
  const handlers = {
    add: () => addApprenticeship(tab),
    remove: (index: number) => removeApprenticeship(tab, index),
    fromPlans: () => void addPlansInWorkbook(tab),
  };
  const tab: LevyTab = {
    env,
    account: createAccountForm(doc),
    apprenticeshipsPart: createApprenticeshipsPart(doc, env.inExcel, handlers),
    create,
    outcome,
    progressArea: el(doc, "div"),
    preview: createPreviewSection(doc, "levy", "Forecast preview"),
    apprenticeships: [],
    busy: false,
  };
  setAccountValues(tab.account, defaultLevyAccountRaw(serialFromLocalDate(new Date())));
  showApprenticeships(tab.apprenticeshipsPart, tab.apprenticeships);
  return tab;
}

export function mountLevyTab(panel: HTMLElement, env: PaneEnv): void {
  const doc = panel.ownerDocument;
  const tab = createLevyTab(doc, env);
  panel.replaceChildren(
    el(doc, "h2", "Levy account forecast"),
    intro(doc, env.inExcel, INTRO),
    tab.account.form,
    tab.apprenticeshipsPart.section,
    buttonRow(doc, tab.create),
    tab.outcome,
    tab.progressArea,
    tab.preview.section,
  );
  tab.account.form.addEventListener("submit", (event) => {
    event.preventDefault();
    void createForecast(tab);
  });
  tab.create.addEventListener("click", () => void createForecast(tab));
  if (env.inExcel) void addPlansInWorkbook(tab, true);
}
