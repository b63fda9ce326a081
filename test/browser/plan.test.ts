/**
 * Browser tests of the Plan tab against dist/taskpane.html in headless Debian chromium: the same
 * code path as in Excel up to the model, rendered as the HTML preview.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { browserTestsUnavailable, startHarness, ROOT, type Harness, textWhenMatching } from "./harness";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Browser tests skipped: ${unavailable}`);
}

async function fillPlan(page: Page): Promise<void> {
  const plan = page.locator("#panel-plan");
  await plan.getByLabel("Apprentice name").fill("Sam Patel");
  await plan.getByLabel("School", { exact: true }).fill("Oak Primary School");
  await plan.getByLabel("Line manager").fill("Jo Head");
  await plan.getByLabel("Start date").fill("01/09/2020");
  await plan.getByLabel("Age at start").fill("40");
  await plan.getByLabel("Weekly contracted hours").fill("32.5");
  await plan.getByLabel("Has Level 2 maths evidence").check();
  await plan.getByLabel("Has Level 2 English evidence").check();
}

/** The value cell of a labelled row in the preview (row headers are the labels). */
async function previewValue(page: Page, label: string): Promise<string> {
  const row = page.locator("#panel-plan .preview tr", {
    has: page.locator(`th[scope="row"]`, { hasText: new RegExp(`^${label}$`) }),
  });
  return (await row.locator("td").first().textContent())?.trim() ?? "";
}

describeBrowser("Plan tab in a plain browser (preview mode)", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  test("fill the form by its labels, create the plan, read its key figures", async () => {
    const page = await harness.newPage();
    expect(await page.locator("body").getAttribute("data-mode")).toBe("preview");
    await expect(page.locator("#panel-plan").getByLabel("Agreed price").inputValue()).resolves.toBe("£18,000");
    await expect(
      page.locator("#panel-plan").getByLabel("Employer pays the apprenticeship levy").isChecked(),
    ).resolves.toBe(false);
    await fillPlan(page);
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");

    expect(await previewValue(page, "Months")).toBe("27");
    expect(await previewValue(page, "Employer cash cost")).toBe("£900.00");
    expect(await previewValue(page, "Planned end")).toBe("01/12/2022");
    expect(await previewValue(page, "Start date")).toBe("01/09/2020");
    const text = (await page.locator("#panel-plan .preview").textContent()) ?? "";
    expect(text).toContain("Government co-investment");
    expect(text).toContain("£17,100.00");
    expect(text).toContain("Whole School Development: Enabling Inclusion");
    expect(text).toContain("Training Services Agreement");
    await textWhenMatching(page.locator("#status"), /Plan preview ready for Sam Patel\./);

    // No page error, and no CSP violation by our code (office.js's blocked telemetry aside).
    // (office.js outside Office sometimes applies an inline style the CSP blocks: not ours, so only
    // page errors and console errors raised from our own bundle count.)
    expect(harness.errors.filter((e) => e.startsWith("pageerror") || e.includes("/taskpane.js"))).toEqual([]);

    // Screenshot for the docs (Playwright's screenshot injects a style the CSP reports: taken last).
    mkdirSync(join(ROOT, "docs/images"), { recursive: true });
    await page.setViewportSize({ width: 900, height: 900 });
    // boundingBox() is relative to the viewport and the clip to the page: measure from the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = (await page.locator("#panel-plan .preview").boundingBox())!;
    await page.screenshot({
      path: join(ROOT, "docs/images/plan-preview.png"),
      fullPage: true,
      clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1300) },
    });
  });

  test("today's rules: care leaver, published off-the-job hours, date appointed as SENCO, the Training plan", async () => {
    const page = await harness.newPage();
    const plan = page.locator("#panel-plan");
    await fillPlan(page);
    await plan.getByLabel("Start date").fill("01/09/2026");
    await plan.getByLabel("Age at start").fill("23");
    await plan.getByLabel("Agreed price").fill("£14,000");
    await plan.getByLabel("Weekly contracted hours").fill("");
    await plan.getByLabel("Working weeks a year").fill("");
    await plan.getByLabel("Care leaver or has an EHC plan").check();
    await plan.getByLabel("Date appointed as SENCO").fill("01/01/2024");
    await plan.getByLabel("Published off-the-job hours").fill("425");
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    expect(await previewValue(page, "Employer cash cost")).toBe("£0.00");
    const text = (await plan.locator(".preview").textContent()) ?? "";
    expect(text).toContain("At least 425 hours");
    expect(text).toContain("Training plan");
    expect(text).not.toContain("Commitment Statement");
    expect(text).toContain("NPQ for SENCOs needed");
    expect(text).toContain("must be held by 01/01/2027");
    expect(text).toContain("Serco line-manager guidance, What is my role as a line manager; Next Steps");
    expect(text).not.toMatch(/Seed:/);

    // Not a care leaver: a 23-year-old's Level 7 start is not funded.
    await plan.getByLabel("Care leaver or has an EHC plan").uncheck();
    await plan.getByLabel("Published off-the-job hours").fill("");
    await page.getByRole("button", { name: "Create plan" }).click();
    await textWhenMatching(page.locator("#status"), /Plan preview ready/);
    expect(await previewValue(page, "Employer cash cost")).toBe("£14,000.00");
    const without = (await plan.locator(".preview").textContent()) ?? "";
    expect(without).toContain("No figure: see the note");
    expect(without).toContain("enter the off-the-job hours published for the standard");
    expect(without).not.toContain("#N/A");

    // Weekly hours are needed for a start before 01/08/2025, and the form says so beside the field.
    await plan.getByLabel("Start date").fill("01/09/2020");
    await page.getByRole("button", { name: "Create plan" }).click();
    await textWhenMatching(
      page.locator("#status"),
      /One field needs attention: Weekly contracted hours is required for a start before 01\/08\/2025/,
    );
    expect(await plan.getByLabel("Weekly contracted hours").getAttribute("aria-invalid")).toBe("true");
  });

  test("a bad value is reported beside the field, on leaving it, with the functions' message", async () => {
    const page = await harness.newPage();
    const age = page.locator("#panel-plan").getByLabel("Age at start");
    await age.fill("15");
    await age.press("Tab");
    const describedBy = (await age.getAttribute("aria-describedby")) ?? "";
    const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"))!;
    await expect(page.locator(`#${errorId}`).textContent()).resolves.toBe(
      'Age at start must be a whole number from 16 to 99; it was the text "15".',
    );
    expect(await age.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(`#${errorId}`).getAttribute("aria-live")).toBe("polite");
    await age.fill("40");
    await age.press("Tab");
    await expect(page.locator(`#${errorId}`).textContent()).resolves.toBe("");

    // NASENCO route: the published fee is cleared, a price is required.
    await page.locator("#panel-plan").getByLabel("Already holds the NASENCO award").check();
    expect(await page.locator("#panel-plan").getByLabel("Agreed price").inputValue()).toBe("");
    await page.getByRole("button", { name: "Create plan" }).click();
    const price = page.locator("#panel-plan").getByLabel("Agreed price");
    expect(await price.getAttribute("aria-invalid")).toBe("true");
    expect(
      await page.locator("#panel-plan").getByText("price is required: enter an amount in pounds of 0 or more.").count(),
    ).toBe(1);
  });

  test("a value only the whole plan refuses is reported beside its field, never dropped", async () => {
    const page = await harness.newPage();
    await fillPlan(page);
    const plan = page.locator("#panel-plan");
    // The NASENCO box swaps the published fee out and back.
    await plan.getByLabel("Already holds the NASENCO award").check();
    expect(await plan.getByLabel("Agreed price").inputValue()).toBe("");
    await plan.getByLabel("Already holds the NASENCO award").uncheck();
    expect(await plan.getByLabel("Agreed price").inputValue()).toBe("£18,000");
    // A valid date, but the completion payment 27 months on would fall after 31/12/9999.
    const start = plan.getByLabel("Start date");
    await start.fill("31/12/9999");
    await page.getByRole("button", { name: "Create plan" }).click();
    await textWhenMatching(page.locator("#status"), /One field needs attention: Start date is too late/);
    expect(await start.getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("plan-startSerial");
    const errorId = ((await start.getAttribute("aria-describedby")) ?? "")
      .split(" ")
      .find((id) => id.endsWith("-error"))!;
    expect(await page.locator(`#${errorId}`).textContent()).toMatch(/^Start date is too late/);
    expect(await plan.locator(".preview").isHidden()).toBe(true);
    // An application date the bank holiday table does not cover: refused on leaving the field.
    await start.fill("01/09/2020");
    const application = plan.getByLabel("Application date");
    await application.fill("15/06/2017");
    await application.press("Tab");
    const appErrorId = ((await application.getAttribute("aria-describedby")) ?? "")
      .split(" ")
      .find((id) => id.endsWith("-error"))!;
    expect(await page.locator(`#${appErrorId}`).textContent()).toBe(
      "Application date must fall from 2018 to 2030: the bank holiday table covers only those years.",
    );
    expect(harness.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });

  test("keyboard only: tabs with arrow keys, the form with Tab, Space and Enter", async () => {
    const page = await harness.newPage();
    await page.locator("#tab-plan").focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-district");
    expect(await page.locator("#panel-district").isVisible()).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-plan");

    const typeInto = async (label: string, text: string) => {
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press("Tab");
        const focusedLabel = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el?.labels?.[0]?.firstChild?.textContent ?? el?.textContent ?? "";
        });
        if (focusedLabel === label) {
          if (text === "[x]") await page.keyboard.press("Space");
          else await page.keyboard.type(text);
          return;
        }
      }
      throw new Error(`could not reach ${label} with Tab`);
    };
    await typeInto("Apprentice name", "Sam Patel");
    await typeInto("School", "Oak Primary School");
    await typeInto("Line manager", "Jo Head");
    await typeInto("Start date", "01/09/2020");
    await typeInto("Age at start", "40");
    await typeInto("Weekly contracted hours", "32.5");
    await typeInto("Has Level 2 maths evidence", "[x]");
    await typeInto("Has Level 2 English evidence", "[x]");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    expect(await previewValue(page, "Employer cash cost")).toBe("£900.00");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("plan-preview-heading");
  });

  test("axe-core reports no violations, before and after creating a plan", async () => {
    const page = await harness.newPage();
    const before = await new AxeBuilder({ page }).analyze();
    expect(before.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await fillPlan(page);
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    const after = await new AxeBuilder({ page }).analyze();
    expect(after.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test("no request leaves 127.0.0.1; user text never becomes markup", async () => {
    const page = await harness.newPage();
    await fillPlan(page);
    await page
      .locator("#panel-plan")
      .getByLabel("Apprentice name")
      .fill('<img src="https://example.org/x.png" onerror="window.__pwned=1">');
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    expect(await page.locator("#panel-plan .preview img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("#panel-plan .preview h2, #panel-plan .preview h3").first().textContent()).toBeDefined();
    const fromAddin = harness.outside.filter((r) => r.origin === "addin");
    expect(fromAddin).toEqual([]);
    // Whatever office.js itself tried (its telemetry) was aborted too: nothing left the machine.
    for (const request of harness.outside) expect(request.origin).toBe("office");
  });
});
