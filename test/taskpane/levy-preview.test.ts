/**
 * The Levy tab's preview of the forecast model, outside Excel: the same model the writer writes,
 * without the marker and the chart data (whose chart the preview draws from the model's own chart
 * data, the rule's values); and the words the tab says about the plan sheets it read.
 */
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import { CHART_HEADERS, LEVY_MARKER, buildLevyForecastModel, levyLayout } from "../../src/sheets/levy/levy-model";
import { axisTop, chartData, chartDescription, withoutChartData } from "../../src/taskpane/levy/levy-chart";
import { previewLevyModel, plansReadText } from "../../src/taskpane/levy/levy-actions";
import { apprenticeshipText } from "../../src/taskpane/levy/apprenticeships-part";
import { WORKED_CASE } from "../levy/worked-case";

const WORKED = WORKED_CASE;
const model = buildLevyForecastModel(WORKED);

describe("the chart the preview draws", () => {
  const data = chartData(model, model.charts![0]!)!;

  test("its series are the chart data's columns, its months the chart data's names, its values the rule's", () => {
    expect(data.title).toBe("Levy account: balance, funds expiring and employer co-investment");
    expect(data.series.map((s) => s.name)).toEqual(CHART_HEADERS.slice(1));
    expect(data.categories).toHaveLength(36);
    expect([data.categories[0], data.categories[35]]).toEqual(["Aug 2026", "Jul 2029"]);
    const [balance, expired, employer] = data.series;
    expect([balance!.values[0], balance!.values[35]]).toEqual([4416.67, 5000.04]);
    expect(expired!.values[35]).toBe(0.08);
    expect(employer!.values.every((v) => v === 0)).toBe(true);
  });

  test("described in words for a screen reader", () => {
    expect(chartDescription(data)).toBe(
      "Aug 2026 to Jul 2029. Balance at month end: £4,416.67 in Aug 2026, £5,000.04 in Jul 2029, highest £5,000.04 in Jul 2029; Funds expired: £0.08 in all; Employer co-investment: £0.00 in all.",
    );
  });

  test("the scale's top label fits left of the axis at any pay bill: two significant figures, £k or £m", () => {
    expect(axisTop(5000.04)).toEqual({ value: 5100, label: "£5.1k" });
    expect(axisTop(571_234.56)).toEqual({ value: 580_000, label: "£580k" });
    expect(axisTop(1_234_567)).toEqual({ value: 1_300_000, label: "£1.3m" });
    expect(axisTop(0)).toEqual({ value: 1, label: "£0" });
    expect(axisTop(95)).toEqual({ value: 95, label: "£95" });
    for (const max of [1, 999, 12_345, 99_999, 999_999, 45_000_000]) {
      const top = axisTop(max);
      expect(top.value).toBeGreaterThanOrEqual(max);
      expect(top.label.length).toBeLessThanOrEqual(6);
    }
  });

  test("a model without chart data has no chart to draw", () => {
    expect(chartData(withoutChartData(model), model.charts![0]!)).toBeUndefined();
  });
});

describe("the preview's model", () => {
  const preview = previewLevyModel(model);

  test("the same blocks and tables, less the marker and the chart data", () => {
    const chartCol = levyLayout(36).chartDataCol;
    expect(preview.blocks.some((b) => b.cells.some((row) => row.includes(LEVY_MARKER)))).toBe(false);
    expect(preview.blocks.some((b) => b.col === chartCol)).toBe(false);
    expect(preview.blocks.find((b) => b.row === 2)!.cells[0]![0]).toMatch(/^Live: SEND\.LEVYFORECAST/);
    const spill = (m: typeof model) => m.blocks.find((b) => b.spill)!;
    expect(spill(preview)).toEqual(spill(model));
    expect(preview.tables).toEqual(model.tables);
    expect(model.blocks.length - preview.blocks.length).toBe(3);
    // Each table follows its own heading in the preview: funds, apprenticeships, transfers.
    expect(preview.blocks.filter((b) => b.row === levyLayout(36).tableRow - 1).map((b) => b.cells[0]![0])).toEqual([
      "Funds in the account when the forecast starts",
      "Apprenticeships",
      "Transfers to other employers",
    ]);
  });
});

describe("what the tab says", () => {
  test("the plan sheets read: the levy payers' names, and why others were left out", () => {
    expect(
      plansReadText({
        apprenticeships: [{ name: "Sam Patel", startSerial: 1, price: 1, months: 1, agreedPrice: 1, slmda: true }],
        transfers: [{ receivingEmployer: "St Mary's", startSerial: 1, price: 1, months: 1, fromSheet: "Amy Cole" }],
        notLevy: ["Jo Bloggs", "Kim Ray"],
        notFundable: ["Tom Hart"],
        unreadable: [
          { sheetName: "Ann Lee", problem: "Age at start must be a whole number from 16 to 99; 15 is below 16." },
        ],
      }),
    ).toBe(
      'From the plan sheets in this workbook: Sam Patel. Transfers, as a levy transfer funds them: Amy Cole. Left out, as the employer pays no levy: Jo Bloggs, Kim Ray. Left out, as the Level 7 age rule leaves them unfunded and no transfer may pay for them: Tom Hart. Left out, "Ann Lee": Age at start must be a whole number from 16 to 99; 15 is below 16.',
    );
    expect(plansReadText({ apprenticeships: [], transfers: [], notLevy: [], notFundable: [], unreadable: [] })).toBe(
      "No levy payer's plan sheet in this workbook.",
    );
  });

  test("an apprenticeship in the list, with where it came from", () => {
    expect(
      apprenticeshipText({
        name: "Ann Lee",
        startSerial: ymd(2026, 9, 1),
        price: 12000,
        agreedPrice: 12000,
        bandMaximum: 14000,
        months: 18,
        ageAtStart: 23,
        careLeaverOrEhcPlan: true,
        level: 7,
        slmda: true,
        fromSheet: "Ann Lee",
      }),
    ).toBe(
      'Ann Lee: starts 01/09/2026, £12,000.00 over 18 months (Level 7, the SLMDA; aged 23; care leaver or EHC plan; plan sheet "Ann Lee")',
    );
  });
});
