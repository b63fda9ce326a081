/**
 * Browser tests of the Register tab against dist/taskpane.html in headless Debian chromium
 * (preview mode: pasted codes, the made-up sample register, CSV exports), and the SIMS-like census
 * export (test/register/fixtures/sims-census-register.csv, one pupil for each census rule) at
 * 350 px: the columns found, the problems, the counts by need, the blanks, and the register handed
 * to the SENCO time tab.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { axeViolations, browserTestsUnavailable, startHarness, type Harness, textWhenMatching } from "./harness";

const SIMS_CENSUS = join(__dirname, "../register/fixtures/sims-census-register.csv");

/** Errors from the page's own code: office.js's CSP and telemetry complaints outside Office are Microsoft's, not ours. */
function ownErrors(harness: Harness): string[] {
  return harness.errors.filter((e) => !/appsforoffice\.microsoft\.com|oaspapps\.com/.test(e));
}

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Register browser tests skipped: ${unavailable}`);
}

async function openRegister(harness: Harness): Promise<Page> {
  const page = await harness.newPage();
  await page.getByRole("tab", { name: "Register" }).click();
  return page;
}

async function count(page: Page, label: string): Promise<string> {
  const row = page.locator("#panel-register table tr", { has: page.locator("th", { hasText: label }) });
  return ((await row.locator("td").textContent()) ?? "").trim();
}

/** The items of the Register tab's list named `name`. */
function listed(page: Page, name: string): Promise<string[]> {
  return page.locator("#panel-register").getByRole("list", { name }).locator("li").allTextContents();
}

/** The cells of a row of the counts by primary need, by its label. */
async function needRow(page: Page, label: string): Promise<string[]> {
  const row = page.locator("#panel-register table.need-table tr", { has: page.locator("th", { hasText: label }) });
  return (await row.locator("td").allTextContents()).map((t) => t.trim());
}

/** A small register pasted and checked (2 K, 1 P, 3 E: 22 points), with the school's £67,755 budget typed. */
async function checkSmallRegister(page: Page): Promise<void> {
  const panel = page.locator("#panel-register");
  await panel.getByLabel("SEN codes, one pupil a line").fill(["K", "K", "P", "E", "E", "E"].join("\n"));
  await panel.getByRole("button", { name: "Check pasted codes" }).click();
  await page.waitForSelector("#panel-register section:not([hidden]) table");
  await panel.getByLabel("Notional SEN budget").fill("£67,755");
}

async function openCensus(harness: Harness, file: string): Promise<Page> {
  const page = await openRegister(harness);
  await page.setViewportSize({ width: 350, height: 900 });
  await page.locator("#panel-register").getByLabel("A CSV file holding the register").setInputFiles(file);
  await page
    .locator("#register-table-status")
    .filter({ hasText: /^Read / })
    .waitFor();
  return page;
}

describeBrowser("Register tab in a plain browser (preview mode)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("pasted codes: counts, invalid cells with addresses, guide hours; no axe violations", async () => {
    const page = await openRegister(harness);
    const panel = page.locator("#panel-register");
    const codes = ["K", "K", "sen support", "E", "E", "SEN", "N", "", "P", "P", "?", "E", "E", "E", "E", "A"];
    await panel.getByLabel("SEN codes, one pupil a line").fill(codes.join("\n"));
    await panel.getByRole("button", { name: "Check pasted codes" }).click();
    await page.waitForSelector("#panel-register section:not([hidden]) table");
    expect(await count(page, "SEN support (K)")).toBe("3");
    expect(await count(page, "EHC plan (E)")).toBe("6");
    expect(await count(page, "On the SEN register")).toBe("12");
    const items = await listed(page, "Cells that are not accepted codes");
    expect(items).toEqual([
      'A6 holds the text "SEN": not an accepted code.',
      'A11 holds the text "?": not an accepted code.',
    ]);
    await panel.getByLabel("Notional SEN budget").fill("£67,755");
    await panel.getByLabel("Pupil mobility").fill("34%");
    await panel.getByRole("button", { name: "Work out guide hours" }).click();
    // 68 budget points + 3 K + 10 P + 30 E + 1 A points = 112 -> 2 hours; 34% -> 2 hours
    await textWhenMatching(
      panel.locator("#register-hours"),
      /^Guide minimum: 4 hours a week \(112 points, 2 hours for mobility/,
    );
    expect(await axeViolations(page, "#panel-register")).toEqual([]);
  });

  test("one invalid cell reads as 1 cell, not 1 cells (350 px wide)", async () => {
    const page = await openRegister(harness);
    await page.setViewportSize({ width: 350, height: 800 });
    const panel = page.locator("#panel-register");
    await panel.getByLabel("SEN codes, one pupil a line").fill(["K", "X", "E"].join("\n"));
    await panel.getByRole("button", { name: "Check pasted codes" }).click();
    await page.waitForSelector("#panel-register section:not([hidden]) table");
    expect(await panel.locator(".preview-warning").first().textContent()).toMatch(/^1 cell is not an accepted code\./);
    expect(await panel.locator("#register-checked").textContent()).toMatch(/^Checked 3 cells with values/);
    // Inserting a formula needs Excel: neither its button nor its cell field shows in preview.
    expect(await panel.getByRole("button", { name: "Insert guide-hours formula" }).isVisible()).toBe(false);
    expect(await panel.getByLabel("Cell for the guide-hours formula").isVisible()).toBe(false);
  });

  test("a wrong entry is shown beside its field in the functions' words", async () => {
    const page = await openRegister(harness);
    const panel = page.locator("#panel-register");
    await panel.getByRole("button", { name: "Use the made-up sample register" }).click();
    await page.waitForSelector("#panel-register section:not([hidden]) table");
    expect(await panel.getByRole("list", { name: "Cells that are not accepted codes" }).locator("li").count()).toBe(3);
    // Highlighting needs Excel: outside it the buttons are not shown (the hidden attribute beats the CSS).
    expect(await panel.getByRole("button", { name: "Highlight these cells" }).isVisible()).toBe(false);
    await panel.getByLabel("Notional SEN budget").fill("40000");
    await panel.getByLabel("Pupil mobility").fill("34");
    await panel.getByRole("button", { name: "Work out guide hours" }).click();
    await expect(panel.locator("#register-mobility-error").textContent()).resolves.toBe(
      "Pupil mobility must be a percentage from 0% to 100%: for 34% type 34% or 0.34, not 34.",
    );
    await expect(panel.getByLabel("Pupil mobility").getAttribute("aria-invalid")).resolves.toBe("true");
    expect(harness.outside.filter((r) => r.origin === "addin")).toEqual([]);
    expect(ownErrors(harness)).toEqual([]);
  });

  test('pupil mobility 1 asks "Use 1%?"; above 80% asks before the hours are worked out (350 px)', async () => {
    const page = await openRegister(harness);
    await page.setViewportSize({ width: 350, height: 900 });
    const panel = page.locator("#panel-register");
    await checkSmallRegister(page);
    const mobility = panel.getByLabel("Pupil mobility");
    const hours = panel.locator("#register-hours");
    await mobility.fill("1");
    await panel.getByRole("button", { name: "Work out guide hours" }).click();
    const one = page.getByRole("dialog", { name: "Use 1%?" });
    await one.waitFor();
    expect(await one.textContent()).toContain(
      "Pupil mobility was 1, which is 100%, and must be below 100%: if you meant 1%, type 1% (or 0.01).",
    );
    await one.getByRole("button", { name: "Use 1%" }).click();
    expect(await mobility.inputValue()).toBe("1%");
    // 68 budget points + 2 K + 5 P + 15 E = 90 -> 2 hours; 1% adds none (100% would add 3).
    await textWhenMatching(hours, /^Guide minimum: 2 hours a week \(90 points, 0 hours for mobility/);

    await mobility.fill("90%");
    await mobility.press("Tab");
    // Left without asking: no hours yet, and the question beside the field.
    await textWhenMatching(panel.locator("#register-mobility-error"), /^Pupil mobility 90% is above 80%/);
    expect(await hours.textContent()).toBe("");
    await panel.getByRole("button", { name: "Work out guide hours" }).click();
    const high = page.getByRole("dialog", { name: "Use 90%?" });
    await high.waitFor();
    expect(await high.textContent()).toContain(
      "Pupil mobility 90% is above 80%, the highest annual pupil turnover in the published figures (Ofsted, Managing pupil mobility (2002): some primary schools with a turnover of 80%). If it is right, the formulas count it as 80%: the guide adds the same 3 hours for any turnover over 40%.",
    );
    expect(await axeViolations(page, "dialog")).toEqual([]);
    await high.getByRole("button", { name: "Use 90%" }).click();
    await textWhenMatching(hours, /^Guide minimum: 5 hours a week \(90 points, 3 hours for mobility/);
    expect(ownErrors(harness)).toEqual([]);
  });

  test("a SIMS export saved by Windows Excel (Windows-1252, semicolons): the SEN Status column, not FSM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "register-"));
    const file = join(dir, "sims-export.csv");
    const text = [
      "UPN;Surname;Forename;FSM;SEN Status",
      "A123;O’Neil;Sam;N;K - SEN Support",
      "A124;Lee;Ann;Y;N - No Special Educational Need",
      "A125;Ray;Jo;N;E - Education, Health and Care Plan",
      "A126;Dúnlaith;Ní;N;K - Education, Health and Care Plan",
      "A127;Shah;Ali;N;Monitoring",
    ].join("\r\n");
    writeFileSync(file, Buffer.from([...text].map((ch) => (ch === "’" ? 0x92 : ch.charCodeAt(0)))));
    const page = await openRegister(harness);
    const panel = page.locator("#panel-register");
    await panel.getByLabel("A CSV file holding the register").setInputFiles(file);
    await page.waitForSelector("#panel-register section:not([hidden]) table");
    await textWhenMatching(
      panel.locator("#register-checked"),
      /^Checked 5 cells with values in sims-export.csv \(Windows-1252, semicolon-separated\), column "SEN Status" \(found by its header\)\.$/,
    );
    expect(await count(page, "SEN support (K)")).toBe("1");
    expect(await count(page, "EHC plan (E)")).toBe("1");
    expect(await count(page, "No SEN (N)")).toBe("2");
    const items = await listed(page, "Cells that are not accepted codes");
    expect(items).toEqual([
      'E5 holds the text "K - Education, Health and Care Plan": its code K means SEN support but its description means EHC plan (E); correct the code or the description.',
    ]);
    expect(ownErrors(harness)).toEqual([]);
  });

  test("pasted codes that start with the column's header: the header is shown, never listed as invalid", async () => {
    const page = await openRegister(harness);
    const panel = page.locator("#panel-register");
    await panel.getByLabel("SEN codes, one pupil a line").fill(["SEN Status", "K", "E", "N"].join("\n"));
    await panel.getByRole("button", { name: "Check pasted codes" }).click();
    await page.waitForSelector("#panel-register section:not([hidden]) table");
    await textWhenMatching(
      panel.locator("#register-checked"),
      /The first cell, A1 "SEN Status", was read as the column's header\.$/,
    );
    expect(await panel.getByRole("list", { name: "Cells that are not accepted codes" }).locator("li").count()).toBe(0);
  });

  test("a SIMS export: columns by header, each problem with the pupil, rule and cell; counts by need; blanks", async () => {
    const page = await openCensus(harness, SIMS_CENSUS);
    const panel = page.locator("#panel-register");
    await expect(panel.locator("#register-table-status").textContent()).resolves.toBe(
      "Read 17 rows under the header row from sims-census-register.csv (UTF-8, comma-separated).",
    );
    const chosen = async (field: string) =>
      panel.locator(`#register-col-${field}`).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.text);
    expect(await chosen("provision")).toBe("Column 4: SEN Status");
    expect(await chosen("primaryNeed")).toBe("Column 5: Primary Need");
    expect(await chosen("secondaryNeed")).toBe("Column 6: Secondary Need");
    expect(await chosen("surname")).toBe("Column 1: Surname");
    expect(await chosen("name")).toBe("(no column)");

    await expect(panel.locator("#register-census-summary").textContent()).resolves.toBe(
      "11 problems; 17 pupils checked. 2 pupils have no SEN status: counted as no SEN.",
    );
    const problems = await listed(page, "Problems the census would refuse");
    expect(problems).toEqual([
      'Davies, Dan (Year 6), D5: SEN provision the text "Q" is not K, E or N (census rule 2120).',
      "Evans, Ella (Year 4), D6: A (School Action) is no longer used: review and record K or N (census rule 2120).",
      "Fisher, Finn (Year 7), D7: S (statement) is no longer used: recode as E and review (census rule 2115).",
      "Green, Grace (Year 1), E8: SEN support (K) needs a primary need (census rule 2170).",
      "Hughes, Harry (Year 3), E9: N (no SEN) with a need: remove the need, or record K or E (census rule 2125).",
      "Iqbal, Isla (Year 5), D10: A need without SEN provision: record K or E, or remove the need (census rule 2125).",
      "Jones, Jack (Year 4), F11: Secondary need without a primary need: make it the primary need (census rule 2160).",
      "King, Kate (Year 6), F12: Secondary need repeats the primary need (PD).",
      "Lewis, Leo (Year 2), E13: NSA is only for SEN support (K): a pupil with an EHC plan has been assessed, so record the type of need the plan names (SEMH, ASD, ...) (census rule 2175).",
      'Morgan, Mia (Year 3), E14: Primary need the text "ASC" is not a census need code: record ASD (SEND Code of Practice (2015), 6.29: ASD includes Asperger\'s Syndrome and Autism) (census rule 2170).',
      'Nash, Noah (Year 5), F15: Secondary need the text "Dyslexia" is not a census need code: record SPLD (SEND Code of Practice (2015), 6.31: specific learning difficulties (SpLD) encompass dyslexia, dyscalculia and dyspraxia).',
    ]);

    expect(await needRow(page, "SEMH")).toEqual(["2", "0", "2"]);
    expect(await needRow(page, "NSA")).toEqual(["1", "1", "2"]);
    expect(await needRow(page, "Not recorded")).toEqual(["2", "0", "2"]);
    expect(await needRow(page, "Total")).toEqual(["6", "5", "11"]);
    expect(await page.locator("#panel-register table.need-table tbody tr").count()).toBe(9); // 7 needs with pupils
    await expect(panel.locator(".need-table + p").textContent()).resolves.toBe(
      "Needs with no pupils are left out here; the formula lists every need. SEND.SENNEEDCOUNTS gives #VALUE! until D5, E14 hold codes: the counts here leave them out.",
    );
    // The provision column's codes as a column: blanks said, as the census counts them.
    await expect(panel.locator("#register-checked").textContent()).resolves.toBe(
      'Checked 17 cells in sims-census-register.csv (UTF-8, comma-separated), column "SEN Status": 15 with values. 2 pupils have no SEN status: counted as no SEN.',
    );
    expect(await count(page, "SEN support (K)")).toBe("6");
    // The formulas need Excel: neither their cell nor their button shows in preview.
    expect(await panel.getByRole("button", { name: "Insert census formulas" }).isVisible()).toBe(false);

    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    expect(await axeViolations(page, "#panel-register")).toEqual([]);
    expect(ownErrors(harness)).toEqual([]);
  });

  test("the checked register's counts, budget and mobility handed to the SENCO time tab, with where they came from", async () => {
    const page = await openCensus(harness, SIMS_CENSUS);
    // Typed on the Register tab after the check, and never left: taken as they are when used.
    const register = page.locator("#panel-register");
    await register.getByLabel("Notional SEN budget").fill("£67,755");
    await register.getByLabel("Pupil mobility").fill("34%");
    await page.getByRole("tab", { name: "SENCO time" }).click();
    await page.waitForSelector("#panel-statement[data-ready='true']");
    const panel = page.locator("#panel-statement");
    await expect(panel.locator("#statement-checked-register").textContent()).resolves.toBe(
      'The Register tab checked sims-census-register.csv (UTF-8, comma-separated), column "SEN Status": 12 pupils on the SEN register (6 SEN support, 4 EHC plan, 1 School Action, 1 Statement). 2 pupils have no SEN status: counted as no SEN; 1 cell that is not a code, not counted.',
    );
    await panel.getByRole("button", { name: "Use its counts" }).click();
    expect(await panel.getByLabel("Pupils at SEN support or School Action").inputValue()).toBe("7");
    expect(await panel.getByLabel("Pupils at School Action Plus").inputValue()).toBe("0");
    expect(await panel.getByLabel("Pupils with an EHC plan or a Statement").inputValue()).toBe("5");
    await expect(panel.locator("#statement-checked-register").textContent()).resolves.toBe(
      'Counts filled in from the register checked on the Register tab (sims-census-register.csv (UTF-8, comma-separated), column "SEN Status"): 7 at SEN support or School Action, 0 at School Action Plus, 5 with an EHC plan or a Statement. From the Register tab as typed there: notional SEN budget £67,755, pupil mobility 34%.',
    );
    expect(await panel.getByLabel("Notional SEN budget").inputValue()).toBe("£67,755");
    expect(await panel.getByLabel("Pupil mobility").inputValue()).toBe("34%");
    await panel.getByLabel("School", { exact: true }).fill("Oakfield Primary");
    await panel.getByLabel("SENCO hours allocated a week now").fill("4");
    await panel.getByRole("button", { name: "Create statement" }).click();
    await page.waitForSelector("#panel-statement .preview:not([hidden]) table");
    // 68 budget points + 7 + 25 register points = 100: 2 hours, and 2 for 34% mobility.
    const guide = panel.locator(".preview tr", { hasText: "Guide: minimum SENCO hours a week" });
    expect((await guide.locator(":is(th, td)").nth(1).textContent())?.trim()).toBe("4");
    expect(ownErrors(harness)).toEqual([]);
  });

  test("a different budget typed on the SENCO time tab is replaced only after confirming; a mobility confirmed on the Register tab is not asked about again", async () => {
    const page = await openRegister(harness);
    const register = page.locator("#panel-register");
    await checkSmallRegister(page);
    await register.getByLabel("Pupil mobility").fill("90%");
    await register.getByRole("button", { name: "Work out guide hours" }).click();
    await page.getByRole("dialog", { name: "Use 90%?" }).getByRole("button", { name: "Use 90%" }).click();
    await textWhenMatching(register.locator("#register-hours"), /^Guide minimum: 5 hours a week/);

    await page.getByRole("tab", { name: "SENCO time" }).click();
    await page.waitForSelector("#panel-statement[data-ready='true']");
    const panel = page.locator("#panel-statement");
    await panel.getByLabel("Notional SEN budget").fill("£60,000");
    await panel.getByRole("button", { name: "Use its counts" }).click();
    const ask = page.getByRole("dialog", { name: "Use the Register tab's figures?" });
    await ask.waitFor();
    expect(await ask.textContent()).toContain(
      "This tab already holds other figures (notional SEN budget: £60,000 here, £67,755 on the Register tab). Replace them with the Register tab's?",
    );
    await ask.getByRole("button", { name: "Keep these" }).click();
    await textWhenMatching(
      panel.locator("#statement-checked-register"),
      /From the Register tab as typed there: pupil mobility 90%\.$/,
    );
    expect(await panel.getByLabel("Notional SEN budget").inputValue()).toBe("£60,000");
    expect(await panel.getByLabel("Pupil mobility").inputValue()).toBe("90%");

    await panel.getByRole("button", { name: "Use its counts" }).click();
    await page
      .getByRole("dialog", { name: "Use the Register tab's figures?" })
      .getByRole("button", { name: "Use the Register tab's" })
      .click();
    await textWhenMatching(
      panel.locator("#statement-checked-register"),
      /notional SEN budget £67,755, pupil mobility 90%\.$/,
    );
    expect(await panel.getByLabel("Notional SEN budget").inputValue()).toBe("£67,755");
    await panel.getByLabel("School", { exact: true }).fill("Oakfield Primary");
    await panel.getByLabel("SENCO hours allocated a week now").fill("4");
    await panel.getByRole("button", { name: "Create statement" }).click();
    await page.waitForSelector("#panel-statement .preview:not([hidden]) table");
    expect(await page.getByRole("dialog").count()).toBe(0);
    // The Register tab's 5 hours: 68 + 2 + 5 + 15 = 90 points (2 hours) and 3 for 90%.
    const guide = panel.locator(".preview tr", { hasText: "Guide: minimum SENCO hours a week" });
    expect((await guide.locator(":is(th, td)").nth(1).textContent())?.trim()).toBe("5");
    expect(ownErrors(harness)).toEqual([]);
  });

  test("two equally good need columns: neither taken by position; the check waits for the choice", async () => {
    const dir = mkdtempSync(join(tmpdir(), "register-"));
    const file = join(dir, "tie.csv");
    writeFileSync(file, ["Name,SEN Status,Primary Need,SEN Type 1", "Ann,K,SEMH,MLD", "Ben,K,,ASD"].join("\r\n"));
    const page = await openCensus(harness, file);
    const panel = page.locator("#panel-register");
    const select = panel.locator("#register-col-primaryNeed");
    expect(await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.text)).toBe("Choose a column");
    expect(await panel.locator(".notes li").first().textContent()).toBe(
      '"Primary Need" (column 3) and "SEN Type 1" (column 4) look equally like "Primary need": choose one.',
    );
    expect(await panel.locator("#register-census-summary").isVisible()).toBe(false);
    await select.focus();
    await select.selectOption({ label: "Column 4: SEN Type 1" });
    await expect(panel.locator("#register-census-summary").textContent()).resolves.toBe(
      "None: 2 pupils checked, every record as the census accepts it.",
    );
    // The choices are shown again after each one: the select the user is on keeps the focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("register-col-primaryNeed");
    await select.selectOption({ label: "Column 3: Primary Need" });
    await textWhenMatching(panel.locator("#register-census-summary"), /^1 problem; 2 pupils checked\.$/);
    expect(await listed(page, "Problems the census would refuse")).toEqual([
      "Ben, C3: SEN support (K) needs a primary need (census rule 2170).",
    ]);
  });

  test("blank codes pasted: how many cells were blank and how they count", async () => {
    const page = await openRegister(harness);
    const panel = page.locator("#panel-register");
    await panel.getByLabel("SEN codes, one pupil a line").fill(["K", "", "E", "N"].join("\n"));
    await panel.getByRole("button", { name: "Check pasted codes" }).click();
    await expect(panel.locator("#register-checked").textContent()).resolves.toBe(
      "Checked 4 cells in the pasted codes (line 1 is cell A1): 3 with values. 1 pupil has no SEN status: counted as no SEN.",
    );
  });
});
