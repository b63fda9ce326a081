/**
 * The pane at 350 px wide (a narrow Excel task pane), tab by tab, after a typical action: the
 * plan preview, the levy forecast's preview, the district summary of the made-up sample, the
 * tables an LA holds joined, one file covering two LAs waiting for the LA, the census check of a
 * SIMS-like register export.
 * Each page is checked for what its picture shows (the figures, the words, the lists) and for
 * sideways scrolling; with SCREENSHOTS=1 (npm run screenshots) the pictures are written to
 * docs/images/ for the documentation (an ordinary run takes none).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  browserTestsUnavailable,
  cutOffCells,
  districtTotal,
  startHarness,
  picture,
  TAKING_PICTURES,
  textWhenMatching,
  type Harness,
} from "./harness";
import { fillUnfunded2026 } from "./plan-inputs";
import { TWO_LA_SCHOOLS, writeCsv, writeLaFiles } from "./la-files";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Screenshot browser tests skipped: ${unavailable}`);
}

async function narrow(harness: Harness): Promise<Page> {
  const page = await harness.newPage();
  await page.setViewportSize({ width: 350, height: 900 });
  return page;
}

/** The page never scrolls sideways at 350 px (wide tables scroll inside their own area). */
async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
}

async function shoot(page: Page, name: string, height = 1800): Promise<void> {
  if (!TAKING_PICTURES) return;
  const full = await page.evaluate(() => document.documentElement.scrollHeight);
  await picture(page, name, {
    fullPage: true,
    clip: { x: 0, y: 0, width: 350, height: Math.min(full, height) },
  });
}

/** From `above` pixels above the element `selector` finds, `height` pixels of the page down. */
async function shootFrom(page: Page, selector: string, name: string, above: number, height: number): Promise<void> {
  if (!TAKING_PICTURES) return;
  const top = await page.evaluate(
    (at) => document.querySelector(at)!.getBoundingClientRect().top + window.scrollY,
    selector,
  );
  await picture(page, name, {
    fullPage: true,
    clip: { x: 0, y: Math.max(0, top - above), width: 350, height },
  });
}

describeBrowser("the pane at 350 px wide", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("Plan: the form filled in and the plan preview", async () => {
    const page = await narrow(harness);
    const plan = page.locator("#panel-plan");
    await plan.getByLabel("Apprentice name").fill("Sam Patel");
    await plan.getByLabel("School", { exact: true }).fill("Oak Primary School");
    await plan.getByLabel("Line manager").fill("Jo Head");
    await plan.getByLabel("Start date").fill("1 September 2026");
    await plan.getByLabel("Age at start").fill("21");
    await plan.getByLabel("Weekly contracted hours").fill("37");
    await plan.getByLabel("Has Level 2 maths evidence").check();
    await plan.getByLabel("Has Level 2 English evidence").check();
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    await textWhenMatching(page.locator("#status"), /Plan preview ready for Sam Patel\./);
    // The form keeps what was typed above the preview made from it.
    expect(await plan.getByLabel("Start date").inputValue()).toBe("1 September 2026");
    const preview = (await plan.locator(".preview").textContent()) ?? "";
    expect(preview).toContain("Sam Patel");
    expect(preview).toContain("Oak Primary School");
    expect(preview).toContain("01/09/2026");
    await noSidewaysScroll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, "plan-350.png", 2600);
  });

  test("Plan: an unfunded start's reason, the preview marked out of date, the checks stacked", async () => {
    const page = await narrow(harness);
    await fillUnfunded2026(page);
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    const planPreview = page.locator("#panel-plan .preview");
    expect(await planPreview.textContent()).toContain(
      "Not funded: Level 7 starts from 01/01/2026 are funded only up to age 21 (24 for a care leaver or someone with an EHC plan).",
    );
    await page.locator("#panel-plan").getByLabel("Age at start").fill("21");
    expect(await page.locator("#plan-preview-out-of-date").textContent()).toMatch(
      /^Out of date: the form has changed since this preview was made\./,
    );
    // The checks stack at 350 px: every cell whole, the Rule column inside the pane.
    expect(await cutOffCells(planPreview)).toEqual([]);
    const rule = planPreview.getByRole("region", { name: "Checks" }).locator("td[data-label='Rule']").first();
    const ruleBox = (await rule.boundingBox())!;
    expect(ruleBox.x + ruleBox.width).toBeLessThanOrEqual(350);
    await noSidewaysScroll(page);
    await shootFrom(page, "#plan-preview-heading", "plan-unfunded-350.png", 8, 1500);
    await shootFrom(page, "#panel-plan [role='region'][aria-label='Checks']", "plan-checks-350.png", 40, 1400);
  });

  test("Levy: the trust's account, the SENCO aged 34 and two others typed in, the forecast's preview", async () => {
    const page = await narrow(harness);
    await page.getByRole("tab", { name: "Levy" }).click();
    const panel = page.locator("#panel-levy");
    await panel.getByLabel("Annual pay bill").fill("£6,200,000");
    await panel.getByLabel("First month shown").fill("01/12/2026");
    await panel.getByLabel("Levy funds in the account now").fill("£12,000");
    const add = panel.getByRole("form", { name: "Add an apprenticeship" });
    const rows: [string, string, string, string, string, string][] = [
      ["Sam Patel (SENCO)", "01/03/2027", "", "£14,000", "27", "34"],
      ["Business administrator", "01/09/2025", "3", "£5,000", "18", ""],
      ["Operations manager", "01/01/2026", "5", "£9,000", "24", ""],
    ];
    for (const [name, start, level, price, months, age] of rows) {
      await add.getByLabel("Apprentice or apprenticeship").fill(name);
      await add.getByLabel("Start date").fill(start);
      await add.getByLabel("The SLMDA (Senior Leader, ST0480)").setChecked(level === "");
      if (level !== "") await add.getByLabel("Level", { exact: true }).fill(level);
      await add.getByLabel("Agreed price").fill(price);
      await add.getByLabel("Planned months").fill(months);
      await add.getByLabel("Age at start").fill(age);
      await panel.getByRole("button", { name: "Add apprenticeship" }).click();
    }
    await panel.getByRole("button", { name: "Create forecast" }).click();
    await page.waitForSelector("#panel-levy .preview:not([hidden]) table");
    // What the picture shows: the three apprenticeships listed, and the forecast's own sentences.
    const listed = await panel.locator(".levy-apprenticeships .apprenticeship-list li span").allTextContents();
    expect(listed).toEqual([
      "Sam Patel (SENCO): starts 01/03/2027, £14,000.00 over 27 months (Level 7, the SLMDA; aged 34)",
      "Business administrator: starts 01/09/2025, £5,000.00 over 18 months (Level 3)",
      "Operations manager: starts 01/01/2026, £9,000.00 over 24 months (Level 5)",
    ]);
    const said = await panel.locator(".preview h3:text-is('What the forecast says') ~ p").allTextContents();
    expect(said[2]).toBe(
      "The employer pays £14,000.00 in all over the forecast: £0.00 in co-investment and £14,000.00 for apprenticeships the levy may not fund.",
    );
    await noSidewaysScroll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, "levy-350.png", 2600);
  });

  test("District: the made-up sample's summary", async () => {
    const page = await narrow(harness);
    await page.getByRole("tab", { name: "District" }).click();
    const panel = page.locator("#panel-district");
    await panel.getByRole("button", { name: "Use the made-up sample district" }).click();
    await panel.getByRole("button", { name: "Build summary" }).click();
    await page.waitForSelector("#panel-district .preview:not([hidden]) table");
    expect(await districtTotal(page, "Schools in the summary")).toBe("28");
    expect(await districtTotal(page, "Rows with bad data")).toBe("2");
    expect(await districtTotal(page, "Total guide hours per week")).toBe("118");
    await noSidewaysScroll(page);
    // From the summary line down: the chart, the schools below the guide, the first columns.
    await shootFrom(page, "#district-result", "district-350.png", 8, 1500);
  });

  test("District: the DfE file, a budget table and a survey joined for one LA", async () => {
    const page = await narrow(harness);
    await page.getByRole("tab", { name: "District" }).click();
    const panel = page.locator("#panel-district");
    const dir = mkdtempSync(join(tmpdir(), "district-join-"));
    try {
      await panel.getByLabel("CSV files of schools").setInputFiles(writeLaFiles(dir));
      await panel.locator("#district-source-status", { hasText: "SENCO survey.csv" }).waitFor();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The lists of what did not match, opened for the picture: a school of each.
    const summaries = await panel.locator(".match-lists summary").all();
    expect(summaries).toHaveLength(2);
    for (const summary of summaries) await summary.click();
    expect(await panel.locator(".match-lists details[open] li").count()).toBe(2);
    await noSidewaysScroll(page);
    await shoot(page, "district-join-350.png", 2600);
    await panel.getByRole("button", { name: "Build summary" }).click();
    await page.waitForSelector("#panel-district .preview:not([hidden]) table");
    expect(await districtTotal(page, "Schools in the summary")).toBe("4");
    expect(await panel.locator("#district-result-text").textContent()).toMatch(
      /for Made-up Borough \(201\): 4 schools, /,
    );
    await noSidewaysScroll(page);
    await shootFrom(page, "#district-result", "district-join-summary-350.png", 8, 1500);
  });

  test("District: one file covering two LAs, waiting for the LA to be chosen", async () => {
    const page = await narrow(harness);
    await page.getByRole("tab", { name: "District" }).click();
    const panel = page.locator("#panel-district");
    const dir = mkdtempSync(join(tmpdir(), "district-one-la-"));
    try {
      await panel
        .getByLabel("CSV files of schools")
        .setInputFiles(writeCsv(dir, "sen-school-level.csv", TWO_LA_SCHOOLS));
      await panel.locator("#district-source-status", { hasText: "sen-school-level.csv" }).waitFor();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The LA is asked for, with each LA's schools; Build waits for the choice.
    expect(await panel.getByLabel("The summary is for").locator("option").allTextContents()).toEqual([
      "(choose the LA)",
      "Made-up Borough (201): 3 schools",
      "Made-up Shire (380): 2 schools",
      "All local authorities: 5 schools in 2 LAs",
    ]);
    expect(await panel.getByRole("button", { name: "Build summary" }).isDisabled()).toBe(true);
    await noSidewaysScroll(page);
    // From the tables read down to the notes: the LA choice above the columns, and why Build waits.
    await shootFrom(page, "#district-tables-heading", "district-one-la-350.png", 8, 1100);
  });

  test("Register: a SIMS-like export checked as the school census does", async () => {
    const page = await narrow(harness);
    await page.getByRole("tab", { name: "Register" }).click();
    const panel = page.locator("#panel-register");
    const file = join(__dirname, "../register/fixtures/sims-census-register.csv");
    await panel.getByLabel("A CSV file holding the register").setInputFiles(file);
    await page.waitForSelector("#panel-register table.need-table");
    await panel.getByLabel("Notional SEN budget").fill("£67,755");
    await panel.getByLabel("Pupil mobility").fill("34%");
    await panel.getByRole("button", { name: "Work out guide hours" }).click();
    // The census's problems, each with its pupil, cell and rule, and the counts by need.
    expect(await panel.locator("#register-census-summary").textContent()).toBe(
      "11 problems; 17 pupils checked. 2 pupils have no SEN status: counted as no SEN.",
    );
    expect(await panel.textContent()).toContain(
      "Green, Grace (Year 1), E8: SEN support (K) needs a primary need (census rule 2170).",
    );
    expect(await panel.locator("table.need-table tbody tr").count()).toBe(9);
    await noSidewaysScroll(page);
    // From the register's columns down: the problems, the counts by need.
    await shootFrom(page, "#register-table-status", "register-350.png", 40, 1950);
  });
});
