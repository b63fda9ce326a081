/**
 * The Register tab's "Insert guide-hours formula" (src/taskpane/register/formula-action.ts) run
 * against the fake Excel, with the SIMS-like export on Pupils!A1:F18 as the Excel table Register
 * (SEN Status in D, Secondary Need in F): left blank, the formula lands outside the table, never
 * in a pupil's Secondary Need cell; a cell typed inside the table is refused in words and nothing
 * is written; a cell that holds something is replaced only after the user confirms.
 */
import fs from "fs";
import path from "path";
import { FakeExcel } from "../workbook/fake-excel";
import { readRegisterCsv } from "../../src/sheets/register/census-check";
import { checkRegister } from "../../src/sheets/register/register-check";
import { insertGuideHoursFormula } from "../../src/taskpane/register/formula-action";
import type { RegisterTab } from "../../src/taskpane/register/register-state";
import type { ConfirmOptions } from "../../src/taskpane/shared/pane-env";

const csv = readRegisterCsv(
  new Uint8Array(fs.readFileSync(path.join(__dirname, "fixtures", "sims-census-register.csv"))),
);
const FORMULA = "=SEND.SENCOHOURSFROMREGISTER(82400, Register[SEN Status], 18%)";

function workbook(): FakeExcel {
  const excel = new FakeExcel({
    sheets: ["SEN register"],
    existingTables: [{ sheet: "SEN register", name: "Register", address: "A1:F18" }],
  });
  excel.setBlock("SEN register", 0, 0, [csv.table.headers, ...csv.table.rows]);
  return excel;
}

/** The tab after "Check register" on the table's SEN Status column (its data rows, D2:D18), with the hours fields filled in. */
function checkedTab(typed: string, answer = true) {
  const values = csv.table.rows.map((r) => [r[3]]);
  const check = checkRegister(values, { row: 1, col: 3 });
  const seen = { asked: [] as ConfirmOptions[], announced: [] as string[], errors: [] as string[], problem: "" };
  const field = (text: string) => ({ raw: () => text, showProblem: () => undefined, input: { focus() {} } });
  const env = {
    inExcel: true,
    announce: (m: string) => seen.announced.push(m),
    showError: (m: string) => seen.errors.push(m),
    confirm: async (options: ConfirmOptions) => (seen.asked.push(options), answer),
  };
  const hours = {
    fields: { budget: field("£82,400"), mobility: field("18%"), weight: field("") },
    formulaCell: { raw: () => typed, showProblem: (m?: string) => (seen.problem = m ?? ""), input: { focus() {} } },
    insertOutcome: { hidden: true, textContent: "", focus() {} },
    result: { textContent: "" },
  };
  const checked = { check, label: "SEN register!D2:D18", sheetName: "SEN register", address: "SEN register!D2:D18" };
  const tab = { env, hours, checked } as unknown as RegisterTab;
  return { tab, seen, outcome: hours.insertOutcome };
}

describe("Insert guide-hours formula", () => {
  test("left blank: outside the register table, past one empty column, never in a pupil's Secondary Need", async () => {
    const excel = workbook();
    const { tab, seen, outcome } = checkedTab("");
    await excel.asExcel(() => insertGuideHoursFormula(tab));
    expect(seen.errors).toEqual([]);
    expect(seen.problem).toBe("");
    expect(excel.cell("SEN register", "F2")).toBeNull(); // Ava Adams's Secondary Need: still empty
    expect(excel.cell("SEN register", "H2")).toBe(FORMULA);
    expect(seen.asked).toEqual([]);
    expect(outcome.textContent).toBe(`Inserted ${FORMULA} in SEN register!H2.`);
  });

  test("a cell typed inside the table is refused in words; nothing is written", async () => {
    const excel = workbook();
    const { tab, seen } = checkedTab("f2");
    const before = new Map(excel.sheet("SEN register")!.cells);
    await excel.asExcel(() => insertGuideHoursFormula(tab));
    expect(seen.problem).toBe(
      "Cell for the guide-hours formula: F2 lies in the table Register (A1:F18), where a formula would be read as data. Choose a cell outside it, such as H2.",
    );
    expect(new Map(excel.sheet("SEN register")!.cells)).toEqual(before);
  });

  test("a cell typed outside that holds something is replaced only after the user confirms", async () => {
    const excel = workbook();
    excel.setCell("SEN register", "J4", "Budget 2026");
    const declined = checkedTab("J4", false);
    await excel.asExcel(() => insertGuideHoursFormula(declined.tab));
    expect(declined.seen.asked[0]!.message).toBe(
      'SEN register!J4 holds "Budget 2026". Replace it with the guide-hours formula?',
    );
    expect(excel.cell("SEN register", "J4")).toBe("Budget 2026");
    const confirmed = checkedTab("J4", true);
    await excel.asExcel(() => insertGuideHoursFormula(confirmed.tab));
    expect(excel.cell("SEN register", "J4")).toBe(FORMULA);
  });
});
