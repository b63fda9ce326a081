/**
 * District tables as local authorities hold them: units in headers, totals of pupils, mobility as
 * whole percentages, duplicate URNs and hostile names. Small made-up fixtures with real header
 * spellings.
 */
import { detectColumns } from "../../src/sheets/district/read/header-detection";
import { buildDistrictSummary } from "../../src/sheets/district/summary/summary-model";
import { mobilityUnits } from "../../src/sheets/district/read/mobility-units";
import type { DistrictSource } from "../../src/sheets/district/read/read-types";
import type { FormulaCell, ModelCell } from "../../src/sheets/sheet-model";
import { checkStageCounts, MAX_PUPILS_AT_A_STAGE } from "../../src/rules/sen-stage-counts";
import { ruleErrorOf } from "../helpers/rule-error";

function source(headers: unknown[], rows: unknown[][]): DistrictSource {
  return { sheetName: "Schools", headerRow: 0, firstCol: 0, headers, rows };
}

function summarise(headers: unknown[], rows: unknown[][]) {
  const src = source(headers, rows);
  const detection = detectColumns(headers);
  return { detection, summary: buildDistrictSummary(src, detection.mapping), src };
}

describe("plausible counts of pupils at an SEN stage", () => {
  test("a count above the school's total pupils, or above 3,000, is a bad row naming the column", () => {
    const headers = ["URN", "School name", "Total pupils", "Notional SEN budget", "SEN support", "EHC plan"];
    const { summary } = summarise(headers, [
      [100001, "Fine Primary (made up)", 210, 40000, 30, 4],
      [100002, "Money In Count (made up)", 300, 40000, 45000, 2],
      [100003, "More Than Roll (made up)", 150, 30000, 160, 1],
      [100004, "Adds Up Too Much (made up)", 100, 30000, 80, 30],
      [100005, "No Roll Given (made up)", null, 30000, 3001, 0],
    ]);
    expect(summary.schools.map((s) => s.name)).toEqual(["Fine Primary (made up) (URN 100001)"]);
    expect(summary.badRows.map((b) => [b.sheetRow, b.reason])).toEqual([
      [
        3,
        '"SEN support" is 45,000: more than 3,000 pupils at one SEN stage, which no school in England has. Check that the column holds a number of pupils (not money or a percentage).',
      ],
      [4, '"SEN support" is 160: more than the school\'s "Total pupils" (150).'],
      [5, '"SEN support" (80) and "EHC plan" (30) add up to 110: more than the school\'s "Total pupils" (100).'],
      [
        6,
        '"SEN support" is 3,001: more than 3,000 pupils at one SEN stage, which no school in England has. Check that the column holds a number of pupils (not money or a percentage).',
      ],
    ]);
  });
  test("the rule on its own: limits on both sides", () => {
    expect(() => checkStageCounts([{ key: "statements", value: MAX_PUPILS_AT_A_STAGE }])).not.toThrow();
    expect(ruleErrorOf(() => checkStageCounts([{ key: "statements", value: 3001 }])).message).toMatch(
      /^statements is 3,001: more than 3,000/,
    );
    expect(() => checkStageCounts([{ key: "school_action", value: 10 }], 10)).not.toThrow();
    expect(ruleErrorOf(() => checkStageCounts([{ key: "school_action", value: 11 }], 10)).message).toBe(
      "school_action is 11: more than the school's total_pupils (10).",
    );
  });
});

describe("pupil mobility units", () => {
  const headers = ["School", "Notional SEN budget", "SEN support", "EHC plan", "Mobility %"];
  test("a header naming a percentage: whole numbers are percentages for the whole column, said once", () => {
    const rows = [
      ["A (made up)", 40000, 20, 2, 13],
      ["B (made up)", 40000, 20, 2, 34],
      ["C (made up)", 40000, 20, 2, 0],
      ["D (made up)", 40000, 20, 2, 150],
    ];
    const src = source(headers, rows);
    const units = mobilityUnits(src, detectColumns(headers).mapping);
    expect(units).toEqual({
      mode: "percent",
      note: '"Mobility %" holds numbers above 1: its numbers are read as percentages for the whole column (13 means 13%).',
    });
    const summary = buildDistrictSummary(src, detectColumns(headers).mapping);
    expect(summary.badRows.map((b) => [b.sheetRow, b.reason])).toEqual([
      [5, '"Mobility %" must be a percentage from 0% to 100% (type 34% or 0.34); 150% is above 100%.'],
    ]);
    // 40 budget points + 20 + 10 = 70 -> 1 hour; 34% -> 2 mobility hours; 13% -> 0
    expect(summary.schools.map((s) => s.guideHours)).toEqual([1, 3, 1]);
    const table = summary.model.tables![0]!;
    const mob = table.rows[0]![table.headers.indexOf("Pupil mobility")] as FormulaCell;
    expect(mob.preview).toBe(0.13);
    const ref = `INDEX('Schools'!$E$2:$E$5,G${table.row + 2})`; // the school's MATCH is in column G
    expect(mob.formula).toBe(`=IF(ISBLANK(${ref}),"",IF(ISNUMBER(${ref}),${ref}/100,${ref}))`);
  });
  test("without a percentage header, numbers above 1 switch the whole column to percentages", () => {
    const plain = ["School", "Notional SEN budget", "SEN support", "EHC plan", "Mobility"];
    const units = mobilityUnits(
      source(plain, [
        ["A", 1, 1, 1, 1],
        ["B", 1, 1, 1, 25],
      ]),
      detectColumns(plain).mapping,
    );
    expect(units?.mode).toBe("percent");
    expect(mobilityUnits(source(plain, [["A", 1, 1, 1, 0.25]]), detectColumns(plain).mapping)).toEqual({
      mode: "fraction",
    });
  });
  test("a column mixing 0.13 and 13 is a problem to fix, never guessed row by row", () => {
    const rows = [
      ["A (made up)", 40000, 20, 2, 0.13],
      ["B (made up)", 40000, 20, 2, 13],
    ];
    const problem =
      '"Mobility %" mixes shares such as 0.13 (row 2) with whole percentages such as 13 (row 3): write every mobility the same way (13% or 0.13) before building the summary, or choose no mobility column.';
    expect(mobilityUnits(source(headers, rows), detectColumns(headers).mapping)).toEqual({
      mode: "fraction",
      problem,
    });
    expect(() => buildDistrictSummary(source(headers, rows), detectColumns(headers).mapping)).toThrow(problem);
  });
});

describe("URNs and names", () => {
  test("a duplicate URN is reported and never counted twice; LAESTAB left of URN is not the URN", () => {
    const headers = ["LAESTAB", "URN", "School name", "Notional SEN budget", "SEN support", "EHC plan"];
    const { summary, detection } = summarise(headers, [
      [3813614, 100000, "One (made up)", 40000, 20, 2],
      [3813615, 100001, "Two (made up)", 40000, 20, 2],
      [3813614, 100000, "One again (made up)", 40000, 20, 2],
    ]);
    expect(detection.mapping.urn).toBe(1);
    expect(summary.schools).toHaveLength(2);
    expect(summary.badRows).toEqual([
      {
        index: 2,
        sheetRow: 4,
        name: "One again (made up) (URN 100000)",
        reason:
          "URN 100000 is in the table again (first in row 2): this row is left out so the school is not counted twice.",
      },
    ]);
  });
  test('formula-like "=1+1" and HTML-like "<b>x</b>" names stay text', () => {
    const headers = ["School name", "Notional SEN budget", "SEN support", "EHC plan"];
    const { summary } = summarise(headers, [
      ["=1+1", 40000, 20, 2],
      ["<b>x</b>", 40000, 20, 2],
    ]);
    expect(summary.schools.map((s) => s.name)).toEqual(["=1+1", "<b>x</b>"]);
    const table = summary.model.tables![0]!;
    const names = table.rows.map((row) => row[0] as ModelCell as FormulaCell);
    const r = table.row + 2;
    expect(names.map((n) => [n.formula, n.preview])).toEqual([
      [`=INDEX('Schools'!$A$2:$A$3,F${r})&""`, "=1+1"],
      [`=INDEX('Schools'!$A$2:$A$3,F${r + 1})&""`, "<b>x</b>"],
    ]);
    // Each is found by its name, written as the text it is (a MATCH never reads it as a formula).
    expect(table.rows.map((row) => (row[5] as FormulaCell).formula)).toEqual([
      `=MATCH("=1+1",'Schools'!$A$2:$A$3,0)`,
      `=MATCH("<b>x</b>",'Schools'!$A$2:$A$3,0)`,
    ]);
  });
});
