/**
 * The Plan tab at 350 px (a narrow Excel task pane), as a new business manager meets it: a year
 * typed where a date belongs refused on that field, messages that speak of what was typed, the
 * reason for the employer's cost beside it, who pays the provider, a preview that says when the
 * form no longer matches it, the focus on the first field to fix, and checklists that nothing cuts.
 */
import type { Page } from "playwright-core";
import {
  axeViolations,
  browserTestsUnavailable,
  cutOffCells,
  errorOf,
  startHarness,
  textWhenMatching,
  type Harness,
} from "./harness";
import { fillUnfunded2026 } from "./plan-inputs";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Plan (350 px) browser tests skipped: ${unavailable}`);
}

async function createPlan(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Create plan" }).click();
  await textWhenMatching(page.locator("#status"), /Plan preview ready/);
}

/** The cells of the preview's row headed `label`: [figure, note]. */
async function previewRow(page: Page, label: string): Promise<string[]> {
  const row = page.locator("#panel-plan .preview tr", {
    has: page.locator('th[scope="row"]', { hasText: new RegExp(`^${label}$`) }),
  });
  return (await row.locator("td").allTextContents()).map((text) => text.trim());
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

describeBrowser("the Plan tab at 350 px", () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    page = await harness.newPage();
    await page.setViewportSize({ width: 350, height: 800 });
  });

  test("a year typed as the start date is refused on Start date, with the date to type, never on another field", async () => {
    const plan = page.locator("#panel-plan");
    await fillUnfunded2026(page);
    const start = plan.getByLabel("Start date");
    await start.fill("2026");
    await page.getByRole("button", { name: "Create plan" }).click();
    await textWhenMatching(
      page.locator("#status"),
      /^One field needs attention: Start date looks like a year \(2026\): type the whole date, such as 01\/09\/2026\.$/,
    );
    expect(await (await errorOf(start)).textContent()).toBe(
      "Start date looks like a year (2026): type the whole date, such as 01/09/2026.",
    );
    expect(await start.getAttribute("aria-invalid")).toBe("true");
    expect(await focusedId(page)).toBe("plan-startSerial");
    // Weekly hours are blank, which only a start before 01/08/2025 needs: no message there.
    const weekly = plan.getByLabel("Weekly contracted hours");
    expect(await (await errorOf(weekly)).textContent()).toBe("");
    expect(await weekly.getAttribute("aria-invalid")).toBeNull();
    expect(await plan.locator(".preview").isHidden()).toBe(true);
  });

  test("a year or a date typed as digits in Date appointed as SENCO is refused on that field as the user leaves it", async () => {
    const appointed = page.locator("#panel-plan").getByLabel("Date appointed as SENCO");
    for (const [typed, message] of [
      ["2023", "Date appointed as SENCO looks like a year (2023): type the whole date, such as 01/09/2023."],
      [
        "20230901",
        "Date appointed as SENCO looks like a date typed as digits (20230901): type the whole date, such as 01/09/2023.",
      ],
    ]) {
      await appointed.fill(typed!);
      await appointed.press("Tab");
      expect(await (await errorOf(appointed)).textContent()).toBe(message);
      expect(await appointed.getAttribute("aria-invalid")).toBe("true");
    }
  });

  test("messages speak of the number typed, and say what date to type", async () => {
    const plan = page.locator("#panel-plan");
    const age = plan.getByLabel("Age at start");
    await age.fill("15");
    await age.press("Tab");
    expect(await (await errorOf(age)).textContent()).toBe(
      "Age at start must be a whole number from 16 to 99; 15 is below 16.",
    );
    const start = plan.getByLabel("Start date");
    await start.fill("next September");
    await start.press("Tab");
    const message = (await (await errorOf(start)).textContent()) ?? "";
    expect(message).toMatch(/^Start date must be a date typed day first, such as 01\/09\/2026/);
    expect(message).not.toMatch(/serial|1900|stores/);
  });

  test("an unfunded start: the reason is in the Summary's row, beside the employer's cash cost", async () => {
    await fillUnfunded2026(page);
    await createPlan(page);
    const [cost, note] = await previewRow(page, "Employer cash cost");
    expect(cost).toBe("£14,000.00");
    expect(note).toBe(
      "Not funded: Level 7 starts from 01/01/2026 are funded only up to age 21 (24 for a care leaver or someone with an EHC plan). At 23 the school pays the provider the whole price.",
    );
  });

  test("a part-funded start: levy funds short and a price above the band, in the row", async () => {
    const plan = page.locator("#panel-plan");
    await fillUnfunded2026(page);
    await plan.getByLabel("Age at start").fill("21");
    await plan.getByLabel("Agreed price").fill("£18,000");
    await plan.getByLabel("Employer pays the apprenticeship levy").check();
    await plan.getByLabel("Levy funds available").fill("£5,000");
    await createPlan(page);
    const [cost, note] = await previewRow(page, "Employer cash cost");
    expect(cost).toBe("£6,250.00"); // £4,000 above the band + 25% of the £9,000 the levy funds do not cover
    expect(note).toBe(
      "Part-funded: the price is £4,000.00 above the funding band maximum for this start (£14,000.00), which the school pays in full; the levy funds (£5,000.00) are £9,000.00 short of the £14,000.00 the band funds: the school pays 25% of £9,000.00 (co-investment) and the government the rest.",
    );
  });

  test("who pays the provider: the school, on the provider's dates, when it pays the whole price; the funded words otherwise", async () => {
    await fillUnfunded2026(page);
    await createPlan(page);
    const payments = page.getByRole("heading", { name: /^What the training provider is paid/ });
    const note = payments.locator("xpath=following-sibling::p[1]");
    expect(await note.textContent()).toBe(
      "Who pays whom: no levy or government funding pays for this start, so the school pays the provider the whole price itself, each payment below in the month after its date (as the levy forecast shows it, outside the levy).",
    );
    const text = (await page.locator("#panel-plan .preview").textContent()) ?? "";
    expect(text).not.toContain("not the school's cash flow");

    await page.locator("#panel-plan").getByLabel("Care leaver or has an EHC plan").check();
    await createPlan(page);
    expect(await note.textContent()).toMatch(/^Who pays whom: these instalments are the provider's income, paid from/);
    expect(await previewRow(page, "Employer cash cost")).toEqual([
      "£0.00",
      "Fully funded: from 01/08/2026 an employer that pays no levy pays no co-investment for an apprentice up to age 24 at the start, so the government pays.",
    ]);
  });

  test("a preview the form no longer matches says so in words, in view, until Create plan is pressed again", async () => {
    const plan = page.locator("#panel-plan");
    await fillUnfunded2026(page);
    await createPlan(page);
    const marker = page.locator("#plan-preview-out-of-date");
    expect(await marker.getAttribute("role")).toBe("status");
    expect(await marker.textContent()).toBe("");

    await plan.getByLabel("Age at start").fill("21");
    const words =
      "Out of date: the form has changed since this preview was made. Choose Create plan to see it for the form as it is now.";
    expect(await marker.textContent()).toBe(words);
    // The old plan is still on show, under the marker.
    expect((await previewRow(page, "Employer cash cost"))[0]).toBe("£14,000.00");
    // It stays in view while the user scrolls the old preview (down to the checks).
    await page.getByRole("region", { name: "Checks" }).scrollIntoViewIfNeeded();
    const box = (await marker.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    // A failed Create leaves the marker up.
    await plan.getByLabel("Age at start").fill("");
    await page.getByRole("button", { name: "Create plan" }).click();
    expect(await marker.textContent()).toBe(words);

    await plan.getByLabel("Age at start").fill("21");
    await createPlan(page);
    expect(await marker.textContent()).toBe("");
    expect((await previewRow(page, "Employer cash cost"))[0]).toBe("£0.00");
    // A ticked box is a change too.
    await plan.getByLabel("Has Level 2 maths evidence").check();
    expect(await marker.textContent()).toBe(words);
  });

  test("after a failed Create, the focus is on the first invalid field in the form's order", async () => {
    const plan = page.locator("#panel-plan");
    await fillUnfunded2026(page);
    // Two problems: Date appointed as SENCO (in the Apprentice group) comes before Agreed price (Funding).
    await plan.getByLabel("Agreed price").fill("£0");
    await plan.getByLabel("Date appointed as SENCO").fill("2023");
    await page.getByRole("button", { name: "Create plan" }).click();
    await textWhenMatching(
      page.locator("#status"),
      /^2 fields need attention: Date appointed as SENCO looks like a year \(2023\)/,
    );
    expect(await focusedId(page)).toBe("plan-sencoAppointmentSerial");
    expect(await plan.getByLabel("Agreed price").getAttribute("aria-invalid")).toBe("true");
    // Fixed, the next one in the form's order gets the focus.
    await plan.getByLabel("Date appointed as SENCO").fill("01/09/2025");
    await page.getByRole("button", { name: "Create plan" }).click();
    await textWhenMatching(page.locator("#status"), /^One field needs attention: Agreed price must be more than £0/);
    expect(await focusedId(page)).toBe("plan-price");
  });

  test("the Checks and Documents checklist tables stack: no cell's content is cut off, nothing scrolls sideways", async () => {
    await fillUnfunded2026(page);
    await page.locator("#panel-plan").getByLabel("Application date").fill("01/06/2026");
    await createPlan(page);
    const preview = page.locator("#panel-plan .preview");
    expect(await cutOffCells(preview)).toEqual([]);
    // Each cell carries its column's header, so a stacked row still reads "Due 01/09/2026".
    const documents = preview.locator("table[data-table^='SLMDA_Documents']");
    const due = documents.locator("tbody td[data-label='Due']").first();
    expect(await due.textContent()).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    const dueBox = (await due.boundingBox())!;
    expect(dueBox.x + dueBox.width).toBeLessThanOrEqual(350);
    const rule = preview.getByRole("region", { name: "Checks" }).locator("td[data-label='Rule']").first();
    const ruleBox = (await rule.boundingBox())!;
    expect(ruleBox.x + ruleBox.width).toBeLessThanOrEqual(350);
    // Still tables to a screen reader: column headers and cells.
    expect(await documents.getByRole("columnheader", { name: "Done" }).count()).toBe(1);
    expect(await axeViolations(page, "#panel-plan")).toEqual([]);
  });
});
