/**
 * "Take from the levy forecast": the plan's "Levy funds available" from a forecast sheet in the
 * workbook, the balance at the end of the start month (each month's payments come out of the
 * previous month's closing balance, and the first instalment is paid in the month after the
 * start). A figure the user typed is replaced only after they confirm. The Excel side is
 * src/workbook/levy-excel.ts.
 */
import { forecastFundsSource, pickForecastFunds, type ForecastFunds } from "../../sheets/levy/levy-reading";
import { MONEY_FORMAT, formatCellValue } from "../../sheets/number-format";
import { PLAN_FIELDS, fieldProblem } from "../../sheets/plan/plan-fields";
import { readLevyForecastsInWorkbook } from "../../workbook/levy-excel";
import { orShowError, whileBusy } from "../shared/steps";
import { showLevyFundsSource } from "./levy-funds-part";
import type { PlanTab } from "./plan-state";

/** The start date the form holds, or undefined after showing its problem beside it. */
function startDate(tab: PlanTab): number | undefined {
  const field = PLAN_FIELDS.find((f) => f.id === "startSerial")!;
  const view = tab.form.views.get("startSerial")!;
  const problem = fieldProblem(field, view.raw());
  if (problem === undefined) return field.coerce(view.raw()) as number;
  view.showProblem(problem);
  view.input.focus();
  tab.env.announce(`The levy funds are the forecast's balance in the start month: ${problem}`);
  return undefined;
}

/** True when the field is blank, holds the same figure, or the user agrees to replace what it holds. */
async function mayReplace(tab: PlanTab, funds: ForecastFunds, figure: string): Promise<boolean> {
  const typed = String(tab.form.views.get("levyFunds")!.raw()).trim();
  if (typed === "") return true;
  const field = PLAN_FIELDS.find((f) => f.id === "levyFunds")!;
  if (fieldProblem(field, typed) === undefined && field.coerce(typed) === funds.amount) return true;
  const ok = await tab.env.confirm({
    title: "Replace the levy funds?",
    message: `Levy funds available holds ${typed}. Replace it with ${figure}, the balance at the end of the start month on the sheet "${funds.sheetName}"?`,
    confirmLabel: "Replace",
  });
  if (!ok) tab.env.announce(`Kept ${typed}: nothing changed.`);
  return ok;
}

export async function takeLevyFunds(tab: PlanTab): Promise<void> {
  if (tab.busy || !tab.levyFunds) return;
  const part = tab.levyFunds;
  const view = tab.form.views.get("levyFunds")!;
  if (view.input.disabled) {
    tab.env.announce('Levy funds count only for a levy payer: tick "Employer pays the apprenticeship levy" first.');
    return;
  }
  const start = startDate(tab);
  if (start === undefined) return;
  await whileBusy(tab, async () => {
    const sheets = await orShowError(tab.env, "Could not read the levy forecast: ", readLevyForecastsInWorkbook);
    if (!sheets) return;
    const funds = pickForecastFunds(sheets, start);
    if ("problem" in funds) {
      showLevyFundsSource(part, funds.problem);
      tab.env.announce(funds.problem);
      return;
    }
    const figure = formatCellValue(funds.amount, MONEY_FORMAT);
    if (!(await mayReplace(tab, funds, figure))) return;
    view.set(figure);
    view.showProblem(undefined);
    showLevyFundsSource(part, forecastFundsSource(funds));
    tab.env.announce(`Levy funds available: ${figure}. ${part.source.textContent ?? ""}`);
  });
}
