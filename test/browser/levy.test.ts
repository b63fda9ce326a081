/**
 * Browser tests of the Levy tab against dist/taskpane.html in headless Debian chromium at the task
 * pane's 350 px: the worked case of docs/levy-forecast.md typed as a trust would (its account,
 * then the SENCO added to the list), the forecast's preview (the same model the writer writes,
 * the spill's values from the rule), an account that runs short, wrong entries beside their
 * fields, the list's Remove, and axe.
 */
import type { Locator, Page } from "playwright-core";
import {
  axeViolations,
  browserTestsUnavailable,
  ownPageErrors,
  screenshotPreview,
  sidewaysOverflow,
  startHarness,
  textWhenMatching,
  type Harness,
} from "./harness";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Levy browser tests skipped: ${unavailable}`);
}

async function openLevy(harness: Harness): Promise<{ page: Page; panel: Locator }> {
  const page = await harness.newPage();
  await page.setViewportSize({ width: 350, height: 900 });
  await page.getByRole("tab", { name: "Levy" }).click();
  return { page, panel: page.locator("#panel-levy") };
}

/** The worked case's account: a £4,000,000 pay bill, 36 months from August 2026, £4,000 in the account. */
async function fillWorkedAccount(panel: Locator): Promise<void> {
  await panel.getByLabel("Annual pay bill").fill("£4,000,000");
  await panel.getByLabel("First month shown").fill("1 August 2026");
  await panel.getByLabel("Months shown").fill("36");
  await panel.getByLabel("Levy funds in the account now").fill("4000");
}

async function addApprenticeship(panel: Locator, name: string, start: string, price: string, months: string) {
  await panel.getByLabel("Apprentice or apprenticeship").fill(name);
  await panel.getByLabel("Start date").fill(start);
  await panel.getByLabel("Price the levy pays").fill(price);
  await panel.getByLabel("Planned months").fill(months);
  await panel.getByRole("button", { name: "Add apprenticeship" }).click();
}

/** The preview's row of the forecast for a month (its first cell, dd/mm/yyyy), cell by cell. */
async function forecastRow(panel: Locator, month: string): Promise<string[]> {
  const row = panel.locator(".preview tr", { has: panel.page().locator("td:first-child", { hasText: month }) });
  return (await row.first().locator("td").allTextContents()).map((t) => t.trim());
}

describeBrowser("Levy tab in a plain browser at 350 px (preview mode)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("the worked case: the SENCO added to the list, the month-by-month preview, the sentences; no axe violations", async () => {
    const { page, panel } = await openLevy(harness);
    // Outside Excel there are no plan sheets to read: the list starts empty and says what to do.
    expect(await panel.getByRole("button", { name: "Add the plans in this workbook" }).count()).toBe(0);
    await expect(panel.locator("#levy-apprenticeships-status").textContent()).resolves.toMatch(/^None yet/);
    await fillWorkedAccount(panel);
    await addApprenticeship(panel, "SENCO (Sam Patel)", "01/09/2026", "£14,000", "27");
    await expect(panel.locator(".apprenticeship-list li").allTextContents()).resolves.toEqual([
      "SENCO (Sam Patel): starts 01/09/2026, £14,000.00 over 27 monthsRemove",
    ]);
    // The add form is empty again for the next one, its planned months kept.
    expect(await panel.getByLabel("Apprentice or apprenticeship").inputValue()).toBe("");
    expect(await panel.getByLabel("Planned months").inputValue()).toBe("27");
    await textWhenMatching(page.locator("#status"), /Added SENCO \(Sam Patel\)\. 1 apprenticeship/);
    // The empty add form is not judged when the user leaves it: only Add apprenticeship asks for its fields.
    await panel.getByLabel("Annual pay bill").focus();
    expect(await panel.locator("#levy-apprenticeship-name-error").textContent()).toBe("");

    await panel.getByRole("button", { name: "Create forecast" }).click();
    await page.waitForSelector("#panel-levy .preview:not([hidden]) table");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("levy-preview-heading");
    // The figures of docs/levy-forecast.md's worked case, month by month (pounds to the penny).
    expect(await forecastRow(panel, "01/10/2026")).toEqual([
      "01/10/2026",
      "£416.67",
      "£414.81",
      "£0.00",
      "£414.81",
      "£0.00",
      "£0.00",
      "£0.00",
      "£4,835.20",
    ]);
    expect((await forecastRow(panel, "01/01/2029"))[3]).toBe("£2,800.00");
    expect((await forecastRow(panel, "01/07/2029")).slice(7)).toEqual(["£0.08", "£5,000.04"]);
    await expect(panel.getByText("£0.08 of levy funds expire in July 2029 unless spent.").isVisible()).resolves.toBe(
      true,
    );
    await expect(panel.getByText("The levy funds cover every payment in the forecast.").isVisible()).resolves.toBe(
      true,
    );
    // The tables the sheet starts with: the funds now (entered the month before the first shown), the SENCO.
    const funds = panel.locator('table[data-table="LevyFunds"] tbody tr');
    expect((await funds.first().locator("td").allTextContents()).map((t) => t.trim())).toEqual([
      "01/07/2026",
      "£4,000.00",
    ]);
    const apprenticeships = panel.locator('table[data-table="LevyApprenticeships"] tbody tr');
    expect((await apprenticeships.first().locator("td").allTextContents()).slice(0, 4)).toEqual([
      "SENCO (Sam Patel)",
      "01/09/2026",
      "£14,000.00",
      "27",
    ]);
    // The marker is the pane's, not the reader's.
    expect(await panel.getByText("Levy forecast made with the SEND leadership add-in").count()).toBe(0);

    // Five tabs, each label on one line, all in one row at 350 px.
    const tabs = await page
      .getByRole("tab")
      .evaluateAll((nodes) =>
        nodes.map((n) => ({ top: n.getBoundingClientRect().top, height: n.getBoundingClientRect().height })),
      );
    expect(tabs).toHaveLength(5);
    expect(new Set(tabs.map((t) => t.top)).size).toBe(1);
    expect(Math.max(...tabs.map((t) => t.height))).toBeLessThan(45);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page, "#panel-levy")).toEqual([]);
    expect(ownPageErrors(harness)).toEqual([]);

    await screenshotPreview(page, panel.locator(".preview"), "levy-preview.png", 1400);
  });

  test("an account that runs short: the month it starts and the employer's co-investment over the forecast", async () => {
    const { page, panel } = await openLevy(harness);
    await panel.getByLabel("Annual pay bill").fill("4000000");
    await panel.getByLabel("First month shown").fill("01/08/2026");
    await panel.getByLabel("Months shown").fill("12");
    await addApprenticeship(panel, "SENCO", "01/08/2026", "14000", "27");
    await addApprenticeship(panel, "Teaching assistant", "01/08/2026", "5000", "12");
    await panel.getByRole("button", { name: "Create forecast" }).click();
    await page.waitForSelector("#panel-levy .preview:not([hidden]) table");
    // September 2026: two instalments (£414.81 + £333.33) from August's £416.67. The SENCO's is
    // paid in full, the teaching assistant's takes the £1.86 left; of the £331.47 short the
    // employer pays 25% (starts from 01/08/2026), £82.87, the government £248.60.
    expect(await forecastRow(panel, "01/09/2026")).toEqual([
      "01/09/2026",
      "£416.67",
      "£748.14",
      "£0.00",
      "£416.67",
      "£82.87",
      "£248.60",
      "£0.00",
      "£416.67",
    ]);
    // Every month from September to July is the same: 11 × £82.87 of co-investment over the 12 months shown.
    const shortfall = panel.getByText(
      "From September 2026 the account runs short: the employer pays £911.57 in co-investment over the forecast.",
    );
    await expect(shortfall.isVisible()).resolves.toBe(true);
  });

  test("wrong entries are shown beside their fields in the functions' words; Remove takes one off the list", async () => {
    const { page, panel } = await openLevy(harness);
    await panel.getByLabel("Annual pay bill").fill("lots");
    await panel.getByLabel("Share of the pay bill in England").fill("95");
    await panel.getByRole("button", { name: "Create forecast" }).click();
    await expect(panel.getByLabel("Annual pay bill").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(panel.locator("#levy-englishShare-error").textContent()).resolves.toMatch(
      /^Share of the pay bill in England must be a percentage from 0% to 100%/,
    );
    expect(await panel.locator(".preview").isHidden()).toBe(true);

    await addApprenticeship(panel, "SENCO", "2026", "14000", "27");
    await expect(panel.locator("#levy-apprenticeship-startSerial-error").textContent()).resolves.toBe(
      "Start date looks like a year (2026): type the whole date, such as 01/09/2026.",
    );
    expect(await panel.locator(".apprenticeship-list li").count()).toBe(0);

    await panel.getByLabel("Start date").fill("01/09/2026");
    await panel.getByRole("button", { name: "Add apprenticeship" }).click();
    await addApprenticeship(panel, "Teaching assistant", "01/01/2027", "5000", "12");
    expect(await panel.locator(".apprenticeship-list li").count()).toBe(2);
    await panel.getByRole("button", { name: "Remove SENCO" }).click();
    await expect(panel.locator(".apprenticeship-list li span").allTextContents()).resolves.toEqual([
      "Teaching assistant: starts 01/01/2027, £5,000.00 over 12 months",
    ]);
    await textWhenMatching(page.locator("#status"), /Removed SENCO\. 1 apprenticeship/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("levy-apprenticeships-heading");
  });
});
