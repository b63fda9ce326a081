/**
 * "Insert review formulas" against the fake Excel: live SEND.EHCPREVIEWDUE formulas in the first
 * free column beside the register (a cell reference for a range, a structured this-row reference
 * for an Excel table), a removable highlight of overdue rows, and nothing a user typed written
 * over. The plan is src/sheets/register/review-formulas.ts; the writer src/workbook/review-range.ts.
 */
import type { RegisterTable } from "../../src/sheets/register/census-check";
import { detectRegisterColumns } from "../../src/sheets/register/register-columns";
import type { ReviewMapping } from "../../src/sheets/register/review-check";
import {
  REVIEW_FORMULA_HEADER,
  columnsBesideRegister,
  freeColumn,
  reviewFormulaPlan,
} from "../../src/sheets/register/review-formulas";
import { insertReviewFormulas, readFormulaSpills, removeOverdueHighlights } from "../../src/workbook/register-excel";
import { FakeExcel } from "../workbook/fake-excel";
import { serial } from "../helpers/calendar";

const HEADERS = ["Surname", "Forename", "NC Year", "SEN Status", "EHCP Start Date", "Date of Last Annual Review"];
const ROWS = [
  ["Adams", "Ava", 6, "E", serial(2022, 10, 10), serial(2025, 11, 20)],
  ["Clark", "Cara", 2, "K", "", serial(2026, 3, 12)],
  ["Davies", "Dan", "N2", "E - Education, Health and Care Plan", serial(2025, 10, 1), ""],
  ["Iqbal", "Ina", 7, "N", "", ""],
];
/** The register under an export's title rows: the title in A1, the header row on row 3. */
const TABLE: RegisterTable = { headers: HEADERS, rows: ROWS, origin: { row: 2, col: 0 } };
const COLUMNS = detectRegisterColumns(HEADERS).mapping;
const M: ReviewMapping = { ...COLUMNS, provision: COLUMNS.provision! };

function sheetWithRegister(): FakeExcel {
  const excel = new FakeExcel({ sheets: ["Pupils"] });
  excel.setCell("Pupils", "A1", "SEN register export, 07/12/2026");
  excel.setBlock("Pupils", 2, 0, [HEADERS, ...ROWS]);
  return excel;
}

/** The plan for the first free column, as the pane works it out from what is there now. */
async function planFor(excel: FakeExcel, table = TABLE, where = { sheetName: "Pupils" } as const) {
  const places = columnsBesideRegister(table);
  const read = await excel.asExcel(() =>
    readFormulaSpills(
      "Pupils",
      places.map((p) => p.address),
    ),
  );
  const index = freeColumn(table, read);
  return index === undefined ? undefined : reviewFormulaPlan(table, M, where, places[index]!.col);
}

describe("the review formulas beside a range", () => {
  test("one formula per pupil with an EHC plan, the last review if recorded else the plan's date, in H (G left empty)", async () => {
    const excel = sheetWithRegister();
    const plan = (await planFor(excel))!;
    expect([plan.address, plan.column, plan.count]).toEqual(["H3:H7", "H", 2]);
    expect(plan.formulas).toEqual([
      [REVIEW_FORMULA_HEADER],
      ['=SEND.EHCPREVIEWDUE(IF($F4="",$E4,$F4))'],
      [""],
      ['=SEND.EHCPREVIEWDUE(IF($F6="",$E6,$F6))'],
      [""],
    ]);
    expect(plan.highlight).toEqual({
      address: "A4:H7",
      formula: '=AND(N("SEND review check")=0,IF(ISNUMBER($H4),$H4<TODAY(),FALSE))',
    });
  });

  test("written in one sync with dates formatted, the highlight added, the register's cells as they were", async () => {
    const excel = sheetWithRegister();
    const before = [...excel.sheet("Pupils")!.cells.entries()];
    const plan = (await planFor(excel))!;
    const syncs = excel.syncs;
    await excel.asExcel(() => insertReviewFormulas("Pupils", plan));
    // One sync to look for an earlier highlight (none), one to write.
    expect(excel.syncs - syncs).toBe(2);
    expect(excel.cell("Pupils", "H3")).toBe(REVIEW_FORMULA_HEADER);
    expect(excel.cell("Pupils", "H4")).toBe('=SEND.EHCPREVIEWDUE(IF($F4="",$E4,$F4))');
    expect(excel.sheet("Pupils")!.formats.get("3,7")).toBe("dd/mm/yyyy");
    for (const [key, value] of before) expect([key, excel.sheet("Pupils")!.cells.get(key)]).toEqual([key, value]);
    const highlights = excel.sheet("Pupils")!.conditionalFormats.filter((f) => !f.deleted);
    expect(highlights).toEqual([
      expect.objectContaining({ address: "A4:H7", type: "Custom", formula: plan.highlight.formula, fill: "#FFC7CE" }),
    ]);
  });

  test("a column holding a user's note is passed by: the formulas go in the next free one", async () => {
    const excel = sheetWithRegister();
    excel.setCell("Pupils", "H5", "Phone parent");
    const plan = (await planFor(excel))!;
    expect(plan.column).toBe("I");
    await excel.asExcel(() => insertReviewFormulas("Pupils", plan));
    expect(excel.cell("Pupils", "H5")).toBe("Phone parent");
  });

  test("inserting again uses the same column and replaces its own highlight, never adding a second", async () => {
    const excel = sheetWithRegister();
    await excel.asExcel(async () => insertReviewFormulas("Pupils", (await planFor(excel))!));
    const again = (await planFor(excel))!;
    expect(again.column).toBe("H");
    const replaced = await excel.asExcel(() => insertReviewFormulas("Pupils", again));
    expect(replaced).toBe(1);
    expect(excel.sheet("Pupils")!.conditionalFormats.filter((f) => !f.deleted)).toHaveLength(1);
  });

  test("Remove highlight takes ours away and leaves a user's own conditional format", async () => {
    const excel = sheetWithRegister();
    excel.sheet("Pupils")!.conditionalFormats.push({
      address: "A4:A7",
      id: 99,
      deleted: false,
      type: "Custom",
      formula: "=$C4>5",
    });
    await excel.asExcel(async () => insertReviewFormulas("Pupils", (await planFor(excel))!));
    const removed = await excel.asExcel(() => removeOverdueHighlights("Pupils", "A4:H7"));
    expect(removed).toBe(1);
    expect(
      excel
        .sheet("Pupils")!
        .conditionalFormats.filter((f) => !f.deleted)
        .map((f) => f.id),
    ).toEqual([99]);
    expect(await excel.asExcel(() => removeOverdueHighlights("Pupils", "A4:H7"))).toBe(0);
  });

  test("no free column within twelve: nothing is planned", async () => {
    const excel = sheetWithRegister();
    for (const { col } of columnsBesideRegister(TABLE)) excel.setBlock("Pupils", 4, col, [["x"]]);
    expect(await planFor(excel)).toBeUndefined();
  });
});

describe("the review formulas beside an Excel table", () => {
  test("structured this-row references the fake Excel accepts because the table exists; a spill into another table is passed by", async () => {
    const excel = new FakeExcel({
      sheets: ["Pupils"],
      existingTables: [
        { sheet: "Pupils", name: "Register", address: "A1:F5" },
        { sheet: "Pupils", name: "Notes", address: "H1:H5" },
      ],
    });
    excel.setBlock("Pupils", 0, 0, [HEADERS, ...ROWS]);
    const table: RegisterTable = { headers: HEADERS, rows: ROWS, origin: { row: 0, col: 0 } };
    const plan = (await planFor(excel, table, { sheetName: "Pupils", tableName: "Register" } as never))!;
    expect(plan.column).toBe("I");
    expect(plan.formulas[1]).toEqual([
      '=SEND.EHCPREVIEWDUE(IF(Register[@[Date of Last Annual Review]]="",Register[@[EHCP Start Date]],Register[@[Date of Last Annual Review]]))',
    ]);
    await excel.asExcel(() => insertReviewFormulas("Pupils", plan));
    expect(excel.cell("Pupils", "I2")).toBe(plan.formulas[1]![0]);
  });

  test("one date column: the formula refers to it alone; a column name with a bracket is escaped", () => {
    const headers = ["Name", "SEN Status", "EHC plan date [issued]"];
    const table: RegisterTable = { headers, rows: [["Ava", "E", serial(2025, 1, 1)]], origin: { row: 0, col: 0 } };
    const m = { ...detectRegisterColumns(headers).mapping, provision: 1 };
    expect(reviewFormulaPlan(table, m, { sheetName: "S", tableName: "T" }, 4).formulas[1]).toEqual([
      "=SEND.EHCPREVIEWDUE(T[@[EHC plan date '[issued']]])",
    ]);
  });
});
