/**
 * Bundle budgets. dist/functions.js at most 50 KB minified and 19 KB gzipped (Excel's
 * JavaScript-only runtime downloads and parses it whenever it starts the functions; it holds 28
 * functions, the dated funding tables, the register forms MIS systems export, the census's
 * type-of-need codes and SEN rules, the levy account forecast with its levels and transfers, the
 * EHC plan reviews' dates and every message, the census suggestions with the paragraphs they rest
 * on among them, with no polyfills), minified by webpack's defaults.
 *
 * The task pane: the first tab comes with the shell (taskpane.js); every other tab is a script of
 * its own (`tab-<id>.js`, loaded when the tab is first opened), and code several of them share is
 * in `shared-<tabs>.js`, named after the tabs that load it. Two parts load the first time they are
 * needed: the previews' renderer, which only a plain browser needs (`preview.js`), and the plan's
 * builder, which the first Create plan loads (`plan.js`). What a user waits for before the pane is
 * ready, the scripts dist/taskpane.html loads from the add-in's own origin (the browser test
 * test/browser/tab-chunks.test.ts checks that the pane loads nothing else before it is ready), at
 * most 120 KB; everything the pane may load (every script in dist/ but the functions bundle) at
 * most 400 KB. office.js, from Microsoft, is not counted. Prints each file's size. Run
 * `npm run build` (production) first (`npm test` does).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import * as funding from "../../src/rules/apprenticeship-funding-sources";
import { OFF_THE_JOB_CITED } from "../../src/rules/off-the-job-sources";
import { SENCO_APPOINTMENT_CITED, SENCO_COURSE_CITED } from "../../src/rules/senco-qualification-sources";
import { scriptsOfTab, tabChunkNames } from "../helpers/pane-scripts";

const DIST = join(__dirname, "..", "..", "dist");
const KB = 1024;
const FUNCTIONS_BUDGET = 50 * KB;
const FUNCTIONS_GZIP_BUDGET = 19 * KB;
const FIRST_SCRIPT_BUDGET = 120 * KB;
const TASKPANE_BUDGET = 400 * KB;

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return jsFiles(full);
    return name.endsWith(".js") ? [full] : [];
  });
}

/** Scripts a page loads from its own origin (relative src), in the order it lists them. */
export function ownScriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const src = match[1] ?? match[2] ?? match[3] ?? "";
    if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src)) sources.push(src.split(/[?#]/)[0]!);
  }
  return sources;
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

const built = existsSync(join(DIST, "functions.js")) && existsSync(join(DIST, "taskpane.html"));

describe("bundle budgets", () => {
  beforeAll(() => {
    if (!built)
      throw new Error("dist/ is missing functions.js or taskpane.html: run npm run build first (npm test does).");
  });

  test("ownScriptSources keeps the page's own scripts and drops Microsoft's CDN", () => {
    const html = `<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src=taskpane.js></script><script src='chunk.1.js?v=2'></script><script>inline()</script>`;
    expect(ownScriptSources(html)).toEqual(["taskpane.js", "chunk.1.js"]);
  });

  test(`dist/functions.js is at most ${kb(FUNCTIONS_BUDGET)} (${kb(FUNCTIONS_GZIP_BUDGET)} gzipped)`, () => {
    const source = readFileSync(join(DIST, "functions.js"));

    console.log(
      `bundle budget: dist/functions.js ${kb(source.length)} (${kb(gzipSync(source).length)} gzipped), budget ${kb(FUNCTIONS_BUDGET)} (${kb(FUNCTIONS_GZIP_BUDGET)} gzipped)`,
    );
    expect(source.length).toBeGreaterThan(0);
    expect(source.length).toBeLessThanOrEqual(FUNCTIONS_BUDGET);
    expect(gzipSync(source).length).toBeLessThanOrEqual(FUNCTIONS_GZIP_BUDGET);
  });

  test("the dated rules' citations stay out of dist/functions.js (the functions never show them)", () => {
    const source = readFileSync(join(DIST, "functions.js"), "utf8");
    const tables = [...Object.values(funding), OFF_THE_JOB_CITED, SENCO_APPOINTMENT_CITED, SENCO_COURSE_CITED];
    const rows = tables.flat();
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(source).not.toContain(row.source);
    }
  });

  test("tabChunkNames reads the shell's table in order; scriptsOfTab finds a tab's own and shared scripts", () => {
    const shell = `load: () => import(/* webpackChunkName: "tab-district" */ "./district/district-tab"),\n load: () => import(/* webpackChunkName: "tab-levy" */ "./levy/levy-tab")`;
    expect(tabChunkNames(shell)).toEqual(["tab-district", "tab-levy"]);
    const files = [
      "tab-district.js",
      "tab-levy.js",
      "shared-district-levy.js",
      "shared-register-statement.js",
      "shared-levyfunds.js",
    ];
    expect(scriptsOfTab("tab-levy", files)).toEqual(["tab-levy.js", "shared-district-levy.js"]);
    expect(scriptsOfTab("tab-register", files)).toEqual(["shared-register-statement.js"]);
  });
});

describe("task pane budgets", () => {
  /** The tabs loaded when first opened: every tab but the first. */
  const tabs = tabChunkNames();

  beforeAll(() => {
    if (!built)
      throw new Error("dist/ is missing functions.js or taskpane.html: run npm run build first (npm test does).");
  });

  /** Each file's size, one line each, and their total. */
  function sizes(files: readonly string[]): { total: number; lines: string } {
    let total = 0;
    const lines: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(file);
      total += bytes.length;
      lines.push(`  ${relative(DIST, file)} ${kb(bytes.length)} (${kb(gzipSync(bytes).length)} gzipped)`);
    }
    return { total, lines: lines.join("\n") };
  }

  /** Every script the pane may load: the page's own and every script in dist/ but the functions bundle. */
  function paneScripts(): { fromPage: string[]; all: string[] } {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const fromPage = ownScriptSources(html).map((src) => join(DIST, src));
    const others = jsFiles(DIST).filter((f) => f !== join(DIST, "functions.js") && !fromPage.includes(f));
    return { fromPage, all: [...fromPage, ...others] };
  }

  test("every tab but the first is a script of its own, and every script's name says what it holds", () => {
    expect(tabs.length).toBeGreaterThan(0);
    for (const tab of tabs) expect({ tab, built: existsSync(join(DIST, `${tab}.js`)) }).toEqual({ tab, built: true });
    // Parts of the pane loaded the first time they are needed: the previews' renderer (outside
    // Excel) and the plan's builder (the first Create plan); code they share with a tab is named
    // after both (shared-levy-plan.js).
    const parts = ["preview", "plan"];
    const ids = [...tabs.map((tab) => tab.replace(/^tab-/, "")), ...parts];
    const unnamed = jsFiles(DIST)
      .map((file) => relative(DIST, file))
      .filter((name) => {
        const shared = /^shared-([a-z-]+)\.js$/.exec(name);
        if (shared) return !shared[1]!.split("-").every((id) => ids.includes(id));
        return ![
          "functions.js",
          "taskpane.js",
          "old-webview.js",
          ...parts.map((part) => `${part}.js`),
          ...tabs.map((tab) => `${tab}.js`),
        ].includes(name);
      });
    expect(unnamed).toEqual([]);
  });

  test(`what a user waits for before the pane is ready is at most ${kb(FIRST_SCRIPT_BUDGET)}`, () => {
    const { fromPage } = paneScripts();
    expect(fromPage.length).toBeGreaterThan(0);
    for (const file of fromPage) expect(existsSync(file)).toBe(true);
    const { total, lines } = sizes(fromPage);
    console.log(
      `bundle budget: the pane's first script (the page's own, the first tab with the shell) ${kb(total)}, budget ${kb(FIRST_SCRIPT_BUDGET)}\n${lines}`,
    );
    expect(total).toBeLessThanOrEqual(FIRST_SCRIPT_BUDGET);
  });

  test(`everything the task pane may load is at most ${kb(TASKPANE_BUDGET)}`, () => {
    const { all } = paneScripts();
    const { total, lines } = sizes(all);
    console.log(`bundle budget: task pane JavaScript, every tab ${kb(total)}, budget ${kb(TASKPANE_BUDGET)}\n${lines}`);
    for (const tab of tabs) console.log(`  opening ${tab} first loads ${kb(sizes(scriptsOfTab(tab, all)).total)} more`);
    expect(total).toBeLessThanOrEqual(TASKPANE_BUDGET);
  });
});
