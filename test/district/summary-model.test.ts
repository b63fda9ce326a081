import * as fs from "node:fs";
import * as path from "node:path";
import { buildDistrictSummary, DISTRICT_SECTIONS } from "../../src/sheets/district/summary/summary-model";
import type { DistrictSource } from "../../src/sheets/district/read/read-types";
import { districtContext } from "../../src/sheets/district/summary/summary-context";
import { BELOW_GUIDE_TEXT, SUMMARY_COLUMNS } from "../../src/sheets/district/summary/summary-columns";
import { foldSections } from "../../src/sheets/sections";
import { sectionSpans, spansOutOfPlace } from "../helpers/section-spans";
import { detectColumns } from "../../src/sheets/district/read/header-detection";
import { SAMPLE_DISTRICT_HEADERS, sampleDistrictTable } from "../../src/sheets/district/read/sample-district";
import { parseCsvValues } from "../../src/sheets/district/read/csv";
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
    // Worked by hand from the guidance: budget points (nearest £1,000, halves up) + K + 5 × E; one
    // hour per complete 40 points; then mobility over 20%, 30%, 40% adds 1, 2, 3 (exactly 20% or 30% is not over).
    expect(summary.schools.map((s) => [s.name.replace(" (made up)", ""), s.guideHours])).toEqual([
      ["Alder Brook Primary", 4], // 68 + 10 + 30 = 108: 2; 34%: 2
      ["Beacon Hill Infants", 1], // 24 + 14 + 5 = 43: 1; 12%: 0
      ["Bramble Lane Primary", 3], // 41 + 28 + 15 = 84: 2; 22%: 1
      ["Castle View Academy", 9], // 183 + 96 + 105 = 384: 9; 8%: 0
      ["Cedar Grove Primary", 3], // 36 + 19 + 10 = 65: 1; 31%: 2
      ["Church Street C of E Primary", 2], // 53 + 33 + 20 = 106: 2; 18%: 0
      ["Daisy Field Nursery School", 0], // 8 + 6 + 0 = 14: 0; 5%: 0
      ["Elm Tree Junior", 4], // 39 + 25 + 10 = 74: 1; 41%: 3
      ["Fairfield Secondary", 13], // 254 + 141 + 145 = 540: 13; 15%: 0
      ["Fox Hollow Primary", 1], // 29 (£29,499.99) + 17 + 5 = 51: 1; exactly 20%: 0
      ["Greenbank Special School", 13], // 96 + 4 + 440 = 540: 13; 3%: 0
      ["Hawthorn Primary", 3], // 47 + 30 + 15 = 92: 2; 26%: 1
      ["Heather Moor Primary", 2], // 31 + 22 + 5 = 58: 1; exactly 30%: 1
      ["Holly Bank Academy", 8], // 160 + 88 + 85 = 333: 8; 11%: 0
      ["Ivy House Primary", 3], // 27 + 15 + 10 = 52: 1; exactly 40%: 2
      ["Kingfisher Primary", 3], // 58 + 36 + 25 = 119: 2; 24%: 1
      ["Larch Road Infants", 0], // 19 + 11 + 5 = 35: 0; no mobility: 0
      ["Meadow Side Primary", 4], // 45 (£44,500) + 27 + 20 = 92: 2; 33%: 2
      ["Mill Lane St Mary's Primary", 2], // 37 + 24 + 10 = 71: 1; 21%: 1
      ["Northgate High School", 11], // 210 + 120 + 120 = 450: 11; 16%: 0
      ["Orchard Close Primary", 1], // 33 + 20 + 10 = 63: 1; 9%: 0
      ["Pine Ridge Primary, Upper Site", 6], // 61 + 40 + 25 = 126: 3; 45%: 3
      ["Quarry Bank Primary", 2], // 27 + 16 + 5 = 48: 1; 27%: 1
      ["Riverside Academy", 7], // 139 + 75 + 70 = 284: 7; 19%: 0
      ["Rowan Tree Primary", 4], // 42 + 26 + 15 = 83: 2; 36%: 2
      ["Sandy Lane Primary", 1], // 39 (£38,500) + 23 + 10 = 72: 1; exactly 20%: 0
      ["Thornhill Primary", 3], // 56 (£55,500) + 34 + 20 = 110: 2; 29%: 1
      ["Willow Green Primary", 5], // 46 + 31 + 15 = 92: 2; 50%: 3
    ]);
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
    expect(preview(value("Total guide hours per week"))).toBe(118); // the hand-worked hours above, added
    expect(guide.reduce((a, b) => a + b, 0)).toBe(118);
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
    // By hand: 68 + 10 + 30 = 108 points, 2 hours; 12 + 3 + 0 = 15 points, 0 hours (no mobility column).
    expect(summary.schools.map((s) => s.guideHours)).toEqual([2, 0]);
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
      // Worked here from the guidance, not by the rule under test: the budget in thousands (halves up)
      // + K + 5 × E points, one hour per complete 40; the school's mobility tenth (i % 10: 0%, 5%, ...,
      // 45%) adds 0, 0, 0, 0, 0, 1, 1, 2, 2, 3 hours (exactly 20%, 30% or 40% is not over it).
      const mobilityHoursByTenth = [0, 0, 0, 0, 0, 1, 1, 2, 2, 3];
      const expectedTotal = rows.reduce((total: number, row, i) => {
        if (row[pupils] === 0) return total;
        const points = Math.floor((row[6] as number) / 1000 + 0.5) + (row[3] as number) + 5 * (row[4] as number);
        return total + Math.floor(points / 40) + mobilityHoursByTenth[i % 10]!;
      }, 0);
      expect(summary.totals.totalGuideHours).toBe(expectedTotal);
      expect(summary.totals.totalGuideHours).toBe(539);
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
