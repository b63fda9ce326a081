/**
 * Browser test of the District tab at 350 px (a narrow task pane) in preview mode with ONE CSV
 * file covering two LAs (the DfE school-level file's wide spelling, `la_name` and `old_la_code`,
 * with a made-up budget column): the LA choice offered with each LA's schools, nothing built until
 * one is chosen, the summary of that LA's schools only naming it, "All local authorities" giving
 * every school; and a CSV naming one LA, summarised for it with no choice shown.
 */
import {
  axeViolations,
  browserTestsUnavailable,
  ownPageErrors,
  sidewaysOverflow,
  districtTotal,
  openDistrictTab,
  harnessWithFolder,
  textWhenMatching,
} from "./harness";
import { ONE_LA_SCHOOLS, TWO_LA_SCHOOLS, writeCsv } from "./la-files";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) console.warn(`District one-table LA browser tests skipped: ${unavailable}`);

describeBrowser("District tab: one CSV file covering several LAs, at 350 px", () => {
  const setup = harnessWithFolder("district-one-la-");

  test("the LA offered with its schools; one LA's summary names it; All local authorities gives every school", async () => {
    const { harness, dir } = setup;
    const file = writeCsv(dir, "sen-school-level.csv", TWO_LA_SCHOOLS);
    const page = await openDistrictTab(harness);
    const panel = page.locator("#panel-district");
    await panel.getByLabel("CSV files of schools").setInputFiles(file);
    await textWhenMatching(panel.locator("#district-source-status"), /^Read 5 rows from sen-school-level\.csv/);

    // The choice, offered from the data with each LA's schools; nothing chosen, nothing built.
    const la = panel.getByLabel("The summary is for");
    expect(await la.isVisible()).toBe(true);
    expect(await la.locator("option").allTextContents()).toEqual([
      "(choose the LA)",
      "Made-up Borough (201): 3 schools",
      "Made-up Shire (380): 2 schools",
      "All local authorities: 5 schools in 2 LAs",
    ]);
    expect(await panel.locator("#district-la-reason").textContent()).toBe(
      'sen-school-level covers 2 LAs, read from "old_la_code" and "la_name".',
    );
    const build = panel.getByRole("button", { name: "Build summary" });
    expect(await build.isDisabled()).toBe(true);
    const notes = panel.getByRole("list", { name: "Notes on the columns" });
    expect(await notes.locator(".preview-warning").allTextContents()).toEqual([
      "sen-school-level covers 2 LAs: choose the LA the summary is for (or All local authorities).",
    ]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page, "#panel-district")).toEqual([]);

    // One LA: its three schools only, named on the summary and in the outcome line.
    await la.focus(); // as a keyboard user changing it would be
    await la.selectOption({ label: "Made-up Borough (201): 3 schools" });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("district-la");
    expect(await notes.locator("li").allTextContents()).toContain(
      "2 rows of sen-school-level are schools of other LAs: left out.",
    );
    expect(await build.isDisabled()).toBe(false);
    await build.click();
    await page.waitForSelector("#panel-district .preview:not([hidden]) table");
    expect(await panel.locator("#district-result-text").textContent()).toMatch(
      /^Summary of sen-school-level\.csv, for Made-up Borough \(201\): 3 schools, /,
    );
    expect(await districtTotal(page, "Schools in the summary")).toBe("3");
    const preview = (await panel.locator(".preview").textContent()) ?? "";
    expect(preview).toContain(
      "Source: sen-school-level.csv, for Made-up Borough (201) (2 rows of other LAs left out).",
    );
    expect(preview).toContain("Church Lane Primary (made up)");
    expect(preview).not.toContain("Moor Edge Primary (made up)");
    expect(preview).not.toContain("Valley Road School (made up)");
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page, "#panel-district")).toEqual([]);

    // All local authorities: every school of the file, as the whole file was summarised before.
    await la.selectOption({ label: "All local authorities: 5 schools in 2 LAs" });
    expect(await panel.locator(".preview").isHidden()).toBe(true);
    await build.click();
    await page.waitForSelector("#panel-district .preview:not([hidden]) table");
    expect(await districtTotal(page, "Schools in the summary")).toBe("5");
    expect(await panel.locator("#district-result-text").textContent()).toMatch(
      /^Summary of sen-school-level\.csv, for all 2 LAs in it: 5 schools, /,
    );
    expect(await panel.locator(".preview").textContent()).toContain("Valley Road School (made up)");
    expect(ownPageErrors(harness)).toEqual([]);
  });

  test("a CSV naming one LA: no choice shown, the summary is for that LA", async () => {
    const { harness, dir } = setup;
    const file = writeCsv(dir, "borough-schools.csv", ONE_LA_SCHOOLS);
    const page = await openDistrictTab(harness);
    const panel = page.locator("#panel-district");
    await panel.getByLabel("CSV files of schools").setInputFiles(file);
    await textWhenMatching(panel.locator("#district-source-status"), /^Read 3 rows from borough-schools\.csv/);
    const la = panel.locator("#district-la");
    expect(await la.count()).toBe(1);
    expect(await la.isVisible()).toBe(false);
    const build = panel.getByRole("button", { name: "Build summary" });
    expect(await build.isDisabled()).toBe(false);
    await build.click();
    await page.waitForSelector("#panel-district .preview:not([hidden]) table");
    expect(await districtTotal(page, "Schools in the summary")).toBe("3");
    expect(await panel.locator("#district-result-text").textContent()).toMatch(
      /^Summary of borough-schools\.csv, for Made-up Borough \(201\): 3 schools, /,
    );
    expect(await panel.locator(".preview").textContent()).toContain(
      "Source: borough-schools.csv, for Made-up Borough (201).",
    );
    expect(ownPageErrors(harness)).toEqual([]);
  });
});
