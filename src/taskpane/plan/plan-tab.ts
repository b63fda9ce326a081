/**
 * The Plan tab: the form (the plan fields and their labels), validation on leaving each field with the
 * functions' own coercers, and "Create plan" / "Update plan". In Excel it writes the plan sheet;
 * in a plain browser it renders the same model as an HTML preview.
 *
 * Parts: the form (plan-form.ts), the buttons and outcome (here), the preview (plan-preview.ts and
 * shared/preview-section.ts); what they do (plan-actions.ts); the Excel side
 * (src/workbook/plan-excel.ts). The tab's state is the PlanTab object (plan-state.ts).
 */
import { defaultRawValues } from "../../sheets/plan/plan-fields";
import { followActivePlanSheet } from "../../workbook/plan-excel";
import { button, buttonRow, el, intro, outcomeLine } from "../shared/dom";
import type { PaneEnv } from "../shared/pane-env";
import { readableError } from "../shared/pane-env";
import { createPreviewSection, markOutOfDateOnChange } from "../shared/preview-section";
import { createLevyFundsPart, showLevyFundsSource } from "./levy-funds-part";
import { loadPlan, runPlan } from "./plan-actions";
import { createPlanForm } from "./plan-form";
import type { PlanTab } from "./plan-state";

const INTRO = {
  excel:
    "Fill in the form and choose Create plan: a new sheet holds the plan, its figures live SEND.* formulas over its own inputs.",
  preview:
    "fill in the form and choose Create plan to see the plan, with its funding, payments, timeline, checks and documents checklist. Nothing is saved and nothing leaves this page. In Excel, Create plan writes the same plan to a new sheet.",
};

/** The tab's parts, built; nothing wired yet. */
function createPlanTab(doc: Document, env: PaneEnv): PlanTab {
  const create = el(doc, "button", "Create plan", "primary");
  create.type = "submit";
  const update = button(doc, "Update plan");
  update.hidden = true;
  const loaded = el(doc, "p", undefined, "loaded");
  loaded.hidden = true;
  const outcome = outcomeLine(doc, "plan-outcome");
  return {
    env,
    form: createPlanForm(doc, env, defaultRawValues()),
    buttons: { create, update },
    loaded,
    outcome,
    progressArea: el(doc, "div"),
    preview: createPreviewSection(doc, "plan", "Plan preview"),
    planSheet: undefined,
    busy: false,
  };
}

export function mountPlanTab(panel: HTMLElement, env: PaneEnv): void {
  const doc = panel.ownerDocument;
  const tab = createPlanTab(doc, env);
  const { form } = tab.form;
  form.append(buttonRow(doc, tab.buttons.create, tab.buttons.update), tab.outcome);
  panel.replaceChildren(intro(doc, env.inExcel, INTRO), tab.loaded, form, tab.progressArea, tab.preview.section);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void runPlan(tab, undefined);
  });
  markOutOfDateOnChange(form, tab.preview, "Create plan");
  tab.buttons.update.addEventListener("click", () => {
    if (tab.planSheet !== undefined) void runPlan(tab, tab.planSheet);
  });
  if (env.inExcel) {
    tab.levyFunds = createLevyFundsPart(tab.form.views.get("levyFunds")!.input, {
      // Reading a forecast sheet comes with the Levy tab's script, loaded on the first click: most plans never need it.
      take: () =>
        void import(/* webpackChunkName: "tab-levy" */ "./levy-funds-action").then((m) => m.takeLevyFunds(tab)),
    });
    followActivePlanSheet(
      (found) => {
        loadPlan(tab, found);
        // The figure in Levy funds available is now the plan sheet's, not the forecast's.
        if (tab.levyFunds) showLevyFundsSource(tab.levyFunds, undefined);
      },
      (error) => env.showError(readableError(error)),
    );
  }
}
