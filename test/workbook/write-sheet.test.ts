import { FakeExcel } from "./fake-excel";
import { DEFAULT_MAX_PAYLOAD_BYTES, planChunks } from "../../src/workbook/chunk-plan";
import { guardText } from "../../src/workbook/excel-input";
import { SheetWriteError } from "../../src/workbook/write-session";
import { writeNewSheet } from "../../src/workbook/write-sheet";
import type { SheetModel } from "../../src/sheets/sheet-model";

/** A small model shaped like a plan sheet: title, inputs, a spill formula, a table, a chart. */
function smallModel(title = "Plan for Sam Jones"): SheetModel {
  return {
    title,
    blocks: [
      { row: 0, col: 0, cells: [["SLMDA plan"]], style: "title" },
      {
        row: 2,
        col: 0,
        cells: [
          ["Apprentice name", "=cmd|' /C calc'!A0"],
          ["Agreed price", 18000],
          ["Start date", 44075],
          ["Holds NASENCO", false],
          ["Note", null],
        ],
        numberFormat: [null, "General"],
        style: "input",
      },
      {
        row: 8,
        col: 0,
        cells: [[{ formula: "=SEND.SLMDAFUNDING(B4)", preview: 17100 }]],
        spill: { rows: 3, cols: 2 },
        numberFormat: "£#,##0",
      },
    ],
    tables: [
      {
        name: "Documents",
        row: 12,
        col: 0,
        headers: ["Document", "Due", "Done"],
        rows: [
          ["Personal statement", { formula: "=B5+7" }, false],
          ["+44 contact sheet", 44090, true],
        ],
        numberFormat: [null, "dd/mm/yyyy", null],
      },
    ],
    charts: [{ type: "ColumnClustered", title: "Hours", dataRange: "A13:B15", row: 0, col: 5 }],
    columnWidths: [160, 90],
    freezeRows: 1,
  };
}

function bigModel(schools: number): SheetModel {
  const rows: (string | number | { formula: string; preview: number | string })[][] = [];
  for (let i = 0; i < schools; i += 1) {
    const r = i + 3; // title row, header row, then schools
    rows.push([
      `St Mary's C of E Primary School, Town ${i}`,
      100000 + i,
      { formula: `='Schools'!C${r}`, preview: 50000 },
      { formula: `='Schools'!D${r}`, preview: 10 },
      { formula: `='Schools'!E${r}`, preview: 5 },
      { formula: `='Schools'!F${r}`, preview: 2 },
      { formula: `='Schools'!G${r}`, preview: 0.12 },
      { formula: `=SEND.SENCOHOURS(C${r},D${r},E${r},F${r},G${r})`, preview: 3 },
      { formula: `='Schools'!H${r}`, preview: 4 },
      { formula: `=I${r}-H${r}`, preview: 1 },
      { formula: `=IF(J${r}<0,"Below guide","")`, preview: "" },
    ]);
  }
  return {
    title: "District summary",
    blocks: [{ row: 0, col: 0, cells: [["District summary"]], style: "title" }],
    tables: [
      {
        name: "DistrictSummary",
        row: 1,
        col: 0,
        headers: ["School", "URN", "Budget", "K", "E", "SA+", "Mobility", "Guide", "Allocated", "Difference", "Flag"],
        rows,
        numberFormat: [null, "0", "£#,##0", "0", "0", "0", "0%", "0", "0.0", "0.0", null],
      },
    ],
    charts: [{ type: "ColumnClustered", title: "Guide and allocated hours", dataRange: "H2:I40", row: 1, col: 13 }],
    freezeRows: 2,
  };
}

describe("writeNewSheet on a small plan", () => {
  test("writes everything in 3 syncs: names, one chunk, then the sheet activated and its header frozen", async () => {
    const excel = new FakeExcel({ sheets: ["Budget", "Register"] });
    const result = await writeNewSheet(excel.context, smallModel());
    expect(result).toMatchObject({ sheetName: "Plan for Sam Jones", syncs: 3, chunks: 1 });
    expect(excel.syncs).toBe(3);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget", "Register", "Plan for Sam Jones"]);
    expect(excel.activeSheet).toBe("Plan for Sam Jones");
    // Activated only after its last write, in a later request than the one that adds it (office-js
    // issue 930), and frozen once active (freezing a sheet that is not active fires onActivated: 3148).
    expect(excel.batches[1]).toContain("worksheets.add Plan for Sam Jones");
    expect(excel.batches[1]).not.toContain("activate");
    expect(excel.batches[2]).toEqual(["activate", "freezeRows"]);
    // one request: nothing to suspend, Excel calculates the new formulas as they arrive
    expect(excel.calculationSuspensions).toBe(0);
    expect(excel.recalculations).toEqual([]);
    // user text that looks like a formula stays text
    expect(excel.cell("Plan for Sam Jones", "B3")).toBe("'=cmd|' /C calc'!A0");
    expect(excel.cell("Plan for Sam Jones", "A15")).toBe("'+44 contact sheet");
    expect(excel.cell("Plan for Sam Jones", "B4")).toBe(18000);
    expect(excel.cell("Plan for Sam Jones", "B6")).toBe(false);
    expect(excel.cell("Plan for Sam Jones", "B7")).toBe("");
    expect(excel.cell("Plan for Sam Jones", "A9")).toBe("=SEND.SLMDAFUNDING(B4)");
    expect(excel.cell("Plan for Sam Jones", "B14")).toBe("=B5+7");
    const sheet = excel.sheet("Plan for Sam Jones")!;
    expect(sheet.formats.get("13,1")).toBe("dd/mm/yyyy");
    expect(sheet.formats.get("9,1")).toBe("£#,##0"); // spill area formatted
    expect(sheet.tables).toEqual([{ name: "Documents", address: "A13:C15" }]);
    expect(sheet.charts[0]).toMatchObject({ type: "ColumnClustered", source: "A13:B15", title: "Hours" });
    expect(sheet.columnWidths.get("A:A")).toBe(160);
    expect(sheet.frozenRows).toBe(1);
    // existing sheets untouched
    expect(excel.sheet("Budget")!.cells.size).toBe(0);
  });

  test("a taken sheet name and table name get free ones", async () => {
    const excel = new FakeExcel({ sheets: ["plan for sam jones"], tables: ["Documents"] });
    const result = await writeNewSheet(excel.context, smallModel());
    expect(result.sheetName).toBe("Plan for Sam Jones (2)");
    expect(excel.sheet("Plan for Sam Jones (2)")!.tables[0]!.name).toBe("Documents_2");
  });

  test("tables are made before the blocks, so a formula may name one; the fake refuses a formula naming a missing table", async () => {
    const model: SheetModel = {
      title: "Levy",
      blocks: [{ row: 0, col: 0, cells: [[{ formula: "=SUM(Funds[Amount])", preview: 30 }]] }],
      tables: [
        {
          name: "Funds",
          row: 2,
          col: 0,
          headers: ["Month", "Amount"],
          rows: [
            [46204, 10],
            [46235, 20],
          ],
        },
      ],
    };
    const excel = new FakeExcel();
    await writeNewSheet(excel.context, model, { keepTableNames: true });
    const ops = excel.batches[1]!;
    expect(ops.indexOf("tables.add A3:B5")).toBeGreaterThan(ops.indexOf("formulas A3:B5"));
    expect(ops.indexOf("tables.add A3:B5")).toBeLessThan(ops.indexOf("formulas A1"));
    expect(excel.cell("Levy", "A1")).toBe("=SUM(Funds[Amount])");
    // Without the table the same formula is refused, as Excel refuses it.
    const bare = new FakeExcel();
    await expect(writeNewSheet(bare.context, { ...model, tables: [] })).rejects.toThrow(
      /names the table Funds, which does not exist.*The new sheet was removed/,
    );
    expect(bare.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("keepTableNames: a taken table name writes nothing (the formulas would name another table)", async () => {
    const excel = new FakeExcel({ tables: ["Documents"] });
    await expect(writeNewSheet(excel.context, smallModel(), { keepTableNames: true })).rejects.toThrow(
      'Could not write the sheet "Plan for Sam Jones": the table name Documents is already in use. Nothing was written.',
    );
    expect(excel.syncs).toBe(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("an invalid title becomes a valid sheet name", async () => {
    const excel = new FakeExcel();
    const result = await writeNewSheet(excel.context, smallModel("'Plan: O'Brien/2025 [draft] for the whole year'"));
    expect(result.sheetName).toBe("Plan O'Brien 2025 draft for the");
    expect(result.sheetName.length).toBeLessThanOrEqual(31);
  });

  test("a failed write removes the new sheet and says so", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"], failOnSync: 2 });
    const error = await writeNewSheet(excel.context, smallModel()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetWriteError);
    expect((error as Error).message).toBe(
      'Could not write the sheet "Plan for Sam Jones": An internal error has occurred. (GeneralException). The new sheet was removed; no existing sheet was changed.',
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget"]);
  });

  test("a failure half-way through a batch (sheet added, table rejected) leaves nothing behind", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"], failWhen: (op) => op.startsWith("tables.add") });
    await expect(writeNewSheet(excel.context, smallModel())).rejects.toThrow(/The new sheet was removed/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget"]);
  });

  test("a formula cell must start with =", async () => {
    const excel = new FakeExcel();
    const model: SheetModel = { title: "Bad", blocks: [{ row: 0, col: 0, cells: [[{ formula: "SUM(A1)" }]] }] };
    await expect(writeNewSheet(excel.context, model)).rejects.toThrow(/must start with "="/);
    expect(excel.syncs).toBe(0);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("guardText", () => {
  test("text Excel would parse keeps a text prefix; plain text is unchanged", () => {
    expect(["=A1", "+1", "-x", "@SUM(1)", "'quoted", "00123", "1,200", "12/05/2024", "50%"].map(guardText)).toEqual([
      "'=A1",
      "'+1",
      "'-x",
      "'@SUM(1)",
      "''quoted",
      "'00123",
      "'1,200",
      "'12/05/2024",
      "'50%",
    ]);
    // A URN as statistical software writes it, and Excel's logical values, stay the text they are.
    expect(["1e+05", "2.5E3", "TRUE", "false"].map(guardText)).toEqual(["'1e+05", "'2.5E3", "'TRUE", "'false"]);
    expect(["St Mary's", "Year 6", "", "A", "Year 1e", "True Grit"].map(guardText)).toEqual([
      "St Mary's",
      "Year 6",
      "",
      "A",
      "Year 1e",
      "True Grit",
    ]);
  });
});

describe("writeNewSheet at the scale of all of England", () => {
  test("24,000 schools: every request within the budget, syncs grow with chunks not rows", async () => {
    const model = bigModel(24000);
    const excel = new FakeExcel({ sheets: ["Schools"] });
    const progress: [number, number][] = [];
    const result = await writeNewSheet(excel.context, model, { onProgress: (d, t) => progress.push([d, t]) });
    // measured by the fake, independently of the writer's own estimate
    for (const bytes of excel.payloads) expect(bytes).toBeLessThanOrEqual(DEFAULT_MAX_PAYLOAD_BYTES);
    const totalBytes = excel.payloads.reduce((a, b) => a + b, 0);
    expect(result.chunks).toBeGreaterThanOrEqual(Math.ceil(totalBytes / DEFAULT_MAX_PAYLOAD_BYTES));
    expect(result.chunks).toBeLessThanOrEqual(Math.ceil(totalBytes / DEFAULT_MAX_PAYLOAD_BYTES) + 1);
    expect(result.syncs).toBe(result.chunks + 2);
    expect(excel.syncs).toBe(result.syncs);
    // suspended for every chunk but the last, which recalculates what the others left dirty
    expect(excel.calculationSuspensions).toBe(result.chunks - 1);
    expect(excel.recalculations).toEqual(["Recalculate"]);
    expect(progress[0]).toEqual([0, result.chunks]);
    expect(progress[progress.length - 1]).toEqual([result.chunks, result.chunks]);
    // every row arrived, in its place
    const sheet = excel.sheet("District summary")!;
    expect(excel.cell("District summary", "A24002")).toBe("St Mary's C of E Primary School, Town 23999");
    expect(excel.cell("District summary", "H24002")).toBe("=SEND.SENCOHOURS(C24002,D24002,E24002,F24002,G24002)");
    expect(sheet.formats.get("24001,2")).toBe("£#,##0");
    expect(sheet.tables).toEqual([{ name: "DistrictSummary", address: "A2:K24002" }]);

    console.log(
      `24,000 schools: ${result.chunks} chunks, ${result.syncs} syncs, payloads ${excel.payloads.join(", ")} bytes`,
    );
  });

  test("a smaller budget gives more, smaller chunks, each measured within it", async () => {
    const model = bigModel(3000);
    const excel = new FakeExcel();
    const budget = 250_000;
    const result = await writeNewSheet(excel.context, model, { maxPayloadBytes: budget });
    expect(result.chunks).toBeGreaterThanOrEqual(4);
    for (const bytes of excel.payloads) expect(bytes).toBeLessThanOrEqual(budget);
    expect(excel.cell("District summary", "B3002")).toBe(102999);
    expect(excel.cell("District summary", "B3")).toBe(100000);
    // chunks are contiguous: no row is missing
    const sheet = excel.sheet("District summary")!;
    for (let r = 2; r < 3002; r += 1) expect(sheet.cells.get(`${r},1`)).toBe(100000 + r - 2);
  });

  test("the plan is pure and its estimate covers the real request", () => {
    const chunks = planChunks(bigModel(500), 50_000);
    const rows = chunks.reduce((n, c) => n + c.segments.reduce((m, s) => m + s.formulas.length, 0), 0);
    expect(rows).toBe(501 + 1); // title + header + 500 schools
    for (const c of chunks) expect(c.bytes).toBeLessThanOrEqual(50_000);
  });

  test("a row larger than one request is refused before anything is written", async () => {
    const excel = new FakeExcel();
    const model: SheetModel = { title: "Huge", blocks: [{ row: 0, col: 0, cells: [["x".repeat(5000)]] }] };
    await expect(writeNewSheet(excel.context, model, { maxPayloadBytes: 2000 })).rejects.toThrow(
      /more than one request/,
    );
    expect(excel.syncs).toBe(0);
  });
});
