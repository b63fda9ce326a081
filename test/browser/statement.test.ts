/**
 * Browser tests of the SENCO time tab against dist/taskpane.html in headless Debian chromium at
 * the task pane's 350 px: the guidance's School X figures typed for Oakfield Primary as a school would, the statement's preview
 * (the same model the writer writes), axe, and the screenshot in the docs.
 */
import type { Page } from "playwright-core";
import { fillSchoolXFigures } from "./statement-inputs";
import {
  axeViolations,
  browserTestsUnavailable,
  cutOffCells,
  errorOf,
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
  console.warn(`SENCO time browser tests skipped: ${unavailable}`);
}

async function openStatement(harness: Harness): Promise<Page> {
  const page = await harness.newPage();
  await page.setViewportSize({ width: 350, height: 900 });
  await page.getByRole("tab", { name: "SENCO time" }).click();
  return page;
}

/** The value beside a label in the preview: the row's second cell (label rows have a row header, spills do not). */
async function previewValue(page: Page, label: string): Promise<string> {
  const row = page.locator("#panel-statement .preview tr", {
    has: page.locator(":is(th, td):first-child", { hasText: new RegExp(`^${label.replace(/[()]/g, "\\$&")}$`) }),
  });
  return (await row.locator(":is(th, td)").nth(1).textContent())?.trim() ?? "";
}

describeBrowser("SENCO time tab in a plain browser at 350 px (preview mode)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("School X's figures with 4 hours: guide 5, 1 below, costs, qualification, checklists; no axe violations", async () => {
    const page = await openStatement(harness);
    const panel = page.locator("#panel-statement");
    // Outside Excel there is no register to select: the counts are asked for, the weight is not.
    expect(await panel.getByLabel("Points for each SEN support (K) pupil").isVisible()).toBe(false);
    await fillSchoolXFigures(page);
    await panel.getByRole("button", { name: "Create statement" }).click();
    await page.waitForSelector("#panel-statement .preview:not([hidden]) table");

    expect(await previewValue(page, "Guide: minimum SENCO hours a week")).toBe("5");
    expect(await previewValue(page, "Hours allocated a week now")).toBe("4");
    expect(await previewValue(page, "Allocated minus guide (hours a week)")).toBe("-1");
    await expect(
      panel.getByText("The guide is 5 hours a week; the school allocates 4: 1 hour below the guide.").isVisible(),
    ).resolves.toBe(true);
    expect(await previewValue(page, "Recommended hours per week")).toBe("5");
    expect(await previewValue(page, "Guide hours as FTE")).toBe("0.154");
    expect(await previewValue(page, "Cost of the guide hours, a year")).toBe("£10,019.76");
    expect(await previewValue(page, "Cost of closing the gap, a year")).toBe("£2,003.95");
    expect(await previewValue(page, "Qualification still needed")).toBe("NPQ for SENCOs");
    expect(await previewValue(page, "Must hold it by")).toBe("01/09/2028");
    const facilities = panel.locator('table[data-table="SENCO_Facilities"] tbody tr td:first-child');
    expect(await facilities.allTextContents()).toEqual([
      "Office space",
      "Desk",
      "Storage and filing facilities",
      "Access to computer terminals with appropriate software",
      "Telephone and email",
    ]);
    expect(await panel.locator('table[data-table="SENCO_Intensive_Times"] tbody tr').count()).toBe(9);

    // Nothing runs off the 350 px pane: the page does not scroll sideways (wide tables scroll inside their region).
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    expect(await axeViolations(page, "#panel-statement")).toEqual([]);
    expect(ownPageErrors(harness)).toEqual([]);

    // Screenshot for the docs (taken last: Playwright's screenshot injects a style the CSP reports).
    await screenshotPreview(page, panel.locator(".preview"), "senco-time-statement.png", 2600);
  });

  test("a wrong entry is shown beside its field in the functions' words", async () => {
    const page = await openStatement(harness);
    const panel = page.locator("#panel-statement");
    await fillSchoolXFigures(page);
    await panel.getByLabel("Employer on-cost rate").fill("30");
    await panel.getByLabel("SENCO hours allocated a week now").focus();
    await expect(panel.locator("#statement-onCostRate-error").textContent()).resolves.toBe(
      "Employer on-cost rate must be a percentage from 0% to 100%: for 30% type 30% or 0.3, not 30.",
    );
    await panel.getByRole("button", { name: "Create statement" }).click();
    await expect(panel.getByLabel("Employer on-cost rate").getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await panel.locator(".preview").isHidden()).toBe(true);
  });

  test("the statement names its school in its headings; nothing is cut off at 350 px", async () => {
    const page = await openStatement(harness);
    const panel = page.locator("#panel-statement");
    await fillSchoolXFigures(page);
    await panel.getByRole("button", { name: "Create statement" }).click();
    await page.waitForSelector("#panel-statement .preview:not([hidden]) table");
    const headings = await panel.locator(".preview :is(h2, h3)").allTextContents();
    expect(headings).toContain("SENCO time statement: Oakfield Primary");
    expect(headings).toContain("The working, as the guidance shows it for Oakfield Primary");
    expect((await panel.locator(".preview").textContent()) ?? "").not.toContain("School X");
    expect(await cutOffCells(panel.locator(".preview"))).toEqual([]);
  });

  test("a preview the form no longer matches says so in words until Create statement is pressed again", async () => {
    const page = await openStatement(harness);
    const panel = page.locator("#panel-statement");
    await fillSchoolXFigures(page);
    await panel.getByRole("button", { name: "Create statement" }).click();
    await page.waitForSelector("#panel-statement .preview:not([hidden]) table");
    const marker = page.locator("#statement-preview-out-of-date");
    expect(await marker.textContent()).toBe("");
    await panel.getByLabel("SENCO hours allocated a week now").fill("6");
    expect(await marker.textContent()).toBe(
      "Out of date: the form has changed since this preview was made. Choose Create statement to see it for the form as it is now.",
    );
    expect(await marker.getAttribute("role")).toBe("status");
    expect(await previewValue(page, "Hours allocated a week now")).toBe("4"); // the old statement, marked
    await panel.getByRole("button", { name: "Create statement" }).click();
    await textWhenMatching(page.locator("#status"), /Statement preview ready/);
    expect(await marker.textContent()).toBe("");
    expect(await previewValue(page, "Hours allocated a week now")).toBe("6");
  });

  test("a year as the appointment date is refused on that field; after a failed Create the focus is on the first invalid field", async () => {
    const page = await openStatement(harness);
    const panel = page.locator("#panel-statement");
    await fillSchoolXFigures(page);
    const appointed = panel.getByLabel("Date appointed as SENCO");
    await appointed.fill("2023");
    await appointed.press("Tab");
    expect(await (await errorOf(appointed)).textContent()).toBe(
      "Date appointed as SENCO looks like a year (2023): type the whole date, such as 01/09/2023.",
    );
    await appointed.fill("01/09/2025");
    // Pupil mobility (in the School group) comes before the counts in the form, though after them on the sheet.
    await panel.getByLabel("Pupils at School Action Plus").fill("five");
    await panel.getByLabel("Pupil mobility").fill("340%");
    await panel.getByRole("button", { name: "Create statement" }).click();
    await textWhenMatching(page.locator("#status"), /^2 fields need attention: Pupil mobility /);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("statement-pupilMobility");
  });

  test("each preview table copies with one button as tab-separated rows that paste into Excel cell by cell", async () => {
    await harness.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: harness.origin });
    const page = await openStatement(harness);
    const panel = page.locator("#panel-statement");
    await fillSchoolXFigures(page);
    await panel.getByLabel("School", { exact: true }).fill("=1+1 Academy");
    await panel.getByRole("button", { name: "Create statement" }).click();
    await page.waitForSelector("#panel-statement .preview:not([hidden]) table");
    const tables = await panel.locator(".preview table").count();
    expect(await panel.locator(".preview button.copy-table").count()).toBe(tables);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    // Rows end in CR LF as Excel's own copy writes them (the copy command's text box keeps LF alone).
    const rows = async () => (await clipboard()).split(/\r?\n/).map((line) => line.split("\t"));

    await panel.getByRole("button", { name: "Copy table: The guide and the time allocated" }).click();
    await textWhenMatching(page.locator("#status"), /^Copied 3 rows of The guide and the time allocated/);
    expect(await rows()).toEqual([
      ["Guide: minimum SENCO hours a week", "5"],
      ["Hours allocated a week now", "4"],
      ["Allocated minus guide (hours a week)", "-1"],
    ]);
    // Figures as shown (Excel reads them back as numbers, percentages and dates); text that looks
    // like a formula keeps Excel's text prefix, so the school's name pastes as its name.
    await panel.getByRole("button", { name: "Copy table: Inputs" }).click();
    await textWhenMatching(page.locator("#status"), /^Copied \d+ rows of Inputs/);
    const copied = await rows();
    // Free text sits in column C (the school's name, the weight's reason): the row keeps its empty B.
    expect(copied.find((row) => row[0] === "School")).toEqual(["School", "", "'=1+1 Academy"]);
    const inputs = new Map(copied.map(([label, value]) => [label, value]));
    expect(inputs.get("Notional SEN budget")).toBe("£67,755");
    expect(inputs.get("Pupil mobility")).toBe("34%");
    expect(inputs.get("Date appointed as SENCO")).toBe("01/09/2025");

    // Where the host keeps the clipboard API from the pane (Office on the web's frame), the page's own copy command.
    await page.evaluate(() =>
      Object.defineProperty(navigator.clipboard, "writeText", { value: () => Promise.reject(new Error("blocked")) }),
    );
    await panel.getByRole("button", { name: "Copy table: The guide and the time allocated" }).click();
    await textWhenMatching(page.locator("#status"), /^Copied 3 rows of The guide and the time allocated/);
    expect((await rows())[0]).toEqual(["Guide: minimum SENCO hours a week", "5"]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Copy table: The guide and the time allocated",
    );
    expect(await axeViolations(page, "#panel-statement")).toEqual([]);
  });

  test('pupil mobility 1 asks "Use 1%?"; above 80% asks before it is used, and Change it keeps the question beside the field', async () => {
    const page = await openStatement(harness);
    const panel = page.locator("#panel-statement");
    await fillSchoolXFigures(page);
    const mobility = panel.getByLabel("Pupil mobility");
    await mobility.fill("1");
    await panel.getByRole("button", { name: "Create statement" }).click();
    const one = page.getByRole("dialog", { name: "Use 1%?" });
    await one.waitFor();
    expect(await one.textContent()).toContain(
      "Pupil mobility was 1, which is 100%, and must be below 100%: if you meant 1%, type 1% (or 0.01).",
    );
    expect(await axeViolations(page, "dialog")).toEqual([]);
    await one.getByRole("button", { name: "Use 1%" }).click();
    await page.waitForSelector("#panel-statement .preview:not([hidden]) table");
    expect(await mobility.inputValue()).toBe("1%");
    // 1% adds no hours: 133 points give 3 hours, not the 6 that 100% would.
    expect(await previewValue(page, "Guide: minimum SENCO hours a week")).toBe("3");

    await mobility.fill("90%");
    await panel.getByRole("button", { name: "Create statement" }).click();
    const high = page.getByRole("dialog", { name: "Use 90%?" });
    await high.waitFor();
    expect(await high.textContent()).toContain(
      "Pupil mobility 90% is above 80%, the highest annual pupil turnover in the published figures (Ofsted, Managing pupil mobility (2002): some primary schools with a turnover of 80%).",
    );
    await high.getByRole("button", { name: "Change it" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("statement-pupilMobility");
    expect(await panel.locator("#statement-pupilMobility-error").textContent()).toMatch(
      /^Pupil mobility 90% is above 80%/,
    );
    await panel.getByRole("button", { name: "Create statement" }).click();
    await page.getByRole("dialog", { name: "Use 90%?" }).getByRole("button", { name: "Use 90%" }).click();
    await textWhenMatching(page.locator("#status"), /^Statement preview ready/);
    // Over 40% adds 3 hours, whether 80% or 90%: 3 + 3.
    expect(await previewValue(page, "Guide: minimum SENCO hours a week")).toBe("6");
    // Confirmed once, not asked again while it stays as typed.
    await panel.getByRole("button", { name: "Create statement" }).click();
    await textWhenMatching(page.locator("#status"), /^Statement preview ready/);
    expect(await page.getByRole("dialog").count()).toBe(0);
  });
});
