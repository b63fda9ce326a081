/**
 * The help the add-in ships (help/, built into dist/help/): a page for every tab of the pane's
 * table of tabs, each a plain page that loads nothing from elsewhere and runs no script, headed
 * with its tab's name, whose every link goes to a place that exists (an anchor of its own, the
 * stylesheet, the function reference and its anchors). Run `npm run build` first (`npm test` does).
 * The browser test (test/browser/help.test.ts) follows each tab's link to its page. The build
 * minifies the pages, so attributes are read quoted or not.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { paneTabs } from "./helpers/pane-scripts";

const HELP = join(__dirname, "..", "dist", "help");
const built = existsSync(join(HELP, "functions.html"));

/** The values of an attribute on every element of a page, quoted or not. */
function attributeValues(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}=(?:"([^"]*)"|([^\\s>"]+))`, "g"))].map((m) => m[1] ?? m[2]!);
}

/** The ids a page's elements carry (its anchors). */
function ids(html: string): Set<string> {
  return new Set(attributeValues(html, "id"));
}

describe("the help pages, a page a tab", () => {
  beforeAll(() => {
    if (!built) throw new Error("dist/help/ is missing: run npm run build first (npm test does).");
  });

  const tabs = paneTabs();
  test("the pane has its five tabs", () => {
    expect(tabs.map((t) => t.id)).toEqual(["plan", "district", "register", "statement", "levy"]);
  });

  test.each(tabs)("$label: its page, headed with the tab, no script, nothing from elsewhere", ({ id, label }) => {
    const file = join(HELP, `${id}.html`);
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, "utf8");
    expect(html).toMatch(/^<!doctype html>\s*<html lang="?en-GB"?>/);
    expect(attributeValues(html, "content")).toContain(
      "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'",
    );
    expect(html).toMatch(new RegExp(`<h1>The ${label} tab: `));
    expect(html).not.toMatch(/<script|<iframe|<img|\son[a-z]+=/i);
    expect(html).not.toMatch(/\b(?:https?:)?\/\//);
  });

  test.each(tabs)("$label: every link goes to a place that exists", ({ id }) => {
    const html = readFileSync(join(HELP, `${id}.html`), "utf8");
    const reference = ids(readFileSync(join(HELP, "functions.html"), "utf8"));
    const own = ids(html);
    const links = [...attributeValues(html, "href"), ...attributeValues(html, "src")];
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      const [file, anchor] = link.split("#") as [string, string | undefined];
      if (file === "") expect(own.has(anchor!)).toBe(true);
      else {
        expect(existsSync(join(HELP, file))).toBe(true);
        if (anchor !== undefined) expect(file === "functions.html" && reference.has(anchor)).toBe(true);
      }
    }
  });
});
