/**
 * One table covering several LAs, summarised for the LA chosen: the LAs offered from the data with
 * their schools, no choice for a table naming one LA, "All local authorities" as a choice, and
 * the summary of the LA's schools only, with plain references to their rows in the source table.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseCsvValues } from "../../src/sheets/district/read/csv";
import { detectColumns } from "../../src/sheets/district/read/header-detection";
import { oneTableLa, oneTableSourceLabel } from "../../src/sheets/district/join/one-table-la";
import { buildDistrictSummary } from "../../src/sheets/district/summary/summary-model";
import type { DistrictSource } from "../../src/sheets/district/read/read-types";
import type { FormulaCell, ModelCell } from "../../src/sheets/sheet-model";
import { sampleDistrictTable } from "../../src/sheets/district/read/sample-district";

const formula = (cell: ModelCell | undefined): string => (cell as FormulaCell).formula;

/** The DfE's school-level file in its wide spelling, for two made-up LAs, their schools interleaved. */
const WIDE_HEADERS = [
  "old_la_code",
  "new_la_code",
  "la_name",
  "URN",
  "school_name",
  "Notional SEN budget",
  "SEN support",
  "EHC plan",
];
const WIDE_ROWS: unknown[][] = [
  [201, "E09000001", "Made-up Borough", 100000, "Aldgate Made-up School", 67755, 10, 6],
  [380, "E08000032", "Made-up Shire", 107000, "Moor Edge Primary (made up)", 41200, 25, 4],
  [201, "E09000001", "Made-up Borough", 100001, "St Mary's, Upper Town (made up)", 24300, 14, 2],
  [380, "E08000032", "Made-up Shire", 107001, "Valley Road School (made up)", "tbc", 120, 30],
  [null, null, null, null, null, null, null, null],
  [201, "E09000001", "Made-up Borough", 100002, "Church Lane Primary (made up)", 52500, 41, 3],
];

function wideSource(rows: unknown[][] = WIDE_ROWS, headers: unknown[] = WIDE_HEADERS): DistrictSource {
  return { sheetName: "Schools", headerRow: 0, firstCol: 0, headers, rows };
}

describe("the LA choice for one table", () => {
  test("a table covering two LAs: each LA offered with its schools, and nothing built until one is chosen", () => {
    const la = oneTableLa(wideSource(), "sen-school-level", undefined)!;
    expect(la.scope.needed).toBe(true);
    expect(la.scope.offered).toEqual([
      { id: "201", label: "Made-up Borough (201)", schools: [3] },
      { id: "380", label: "Made-up Shire (380)", schools: [2] },
    ]);
    expect(la.scope.chosen).toBeUndefined();
    expect(la.scope.reason).toBe(
      'sen-school-level covers 2 LAs, read from "old_la_code", "la_name" and "new_la_code".',
    );
    expect(la.problem).toBe(
      "sen-school-level covers 2 LAs: choose the LA the summary is for (or All local authorities).",
    );
  });

  test("one LA chosen: the rows of the other left out and counted; the summary is for it", () => {
    const la = oneTableLa(wideSource(), "sen-school-level", "380")!;
    expect(la.problem).toBeUndefined();
    expect(WIDE_ROWS.map((_row, r) => la.keepRow(r))).toEqual([false, true, false, true, true, false]); // the blank row names no LA: kept, and skipped as blank
    expect(la.otherLaRows).toBe(3);
    expect(la.notes).toEqual(["3 rows of sen-school-level are schools of other LAs: left out."]);
    expect(la.forWhom).toBe("for Made-up Shire (380)");
    expect(oneTableSourceLabel("sen-school-level.csv", la)).toBe(
      "sen-school-level.csv, for Made-up Shire (380) (3 rows of other LAs left out)",
    );
  });

  test("All local authorities: every row, nothing left out", () => {
    const la = oneTableLa(wideSource(), "sen-school-level", null)!;
    expect(la.problem).toBeUndefined();
    expect(WIDE_ROWS.every((_row, r) => la.keepRow(r))).toBe(true);
    expect(la.notes).toEqual([]);
    expect(oneTableSourceLabel("sen-school-level.csv", la)).toBe("sen-school-level.csv, for all 2 LAs in it");
  });

  test("an LA-wide table whose LAESTABs start with different LA codes: the LAs are the first three digits", () => {
    const source = wideSource(
      [
        ["201/3614", "Alder Brook (made up)", 67755, 10, 6],
        ["201-3615", "Beacon Hill (made up)", 24300, 14, 1],
        ["3802000", "Moor Edge (made up)", 41200, 25, 4],
      ],
      ["DfE number", "School name", "Notional SEN budget", "SEN support", "EHC plans"],
    );
    const la = oneTableLa(source, "Budget", undefined)!;
    expect(la.scope.offered.map((o) => [o.label, o.schools[0]])).toEqual([
      ["LA 201", 2],
      ["LA 380", 1],
    ]);
    expect(la.scope.reason).toBe('Budget covers 2 LAs, read from the first three digits of "DfE number".');
    expect(oneTableLa(source, "Budget", "201")!.otherLaRows).toBe(1);
  });

  test("a table naming one LA: no choice, summarised for it, whatever was chosen for other tables", () => {
    const source = wideSource(
      [
        ["2013614", "Alder Brook (made up)", 67755, 10, 6],
        ["201 3615", "Beacon Hill (made up)", 24300, 14, 1],
      ],
      ["LAESTAB", "School name", "Notional SEN budget", "SEN support", "EHC plans"],
    );
    for (const choice of [undefined, "380", null]) {
      const la = oneTableLa(source, "Budget", choice)!;
      expect(la.scope.needed).toBe(false);
      expect(la.problem).toBeUndefined();
      expect(la.forWhom).toBe("for LA 201");
      expect(la.otherLaRows).toBe(0);
      expect([0, 1].every((r) => la.keepRow(r))).toBe(true);
    }
  });

  test("a table naming no LA (no LA column, no LAESTAB) has no LA choice, and its label is as before", () => {
    const table = sampleDistrictTable();
    const sample = { sheetName: "Sample", headerRow: 0, firstCol: 0, headers: table[0]!, rows: table.slice(1) };
    expect(oneTableLa(sample, "Sample district", undefined)).toBeUndefined();
    expect(oneTableSourceLabel("sample.csv", undefined)).toBe("sample.csv");
  });

  test("a choice of an LA the table does not hold is no choice", () => {
    const la = oneTableLa(wideSource(), "sen-school-level", "name:calderdale")!;
    expect(la.scope.chosen).toBeUndefined();
    expect(la.problem).toBeDefined();
  });

  test("a row naming no LA is kept in the LA's summary, and the note gives its row", () => {
    const rows = [...WIDE_ROWS, [null, null, "", 100009, "Unplaced School (made up)", 30000, 9, 1]];
    const la = oneTableLa(wideSource(rows), "sen-school-level", "201")!;
    expect(la.keepRow(6)).toBe(true);
    expect(la.notes).toEqual([
      "2 rows of sen-school-level are schools of other LAs: left out.",
      "1 row of sen-school-level names no LA (row 8): kept in the summary.",
    ]);
  });
});

describe("the summary of one table for the LA chosen", () => {
  const source = wideSource();
  const { mapping } = detectColumns(WIDE_HEADERS);

  function summaryFor(choice: string | null) {
    const la = oneTableLa(source, "sen-school-level", choice)!;
    return buildDistrictSummary(source, mapping, {
      sourceLabel: oneTableSourceLabel("sen-school-level.csv", la),
      keepRow: la.keepRow,
    });
  }

  test("the LA's schools only, each referring to its own row of the source table; the sheet names the LA", () => {
    const summary = summaryFor("201");
    expect(summary.schools.map((s) => s.name)).toEqual([
      "Aldgate Made-up School (URN 100000)",
      "St Mary's, Upper Town (made up) (URN 100001)",
      "Church Lane Primary (made up) (URN 100002)",
    ]);
    // The other LA's bad row ("tbc") is not this LA's: not listed. A blank row is skipped and counted, as before.
    expect(summary.badRows).toEqual([]);
    expect(summary.totals.schools).toBe(3);
    expect(summary.totals.blankRows).toBe(1);
    const table = summary.model.tables![0]!;
    const rows = table.rows;
    // Source rows 2, 4 and 7 (header in row 1): each school is looked up by its URN, the other LA's rows skipped.
    const r = table.row + 2;
    expect(rows.map((row) => formula(row[2]))).toEqual([
      `=INDEX('Schools'!$F$2:$F$7,G${r})`,
      `=INDEX('Schools'!$F$2:$F$7,G${r + 1})`,
      `=INDEX('Schools'!$F$2:$F$7,G${r + 2})`,
    ]);
    expect(rows.map((row) => formula(row[6]))).toEqual([
      "=MATCH(100000,'Schools'!$D$2:$D$7,0)",
      "=MATCH(100001,'Schools'!$D$2:$D$7,0)",
      "=MATCH(100002,'Schools'!$D$2:$D$7,0)",
    ]);
    expect(JSON.stringify(summary.model.blocks)).toContain(
      "Source: sen-school-level.csv, for Made-up Borough (201) (2 rows of other LAs left out).",
    );
  });

  test("All local authorities: every school, the other LA's bad row listed, as the whole table was summarised before", () => {
    const all = summaryFor(null);
    const whole = buildDistrictSummary(source, mapping, { sourceLabel: "sen-school-level.csv, for all 2 LAs in it" });
    expect(all.schools).toEqual(whole.schools);
    expect(all.badRows).toEqual(whole.badRows);
    expect(all.badRows.map((b) => b.sheetRow)).toEqual([5]);
    expect(all.totals).toEqual(whole.totals);
    expect(all.model).toEqual(whole.model);
  });
});

const DATA = path.resolve(__dirname, "../../../shared/data/sen-school-level-england-2023.csv");
const haveData = fs.existsSync(DATA);
if (!haveData) console.warn("Skipped the one-LA test on the real file: the DfE school-level SEN file is not present.");

(haveData ? describe : describe.skip)("the DfE school-level SEN file for England (January 2023), as one table", () => {
  test("152 LAs offered by la_name with their schools; Calderdale's 114 schools summarised from the whole file", () => {
    const all = parseCsvValues(fs.readFileSync(DATA, "utf8"));
    // A MADE-UP budget of £180 a pupil is added by this test (the DfE file has none).
    const headers = [...all[0]!, "Notional SEN budget"];
    const pupils = headers.indexOf("Total pupils");
    const rows = all.slice(1).map((row) => [...row, Math.round((row[pupils] as number) * 180)]);
    const source: DistrictSource = { sheetName: "England", headerRow: 0, firstCol: 0, headers, rows };
    const la = oneTableLa(source, "sen-school-level-england-2023", undefined)!;
    expect(la.scope.offered).toHaveLength(152);
    expect(la.scope.offered.find((o) => o.label === "Calderdale")!.schools).toEqual([114]);
    expect(la.problem).toBe(
      "sen-school-level-england-2023 covers 152 LAs: choose the LA the summary is for (or All local authorities).",
    );
    const calderdale = oneTableLa(source, "sen-school-level-england-2023", "name:calderdale")!;
    expect(calderdale.otherLaRows).toBe(rows.length - 114);
    const { mapping } = detectColumns(headers);
    const summary = buildDistrictSummary(source, mapping, { keepRow: calderdale.keepRow });
    const alone = buildDistrictSummary({ ...source, rows: rows.filter((_row, r) => calderdale.keepRow(r)) }, mapping);
    // One of Calderdale's 114 has 0 pupils and no budget: listed, not summarised as 0 hours.
    expect(summary.schools).toHaveLength(113);
    expect(summary.leftOut.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^0 pupils \("Total pupils"\) and no notional SEN budget/),
    ]);
    expect(summary.totals).toEqual(alone.totals);
    expect(summary.schools.map((s) => [s.name, s.guideHours])).toEqual(
      alone.schools.map((s) => [s.name, s.guideHours]),
    );
    // Each school is looked up in the whole file by its name, or by its LA and name where the name is another LA's too.
    const first = summary.schools[0]!.index;
    expect(rows[first]![0]).toBe("Calderdale");
    const table = summary.model.tables![0]!;
    const row = table.headers.length - 1;
    // Calderdale's two "St Joseph's Catholic Primary Academy" share their LA and name: read from their rows as read.
    expect(table.headers[row]).toBe("Row in England (school name or LA and school name or row as read)");
    expect(JSON.stringify(summary.model.blocks)).toContain(
      "England: 2 schools read from the rows as read (no URN, LAESTAB or name finds each alone)",
    );
    expect(formula(table.rows[0]![1])).toBe(
      `=INDEX('England'!$G$2:$G$${rows.length + 1},${String.fromCharCode(65 + row)}${table.row + 2})`,
    );
    expect(formula(table.rows[0]![row])).toBe(`=MATCH("${rows[first]![1]}",'England'!$B$2:$B$${rows.length + 1},0)`);
  });
});
