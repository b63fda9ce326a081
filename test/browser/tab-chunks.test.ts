/**
 * Every tab of the task pane but the first is a script of its own, loaded the first time the tab
 * is opened, in headless chromium against dist/ served on 127.0.0.1: at start the pane loads only
 * its page's scripts (the first tab comes with the shell: what the bundle budget counts as the
 * first script); a tab opened later loads its own; while a script is slow the panel is busy and
 * says it is loading; a script that cannot load leaves a plain message in the panel, and choosing
 * the tab again loads it.
 */
import { readdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { scriptsOfTab } from "../helpers/pane-scripts";
import { DIST, browserTestsUnavailable, ownPageErrors, startHarness, type Harness } from "./harness";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Tab script browser tests skipped: ${unavailable}`);
}

describeBrowser("tabs loaded when first opened", () => {
  let harness: Harness;
  const built = unavailable ? [] : readdirSync(DIST).filter((name) => name.endsWith(".js"));

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  /** A pane opened in a plain tab, ready, with the names of the scripts it has asked its own origin for. */
  async function openPane(prepare?: (page: Page) => Promise<unknown>): Promise<{ page: Page; scripts: string[] }> {
    const page = await harness.context.newPage();
    const scripts: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      if (url.startsWith(`${harness.origin}/`) && url.endsWith(".js"))
        scripts.push(url.slice(harness.origin.length + 1));
    });
    if (prepare) await prepare(page);
    await page.goto(`${harness.origin}/taskpane.html`);
    await page.waitForSelector("body[data-ready='true']", { timeout: 15000 });
    return { page, scripts };
  }

  test("at start the pane loads its page's scripts only, and each other tab's when it is opened", async () => {
    const { page, scripts } = await openPane();
    const first = ["taskpane.js", "old-webview.js"];
    expect([...scripts].sort()).toEqual([...first].sort());
    expect(await page.locator("#panel-plan[data-ready='true']").count()).toBe(1);
    expect(await page.getByLabel("Apprentice name").count()).toBe(1);

    await page.getByRole("tab", { name: "District" }).click();
    await page.locator("#panel-district[data-ready='true']").waitFor();
    const district = scriptsOfTab("tab-district", built).filter((name) => !first.includes(name));
    expect(district).toContain("tab-district.js");
    expect(scripts.slice(first.length).sort()).toEqual([...district].sort());
    expect(await page.locator("#panel-district").getByRole("button", { name: "Build summary" }).count()).toBe(1);

    // Back to Plan and to District again: nothing loaded twice, the District tab mounted once.
    await page.getByRole("tab", { name: "Plan" }).click();
    await page.getByRole("tab", { name: "District" }).click();
    expect(scripts.filter((name) => name === "tab-district.js")).toHaveLength(1);
    expect(await page.locator("#panel-district").getByRole("button", { name: "Build summary" }).count()).toBe(1);
    expect(ownPageErrors(harness)).toEqual([]);
    await page.close();
  });

  test("a slow tab script: the panel is busy and says so; then the tab is there", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page } = await openPane((p) =>
      p.route("**/tab-levy.js", async (route) => {
        await held;
        await route.continue();
      }),
    );
    await page.getByRole("tab", { name: "Levy" }).click();
    const panel = page.locator("#panel-levy");
    await panel.locator(".tab-loading", { hasText: "Loading the Levy tab…" }).waitFor();
    expect(await panel.getAttribute("aria-busy")).toBe("true");
    release();
    await page.locator("#panel-levy[data-ready='true']").waitFor();
    expect(await panel.getAttribute("aria-busy")).toBeNull();
    expect(await panel.locator(".tab-loading").count()).toBe(0);
    expect(await panel.getByLabel("Annual pay bill").count()).toBe(1);
    await page.close();
  });

  test("a tab script that cannot load: a plain message in the panel; chosen again, the tab loads", async () => {
    const refuse = (route: { abort(code: string): Promise<void> }) => route.abort("connectionfailed");
    const { page } = await openPane((p) => p.route("**/tab-register.js", refuse));
    const tab = page.getByRole("tab", { name: "Register" });
    await tab.click();
    const panel = page.locator("#panel-register");
    const message = panel.getByRole("alert");
    await message.waitFor();
    expect(await message.textContent()).toBe(
      "The Register tab could not load. Check the connection, then choose the tab again.",
    );
    expect(await panel.getAttribute("aria-busy")).toBeNull();
    expect(await panel.getAttribute("data-ready")).toBeNull();

    await page.unroute("**/tab-register.js", refuse);
    await tab.click();
    await page.locator("#panel-register[data-ready='true']").waitFor();
    expect(await panel.getByRole("alert").count()).toBe(0);
    expect(await panel.getByRole("button", { name: "Use the made-up sample register" }).count()).toBe(1);
    await page.close();
  });
});
