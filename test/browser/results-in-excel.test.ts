/**
 * After Create in Excel the focus goes to the result, which says what was done once (the status
 * line is not given the same sentence again), at 350 px; Remove is the District tab's test
 * (district-join.test.ts). The buttons are
 * disabled while a sheet is written, which would otherwise leave the focus on the page itself.
 * office.js is stood in for (test/browser/excel-stub.ts): the sheets the pane adds are listed,
 * their cells accepted and dropped.
 */
import type { Page } from "playwright-core";
import { openPaneInExcel, type StubWorkbook } from "./excel-stub";
import { browserTestsUnavailable, startHarness, textWhenMatching, type Harness } from "./harness";
import { fillUnfunded2026 } from "./plan-inputs";
import { fillSchoolXFigures } from "./statement-inputs";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Results in Excel browser tests skipped: ${unavailable}`);
}

const WORKBOOK: StubWorkbook = { active: "Budget", sheets: [{ name: "Budget", cells: { "0,0": "Budget 2026-27" } }] };

/** The id of the element holding the focus, and what the status line says. */
function focusAndStatus(page: Page): Promise<{ focused: string | undefined; status: string | null }> {
  return page.evaluate(() => ({
    focused: document.activeElement?.id,
    status: document.getElementById("status")!.textContent,
  }));
}

/** The sheets the pane added to the stand-in workbook. */
function written(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __written: string[] }).__written);
}

describeBrowser("the result after Create in Excel (office.js stood in for)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("Create statement: the sentence on its line, focused, said once", async () => {
    const page = await openPaneInExcel(harness, WORKBOOK);
    await page.getByRole("tab", { name: "SENCO time" }).click();
    await page.waitForSelector("#panel-statement[data-ready='true']");
    const panel = page.locator("#panel-statement");
    await fillSchoolXFigures(page);
    await panel.getByRole("button", { name: "Create statement" }).click();
    const outcome = panel.locator("#statement-outcome");
    await textWhenMatching(outcome, /^Statement written/);
    expect(await outcome.textContent()).toBe(
      'Statement written on the sheet "SENCO time statement". It prints on A4 portrait, one page wide.',
    );
    await page.waitForFunction(() => document.activeElement?.id === "statement-outcome");
    expect(await focusAndStatus(page)).toEqual({ focused: "statement-outcome", status: "" });
    expect(await written(page)).toEqual(["SENCO time statement"]);
    expect(await page.locator("#alert").isHidden()).toBe(true);
  });

  test("Create plan: the sentence on its line, focused, said once", async () => {
    const page = await openPaneInExcel(harness, WORKBOOK);
    const panel = page.locator("#panel-plan");
    await fillUnfunded2026(page);
    await panel.getByRole("button", { name: "Create plan" }).click();
    const outcome = panel.locator("#plan-outcome");
    await textWhenMatching(outcome, /^Plan written/);
    expect(await outcome.textContent()).toBe('Plan written to the sheet "Sam Patel".');
    await page.waitForFunction(() => document.activeElement?.id === "plan-outcome");
    expect(await focusAndStatus(page)).toEqual({ focused: "plan-outcome", status: "" });
    expect(await written(page)).toEqual(["Sam Patel"]);
    // Update plan says what it did the same way (plan-actions.ts writeToExcel): updating in place
    // reads the sheet's cells back, which this stand-in does not keep.
    expect(await panel.getByRole("button", { name: "Update plan" }).isVisible()).toBe(true);
    expect(await page.locator("#alert").isHidden()).toBe(true);
  });
});
