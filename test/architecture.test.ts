/**
 * What the house's import checks cannot see. dependency-cruiser (.dependency-cruiser.js, run by
 * `npm run depcruise` in `npm test`) checks every import: the layer table, the district's rooms,
 * no cycles, no orphans. Office's globals are not imports: here the pure folders may not touch
 * Office, Excel, CustomFunctions or the DOM at all, and the page (src/taskpane) runs no Excel.run,
 * syncs no request context, registers no workbook event and touches no Office global: it calls
 * src/workbook, whose functions do. And every folder of src/ has its line in the layer table and a
 * README saying what lives there.
 */
import fs from "fs";
import path from "path";

const SRC = path.resolve(__dirname, "../src");

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config file */
const DEPCRUISE = require("../.dependency-cruiser.js") as { forbidden: readonly { name: string }[] };

/** The folders the layer table of .dependency-cruiser.js names (its rules "layer-<folder>"). */
function layerFolders(): string[] {
  return DEPCRUISE.forbidden
    .map((rule) => /^layer-(\w+)$/.exec(rule.name)?.[1])
    .filter((folder): folder is string => folder !== undefined && folder !== "unknown");
}

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

function folderOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

/** The Office globals a file touches where it may not: "taskpane/plan/plan-actions.ts runs Excel.run (…)". */
function officeUses(file: string, text: string): string[] {
  const from = folderOf(file);
  const problems: string[] = [];
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

describe("Office's globals and the folders of src/", () => {
  const files = sourceFiles(SRC);

  test("every folder of src/ has its line in the layer table and a README saying what lives there", () => {
    const folders = fs.readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(folders.map((d) => d.name).sort()).toEqual(layerFolders().sort());
    for (const folder of folders) {
      expect(fs.existsSync(path.join(SRC, folder.name, "README.md"))).toBe(true);
    }
  });

  test("the pure folders touch no Office global and no DOM; the page runs no Office.js of its own", () => {
    expect(files.length).toBeGreaterThan(40);
    const problems = files.flatMap((file) => officeUses(file, fs.readFileSync(file, "utf8")));
    expect(problems).toEqual([]);
  });

  test("the check catches a rule touching Office, and not a comment naming it", () => {
    expect(officeUses(path.join(SRC, "rules/senco-time.ts"), "const s = Excel.run(() => 1);")).toEqual([
      "rules/senco-time.ts touches Excel (a pure folder)",
    ]);
    expect(officeUses(path.join(SRC, "sheets/plan/plan-model.ts"), "const w = window.innerWidth;")).toEqual([
      "sheets/plan/plan-model.ts touches window (a pure folder)",
    ]);
    expect(officeUses(path.join(SRC, "rules/senco-time.ts"), "// Excel.run is not called here")).toEqual([]);
  });

  test("the check catches the page running Excel.run, syncing, registering a workbook event or touching Office", () => {
    const tab = path.join(SRC, "taskpane/plan/plan-actions.ts");
    expect(officeUses(tab, "const found = await Excel.run((context) => readActivePlanSheet(context));")).toEqual([
      "taskpane/plan/plan-actions.ts runs Excel.run (Excel.run): Office.js belongs in src/workbook",
      "taskpane/plan/plan-actions.ts touches an Office global (Excel.run): Office.js belongs in src/workbook",
    ]);
    expect(officeUses(tab, "await context.sync();")).toEqual([
      "taskpane/plan/plan-actions.ts syncs a request context (.sync()): Office.js belongs in src/workbook",
    ]);
    expect(officeUses(tab, "context.workbook.worksheets.onActivated.add(load);")).toHaveLength(1);
    expect(officeUses(tab, "sheet.onChanged.add(async () => undefined);")).toHaveLength(1);
    expect(officeUses(tab, "if (Office.context.requirements.isSetSupported('ExcelApi', '1.9')) {}")).toHaveLength(1);
    // Words for the user and comments may name Excel and Office.
    expect(officeUses(tab, '// Excel.run lives in src/workbook\nconst s = "Done in Excel. Open Office.";')).toEqual([]);
    expect(officeUses(path.join(SRC, "workbook/plan-excel.ts"), "return Excel.run((c) => c.sync());")).toEqual([]);
  });
});
