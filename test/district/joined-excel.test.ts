/**
 * The joined summary in Excel, against the fake Excel, the way the District tab does it: the LA's
 * budget table (a range under a title row) and its SENCO survey (an Excel table) read from the
 * workbook, the DfE long file read as a CSV in the pane, pivoted and written to a sheet of its own,
 * the three joined for the LA and the summary written to a new sheet. The written lookups are then
 * evaluated over the workbook's cells (lookup-evaluator.ts, Excel's exact-match rules): they give
 * the joined values, and follow when the LA corrects a budget or sorts its table.
 */
import { cellAddress } from "../../src/sheets/a1-address";
import { decodeCsv } from "../../src/sheets/district/read/csv";
import { joinDistrict } from "../../src/sheets/district/join/join";
import type { JoinTable } from "../../src/sheets/district/join/join-types";
import { buildJoinedSummary } from "../../src/sheets/district/summary/joined-summary";
import { readSelectedSchools, writeDistrictSheet, writePaneTable } from "../../src/workbook/district-excel";
import { readDecodedCsv, sourceFromRows } from "../../src/taskpane/district/district-read";
import { FakeExcel } from "../workbook/fake-excel";
import { BUDGET_HEADERS, BUDGET_ROWS, dfeLongCsv, SURVEY_ROWS } from "./join-fixtures";
import { bookOf } from "./lookup-evaluator";

/** The LA's workbook: its budget table under a title, and its survey as an Excel table from column B. */
function laWorkbook(): FakeExcel {
  const excel = new FakeExcel({
    sheets: ["Budget 2025-26", "Survey"],
    // A table of that name is already in the workbook: the pivot's table gets another name.
    existingTables: [{ sheet: "Survey", name: "Survey", address: "B1:D5" }],
    tables: ["DfESenBySchool"],
  });
  excel.setCell("Budget 2025-26", "A1", "Notional SEN budgets 2025-26 (made up)");
  excel.setBlock("Budget 2025-26", 2, 0, [BUDGET_HEADERS, ...BUDGET_ROWS]);
  excel.setBlock("Survey", 0, 1, [["URN", "School", "SENCO hours allocated"], ...SURVEY_ROWS]);
  return excel;
}

/** What the pane does: read the two tables from the workbook, read and pivot the DfE CSV, write the pivot to a sheet. */
async function readTables(excel: FakeExcel): Promise<JoinTable[]> {
  excel.select("Budget 2025-26", "B5");
  const budget = await excel.asExcel(() => readSelectedSchools());
  excel.select("Survey", "C3");
  const survey = await excel.asExcel(() => readSelectedSchools());
  const csv = decodeCsv(new TextEncoder().encode(dfeLongCsv()));
  const { rows, pivot } = await readDecodedCsv(csv);
  const placed = await excel.asExcel(() =>
    writePaneTable(sourceFromRows(rows, "sen-school-level"), {
      tableLabel: "DfE SEN by school",
      fileName: "sen-school-level.csv",
      pivot,
    }),
  );
  return [
    { ...placed.source, label: "DfE SEN by school", tableName: placed.tableName },
    { ...budget.source, label: "Budget 2025-26" },
    { ...survey.source, label: "SENCO survey", tableName: survey.tableName },
  ];
}

/** Every school row of the written summary evaluated: its MATCH cells first, then each input, by column header. */
function evaluateSummary(
  excel: FakeExcel,
  sheet: string,
  first: { row: number; col: number },
  headers: readonly string[],
  schools: number,
) {
  const book = bookOf(excel);
  const cell = (k: number, c: number): string => cellAddress(first.row + 1 + k, first.col + c);
  const matchColumns = headers.map((h, c) => (h.startsWith("Row in ") ? c : -1)).filter((c) => c >= 0);
  const wanted = [
    "School",
    "Notional SEN budget",
    "School Action or SEN support (K)",
    "Statements or EHC plans (E)",
    "Allocated SENCO hours",
  ];
  return Array.from({ length: schools }, (_v, k) => {
    for (const c of matchColumns) {
      const formula = excel.cell(sheet, cell(k, c));
      book.set(
        sheet,
        first.row + 1 + k,
        first.col + c,
        typeof formula === "string" && formula !== "" ? book.evaluate(formula, sheet) : null,
      );
    }
    return wanted.map((h) => book.evaluate(String(excel.cell(sheet, cell(k, headers.indexOf(h)))), sheet));
  });
}

describe("the joined summary written to Excel stays live over the LA's own tables", () => {
  test("its lookups give the joined values, and follow a corrected budget and a sorted table", async () => {
    const excel = laWorkbook();
    const tables = await readTables(excel);
    expect(tables[0]!.tableName).toBe("DfESenBySchool_2");
    expect(tables[0]!.sheetName).toBe("DfE SEN by school");
    expect(tables[2]!.tableName).toBe("Survey");
    const join = joinDistrict(tables);
    expect(join.problems).toEqual([]);
    const summary = buildJoinedSummary(tables, join);
    const userCells = new Map(excel.sheet("Budget 2025-26")!.cells);
    const written = await excel.asExcel(() => writeDistrictSheet(summary.model));
    expect(excel.sheet("Budget 2025-26")!.cells).toEqual(userCells); // the LA's table is never written to

    const table = summary.model.tables![0]!;
    const evaluate = () => evaluateSummary(excel, written.sheetName, table, table.headers, summary.schools.length);
    const joinedRows = join.joined!.source.rows.map((r) => [r[0], r[3], r[4], r[5], r[6] ?? ""]);
    expect(evaluate()).toEqual(joinedRows);
    expect(
      excel.cell(
        written.sheetName,
        cellAddress(table.row + 1, table.headers.indexOf("Row in DfE SEN by school (URN)")),
      ),
    ).toBe('=MATCH("100000",DfESenBySchool_2[[URN]],0)');

    // The LA corrects Aldgate's budget in its own table: the summary's input follows, and so do its guide hours.
    excel.setCell("Budget 2025-26", "C4", 167755);
    const [aldgate] = evaluate();
    expect(aldgate).toEqual(["Aldgate Made-up School", 167755, 30, 6, 5]);
    // Its guide hours are SEND.SENCOHOURS over those cells of its row: by hand 168 + 30 + 30 = 228 points,
    // 5 hours, where £67,755 gave 128 points, 3 hours.
    const aldgateCell = (header: string) => cellAddress(table.row + 1, table.headers.indexOf(header));
    expect(excel.cell(written.sheetName, aldgateCell("Guide hours per week (SEND.SENCOHOURS)"))).toBe(
      `=SEND.SENCOHOURS(${aldgateCell("Notional SEN budget")},${aldgateCell("School Action or SEN support (K)")},0,${aldgateCell("Statements or EHC plans (E)")})`,
    );

    // Sorting the budget table (Hill Top first) leaves every school's lookups right.
    excel.setBlock("Budget 2025-26", 3, 0, [
      BUDGET_ROWS[3]!,
      ["201/3614", "Aldgate Made-up School", 167755],
      ...BUDGET_ROWS.slice(1, 3),
      BUDGET_ROWS[4]!,
    ]);
    expect(evaluate().map((r) => r[1])).toEqual([167755, 24300, 41200, 182500]);
  });

  test("a survey read as a CSV in the pane is written to a sheet as an Excel table, its keys as the file writes them", async () => {
    const excel = laWorkbook();
    const [dfe, budget] = await readTables(excel);
    // The survey as statistical software saved it: URN 100000 written 1e+05, which stays text on the sheet.
    const text = [
      "URN,School,SENCO hours allocated",
      "1e+05,Aldgate,5",
      "100001,St Mary's,2",
      "100003,Hill Top,10",
    ].join("\r\n");
    const { rows } = await readDecodedCsv(decodeCsv(new TextEncoder().encode(text)));
    const placed = await excel.asExcel(() =>
      writePaneTable(sourceFromRows(rows, "SENCO survey"), {
        tableLabel: "SENCO survey",
        fileName: "SENCO survey.csv",
      }),
    );
    expect(placed.tableName).toBe("SENCO_survey");
    expect(placed.source).toMatchObject({ sheetName: "SENCO survey", headerRow: 3, firstCol: 0 });
    expect(excel.cell("SENCO survey", "A5")).toBe("'1e+05"); // text, not the number Excel would make of it
    const tables = [dfe!, budget!, { ...placed.source, label: "SENCO survey", tableName: placed.tableName }];
    const join = joinDistrict(tables);
    const summary = buildJoinedSummary(tables, join);
    const table = summary.model.tables![0]!;
    expect(table.rows[0]![table.headers.indexOf("Row in SENCO survey (URN)")]).toEqual({
      formula: '=MATCH("1e+05",SENCO_survey[[URN]],0)',
      preview: 1,
    });
    const written = await excel.asExcel(() => writeDistrictSheet(summary.model));
    const allocated = evaluateSummary(excel, written.sheetName, table, table.headers, summary.schools.length).map(
      (r) => r[4],
    );
    expect(allocated).toEqual([5, 2, "", 10]);
  });
});
