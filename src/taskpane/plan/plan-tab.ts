/**
 * The Plan tab: the form (the plan fields and their labels), validation on leaving each field with the
 * functions' own coercers, and "Create plan" / "Update plan". In Excel it writes the plan sheet;
 * in a plain browser it renders the same model as an HTML preview.
 */
import { isRuleError } from "../../rules/errors";
import { createFieldGroups, formText, type FieldView } from "../shared/fields";
import type { PaneEnv } from "../shared/pane-env";
import { readableError } from "../shared/pane-env";
import { renderSheetPreview } from "../shared/preview";
import { startProgress } from "../shared/progress";
import { buildPlanModel, MARKER_ROW } from "../../sheets/plan/plan-model";
import type { SheetModel } from "../../sheets/sheet-model";
import { weeklyHoursWarning } from "../../rules/working-time";
import { serialFromLocalDate } from "../../rules/excel-dates";
import {
  FULL_ROUTE_PRICE_TEXT,
  PLAN_FIELDS,
  coercePlanInputs,
  defaultRawValues,
  fieldForArgument,
  planFieldLabel,
  fieldProblem,
  isFullRoutePrice,
  type PlanFieldId,
  type PlanInputs,
  inputsThatDiffer,
} from "../../sheets/plan/plan-fields";

const INPUT_MODES: Partial<Record<PlanFieldId, "decimal" | "numeric">> = {
  ageAtStart: "numeric",
  levyFunds: "decimal",
  price: "decimal",
  weeklyHours: "decimal",
  weeksPerYear: "decimal",
  publishedOffTheJobHours: "decimal",
};

const DATE_FIELDS: ReadonlySet<PlanFieldId> = new Set(["startSerial", "applicationSerial", "sencoAppointmentSerial"]);

/**
 * The plan as the preview shows it: without the sheet's marker row (an internal label the pane
 * uses to recognise a plan sheet, and the note about editing column B, which only applies in Excel).
 */
export function previewPlanModel(model: SheetModel): SheetModel {
  return { ...model, blocks: model.blocks.filter((block) => block.row !== MARKER_ROW) };
}

export function mountPlanTab(panel: HTMLElement, env: PaneEnv): void {
  const doc = panel.ownerDocument;
  panel.replaceChildren();

  const intro = doc.createElement("p");
  intro.className = "intro";
  intro.textContent = env.inExcel
    ? "Fill in the form and choose Create plan: a new sheet holds the plan, its figures live SEND.* formulas over its own inputs."
    : "Preview mode (not in Excel): fill in the form and choose Create plan to see the plan, with its funding, payments, timeline, checks and documents checklist. Nothing is saved and nothing leaves this page. In Excel, Create plan writes the same plan to a new sheet.";
  panel.append(intro);

  const loaded = doc.createElement("p");
  loaded.className = "loaded";
  loaded.hidden = true;
  panel.append(loaded);

  const form = doc.createElement("form");
  form.noValidate = true;
  form.setAttribute("aria-label", "SLMDA plan");
  panel.append(form);

  const validate = (view: FieldView) => {
    const field = PLAN_FIELDS.find((f) => f.id === view.spec.id)!;
    const problem = fieldProblem(field, view.raw());
    view.showProblem(problem);
    if (problem === undefined && field.id === "weeklyHours") {
      view.showWarning(weeklyHoursWarning(field.coerce(view.raw()) as number));
    }
  };
  const groups: { legend: string; ids: PlanFieldId[] }[] = [
    {
      legend: "Apprentice",
      ids: [
        "apprenticeName",
        "school",
        "lineManager",
        "mentor",
        "nasencoCompleted",
        "startSerial",
        "ageAtStart",
        "careLeaverOrEhcPlan",
        "sencoAppointmentSerial",
      ],
    },
    { legend: "Funding", ids: ["levyPayer", "levyFunds", "price"] },
    {
      legend: "Working time and evidence",
      ids: ["weeklyHours", "weeksPerYear", "publishedOffTheJobHours", "hasMaths", "hasEnglish", "applicationSerial"],
    },
  ];
  // Any field not placed above still gets rendered, in the last group.
  const placed = new Set(groups.flatMap((g) => g.ids));
  for (const field of PLAN_FIELDS) if (!placed.has(field.id)) groups[groups.length - 1]!.ids.push(field.id);
  const views = createFieldGroups(form, groups, PLAN_FIELDS, {
    idPrefix: "plan",
    validate,
    inputModes: INPUT_MODES,
  });

  // Levy funds only count for a levy payer: the field is disabled (and ignored) otherwise.
  const levyPayer = views.get("levyPayer")!;
  const levyFunds = views.get("levyFunds")!;
  const syncLevyFunds = () => {
    levyFunds.input.disabled = !levyPayer.input.checked;
    if (levyFunds.input.disabled) levyFunds.showProblem(undefined);
  };
  levyPayer.input.addEventListener("change", syncLevyFunds);

  const defaults = defaultRawValues();
  const setAll = (values: Record<PlanFieldId, unknown>) => {
    for (const [id, view] of views) {
      view.set(formText(values[id], DATE_FIELDS.has(id)));
      view.showProblem(undefined);
    }
    syncLevyFunds();
  };
  setAll(defaults);

  // The price follows the route: the published £18,000 on the full route, the provider's quote on NASENCO.
  const nasenco = views.get("nasencoCompleted")!;
  const price = views.get("price")!;
  nasenco.input.addEventListener("change", () => {
    if (nasenco.input.checked && isFullRoutePrice(price.input.value)) {
      price.set("");
      env.announce("NASENCO route: no fee is published. Enter the price the provider quotes in Agreed price.");
    } else if (!nasenco.input.checked && price.input.value.trim() === "") {
      price.set(FULL_ROUTE_PRICE_TEXT);
    }
  });

  const buttons = doc.createElement("div");
  buttons.className = "buttons";
  const create = doc.createElement("button");
  create.type = "submit";
  create.className = "primary";
  create.textContent = "Create plan";
  const update = doc.createElement("button");
  update.type = "button";
  update.textContent = "Update plan";
  update.hidden = true;
  buttons.append(create, update);
  form.append(buttons);

  // The outcome of Create plan / Update plan, right under the buttons where the user is looking.
  const outcome = doc.createElement("p");
  outcome.className = "outcome";
  outcome.id = "plan-outcome";
  outcome.tabIndex = -1;
  outcome.hidden = true;
  form.append(outcome);

  const progressArea = doc.createElement("div");
  panel.append(progressArea);

  const previewSection = doc.createElement("section");
  previewSection.className = "preview";
  previewSection.setAttribute("aria-labelledby", "plan-preview-heading");
  previewSection.hidden = true;
  const previewHeading = doc.createElement("h2");
  previewHeading.id = "plan-preview-heading";
  previewHeading.textContent = "Plan preview";
  const previewBody = doc.createElement("div");
  previewSection.append(previewHeading, previewBody);
  panel.append(previewSection);

  let planSheet: string | undefined;
  let busy = false;

  const formRaw = (): Record<PlanFieldId, unknown> => {
    const raw = {} as Record<PlanFieldId, unknown>;
    for (const [id, view] of views) raw[id] = view.raw();
    // A disabled field is ignored: levy funds only count for a levy payer.
    if (!levyPayer.input.checked) raw.levyFunds = "";
    return raw;
  };

  const readInputs = (): PlanInputs | undefined => {
    const result = coercePlanInputs(formRaw());
    for (const view of views.values()) view.showProblem(undefined);
    outcome.hidden = true;
    if (result.ok) {
      views.get("weeklyHours")!.showWarning(weeklyHoursWarning(result.inputs.weeklyHours));
      return result.inputs;
    }
    for (const problem of result.problems) views.get(problem.id)!.showProblem(problem.message);
    const first = views.get(result.problems[0]!.id)!;
    first.input.focus();
    env.announce(
      `${result.problems.length === 1 ? "One field needs" : `${result.problems.length} fields need`} attention: ${result.problems[0]!.message}`,
    );
    return undefined;
  };

  /**
   * A rule's error about one of the form's values that only the whole plan reveals (e.g. a start
   * date so late the completion payment falls after 31/12/9999): shown beside that field and
   * announced. False when the error is not such a one.
   */
  const showRuleProblem = (error: unknown): boolean => {
    if (!isRuleError(error)) return false;
    const field = fieldForArgument(error.field);
    const view = field && views.get(field.id);
    if (!view) return false;
    const message = error.render(planFieldLabel);
    view.showProblem(message);
    view.input.focus();
    env.announce(`One field needs attention: ${message}`);
    return true;
  };

  const run = async (replace: string | undefined) => {
    if (busy) return;
    const inputs = readInputs();
    if (!inputs) return;
    if (!env.inExcel) {
      let model: ReturnType<typeof buildPlanModel>;
      try {
        model = buildPlanModel(inputs, { todaySerial: serialFromLocalDate(new Date()) });
      } catch (error) {
        if (!showRuleProblem(error)) env.showError(readableError(error));
        return;
      }
      renderSheetPreview(previewBody, previewPlanModel(model));
      previewSection.hidden = false;
      env.announce(`Plan preview ready for ${inputs.apprenticeName}.`);
      previewHeading.tabIndex = -1;
      previewHeading.focus();
      return;
    }
    // Busy from here: a second click while the sheet is read or the dialog is open does nothing.
    busy = true;
    try {
      await writeToExcel(inputs, replace);
    } finally {
      busy = false;
    }
  };

  const writeToExcel = async (inputs: PlanInputs, replace: string | undefined) => {
    const { writePlan, readPlanSheetNamed } = await import(/* webpackMode: "eager" */ "../../workbook/plan-writer");
    let current: Awaited<ReturnType<typeof readPlanSheetNamed>>;
    if (replace !== undefined) {
      // Update plan: read the sheet as it is now (one sync) to keep its Done column, and to name any
      // input the user changed on the sheet itself, which the form's value would replace.
      try {
        current = await Excel.run((context) => readPlanSheetNamed(context, replace));
      } catch (error) {
        env.showError(readableError(error));
        return;
      }
      const differing = current ? inputsThatDiffer(current.raw, formRaw()) : [];
      const changed =
        differing.length === 0
          ? ""
          : ` On the sheet, ${differing.map((d) => `"${d.field.label}"`).join(", ")} ${differing.length === 1 ? "differs" : "differ"} from the form: the form's ${differing.length === 1 ? "value replaces it" : "values replace them"}.`;
      const ok = await env.confirm({
        title: "Update plan?",
        message: `This rewrites the sheet "${replace}" from the form, keeping what you entered in its documents checklist's Done column. Anything else typed on that sheet is lost; no other sheet changes.${changed}`,
        confirmLabel: "Update plan",
      });
      if (!ok) {
        env.announce("Update cancelled: nothing changed.");
        return;
      }
    }
    create.disabled = true;
    update.disabled = true;
    const progress = startProgress(progressArea, "Writing the plan");
    try {
      const model = buildPlanModel(inputs, {
        doneByDocument: current?.done,
        todaySerial: serialFromLocalDate(new Date()),
      });
      const result = await Excel.run((context) =>
        writePlan(context, model, { onProgress: progress.update, replaceSheetName: replace }),
      );
      planSheet = result.sheetName;
      update.hidden = false;
      showLoaded();
      outcome.textContent = `Plan written to the sheet "${result.sheetName}".`;
      outcome.hidden = false;
      outcome.focus();
      env.announce(outcome.textContent);
    } catch (error) {
      if (!showRuleProblem(error)) env.showError(readableError(error));
    } finally {
      progress.finish();
      create.disabled = false;
      update.disabled = false;
    }
  };

  const showLoaded = () => {
    loaded.hidden = planSheet === undefined;
    loaded.textContent =
      planSheet === undefined ? "" : `Plan sheet: ${planSheet}. Update plan rewrites that sheet after you confirm.`;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(undefined);
  });
  update.addEventListener("click", () => {
    if (planSheet !== undefined) void run(planSheet);
  });

  if (env.inExcel) {
    const loadFromActiveSheet = async () => {
      try {
        const { readActivePlanSheet } = await import(/* webpackMode: "eager" */ "../../workbook/plan-writer");
        const found = await Excel.run((context) => readActivePlanSheet(context));
        if (!found) return;
        setAll(found.raw);
        planSheet = found.sheetName;
        update.hidden = false;
        showLoaded();
        env.announce(`Loaded the plan inputs from the sheet "${found.sheetName}".`);
      } catch (error) {
        env.showError(readableError(error));
      }
    };
    void loadFromActiveSheet();
    void Excel.run(async (context) => {
      context.workbook.worksheets.onActivated.add(async () => {
        await loadFromActiveSheet();
      });
      await context.sync();
    }).catch(() => undefined); // ExcelApi 1.7 missing: loading happens when the pane opens
  }
}
