/**
 * Browser test harness: serves dist/ on http://127.0.0.1:<free port> with a tiny Node http
 * server, connects to the one chromium Jest launched for the run (test/setup/browser-server.ts:
 * Debian's /usr/bin/chromium through playwright-core, no browser download) or, outside Jest,
 * launches its own, opens a browser context of its own, routes Microsoft's office.js CDN to the
 * copy in node_modules/@microsoft/office-js/dist, and aborts and records every other request that
 * would leave 127.0.0.1, telling Microsoft's own Office hosts (office.js's telemetry) apart from
 * anything the add-in itself sends.
 *
 * Requires `npm run build` first (dist/taskpane.html) and `apt-get install -y chromium`.
 */
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_JS_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** The environment variable holding the WebSocket address of the chromium Jest launched for the run. */
export const WS_ENDPOINT_VARIABLE = "BROWSER_WS_ENDPOINT";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Hosts that belong to Microsoft's Office (office.js loads or pings them by itself). */
const MICROSOFT_OFFICE_HOSTS = [
  /(^|\.)microsoft\.com$/,
  /(^|\.)office\.com$/,
  /(^|\.)office\.net$/,
  /(^|\.)oaspapps\.com$/,
  /(^|\.)msocdn\.com$/,
  /(^|\.)live\.com$/,
];

export interface OutsideRequest {
  readonly url: string;
  /** "office": Microsoft's Office hosts (office.js's own requests); "addin": anything else. */
  readonly origin: "office" | "addin";
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".csv": "text/csv; charset=utf-8",
};

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserTestsUnavailable(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing: run apt-get update && apt-get install -y chromium`;
  if (!existsSync(join(DIST, "taskpane.html"))) return "dist/taskpane.html is missing: run npm run build first";
  if (!existsSync(OFFICE_JS_DIST)) return "node_modules/@microsoft/office-js is missing: run npm install";
  return undefined;
}

/** Where the test server serves axe-core's own script, beside dist/, for `axeViolations` to add to a page. */
const AXE_PATH = "/test-tools/axe.min.js";

/** The file the test server sends for `path`: one in dist/, or axe-core's script; undefined for anything else. */
function servedFile(path: string): string | undefined {
  if (path === AXE_PATH) return require.resolve("axe-core/axe.min.js");
  const file = normalize(join(DIST, path === "/" ? "taskpane.html" : path));
  return file.startsWith(DIST + sep) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const file = servedFile(decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname));
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolvePromise) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

export interface Harness {
  readonly origin: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** Every request that tried to leave 127.0.0.1 (all were aborted), in order. */
  readonly outside: OutsideRequest[];
  /** Console errors and page errors seen, for diagnosis. */
  readonly errors: string[];
  newPage(path?: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The harnesses open in this test file. After each test every page of theirs is closed but one
 * (an open pane left behind keeps office.js busy, about 5% of a core each, outside Office): the
 * last pane `newPage` opened is emptied instead (its session storage cleared, about:blank loaded,
 * its size set back) and the next `newPage` loads the pane into it, a fresh document in a tab
 * chromium already has (a new tab costs a third of a second here on every test).
 */
const openHarnesses = new Set<Harness & { emptyPanes(): Promise<void> }>();
if (typeof afterEach === "function") {
  afterEach(async () => {
    for (const harness of openHarnesses) await harness.emptyPanes();
  });
}

/** The context's own page size, which a reused tab is given back. */
const VIEWPORT = { width: 420, height: 900 };

/** Empty a tab for the next test: nothing of the last test's document or tab session is left in it. */
async function emptyTab(page: Page): Promise<void> {
  await page.evaluate(() => sessionStorage.clear());
  await page.goto("about:blank");
  const size = page.viewportSize();
  if (size?.width !== VIEWPORT.width || size.height !== VIEWPORT.height) await page.setViewportSize(VIEWPORT);
}

export async function startHarness(): Promise<Harness> {
  const { server, origin } = await serveDist();
  const endpoint = process.env[WS_ENDPOINT_VARIABLE];
  const browser = endpoint
    ? await chromium.connect(endpoint)
    : await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  const context = await browser.newContext({ locale: "en-GB", viewport: VIEWPORT });
  const outside: OutsideRequest[] = [];
  const errors: string[] = [];
  // Every request but the pane's own (its origin's, and inline data) comes here. The pattern is
  // matched in Playwright's server, so the pane's own files load without a trip to this process.
  const notOwn = new RegExp(`^(?!${origin.replace(/[.:/]/g, "\\$&")}/|data:)`);
  await context.route(notOwn, async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN_PREFIX)) {
      const rel = url.slice(OFFICE_CDN_PREFIX.length).split(/[?#]/)[0]!;
      const file = normalize(join(OFFICE_JS_DIST, rel));
      if (file.startsWith(OFFICE_JS_DIST + sep) && existsSync(file)) {
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: readFileSync(file) });
      }
    }
    let host = "";
    try {
      host = new URL(url).hostname;
    } catch {
      // not a URL with a host
    }
    outside.push({ url, origin: MICROSOFT_OFFICE_HOSTS.some((re) => re.test(host)) ? "office" : "addin" });
    return route.abort("blockedbyclient");
  });
  /** The tab the last `newPage` opened, kept for the next one; none while a test holds it. */
  let spareTab: Page | undefined;
  /** The tab the running test's last `newPage` loaded the pane into: the one kept after the test. */
  let paneTab: Page | undefined;
  async function openTab(): Promise<Page> {
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error")
        errors.push(`console: ${message.text()} (at ${message.location().url || "unknown"})`);
    });
    return page;
  }
  const harness = {
    origin,
    browser,
    context,
    outside,
    errors,
    async newPage(path = "/taskpane.html") {
      const page = spareTab ?? (await openTab());
      spareTab = undefined;
      paneTab = page;
      await page.goto(`${origin}${path}`);
      await page.waitForSelector("body[data-ready='true']", { timeout: 15000 });
      return page;
    },
    async emptyPanes() {
      const keep = paneTab && !paneTab.isClosed() ? paneTab : undefined;
      paneTab = undefined;
      await Promise.all(context.pages().map((page) => (page === keep ? undefined : page.close())));
      if (!keep) return;
      try {
        await emptyTab(keep);
        spareTab = keep;
      } catch {
        // A tab that cannot be emptied (it crashed, or its document will not unload) is not kept.
        await keep.close();
      }
    },
    async close() {
      openHarnesses.delete(harness);
      await context.close();
      // Connected: disconnects, leaving the run's chromium to the other files. Launched: closes it.
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  openHarnesses.add(harness);
  return harness;
}

/**
 * Wait until an element's text matches (status lines are written after asynchronous work such
 * as reading a picked file), then return the text. Fails after `timeout` ms.
 */
export async function textWhenMatching(locator: Locator, pattern: RegExp, timeout = 15000): Promise<string> {
  await locator.filter({ hasText: pattern }).first().waitFor({ timeout });
  return (await locator.textContent()) ?? "";
}

/**
 * True when `npm run screenshots` asks for the documentation's pictures (SCREENSHOTS=1): the
 * browser tests then write them to docs/images/. An ordinary test run takes no picture (a picture
 * asserts nothing, and rendering one costs the machine more than most checks) and so never
 * changes a tracked file.
 */
export const TAKING_PICTURES = process.env.SCREENSHOTS === "1";

/** The folder the documentation's pictures go to. */
const PICTURES = join(ROOT, "docs/images");

/** A picture of `target` (a page or an element) for the documentation, when pictures are asked for. */
export async function picture(
  target: Page | Locator,
  file: string,
  options: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } } = {},
): Promise<void> {
  if (!TAKING_PICTURES) return;
  mkdirSync(PICTURES, { recursive: true });
  await target.screenshot({ path: join(PICTURES, file), ...options });
}

/**
 * The documentation's picture of a tab's preview at the pane's 350 px, from the preview's top and
 * at most `maxHeight` high. Take it last: Playwright's screenshot injects a style the CSP reports.
 */
export async function screenshotPreview(page: Page, preview: Locator, file: string, maxHeight: number): Promise<void> {
  if (!TAKING_PICTURES) return;
  // boundingBox() is relative to the viewport and the clip to the page: measure from the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await preview.boundingBox())!;
  await picture(page, file, {
    fullPage: true,
    clip: { x: 0, y: box.y, width: 350, height: Math.min(box.height, maxHeight) },
  });
}

/**
 * The errors the add-in's own page raised: page errors and console errors from its bundle (office.js
 * outside Office has an inline style the CSP blocks and its telemetry refused: not ours).
 */
export function ownPageErrors(harness: Harness): string[] {
  return harness.errors.filter((e) => e.startsWith("pageerror") || /\/(taskpane|tab-[\w-]+|shared-[\w-]+)\.js/.test(e));
}

/**
 * Press Tab, as a keyboard user does, until `target` has the focus; the number of presses it took.
 * Fails when `most` presses never reach it.
 */
export async function tabTo(target: Locator, most = 60): Promise<number> {
  for (let presses = 1; presses <= most; presses += 1) {
    await target.page().keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`${most} presses of Tab never reached ${String(target)}`);
}

/** The message area a form field is described by (its `…-error` element). */
export async function errorOf(input: Locator): Promise<Locator> {
  const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
  const id = describedBy.split(" ").find((x) => x.endsWith("-error"));
  if (!id) throw new Error(`the field is described by no message area (${describedBy})`);
  return input.page().locator(`#${id}`);
}

/**
 * Every table cell and table scroll area under `scope` whose content is cut off (wider than its
 * box: scrollWidth over clientWidth), described by its text, for a test to expect none.
 */
export async function cutOffCells(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>(".table-scroll, td, th")]
      .filter((cell) => cell.scrollWidth > cell.clientWidth)
      .map(
        (cell) =>
          `${cell.tagName} "${(cell.textContent ?? "").slice(0, 40)}" ${cell.scrollWidth} > ${cell.clientWidth}`,
      ),
  );
}

/** How far the page runs off the pane sideways, in px: 0 or less when nothing does (wide tables scroll inside their own area). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** axe-core's own script, read only for a page whose policy refuses the served one. */
let axeScript: string | undefined;

/**
 * axe-core's violations inside `selector` (the whole page when none is given), one line each: the
 * rule and the elements. axe-core runs in the page itself, with its default rules, as the browser
 * extension does (the pane has no frames to visit); its script is served from the pane's own
 * origin, which the pane's Content-Security-Policy allows, so chromium keeps it compiled.
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    // A page whose policy allows no script at all (the help pages) is given axe-core's text.
    await page.addScriptTag({ url: AXE_PATH }).catch(async () => {
      axeScript ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
      await page.evaluate(axeScript);
    });
  }
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const results = await axe.run(within ?? document);
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, selector);
}

/**
 * For a describe block whose tests pick files: a harness and a temporary folder, made before its
 * tests and removed after them. Read both inside the tests (they are set in beforeAll).
 */
export function harnessWithFolder(prefix: string): { readonly harness: Harness; readonly dir: string } {
  const state = {} as { harness: Harness; dir: string };
  beforeAll(async () => {
    state.harness = await startHarness();
    state.dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await state.harness?.close();
    if (state.dir) rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}

/** A new page of the pane `width` px wide (a task pane's 350 by default), its District tab open and mounted. */
export async function openDistrictTab(harness: Harness, width = 350): Promise<Page> {
  const page = await harness.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.getByRole("tab", { name: "District" }).click();
  await page.waitForSelector("#panel-district[data-ready='true']");
  return page;
}

/** The value beside a row label in the District tab's preview of the totals ("Schools in the summary"). */
export async function districtTotal(page: Page, label: string): Promise<string> {
  const row = page.locator("#panel-district .preview tr", { has: page.locator("th", { hasText: label }) });
  return ((await row.first().locator("td").first().textContent()) ?? "").trim();
}
