/**
 * The task pane's scripts as the build names them: the shell with the first tab (taskpane.js, and
 * the page's old-webview.js), one script for each other tab (`tab-<id>.js`, named by the
 * webpackChunkName of its line in the shell's table of tabs) and the code several of those share
 * (`shared-<tabs>.js`, named after the tabs that load it). For the bundle budgets, the browser
 * test of tabs loaded when first opened and the help pages' tests (a page a tab).
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";

export const SHELL_SOURCE = join(__dirname, "..", "..", "src", "taskpane", "taskpane.ts");

/** The script names of the tabs loaded when first opened, in the order of the shell's table of tabs. */
export function tabChunkNames(shellSource: string = readFileSync(SHELL_SOURCE, "utf8")): string[] {
  return [...shellSource.matchAll(/webpackChunkName:\s*"([^"]+)"/g)].map((m) => m[1]!);
}

/** The tabs in the shell's table of tabs, in order: each one's id (its panel, script and help page) and label. */
export function paneTabs(shellSource: string = readFileSync(SHELL_SOURCE, "utf8")): { id: string; label: string }[] {
  return [...shellSource.matchAll(/\{\s*id:\s*"([^"]+)",\s*label:\s*"([^"]+)"/g)].map((m) => ({
    id: m[1]!,
    label: m[2]!,
  }));
}

/** The scripts a tab loads: its own and the shared scripts named after it (`shared-levy-plan.js` for "tab-plan"). */
export function scriptsOfTab(tabChunk: string, files: readonly string[]): string[] {
  const id = tabChunk.replace(/^tab-/, "");
  return files.filter((file) => {
    const name = basename(file, ".js");
    return name === tabChunk || (name.startsWith("shared-") && name.slice(7).split("-").includes(id));
  });
}
