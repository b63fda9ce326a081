/**
 * Browser tests of the District tab at 350 px (a narrow task pane) in preview mode, as an LA
 * officer meets it:
 * - the DfE's school-level table for one LA (its 2023 spelling, with no URN or LAESTAB: ten of
 *   Rutland's schools with their January 2023 counts, and one made-up school), the LA's budget table
 *   with the schools' names only (as LAs write them, a school marked closed, a new free school) and
 *   a survey whose header is "Hours the SENCO is allocated a week": matched by name, the proposals
 *   listed, accepted and one rejected, every note checked after each change of choice, the
 *   summary's totals the rule's, the closed school left out with its reason, the chart and its
 *   table agreeing;
 * - progress shown while a large file is read, and Cancel: a made-up DfE long-format file of 10 MB,
 *   made in a temporary folder, read with the page's CPU slowed six times (Chrome's own
 *   throttling, as on a slow laptop), so that it takes as long as a much larger file would without
 *   making the test slow.
 */
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { sencoHours } from "../../src/rules/senco-time";
import { LONG_HEADER, schoolLines } from "../district/dfe-long-lines";
import {
  axeViolations,
  browserTestsUnavailable,
  districtTotal,
  openDistrictTab,
  ownPageErrors,
  sidewaysOverflow,
  harnessWithFolder,
  textWhenMatching,
} from "./harness";
import { csvOf, writeCsv } from "./la-files";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) console.warn(`District browser tests by name and of progress skipped: ${unavailable}`);

const DFE_HEADERS = ["la_name", "school_name", "Total pupils", "SEN support", "EHC plan", "Total Sen"];
/** Rutland's schools as the DfE's January 2023 school-level file has them, and one made-up school. */
const DFE_ROWS: readonly (readonly [string, string, number, number, number, number])[] = [
  ["Rutland", "Oakham CofE Primary School", 253, 42, 30, 72],
  ["Rutland", "St Mary and St John CofE VA Primary School", 203, 19, 6, 25],
  ["Rutland", "Catmose College", 1069, 85, 34, 119],
  ["Rutland", "Catmose Primary", 207, 26, 3, 29],
  ["Rutland", "Leighfield Primary School", 193, 21, 3, 24],
  ["Rutland", "English Martyrs' Catholic Voluntary Academy", 151, 30, 4, 34],
  ["Rutland", "Langham CofE (Controlled) Primary School", 200, 16, 3, 19],
  ["Rutland", "Ketton Church of England Primary School", 184, 20, 2, 22],
  ["Rutland", "Uppingham Church of England Primary School", 137, 27, 3, 30],
  ["Rutland", "Exton and Greetham CofE Primary School", 64, 10, 2, 12],
  ["Rutland", "Barleythorpe Primary School (made up)", 120, 10, 1, 11],
];
/** The LA's budget table (made-up budgets): names as LAs write them, in the DfE file's order, then its own. */
const BUDGET_ROWS: readonly (readonly [string, string, number])[] = [
  ["Oakham C of E Primary School", "Open", 61200],
  ["St Mary & St John CE VA Primary School", "Open", 30400],
  ["Catmose College", "Open", 142000],
  ["Catmose Primary School", "Open", 28500],
  ["Leighfield Primary", "Open", 26000],
  ["English Martyrs Catholic Voluntary Academy", "Open", 33000],
  ["Langham C of E (Controlled) Primary School", "Open", 21000],
  ["Ketton CE Primary School", "Open", 24500],
  ["Uppingham C of E Primary", "Open", 27800],
  ["Barleythorpe Primary School (made up)", "Closed", 12000],
  ["Rutland Free School (made up)", "Open", 9000],
];
/** The survey of SENCO hours (made up), with the header LA surveys use. */
const SURVEY_ROWS: readonly (readonly [string, number])[] = [
  ["Oakham CofE Primary School", 6],
  ["St Mary and St John CofE VA Primary School", 3],
  ["Catmose College", 12],
  ["Catmose Primary", 2.5],
  ["Leighfield Primary School", 2],
  ["Ketton Church of England Primary School", 1.5],
  ["Uppingham CofE Primary School", 4],
  ["Exton and Greetham CofE Primary School", 1],
];

const DFE = "sen-school-level-rutland";
const BUDGET = "Rutland budget 2025-26";
const SURVEY = "SENCO survey";

function notes(panel: Locator): Promise<string[]> {
  return panel.getByRole("list", { name: "Notes on the columns" }).locator("li").allTextContents();
}

/** The headings of the lists of what did not match, or "hidden" when the part is. */
async function listHeadings(panel: Locator): Promise<string[] | "hidden"> {
  const part = panel.locator("section.match-lists");
  if (await part.isHidden()) return "hidden";
  return part.locator("summary").allTextContents();
}

/** The list of what did not match whose heading starts `heading`, its schools as the pane writes them. */
function listed(panel: Locator, heading: string): Promise<string[]> {
  const summary = panel.page().locator("summary", { hasText: heading });
  return panel.locator("section.match-lists details", { has: summary }).locator("li").allTextContents();
}

const by = (table: string, field: string, header: string): string => `"${field}" is read from ${table} ("${header}").`;
const FIELD_NOTES = [
  by(BUDGET, "Notional SEN budget", "Notional SEN budget"),
  by(DFE, "School Action or SEN support (K)", "SEN support"),
  by(DFE, "Statements or EHC plans (E)", "EHC plan"),
  by(SURVEY, "Allocated SENCO hours", "Hours the SENCO is allocated a week"),
  by(DFE, "Total pupils", "Total pupils"),
];
const byName = (table: string, proposed: number, accepted: number): string =>
  `${table} is matched by school name within the LA: ${proposed} matches proposed, ${accepted} accepted (the unmatched listed with why).`;
const waiting = (n: number, table: string): string =>
  `${n} matches by name between ${table} and the table of schools wait for your decision: accept or reject each (or all at once).`;
const SPINE = `Each school is a row of ${DFE}, which gives the SEN support counts.`;

/**
 * The notes once both tables are matched by name: what still waits for a decision, then how each
 * table is matched with its matches accepted so far, where each input is read from (the budget as
 * `budgetNote` says), the closed school and the schools in the summary.
 */
function namedNotes(
  waitingFor: readonly string[],
  accepted: readonly [number, number],
  schools: number,
  budgetNote = FIELD_NOTES[0]!,
): string[] {
  return [
    ...waitingFor,
    SPINE,
    byName(BUDGET, 9, accepted[0]),
    byName(SURVEY, 8, accepted[1]),
    budgetNote,
    ...FIELD_NOTES.slice(1),
    "1 school closed or not open yet: left out (listed with why).",
    `${schools} schools in the summary.`,
  ];
}

/** The guide hours by the rule, for a school of the DfE table with its budget. */
function guide(dfeName: string, budget: number): number {
  const row = DFE_ROWS.find((r) => r[1] === dfeName)!;
  return sencoHours({ notionalSenBudget: budget, schoolAction: row[3], schoolActionPlus: 0, statements: row[4] });
}

describeBrowser("District tab at 350 px: tables with names only, and progress on a large file", () => {
  const setup = harnessWithFolder("district-names-");

  test("names only: proposals listed, decided, each note after each change, the totals, the closed school, the chart and its table", async () => {
    const { harness, dir } = setup;
    const files = [
      writeCsv(dir, `${DFE}.csv`, csvOf([DFE_HEADERS, ...DFE_ROWS])),
      writeCsv(dir, `${BUDGET}.csv`, csvOf([["School", "Status", "Notional SEN budget"], ...BUDGET_ROWS])),
      writeCsv(dir, `${SURVEY}.csv`, csvOf([["School", "Hours the SENCO is allocated a week"], ...SURVEY_ROWS])),
    ];
    const page = await openDistrictTab(harness);
    const panel = page.locator("#panel-district");
    const build = panel.getByRole("button", { name: "Build summary" });

    // Three files picked at once: the status line names each.
    await panel.getByLabel("CSV files of schools").setInputFiles(files);
    expect(await textWhenMatching(panel.locator("#district-source-status"), /SENCO survey\.csv/)).toBe(
      `Read 11 rows from ${DFE}.csv (UTF-8, comma-separated). Read 11 rows from ${BUDGET}.csv (UTF-8, comma-separated). Read 8 rows from ${SURVEY}.csv (UTF-8, comma-separated).`,
    );
    // No shared key: said once a table, with the way forward; nothing listed, no "every school matched".
    const noKey = (table: string) =>
      `${table} and ${DFE} share no key (URN or LAESTAB): match their schools by name within the LA, or choose the key columns.`;
    expect(await notes(panel)).toEqual([noKey(BUDGET), noKey(SURVEY)]);
    expect(await listHeadings(panel)).toBe("hidden");
    expect(await build.isDisabled()).toBe(true);
    // The survey's "Hours the SENCO is allocated a week" is taken as the allocated hours.
    expect(await panel.getByLabel("Allocated SENCO hours (optional)").locator("option:checked").textContent()).toBe(
      `${SURVEY}: Hours the SENCO is allocated a week (column 2)`,
    );

    // Each table matched by name, as the pane offers.
    const matchBy = (table: string) =>
      panel
        .getByRole("group", { name: table, exact: true })
        .getByLabel(`Match to ${DFE} by`)
        .selectOption({ label: "School name (matches to accept)" });
    await matchBy(BUDGET);
    expect(await notes(panel)).toEqual([noKey(SURVEY)]);
    await matchBy(SURVEY);
    expect(await notes(panel)).toEqual(namedNotes([waiting(9, BUDGET), waiting(8, SURVEY)], [0, 0], 0));
    expect(await build.isDisabled()).toBe(true);

    // The proposals: both names and both rows, the ones alike only without "School", "Primary" first.
    const budgetGroup = panel.getByRole("group", { name: `${BUDGET}: 9 matches proposed` });
    const proposals = await budgetGroup.locator(".name-match label").allTextContents();
    expect(proposals.slice(0, 4)).toEqual([
      `Catmose Primary School (${BUDGET} row 5) and Catmose Primary (${DFE} row 5) (alike without School, Primary, Academy...)`,
      `Leighfield Primary (${BUDGET} row 6) and Leighfield Primary School (${DFE} row 6) (alike without School, Primary, Academy...)`,
      `Uppingham C of E Primary (${BUDGET} row 10) and Uppingham Church of England Primary School (${DFE} row 10) (alike without School, Primary, Academy...)`,
      `Oakham C of E Primary School (${BUDGET} row 2) and Oakham CofE Primary School (${DFE} row 2)`,
    ]);
    expect(await listHeadings(panel)).toEqual([
      `In ${BUDGET}, not matched to ${DFE} (by school name): 1 school, not in the summary`,
      `In ${DFE}, not matched to ${BUDGET} (by school name): 2 schools, not in the summary`,
      `In ${DFE}, not matched to ${SURVEY} (by school name): 2 schools, in the summary without "Allocated SENCO hours"`,
      `Closed or not open yet in ${BUDGET}: 1 row, left out of the summary`,
    ]);
    expect(await listed(panel, `In ${BUDGET}, not matched`)).toEqual([
      `Rutland Free School (made up), row 12: no school of ${DFE} has this name`,
    ]);
    expect(await listed(panel, `In ${DFE}, not matched to ${BUDGET}`)).toEqual([
      `Exton and Greetham CofE Primary School, row 11: no school of ${BUDGET} has this name`,
      `Barleythorpe Primary School (made up), row 12: ${BUDGET} has this name (row 11), closed or not open yet there (listed)`,
    ]);
    // The closed school is left out with its reason.
    expect(await listed(panel, "Closed or not open yet")).toEqual([
      'Barleythorpe Primary School (made up), row 11: closed ("Status": "Closed")',
    ]);

    // Accepted: the budget's all at once; the survey's all, then one rejected.
    await budgetGroup.getByRole("button", { name: "Accept all" }).click();
    expect(await notes(panel)).toEqual(namedNotes([waiting(8, SURVEY)], [9, 0], 9));
    expect(await build.isDisabled()).toBe(true);
    const surveyGroup = panel.getByRole("group", { name: `${SURVEY}: 8 matches proposed` });
    await surveyGroup.getByRole("button", { name: "Accept all" }).click();
    await surveyGroup
      .getByLabel(`Catmose Primary (${SURVEY} row 5) and Catmose Primary (${DFE} row 5)`)
      .selectOption({ label: "Reject" });
    expect(await notes(panel)).toEqual(namedNotes([], [9, 7], 9));
    expect(await surveyGroup.locator("p.hint").first().textContent()).toMatch(/^7 accepted, 1 rejected\./);
    expect(await listed(panel, `In ${SURVEY}, not matched`)).toEqual([
      `Catmose Primary, row 5: its match, Catmose Primary (${DFE} row 5), was rejected`,
    ]);
    expect(await listed(panel, `In ${DFE}, not matched to ${SURVEY}`)).toEqual([
      `Catmose Primary, row 5: its match, Catmose Primary (${SURVEY} row 5), was rejected`,
      `English Martyrs' Catholic Voluntary Academy, row 7: no school of ${SURVEY} has this name`,
      `Langham CofE (Controlled) Primary School, row 8: no school of ${SURVEY} has this name`,
    ]);
    expect(await build.isDisabled()).toBe(false);

    // The DfE table's "Total Sen" chosen as the budget: a warning, then used anyway; the notes follow, and back.
    const budgetSelect = panel.getByLabel("Notional SEN budget", { exact: true });
    await budgetSelect.selectOption({ label: `${DFE}: Total Sen (column 6)` });
    const checks = panel.getByRole("region", { name: "Check these columns" });
    expect(await checks.textContent()).toContain(
      `"Total Sen" in ${DFE}, chosen as "Notional SEN budget", does not look like it`,
    );
    expect((await notes(panel))[0]).toMatch(
      /^"Total Sen" in sen-school-level-rutland, chosen as "Notional SEN budget"/,
    );
    expect(await build.isDisabled()).toBe(true);
    await checks.getByLabel('Use "Total Sen" as "Notional SEN budget" anyway').check();
    expect(await build.isDisabled()).toBe(false);
    // Exton and Greetham needs no row in the budget table now: 10 schools.
    expect(await notes(panel)).toEqual(namedNotes([], [9, 7], 10, by(DFE, "Notional SEN budget", "Total Sen")));
    await panel
      .getByLabel("Notional SEN budget", { exact: true })
      .selectOption({ label: `${BUDGET}: Notional SEN budget (column 3)` });
    expect(await checks.isHidden()).toBe(true);
    expect(await notes(panel)).toEqual(namedNotes([], [9, 7], 9));

    // Built: the totals are the rule's over the accepted pairs; the closed school counted as left out.
    await build.click();
    await page.waitForSelector("#panel-district .preview:not([hidden]) table");
    const pairs = DFE_ROWS.slice(0, 9).map((r, i) => guide(r[1], BUDGET_ROWS[i]![2]));
    expect(await districtTotal(page, "Schools in the summary")).toBe("9");
    expect(await districtTotal(page, "Total guide hours per week")).toBe(String(pairs.reduce((a, b) => a + b, 0)));
    // Allocated: the survey's hours of the schools matched and accepted (Catmose Primary's rejected, Exton not summarised).
    expect(await districtTotal(page, "Total allocated SENCO hours per week")).toBe("28.5");
    expect(await districtTotal(page, "Schools with allocated hours given")).toBe("6");
    expect(await districtTotal(page, "Schools left out")).toBe("1");
    const hours = [6, 3, 12, undefined, 2, undefined, undefined, 1.5, 4];
    const below = hours.filter((h, i) => h !== undefined && h < pairs[i]!).length;
    expect(await districtTotal(page, "Schools below the guide")).toBe(String(below));

    // The chart and its table: the same bins, labels and counts.
    const chart = panel.getByRole("img", { name: /^Schools by SENCO hours a week/ });
    // The bins' labels sit under the bars (the scale's labels at the side, the axis title last).
    const labels = (await chart.locator("text.glance-label.glance-middle").allTextContents()).slice(0, -1);
    const table = panel.locator(".preview table", { has: page.locator("th", { hasText: "Whole hours per week" }) });
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? "")));
    expect(labels).toEqual(rows.map((r) => r[0]));
    const heights = await chart
      .locator("rect.glance-guide")
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("height"))));
    const counts = rows.map((r) => Number(r[1]));
    const most = Math.max(...counts);
    expect(heights.map((h) => Math.round((h / Math.max(...heights)) * most))).toEqual(counts);
    const said = rows
      .filter((r) => r[1] !== "0" || r[2] !== "0")
      .map((r) => `${r[0]} ${r[0]!.endsWith("+") ? "(or more) " : ""}${r[0] === "1" ? "hour" : "hours"}: `);
    const desc = (await chart.locator("desc").textContent()) ?? "";
    expect(desc.split("; ").map((part) => part.replace(/\d+ schools? at the guide.*$/, ""))).toEqual(said);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(9);

    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page, "#panel-district")).toEqual([]);
    expect(ownPageErrors(harness)).toEqual([]);
    expect(harness.outside.filter((r) => r.origin === "addin")).toEqual([]);
  });

  test("a large file: a bar with counts, calm announcements, then Cancel keeps nothing of it", async () => {
    const { harness, dir } = setup;
    const file = join(dir, "sen-school-level-large.csv");
    await writeLongFile(file, 10 * 1024 * 1024);
    const page = await openDistrictTab(harness);
    const panel = page.locator("#panel-district");
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    await watchProgress(page);

    const started = Date.now();
    await panel.getByLabel("CSV files of schools").setInputFiles(file);
    const status = await textWhenMatching(panel.locator("#district-source-status"), /^Read /, 60000);
    const seconds = (Date.now() - started) / 1000;
    expect(status).toMatch(
      /^Read [\d,]+ schools \(pivoted from [\d,]+ rows of the DfE long format\) from sen-school-level-large\.csv \(UTF-8, comma-separated\)\.$/,
    );
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    // The bar: its step naming the file, its counts in words, and Cancel.
    expect(seen.length).toBeGreaterThan(0);
    for (const text of seen)
      expect(text).toMatch(
        /^(Reading|Decoding|Reading the rows of) sen-school-level-large\.csv((\d+|[\d.]+) of (\d+|[\d.]+) MB (read|decoded)|\d+% of the rows)Cancel$/,
      );
    expect(seen.some((text) => /% of the rows/.test(text))).toBe(true);
    // Screen readers hear how far it has got when the bar appears, then at most every five seconds.
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    const progressHeard = heard.filter((h) => /sen-school-level-large\.csv: /.test(h));
    expect(progressHeard.length).toBeGreaterThan(0);
    expect(progressHeard.length).toBeLessThanOrEqual(1 + Math.ceil(seconds / 5));

    // The same file again, cancelled as soon as the bar shows: the table read before stays, nothing else.
    // (The click is sent as one event: the page is too busy reading for Playwright's steps of a mouse click.)
    await panel.getByLabel("CSV files of schools").setInputFiles(file);
    await panel.locator(".progress:not([hidden])").getByRole("button", { name: "Cancel" }).dispatchEvent("click");
    expect(await textWhenMatching(panel.locator("#district-source-status"), /cancelled/, 60000)).toBe(
      "Reading sen-school-level-large.csv was cancelled: nothing was read from it.",
    );
    expect(await panel.locator(".tables-read fieldset").count()).toBe(1);
    expect(await panel.locator(".progress").count()).toBe(0);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  }, 120000);
});

/** A made-up DfE long-format file of about `bytes` bytes, school after school, written as a stream. */
async function writeLongFile(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${LONG_HEADER}\n`);
  let written = 0;
  for (let i = 0; written < bytes; i += 1) {
    const counts = { total: 200 + (i % 700), k: 20 + (i % 60), e: i % 12 };
    const text = `${schoolLines(String(100000 + i), `Made-up School ${i + 1}`, counts).join("\n")}\n`;
    written += text.length;
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/** Record in the page every state of the District tab's progress bar while shown, and every announcement. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = window as unknown as { seen: string[]; heard: string[] };
    record.seen = [];
    record.heard = [];
    const live = document.getElementById("status")!;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLElement>("#panel-district .progress");
      if (bar && !bar.hidden && record.seen.at(-1) !== bar.textContent) record.seen.push(bar.textContent ?? "");
      const text = live.textContent ?? "";
      if (text !== "" && record.heard.at(-1) !== text) record.heard.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}
