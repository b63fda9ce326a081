/**
 * Browser tests of the Levy tab against dist/taskpane.html in headless Debian chromium at the task
 * pane's 350 px: the worked case of docs/levy-forecast.md typed as a trust's business manager
 * would (its account, the SENCO aged 34 on the SLMDA and two other apprenticeships), the
 * forecast's preview with the sentences a finance officer reads first and no claim that the levy
 * covers everything, the SENCO's payments outside the levy in the months the Plan tab names, an
 * account that runs short, transfers within and beyond the allowance, the months following the
 * list, editing and removing, wrong entries beside their fields, chart labels that fit, and axe.
 */
import type { Locator, Page } from "playwright-core";
import { PAYMENT_MONTHS } from "../../src/sheets/payment-months";
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

/** The worked case's account: a £6,200,000 pay bill, from December 2026, £12,000 in the account. */
async function fillTrustAccount(panel: Locator, payBill = "£6,200,000"): Promise<void> {
  await panel.getByLabel("Annual pay bill").fill(payBill);
  await panel.getByLabel("First month shown").fill("01/12/2026");
  await panel.getByLabel("Levy funds in the account now").fill("12000");
}

interface Apprenticeship {
  name: string;
  start: string;
  price: string;
  months: string;
  slmda?: boolean;
  level?: string;
  band?: string;
  age?: string;
}

async function fillApprenticeship(panel: Locator, a: Apprenticeship): Promise<void> {
  const form = panel.getByRole("form", { name: "Add an apprenticeship" });
  await form.getByLabel("Apprentice or apprenticeship").fill(a.name);
  await form.getByLabel("Start date").fill(a.start);
  await form.getByLabel("The SLMDA (Senior Leader, ST0480)").setChecked(a.slmda === true);
  if (a.level !== undefined) await form.getByLabel("Level", { exact: true }).fill(a.level);
  await form.getByLabel("Agreed price").fill(a.price);
  if (a.band !== undefined) await form.getByLabel("Funding band maximum").fill(a.band);
  await form.getByLabel("Planned months").fill(a.months);
  await form.getByLabel("Age at start").fill(a.age ?? "");
}

async function addApprenticeship(panel: Locator, a: Apprenticeship): Promise<void> {
  await fillApprenticeship(panel, a);
  await panel.getByRole("button", { name: "Add apprenticeship" }).click();
}

const SENCO: Apprenticeship = {
  name: "Sam Patel",
  start: "01/03/2027",
  price: "£14,000",
  months: "27",
  slmda: true,
  age: "34",
};
const LEVEL_3: Apprenticeship = {
  name: "Business administrator",
  start: "01/09/2025",
  price: "5000",
  months: "18",
  level: "3",
};
const LEVEL_5: Apprenticeship = {
  name: "Operations manager",
  start: "01/01/2026",
  price: "9000",
  months: "24",
  level: "5",
};

async function addTransfer(panel: Locator, receiver: string, start: string, price: string, months: string) {
  const form = panel.getByRole("form", { name: "Add a transfer" });
  await form.getByLabel("Receiving employer").fill(receiver);
  await form.getByLabel("Start date").fill(start);
  await form.getByLabel("Price the transfer pays").fill(price);
  await form.getByLabel("Planned months").fill(months);
  await form.getByRole("button", { name: "Add transfer" }).click();
}

async function createForecast(page: Page, panel: Locator): Promise<void> {
  await panel.getByRole("button", { name: "Create forecast" }).click();
  await page.waitForSelector("#panel-levy .preview:not([hidden]) table");
}

/** The preview's row of the forecast for a month (its first cell, dd/mm/yyyy), cell by cell. */
async function forecastRow(panel: Locator, month: string): Promise<string[]> {
  const row = panel.locator(".preview tr", { has: panel.page().locator("td:first-child", { hasText: month }) });
  return (await row.first().locator("td").allTextContents()).map((t) => t.trim());
}

/** The preview's sentences under "What the forecast says" (the lines up to the next heading; blank ones are not shown). */
async function sentences(panel: Locator): Promise<string[]> {
  return panel.locator(".preview h3:text-is('What the forecast says')").evaluate((heading) => {
    const lines: string[] = [];
    for (let next = heading.nextElementSibling; next && next.tagName === "P"; next = next.nextElementSibling) {
      lines.push(next.textContent ?? "");
    }
    return lines;
  });
}

describeBrowser("Levy tab in a plain browser at 350 px (preview mode)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("the worked case: the SENCO aged 34 outside the levy, the finance officer's sentences; no axe violations", async () => {
    const { page, panel } = await openLevy(harness);
    // Outside Excel there are no plan sheets to read: the list starts empty and says what to do.
    expect(await panel.getByRole("button", { name: "Add the plans in this workbook" }).count()).toBe(0);
    await expect(panel.locator("#levy-apprenticeships-status").textContent()).resolves.toMatch(/^None yet/);
    await fillTrustAccount(panel);
    for (const a of [SENCO, LEVEL_3, LEVEL_5]) await addApprenticeship(panel, a);
    // Beside the SENCO, the Plan tab's words: not funded at 34, paid outside the levy, earned and paid when.
    const items = panel.locator(".levy-apprenticeships .apprenticeship-list li");
    await expect(items.first().locator("span").textContent()).resolves.toBe(
      "Sam Patel: starts 01/03/2027, £14,000.00 over 27 months (Level 7, the SLMDA; aged 34)",
    );
    await expect(items.first().locator("p").textContent()).resolves.toBe(
      "Not funded: Level 7 starts from 01/01/2026 are funded only up to age 21 (24 for a care leaver or someone with an EHC plan). At 34 the school pays the provider the whole price. The forecast shows it as paid outside the levy. Earned from 01/03/2027; paid April 2027 to July 2029.",
    );
    // The add form is empty again for the next one, its planned months kept.
    const form = panel.getByRole("form", { name: "Add an apprenticeship" });
    expect(await form.getByLabel("Apprentice or apprenticeship").inputValue()).toBe("");
    expect(await form.getByLabel("Planned months").inputValue()).toBe("24");
    await textWhenMatching(page.locator("#status"), /Added Operations manager\. 3 apprenticeships/);
    // Months shown reach every completion payment (July 2029's, from December 2026): 36 is enough.
    expect(await panel.getByLabel("Months shown").inputValue()).toBe("36");

    await createForecast(page, panel);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("levy-preview-heading");
    expect(await sentences(panel)).toEqual([
      "£36,111.00 of levy funds expire over the 36 months unless spent, the first £6,511.08 in November 2027.",
      "Expiring by financial year (April to March): 2027-28 £9,444.40; 2028-29 £15,999.96; 2029-30 £10,666.64.",
      "The employer pays £14,000.00 in all over the forecast: £0.00 in co-investment and £14,000.00 for apprenticeships the levy may not fund.",
      "The account never runs short for the apprenticeships the levy may fund; those it may not are the employer's to pay (above).",
      "No transfers start in the tax year 2026-27; its transfer allowance is £8,800.02.",
    ]);
    const text = (await panel.locator(".preview").textContent()) ?? "";
    expect(text).not.toContain("cover every payment");
    // The SENCO's first instalment (dated 01/03/2027) is paid in April 2027, outside the levy;
    // its completion payment (dated 01/06/2029) in July 2029.
    expect(await forecastRow(panel, "01/04/2027")).toEqual([
      "01/04/2027",
      "£1,333.33",
      "£300.00",
      "£1,000.00",
      "£1,300.00",
      "£0.00",
      "£0.00",
      "£0.00",
      "£15,277.73",
      "£414.81",
      "£0.00",
      "£0.00",
    ]);
    expect((await forecastRow(panel, "01/07/2029"))[9]).toBe("£2,800.00");
    expect(text).toContain(PAYMENT_MONTHS);
    // Each table under its own heading: the funds in the account, the apprenticeships (with their level), the transfers.
    for (const [heading, table] of [
      ["Funds in the account when the forecast starts", "LevyFunds"],
      ["Apprenticeships", "LevyApprenticeships"],
      ["Transfers to other employers", "LevyTransfers"],
    ]) {
      const follows = await panel
        .locator(`.preview h3:text-is("${heading}")`)
        .evaluate(
          (h, name) =>
            h.nextElementSibling?.querySelector?.(`table[data-table="${name}"]`) !== null ||
            (h.nextElementSibling as HTMLElement | null)?.dataset?.table === name,
          table,
        );
      expect([heading, follows]).toEqual([heading, true]);
    }
    const funds = panel.locator('table[data-table="LevyFunds"] tbody tr');
    expect((await funds.first().locator("td").allTextContents()).map((t) => t.trim())).toEqual([
      "01/11/2026",
      "£12,000.00",
    ]);
    const apprenticeships = panel.locator('table[data-table="LevyApprenticeships"] tbody tr');
    expect((await apprenticeships.first().locator("td").allTextContents()).map((t) => t.trim())).toEqual([
      "Sam Patel",
      "01/03/2027",
      "£14,000.00",
      "27",
      "34",
      "",
      "7",
    ]);
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

  test.each(["£3,000,000", "£60,000,000"])("at a %s pay bill no chart label is cut off", async (payBill) => {
    const { page, panel } = await openLevy(harness);
    await fillTrustAccount(panel, payBill);
    await createForecast(page, panel);
    const cut = await panel.locator(".levy-chart svg").evaluate((svg) => {
      const box = (svg as SVGSVGElement).viewBox.baseVal;
      return [...svg.querySelectorAll("text")]
        .map((t) => ({ text: t.textContent, b: (t as SVGTextElement).getBBox() }))
        .filter(
          ({ b }) =>
            b.x < box.x || b.y < box.y || b.x + b.width > box.x + box.width || b.y + b.height > box.y + box.height,
        )
        .map(({ text }) => text);
    });
    expect(cut).toEqual([]);
  });

  test("an account that runs short: the month it starts and the employer's co-investment over the forecast", async () => {
    const { page, panel } = await openLevy(harness);
    await panel.getByLabel("Annual pay bill").fill("4000000");
    await panel.getByLabel("First month shown").fill("01/08/2026");
    await addApprenticeship(panel, {
      name: "SENCO",
      start: "01/08/2026",
      price: "14000",
      months: "27",
      slmda: true,
      age: "21",
    });
    await addApprenticeship(panel, {
      name: "Teaching assistant",
      start: "01/08/2026",
      price: "5000",
      months: "12",
      level: "3",
    });
    await panel.getByLabel("Months shown").fill("12");
    await createForecast(page, panel);
    // September 2026: two instalments (£414.81 + £333.33) from August's £416.67. The SENCO's is
    // paid in full, the teaching assistant's takes the £1.86 left; of the £331.47 short the
    // employer pays 25% (starts from 01/08/2026), £82.87, the government £248.60.
    expect((await forecastRow(panel, "01/09/2026")).slice(0, 9)).toEqual([
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
    // The employer's co-investment each month: £82.87, but £82.86 in November, March and July, so
    // the teaching assistant's co-investment adds up to 25% of the part the levy could not pay to
    // the penny; the sentence is the column's total, 8 × £82.87 + 3 × £82.86.
    expect((await forecastRow(panel, "01/11/2026"))[5]).toBe("£82.86");
    expect((await forecastRow(panel, "01/12/2026"))[5]).toBe("£82.87");
    expect((await sentences(panel))[2]).toMatch(
      /^From September 2026 the account runs short: the employer pays £911\.54 in/,
    );
  });

  test("transfers: within the tax year's allowance, and beyond it (#N/A naming the year, the allowance, the total)", async () => {
    const { page, panel } = await openLevy(harness);
    await fillTrustAccount(panel);
    await addTransfer(panel, "St Mary's VA Primary", "01/01/2027", "£8,000", "12");
    await expect(panel.locator(".levy-transfers .apprenticeship-list li span").allTextContents()).resolves.toEqual([
      "St Mary's VA Primary: starts 01/01/2027, £8,000.00 over 12 months",
    ]);
    await createForecast(page, panel);
    expect((await sentences(panel))[4]).toBe(
      "Transfers starting in the tax year 2026-27: £8,000.00 of its £8,800.02 transfer allowance.",
    );
    expect((await forecastRow(panel, "01/02/2027")).slice(10)).toEqual(["£533.33", "£0.00"]);
    const transfers = panel.locator('table[data-table="LevyTransfers"] tbody tr');
    expect((await transfers.first().locator("td").allTextContents()).map((t) => t.trim())).toEqual([
      "01/01/2027",
      "£8,000.00",
      "12",
      "St Mary's VA Primary",
    ]);
    await addTransfer(panel, "St Anne's", "01/03/2027", "1000", "12");
    await createForecast(page, panel);
    const text = (await panel.locator(".preview").textContent()) ?? "";
    expect(text).toContain(
      "transfers starting in the tax year 2026-27 ask for £9,000.00, beyond its transfer allowance of £8,800.02 (50% of the 2025-26 levy funds, £17,600.04): move a start to another tax year or lower a price.",
    );
    expect((await sentences(panel))[0]).toBe("The forecast shows an error: correct the inputs or the tables.");
  });

  test("months shown follow the list until typed; a row edited in place; Remove; wrong entries beside their fields", async () => {
    const { page, panel } = await openLevy(harness);
    await fillTrustAccount(panel);
    // A September 2027 SENCO's completion payment is paid in January 2030: 38 months from December 2026.
    await addApprenticeship(panel, { ...SENCO, start: "01/09/2027", age: "21" });
    expect(await panel.getByLabel("Months shown").inputValue()).toBe("38");
    await panel.getByRole("button", { name: "Edit Sam Patel" }).click();
    const form = panel.getByRole("form", { name: "Add an apprenticeship" });
    expect(await form.getByLabel("Start date").inputValue()).toBe("01/09/2027");
    await form.getByLabel("Start date").fill("01/03/2027");
    await panel.getByRole("button", { name: "Save changes" }).click();
    await textWhenMatching(page.locator("#status"), /^Saved Sam Patel\./);
    await expect(
      panel.locator(".levy-apprenticeships .apprenticeship-list li span").allTextContents(),
    ).resolves.toEqual(["Sam Patel: starts 01/03/2027, £14,000.00 over 27 months (Level 7, the SLMDA; aged 21)"]);
    expect(await panel.getByLabel("Months shown").inputValue()).toBe("36");
    await panel.getByLabel("Months shown").fill("40");
    await addApprenticeship(panel, { ...LEVEL_3, start: "01/09/2028", months: "24" });
    expect(await panel.getByLabel("Months shown").inputValue()).toBe("40");

    // A level is asked for when it is not the SLMDA; a year typed as a start date is refused in words.
    await addApprenticeship(panel, { name: "Teaching assistant", start: "2026", price: "5000", months: "12" });
    await expect(panel.locator("#levy-apprenticeship-startSerial-error").textContent()).resolves.toBe(
      "Start date looks like a year (2026): type the whole date, such as 01/09/2026.",
    );
    await form.getByLabel("Start date").fill("01/01/2027");
    await panel.getByRole("button", { name: "Add apprenticeship" }).click();
    await expect(panel.locator("#levy-apprenticeship-level-error").textContent()).resolves.toBe(
      "Level is required: enter a whole number from 2 to 7, or tick the SLMDA.",
    );
    expect(await panel.locator(".levy-apprenticeships .apprenticeship-list li").count()).toBe(2);
    await panel.getByRole("button", { name: "Remove Sam Patel" }).click();
    await textWhenMatching(page.locator("#status"), /Removed Sam Patel\. 1 apprenticeship/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("levy-apprenticeships-heading");
    await panel.getByLabel("Annual pay bill").fill("lots");
    await panel.getByRole("button", { name: "Create forecast" }).click();
    await expect(panel.getByLabel("Annual pay bill").getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await panel.locator(".preview").isHidden()).toBe(true);
    expect(await axeViolations(page, "#panel-levy")).toEqual([]);
  });

  test("the Plan tab and the forecast show the same months for the same SENCO, in the same words", async () => {
    const { page, panel } = await openLevy(harness);
    await page.getByRole("tab", { name: "Plan" }).click();
    const plan = page.locator("#panel-plan");
    await plan.getByLabel("Apprentice name").fill("Sam Patel");
    await plan.getByLabel("School", { exact: true }).fill("Oakfield Primary");
    await plan.getByLabel("Line manager").fill("Jo Head");
    await plan.getByLabel("Start date").fill("01/03/2027");
    await plan.getByLabel("Age at start").fill("34");
    await plan.getByLabel("Employer pays the apprenticeship levy").check();
    await plan.getByLabel("Agreed price").fill("£14,000");
    await plan.getByLabel("Published off-the-job hours").fill("425");
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    const planText = (await plan.locator(".preview").textContent()) ?? "";
    expect(planText).toContain(
      `${PAYMENT_MONTHS} The first instalment, dated 01/03/2027, is paid in April 2027; the completion payment, dated 01/06/2029, in July 2029.`,
    );
    await page.getByRole("tab", { name: "Levy" }).click();
    await fillTrustAccount(panel);
    await addApprenticeship(panel, SENCO);
    await createForecast(page, panel);
    expect((await forecastRow(panel, "01/04/2027"))[9]).toBe("£414.81");
    expect((await forecastRow(panel, "01/07/2029"))[9]).toBe("£2,800.00");
    expect((await forecastRow(panel, "01/03/2027"))[9]).toBe("£0.00");
    expect((await panel.locator(".preview").textContent()) ?? "").toContain(PAYMENT_MONTHS);
  });
});
