/**
 * The levy forecast sheet's pure model: where the inputs, sentences, spill, chart data, chart and
 * tables sit, the formulas (structured references over the tables, plain ranges of exactly the
 * spill's size, INDEX/MATCH and SUMIFS only), and the previews the same rule gives, for the
 * single-SENCO case, the trust case of docs/levy-forecast.md, an account that runs short, a
 * transfer beyond the funds, and bad input.
 */
import {
  APPRENTICESHIP_HEADERS,
  CHART_HEADERS,
  DEFAULT_LEVY_TABLE_NAMES,
  FUNDS_HEADERS,
  LEVY_MARKER,
  TRANSFER_HEADERS,
  apprenticeshipFromPlan,
  apprenticeshipsFromPlans,
  buildLevyForecastModel,
  LEVY_SECTIONS,
  levyLayout,
  transferFromPlan,
} from "../../src/sheets/levy/levy-model";
import { levyContext, type LevySheetInputs } from "../../src/sheets/levy/levy-context";
import { PAYMENT_MONTHS } from "../../src/sheets/payment-months";
import { foldSections } from "../../src/sheets/sections";
import { sectionSpans, spansOutOfPlace } from "../helpers/section-spans";
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import type { Block, FormulaCell, ModelCell, SheetModel } from "../../src/sheets/sheet-model";
import { SAMPLE_PLAN_INPUTS } from "../plan/sample-plan-inputs";
import { TRUST_CASE } from "./trust-case";
import { WORKED_CASE } from "./worked-case";

const WORKED = WORKED_CASE;

const model = buildLevyForecastModel(WORKED);

/** The cell at a zero-based row and column, from the block that covers it. */
function cellAt(row: number, col: number, blocks: readonly Block[] = model.blocks): ModelCell | undefined {
  for (const b of blocks) {
    const r = row - b.row;
    const c = col - b.col;
    if (r >= 0 && c >= 0 && r < b.cells.length && c < (b.cells[r]?.length ?? 0)) return b.cells[r]![c];
  }
  return undefined;
}
const formulaAt = (row: number, col: number, blocks?: readonly Block[]) => cellAt(row, col, blocks) as FormulaCell;
const sentences = (m: SheetModel) => [10, 11, 12, 13, 14].map((r) => formulaAt(r, 0, m.blocks).preview);

describe("layout and inputs", () => {
  const layout = levyLayout(36);

  test("title, marker in A2, the three inputs in column B", () => {
    expect(model.title).toBe("Levy forecast");
    expect(cellAt(1, 0)).toBe(LEVY_MARKER);
    expect([5, 6, 7].map((r) => [cellAt(r, 0), cellAt(r, 1)])).toEqual([
      ["Annual pay bill", 4_000_000],
      ["English share (blank: 100%)", null],
      ["First month shown", ymd(2026, 8, 1)],
    ]);
    expect(layout).toMatchObject({
      inputRow: 5,
      sentenceRow: 10,
      spillRow: 18,
      tableRow: 57,
      chartDataCol: 13,
      chartCol: 18,
      fundsCol: 0,
      apprenticeshipsCol: 3,
      transfersCol: 11,
    });
  });

  test("small named sections, in order", () => {
    expect(LEVY_SECTIONS.map((s) => s.name)).toEqual([
      "titleSection",
      "inputsSection",
      "sentencesSection",
      "forecastSection",
      "tablesSection",
    ]);
  });

  test("the tables sit at the bottom with nothing below them, so rows can be added", () => {
    const tableTop = Math.min(...model.tables!.map((t) => t.row));
    const lowestBlockRow = Math.max(
      ...model.blocks.map((b) => b.row + Math.max(b.cells.length, b.spill?.rows ?? 0) - 1),
    );
    expect(lowestBlockRow).toBeLessThan(tableTop);
  });
});

describe("the SEND.LEVYFORECAST spill", () => {
  const spill = model.blocks.find((b) => b.spill)!;

  test("over the inputs and the three tables: structured references, the months fixed, a blank share passed as blank", () => {
    expect([spill.row, spill.col]).toEqual([18, 0]);
    expect((spill.cells[0]![0] as FormulaCell).formula).toBe(
      '=SEND.LEVYFORECAST($B$6,LevyApprenticeships[[Start date]:[Level]],$B$8,36,IF($B$7="","",$B$7),LevyFunds,LevyTransfers[[Start date]:[Receiving employer]])',
    );
    expect(spill.spill!.rows).toBe(37);
    expect(spill.spill!.cols).toBe(12);
  });

  test("under a line saying why its months follow the plans' dates by a month", () => {
    expect(cellAt(16, 0)).toBe("The account month by month (36 months; pounds)");
    expect(cellAt(17, 0)).toBe(PAYMENT_MONTHS);
  });

  test("its preview is the single-SENCO case, month by month", () => {
    const rows = spill.spill!.preview!;
    expect(rows[0]![0]).toBe("Month");
    expect(rows[1]).toEqual([ymd(2026, 8, 1), 416.67, 0, 0, 0, 0, 0, 0, 4416.67, 0, 0, 0]);
    expect(rows[36]).toEqual([ymd(2029, 7, 1), 416.67, 0, 0, 0, 0, 0, 0.08, 5000.04, 0, 0, 0]);
    expect(spill.numberFormat).toEqual(["dd/mm/yyyy", ...new Array(11).fill("£#,##0.00")]);
  });

  test("free table names from the writer go into the formula", () => {
    const names = { apprenticeships: "LevyApprenticeships_2", funds: "LevyFunds_2", transfers: "LevyTransfers_2" };
    const renamed = buildLevyForecastModel(WORKED, names);
    const formula = (renamed.blocks.find((b) => b.spill)!.cells[0]![0] as FormulaCell).formula;
    expect(formula).toContain("LevyApprenticeships_2[[Start date]:[Level]]");
    expect(formula).toContain(",LevyFunds_2,LevyTransfers_2[[Start date]:[Receiving employer]])");
    expect(renamed.tables!.map((t) => t.name)).toEqual(["LevyFunds_2", "LevyApprenticeships_2", "LevyTransfers_2"]);
  });
});

describe("the sentences the figures drive: what a finance officer reads first", () => {
  test("formulas over plain ranges of exactly the months: INDEX/MATCH, SUMIFS, EDATE; no newer functions", () => {
    const formulas = [10, 11, 12, 13, 14].map((r) => formulaAt(r, 0).formula);
    expect(formulas[0]).toBe(
      '=IF(ISERROR($A$19),"The forecast shows an error: correct the inputs or the tables.",IF(SUM($H$20:$H$55)>0,"£"&FIXED(SUM($H$20:$H$55),2)&" of levy funds expire over the 36 months unless spent, the first "&"£"&FIXED(INDEX($H$20:$H$55,MATCH(TRUE,INDEX($H$20:$H$55>0,0),0)),2)&" in "&CHOOSE(MONTH(INDEX($A$20:$A$55,MATCH(TRUE,INDEX($H$20:$H$55>0,0),0))),"January","February","March","April","May","June","July","August","September","October","November","December")&" "&YEAR(INDEX($A$20:$A$55,MATCH(TRUE,INDEX($H$20:$H$55>0,0),0)))&".","No levy funds expire in the forecast."))',
    );
    expect(formulas[1]).toContain('SUMIFS($H$20:$H$55,$A$20:$A$55,">="&DATE(YEAR($A$20)-IF(MONTH($A$20)<4,1,0)+3,4,1)');
    expect(formulas[1]).not.toContain("+4,4,1)"); // 36 months touch at most 4 financial years
    expect(formulas[2]).toContain("SUM($F$20:$F$55)+SUM($J$20:$J$55)");
    expect(formulas[3]).toContain("MATCH(TRUE,INDEX(($F$20:$F$55+$G$20:$G$55)>0,0),0)");
    expect(formulas[4]).toContain(
      'SUMIFS(LevyTransfers[Price the transfer pays],LevyTransfers[Start date],">="&DATE(YEAR($B$8)-IF($B$8<DATE(YEAR($B$8),4,6),1,0),4,6)',
    );
    expect(formulas[4]).toContain('SEND.LEVYTRANSFERALLOWANCE($B$6,$B$8,IF($B$7="","",$B$7))');
    for (const text of formulas) expect(text).not.toMatch(/XLOOKUP|FILTER|LET\(|#[,)]|TEXT\(|A19#/);
  });

  test("the single-SENCO case: 8p expire; the employer pays nothing; the levy pays every payment", () => {
    expect(sentences(model)).toEqual([
      "£0.08 of levy funds expire over the 36 months unless spent, the first £0.08 in July 2029.",
      "Expiring by financial year (April to March): 2029-30 £0.08.",
      "The employer pays nothing over the forecast: no co-investment, and no apprenticeship the levy may not fund.",
      "The account never runs short: the levy funds pay every apprenticeship's payments in the forecast.",
      "No transfers start in the tax year 2026-27; its transfer allowance is £2,749.98.",
    ]);
  });

  test("the trust case: the SENCO aged 34 outside the levy, no claim the levy covers everything", () => {
    expect(sentences(buildLevyForecastModel(TRUST_CASE))).toEqual([
      "£36,111.00 of levy funds expire over the 36 months unless spent, the first £6,511.08 in November 2027.",
      "Expiring by financial year (April to March): 2027-28 £9,444.40; 2028-29 £15,999.96; 2029-30 £10,666.64.",
      "The employer pays £14,000.00 in all over the forecast: £0.00 in co-investment and £14,000.00 for apprenticeships the levy may not fund.",
      "The account never runs short for the apprenticeships the levy may fund; those it may not are the employer's to pay (above).",
      "No transfers start in the tax year 2026-27; its transfer allowance is £8,800.02.",
    ]);
  });

  test("an account that runs short; a transfer beyond the funds (the receiver pays)", () => {
    // No funds and no levy: the £414.81 instalments from October 2026 at 25%, 3 months: 25% of
    // £1,244.43 is £311.11 (its months' shares add up to the whole shortfall's, to the penny).
    const short = buildLevyForecastModel({ ...WORKED, annualPayBill: 0, funds: [], months: 5 });
    expect(sentences(short).slice(0, 4)).toEqual([
      "No levy funds expire in the forecast.",
      "",
      "The employer pays £311.11 in all over the forecast: £311.11 in co-investment and £0.00 for apprenticeships the levy may not fund.",
      "From October 2026 the account runs short: the employer pays £311.11 in co-investment over the forecast.",
    ]);
    // December 2026 to March 2027, no funds at the start: the transfer's £1,600 instalment in February
    // finds £833.34; the £766.66 it does not cover is the receiving employer's.
    const transfer = { receivingEmployer: "St Mary's", startSerial: ymd(2027, 1, 1), price: 2000, months: 1 };
    const sent = buildLevyForecastModel({
      ...WORKED,
      firstMonthSerial: ymd(2026, 12, 1),
      funds: [],
      apprenticeships: [],
      months: 4,
      transfers: [transfer],
    });
    expect(sentences(sent)[4]).toBe(
      "Transfers starting in the tax year 2026-27: £2,000.00 of its £2,749.98 transfer allowance. The funds cannot cover £766.66 of transfer payments: the receiving employers pay it.",
    );
  });

  test("bad input: the spill previews the #VALUE! message, the sentences say so", () => {
    const bad = buildLevyForecastModel({ ...WORKED, firstMonthSerial: 2026 });
    const spill = bad.blocks.find((b) => b.spill)!;
    expect(spill.spill!.preview).toEqual([
      ["#VALUE!", "first_month looks like a year (2026): type the whole date, such as 01/09/2026."],
    ]);
    expect(sentences(bad)).toEqual(["The forecast shows an error: correct the inputs or the tables.", "", "", "", ""]);
  });
});

describe("the chart of the balance with expiring funds and co-investment", () => {
  const layout = levyLayout(36);
  const chart = model.charts![0]!;

  test("a line chart over the chart data beside the spill, header included", () => {
    expect(chart).toMatchObject({ type: "Line", dataRange: "N19:Q55", row: 16, col: 18 });
    expect([13, 14, 15, 16].map((c) => cellAt(layout.spillRow, c))).toEqual([...CHART_HEADERS]);
  });

  test("each month's row refers to the spill's row: month in words, balance, expired, employer", () => {
    expect([13, 14, 15, 16].map((c) => formulaAt(19, c).formula)).toEqual([
      '=IF(ISNUMBER($A$20),CHOOSE(MONTH($A$20),"Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec")&" "&YEAR($A$20),"")',
      "=$I$20",
      "=$H$20",
      "=$F$20",
    ]);
    expect([13, 14, 15, 16].map((c) => formulaAt(54, c).preview)).toEqual(["Jul 2029", 5000.04, 0.08, 0]);
    expect(cellAt(55, 13)).toBeUndefined();
  });
});

describe("the tables", () => {
  test("funds, apprenticeships and transfers, side by side, filled from the inputs, with their formats", () => {
    const transfer = { receivingEmployer: "St Mary's", startSerial: ymd(2027, 1, 1), price: 2000, months: 12 };
    const [funds, apprenticeships, transfers] = buildLevyForecastModel({ ...WORKED, transfers: [transfer] }).tables!;
    expect(funds).toMatchObject({
      name: "LevyFunds",
      row: 57,
      col: 0,
      headers: FUNDS_HEADERS,
      rows: [[ymd(2026, 7, 1), 4000]],
    });
    expect(apprenticeships).toMatchObject({
      name: DEFAULT_LEVY_TABLE_NAMES.apprenticeships,
      row: 57,
      col: 3,
      headers: APPRENTICESHIP_HEADERS,
      rows: [["SENCO", ymd(2026, 9, 1), 14000, 27, null, null, null]],
    });
    expect(transfers).toMatchObject({
      name: "LevyTransfers",
      row: 57,
      col: 11,
      headers: TRANSFER_HEADERS,
      rows: [[ymd(2027, 1, 1), 2000, 12, "St Mary's"]],
      numberFormat: ["dd/mm/yyyy", "£#,##0.00", "0", null],
    });
    expect([0, 3, 11].map((c) => cellAt(56, c))).toEqual([
      "Funds in the account when the forecast starts",
      "Apprenticeships",
      "Transfers to other employers",
    ]);
  });

  test("an empty table keeps one blank row (which the forecast skips)", () => {
    const empty = buildLevyForecastModel({ ...WORKED, funds: [], apprenticeships: [] });
    expect(empty.tables!.map((t) => t.rows)).toEqual([
      [[null, null]],
      [[null, null, null, null, null, null, null]],
      [[null, null, null, null]],
    ]);
  });

  test("filled from SLMDA plans: a levy payer's plan gives a Level 7 row at the price up to the band; others none", () => {
    const levyPlan = {
      ...SAMPLE_PLAN_INPUTS,
      levyPayer: true,
      startSerial: ymd(2024, 9, 1),
      price: 18000,
      ageAtStart: 40,
    };
    expect(apprenticeshipFromPlan(levyPlan)).toEqual({
      name: "Sam Patel",
      startSerial: ymd(2024, 9, 1),
      price: 14000, // up to the £14,000 band; the £4,000 above it is the employer's
      months: 27,
      ageAtStart: 40,
      careLeaverOrEhcPlan: undefined,
      level: 7,
    });
    // From 01/01/2026 the Level 7 rule funds a 40-year-old's SLMDA with nothing: the forecast, not the row, says so.
    expect(apprenticeshipFromPlan({ ...levyPlan, startSerial: ymd(2026, 9, 1) })!.price).toBe(14000);
    expect(apprenticeshipFromPlan({ ...levyPlan, nasencoCompleted: true })!.months).toBe(18);
    expect(apprenticeshipsFromPlans([SAMPLE_PLAN_INPUTS, levyPlan]).map((a) => a.name)).toEqual(["Sam Patel"]);
    expect(apprenticeshipFromPlan(SAMPLE_PLAN_INPUTS)).toBeUndefined();
    // A plan funded by a levy transfer is a transfer of the sending account, to the plan's school.
    const received = { ...SAMPLE_PLAN_INPUTS, levyTransfer: true, startSerial: ymd(2026, 9, 1), ageAtStart: 21 };
    expect(apprenticeshipFromPlan({ ...received, levyPayer: true })).toBeUndefined();
    expect(transferFromPlan(received, true)).toEqual({
      receivingEmployer: SAMPLE_PLAN_INPUTS.school,
      startSerial: ymd(2026, 9, 1),
      price: 14000,
      months: 27,
    });
    expect(transferFromPlan(received, false)).toBeUndefined();
    expect(transferFromPlan(levyPlan, true)).toBeUndefined();
  });
});

describe("the forecast's sections", () => {
  const cases: [string, LevySheetInputs][] = [
    ["the single-SENCO case", WORKED],
    ["the trust case", TRUST_CASE],
    ["one month, no funds, no apprenticeships", { ...WORKED, months: 1, funds: [], apprenticeships: [] }],
    [
      "60 months, more apprenticeships than funds",
      { ...WORKED, months: 60, apprenticeships: [...WORKED.apprenticeships, ...WORKED.apprenticeships] },
    ],
    ["bad input (the spill shows #VALUE!)", { ...WORKED, firstMonthSerial: 2026 }],
  ];

  test.each(cases)(
    "%s: each section writes only in its own rows, and the print area ends at the last one's",
    (_, inputs) => {
      const spans = sectionSpans(LEVY_SECTIONS, levyContext(inputs, DEFAULT_LEVY_TABLE_NAMES));
      expect(spansOutOfPlace(spans)).toEqual([]);
      expect(spans.map((s) => s.name)).toEqual(LEVY_SECTIONS.map((s) => s.name));
      const printArea = buildLevyForecastModel(inputs).pageLayout!.printArea!;
      expect(printArea).toBe(`A1:Q${spans[spans.length - 1]!.nextRow}`);
    },
  );

  test("the inputs and the spill, which formulas refer to by address, refuse to move", () => {
    const context = levyContext(WORKED, DEFAULT_LEVY_TABLE_NAMES);
    const [title, inputs, sentencesSection, forecast] = LEVY_SECTIONS;
    expect(() => foldSections([inputs!], context)).toThrow(
      "The inputs section must start on row 5; it starts on row 1.",
    );
    expect(() => foldSections([title!, inputs!, forecast!], context)).toThrow(
      "The forecast section must start on row 17; it starts on row 10.",
    );
    expect(foldSections([title!, inputs!, sentencesSection!, forecast!], context).nextRow).toBe(
      levyLayout(36).tableRow - 1,
    );
  });
});

describe("how it prints", () => {
  test("landscape A4, one page wide, the spill's header repeated", () => {
    expect(model.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      scale: 47,
      printArea: "A1:Q59",
      printTitleRows: "$19:$19",
    });
  });
});
