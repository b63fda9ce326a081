/**
 * Browser tests of the Register tab against dist/taskpane.html in headless Debian chromium
 * (preview mode: pasted codes and the made-up sample register).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { browserTestsUnavailable, startHarness, type Harness, textWhenMatching } from "./harness";

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
    const items = await panel
      .getByRole("list", { name: "Cells that are not accepted codes" })
      .locator("li")
      .allTextContents();
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
    const axe = await new AxeBuilder({ page }).include("#panel-register").analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test("one invalid cell reads as 1 cell, not 1 cells (350 px wide)", async () => {
    const page = await openRegister(harness);
    await page.setViewportSize({ width: 350, height: 800 });
    const panel = page.locator("#panel-register");
    await panel.getByLabel("SEN codes, one pupil a line").fill(["K", "X", "E"].join("\n"));
    await panel.getByRole("button", { name: "Check pasted codes" }).click();
    await page.waitForSelector("#panel-register section:not([hidden]) table");
    expect(await panel.locator(".preview-warning").first().textContent()).toMatch(/^1 cell is not an accepted code\./);
    expect(await panel.locator(".status").first().textContent()).toMatch(/^Checked 3 cells with values/);
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
    await panel.getByLabel("Or a CSV file holding the register").setInputFiles(file);
    await page.waitForSelector("#panel-register section:not([hidden]) table");
    await textWhenMatching(
      panel.locator(".status").first(),
      /^Checked 5 cells with values in sims-export.csv \(Windows-1252, semicolon-separated\), column "SEN Status" \(found by its header\)\.$/,
    );
    expect(await count(page, "SEN support (K)")).toBe("1");
    expect(await count(page, "EHC plan (E)")).toBe("1");
    expect(await count(page, "No SEN (N)")).toBe("2");
    const items = await panel
      .getByRole("list", { name: "Cells that are not accepted codes" })
      .locator("li")
      .allTextContents();
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
      panel.locator(".status").first(),
      /The first cell, A1 "SEN Status", was read as the column's header\.$/,
    );
    expect(await panel.getByRole("list", { name: "Cells that are not accepted codes" }).locator("li").count()).toBe(0);
  });
});
