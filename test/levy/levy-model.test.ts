/**
 * The levy forecast sheet's pure model: where the inputs, sentences, spill, chart data, chart and
 * tables sit, the formulas (structured references over the tables, plain ranges of exactly the
 * spill's size, INDEX/MATCH only), and the previews the same rule gives, for the worked case of
 * docs/levy-forecast.md, an account that runs short, and bad input.
 */
import {
  APPRENTICESHIP_HEADERS,
  CHART_HEADERS,
  DEFAULT_LEVY_TABLE_NAMES,
  FUNDS_HEADERS,
  LEVY_MARKER,
  apprenticeshipFromPlan,
  apprenticeshipsFromPlans,
  buildLevyForecastModel,
  LEVY_SECTIONS,
  levyLayout,
  monthWords,
} from "../../src/sheets/levy/levy-model";
import { levyContext, type LevySheetInputs } from "../../src/sheets/levy/levy-context";
import { foldSections } from "../../src/sheets/sections";
import { sectionSpans, spansOutOfPlace } from "../helpers/section-spans";
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import type { Block, FormulaCell, ModelCell } from "../../src/sheets/sheet-model";
import { SAMPLE_PLAN_INPUTS } from "../plan/sample-plan-inputs";
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
const formulaAt = (row: number, col: number) => cellAt(row, col) as FormulaCell;

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
    expect(layout).toMatchObject({ inputRow: 5, sentenceRow: 10, spillRow: 14, tableRow: 53 });
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

  test("over the inputs and the two tables: structured references, the months fixed, a blank share passed as blank", () => {
    expect([spill.row, spill.col]).toEqual([14, 0]);
    expect((spill.cells[0]![0] as FormulaCell).formula).toBe(
      '=SEND.LEVYFORECAST($B$6,LevyApprenticeships[[Start date]:[Care leaver or EHC plan]],$B$8,36,IF($B$7="","",$B$7),LevyFunds)',
    );
    expect(spill.spill!.rows).toBe(37);
    expect(spill.spill!.cols).toBe(9);
  });

  test("its preview is the worked case, month by month", () => {
    const rows = spill.spill!.preview!;
    expect(rows[0]![0]).toBe("Month");
    expect(rows[1]).toEqual([ymd(2026, 8, 1), 416.67, 0, 0, 0, 0, 0, 0, 4416.67]);
    expect(rows[30]).toEqual([ymd(2029, 1, 1), 416.67, 0, 2800, 2800, 0, 0, 0, 2500.1]);
    expect(rows[36]).toEqual([ymd(2029, 7, 1), 416.67, 0, 0, 0, 0, 0, 0.08, 5000.04]);
    expect(spill.numberFormat).toEqual(["dd/mm/yyyy", ...new Array(8).fill("£#,##0.00")]);
  });

  test("free table names from the writer go into the formula", () => {
    const renamed = buildLevyForecastModel(WORKED, { apprenticeships: "LevyApprenticeships_2", funds: "LevyFunds_2" });
    const formula = (renamed.blocks.find((b) => b.spill)!.cells[0]![0] as FormulaCell).formula;
    expect(formula).toContain("LevyApprenticeships_2[[Start date]:[Care leaver or EHC plan]]");
    expect(formula).toContain(",LevyFunds_2)");
    expect(renamed.tables!.map((t) => t.name)).toEqual(["LevyFunds_2", "LevyApprenticeships_2"]);
  });
});

describe("the sentences the figures drive", () => {
  test("formulas over plain ranges of exactly the months, INDEX/MATCH, month names in words", () => {
    const expiry = formulaAt(10, 0).formula;
    expect(expiry).toBe(
      '=IF(ISERROR($A$15),"The forecast shows an error: correct the inputs or the tables.",' +
        'IFERROR("£"&FIXED(INDEX($H$16:$H$51,MATCH(TRUE,INDEX($H$16:$H$51>0,0),0)),2)&" of levy funds expire in "&' +
        'CHOOSE(MONTH(INDEX($A$16:$A$51,MATCH(TRUE,INDEX($H$16:$H$51>0,0),0))),"January","February","March","April","May","June","July","August","September","October","November","December")' +
        '&" "&YEAR(INDEX($A$16:$A$51,MATCH(TRUE,INDEX($H$16:$H$51>0,0),0)))&" unless spent.","No levy funds expire in the forecast."))',
    );
    const shortfall = formulaAt(11, 0).formula;
    expect(shortfall).toContain("MATCH(TRUE,INDEX(($F$16:$F$51+$G$16:$G$51)>0,0),0)");
    expect(shortfall).toContain('&FIXED(SUM($F$16:$F$51),2)&" in co-investment over the forecast."');
    for (const text of [expiry, shortfall]) expect(text).not.toMatch(/XLOOKUP|FILTER|LET\(|#[,)]|TEXT\(/);
  });

  test("the worked case: 8p expire in July 2029; the funds cover every payment", () => {
    expect(formulaAt(10, 0).preview).toBe("£0.08 of levy funds expire in July 2029 unless spent.");
    expect(formulaAt(11, 0).preview).toBe("The levy funds cover every payment in the forecast.");
  });

  test("an account that runs short: from the month of the first shortfall, the employer's co-investment over the forecast", () => {
    // No funds and no levy: the £414.81 instalments from October 2026 at 25%: £103.70 each, 3 months.
    const short = buildLevyForecastModel({ ...WORKED, annualPayBill: 0, funds: [], months: 5 });
    const sentences = short.blocks.find((b) => b.row === 10)!.cells.map((r) => (r[0] as FormulaCell).preview);
    expect(sentences).toEqual([
      "No levy funds expire in the forecast.",
      "From October 2026 the account runs short: the employer pays £311.10 in co-investment over the forecast.",
    ]);
  });

  test("bad input: the spill previews the #VALUE! message, the sentences say so", () => {
    const bad = buildLevyForecastModel({ ...WORKED, firstMonthSerial: 2026 });
    const spill = bad.blocks.find((b) => b.spill)!;
    expect(spill.spill!.preview).toEqual([
      ["#VALUE!", "first_month looks like a year (2026): type the whole date, such as 01/09/2026."],
    ]);
    expect(bad.blocks.find((b) => b.row === 10)!.cells.map((r) => (r[0] as FormulaCell).preview)).toEqual([
      "The forecast shows an error: correct the inputs or the tables.",
      "",
    ]);
  });

  test("monthWords: the formula's CHOOSE(MONTH(...)) and YEAR in words", () => {
    expect([monthWords(ymd(2029, 7, 1)), monthWords(ymd(2026, 12, 31))]).toEqual(["July 2029", "December 2026"]);
  });
});

describe("the chart of the balance with expiring funds and co-investment", () => {
  const layout = levyLayout(36);
  const chart = model.charts![0]!;

  test("a line chart over the chart data beside the spill, header included", () => {
    expect(chart).toMatchObject({ type: "Line", dataRange: "K15:N51", row: 13, col: 15 });
    expect([10, 11, 12, 13].map((c) => cellAt(layout.spillRow, c))).toEqual([...CHART_HEADERS]);
  });

  test("each month's row refers to the spill's row: month in words, balance, expired, employer", () => {
    expect([10, 11, 12, 13].map((c) => formulaAt(15, c).formula)).toEqual([
      '=IF(ISNUMBER($A$16),CHOOSE(MONTH($A$16),"Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec")&" "&YEAR($A$16),"")',
      "=$I$16",
      "=$H$16",
      "=$F$16",
    ]);
    expect([10, 11, 12, 13].map((c) => formulaAt(50, c).preview)).toEqual(["Jul 2029", 5000.04, 0.08, 0]);
    expect(cellAt(51, 10)).toBeUndefined();
  });
});

describe("the tables", () => {
  test("funds and apprenticeships, filled from the inputs, with their formats", () => {
    const [funds, apprenticeships] = model.tables!;
    expect(funds).toMatchObject({
      name: DEFAULT_LEVY_TABLE_NAMES.funds,
      row: 53,
      col: 0,
      headers: FUNDS_HEADERS,
      rows: [[ymd(2026, 7, 1), 4000]],
    });
    expect(apprenticeships).toMatchObject({
      name: DEFAULT_LEVY_TABLE_NAMES.apprenticeships,
      row: 53,
      col: 3,
      headers: APPRENTICESHIP_HEADERS,
      rows: [["SENCO", ymd(2026, 9, 1), 14000, 27, null, null]],
    });
  });

  test("an empty table keeps one blank row (which the forecast skips)", () => {
    const empty = buildLevyForecastModel({ ...WORKED, funds: [], apprenticeships: [] });
    expect(empty.tables!.map((t) => t.rows)).toEqual([[[null, null]], [[null, null, null, null, null, null]]]);
  });

  test("filled from SLMDA plans: a levy payer's plan gives a row, a non-levy plan none", () => {
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
      price: 14000, // the price the levy pays: up to the £14,000 band
      months: 27,
      ageAtStart: 40,
      careLeaverOrEhcPlan: undefined,
    });
    // From 01/01/2026 the Level 7 rule funds a 40-year-old's SLMDA with nothing: the levy pays £0.
    expect(apprenticeshipFromPlan({ ...levyPlan, startSerial: ymd(2026, 9, 1) })!.price).toBe(0);
    expect(apprenticeshipFromPlan({ ...levyPlan, nasencoCompleted: true })!.months).toBe(18);
    expect(apprenticeshipsFromPlans([SAMPLE_PLAN_INPUTS, levyPlan]).map((a) => a.name)).toEqual(["Sam Patel"]);
    expect(apprenticeshipFromPlan(SAMPLE_PLAN_INPUTS)).toBeUndefined();
  });
});

describe("the forecast's sections", () => {
  const cases: [string, LevySheetInputs][] = [
    ["the worked case", WORKED],
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
      expect(printArea).toBe(`A1:N${spans[spans.length - 1]!.nextRow}`);
    },
  );

  test("the inputs and the spill, which formulas refer to by address, refuse to move", () => {
    const context = levyContext(WORKED, DEFAULT_LEVY_TABLE_NAMES);
    const [title, inputs, sentences, forecast] = LEVY_SECTIONS;
    expect(() => foldSections([inputs!], context)).toThrow(
      "The inputs section must start on row 5; it starts on row 1.",
    );
    expect(() => foldSections([title!, inputs!, forecast!], context)).toThrow(
      "The forecast section must start on row 14; it starts on row 10.",
    );
    expect(foldSections([title!, inputs!, sentences!, forecast!], context).nextRow).toBe(levyLayout(36).tableRow - 1);
  });
});

describe("how it prints", () => {
  test("landscape A4, one page wide, the spill's header repeated", () => {
    expect(model.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      scale: 58,
      printArea: "A1:N55",
      printTitleRows: "$15:$15",
    });
  });
});
