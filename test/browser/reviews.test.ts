/**
 * The Register tab's "Check reviews" in headless Debian chromium at 350 px (preview mode), on an
 * Arbor-style export (names as "Surname, Forename", "EHC Plan Date" and "Annual Review Date" as
 * "20 Nov 2025") and a SIMS-style one (title rows above the header, "EHCP Start Date" and "Date
 * of Last Annual Review" day first), with the page's clock fixed on 07/12/2026: the overdue,
 * due-soon and phase-transfer lists name the right pupils, dates, rules and sources.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  axeViolations,
  browserTestsUnavailable,
  ownPageErrors,
  sidewaysOverflow,
  startHarness,
  type Harness,
} from "./harness";

const FIXTURES = join(__dirname, "../register/fixtures");
const ARBOR = join(FIXTURES, "arbor-reviews-register.csv");
const SIMS = join(FIXTURES, "sims-reviews-register.csv");

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) console.warn(`Review browser tests skipped: ${unavailable}`);

/** The Register tab at 350 px on 07/12/2026, with `file` read. */
async function openWithFile(harness: Harness, file: string): Promise<Page> {
  const page = await harness.newPage();
  await page.clock.setFixedTime(new Date(2026, 11, 7, 10, 0));
  await page.setViewportSize({ width: 350, height: 900 });
  await page.getByRole("tab", { name: "Register" }).click();
  await page.locator("#panel-register").getByLabel("A CSV file holding the register").setInputFiles(file);
  await page
    .locator("#register-reviews-reads")
    .filter({ hasText: /^(Reads|No column|Choose)/ })
    .waitFor();
  return page;
}

function listed(page: Page, name: string): Promise<string[]> {
  return page.locator("#panel-register").getByRole("list", { name }).locator("li").allTextContents();
}

async function tick(page: Page, ...years: string[]): Promise<void> {
  const ticks = page.getByRole("group", {
    name: "Year groups that move to a new school at the end of this school year",
  });
  for (const year of years) await ticks.getByLabel(year, { exact: true }).check();
}

async function checkReviews(page: Page): Promise<void> {
  await page.locator("#panel-register").getByRole("button", { name: "Check reviews" }).click();
  await page
    .locator("#register-reviews-summary")
    .filter({ hasText: /with an EHC plan/ })
    .waitFor();
}

const ANNUAL_RULE =
  "Rule: review within 12 months of the date the plan was made, then of its last review (Children and Families Act 2014, section 44(1)).";
const TRANSFER_RULE =
  "Rule: a transfer between phases: review and amend the plan before 15 February of the transfer's calendar year (SEND Regulations 2014, regulation 18(1)(b)).";

describeBrowser("Check reviews (preview mode, 350 px, 07/12/2026)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("an Arbor-style export: the columns it reads, the year groups to tick, and the lists", async () => {
    const page = await openWithFile(harness, ARBOR);
    const panel = page.locator("#panel-register");
    await expect(panel.locator("#register-reviews-reads").textContent()).resolves.toBe(
      'Reads "SEN Status" for the SEN status, "EHC Plan Date" for the date the plan was made, "Annual Review Date" for the last annual review, "Year" for the year group and "Date of Birth" for the date of birth. A plan is counted from its last annual review when the register records one, else from the date it was made.',
    );
    const years = await panel.locator(".year-ticks label").allTextContents();
    expect(years).toEqual(["Nursery", "Reception", "Year 3", "Year 6", "Year 8", "Year 9", "Year 11"]);
    expect(await panel.locator(".year-ticks input:checked").count()).toBe(0);
    await tick(page, "Nursery", "Year 6", "Year 11");
    await checkReviews(page);

    await expect(panel.locator("#register-reviews-summary").textContent()).resolves.toBe(
      "5 pupils with an EHC plan: 1 annual review overdue; 2 annual reviews due within 6 weeks; 3 phase transfer reviews in the year groups ticked. 1 date to correct.",
    );
    expect(await listed(page, "Annual reviews overdue")).toEqual([
      `Ahmed, Aisha (Year 6): by 19/11/2026, 18 days overdue, from the last annual review on 20/11/2025 (H2). ${ANNUAL_RULE}`,
    ]);
    expect(await listed(page, "Annual reviews due soon")).toEqual([
      `Dunn, Dev (Nursery): by 21/12/2026, 14 days left, from the plan made on 22/12/2025 (G5). ${ANNUAL_RULE}`,
      `Ellis, Eve (Year 11): by 01/01/2027, 25 days left, from the last annual review on 02/01/2026 (H6). ${ANNUAL_RULE}`,
    ]);
    expect(await listed(page, "Phase transfer reviews")).toEqual([
      `Ahmed, Aisha (Year 6): before 15/02/2027, 69 days left, moving on at the end of this school year (Year 6 ticked). ${TRANSFER_RULE}`,
      `Dunn, Dev (Nursery): before 15/02/2027, 69 days left, moving on at the end of this school year (Nursery ticked). ${TRANSFER_RULE}`,
      "Ellis, Eve (Year 11): before 31/03/2027, 113 days left, moving on at the end of this school year (Year 11 ticked). Rule: a transfer from secondary school to a post-16 institution: review and amend the plan before 31 March of the transfer's calendar year (SEND Regulations 2014, regulation 18(1)(a)).",
    ]);
    expect(await listed(page, "Guides from the Code of Practice (not legal dates)")).toEqual([
      "Baker, Ben (Year 3): SEN support, last review recorded on 15/09/2026 (H3). Guide, not a legal date: a guide for SEN support: meet parents at least three times a year (SEND Code of Practice (2015), paragraph 6.65).",
      "Dunn, Dev (Nursery): under five (born 10/06/2022). Guide, not a legal date: a guide for a child under five: consider a review at least every three to six months, beside the annual review (SEND Code of Practice (2015), paragraph 9.178).",
    ]);
    expect(await listed(page, "Review dates to correct")).toEqual([
      "E8: an EHC plan with no date to count its reviews from.",
    ]);
    // Inserting formulas needs Excel: its buttons are not shown in preview.
    expect(await panel.getByRole("button", { name: "Insert review formulas" }).isVisible()).toBe(false);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page, "#panel-register")).toEqual([]);
    expect(ownPageErrors(harness)).toEqual([]);
  });

  test("a SIMS-style export under title rows: Year 6 ticked; the weeks field refuses 0 in words", async () => {
    const page = await openWithFile(harness, SIMS);
    const panel = page.locator("#panel-register");
    await tick(page, "Year 6");
    await panel.getByLabel("Reviews due within (weeks)").fill("0");
    await panel.getByRole("button", { name: "Check reviews" }).click();
    await expect(panel.locator("#register-review-weeks-error").textContent()).resolves.toBe(
      "Reviews due within (weeks) must be a whole number of weeks from 1 to 52; 0 is below 1.",
    );
    await panel.getByLabel("Reviews due within (weeks)").fill("6");
    await checkReviews(page);
    expect(await listed(page, "Annual reviews overdue")).toEqual([
      `Hall, Harry (Year 2): by 29/09/2026, 69 days overdue, from the last annual review on 30/09/2025 (H4). ${ANNUAL_RULE}`,
      `Khan, Kai (Year 6): by 02/11/2026, 35 days overdue, from the plan made on 03/11/2025 (G7). ${ANNUAL_RULE}`,
    ]);
    expect(await listed(page, "Annual reviews due soon")).toEqual([
      `James, Jay (Year 6): by 14/01/2027, 38 days left, from the last annual review on 15/01/2026 (H6). ${ANNUAL_RULE}`,
    ]);
    expect((await listed(page, "Phase transfer reviews")).map((t) => t.split(":")[0])).toEqual([
      "James, Jay (Year 6)",
      "Khan, Kai (Year 6)",
    ]);
    expect(
      (await listed(page, "Guides from the Code of Practice (not legal dates)")).map((t) => t.split(":")[0]),
    ).toEqual(["Irwin, Isla (Year 5)", "Lee, Lily (Reception)"]);
    expect(await listed(page, "Review dates to correct")).toEqual([
      'H9 must be a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026; it was the text "TBC".',
    ]);
    expect(ownPageErrors(harness)).toEqual([]);
  });

  test("two headers naming the plan's date equally well: a choice to make, then the check runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reviews-"));
    const file = join(dir, "tie.csv");
    const lines = ["Name,SEN Status,EHC Plan Date,EHCP Start Date", "Ann,E,01/01/2026,01/02/2026", "Ben,K,,"];
    writeFileSync(file, lines.join("\r\n"));
    const page = await openWithFile(harness, file);
    const panel = page.locator("#panel-register");
    await expect(panel.locator("#register-reviews-reads").textContent()).resolves.toBe(
      'Choose the column for "EHC plan date (when it was made)" under Register columns to check reviews.',
    );
    expect(await panel.getByRole("button", { name: "Check reviews" }).isVisible()).toBe(false);
    // The choice decides the date: 01/02/2026 is due by 31/01/2027, 55 days on; 01/01/2026 by 31/12/2026.
    await panel.locator("#register-col-planDate").selectOption({ label: "Column 4: EHCP Start Date" });
    await checkReviews(page);
    expect(await listed(page, "Annual reviews due soon")).toEqual(["None."]);
    await panel.locator("#register-col-planDate").selectOption({ label: "Column 3: EHC Plan Date" });
    await checkReviews(page);
    expect(await listed(page, "Annual reviews due soon")).toEqual([
      `Ann: by 31/12/2026, 24 days left, from the plan made on 01/01/2026 (C2). ${ANNUAL_RULE}`,
    ]);
    await expect(panel.locator("#register-reviews-summary").textContent()).resolves.toBe(
      "1 pupil with an EHC plan: 0 annual reviews overdue; 1 annual review due within 6 weeks; 0 phase transfer reviews in the year groups ticked.",
    );
    expect(ownPageErrors(harness)).toEqual([]);
  });
});
