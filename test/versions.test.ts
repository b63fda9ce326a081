/**
 * What the README and docs/ say about which Excel runs the add-in is what the manifest asks for:
 * the same ExcelApi floor and CustomFunctionsRuntime version, the builds Microsoft's
 * custom-functions requirements page gives for that runtime version, and no claim that something
 * needs an ExcelApi above the floor or runs on an Excel the manifest leaves out. And docs/names.md
 * lists exactly the workbook names the plan and statement models give.
 */
import * as fs from "fs";
import * as path from "path";
import { manifestRequirementSets } from "./helpers/office-requirements";
import { buildPlanModel } from "../src/sheets/plan/plan-model";
import { buildStatementModel } from "../src/sheets/statement/statement-model";
import { SAMPLE_PLAN_INPUTS } from "./plan/sample-plan-inputs";
import { SCHOOL_X } from "./statement/school-x";

const ROOT = path.resolve(__dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const DOCS = [
  "README.md",
  ...fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

/**
 * Microsoft's custom-functions requirements page, by CustomFunctionsRuntime version: the minimum
 * builds on each platform (web: supported; iPad: not supported).
 */
const CUSTOM_FUNCTIONS_BUILDS: Record<string, readonly string[]> = {
  "1.2": [
    "Version 1909 (Build 11929.20934)", // Windows, Microsoft 365
    "Version 2311 (Build 17029.20126)", // Windows, retail perpetual
    "Version 2108 (Build 14332.20011)", // Windows, volume-licensed: Office 2021
    "16.34 (20020900)", // Mac
  ],
};

describe("the Excel versions the README and docs state are the manifest's", () => {
  const sets = manifestRequirementSets();

  test("the README names the manifest's two requirement sets and the builds that have the runtime's", () => {
    const readme = read("README.md");
    expect(readme).toContain(`**CustomFunctionsRuntime ${sets.CustomFunctionsRuntime}**`);
    expect(readme).toContain(`**ExcelApi ${sets.ExcelApi}**`);
    for (const build of CUSTOM_FUNCTIONS_BUILDS[sets.CustomFunctionsRuntime!]!) expect(readme).toContain(build);
    expect(readme).toMatch(/Not on iPad, and not in volume-licensed Excel 2016 or 2019/);
  });

  test("docs/taskpane.md states the same floor and builds", () => {
    const taskpane = read("docs/taskpane.md").replace(/\s+/g, " ");
    expect(taskpane).toContain(
      `**ExcelApi ${sets.ExcelApi}** and **CustomFunctionsRuntime ${sets.CustomFunctionsRuntime}**`,
    );
    for (const build of CUSTOM_FUNCTIONS_BUILDS[sets.CustomFunctionsRuntime!]!) {
      expect(taskpane).toContain(build.replace(/ \(20020900\)$/, ""));
    }
  });

  test("no page says something needs an ExcelApi above the floor, or that an Excel the manifest leaves out runs it", () => {
    const floor = Number(sets.ExcelApi!.split(".")[1]);
    for (const file of DOCS) {
      const text = read(file).replace(/\s+/g, " ");
      for (const m of text.matchAll(/ExcelApi 1\.(\d+)/g))
        expect([file, m[0], Number(m[1]) <= floor]).toEqual([file, m[0], true]);
      expect([file, /(Excel|Office) 2019 (or|and) later|Excel 2016 or later/.test(text)]).toEqual([file, false]);
    }
  });
});

describe("docs/names.md lists the workbook names the models give", () => {
  const listed = (heading: string) => {
    const section = read("docs/names.md").split(`## ${heading}`)[1]!.split("\n## ")[0]!;
    return [...section.matchAll(/^\| `([A-Za-z_]+)`\s*\|/gm)].map((m) => m[1]);
  };

  test("the statement's, workbook scope, and the plan's, sheet scope", () => {
    const statement = buildStatementModel(SCHOOL_X).names!;
    expect(statement.every((n) => n.scope === "workbook")).toBe(true);
    expect(listed("The SENCO time statement (workbook scope)")).toEqual(statement.map((n) => n.name));
    const plan = buildPlanModel(SAMPLE_PLAN_INPUTS).names!;
    expect(plan.every((n) => n.scope === "sheet")).toBe(true);
    expect(listed("An SLMDA plan (sheet scope)")).toEqual(plan.map((n) => n.name));
  });
});
