import * as fs from "node:fs";
import * as path from "node:path";
import { buildDistrictSummary, DISTRICT_SECTIONS } from "../../src/sheets/district/summary/summary-model";
import type { DistrictSource } from "../../src/sheets/district/read/read-types";
import { districtContext } from "../../src/sheets/district/summary/summary-context";
import { BELOW_GUIDE_TEXT, SUMMARY_COLUMNS } from "../../src/sheets/district/summary/summary-columns";
import { foldSections } from "../../src/sheets/sections";
import { sectionSpans, spansOutOfPlace } from "../helpers/section-spans";
import { detectColumns } from "../../src/sheets/district/read/header-detection";
import {
  SAMPLE_DISTRICT_HEADERS,
  SAMPLE_DISTRICT_ROWS,
  sampleDistrictTable,
} from "../../src/sheets/district/read/sample-district";
import { parseCsvValues } from "../../src/sheets/district/read/csv";
import { sencoHours } from "../../src/rules/senco-time";
import { syntheticDistrictSource } from "./synthetic-district";
import type { FormulaCell, ModelCell } from "../../src/sheets/sheet-model";

function sampleSource(): DistrictSource {
  const table = sampleDistrictTable();
  return { sheetName: "Schools", headerRow: 0, firstCol: 0, headers: table[0]!, rows: table.slice(1) };
}

function formula(cell: ModelCell | undefined): string {
  return (cell as FormulaCell).formula;
}
function preview(cell: ModelCell | undefined): unknown {
  return (cell as FormulaCell).preview;
}

describe("district summary of the made-up sample", () => {
  const source = sampleSource();
  const { mapping } = detectColumns(SAMPLE_DISTRICT_HEADERS);
  const summary = buildDistrictSummary(source, mapping);
  const table = summary.model.tables![0]!;

  test("the sample's headers map without help", () => {
    expect(mapping).toEqual({
      name: 0,
      urn: undefined,
      budget: 1,
      schoolAction: 2,
      schoolActionPlus: undefined,
      statements: 3,
      mobility: 4,
      allocated: 5,
      pupils: undefined,
    });
  });

  test("each good school gets the rule's hours; the two bad rows are listed with the coercers' reasons", () => {
    expect(summary.schools).toHaveLength(28);
    expect(summary.badRows).toEqual([
      {
        index: 15,
        sheetRow: 17,
        name: "Juniper Way Primary (made up)",
        reason: '"Notional SEN budget" must be an amount in pounds of 0 or more; it was the text "tbc".',
      },
      {
        index: 21,
        sheetRow: 23,
        name: "Oakwood Primary (made up)",
        reason: '"Pupil mobility" must be a percentage from 0% to 100% (type 34% or 0.34); it was the text "high".',
      },
    ]);
    for (const school of summary.schools) {
      const [, budget, k, e, mobility] = SAMPLE_DISTRICT_ROWS[school.index]!;
      expect(school.guideHours).toBe(
        sencoHours({
          notionalSenBudget: budget as number,
          schoolAction: k,
          schoolActionPlus: 0,
          statements: e,
          pupilMobility: (mobility ?? undefined) as number | undefined,
        }),
      );
    }
    // hand-checked: £67,755 -> 68 points, 10 K + 6 E x 5 -> 40, 108 points -> 2 hours, 34% -> 2 hours
    expect(summary.schools[0]).toMatchObject({
      name: "Alder Brook Primary (made up)",
      guideHours: 4,
      allocatedHours: 5,
      belowGuide: false,
    });
  });

  test("each school is looked up in the source by its name, and the guide is a live SEND.SENCOHOURS formula", () => {
    expect(table.headers).toEqual([
      "School",
      "Notional SEN budget",
      "School Action or SEN support (K)",
      "Statements or EHC plans (E)",
      "Pupil mobility",
      "Guide hours per week (SEND.SENCOHOURS)",
      "Allocated SENCO hours",
      "Difference (allocated minus guide)",
      "Below guide?",
      "Row in Schools (school name)",
    ]);
    const r = table.row + 2; // first school's Excel row on the summary sheet
    const first = table.rows[0]!;
    const index = (col: string): string => `INDEX('Schools'!$${col}$2:$${col}$31,J${r})`;
    expect(formula(first[9])).toBe(`=MATCH("Alder Brook Primary (made up)",'Schools'!$A$2:$A$31,0)`);
    expect(preview(first[9])).toBe(1);
    expect(formula(first[0])).toBe(`=${index("A")}&""`);
    expect(formula(first[1])).toBe(`=${index("B")}`);
    expect(formula(first[4])).toBe(`=IF(ISBLANK(${index("E")}),"",${index("E")})`);
    expect(formula(first[5])).toBe(`=SEND.SENCOHOURS(B${r},C${r},0,D${r},E${r})`);
    expect(formula(first[6])).toBe(`=IF(ISBLANK(${index("F")}),"",--${index("F")})`);
    expect(formula(first[8])).toBe(`=IF(G${r}="","Not given",IF(G${r}<F${r},"${BELOW_GUIDE_TEXT}",""))`);
    // the 17th school in the summary is the 18th source row (Juniper Way was left out before it)
    expect(preview(table.rows[15]![9])).toBe(17);
    expect(summary.model.blocks.map((b) => b.cells[0]![0])).toContain(
      "Source: Schools. Each school's inputs are looked up in it by its school name (a MATCH for its row, then INDEX for each input), so sorting it, or inserting or deleting rows, keeps every figure right; if a school's school name is changed there, build the summary again.",
    );
  });

  test("totals: live formulas whose previews match the schools", () => {
    const blocks = summary.model.blocks;
    const value = (label: string): ModelCell => blocks.find((b) => b.cells[0]![0] === label)!.cells[0]![1]!;
    const guide = summary.schools.map((s) => s.guideHours);
    const withAlloc = summary.schools.filter((s) => s.allocatedHours !== undefined);
    const below = withAlloc.filter((s) => s.allocatedHours! < s.guideHours).length;
    const sorted = [...guide].sort((a, b) => a - b);
    expect(preview(value("Schools in the summary"))).toBe(28);
    expect(preview(value("Total guide hours per week"))).toBe(guide.reduce((a, b) => a + b, 0));
    expect(preview(value("Mean guide hours per school"))).toBeCloseTo(guide.reduce((a, b) => a + b, 0) / 28, 12);
    expect(preview(value("Median guide hours per school"))).toBe((sorted[13]! + sorted[14]!) / 2);
    expect(preview(value("Total allocated SENCO hours per week"))).toBeCloseTo(
      withAlloc.reduce((a, s) => a + s.allocatedHours!, 0),
      9,
    );
    expect(preview(value("Schools with allocated hours given"))).toBe(27); // Orchard Close has none
    expect(preview(value("Schools below the guide"))).toBe(below);
    expect(below).toBeGreaterThan(0);
    expect(preview(value("Share of those schools below the guide"))).toBeCloseTo(below / 27, 12);
    const first = table.row + 2;
    const last = table.row + 1 + 28;
    expect(formula(value("Total guide hours per week"))).toBe(`=SUM(F${first}:F${last})`);
    expect(formula(value("Schools below the guide"))).toBe(`=COUNTIF(I${first}:I${last},"Below guide")`);
    expect(value("Rows with bad data (listed below, not in the totals)")).toBe(2);
    expect(summary.totals).toMatchObject({ schools: 28, badRows: 2, belowGuide: below, schoolsWithAllocated: 27 });
  });

  test("the chart data counts every school once, and the chart points at it", () => {
    const header = summary.model.blocks.find((b) => b.cells[0]![0] === "Whole hours per week")!;
    const data = summary.model.blocks[summary.model.blocks.indexOf(header) + 1]!;
    const guideTotal = data.cells.reduce((n, row) => n + (preview(row[1]) as number), 0);
    const allocTotal = data.cells.reduce((n, row) => n + (preview(row[2]) as number), 0);
    expect(guideTotal).toBe(28);
    expect(allocTotal).toBe(27);
    const chart = summary.model.charts![0]!;
    expect(chart.dataRange).toBe(`A${header.row + 1}:C${header.row + 1 + data.cells.length}`);
    expect(formula(data.cells[2]![1])).toMatch(/^=COUNTIFS\(F\d+:F\d+,">=2",F\d+:F\d+,"<3"\)$/);
    // The same bins, labels and counts as the pane draws (summary.bins).
    expect(data.cells.map((row) => [row[0], preview(row[1]), preview(row[2])])).toEqual(
      summary.bins.map((b) => [b.label, b.guide, b.allocated]),
    );
    expect(summary.bins[summary.bins.length - 1]!.label).toMatch(/^\d+\+$/);
  });

  test("blocks never overlap each other or the table", () => {
    const taken = new Set<string>();
    const mark = (row: number, col: number, rows: number, cols: number): void => {
      for (let r = row; r < row + rows; r += 1)
        for (let c = col; c < col + cols; c += 1) {
          const key = `${r},${c}`;
          expect(taken.has(key)).toBe(false);
          taken.add(key);
        }
    };
    for (const b of summary.model.blocks) mark(b.row, b.col, b.cells.length, Math.max(...b.cells.map((r) => r.length)));
    mark(table.row, table.col, table.rows.length + 1, table.headers.length);
  });
});

describe("district summary: missing optional columns and bad mappings", () => {
  test("without allocated hours, mobility or SA+: guide hours only, and the formula passes 0 and no mobility", () => {
    const headers = ["URN", "Notional SEN budget", "SEN support", "EHC plan"];
    const source: DistrictSource = {
      sheetName: "LA list",
      headerRow: 3,
      firstCol: 2,
      headers,
      rows: [
        [100001, 67755, 10, 6],
        [100002, "£12,400", " 3 ", 0],
        [null, null, null, null],
      ],
    };
    const summary = buildDistrictSummary(source, detectColumns(headers).mapping);
    const table = summary.model.tables![0]!;
    expect(table.headers).toEqual([
      "URN",
      "Notional SEN budget",
      "School Action or SEN support (K)",
      "Statements or EHC plans (E)",
      "Guide hours per week (SEND.SENCOHOURS)",
      "Row in LA list (URN)",
    ]);
    const r = table.row + 2;
    expect(formula(table.rows[0]![5])).toBe("=MATCH(100001,'LA list'!$C$5:$C$7,0)");
    expect(formula(table.rows[0]![0])).toBe(`=INDEX('LA list'!$C$5:$C$7,F${r})`);
    expect(formula(table.rows[0]![4])).toBe(`=SEND.SENCOHOURS(B${r},C${r},0,D${r})`);
    expect(summary.schools.map((s) => s.guideHours)).toEqual([
      sencoHours({ notionalSenBudget: 67755, schoolAction: 10, schoolActionPlus: 0, statements: 6 }),
      sencoHours({ notionalSenBudget: 12400, schoolAction: 3, schoolActionPlus: 0, statements: 0 }),
    ]);
    expect(summary.totals).toMatchObject({
      schools: 2,
      blankRows: 1,
      belowGuide: undefined,
      totalAllocatedHours: undefined,
    });
    expect(summary.model.blocks.map((b) => b.cells[0]![0])).toContain(
      "No allocated SENCO hours column was chosen: the comparison with the guide is left out.",
    );
  });

  test("every kind of bad value is reported in the function's words, naming the column as the table heads it", () => {
    const headers = [
      "School",
      "Budget",
      "School Action",
      "School Action Plus",
      "Statements",
      "Mobility",
      "Allocated SENCO hours",
    ];
    const rows = [
      ["Negative", -5, 1, 1, 1, 0.1, 1],
      ["Fraction", 1000, 2.5, 1, 1, 0.1, 1],
      ["Blank count", 1000, 2, null, 1, 0.1, 1],
      ["Text hours", 1000, 2, 1, 1, 0.1, "lots"],
      ["Too mobile", 1000, 2, 1, 1, "150%", 1],
      ["Fine", 1000, 2, 1, 1, "25%", 1],
    ];
    const summary = buildDistrictSummary(
      { sheetName: "S", headerRow: 0, firstCol: 0, headers, rows },
      detectColumns(headers).mapping,
    );
    expect(summary.badRows.map((b) => [b.sheetRow, b.name, b.reason])).toEqual([
      [2, "Negative", '"Budget" must be an amount in pounds of 0 or more; -5 is below 0.'],
      [3, "Fraction", '"School Action" must be a whole number of 0 or more; 2.5 is not a whole number.'],
      [4, "Blank count", '"School Action Plus" is required: enter a whole number of 0 or more.'],
      [
        5,
        "Text hours",
        '"Allocated SENCO hours" must be a number of hours per week from 0 to 168; it was the text "lots".',
      ],
      [6, "Too mobile", '"Mobility" must be a percentage from 0% to 100% (type 34% or 0.34); 150% is above 100%.'],
    ]);
    expect(summary.schools.map((s) => s.name)).toEqual(["Fine"]);
    const bad = summary.model.blocks.find((b) => b.cells[0]![0] === "Source row")!;
    expect(summary.model.blocks[summary.model.blocks.indexOf(bad) + 1]!.cells).toHaveLength(5);
  });

  test("a mapping without the required columns is refused with a plain message", () => {
    const { mapping } = detectColumns(["School", "SEN support", "EHC plan"]);
    expect(() =>
      buildDistrictSummary({ sheetName: "S", headerRow: 0, firstCol: 0, headers: [], rows: [] }, mapping),
    ).toThrow("Choose the column holding the notional SEN budget.");
  });

  test("a district with no usable school still gives a sheet that says so", () => {
    const headers = ["School", "Budget", "K", "E"];
    const summary = buildDistrictSummary(
      { sheetName: "S", headerRow: 0, firstCol: 0, headers, rows: [["A", "x", 1, 1]] },
      detectColumns(headers).mapping,
    );
    expect(summary.schools).toHaveLength(0);
    expect(summary.model.tables).toEqual([]);
    expect(summary.totals.medianGuideHours).toBeUndefined();
    expect(
      summary.model.blocks.some(
        (b) => b.cells[0]![0] === "No school has usable data: see the rows with bad data above.",
      ),
    ).toBe(true);
  });
});

describe("district summary at scale", () => {
  test("24,000 made-up schools: every row accounted for, totals add up", () => {
    const { source, mapping } = syntheticDistrictSource(24000);
    const summary = buildDistrictSummary(source, mapping);
    expect(summary.schools.length + summary.badRows.length).toBe(24000);
    expect(summary.model.tables![0]!.rows).toHaveLength(summary.schools.length);
    let total = 0;
    for (const s of summary.schools) total += s.guideHours;
    expect(summary.totals.totalGuideHours).toBe(total);
  });
});

const DATA = path.resolve(__dirname, "../../../shared/data/sen-school-level-england-2023.csv");
const haveData = fs.existsSync(DATA);
if (!haveData) {
  console.warn("Skipped the Calderdale district test: the DfE school-level SEN file is not present.");
}

(haveData ? describe : describe.skip)(
  "district summary of a real local authority (DfE school-level data, January 2023)",
  () => {
    test("Calderdale: 114 schools; budget and mobility are MADE UP by this test (the DfE file has neither)", () => {
      const all = parseCsvValues(fs.readFileSync(DATA, "utf8"));
      const headers = all[0]!;
      const la = headers.indexOf("la_name");
      const pupils = headers.indexOf("Total pupils");
      const calderdale = all.slice(1).filter((row) => row[la] === "Calderdale");
      expect(calderdale).toHaveLength(114);
      // Made-up inputs added here: a notional SEN budget of £180 per pupil and a mobility from 0% to 45%.
      const testHeaders = [...headers, "Notional SEN budget", "Pupil mobility"];
      const rows = calderdale.map((row, i) => [...row, Math.round((row[pupils] as number) * 180), (i % 10) * 0.05]);
      const detection = detectColumns(testHeaders);
      expect(detection.mapping).toMatchObject({
        name: 1,
        schoolAction: 3,
        statements: 4,
        budget: 6,
        mobility: 7,
        allocated: undefined,
      });
      const summary = buildDistrictSummary(
        { sheetName: "Calderdale", headerRow: 0, firstCol: 0, headers: testHeaders, rows },
        detection.mapping,
      );
      expect(summary.badRows).toEqual([]);
      // One school has 0 pupils, so 0 budget made up here: listed, not summarised as 0 hours.
      expect(summary.leftOut.map((s) => s.name)).toHaveLength(1);
      expect(summary.schools).toHaveLength(113);
      let expectedTotal = 0;
      rows.forEach((row) => {
        if (row[pupils] === 0) return;
        expectedTotal += sencoHours({
          notionalSenBudget: row[6] as number,
          schoolAction: row[3] as number,
          schoolActionPlus: 0,
          statements: row[4] as number,
          pupilMobility: row[7] as number,
        });
      });
      expect(summary.totals.totalGuideHours).toBe(expectedTotal);
      const senSupport = summary.model.tables![0]!.rows.reduce((n, row) => n + (preview(row[2]) as number), 0);
      expect(senSupport).toBe(rows.reduce((n, row) => n + (row[3] as number), 0));
      // names with apostrophes and commas survive to the sheet
      expect(summary.schools.some((s) => s.name.includes("'"))).toBe(true);
    });
  },
);

describe("the district summary's sections and columns", () => {
  const source = sampleSource();
  const { mapping } = detectColumns(SAMPLE_DISTRICT_HEADERS);

  test("sections, top to bottom: title, totals, chart data, bad rows, left out, matched by name, unmatched, schools; columns in their order", () => {
    expect(DISTRICT_SECTIONS.map((s) => s.name)).toEqual([
      "titleSection",
      "totalsSection",
      "chartDataSection",
      "badRowsSection",
      "leftOutSection",
      "nameMatchesSection",
      "matchListsSection",
      "schoolsSection",
    ]);
    expect(SUMMARY_COLUMNS.map((c) => c.key).join(" ")).toBe("name urn budget sa sap st mob guide alloc diff flag");
    // The sample has a name, mobility and allocated hours, but no URN and no School Action Plus.
    const columns = districtContext(source, mapping, {}).columns.map((c) => c.key);
    expect(columns.join(" ")).toBe("name budget sa st mob guide alloc diff flag row0");
  });

  test.each([
    ["the sample (two bad rows)", source, mapping],
    ["no allocated hours", source, { ...mapping, allocated: undefined }],
    ["no school with usable data", { ...source, rows: [["A school", "tbc", 1, 1, 0.1, 2]] }, mapping],
  ])("%s: each section writes only in its own rows", (_, districtSource, districtMapping) => {
    const spans = sectionSpans(DISTRICT_SECTIONS, districtContext(districtSource, districtMapping, {}));
    expect(spansOutOfPlace(spans)).toEqual([]);
  });

  test("the schools table, which the totals and the chart data refer to, refuses to move", () => {
    const context = districtContext(source, mapping, {});
    const [title, , , , , , , schools] = DISTRICT_SECTIONS;
    expect(() => foldSections([title!, schools!], context)).toThrow(
      /^The schools section must start on row \d+; it starts on row 4\.$/,
    );
    const summary = buildDistrictSummary(source, mapping);
    expect(summary.model.tables![0]!.row).toBe(context.layout.schoolsHeadingRow + 1);
  });
});
