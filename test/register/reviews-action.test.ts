/**
 * The Register tab's "Insert review formulas" and "Remove highlight" buttons
 * (src/taskpane/register/reviews-actions.ts) run against the fake Excel, with the SIMS-style
 * export of test/register/fixtures/sims-reviews-register.csv on Pupils (title rows in A1:A2, the
 * header on row 3): one read of the columns beside the register, one look for an earlier
 * highlight, one write; the register's cells as they were; the outcome in words.
 */
import fs from "fs";
import path from "path";
import { FakeExcel } from "../workbook/fake-excel";
import { readRegisterCsv, type RegisterLocation } from "../../src/sheets/register/census-check";
import { insertReviewFormulasAction, removeReviewHighlight } from "../../src/taskpane/register/reviews-actions";
import type { CensusRead, RegisterTab } from "../../src/taskpane/register/register-state";
import { createCheckedRegisterChannel } from "../../src/taskpane/shared/checked-register";

const csv = readRegisterCsv(
  new Uint8Array(fs.readFileSync(path.join(__dirname, "fixtures", "sims-reviews-register.csv"))),
);

function workbook(): FakeExcel {
  const excel = new FakeExcel({ sheets: ["Pupils"] });
  excel.setCell("Pupils", "A1", "SEN Register with Reviews");
  excel.setCell("Pupils", "A2", "Sorted by Surname");
  excel.setBlock("Pupils", 2, 0, [csv.table.headers, ...csv.table.rows]);
  return excel;
}

/** The tab as the buttons see it after "Check register": the table read, the outcome line, the pane's env. */
function checkedTab(where: RegisterLocation) {
  const read: CensusRead = {
    table: csv.table,
    label: "Pupils!A3:I10",
    detected: csv.columns,
    where,
    choices: {},
    mapping: undefined,
    model: undefined,
  };
  const seen = { announced: [] as string[], errors: [] as string[] };
  const env = {
    inExcel: true,
    announce: (m: string) => seen.announced.push(m),
    showError: (m: string) => seen.errors.push(m),
    confirm: async () => true,
    checkedRegister: createCheckedRegisterChannel(),
  };
  const insertOutcome = { hidden: true, textContent: "", focus() {} };
  const tab = { env, table: read, reviews: { insertOutcome } } as unknown as RegisterTab;
  return { tab, seen, outcome: insertOutcome };
}

describe("Insert review formulas", () => {
  test("the SIMS export read under its title rows: the header on row 3, pupils from row 4", () => {
    expect(csv.table.origin).toEqual({ row: 2, col: 0 });
    expect(csv.columns.mapping).toMatchObject({ provision: 4, planDate: 6, lastReview: 7, birthDate: 8, year: 3 });
  });

  test("formulas for the five pupils with a plan in K (J left empty), the highlight, the outcome in words", async () => {
    const excel = workbook();
    const before = new Map(excel.sheet("Pupils")!.cells);
    const { tab, seen, outcome } = checkedTab({ sheetName: "Pupils" });
    await excel.asExcel(() => insertReviewFormulasAction(tab));
    expect(seen.errors).toEqual([]);
    expect(excel.syncs).toBe(3);
    expect(excel.cell("Pupils", "K3")).toBe("EHC plan review due by");
    expect(excel.cell("Pupils", "K4")).toBe('=SEND.EHCPREVIEWDUE(IF($H4="",$G4,$H4))');
    expect(excel.cell("Pupils", "K5")).toBe(""); // Irwin: SEN support
    expect(excel.cell("Pupils", "K9")).toBe('=SEND.EHCPREVIEWDUE(IF($H9="",$G9,$H9))');
    expect(excel.cell("Pupils", "K10")).toBe(""); // Nash: no SEN
    for (const [key, value] of before) expect([key, excel.sheet("Pupils")!.cells.get(key)]).toEqual([key, value]);
    const highlight = excel.sheet("Pupils")!.conditionalFormats.filter((f) => !f.deleted);
    expect(highlight.map((f) => [f.address, f.formula])).toEqual([
      ["A4:K10", '=AND(N("SEND review check")=0,IF(ISNUMBER($K4),$K4<TODAY(),FALSE))'],
    ]);
    expect(outcome.hidden).toBe(false);
    expect(outcome.textContent).toBe(
      "Inserted SEND.EHCPREVIEWDUE for the 5 pupils with an EHC plan in column K, under \"EHC plan review due by\" in Pupils!K3, and highlighted the register's rows whose review date has passed (Pupils!A4:K10): the highlight follows today's date, and Remove highlight takes it away. A pupil given a plan later needs the formula copied to their row.",
    );
  });

  test("Remove highlight takes it away, and says so; a second time it says there was none", async () => {
    const excel = workbook();
    const { tab, outcome } = checkedTab({ sheetName: "Pupils" });
    await excel.asExcel(() => insertReviewFormulasAction(tab));
    await excel.asExcel(() => removeReviewHighlight(tab));
    expect(excel.sheet("Pupils")!.conditionalFormats.filter((f) => !f.deleted)).toEqual([]);
    expect(outcome.textContent).toBe("Removed the highlight of overdue reviews.");
    await excel.asExcel(() => removeReviewHighlight(tab));
    expect(outcome.textContent).toBe("There was no highlight of overdue reviews to remove.");
    expect(excel.cell("Pupils", "K4")).toBe('=SEND.EHCPREVIEWDUE(IF($H4="",$G4,$H4))');
  });

  test("every column beside the register taken: nothing is written, and the outcome says which columns", async () => {
    const excel = workbook();
    for (let col = 10; col < 22; col += 1) excel.setBlock("Pupils", 6, col, [["kept"]]);
    const { tab, outcome } = checkedTab({ sheetName: "Pupils" });
    await excel.asExcel(() => insertReviewFormulasAction(tab));
    expect(outcome.textContent).toBe(
      "Nothing inserted: every column from K to V beside the register holds something. Clear one, and insert again.",
    );
    expect(excel.sheet("Pupils")!.conditionalFormats).toEqual([]);
    expect(excel.cell("Pupils", "K3")).toBeUndefined();
  });
});
