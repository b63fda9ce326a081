/**
 * The Levy tab: the levy account (pay bill, share in England, months shown, funds now), the
 * apprenticeships it pays for and the transfers it sends (in Excel the lists start with the plan
 * sheets in the workbook, read again whenever the tab is shown; added, edited and removed by hand
 * in both modes), then "Create forecast". In Excel it writes a new forecast sheet: the inputs, the
 * tables of funds, apprenticeships and transfers, the SEND.LEVYFORECAST spill over them, the
 * sentences its figures drive and a chart. In a plain browser it renders the same model as an
 * HTML preview. DOM APIs only (textContent, never innerHTML).
 *
 * Parts: the account form (account-form.ts), the apprenticeships (apprenticeships-part.ts) and
 * transfers (transfers-part.ts), each an editable list (editable-list.ts), the button and outcome
 * (here), the preview (shared/preview-section.ts); what they do (levy-actions.ts, list-actions.ts);
 * the Excel side (src/workbook/levy-excel.ts). The tab's state is the LevyTab object (levy-state.ts).
 */
import { serialFromLocalDate } from "../../rules/excel-dates";
import { defaultLevyAccountRaw } from "../../sheets/levy/levy-fields";
import { buttonRow, el, intro, outcomeLine } from "../shared/dom";
import type { PaneEnv } from "../shared/pane-env";
import { createPreviewSection } from "../shared/preview-section";
import { createAccountForm, setAccountValues } from "./account-form";
import { createApprenticeshipsPart } from "./apprenticeships-part";
import { addPlansInWorkbook, createForecast } from "./levy-actions";
import {
  APPRENTICESHIPS,
  TRANSFERS,
  cancelItem,
  editItem,
  followLists,
  removeItem,
  saveItem,
  showLists,
} from "./list-actions";
import type { LevyTab } from "./levy-state";
import { createTransfersPart } from "./transfers-part";

const INTRO = {
  excel:
    "Will the levy fund the SENCO's apprenticeship, and what will expire? Create forecast writes a new sheet: the levy account month by month as a live SEND.LEVYFORECAST over tables of apprenticeships and transfers, with a chart and the sentences its figures drive.",
  preview:
    "the levy account month by month is shown here as a preview. Nothing is saved and nothing leaves this page. In Excel, Create forecast writes the same forecast to a new sheet, its apprenticeships read from the plan sheets in the workbook.",
};

/** The tab's parts, built, the forms set to their defaults; the handlers reach the tab once it exists. */
function createLevyTab(doc: Document, env: PaneEnv): LevyTab {
  const create = el(doc, "button", "Create forecast", "primary");
  create.type = "button";
  const handlers = <T, Id extends string>(list: Parameters<typeof saveItem<T, Id>>[1]) => ({
    save: () => saveItem(tab, list),
    edit: (index: number) => editItem(tab, list, index),
    remove: (index: number) => removeItem(tab, list, index),
    cancel: () => cancelItem(tab, list),
  });
  const tab: LevyTab = {
    env,
    account: createAccountForm(doc),
    apprenticeshipsPart: createApprenticeshipsPart(doc, env.inExcel, {
      ...handlers(APPRENTICESHIPS),
      fromPlans: () => void addPlansInWorkbook(tab),
    }),
    transfersPart: createTransfersPart(doc, handlers(TRANSFERS)),
    create,
    outcome: outcomeLine(doc, "levy-outcome"),
    progressArea: el(doc, "div"),
    preview: createPreviewSection(doc, "levy", "Forecast preview"),
    apprenticeships: [],
    transfers: [],
    monthsChosen: false,
    busy: false,
  };
  setAccountValues(tab.account, defaultLevyAccountRaw(serialFromLocalDate(new Date())));
  showLists(tab);
  return tab;
}

/** Months shown follow the lists and the first month until the user types their own. */
function followMonths(tab: LevyTab): void {
  const views = tab.account.views;
  views.get("months")!.input.addEventListener("input", () => (tab.monthsChosen = true));
  views.get("firstMonthSerial")!.input.addEventListener("change", () => followLists(tab));
}

/** In Excel, read the plan sheets again whenever the tab is shown (a plan made a moment ago is listed). */
function readPlansWhenShown(panel: HTMLElement, tab: LevyTab): void {
  const read = () => {
    if (!panel.hidden) void addPlansInWorkbook(tab, true);
  };
  new MutationObserver(read).observe(panel, { attributes: true, attributeFilter: ["hidden"] });
  read();
}

export function mountLevyTab(panel: HTMLElement, env: PaneEnv): void {
  const doc = panel.ownerDocument;
  const tab = createLevyTab(doc, env);
  panel.replaceChildren(
    el(doc, "h2", "Levy account forecast"),
    intro(doc, env.inExcel, INTRO),
    tab.account.form,
    tab.apprenticeshipsPart.section,
    tab.transfersPart.section,
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
  followMonths(tab);
  if (env.inExcel) readPlansWhenShown(panel, tab);
}
