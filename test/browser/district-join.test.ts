/**
 * Browser test of the District tab at 350 px (a narrow task pane) in preview mode with the three
 * tables an LA officer holds, as CSV files: the DfE's long-format SEN file for two LAs (URN 100000
 * written 1e+05), the LA's budget table keyed 201/3614 with a new free school the DfE file lacks,
 * and a SENCO survey keyed by URN. The keys shown and changeable, the LA preselected from the
 * budget table, what did not match listed, a budget column of counts held back until confirmed
 * or replaced, and the summary of the LA's four schools.
 */
import type { Locator, Page } from "playwright-core";
import {
  axeViolations,
  browserTestsUnavailable,
  districtTotal,
  harnessWithFolder,
  openDistrictTab,
  textWhenMatching,
} from "./harness";
import { writeLaFiles } from "./la-files";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) console.warn(`District join browser tests skipped: ${unavailable}`);

/** The group of one table read (a fieldset named by the table). */
function tableGroup(panel: Locator, label: string): Locator {
  return panel.getByRole("group", { name: label, exact: true });
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
}

describeBrowser("District tab: three CSV files joined for one LA, at 350 px", () => {
  const setup = harnessWithFolder("district-join-");

  test("keys, the LA, what did not match, a budget of counts held back, and the summary", async () => {
    const { harness, dir } = setup;
    const page = await openDistrictTab(harness);
    const panel = page.locator("#panel-district");
    await panel.getByLabel("CSV files of schools").setInputFiles(writeLaFiles(dir));
    // The status line names each file read.
    expect(await textWhenMatching(panel.locator("#district-source-status"), /Read 4 rows from SENCO survey\.csv/)).toBe(
      "Read 6 schools (pivoted from 30 rows of the DfE long format) from sen-school-level-2025.csv (UTF-8, comma-separated). Read 5 rows from Budget 2025-26.csv (UTF-8, comma-separated). Read 4 rows from SENCO survey.csv (UTF-8, comma-separated).",
    );

    // Each table with its keys, found by header and shown with what they hold.
    const dfe = tableGroup(panel, "DfE SEN by school");
    await expect(dfe.getByLabel("URN column").inputValue()).resolves.toBe("0");
    expect(await dfe.locator(".hint").allTextContents()).toContain('"URN" holds 6 keys.');
    const budget = tableGroup(panel, "Budget 2025-26");
    await expect(budget.getByLabel("URN column").inputValue()).resolves.toBe("none");
    await expect(budget.getByLabel("LAESTAB column").inputValue()).resolves.toBe("0");
    // Each table is matched by the key it shares with the DfE file; its schools' names are offered too.
    const matchBy = (group: Locator) => group.getByLabel("Match to DfE SEN by school by");
    await expect(matchBy(budget).inputValue()).resolves.toBe("laestab");
    expect(await matchBy(budget).locator("option").allTextContents()).toEqual([
      "LAESTAB",
      "School name (matches to accept)",
    ]);
    const survey = tableGroup(panel, "SENCO survey");
    await expect(matchBy(survey).inputValue()).resolves.toBe("urn");

    // The LA: offered from the data, preselected from the budget table, which names only one.
    const la = panel.getByLabel("The summary is for");
    expect(await la.locator("option:checked").textContent()).toBe(
      "Made-up Borough (201): 4 in DfE SEN by school, 5 in Budget 2025-26",
    );
    expect(await panel.locator("#district-la-reason").textContent()).toBe(
      "Budget 2025-26 names one LA only: Made-up Borough (201).",
    );

    // What did not match, by name and key, with the number.
    const lists = panel.getByRole("region", { name: "What did not match" });
    expect(await lists.locator("summary").allTextContents()).toEqual([
      "In Budget 2025-26, not in DfE SEN by school (by LAESTAB): 1 school, not in the summary",
      'In DfE SEN by school, not in SENCO survey (by URN): 1 school, in the summary without "Allocated SENCO hours"',
    ]);
    await lists.locator("summary").first().click();
    expect(await lists.locator("li").first().textContent()).toBe(
      "New Free School (made up), row 6, LAESTAB 2016905 written 201/6905",
    );
    await noSidewaysScroll(page);
    expect(await axeViolations(page, "#panel-district")).toEqual([]);

    // The DfE file's "Total pupils" chosen as the budget: a warning naming it; the summary waits.
    const build = panel.getByRole("button", { name: "Build summary" });
    expect(await build.isDisabled()).toBe(false);
    const budgetSelect = panel.getByLabel("Notional SEN budget", { exact: true });
    await budgetSelect.focus(); // as a keyboard user changing it would be
    await budgetSelect.selectOption({ label: "DfE SEN by school: Total pupils (column 5)" });
    const checks = panel.getByRole("region", { name: "Check these columns" });
    expect(await checks.textContent()).toContain(
      '"Total pupils" in DfE SEN by school, chosen as "Notional SEN budget", does not look like it: every value is a whole number below 3,000, as counts of pupils are',
    );
    expect(await build.isDisabled()).toBe(true);
    // The focus stays on the select the user changed.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("district-map-budget");
    await panel
      .getByLabel("Notional SEN budget", { exact: true })
      .selectOption({ label: "Budget 2025-26: Notional SEN Budget (column 3)" });
    expect(await checks.isHidden()).toBe(true);

    // Another LA: its schools have no budget row, so nothing can be summarised.
    await la.selectOption({ label: "Made-up Shire (380): 2 in DfE SEN by school" });
    expect(await build.isDisabled()).toBe(true);
    expect(
      await panel.getByRole("list", { name: "Notes on the columns" }).locator(".preview-warning").allTextContents(),
    ).toEqual(["No school is in every table the summary needs: see the lists of unmatched schools."]);
    await la.selectOption({ label: "Made-up Borough (201): 4 in DfE SEN by school, 5 in Budget 2025-26" });

    // A key column set to none: the survey shares no key with the DfE file until it is chosen again.
    await survey.getByLabel("URN column").selectOption("none");
    expect(await build.isDisabled()).toBe(true);
    await survey.getByLabel("URN column").selectOption({ label: "Column 1: URN" });

    await build.click();
    await page.waitForSelector("#panel-district .preview:not([hidden]) table");
    expect(await districtTotal(page, "Schools in the summary")).toBe("4");
    expect(await districtTotal(page, "Total allocated SENCO hours per week")).toBe("17.0");
    const preview = (await panel.locator(".preview").textContent()) ?? "";
    expect(preview).toContain("Aldgate Made-up School");
    expect(preview).toContain("Budget 2025-26 (Budget 2025-26!A1:C6), by LAESTAB: Notional SEN budget.");
    expect(preview).not.toContain("Moor Edge Primary (made up)");
    const headers = await panel.locator(".preview table[data-table] thead th").allTextContents();
    expect(headers.slice(-3)).toEqual([
      "Row in DfE SEN by school (URN)",
      "Row in Budget 2025-26 (LAESTAB)",
      "Row in SENCO survey (URN)",
    ]);
    await noSidewaysScroll(page);
    expect(await axeViolations(page, "#panel-district")).toEqual([]);

    // Removing a table goes back to what is left: two tables, still joined.
    await tableGroup(panel, "SENCO survey").getByRole("button", { name: "Remove SENCO survey" }).click();
    expect(await panel.locator(".tables-read fieldset").count()).toBe(2);
    expect(await build.isDisabled()).toBe(false);
    // Its Remove button went with it: the focus is on the line that says so, not on the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("district-source-status");
    expect(await panel.locator("#district-source-status").textContent()).toBe("Removed SENCO survey. 2 tables read.");
    expect(harness.outside.filter((r) => r.origin === "addin")).toEqual([]);
  });
});
