/**
 * The house's import lines (docs/CONVENTIONS.md): data flows one way, from raw values through the
 * rules to a sheet model, and Office.js lives only at the edge. Every relative import in src/ is
 * resolved to its folder and checked against what that folder may import; the pure folders may
 * not touch Office, Excel, CustomFunctions or the DOM at all; and the page (src/taskpane) runs no
 * Excel.run, syncs no request context, registers no workbook event and touches no Office global:
 * it calls src/workbook, whose functions do.
 */
import fs from "fs";
import path from "path";

const SRC = path.resolve(__dirname, "../src");

/** What each folder of src/ may import (besides itself). */
export const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  rules: [],
  values: ["rules"],
  sheets: ["rules", "values"],
  functions: ["rules", "values"],
  workbook: ["rules", "values", "sheets"],
  taskpane: ["rules", "values", "sheets", "workbook"],
};

/** Globals the pure folders must not touch. */
const PURE_FOLDERS = ["rules", "values", "sheets"];
const HOST_GLOBALS = /\b(?:Excel|Office|OfficeExtension|CustomFunctions)\s*\.|\b(?:document|window|navigator)\s*\./;

/** What the page may not do itself: each is src/workbook's work. */
const PAGE_FOLDER = "taskpane";
const OFFICE_JS_IN_PAGE: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /\bExcel\s*\.\s*run\b/, what: "runs Excel.run" },
  { pattern: /\.\s*sync\s*\(\s*\)/, what: "syncs a request context" },
  { pattern: /\.\s*on[A-Z]\w*\s*\.\s*add\s*\(/, what: "registers a workbook event" },
  { pattern: /\b(?:Excel|Office|OfficeExtension)\.[A-Za-z_$][\w$]*/, what: "touches an Office global" },
];

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ""); // comments may name Office
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?|\bimport\s+)["']([^"']+)["']/g;

/** The relative imports of a file's text, static and dynamic. */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) found.push(match[1]!);
  return found;
}

export function folderOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

/** The import lines a file crosses: "sheets/plan/plan-model.ts imports functions/define". */
export function crossings(file: string, text: string): string[] {
  const from = folderOf(file);
  const allowed = MAY_IMPORT[from];
  const problems: string[] = [];
  if (!allowed) return [`${path.relative(SRC, file)} is in a folder with no import rule`];
  for (const spec of importsOf(text)) {
    if (!spec.startsWith(".")) continue; // packages are checked by the bundle budgets and the audit
    const target = path.resolve(path.dirname(file), spec);
    const to = folderOf(target);
    if (to !== from && !allowed.includes(to)) {
      problems.push(
        `${path.relative(SRC, file)} imports ${path.relative(SRC, target)} (${from} may import ${allowed.join(", ") || "nothing outside itself"})`,
      );
    }
  }
  if (PURE_FOLDERS.includes(from)) {
    const host = HOST_GLOBALS.exec(withoutComments(text));
    if (host) problems.push(`${path.relative(SRC, file)} touches ${host[0].replace(/\s*\.$/, "")} (a pure folder)`);
  }
  if (from === PAGE_FOLDER) {
    const code = withoutComments(text);
    for (const { pattern, what } of OFFICE_JS_IN_PAGE) {
      const found = pattern.exec(code);
      if (found) problems.push(`${path.relative(SRC, file)} ${what} (${found[0]}): Office.js belongs in src/workbook`);
    }
  }
  return problems;
}

describe("import lines between the folders of src/", () => {
  const files = sourceFiles(SRC);

  test("every folder of src/ has an import rule and a README saying what lives there", () => {
    const folders = fs.readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(folders.map((d) => d.name).sort()).toEqual(Object.keys(MAY_IMPORT).sort());
    for (const folder of folders) {
      expect(fs.existsSync(path.join(SRC, folder.name, "README.md"))).toBe(true);
    }
  });

  test("no file crosses a line", () => {
    expect(files.length).toBeGreaterThan(40);
    const problems = files.flatMap((file) => crossings(file, fs.readFileSync(file, "utf8")));
    expect(problems).toEqual([]);
  });

  test("the check catches a model importing the custom-functions adapter, and a rule touching Office", () => {
    expect(
      crossings(path.join(SRC, "sheets/plan/plan-model.ts"), 'import { invoke } from "../../functions/define";'),
    ).toEqual(["sheets/plan/plan-model.ts imports functions/define (sheets may import rules, values)"]);
    expect(
      crossings(
        path.join(SRC, "taskpane/plan/plan-tab.ts"),
        'const m = await import(/* eager */ "../../functions/senco");',
      ),
    ).toHaveLength(1);
    expect(crossings(path.join(SRC, "rules/senco-time.ts"), "const s = Excel.run(() => 1);")).toEqual([
      "rules/senco-time.ts touches Excel (a pure folder)",
    ]);
    expect(crossings(path.join(SRC, "rules/senco-time.ts"), "// Excel.run is not called here")).toEqual([]);
  });

  test("the check catches the page running Excel.run, syncing, registering a workbook event or touching Office", () => {
    const tab = path.join(SRC, "taskpane/plan/plan-actions.ts");
    expect(crossings(tab, "const found = await Excel.run((context) => readActivePlanSheet(context));")).toEqual([
      "taskpane/plan/plan-actions.ts runs Excel.run (Excel.run): Office.js belongs in src/workbook",
      "taskpane/plan/plan-actions.ts touches an Office global (Excel.run): Office.js belongs in src/workbook",
    ]);
    expect(crossings(tab, "await context.sync();")).toEqual([
      "taskpane/plan/plan-actions.ts syncs a request context (.sync()): Office.js belongs in src/workbook",
    ]);
    expect(crossings(tab, "context.workbook.worksheets.onActivated.add(load);")).toHaveLength(1);
    expect(crossings(tab, "sheet.onChanged.add(async () => undefined);")).toHaveLength(1);
    expect(crossings(tab, "if (Office.context.requirements.isSetSupported('ExcelApi', '1.9')) {}")).toHaveLength(1);
    // Words for the user and comments may name Excel and Office.
    expect(crossings(tab, '// Excel.run lives in src/workbook\nconst s = "Done in Excel. Open Office.";')).toEqual([]);
    expect(crossings(path.join(SRC, "workbook/plan-excel.ts"), "return Excel.run((c) => c.sync());")).toEqual([]);
  });
});
