/**
 * The summary of one table in Excel, against the fake Excel, the way the District tab does it: the
 * table read from the selection, summarised, written to a new sheet; then the user sorts the table
 * A to Z and inserts a school's row in it, as people do, and every figure the sheet shows (each
 * school's inputs and hours, the totals, the chart's data, the rows with bad data) is evaluated
 * again over the workbook's cells (lookup-evaluator.ts): each stays right, because each school is
 * looked up by its URN, or by its name (with its LA where the name is another LA's too), never read
 * from its old row. And a block of schools with no header row, read with its first school.
 */
import { sencoHours } from "../../src/rules/senco-time";
import { headerLooksLikeData, withoutHeaderRow } from "../../src/sheets/district/read/header-row";
import { detectColumns, emptyMapping, type ColumnMapping } from "../../src/sheets/district/read/header-detection";
import type { DistrictSource } from "../../src/sheets/district/read/read-types";
import { buildDistrictSummary } from "../../src/sheets/district/summary/summary-model";
import { readSelectedSchools, writeDistrictSheet } from "../../src/workbook/district-excel";
import { FakeExcel } from "../workbook/fake-excel";
import { bookOf, NA } from "./lookup-evaluator";

const HEADERS = ["URN", "la_name", "School name", "Notional SEN budget", "SEN support", "EHC plans", "SENCO hours"];
type Row = [number | null, string, string, number, number, number | null, number | null];

/** 300 made-up schools in two LAs, in URN order; one has no EHC plan count (a row with bad data), some no hours. */
function schools(): Row[] {
  return Array.from({ length: 300 }, (_v, i): Row => {
    const la = i % 3 === 0 ? "Made-up Shire" : "Made-up Borough";
    const pupils = 120 + ((i * 37) % 900);
    return [
      100000 + i,
      la,
      `${["Oak", "Elm", "Ash", "Beech", "Hazel", "Rowan"][i % 6]} ${["Primary", "Academy", "Infant School"][i % 3]} ${i}`,
      pupils * (60 + (i % 40)),
      Math.floor(pupils * 0.12),
      i === 137 ? null : Math.floor(pupils * 0.03),
      i % 7 === 0 ? null : 2 + (i % 9),
    ];
  });
}

/** The pane's one-table build: read from the selection, summarised as the tab does, written to a new sheet. */
async function summarise(excel: FakeExcel, mapping?: (source: DistrictSource) => ColumnMapping) {
  const read = await excel.asExcel(() => readSelectedSchools());
  const source = read.source;
  const summary = buildDistrictSummary(source, mapping ? mapping(source) : detectColumns(source.headers).mapping, {
    sourceLabel: read.label,
    table: { label: source.sheetName, tableName: read.tableName },
  });
  const written = await excel.asExcel(() => writeDistrictSheet(summary.model));
  return { source, summary, sheet: written.sheetName };
}

/** Every figure the summary sheet shows, evaluated over the workbook as it is now. */
function figures(excel: FakeExcel, summary: ReturnType<typeof buildDistrictSummary>, sheet: string) {
  const book = bookOf(excel);
  const at = (row: number, col: number) => book.get(sheet, row, col);
  const labelled = (label: string) => {
    const block = summary.model.blocks.find((b) => b.cells[0]?.[0] === label)!;
    return at(block.row, block.col + 1);
  };
  const chart = summary.model.blocks.find((b) => b.cells[0]?.[0] === "Whole hours per week")!;
  const bad = summary.model.blocks.find((b) => b.cells[0]?.[0] === "Source row")!;
  const table = summary.model.tables![0]!;
  const shown = table.headers.filter((h) => !h.startsWith("Difference") && !h.startsWith("Row in "));
  return {
    totals: Object.fromEntries(
      [
        "Schools in the summary",
        "Total guide hours per week",
        "Mean guide hours per school",
        "Median guide hours per school",
        "Total allocated SENCO hours per week",
        "Schools with allocated hours given",
        "Schools below the guide",
        "Share of those schools below the guide",
      ].map((label) => [label, labelled(label)]),
    ),
    chart: Array.from({ length: summary.bins.length }, (_v, i) => [
      at(chart.row + 1 + i, 0),
      at(chart.row + 1 + i, 1),
      at(chart.row + 1 + i, 2),
    ]),
    badRows: summary.badRows.map((_b, i) => [at(bad.row + 1 + i, 0), at(bad.row + 1 + i, 1)]),
    // Each school's name, URN, inputs, guide hours, allocated hours and flag (not the difference or its MATCH).
    schools: table.rows.map((_r, i) => shown.map((h) => at(table.row + 1 + i, table.col + table.headers.indexOf(h)))),
  };
}

/** The figures worked out here, by the rule, from the schools themselves (in any order). */
function expected(rows: readonly Row[], sourceRowOf: (urn: number) => number) {
  const good = rows.filter((r) => r[5] !== null).sort((a, b) => a[0]! - b[0]!);
  const guide = good.map((r) =>
    sencoHours({ notionalSenBudget: r[3], schoolAction: r[4], schoolActionPlus: 0, statements: r[5]! }),
  );
  const sorted = [...guide].sort((a, b) => a - b);
  const given = good.map((r, i) => ({ hours: r[6], guide: guide[i]! })).filter((g) => g.hours !== null);
  const below = given.filter((g) => g.hours! < g.guide).length;
  const total = guide.reduce((a, b) => a + b, 0);
  return {
    totals: {
      "Schools in the summary": good.length,
      "Total guide hours per week": total,
      "Mean guide hours per school": total / good.length,
      "Median guide hours per school": sorted[(good.length - 1) / 2], // 299 schools: the middle one
      "Total allocated SENCO hours per week": given.reduce((a, g) => a + g.hours!, 0),
      "Schools with allocated hours given": given.length,
      "Schools below the guide": below,
      "Share of those schools below the guide": below / given.length,
    },
    badRows: rows.filter((r) => r[5] === null).map((r) => [sourceRowOf(r[0]!), `${r[2]} (URN ${r[0]})`]),
    schools: good.map((r, i) => [
      r[2],
      r[0],
      r[3],
      r[4],
      r[5],
      guide[i],
      r[6] ?? "",
      r[6] === null ? "Not given" : r[6] < guide[i]! ? "Below guide" : "",
    ]),
    guide,
  };
}

describe("the summary of one table stays right when the table is sorted and a row inserted", () => {
  test("300 schools looked up by URN: sorted A to Z by name, then a school inserted, every figure still right", async () => {
    const rows = schools();
    const excel = new FakeExcel({ sheets: ["Schools"], selection: "C10" });
    excel.setBlock("Schools", 0, 0, [HEADERS, ...rows]);
    const { summary, sheet } = await summarise(excel);
    expect(summary.schools).toHaveLength(299);
    const table = summary.model.tables![0]!;
    expect(table.headers[table.headers.length - 1]).toBe("Row in Schools (URN)");

    const want = expected(rows, (urn) => urn - 100000 + 2);
    const before = figures(excel, summary, sheet);
    expect(before.totals).toEqual(want.totals);
    expect(before.schools).toEqual(want.schools);
    expect(before.badRows).toEqual([[139, "Rowan Infant School 137 (URN 100137)"]]);
    const counts = before.chart.map((bin) => bin[1] as number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(299);
    expect(before.chart.map((bin) => [bin[0], bin[1]])).toEqual(summary.bins.map((b) => [b.label, b.guide]));

    // Sorted A to Z by school name, as Excel's Sort does it: every row moves.
    const sorted = [...rows].sort((a, b) => a[2].localeCompare(b[2], "en-GB"));
    excel.setBlock("Schools", 1, 0, sorted);
    expect(excel.cell("Schools", "C2")).toBe("Ash Infant School 104");
    const afterSort = figures(excel, summary, sheet);
    const sortedRow = (urn: number) => sorted.findIndex((r) => r[0] === urn) + 2;
    expect(afterSort.totals).toEqual(want.totals);
    expect(afterSort.schools).toEqual(want.schools);
    expect(afterSort.chart).toEqual(before.chart);
    expect(afterSort.badRows).toEqual([[sortedRow(100137), "Rowan Infant School 137 (URN 100137)"]]);

    // A new school typed into a row inserted above row 40: the schools below move down, the summary follows them.
    excel.insertRows("Schools", 39);
    excel.setBlock("Schools", 39, 0, [[100999, "Made-up Borough", "Aaron New Academy", 80000, 30, 5, 1]]);
    const afterInsert = figures(excel, summary, sheet);
    expect(afterInsert.totals).toEqual(want.totals);
    expect(afterInsert.schools).toEqual(want.schools);
    expect(afterInsert.chart).toEqual(before.chart);
    const insertedRow = (urn: number) => sortedRow(urn) + (sortedRow(urn) >= 40 ? 1 : 0);
    expect(afterInsert.badRows).toEqual([[insertedRow(100137), "Rowan Infant School 137 (URN 100137)"]]);
    expect(insertedRow(100137)).not.toBe(sortedRow(100137)); // the bad row was below the new one
  });

  test("a table with names only: each school found by its name, or by its LA and name where the name is in both LAs", async () => {
    // No URN column; "Beech Primary 3" is a Made-up Shire school's name and a Made-up Borough school's too.
    const rows: Row[] = schools()
      .slice(0, 60)
      .map((r, i) => (i === 4 ? [null, r[1], "Beech Primary 3", r[3], r[4], r[5], r[6]] : r));
    const table = rows.map((r) => r.slice(1));
    const excel = new FakeExcel({ sheets: ["Budget"], selection: "B2" });
    excel.setBlock("Budget", 0, 0, [HEADERS.slice(1), ...table]);
    const { summary, sheet } = await summarise(excel);
    const spec = summary.model.tables![0]!;
    expect(spec.headers[spec.headers.length - 1]).toBe("Row in Budget (school name or LA and school name)");
    const matches = spec.rows.map((r) => (r[r.length - 1] as { formula: string }).formula);
    expect(matches[3]).toBe(
      "=MATCH(1,INDEX(('Budget'!$A$2:$A$61=\"Made-up Shire\")*('Budget'!$B$2:$B$61=\"Beech Primary 3\"),0,1),0)",
    );
    const names = (f: ReturnType<typeof figures>) => f.schools.map((s) => [s[0], s[2], s[5]]);
    const before = figures(excel, summary, sheet);
    expect(before.schools.every((s) => s.every((v) => v !== NA && v !== "#REF!"))).toBe(true);

    excel.setBlock(
      "Budget",
      1,
      0,
      [...table].sort((a, b) => String(a[1]).localeCompare(String(b[1]), "en-GB")),
    );
    excel.insertRows("Budget", 10);
    excel.setBlock("Budget", 10, 0, [["Made-up Borough", "Beech Primary 3 (new)", 1000, 1, 1, 1]]);
    const after = figures(excel, summary, sheet);
    expect(names(after)).toEqual(names(before));
    expect(after.totals).toEqual(before.totals);
    expect(after.chart).toEqual(before.chart);
  });
});

describe("a block of schools with no header row", () => {
  /** 12 made-up schools pasted as a block with no header row, as an LA's export gives them. */
  const BLOCK = Array.from({ length: 12 }, (_v, i) => [
    i === 0 ? "New Poplarvale Academy" : `Made-up School ${i + 1}`,
    188720 + i,
    40000 + i * 2500,
    20 + i,
    2 + (i % 4),
    i === 0 ? 0.44 : 0.1,
  ]);

  test("its first row looks like data; read as schools, the first school is summarised from row 1", async () => {
    const excel = new FakeExcel({ sheets: ["Pasted"], selection: "C5" });
    excel.setBlock("Pasted", 0, 0, BLOCK);
    const read = await excel.asExcel(() => readSelectedSchools());
    expect(read.source.headers).toEqual(BLOCK[0]); // taken as the header, as any block's first row is
    expect(read.source.rows).toHaveLength(11);
    expect(headerLooksLikeData(read.source)).toBe(true);

    // "This table has no header row": every row is a school, the columns named by letter and chosen by the user.
    const source = withoutHeaderRow(read.source);
    expect(source.headers).toEqual(["Column A", "Column B", "Column C", "Column D", "Column E", "Column F"]);
    expect(source.rows).toHaveLength(12);
    const mapping = { ...emptyMapping(), name: 0, urn: 1, budget: 2, schoolAction: 3, statements: 4, mobility: 5 };
    const summary = buildDistrictSummary(source, mapping, { sourceLabel: read.label, table: { label: "Pasted" } });
    expect(summary.schools).toHaveLength(12);
    const written = await excel.asExcel(() => writeDistrictSheet(summary.model));
    const table = summary.model.tables![0]!;
    const first = (header: string) =>
      bookOf(excel).get(written.sheetName, table.row + 1, table.headers.indexOf(header));
    expect(table.rows[0]![table.headers.indexOf("Row in Pasted (URN)")]).toMatchObject({
      formula: "=MATCH(188720,'Pasted'!$B$1:$B$12,0)",
    });
    expect(first("School")).toBe("New Poplarvale Academy");
    expect(first("Row in Pasted (URN)")).toBe(1);
    expect(first("Notional SEN budget")).toBe(40000);
    expect(first("Guide hours per week (SEND.SENCOHOURS)")).toBe(
      sencoHours({
        notionalSenBudget: 40000,
        schoolAction: 20,
        schoolActionPlus: 0,
        statements: 2,
        pupilMobility: 0.44,
      }),
    );
  });
});
