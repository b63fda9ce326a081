/**
 * What the Levy tab does: Create forecast (in Excel: write the forecast sheet; in a plain
 * browser: the preview) and fill the lists from the plan sheets in the workbook (list-actions.ts
 * adds, edits and removes their items). Each action takes the tab explicitly; the Excel side is
 * src/workbook/levy-excel.ts.
 */
import { levySheetInputs, type LevyAccount } from "../../sheets/levy/levy-fields";
import { FORECAST_HEADING, LEVY_MARKER, buildLevyForecastModel } from "../../sheets/levy/levy-model";
import { monthWords } from "../../sheets/month-words";
import { readPlansForForecast, type PlansRead } from "../../sheets/levy/plans-read";
import type { SheetModel } from "../../sheets/sheet-model";
import { readPlanSheetsInWorkbook, writeLevyForecastSheet } from "../../workbook/levy-excel";
import type { LevyWriteResult } from "../../workbook/levy-writer";
import { readableError } from "../shared/pane-env";
import { showPreview } from "../shared/preview-section";
import { whileBusy, withProgress } from "../shared/steps";
import { readAccount } from "./account-form";
import { showLists } from "./list-actions";
import { chartData, levyChart, withoutChartData } from "./levy-chart";
import type { LevyTab } from "./levy-state";
import { showOutcome } from "../shared/dom";

/** Create forecast: the preview outside Excel; in Excel a new forecast sheet. */
export async function createForecast(tab: LevyTab): Promise<void> {
  if (tab.busy) return;
  const account = readAccount(tab.account, tab.env);
  tab.outcome.hidden = true;
  if (!account) return;
  if (!tab.env.inExcel) return previewForecast(tab, account);
  await whileBusy(tab, () => writeToExcel(tab, account));
}

/**
 * The forecast as the preview shows it: without the marker (a label the pane uses to recognise
 * the sheet) and without the chart data, whose chart the preview draws (levy-chart.ts).
 */
export function previewLevyModel(model: SheetModel): SheetModel {
  const blocks = model.blocks.map((block) =>
    block.cells[0]?.[0] === LEVY_MARKER ? { ...block, row: block.row + 1, cells: block.cells.slice(1) } : block,
  );
  return withoutChartData({ ...model, blocks: blocks.filter((block) => block.cells.length > 0) });
}

/** Draw the model's chart in the preview, between the sentences and the month-by-month table. */
function showChart(tab: LevyTab, model: SheetModel): void {
  const chart = model.charts?.[0];
  const data = chart && chartData(model, chart);
  if (!data) return;
  const body = tab.preview.body;
  const figure = levyChart(body.ownerDocument, data);
  const heading = [...body.querySelectorAll("h3")].find((h) => h.textContent?.startsWith(FORECAST_HEADING));
  if (heading) heading.before(figure);
  else body.append(figure);
}

async function previewForecast(tab: LevyTab, account: LevyAccount): Promise<void> {
  let model: SheetModel;
  try {
    model = buildLevyForecastModel(levySheetInputs(account, tab.apprenticeships, tab.transfers));
  } catch (error) {
    tab.env.showError(readableError(error));
    return;
  }
  const months = `${account.months} ${account.months === 1 ? "month" : "months"} from ${monthWords(account.firstMonthSerial)}`;
  // The chart goes beside the forecast's table, once the preview holds it.
  if (await showPreview(tab.preview, previewLevyModel(model), tab.env, `Forecast preview ready: ${months}.`))
    showChart(tab, model);
}

/** What the user is told once the sheet is written. */
function writtenText(result: LevyWriteResult): string {
  const print =
    result.pageLayout === "failed"
      ? " Set A4 landscape, one page wide, in Page Layout to print it."
      : " It prints on A4 landscape, one page wide.";
  return `Forecast written to the sheet "${result.sheetName}". Add a row to its table ${result.tables.apprenticeships} (or ${result.tables.funds}, or ${result.tables.transfers}) and the forecast, the sentences and the chart follow.${print}`;
}

async function writeToExcel(tab: LevyTab, account: LevyAccount): Promise<void> {
  tab.create.disabled = true;
  try {
    await withProgress(tab.progressArea, "Writing the forecast", async (progress) => {
      const result = await writeLevyForecastSheet(
        levySheetInputs(account, tab.apprenticeships, tab.transfers),
        progress.update,
      );
      showOutcome(tab.env, tab.outcome, writtenText(result));
    });
  } catch (error) {
    tab.env.showError(readableError(error));
  } finally {
    tab.create.disabled = false;
  }
}

/** What reading the plan sheets found, in words. */
export function plansReadText(plans: PlansRead): string {
  const found = plans.apprenticeships;
  const parts = [
    found.length === 0
      ? "No levy payer's plan sheet in this workbook."
      : `From the plan sheets in this workbook: ${found.map((a) => a.name).join(", ")}.`,
  ];
  if (plans.transfers.length > 0) {
    parts.push(`Transfers, as a levy transfer funds them: ${plans.transfers.map((t) => t.fromSheet).join(", ")}.`);
  }
  if (plans.notLevy.length > 0) parts.push(`Left out, as the employer pays no levy: ${plans.notLevy.join(", ")}.`);
  if (plans.notFundable.length > 0) {
    parts.push(
      `Left out, as the Level 7 age rule leaves them unfunded and no transfer may pay for them: ${plans.notFundable.join(", ")}.`,
    );
  }
  for (const u of plans.unreadable) parts.push(`Left out, "${u.sheetName}": ${u.problem}`);
  return parts.join(" ");
}

/**
 * Excel: fill the lists from the plan sheets in the workbook, in place of those read before (the
 * apprenticeships and transfers added or edited by hand stay). `quiet` (whenever the tab is shown):
 * a failure is shown in the note only, and the note announced only when a plan was found.
 */
export async function addPlansInWorkbook(tab: LevyTab, quiet = false): Promise<void> {
  const part = tab.apprenticeshipsPart;
  let plans: PlansRead;
  try {
    plans = readPlansForForecast(await readPlanSheetsInWorkbook());
  } catch (error) {
    part.plansNote.textContent = `Could not read the plan sheets: ${readableError(error)}`;
    part.plansNote.hidden = false;
    if (!quiet) tab.env.showError(part.plansNote.textContent);
    return;
  }
  const before = JSON.stringify([tab.apprenticeships, tab.transfers]);
  tab.apprenticeships = [...plans.apprenticeships, ...tab.apprenticeships.filter((a) => a.fromSheet === undefined)];
  tab.transfers = [...plans.transfers, ...tab.transfers.filter((t) => t.fromSheet === undefined)];
  showLists(tab);
  part.plansNote.textContent = plansReadText(plans);
  part.plansNote.hidden = false;
  const changed = JSON.stringify([tab.apprenticeships, tab.transfers]) !== before;
  if (!quiet || changed) tab.env.announce(part.plansNote.textContent);
}
