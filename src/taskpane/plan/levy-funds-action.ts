/**
 * "Take from the levy forecast": the plan's "Levy funds available" from a forecast sheet in the
 * workbook. Refused, in words, when the plan's start cannot use levy funds (an employer that pays
 * no levy; a levy transfer funds it; the Level 7 age rule leaves it unfunded). Otherwise, from a
 * forecast that lists the apprenticeship (by name and start) and shows all its payments, what the
 * levy funds pay of it, so the plan's employer cost is the forecast's co-investment for it; from
 * any other forecast, the balance at the end of the start month, said to be an estimate. Either
 * way the pane says which sheet and month it took, and that other apprenticeships on the forecast
 * draw on the same funds. A figure the user typed is replaced only after they confirm. The Excel
 * side is src/workbook/levy-excel.ts; the figures are src/sheets/levy/plan-share.ts's.
 */
import { fundingBreakdown } from "../../rules/apprenticeship-funding";
import { isRuleError } from "../../rules/errors";
import { levyFundsForPlan } from "../../sheets/levy/plan-share";
import { MONEY_FORMAT, formatCellValue } from "../../sheets/number-format";
import { level7NotFunded } from "../../sheets/plan/funding-reason";
import { PLAN_FIELDS, fieldProblem, type PlanFieldId } from "../../sheets/plan/plan-fields";
import { readLevyForecastsInWorkbook } from "../../workbook/levy-excel";
import { orShowError, whileBusy } from "../shared/steps";
import { showLevyFundsSource } from "./levy-funds-part";
import type { PlanTab } from "./plan-state";

/** A field's value, or undefined after showing its problem beside it. */
function fieldValue(tab: PlanTab, id: PlanFieldId): unknown {
  const field = PLAN_FIELDS.find((f) => f.id === id)!;
  const view = tab.form.views.get(id)!;
  const problem = fieldProblem(field, view.raw());
  if (problem === undefined) return field.coerce(view.raw());
  view.showProblem(problem);
  view.input.focus();
  tab.env.announce(`The levy funds are the forecast's for this start: ${problem}`);
  return undefined;
}

/** Why the employer's own levy funds do not pay for this plan, in words; undefined when they do. */
function ownFundsRefusal(tab: PlanTab): string | undefined {
  const checked = (id: PlanFieldId) => tab.form.views.get(id)!.input.checked;
  if (!checked("levyPayer")) {
    return 'Levy funds count only for a levy payer: tick "Employer pays the apprenticeship levy" first.';
  }
  if (checked("levyTransfer")) {
    return "Funded by a levy transfer: the sending employer's levy funds pay for it, not this account's, so no levy funds are taken from the forecast.";
  }
  return undefined;
}

/** Why the funding rules let no levy funds pay for this start (the Level 7 age rule), in the Plan tab's words. */
function fundingRefusal(start: number, age: number, careLeaverOrEhcPlan: boolean): string | undefined {
  try {
    const funding = fundingBreakdown({
      price: 1,
      levyPayer: true,
      startSerial: start,
      ageAtStart: age,
      careLeaverOrEhcPlan,
    });
    if (funding.fundable) return undefined;
  } catch (error) {
    if (isRuleError(error)) return error.message;
    throw error;
  }
  return `${level7NotFunded(start, age)} No levy funds may pay for it, so none are taken from the forecast.`;
}

/** True when the field is blank, holds the same figure, or the user agrees to replace what it holds. */
async function mayReplace(tab: PlanTab, amount: number, figure: string, where: string): Promise<boolean> {
  const typed = String(tab.form.views.get("levyFunds")!.raw()).trim();
  if (typed === "") return true;
  const field = PLAN_FIELDS.find((f) => f.id === "levyFunds")!;
  if (fieldProblem(field, typed) === undefined && field.coerce(typed) === amount) return true;
  const ok = await tab.env.confirm({
    title: "Replace the levy funds?",
    message: `Levy funds available holds ${typed}. Replace it with ${figure}, ${where}?`,
    confirmLabel: "Replace",
  });
  if (!ok) tab.env.announce(`Kept ${typed}: nothing changed.`);
  return ok;
}

/** The plan's start and age, checked; undefined after saying (or showing beside a field) why no levy funds are taken. */
function checkedPlan(tab: PlanTab): { start: number; age: number } | undefined {
  const part = tab.levyFunds!;
  const say = (why: string) => {
    showLevyFundsSource(part, why);
    tab.env.announce(why);
    return undefined;
  };
  const own = ownFundsRefusal(tab);
  if (own !== undefined) return say(own);
  const start = fieldValue(tab, "startSerial") as number | undefined;
  if (start === undefined) return undefined;
  const age = fieldValue(tab, "ageAtStart") as number | undefined;
  if (age === undefined) return undefined;
  const why = fundingRefusal(start, age, tab.form.views.get("careLeaverOrEhcPlan")!.input.checked);
  return why === undefined ? { start, age } : say(why);
}

export async function takeLevyFunds(tab: PlanTab): Promise<void> {
  if (tab.busy || !tab.levyFunds) return;
  const part = tab.levyFunds;
  const plan = checkedPlan(tab);
  if (!plan) return;
  const name = String(tab.form.views.get("apprenticeName")!.raw()).trim();
  await whileBusy(tab, async () => {
    const sheets = await orShowError(tab.env, "Could not read the levy forecast: ", readLevyForecastsInWorkbook);
    if (!sheets) return;
    const found = levyFundsForPlan(sheets, { name, startSerial: plan.start });
    if (found.kind === "none") {
      showLevyFundsSource(part, found.problem);
      tab.env.announce(found.problem);
      return;
    }
    const figure = formatCellValue(found.amount, MONEY_FORMAT);
    const where =
      found.kind === "listed"
        ? `what the levy funds pay of this apprenticeship on the sheet "${found.found.sheetName}"`
        : `the balance at the end of the start month on the sheet "${found.funds.sheetName}"`;
    if (!(await mayReplace(tab, found.amount, figure, where))) return;
    const view = tab.form.views.get("levyFunds")!;
    view.set(figure);
    view.showProblem(undefined);
    showLevyFundsSource(part, found.text);
    tab.env.announce(`Levy funds available: ${figure}. ${found.text}`);
  });
}
