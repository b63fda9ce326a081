/**
 * The Register tab's "Insert census formulas" button (src/taskpane/register/census-formula-action.ts)
 * run against the fake Excel, with the SIMS-like export (test/register/fixtures/
 * sims-census-register.csv) on Pupils!A1:F18: the formulas name the table's columns when the
 * register is an Excel table and the bounded ranges otherwise; a spill into another table is
 * refused; cells in the way are cleared only after the user confirms, and nothing is written when
 * they do not.
 */
import fs from "fs";
import path from "path";
import { FakeExcel } from "../workbook/fake-excel";
import {
  buildCensusCheck,
  readRegisterCsv,
  resolvedMapping,
  type RegisterLocation,
} from "../../src/sheets/register/census-check";
import { insertCensusFormulas } from "../../src/taskpane/register/census-formula-action";
import type { CensusRead, RegisterTab } from "../../src/taskpane/register/register-state";
import { createCheckedRegisterChannel } from "../../src/taskpane/shared/checked-register";
import type { ConfirmOptions } from "../../src/taskpane/shared/pane-env";

const csv = readRegisterCsv(
  new Uint8Array(fs.readFileSync(path.join(__dirname, "fixtures", "sims-census-register.csv"))),
);
const COUNTS = "=SEND.SENNEEDCOUNTS($D$2:$D$18, $E$2:$E$18)";
const CHECK = "=SEND.SENCENSUSCHECK($D$2:$D$18, $E$2:$E$18, $F$2:$F$18, ROW(INDEX($D$2:$D$18,1)))";

function workbook(tables: { name: string; address: string }[] = []): FakeExcel {
  const excel = new FakeExcel({ sheets: ["Pupils"], existingTables: tables.map((t) => ({ sheet: "Pupils", ...t })) });
  excel.setBlock("Pupils", 0, 0, [csv.table.headers, ...csv.table.rows]);
  return excel;
}

/** The tab as the button sees it after "Check register": the census read, the cell field, the outcome line, the pane's env. */
function checkedTab(where: RegisterLocation, typed = "", answer = true) {
  const mapping = resolvedMapping(csv.columns)!;
  const read: CensusRead = {
    table: csv.table,
    label: "Pupils!A1:F18",
    detected: csv.columns,
    where,
    choices: {},
    mapping,
    model: buildCensusCheck(csv.table, mapping),
  };
  const seen = { asked: [] as ConfirmOptions[], announced: [] as string[], errors: [] as string[], problem: "" };
  const env = {
    inExcel: true,
    announce: (m: string) => seen.announced.push(m),
    showError: (m: string) => seen.errors.push(m),
    confirm: async (options: ConfirmOptions) => (seen.asked.push(options), answer),
    checkedRegister: createCheckedRegisterChannel(),
  };
  const formulaCell = {
    raw: () => typed,
    showProblem: (m?: string) => (seen.problem = m ?? ""),
    input: { focus() {} },
  };
  const insertOutcome = { hidden: true, textContent: "", focus() {} };
  const tab = { env, table: read, census: { formulaCell, insertOutcome } } as unknown as RegisterTab;
  return { tab, seen, outcome: insertOutcome };
}

describe("Insert census formulas", () => {
  test("a plain range: bounded references, beside the register: the tables looked at, one read and one write", async () => {
    const excel = workbook();
    const { tab, seen, outcome } = checkedTab({ sheetName: "Pupils" });
    await excel.asExcel(() => insertCensusFormulas(tab));
    expect(excel.cell("Pupils", "H1")).toBe(COUNTS);
    expect(excel.cell("Pupils", "M1")).toBe(CHECK);
    expect(excel.syncs).toBe(4);
    expect(seen.asked).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(outcome.hidden).toBe(false);
    expect(outcome.textContent).toBe(
      `Inserted ${COUNTS} in Pupils!H1 and ${CHECK} in Pupils!M1. Keep the cells below the check empty: its list grows when a problem appears, and Excel shows #SPILL! when it has no room. SEND.SENNEEDCOUNTS shows #VALUE! until every provision and primary need is a code.`,
    );
    expect(excel.cell("Pupils", "D5")).toBe("Q"); // the register is never changed
  });

  test("an Excel table: its columns by name, so the formulas follow the table as pupils are added", async () => {
    const excel = workbook([{ name: "Register", address: "A1:F18" }]);
    const { tab } = checkedTab({ sheetName: "Pupils", tableName: "Register" });
    await excel.asExcel(() => insertCensusFormulas(tab));
    expect(excel.cell("Pupils", "H1")).toBe("=SEND.SENNEEDCOUNTS(Register[SEN Status], Register[Primary Need])");
    expect(excel.cell("Pupils", "M1")).toBe(
      "=SEND.SENCENSUSCHECK(Register[SEN Status], Register[Primary Need], Register[Secondary Need], ROW(INDEX(Register[SEN Status],1)))",
    );
  });

  test("cells in the way, declined: nothing written, the cells kept", async () => {
    const excel = workbook();
    excel.setCell("Pupils", "J5", "Notes");
    excel.setCell("Pupils", "N12", 12);
    const { tab, seen, outcome } = checkedTab({ sheetName: "Pupils" }, "", false);
    await excel.asExcel(() => insertCensusFormulas(tab));
    expect(seen.asked).toEqual([
      {
        title: "Clear cells for the formulas?",
        message:
          'The formulas need Pupils!H1:K17 and Pupils!M1:N12 empty, or Excel shows #SPILL!. 2 cells there hold something: J5 "Notes", N12 12. Clear them and insert the formulas?',
        confirmLabel: "Clear and insert",
      },
    ]);
    expect(excel.cell("Pupils", "H1")).toBeUndefined();
    expect(excel.cell("Pupils", "J5")).toBe("Notes");
    expect(excel.syncs).toBe(3);
    expect(outcome.hidden).toBe(true);
    expect(seen.announced).toEqual(["Nothing inserted: the cells were kept as they were."]);
  });

  test("cells in the way, confirmed: the spill areas emptied, then the formulas written", async () => {
    const excel = workbook();
    excel.setCell("Pupils", "J5", "Notes");
    excel.setCell("Pupils", "N12", "=A1");
    excel.setCell("Pupils", "N13", "kept: below the check's spill");
    const { tab, seen } = checkedTab({ sheetName: "Pupils" }, "", true);
    await excel.asExcel(() => insertCensusFormulas(tab));
    expect(seen.asked[0]!.message).toContain('J5 "Notes", N12 "=A1"');
    expect([excel.cell("Pupils", "J5"), excel.cell("Pupils", "N12")]).toEqual(["", ""]);
    expect(excel.cell("Pupils", "N13")).toBe("kept: below the check's spill");
    expect([excel.cell("Pupils", "H1"), excel.cell("Pupils", "M1")]).toEqual([COUNTS, CHECK]);
    expect(excel.syncs).toBe(4);
  });

  test("left blank, the formulas go past an Excel table in their way, never into it", async () => {
    const excel = workbook([{ name: "Budget", address: "J10:K12" }]);
    const { tab, seen } = checkedTab({ sheetName: "Pupils" });
    await excel.asExcel(() => insertCensusFormulas(tab));
    expect(seen.problem).toBe("");
    expect(excel.cell("Pupils", "H1")).toBeUndefined();
    expect(excel.cell("Pupils", "M1")).toBe(COUNTS);
    expect(excel.cell("Pupils", "R1")).toBe(CHECK);
  });

  test("a cell typed whose spill runs into an Excel table is refused beside the cell field: no question, nothing written", async () => {
    const excel = workbook([{ name: "Budget", address: "J10:K12" }]);
    const { tab, seen } = checkedTab({ sheetName: "Pupils" }, "H1");
    await excel.asExcel(() => insertCensusFormulas(tab));
    expect(seen.problem).toBe(
      "Cell for the census formulas: Pupils!H1:K17 lies in the table Budget, and a formula cannot spill into an Excel table (#SPILL!). Choose a cell outside it.",
    );
    expect(seen.asked).toEqual([]);
    expect(excel.cell("Pupils", "H1")).toBeUndefined();
  });

  test("a cell typed that cannot take them is refused before Excel is asked anything", async () => {
    const excel = workbook();
    const { tab, seen } = checkedTab({ sheetName: "Pupils" }, "C4");
    await excel.asExcel(() => insertCensusFormulas(tab));
    expect(seen.problem).toMatch(
      /^Cell for the census formulas: the formulas would spill over the register \(A1:F18\)/,
    );
    expect(excel.syncs).toBe(0);
    const other = checkedTab({ sheetName: "Pupils" }, "p20");
    await excel.asExcel(() => insertCensusFormulas(other.tab));
    expect(excel.cell("Pupils", "P20")).toBe(COUNTS);
    expect(excel.cell("Pupils", "U20")).toBe(CHECK);
  });
});
