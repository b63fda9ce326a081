/**
 * The Plan tab's form: the plan fields in their groups, each checked on leaving it with the
 * functions' own coercers; levy funds only for a levy payer; the price following the route.
 * Reads the form into the plan's inputs, showing every problem beside its field.
 */
import { isRuleError } from "../../rules/errors";
import { weeklyHoursWarning } from "../../rules/working-time";
import {
  FULL_ROUTE_PRICE_TEXT,
  PLAN_FIELDS,
  coercePlanInputs,
  fieldForArgument,
  fieldProblem,
  isFullRoutePrice,
  planFieldLabel,
  type PlanFieldId,
  type PlanInputs,
} from "../../sheets/plan/plan-fields";
import { formValue } from "../../sheets/form-fields";
import { createFieldGroups, type FieldView } from "../shared/fields";
import { clearProblems, fieldValues, fillFields, showProblems } from "../shared/form";
import type { PaneEnv } from "../shared/pane-env";

const INPUT_MODES: Partial<Record<PlanFieldId, "decimal" | "numeric">> = {
  ageAtStart: "numeric",
  levyFunds: "decimal",
  price: "decimal",
  weeklyHours: "decimal",
  weeksPerYear: "decimal",
  publishedOffTheJobHours: "decimal",
};

/** The form's groups; any field not placed here still gets rendered, in the last group. */
function planGroups(): { legend: string; ids: PlanFieldId[] }[] {
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
    { legend: "Funding", ids: ["levyPayer", "levyTransfer", "levyFunds", "price"] },
    {
      legend: "Working time and evidence",
      ids: ["weeklyHours", "weeksPerYear", "publishedOffTheJobHours", "hasMaths", "hasEnglish", "applicationSerial"],
    },
  ];
  const placed = new Set(groups.flatMap((g) => g.ids));
  for (const field of PLAN_FIELDS) if (!placed.has(field.id)) groups[groups.length - 1]!.ids.push(field.id);
  return groups;
}

export interface PlanForm {
  readonly form: HTMLFormElement;
  readonly views: ReadonlyMap<PlanFieldId, FieldView>;
}

/** A field's own check, when the user leaves it: its problem, or advice on the weekly hours. */
function validatePlanField(view: FieldView): void {
  const field = PLAN_FIELDS.find((f) => f.id === view.spec.id)!;
  const problem = fieldProblem(field, view.raw());
  view.showProblem(problem);
  if (problem === undefined && field.id === "weeklyHours") {
    view.showWarning(weeklyHoursWarning(field.coerce(view.raw()) as number));
  }
}

/**
 * Levy funds only count for a levy payer whose own funds pay: the field is disabled (and ignored)
 * for an employer that pays no levy, and for an apprenticeship a levy transfer funds.
 */
function syncLevyFunds(part: PlanForm): void {
  const levyFunds = part.views.get("levyFunds")!;
  levyFunds.input.disabled = !levyFundsCount(part);
  if (levyFunds.input.disabled) levyFunds.showProblem(undefined);
}

/** True when the employer's own levy funds pay for the plan: a levy payer, not funded by a transfer. */
export function levyFundsCount(part: PlanForm): boolean {
  return part.views.get("levyPayer")!.input.checked && !part.views.get("levyTransfer")!.input.checked;
}

/** The price follows the route: the published £18,000 on the full route, the provider's quote on NASENCO. */
function followRoute(part: PlanForm, env: PaneEnv): void {
  const nasenco = part.views.get("nasencoCompleted")!;
  const price = part.views.get("price")!;
  if (nasenco.input.checked && isFullRoutePrice(price.input.value)) {
    price.set("");
    env.announce("NASENCO route: no fee is published. Enter the price the provider quotes in Agreed price.");
  } else if (!nasenco.input.checked && price.input.value.trim() === "") {
    price.set(FULL_ROUTE_PRICE_TEXT);
  }
}

/** The form with its fieldsets (the buttons are added by the tab), its fields set to `values`. */
export function createPlanForm(doc: Document, env: PaneEnv, values: Record<PlanFieldId, unknown>): PlanForm {
  const form = doc.createElement("form");
  form.noValidate = true;
  form.setAttribute("aria-label", "SLMDA plan");
  const views = createFieldGroups(form, planGroups(), PLAN_FIELDS, {
    idPrefix: "plan",
    validate: validatePlanField,
    inputModes: INPUT_MODES,
  });
  const part: PlanForm = { form, views };
  views.get("levyPayer")!.input.addEventListener("change", () => syncLevyFunds(part));
  views.get("levyTransfer")!.input.addEventListener("change", () => syncLevyFunds(part));
  setPlanValues(part, values);
  views.get("nasencoCompleted")!.input.addEventListener("change", () => followRoute(part, env));
  return part;
}

/** Fill the form from `values` (the defaults, or a plan sheet's inputs, shown as people type them: "£18,000"). */
export function setPlanValues(part: PlanForm, values: Record<PlanFieldId, unknown>): void {
  fillFields(part.views, values, (id, value) =>
    formValue(
      PLAN_FIELDS.find((f) => f.id === id)!,
      value,
    ),
  );
  syncLevyFunds(part);
}

/** The form's raw values; levy funds blank when they do not count (the field is ignored then). */
export function planRaw(part: PlanForm): Record<PlanFieldId, unknown> {
  const raw = fieldValues(part.views);
  if (!levyFundsCount(part)) raw.levyFunds = "";
  return raw;
}

/** The plan's inputs, or undefined after showing every problem beside its field. */
export function readPlanInputs(part: PlanForm, env: PaneEnv): PlanInputs | undefined {
  const result = coercePlanInputs(planRaw(part));
  clearProblems(part.views);
  if (!result.ok) {
    showProblems(part.views, result.problems, env);
    return undefined;
  }
  part.views.get("weeklyHours")!.showWarning(weeklyHoursWarning(result.inputs.weeklyHours));
  return result.inputs;
}

/**
 * A rule's error about one of the form's values that only the whole plan reveals (e.g. a start
 * date so late the completion payment falls after 31/12/9999): shown beside that field and
 * announced. False when the error is not such a one.
 */
export function showRuleProblem(part: PlanForm, env: PaneEnv, error: unknown): boolean {
  if (!isRuleError(error)) return false;
  const field = fieldForArgument(error.field);
  const view = field && part.views.get(field.id);
  if (!view) return false;
  const message = error.render(planFieldLabel);
  view.showProblem(message);
  view.input.focus();
  env.announce(`One field needs attention: ${message}`);
  return true;
}
