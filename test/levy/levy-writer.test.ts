/**
 * The levy forecast sheet written into the fake Excel (src/workbook/levy-writer.ts and the Levy
 * tab's Excel side): the tables made under free names before the spill formula that names them
 * (the fake, like Excel, refuses a formula naming a missing table), the spill, the sentences, the
 * chart, the rollback when Excel refuses part of the write; the plan sheets that plans the table,
 * and the forecast read back for the plan builder.
 */
import { levyFundsForPlan } from "../../src/sheets/levy/plan-share";
import { FakeExcel } from "../workbook/fake-excel";
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import { buildLevyForecastModel, type LevySheetInputs } from "../../src/sheets/levy/levy-model";
import { pickForecastFunds } from "../../src/sheets/levy/levy-reading";
import { readPlansForForecast } from "../../src/sheets/levy/plans-read";
import { buildPlanModel } from "../../src/sheets/plan/plan-model";
import {
  readLevyForecastsInWorkbook,
  readPlanSheetsInWorkbook,
  writeLevyForecastSheet,
} from "../../src/workbook/levy-excel";
import { writeLevyForecast } from "../../src/workbook/levy-writer";
import { writePlan } from "../../src/workbook/plan-writer";
import { SheetWriteError } from "../../src/workbook/write-session";
import { SAMPLE_PLAN_INPUTS } from "../plan/sample-plan-inputs";
import { WORKED_CASE } from "./worked-case";

const WORKED = WORKED_CASE;

const SHEET = "Levy forecast";
const SPILL = `=SEND.LEVYFORECAST($B$6,LevyApprenticeships[[Start date]:[Level]],$B$8,36,IF($B$7="","",$B$7),LevyFunds,LevyTransfers[[Start date]:[Receiving employer]])`;

/** What Excel shows once it has calculated the sheet: the spill's values from A19 (the rule's, as the preview). */
function calculate(excel: FakeExcel, sheetName: string, inputs: LevySheetInputs): void {
  const spill = buildLevyForecastModel(inputs).blocks.find((b) => b.spill)!;
  excel.setBlock(sheetName, spill.row, spill.col, spill.spill!.preview!);
}

describe("writing the forecast sheet", () => {
  test("the tables first, under their names; the spill over them; sentences and chart; 1 sync for the names + 3", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    const result = await writeLevyForecast(excel.context, WORKED);
    expect(result).toMatchObject({ sheetName: SHEET, chunks: 1, syncs: 3, pageLayout: "applied" });
    expect(result.tables).toEqual({
      apprenticeships: "LevyApprenticeships",
      funds: "LevyFunds",
      transfers: "LevyTransfers",
    });
    expect(excel.syncs).toBe(4);
    const sheet = excel.sheet(SHEET)!;
    // Rows 58 on: the tables, side by side at the bottom with nothing below them.
    expect(sheet.tables).toEqual([
      { name: "LevyFunds", address: "A58:B59" },
      { name: "LevyApprenticeships", address: "D58:J59" },
      { name: "LevyTransfers", address: "L58:O59" },
    ]);
    expect([3, 4, 5, 6, 7, 8, 9].map((c) => sheet.cells.get(`58,${c}`))).toEqual([
      "SENCO",
      ymd(2026, 9, 1),
      14000,
      27,
      "",
      "",
      "",
    ]);
    expect(excel.cell(SHEET, "A59")).toBe(ymd(2026, 7, 1));
    expect(excel.cell(SHEET, "B59")).toBe(4000);
    // The spill names the tables: they were made in the same request, before it.
    expect(excel.cell(SHEET, "A19")).toBe(SPILL);
    const ops = excel.batches[2]!;
    expect(ops.indexOf("tables.add D58:J59")).toBeLessThan(ops.indexOf("formulas A19"));
    expect(ops.indexOf("tables.add L58:O59")).toBeLessThan(ops.indexOf("formulas A19"));
    // The sentences the figures drive, and the inputs they read.
    expect(String(excel.cell(SHEET, "A11"))).toMatch(
      /^=IF\(ISERROR\(\$A\$19\),.*" of levy funds expire over the 36 months/,
    );
    expect(String(excel.cell(SHEET, "A14"))).toMatch(
      /" the account runs short: the employer pays "&"£"&FIXED\(SUM\(\$F\$20:\$F\$55\),2\)/,
    );
    expect(String(excel.cell(SHEET, "A15"))).toContain("SEND.LEVYTRANSFERALLOWANCE($B$6,$B$8,");
    expect([excel.cell(SHEET, "B6"), excel.cell(SHEET, "B7"), excel.cell(SHEET, "B8")]).toEqual([
      4_000_000,
      "",
      ymd(2026, 8, 1),
    ]);
    // The chart over its chart data (month names, balance, expired, employer co-investment).
    expect(sheet.charts).toEqual([
      {
        type: "Line",
        source: "N19:Q55",
        title: "Levy account: balance, funds expiring and employer co-investment",
        position: ["S17", "Z34"],
      },
    ]);
    expect(excel.cell(SHEET, "O20")).toBe("=$I$20");
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", printArea: "A1:Q59" });
  });

  test("a workbook that has a forecast already: the new one's tables and formulas take the next free names", async () => {
    const excel = new FakeExcel({ tables: ["LevyFunds"] });
    const first = await writeLevyForecast(excel.context, WORKED);
    expect(first.tables).toEqual({
      apprenticeships: "LevyApprenticeships",
      funds: "LevyFunds_2",
      transfers: "LevyTransfers",
    });
    const second = await writeLevyForecast(excel.context, WORKED);
    expect(second.sheetName).toBe("Levy forecast (2)");
    expect(second.tables).toEqual({
      apprenticeships: "LevyApprenticeships_2",
      funds: "LevyFunds_3",
      transfers: "LevyTransfers_2",
    });
    expect(excel.sheet("Levy forecast (2)")!.tables.map((t) => t.name)).toEqual([
      "LevyFunds_3",
      "LevyApprenticeships_2",
      "LevyTransfers_2",
    ]);
    expect(excel.cell("Levy forecast (2)", "A19")).toBe(
      SPILL.replace("LevyApprenticeships[", "LevyApprenticeships_2[")
        .replace(",LevyFunds,", ",LevyFunds_3,")
        .replace("LevyTransfers[", "LevyTransfers_2["),
    );
    // The first sheet is untouched.
    expect(excel.cell(SHEET, "A19")).toBe(SPILL.replace(",LevyFunds,", ",LevyFunds_2,"));
  });

  test("a write Excel refuses part of (the chart) leaves nothing: no sheet, no table, names free again", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"], failWhen: (op) => op.startsWith("charts.add") });
    const error = await writeLevyForecast(excel.context, WORKED).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetWriteError);
    expect((error as Error).message).toMatch(
      /^Could not write the sheet "Levy forecast": The argument is invalid or missing \(charts\.add Line N19:Q55\).*The new sheet was removed; no existing sheet was changed\.$/,
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget"]);
    expect(excel.tableNames).toEqual([]);
  });

  test("a table name taken between the read and the write: nothing is written", async () => {
    const excel = new FakeExcel();
    // Another table appears after the pane read the names (the user was quick).
    const sync = excel.context.sync.bind(excel.context);
    let reads = 0;
    (excel.context as { sync: () => Promise<void> }).sync = async () => {
      await sync();
      reads += 1;
      if (reads === 1) excel.tableNames.push("LevyApprenticeships");
    };
    await expect(writeLevyForecast(excel.context, WORKED)).rejects.toThrow(
      'Could not write the sheet "Levy forecast": the table name LevyApprenticeships is already in use. Nothing was written.',
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("the Levy tab's Excel side", () => {
  /** A workbook with a budget sheet and three plans: two levy payers' and a school's that pays no levy. */
  async function workbookWithPlans(): Promise<FakeExcel> {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    const levy = { ...SAMPLE_PLAN_INPUTS, levyPayer: true, startSerial: ymd(2026, 9, 1), ageAtStart: 21 };
    await writePlan(excel.context, buildPlanModel(levy));
    await writePlan(
      excel.context,
      buildPlanModel({ ...levy, apprenticeName: "Ann Lee", nasencoCompleted: true, price: 12000 }),
    );
    await writePlan(excel.context, buildPlanModel({ ...SAMPLE_PLAN_INPUTS, apprenticeName: "Jo Bloggs" }));
    return excel;
  }

  test("the plan sheets in the workbook (2 syncs), as the forecast's apprenticeships", async () => {
    const excel = await workbookWithPlans();
    const before = excel.syncs;
    const sheets = await excel.asExcel(() => readPlanSheetsInWorkbook());
    expect(excel.syncs - before).toBe(2);
    expect(sheets.map((s) => s.sheetName)).toEqual(["Sam Patel", "Ann Lee", "Jo Bloggs"]);
    const plans = readPlansForForecast(sheets);
    expect(plans.apprenticeships).toEqual([
      {
        name: "Sam Patel",
        startSerial: ymd(2026, 9, 1),
        // £18,000 agreed: the levy pays up to the funding band; the SLMDA is Level 7.
        price: 14000,
        agreedPrice: 18000,
        bandMaximum: 14000,
        months: 27,
        ageAtStart: 21,
        careLeaverOrEhcPlan: undefined,
        level: 7,
        slmda: true,
        fromSheet: "Sam Patel",
      },
      {
        name: "Ann Lee",
        startSerial: ymd(2026, 9, 1),
        price: 12000,
        agreedPrice: 12000,
        bandMaximum: 14000,
        months: 18,
        ageAtStart: 21,
        careLeaverOrEhcPlan: undefined,
        level: 7,
        slmda: true,
        fromSheet: "Ann Lee",
      },
    ]);
    expect(plans.notLevy).toEqual(["Jo Bloggs"]);
    expect(plans.unreadable).toEqual([]);
  });

  test("a plan sheet whose inputs were edited out of range is left out with its problem, never guessed at", async () => {
    const excel = await workbookWithPlans();
    excel.setCell("Ann Lee", "B11", "lots"); // Age at start
    const plans = readPlansForForecast(await excel.asExcel(() => readPlanSheetsInWorkbook()));
    expect(plans.apprenticeships.map((a) => a.name)).toEqual(["Sam Patel"]);
    expect(plans.unreadable).toEqual([
      { sheetName: "Ann Lee", problem: expect.stringMatching(/^Age at start must be a whole number from 16 to 99/) },
    ]);
  });

  test("written through Excel.run, then read back as Excel shows it once calculated, for the plan builder", async () => {
    const excel = await workbookWithPlans();
    const result = await excel.asExcel(() => writeLevyForecastSheet(WORKED));
    expect(result.sheetName).toBe(SHEET);
    calculate(excel, SHEET, WORKED);
    const before = excel.syncs;
    const forecasts = await excel.asExcel(() => readLevyForecastsInWorkbook());
    expect(excel.syncs - before).toBe(4);
    expect(forecasts.map((f) => f.sheetName)).toEqual([SHEET]);
    // Its tables come back whole, header rows first: the forecast's inputs as the Plan tab reads them.
    expect(forecasts[0]!.tables.map((t) => t[0]![0])).toEqual(["Month entered", "Name", "Start date"]);
    expect(forecasts[0]!.tables[1]![1]!.slice(0, 4)).toEqual(["SENCO", ymd(2026, 9, 1), 14000, 27]);
    // The forecast lists the SENCO: what the levy funds pay of it, all £14,000 (no co-investment).
    const own = levyFundsForPlan(forecasts, { name: "SENCO", startSerial: ymd(2026, 9, 1) });
    expect(own.kind === "listed" && [own.amount, own.found.employerCoInvestment]).toEqual([14000, 0]);
    expect(own.kind === "listed" && own.text).toBe(
      'From the sheet "Levy forecast", which lists this apprenticeship: the levy funds pay £14,000.00 of its £14,000.00 (its payments from October 2026 to January 2029): all of it, so the school pays no co-investment. Other apprenticeships on the forecast draw on the same funds.',
    );
    const months = "months" in forecasts[0]!.forecast ? forecasts[0]!.forecast.months : [];
    expect(months).toHaveLength(36);
    expect(months[1]).toEqual({ monthSerial: ymd(2026, 9, 1), balance: 4833.34 });
    // A start on 01/09/2026: the balance at the end of September 2026, which pays October's instalment.
    expect(pickForecastFunds(forecasts, ymd(2026, 9, 1))).toEqual({
      amount: 4833.34,
      monthSerial: ymd(2026, 9, 1),
      sheetName: SHEET,
    });
  });

  test("a forecast sheet whose spill shows an error says so; a workbook without one reads in 2 syncs", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    await excel.asExcel(() => writeLevyForecastSheet(WORKED));
    excel.setCell(SHEET, "A19", "#VALUE!");
    const forecasts = await excel.asExcel(() => readLevyForecastsInWorkbook());
    expect(forecasts.map((f) => [f.sheetName, f.forecast])).toEqual([
      [SHEET, { problem: "it shows #VALUE! (correct its inputs or tables)" }],
    ]);
    expect(pickForecastFunds(forecasts, ymd(2026, 9, 1))).toEqual({
      problem:
        'No levy forecast gives the funds for this start: on the sheet "Levy forecast", it shows #VALUE! (correct its inputs or tables).',
    });
    const empty = new FakeExcel({ sheets: ["Budget"] });
    await expect(empty.asExcel(() => readLevyForecastsInWorkbook())).resolves.toEqual([]);
    expect(empty.syncs).toBe(2);
  });
});
