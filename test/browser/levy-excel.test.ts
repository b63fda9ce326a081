/**
 * What the pane shows in Excel, at 350 px, over a workbook holding two plan sheets (a levy
 * payer's and a school's that pays no levy) and a levy forecast sheet, as Excel shows them once
 * calculated (test/browser/excel-stub.ts stands in for office.js): the Levy tab's list starts with
 * the levy payer's plan; the Plan tab takes "Levy funds available" from the forecast, says where
 * the figure came from, and replaces a figure the user typed only after they confirm.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import { buildLevyForecastModel } from "../../src/sheets/levy/levy-model";
import { buildPlanModel } from "../../src/sheets/plan/plan-model";
import { WORKED_CASE } from "../levy/worked-case";
import { SAMPLE_PLAN_INPUTS } from "../plan/sample-plan-inputs";
import { modelCells, openPaneInExcel, type StubWorkbook } from "./excel-stub";
import {
  axeViolations,
  browserTestsUnavailable,
  screenshotDir,
  startHarness,
  textWhenMatching,
  ROOT,
  type Harness,
} from "./harness";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Levy (in Excel) browser tests skipped: ${unavailable}`);
}

const LEVY_PLAN = { ...SAMPLE_PLAN_INPUTS, levyPayer: true, startSerial: ymd(2026, 9, 1), ageAtStart: 21 };

const WORKBOOK: StubWorkbook = {
  active: "Budget",
  sheets: [
    { name: "Budget", cells: { "0,0": "Budget 2026-27" } },
    { name: "Sam Patel", cells: modelCells(buildPlanModel(LEVY_PLAN)) },
    { name: "Jo Bloggs", cells: modelCells(buildPlanModel({ ...SAMPLE_PLAN_INPUTS, apprenticeName: "Jo Bloggs" })) },
    {
      name: "Levy forecast",
      cells: modelCells(
        buildLevyForecastModel({
          ...WORKED_CASE,
          apprenticeships: [{ ...WORKED_CASE.apprenticeships[0]!, name: "Sam Patel" }],
        }),
      ),
    },
  ],
};

function openInExcel(harness: Harness): Promise<Page> {
  return openPaneInExcel(harness, WORKBOOK);
}

describeBrowser("Levy tab and levy funds in Excel (office.js stood in for), at 350 px", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("the Levy tab starts with the levy payer's plan and says which plans it left out; no axe violations", async () => {
    const page = await openInExcel(harness);
    await page.getByRole("tab", { name: "Levy" }).click();
    const panel = page.locator("#panel-levy");
    await textWhenMatching(panel.locator("#levy-plans-note"), /From the plan sheets/);
    expect(await panel.locator("#levy-plans-note").textContent()).toBe(
      "From the plan sheets in this workbook: Sam Patel. Left out, as the employer pays no levy: Jo Bloggs.",
    );
    expect(await panel.locator(".apprenticeship-list li span").allTextContents()).toEqual([
      'Sam Patel: starts 01/09/2026, £14,000.00 over 27 months (aged 21; plan sheet "Sam Patel")',
    ]);
    expect(await panel.locator("#levy-apprenticeships-status").textContent()).toMatch(/^1 apprenticeship: /);
    // Reading the plans again replaces those read before and keeps one added by hand.
    await panel.getByLabel("Apprentice or apprenticeship").fill("Teaching assistant");
    await panel.getByLabel("Start date").fill("01/01/2027");
    await panel.getByLabel("Price the levy pays").fill("5000");
    await panel.getByLabel("Planned months").fill("12");
    await panel.getByRole("button", { name: "Add apprenticeship" }).click();
    await panel.getByRole("button", { name: "Add the plans in this workbook" }).click();
    await textWhenMatching(page.locator("#status"), /From the plan sheets in this workbook: Sam Patel/);
    expect(await panel.locator(".apprenticeship-list li span").allTextContents()).toEqual([
      'Sam Patel: starts 01/09/2026, £14,000.00 over 27 months (aged 21; plan sheet "Sam Patel")',
      "Teaching assistant: starts 01/01/2027, £5,000.00 over 12 months",
    ]);
    expect(await panel.locator(".intro").textContent()).toMatch(/^Will the levy fund the SENCO's apprenticeship/);
    expect(await axeViolations(page, "#panel-levy")).toEqual([]);
    expect(await page.locator("#alert").isHidden()).toBe(true);
    await page.close();
  });

  test("Plan: levy funds from the forecast, with their source; a typed figure replaced only after confirming", async () => {
    const page = await openInExcel(harness);
    const plan = page.locator("#panel-plan");
    const funds: Locator = plan.getByLabel("Levy funds available");
    const take = plan.getByRole("button", { name: "Take from the levy forecast" });
    const source = plan.locator("#plan-levyFunds-source");

    // No levy payer yet: the field is off, and the button says why.
    await take.click();
    await textWhenMatching(page.locator("#status"), /only for a levy payer/);
    await plan.getByLabel("Employer pays the apprenticeship levy").check();
    // No start date: asked for beside its field.
    await take.click();
    await expect(plan.locator("#plan-startSerial-error").textContent()).resolves.toMatch(/^Start date is required/);

    await plan.getByLabel("Start date").fill("01/09/2026");
    await take.click();
    await textWhenMatching(source, /balance at the end of September 2026/);
    expect(await funds.inputValue()).toBe("£4,833.34");
    expect(await source.textContent()).toBe(
      'From the sheet "Levy forecast": the balance at the end of September 2026, the start month. The first instalment, paid in October 2026, comes out of it.',
    );
    expect((await funds.getAttribute("aria-describedby"))!.split(" ")).toContain("plan-levyFunds-source");
    // A figure changed by hand is no longer the forecast's: the source goes.
    await funds.fill("£5,000");
    expect(await source.isHidden()).toBe(true);

    // The user's figure stays unless they confirm.
    await take.click();
    const dialog = page.getByRole("dialog", { name: "Replace the levy funds?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'Levy funds available holds £5,000. Replace it with £4,833.34, the balance at the end of the start month on the sheet "Levy forecast"?',
    );
    expect(await axeViolations(page, "dialog")).toEqual([]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await textWhenMatching(page.locator("#status"), /Kept £5,000: nothing changed/);
    expect(await funds.inputValue()).toBe("£5,000");
    await take.click();
    await page.getByRole("dialog").getByRole("button", { name: "Replace" }).click();
    await textWhenMatching(source, /September 2026/);
    expect(await funds.inputValue()).toBe("£4,833.34");
    // The Funding fieldset as the user sees it, for the documentation.
    const fieldset = plan.locator("fieldset", { has: page.getByText("Funding", { exact: true }) });
    mkdirSync(screenshotDir(ROOT), { recursive: true });
    await fieldset.screenshot({ path: join(screenshotDir(ROOT), "plan-levy-funds-350.png") });

    // A start outside the forecast's months: nothing changes, the reason is shown.
    await plan.getByLabel("Start date").fill("01/09/2029");
    await take.click();
    await textWhenMatching(source, /after its last month/);
    expect(await source.textContent()).toBe(
      'No levy forecast gives the funds for this start: on the sheet "Levy forecast", the start month, September 2029, is after its last month (it shows August 2026 to July 2029).',
    );
    expect(await funds.inputValue()).toBe("£4,833.34");
    expect(await page.locator("#alert").isHidden()).toBe(true);
    expect(harness.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    await page.close();
  });
});
