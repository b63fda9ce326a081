/**
 * Browser tests of the District tab against dist/taskpane.html in headless Debian chromium
 * (preview mode: the made-up sample district and a CSV the user picks, rendered with the same
 * summary model the Excel writer writes).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  axeViolations,
  browserTestsUnavailable,
  districtTotal,
  startHarness,
  tabTo,
  type Harness,
  textWhenMatching,
} from "./harness";

/** Errors from the page's own code: office.js's CSP and telemetry complaints outside Office are Microsoft's, not ours. */
function ownErrors(harness: Harness): string[] {
  return harness.errors.filter((e) => !/appsforoffice\.microsoft\.com|oaspapps\.com/.test(e));
}

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`District browser tests skipped: ${unavailable}`);
}

async function openDistrict(harness: Harness): Promise<Page> {
  const page = await harness.newPage();
  await page.getByRole("tab", { name: "District" }).click();
  return page;
}

describeBrowser("District tab in a plain browser (preview mode)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("the made-up sample: columns recognised, summary built, bad rows listed, no axe violations", async () => {
    const page = await openDistrict(harness);
    const panel = page.locator("#panel-district");
    await panel.getByRole("button", { name: "Use the made-up sample district" }).click();
    await textWhenMatching(panel.locator("#district-source-status"), /Read 30 rows from Made-up sample district/);
    // The district's status line does not follow the user to another tab.
    await textWhenMatching(page.locator("#status"), /^Read 30 rows/);
    await page.getByRole("tab", { name: "Register" }).click();
    await page.waitForFunction(() => document.getElementById("status")?.textContent === "");
    await page.getByRole("tab", { name: "District" }).click();
    await expect(panel.getByLabel("Notional SEN budget").inputValue()).resolves.toBe("1");
    await expect(panel.getByLabel("School Action Plus (optional)").inputValue()).resolves.toBe("");
    await panel.getByRole("button", { name: "Build summary" }).click();
    await page.waitForSelector("#panel-district .preview:not([hidden]) table");
    expect(await districtTotal(page, "Schools in the summary")).toBe("28");
    expect(await districtTotal(page, "Rows with bad data")).toBe("2");
    expect(await districtTotal(page, "Share of those schools below the guide")).toBe("18.5%");
    // In a task-pane-wide window the wide schools table scrolls inside its own area, not the page.
    await page.setViewportSize({ width: 360, height: 800 });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
      tableOverflows: [...document.querySelectorAll("#panel-district .table-scroll")].some(
        (area) => area.scrollWidth > area.clientWidth,
      ),
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.tableOverflows).toBe(true);
    const text = (await panel.locator(".preview").textContent()) ?? "";
    expect(text).toContain("Juniper Way Primary (made up)");
    expect(text).toContain('"Notional SEN budget" must be an amount in pounds of 0 or more; it was the text "tbc".');
    expect(text).toContain("Below guide");
    expect(await axeViolations(page, "#panel-district")).toEqual([]);
    expect(harness.outside.filter((r) => r.origin === "addin")).toEqual([]);

    // The summary's sentence is said once, where the focus went: not again in the status line.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("district-result-text");
    expect(await panel.locator("#district-result-text").textContent()).toMatch(/^Summary of Made-up sample district/);
    await page.waitForFunction(() => document.getElementById("status")?.textContent === "");
  });

  test("a CSV the user picks, with quoted names holding commas and apostrophes, and a corrected mapping", async () => {
    const dir = mkdtempSync(join(tmpdir(), "district-"));
    try {
      const file = join(dir, "made-up-schools.csv");
      writeFileSync(
        file,
        [
          "School,Budget,SEN support,EHC plans,Hours now",
          '"St Mary\'s C of E Primary, Upper Town",67755,10,6,1',
          '"Oak ""New"" Academy",12000,4,0,3',
        ].join("\r\n"),
      );
      const page = await openDistrict(harness);
      const panel = page.locator("#panel-district");
      await panel.getByLabel("CSV files of schools").setInputFiles(file);
      await textWhenMatching(panel.locator("#district-source-status"), /Read 2 rows from made-up-schools.csv/);
      // "Hours now" only may hold the allocated hours: offered, never taken by itself; Build waits for the choice.
      await expect(panel.getByLabel("Allocated SENCO hours (optional)").inputValue()).resolves.toBe("?");
      expect(await panel.getByRole("list", { name: "Notes on the columns" }).locator("li").allTextContents()).toContain(
        '"Hours now" may hold the allocated SENCO hours (its numbers are all from 0 to 40): choose it for "Allocated SENCO hours", or "(no column)".',
      );
      expect(await panel.getByRole("button", { name: "Build summary" }).isDisabled()).toBe(true);
      await panel.getByLabel("Allocated SENCO hours (optional)").selectOption({ label: "Column 5: Hours now" });
      await panel.getByRole("button", { name: "Build summary" }).click();
      await page.waitForSelector("#panel-district .preview:not([hidden]) table");
      const text = (await panel.locator(".preview").textContent()) ?? "";
      expect(text).toContain("St Mary's C of E Primary, Upper Town");
      expect(text).toContain('Oak "New" Academy');
      expect(await districtTotal(page, "Schools below the guide")).toBe("1");
      expect(await axeViolations(page, "#panel-district")).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("at 350 px: a drawn chart, the schools below the guide, and the columns that matter first", async () => {
    const page = await openDistrict(harness);
    await page.setViewportSize({ width: 350, height: 800 });
    const panel = page.locator("#panel-district");
    await panel.getByRole("button", { name: "Use the made-up sample district" }).click();
    await panel.getByRole("button", { name: "Build summary" }).click();
    await page.waitForSelector("#panel-district .preview:not([hidden]) table");

    // The outcome has the focus, so the summary line is where the user is looking.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("district-result-text");

    // The chart: an image with a title and a description giving its numbers, no inline style.
    const chart = panel.getByRole("img", { name: /^Schools by SENCO hours a week: guide and allocated/ });
    expect(await chart.count()).toBe(1);
    expect(await chart.locator("title").textContent()).toBe("Schools by SENCO hours a week: guide and allocated");
    expect(await chart.locator("desc").textContent()).toMatch(
      / hours: \d+ schools? at the guide, \d+ schools? allocated/,
    );
    // One bar a bin of the chart data's table under it (its header row aside).
    const binRows = panel.locator(".preview table", { has: page.locator("th", { hasText: "Whole hours per week" }) });
    expect(await chart.locator("rect.glance-guide").count()).toBe(await binRows.locator("tbody tr").count());
    expect(await panel.locator(".glance [style]").count()).toBe(0);
    const chartBox = (await chart.boundingBox())!;
    expect(chartBox.x + chartBox.width).toBeLessThanOrEqual(350);

    // The schools below the guide, furthest first, as a list of their own.
    const below = panel.getByRole("list", { name: "Schools below the guide" }).locator("li");
    expect(await below.count()).toBe(5); // 18.5% of the 27 schools with allocated hours
    expect(await below.first().textContent()).toMatch(
      /^.+ \(made up\): [\d.]+ hours allocated against a guide of \d+ \([\d.]+ short\)$/,
    );

    // The schools table leads with the columns that matter, visible without scrolling sideways.
    const headers = await panel.locator(".preview table[data-table] thead th").allTextContents();
    expect(headers.slice(0, 5)).toEqual([
      "School",
      "Guide hours per week (SEND.SENCOHOURS)",
      "Allocated SENCO hours",
      "Difference (allocated minus guide)",
      "Below guide?",
    ]);
    const guideHeader = (await panel.locator(".preview table[data-table] thead th").nth(1).boundingBox())!;
    expect(guideHeader.x + guideHeader.width).toBeLessThanOrEqual(350);
    expect(await axeViolations(page, "#panel-district")).toEqual([]);
  });

  test("a Windows-1252 semicolon CSV: £ and ’ survive, units decide the columns, equal candidates wait for the user", async () => {
    const dir = mkdtempSync(join(tmpdir(), "district-"));
    const file = join(dir, "la-schools-1252.csv");
    const text = [
      "LAESTAB;URN;School name;SEN support funding (£);% SEN support;SEN support;EHC plan;EHC plans;Notional SEN budget;Mobility %",
      "3813614;100000;St Mary’s C of E Primary (made up);£12,000;12;30;4;4;£67,755;13",
      "3813615;100001;=1+1;£8,000;9;20;2;2;£40,000;34",
      "3813616;100002;<b>x</b>;£9,000;40;4500;1;1;£30,000;5",
    ].join("\r\n");
    writeFileSync(file, Buffer.from([...text].map((ch) => (ch === "£" ? 0xa3 : ch === "’" ? 0x92 : ch.charCodeAt(0)))));
    const page = await openDistrict(harness);
    const panel = page.locator("#panel-district");
    await panel.getByLabel("CSV files of schools").setInputFiles(file);
    await textWhenMatching(
      panel.locator("#district-source-status"),
      /^Read 3 rows from la-schools-1252.csv \(Windows-1252, semicolon-separated\)\.$/,
    );
    await expect(panel.getByLabel("URN (name or URN)").inputValue()).resolves.toBe("1");
    await expect(panel.getByLabel("School Action or SEN support (K)").inputValue()).resolves.toBe("5");
    await expect(panel.getByLabel("Pupil mobility (turnover) (optional)").inputValue()).resolves.toBe("9");
    // "EHC plan" and "EHC plans" are equally good: nothing is picked by position and Build waits.
    await expect(panel.getByLabel("Statements or EHC plans (E)").inputValue()).resolves.toBe("?");
    const notes = await panel.getByRole("list", { name: "Notes on the columns" }).locator("li").allTextContents();
    expect(notes).toContain(
      '"EHC plan" (column 7) and "EHC plans" (column 8) look equally like "Statements or EHC plans (E)": choose one below (Build summary waits for your choice).',
    );
    expect(notes).toContain(
      '"Mobility %" holds numbers above 1: its numbers are read as percentages for the whole column (13 means 13%).',
    );
    const build = panel.getByRole("button", { name: "Build summary" });
    expect(await build.isDisabled()).toBe(true);
    await panel.getByLabel("Statements or EHC plans (E)").selectOption({ label: "Column 7: EHC plan" });
    expect(await build.isDisabled()).toBe(false);
    await build.click();
    await page.waitForSelector("#panel-district .preview:not([hidden]) table");
    const preview = (await panel.locator(".preview").textContent()) ?? "";
    expect(preview).toContain("St Mary’s C of E Primary (made up)");
    expect(preview).toContain("=1+1");
    expect(preview).toContain(
      '"SEN support" is 4,500: more than 3,000 pupils at one SEN stage, which no school in England has.',
    );
    expect(await panel.locator(".preview b").count()).toBe(0);
    expect(await districtTotal(page, "Schools in the summary")).toBe("2");
    expect(await axeViolations(page, "#panel-district")).toEqual([]);
  });

  test("the DfE long format is pivoted to one row per school, with a progress bar for a long file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "district-"));
    const file = join(dir, "sen-school-level-long.csv");
    const header =
      "time_period,time_identifier,geographic_level,la_name,school_urn,school_name,school_laestab,specialist_provision_unit_type,sen_provision,sen_primary_need,pupil_count";
    const lines = [header];
    const schools = 3000;
    for (let i = 0; i < schools; i += 1) {
      const urn = String(100000 + i);
      const name = i === 0 ? '"Aldgate, Made-up School"' : `Made-up School ${i}`;
      const base = `202425,Academic year,School,Made-up Borough,${urn},${name},201${String(i).padStart(4, "0")},All pupils`;
      lines.push(`${base},All pupils,All pupils,200`);
      lines.push(`${base},SEN support,All pupils,${20 + (i % 7)}`);
      lines.push(`${base},SEN support,Autistic spectrum disorder,${10 + (i % 3)}`);
      lines.push(`${base},"Education, health and care plan",All pupils,${i % 5}`);
      lines.push(`${base},No SEN,All pupils,170`);
      for (let k = 0; k < 95; k += 1) lines.push(`${base},SEN support,Other need ${k},0`);
    }
    writeFileSync(file, lines.join("\n"));
    const page = await openDistrict(harness);
    const panel = page.locator("#panel-district");
    // The bar shows only after half a second (quick reads do not flash it): record its updates instead.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver((records) => {
        for (const r of records)
          if (r.target instanceof HTMLProgressElement && r.attributeName === "value")
            seen.push(`${r.target.value}/${r.target.max}`);
      }).observe(document.getElementById("panel-district")!, {
        subtree: true,
        attributes: true,
        attributeFilter: ["value"],
      });
    });
    await panel.getByLabel("CSV files of schools").setInputFiles(file);
    await textWhenMatching(
      panel.locator("#district-source-status"),
      /^Read 3,000 schools \(pivoted from 300,000 rows of the DfE long format\) from sen-school-level-long.csv \(UTF-8, comma-separated\)\.$/,
    );
    const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress[progress.length - 1]).toMatch(/^(\d+)\/\1$/);
    await expect(panel.getByLabel("URN (name or URN)").inputValue()).resolves.toBe("0");
    await expect(panel.getByLabel("School Action or SEN support (K)").inputValue()).resolves.toBe("5");
    await expect(panel.getByLabel("Statements or EHC plans (E)").inputValue()).resolves.toBe("6");
    await expect(panel.getByLabel("Total pupils (optional)").inputValue()).resolves.toBe("4");
    const notes = await panel.getByRole("list", { name: "Notes on the columns" }).locator("li").allTextContents();
    expect(notes[0]).toBe(
      "DfE long format: 300,000 rows pivoted to 3,000 schools (one row each: total pupils, SEN support, EHC plan). Only the rows totalling every need were read, so no pupil is counted twice.",
    );
    expect(await panel.getByRole("button", { name: "Build summary" }).isDisabled()).toBe(true);
    expect(ownErrors(harness)).toEqual([]);
  });

  test("keyboard only: reach the sample button and build the summary", async () => {
    const page = await harness.newPage();
    await tabTo(page.locator("#tab-plan"));
    await page.keyboard.press("ArrowRight");
    // The District tab's script loads when the tab is first opened: its panel is ready once mounted.
    await page.locator("#panel-district[data-ready='true']").waitFor();
    expect(await page.locator("#panel-district").isVisible()).toBe(true);
    await tabTo(page.locator("#panel-district").getByRole("button", { name: "Use the made-up sample district" }));
    await page.keyboard.press("Enter");
    await tabTo(page.locator("#panel-district").getByRole("button", { name: "Build summary" }));
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel-district .preview:not([hidden]) table");
    expect(ownErrors(harness)).toEqual([]);
  });
});
