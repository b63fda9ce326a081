/**
 * The district summary of the LA's three tables joined: the same summary model as one table,
 * with one "Row in ..." MATCH column per table read, its inputs as INDEX lookups on those, the
 * tables it reads named on the sheet, bad rows named by their row in each table, and what did not
 * match listed with names, keys and numbers.
 */
import { joinDistrict } from "../../src/sheets/district/join/join";
import { buildJoinedSummary, joinedSheet, joinedSourceLabel } from "../../src/sheets/district/summary/joined-summary";
import { matchLists, listHeading, schoolText } from "../../src/sheets/district/join/match-lists";
import { buildDistrictSummary, DISTRICT_SECTIONS } from "../../src/sheets/district/summary/summary-model";
import { districtContext } from "../../src/sheets/district/summary/summary-context";
import { sourceOnSheet, sourceSheetModel, tableHeaders } from "../../src/sheets/district/read/source-sheet";
import type { Block, FormulaCell, ModelCell } from "../../src/sheets/sheet-model";
import { sectionSpans, spansOutOfPlace } from "../helpers/section-spans";
import { BUDGET_ROWS, budgetTable, dfeTable, laTables, surveyTable, SURVEY_ROWS } from "./join-fixtures";

const formula = (cell: ModelCell | undefined): string => (cell as FormulaCell).formula;
const preview = (cell: ModelCell | undefined): unknown => (cell as FormulaCell).preview;
const texts = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => b.cells.map((r) => String(r[0])));

describe("the summary of the DfE file, the budget table and the survey, for Made-up Borough", () => {
  const tables = laTables();
  const join = joinDistrict(tables);
  const summary = buildJoinedSummary(tables, join);
  const table = summary.model.tables![0]!;
  const column = (header: string): number => table.headers.indexOf(header);

  test("one row per school of the LA, the same hours as the joined table summarised as one", () => {
    const plain = buildDistrictSummary(join.joined!.source, join.joined!.mapping);
    expect(summary.schools.map((s) => [s.name, s.guideHours, s.allocatedHours])).toEqual(
      plain.schools.map((s) => [s.name, s.guideHours, s.allocatedHours]),
    );
    expect(summary.totals).toEqual(plain.totals);
    expect(table.headers).toEqual([
      "School",
      "URN",
      "Notional SEN budget",
      "School Action or SEN support (K)",
      "Statements or EHC plans (E)",
      "Guide hours per week (SEND.SENCOHOURS)",
      "Allocated SENCO hours",
      "Difference (allocated minus guide)",
      "Below guide?",
      "Row in DfE SEN by school (URN)",
      "Row in Budget 2025-26 (LAESTAB)",
      "Row in SENCO survey (URN)",
    ]);
  });

  test("each input is an INDEX on the school's MATCH in the table it comes from, previewing the joined value", () => {
    const r = table.row + 2; // Aldgate, the first school, on the sheet (1-based)
    const aldgate = table.rows[0]!;
    expect(aldgate.slice(column("Row in DfE SEN by school (URN)"))).toEqual([
      { formula: '=MATCH("100000",DfESenBySchool[[URN]],0)', preview: 1 },
      { formula: "=MATCH(\"201/3614\",'Budget 2025-26'!$A$4:$A$8,0)", preview: 1 },
      { formula: "=MATCH(100000,Survey[[URN]],0)", preview: 1 },
    ]);
    expect(formula(aldgate[0])).toBe(`=INDEX(DfESenBySchool[[School name]],J${r})&""`);
    expect(aldgate[1]).toBe(100000); // the URN, read from "1e+05", written as the number it is
    expect(formula(aldgate[2])).toBe(`=INDEX('Budget 2025-26'!$C$4:$C$8,K${r})`);
    expect(preview(aldgate[2])).toBe(67755);
    expect(formula(aldgate[3])).toBe(`=INDEX(DfESenBySchool[[SEN support]],J${r})`);
    expect(formula(aldgate[6])).toBe(
      `=IF(L${r}="","",IF(ISBLANK(INDEX(Survey[[SENCO hours allocated]],L${r})),"",--INDEX(Survey[[SENCO hours allocated]],L${r})))`,
    );
    expect(formula(aldgate[5])).toBe(`=SEND.SENCOHOURS(C${r},D${r},0,E${r})`);
    // Church Lane is not in the survey: no MATCH there, no allocated hours, "Not given".
    const church = table.rows[2]!;
    expect(church[column("Row in SENCO survey (URN)")]).toBeNull();
    expect(preview(church[6])).toBe("");
    expect(preview(church[8])).toBe("Not given");
  });

  test("the sheet says which tables it reads, where and by which key, and lists what did not match", () => {
    const text = texts(summary.model.blocks);
    expect(text).toContain("Budget 2025-26 (Budget 2025-26!A3:C8), by LAESTAB: Notional SEN budget.");
    expect(text).toContain("SENCO survey (Excel table Survey on sheet Survey), by URN: Allocated SENCO hours.");
    expect(text[1]).toMatch(
      /^Source: DfE SEN by school, Budget 2025-26 and SENCO survey, for Made-up Borough \(201\)\. Each school's inputs are looked up/,
    );
    const from = text.indexOf(
      "Schools not matched across the tables, and schools left out (never matched by position or guessed)",
    );
    expect(text.slice(from + 1, from + 5)).toEqual([
      "In Budget 2025-26, not in DfE SEN by school (by LAESTAB): 1 school, not in the summary",
      "New Free School (made up), row 8, LAESTAB 2016905 written 201/6905",
      'In DfE SEN by school, not in SENCO survey (by URN): 1 school, in the summary without "Allocated SENCO hours"',
      "Church Lane Primary (made up), row 8, URN 100002",
    ]);
    expect(text[from + 5]).toBe("Schools");
  });

  test("every section stays in its rows, the schools table where the totals look for it", () => {
    const context = districtContext(join.joined!.source, join.joined!.mapping, { joined: joinedSheet(tables, join) });
    expect(spansOutOfPlace(sectionSpans(DISTRICT_SECTIONS, context))).toEqual([]);
    expect(table.row).toBe(context.layout.schoolsHeadingRow + 1);
    const totals = summary.model.blocks.find((b) => b.cells[0]![0] === "Total guide hours per week")!;
    expect(formula(totals.cells[0]![1])).toBe(
      `=SUM(F${context.layout.firstSchoolRow}:F${context.layout.lastSchoolRow})`,
    );
  });
});

describe("what the joined summary names and decides on the whole table", () => {
  test("a bad row is named by its row in each table it is read from", () => {
    const rows = BUDGET_ROWS.map((r, i) => (i === 2 ? [r[0], r[1], "tbc"] : r));
    const tables = [dfeTable(), budgetTable(rows), surveyTable()];
    const summary = buildJoinedSummary(tables, joinDistrict(tables));
    expect(summary.badRows.map((b) => [b.name, b.reason])).toEqual([
      [
        "Church Lane Primary (made up) (URN 100002)",
        '"Notional SEN Budget" must be an amount in pounds of 0 or more; it was the text "tbc".',
      ],
    ]);
    const heading = summary.model.blocks.findIndex((b) => b.cells[0]![0] === "Rows in the tables");
    expect(summary.model.blocks[heading + 1]!.cells).toEqual([
      [
        "DfE SEN by school row 8; Budget 2025-26 row 6",
        "Church Lane Primary (made up) (URN 100002)",
        '"Notional SEN Budget" must be an amount in pounds of 0 or more; it was the text "tbc".',
      ],
    ]);
  });

  test("mobility in whole percentages is read so for the whole column, even where the LA's schools have only 0 and 1", () => {
    // Moor Edge, of the other LA, has 13: the column is whole percentages, so Aldgate's 1 is 1%, not 100%.
    const survey = surveyTable(SURVEY_ROWS.map((r, i) => [...r, [1, 0, 1, 13][i]]));
    const tables = [dfeTable(), budgetTable(), { ...survey, headers: [...survey.headers, "Mobility"] }];
    const join = joinDistrict(tables);
    const summary = buildJoinedSummary(tables, join);
    const table = summary.model.tables![0]!;
    const mobility = table.rows[0]![table.headers.indexOf("Pupil mobility")]!;
    expect(preview(mobility)).toBe(0.01);
    expect(formula(mobility)).toMatch(/\/100,/);
    expect(joinedSheet(tables, join).mobility?.note).toBe(
      'In SENCO survey, "Mobility" holds numbers above 1: its numbers are read as percentages for the whole column (13 means 13%).',
    );
    // By hand: 68 + 30 + 30 = 128 points, 3 hours; 1% adds none.
    expect(summary.schools[0]!.guideHours).toBe(3);
  });

  test("the lists: a duplicate key and a row with no key, each with its number and what became of it", () => {
    const rows = [
      ...BUDGET_ROWS,
      ["201-2001", "Church Lane again (made up)", 40000],
      ["tbc", "Bridge Street (made up)", 9000],
    ];
    const tables = [dfeTable(), budgetTable(rows), surveyTable()];
    const join = joinDistrict(tables);
    const lists = matchLists(tables, join)!;
    expect(lists.map((l) => [listHeading(l), l.schools.map(schoolText)])).toEqual([
      [
        "In Budget 2025-26, not in DfE SEN by school (by LAESTAB): 1 school, not in the summary",
        ["New Free School (made up), row 8, LAESTAB 2016905 written 201/6905"],
      ],
      [
        'In DfE SEN by school, not in SENCO survey (by URN): 1 school, in the summary without "Allocated SENCO hours"',
        ["Church Lane Primary (made up), row 8, URN 100002"],
      ],
      [
        "LAESTAB 2012001 written more than once in Budget 2025-26: 2 rows, left out until one is fixed",
        [
          "Church Lane Primary (made up), row 6, LAESTAB 2012001 written 201/2001",
          "Church Lane again (made up), row 9, LAESTAB 2012001 written 201-2001",
        ],
      ],
      [
        "Rows of Budget 2025-26 with no LAESTAB: 1 row, cannot be matched",
        ["Bridge Street (made up), row 10, LAESTAB tbc"],
      ],
    ]);
    expect(joinedSourceLabel(tables, joinDistrict(tables, { la: null }))).toBe(
      "DfE SEN by school, Budget 2025-26 and SENCO survey, for every LA in them",
    );
  });

  test("a join with problems is not summarised", () => {
    const tables = [dfeTable(), budgetTable()];
    const join = joinDistrict(tables, { la: "380" });
    expect(() => buildJoinedSummary(tables, join)).toThrow(
      "The tables cannot be joined yet: No school is in every table the summary needs: see the lists of unmatched schools.",
    );
  });
});

describe("a table read in the pane, as the sheet it is written to", () => {
  test("its headers as an Excel table needs them: none blank, none twice; its cells as read", () => {
    expect(tableHeaders(["URN", "", "EHC plan", "ehc plan", null, 2023])).toEqual([
      "URN",
      "Column 2",
      "EHC plan",
      "ehc plan (2)",
      "Column 5",
      "2023",
    ]);
    const source = {
      sheetName: "x",
      headerRow: 0,
      firstCol: 0,
      headers: ["URN", "Hours"],
      rows: [["1e+05", 5], [100001]],
    };
    const model = sourceSheetModel(source, "SENCO survey", "SENCO survey.csv");
    expect(model.tables![0]).toMatchObject({ name: "SENCO survey", row: 3, col: 0, headers: ["URN", "Hours"] });
    expect(model.tables![0]!.rows).toEqual([
      ["1e+05", 5],
      [100001, null],
    ]);
    expect(sourceOnSheet(source, model, { sheetName: "SENCO survey (2)" })).toMatchObject({
      sheetName: "SENCO survey (2)",
      headerRow: 3,
      firstCol: 0,
    });
  });
});
