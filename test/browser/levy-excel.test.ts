/**
 * What the pane shows in Excel, at 350 px, over a workbook holding plan sheets (a levy payer's and
 * a school's that pays no levy) and a levy forecast sheet, as Excel shows them once calculated
 * (test/browser/excel-stub.ts stands in for office.js): the Levy tab's list starts with the levy
 * payer's plan and is read again whenever the tab is shown; the Plan tab takes "Levy funds
 * available" from the forecast (the apprenticeship's own figure when the forecast lists it, the
 * start month's balance as an estimate otherwise), says where the figure came from, replaces a
 * figure the user typed only after they confirm, and refuses a start the levy cannot fund.
 */
import type { Locator, Page } from "playwright-core";
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import { buildLevyForecastModel } from "../../src/sheets/levy/levy-model";
import { buildPlanModel } from "../../src/sheets/plan/plan-model";
import { WORKED_CASE } from "../levy/worked-case";
import { SAMPLE_PLAN_INPUTS } from "../plan/sample-plan-inputs";
import { modelCells, modelTables, openPaneInExcel, type StubWorkbook } from "./excel-stub";
import {
  axeViolations,
  browserTestsUnavailable,
  picture,
  startHarness,
  textWhenMatching,
  type Harness,
} from "./harness";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Levy (in Excel) browser tests skipped: ${unavailable}`);
}

const LEVY_PLAN = { ...SAMPLE_PLAN_INPUTS, levyPayer: true, startSerial: ymd(2026, 9, 1), ageAtStart: 21 };
const FORECAST = buildLevyForecastModel({
  ...WORKED_CASE,
  apprenticeships: [{ ...WORKED_CASE.apprenticeships[0]!, name: "Sam Patel", ageAtStart: 21, level: 7 }],
});

const WORKBOOK: StubWorkbook = {
  active: "Budget",
  sheets: [
    { name: "Budget", cells: { "0,0": "Budget 2026-27" } },
    { name: "Sam Patel", cells: modelCells(buildPlanModel(LEVY_PLAN)) },
    { name: "Jo Bloggs", cells: modelCells(buildPlanModel({ ...SAMPLE_PLAN_INPUTS, apprenticeName: "Jo Bloggs" })) },
    { name: "Levy forecast", cells: modelCells(FORECAST), tables: modelTables(FORECAST) },
  ],
};

/** A plan sheet made while the pane is open (the Levy tab lists it when next shown). */
const NEW_PLAN = {
  name: "Ann Lee",
  cells: modelCells(buildPlanModel({ ...LEVY_PLAN, apprenticeName: "Ann Lee", startSerial: ymd(2026, 11, 1) })),
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

  test("the Levy tab starts with the levy payer's plan, read again whenever shown; no axe violations", async () => {
    const page = await openInExcel(harness);
    await page.getByRole("tab", { name: "Levy" }).click();
    const panel = page.locator("#panel-levy");
    await textWhenMatching(panel.locator("#levy-plans-note"), /From the plan sheets/);
    expect(await panel.locator("#levy-plans-note").textContent()).toBe(
      "From the plan sheets in this workbook: Sam Patel. Left out, as the employer pays no levy: Jo Bloggs.",
    );
    const items = panel.locator(".levy-apprenticeships .apprenticeship-list li");
    expect(await items.locator("span").allTextContents()).toEqual([
      'Sam Patel: starts 01/09/2026, £18,000.00 over 27 months (Level 7, the SLMDA; aged 21; plan sheet "Sam Patel")',
    ]);
    expect(await items.first().locator("p").textContent()).toBe(
      "The levy funds may pay up to £14,000.00, while they last. The £4,000.00 above the funding band maximum (£14,000.00) is the employer's, outside the forecast. Earned from 01/09/2026; paid October 2026 to January 2029.",
    );
    expect(await panel.locator("#levy-apprenticeships-status").textContent()).toMatch(/^1 apprenticeship: /);
    // Reading the plans again replaces those read before and keeps one added by hand.
    const form = panel.getByRole("form", { name: "Add an apprenticeship" });
    await form.getByLabel("Apprentice or apprenticeship").fill("Teaching assistant");
    await form.getByLabel("Start date").fill("01/01/2027");
    await form.getByLabel("Level", { exact: true }).fill("3");
    await form.getByLabel("Agreed price").fill("5000");
    await form.getByLabel("Planned months").fill("12");
    await form.getByRole("button", { name: "Add apprenticeship" }).click();
    await panel.getByRole("button", { name: "Add the plans in this workbook" }).click();
    await textWhenMatching(page.locator("#status"), /From the plan sheets in this workbook: Sam Patel/);
    expect(await items.locator("span").allTextContents()).toEqual([
      'Sam Patel: starts 01/09/2026, £18,000.00 over 27 months (Level 7, the SLMDA; aged 21; plan sheet "Sam Patel")',
      "Teaching assistant: starts 01/01/2027, £5,000.00 over 12 months (Level 3)",
    ]);
    // A plan made while the pane is open: listed as soon as the tab is shown again, no button needed.
    await page.evaluate((plan) => {
      (window as unknown as { __workbook: StubWorkbook }).__workbook.sheets.push(plan);
    }, NEW_PLAN);
    await page.getByRole("tab", { name: "Plan" }).click();
    await page.getByRole("tab", { name: "Levy" }).click();
    await textWhenMatching(panel.locator("#levy-plans-note"), /Sam Patel, Ann Lee/);
    expect(await items.locator("span").allTextContents()).toHaveLength(3);
    expect(await panel.locator(".intro").textContent()).toMatch(/^Will the levy fund the SENCO's apprenticeship/);
    expect(await axeViolations(page, "#panel-levy")).toEqual([]);
    expect(await page.locator("#alert").isHidden()).toBe(true);
    await page.close();
  });

  test("Plan: the apprenticeship's own figure from the forecast that lists it; an estimate otherwise; a typed figure replaced only after confirming", async () => {
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

    // The forecast lists Sam Patel from 01/09/2026: what the levy funds pay of it, all £14,000.
    await plan.getByLabel("Apprentice name").fill("Sam Patel");
    await plan.getByLabel("Start date").fill("01/09/2026");
    await plan.getByLabel("Age at start").fill("21");
    await take.click();
    await textWhenMatching(source, /which lists this apprenticeship/);
    expect(await funds.inputValue()).toBe("£14,000.00");
    expect(await source.textContent()).toBe(
      'From the sheet "Levy forecast", which lists this apprenticeship: the levy funds pay £14,000.00 of its £14,000.00 (its payments from October 2026 to January 2029): all of it, so the school pays no co-investment. Other apprenticeships on the forecast draw on the same funds.',
    );
    expect((await funds.getAttribute("aria-describedby"))!.split(" ")).toContain("plan-levyFunds-source");
    // A figure changed by hand is no longer the forecast's: the source goes.
    await funds.fill("£5,000");
    expect(await source.isHidden()).toBe(true);

    // Not listed (another start): the start month's balance, said to be an estimate. The user's figure stays unless they confirm.
    await plan.getByLabel("Start date").fill("01/10/2026");
    await take.click();
    const dialog = page.getByRole("dialog", { name: "Replace the levy funds?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'Levy funds available holds £5,000. Replace it with £4,835.20, the balance at the end of the start month on the sheet "Levy forecast"?',
    );
    expect(await axeViolations(page, "dialog")).toEqual([]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await textWhenMatching(page.locator("#status"), /Kept £5,000: nothing changed/);
    expect(await funds.inputValue()).toBe("£5,000");
    await take.click();
    await page.getByRole("dialog").getByRole("button", { name: "Replace" }).click();
    await textWhenMatching(source, /October 2026/);
    expect(await funds.inputValue()).toBe("£4,835.20");
    expect(await source.textContent()).toMatch(
      /^An estimate, from the sheet "Levy forecast": the balance at the end of October 2026, the start month, before the first instalment is paid in November 2026\. .*Other apprenticeships on the forecast draw on the same funds\.$/,
    );
    // The Funding fieldset as the user sees it, for the documentation.
    const fieldset = plan.locator("fieldset", { has: page.getByText("Funding", { exact: true }) });
    await picture(fieldset, "plan-levy-funds-350.png");

    // A start outside the forecast's months: nothing changes, the reason is shown.
    await plan.getByLabel("Start date").fill("01/09/2029");
    await take.click();
    await textWhenMatching(source, /after its last month/);
    expect(await source.textContent()).toBe(
      'No levy forecast gives the funds for this start: on the sheet "Levy forecast", the start month, September 2029, is after its last month (it shows August 2026 to July 2029).',
    );
    expect(await funds.inputValue()).toBe("£4,835.20");
    expect(await page.locator("#alert").isHidden()).toBe(true);
    expect(harness.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    await page.close();
  });

  test("Plan: refused in words for a start the levy cannot fund (34 on the SLMDA from 01/03/2027), and for a levy transfer", async () => {
    const page = await openInExcel(harness);
    const plan = page.locator("#panel-plan");
    const funds = plan.getByLabel("Levy funds available");
    const source = plan.locator("#plan-levyFunds-source");
    await plan.getByLabel("Employer pays the apprenticeship levy").check();
    await plan.getByLabel("Apprentice name").fill("Sam Patel");
    await plan.getByLabel("Start date").fill("01/03/2027");
    await plan.getByLabel("Age at start").fill("34");
    await plan.getByRole("button", { name: "Take from the levy forecast" }).click();
    await textWhenMatching(source, /^Not funded/);
    expect(await source.textContent()).toBe(
      "Not funded: Level 7 starts from 01/01/2026 are funded only up to age 21 (24 for a care leaver or someone with an EHC plan). At 34 the school pays the provider the whole price. No levy funds may pay for it, so none are taken from the forecast.",
    );
    await textWhenMatching(page.locator("#status"), /^Not funded/);
    expect(await funds.inputValue()).toBe("");
    // Funded by a levy transfer: the sending employer's funds pay, not this account's; the field is off.
    await plan.getByLabel("Age at start").fill("21");
    await plan.getByLabel("Funded by a levy transfer").check();
    expect(await funds.isDisabled()).toBe(true);
    await plan.getByRole("button", { name: "Take from the levy forecast" }).click();
    await textWhenMatching(source, /^Funded by a levy transfer/);
    expect(await funds.inputValue()).toBe("");
    expect(harness.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    await page.close();
  });
});
