/**
 * How the task pane starts, in headless Debian chromium against dist/ served on 127.0.0.1, with
 * Microsoft's CDN folder (office.js, excel-web-16.00.js, the locale string files,
 * o15apptofilemappingtable.js, ...) routed to node_modules/@microsoft/office-js/dist by the
 * harness and everything else outside 127.0.0.1 aborted:
 *
 * - opened the way Office opens it (`?_host_Info=Excel$Web$16.01$en-GB$$$$16`), office.js loads
 *   Excel's own script and waits for a host handshake that never comes here: the pane shows
 *   "Starting…", later a "still waiting" note, never the preview, and no Content-Security-Policy
 *   violation happens on the way (office.js and excel-web-16.00.js set inline styles);
 * - in a plain tab it reaches preview mode;
 * - when office.js cannot load it says so in words (inside Office), or still previews (a tab);
 * - in Internet Explorer 11 or Edge Legacy (their user agents) it says the pane browser is too old.
 * The pane's own 10-second timer runs on the page's fake clock (Playwright's page.clock), moved on
 * by the test. The start-up figures docs/performance.md quotes are measured by `npm run bench`.
 */
import type { Page } from "playwright-core";
import { browserTestsUnavailable, startHarness, type Harness } from "./harness";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Start-up browser tests skipped: ${unavailable}`);
}

const HOST_INFO = "?_host_Info=Excel$Web$16.01$en-GB$$$$16";
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const EDGE_LEGACY =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

interface Watched {
  page: Page;
  /** CSP violations: securitypolicyviolation events and the console errors Chromium logs for them. */
  violations(): Promise<string[]>;
  /** Every CDN path office.js asked for. */
  cdn: string[];
  /** Resolves once office.js has asked for this CDN path (at once if it already has). */
  requested(path: string): Promise<unknown>;
}

describeBrowser("task pane start-up", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function open(path: string, prepare?: (page: Page) => Promise<unknown>): Promise<Watched> {
    const page = await harness.context.newPage();
    const consoleViolations: string[] = [];
    const cdn: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) consoleViolations.push(`console: ${message.text()}`);
    });
    page.on("request", (request) => {
      const url = request.url();
      if (url.startsWith("https://appsforoffice.microsoft.com/")) cdn.push(new URL(url).pathname);
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener("securitypolicyviolation", (e) =>
        seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
    if (prepare) await prepare(page);
    await page.goto(`${harness.origin}${path}`);
    return {
      page,
      cdn,
      requested: async (wanted: string) =>
        cdn.includes(wanted) ||
        page.waitForEvent("request", { predicate: (r) => new URL(r.url()).pathname === wanted, timeout: 15000 }),
      async violations() {
        const events = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.slice());
        return [...events, ...consoleViolations];
      },
    };
  }

  test("opened by Office (_host_Info), the pane says Starting…, waits without falling into preview, and breaks no CSP rule", async () => {
    // The page's timers on a fake clock that the test moves on (it runs at the real pace until then).
    const { page, violations, cdn, requested } = await open(`/taskpane.html${HOST_INFO}`, (p) => p.clock.install());
    // office.js took the host information and loaded Excel on the web's script and strings.
    await requested("/lib/1/hosted/excel-web-16.00.js");
    await page.waitForLoadState("networkidle");
    expect(cdn).toEqual(expect.arrayContaining(["/lib/1/hosted/office.js", "/lib/1/hosted/excel-web-16.00.js"]));
    expect(await page.locator("body").getAttribute("data-host")).toBe("office");
    expect(await page.locator("body").getAttribute("data-mode")).toBe("starting");
    expect((await page.locator("#startup").textContent())?.trim()).toBe("Starting…");
    expect(await page.locator("#startup").isVisible()).toBe(true);
    expect(await page.getByRole("tab").count()).toBe(0);

    // Office's handshake never comes here: 10 s on, a gentle note, and still no preview (the exact
    // 10 s is test/workbook/host.test.ts's, on Jest's fake timers).
    await page.clock.fastForward(10_000);
    await page.locator("#startup", { hasText: "Still waiting for Excel" }).waitFor({ timeout: 5000 });
    expect(await page.locator("body").getAttribute("data-mode")).toBe("starting");
    expect(await page.locator("body").getAttribute("data-ready")).toBeNull();
    expect(await violations()).toEqual([]);
    await page.close();
  });

  test("in a plain tab (no _host_Info, not framed) it reaches preview mode, and office.js's inline styles are allowed", async () => {
    const { page, violations, requested } = await open("/taskpane.html");
    await page.waitForSelector("body[data-ready='true']", { timeout: 15000 });
    expect(await page.locator("body").getAttribute("data-host")).toBe("browser");
    expect(await page.locator("body").getAttribute("data-mode")).toBe("preview");
    expect(await page.locator("#startup").count()).toBe(0);
    expect(await page.getByRole("tab").count()).toBe(5);
    // Outside Office, office.js loads its file-mapping table, which sets an inline style attribute;
    // once the network is quiet, every script office.js asked for has run.
    await requested("/lib/1/hosted/o15apptofilemappingtable.js");
    await page.waitForLoadState("networkidle");
    // The one refusal expected: office.js's telemetry frame to Microsoft's telemetry host, kept
    // out by frame-src on purpose (nothing leaves the workbook).
    const unexpected = (await violations()).filter((v) => !/telemetryservice\.firstpartyapps\.oaspapps\.com/.test(v));
    expect(unexpected).toEqual([]);
    await page.close();
  });

  test("inside Office, when office.js cannot load, the pane says so in words", async () => {
    const { page } = await open(`/taskpane.html${HOST_INFO}`, (p) =>
      p.route("**/lib/1/hosted/office.js", (route) => route.abort("internetdisconnected")),
    );
    await page.waitForSelector("body[data-mode='office-missing']", { timeout: 15000 });
    const text = (await page.locator("#startup").textContent()) ?? "";
    expect(text).toBe("Excel's add-in script could not load; check your connection and reopen the pane.");
    expect(await page.locator("#startup").isVisible()).toBe(true);
    await page.close();
  });

  test("in a plain tab, when office.js cannot load, the preview still works", async () => {
    const { page } = await open("/taskpane.html", (p) =>
      p.route("**/lib/1/hosted/office.js", (route) => route.abort("internetdisconnected")),
    );
    await page.waitForSelector("body[data-ready='true']", { timeout: 15000 });
    expect(await page.locator("body").getAttribute("data-mode")).toBe("preview");
    expect(await page.getByRole("tab").count()).toBe(5);
    expect(((await page.locator("body").innerText()) ?? "").trim().length).toBeGreaterThan(50);
    await page.close();
  });

  test.each([
    ["Internet Explorer 11", IE11],
    ["Edge Legacy", EDGE_LEGACY],
  ])("in %s the pane says its browser is too old, instead of a blank pane", async (_name, agent) => {
    const { page } = await open(`/taskpane.html${HOST_INFO}`, (p) =>
      p.addInitScript((ua: string) => {
        Object.defineProperty(Object.getPrototypeOf(navigator), "userAgent", { get: () => ua, configurable: true });
      }, agent),
    );
    await page.waitForSelector("html[data-old-webview='true']", { timeout: 15000 });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("too old for the SEND leadership pane");
    const body = (await page.locator("body").innerText()) ?? "";
    expect(body).toContain("The SEND.* functions may still work in cells");
    expect(body).toContain("update Office (Microsoft 365) and Windows");
    expect(body).toContain("WebView2");
    // taskpane.js, which has run by the page's load event, stayed out of the way.
    await page.waitForLoadState("load");
    expect(await page.getByRole("tab").count()).toBe(0);
    expect(await page.locator("#startup").count()).toBe(0);
    await page.close();
  });
});
