/**
 * The chart beside the spill (columns K to N, then the chart): each month's name, balance, funds
 * expired and employer co-investment, each a formula over the spill's row, and a line chart of
 * them. It shares the spill's rows, so the forecast section puts it down with the spill.
 */
import type { LevyForecastMonth } from "../../../rules/levy-forecast";
import { absoluteAddress, columnLetters } from "../../a1-address";
import { MONEY_FORMAT } from "../../number-format";
import { formula } from "../../rule-preview";
import type { Block, ChartSpec, ModelCell } from "../../sheet-model";
import type { LevyContext } from "../levy-context";
import { MONTH_NAMES, monthWords, monthWordsFormula } from "../../month-words";
import { CHART_HEADERS, forecastColumn as col } from "../levy-layout";

const SHORT_MONTH_NAMES = MONTH_NAMES.map((n) => n.slice(0, 3));

/** One month's row of chart data: the spill's row `row`, previewed from the forecast's `month` (none past an error). */
function chartDataRow(row: number, month: LevyForecastMonth | undefined): ModelCell[] {
  const at = (name: string) => absoluteAddress(row, col(name));
  const value = (name: string) => formula(`=${at(name)}`, month === undefined ? 0 : month[col(name)]!);
  return [
    formula(
      `=IF(ISNUMBER(${at("Month")}),${monthWordsFormula(at("Month"), SHORT_MONTH_NAMES)},"")`,
      month === undefined ? "" : monthWords(month[0]!).replace(/^(\w{3})\w*/, "$1"),
    ),
    value("Balance at month end"),
    value("Funds expired"),
    value("Employer co-investment"),
  ];
}

/** The chart data and the chart beside the spill, from the spill's heading row down. */
export function chartBesideForecast({ layout, preview }: LevyContext): { blocks: Block[]; charts: ChartSpec[] } {
  const months = "value" in preview ? preview.value : [];
  const cells: ModelCell[][] = [];
  for (let i = 0; i < layout.months; i += 1) cells.push(chartDataRow(layout.spillRow + 1 + i, months[i]));
  const first = layout.chartDataCol;
  const last = first + CHART_HEADERS.length - 1;
  return {
    blocks: [
      { row: layout.spillRow - 2, col: first, cells: [["Chart data"]], style: "heading" },
      { row: layout.spillRow, col: first, cells: [[...CHART_HEADERS]], style: "header" },
      { row: layout.spillRow + 1, col: first, cells, numberFormat: [null, MONEY_FORMAT, MONEY_FORMAT, MONEY_FORMAT] },
    ],
    charts: [
      {
        type: "Line",
        title: "Levy account: balance, funds expiring and employer co-investment",
        dataRange: `${columnLetters(first)}${layout.spillRow + 1}:${columnLetters(last)}${layout.spillRow + 1 + layout.months}`,
        row: layout.spillRow - 2,
        col: layout.chartCol,
      },
    ],
  };
}
