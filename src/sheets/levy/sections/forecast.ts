/**
 * The account month by month: the SEND.LEVYFORECAST spill over the inputs and the three tables,
 * previewed from the same rule, under a line saying why its months follow the plans' dates by a
 * month, with the chart data and the chart beside it in the same rows.
 */
import { LEVY_FORECAST_HEADERS, levyForecastRows } from "../../../rules/levy-forecast";
import { absoluteAddress } from "../../a1-address";
import { DATE_FORMAT, MONEY_FORMAT } from "../../number-format";
import { PAYMENT_MONTHS } from "../../payment-months";
import { formula } from "../../rule-preview";
import { expectStartRow, noteBlock, textBlock, type SectionOutput } from "../../sections";
import type { LevyContext, LevyTableNames } from "../levy-context";
import { APPRENTICESHIP_HEADERS, FORECAST_HEADING, TRANSFER_HEADERS, type LevyLayout } from "../levy-layout";
import { chartBesideForecast } from "./chart";

/** A table's columns from its first header to its last, as a structured reference. */
function tableColumns(table: string, headers: readonly string[], from: number): string {
  return `${table}[[${headers[from]}]:[${headers[headers.length - 1]}]]`;
}

/** The SEND.LEVYFORECAST formula over the inputs and the tables. */
export function levyForecastFormula(layout: LevyLayout, tables: LevyTableNames): string {
  const input = (i: number) => absoluteAddress(layout.inputRow + i, 1);
  const share = `IF(${input(1)}="","",${input(1)})`;
  const apprentices = tableColumns(tables.apprenticeships, APPRENTICESHIP_HEADERS, 1);
  const transfers = tableColumns(tables.transfers, TRANSFER_HEADERS, 0);
  return `=SEND.LEVYFORECAST(${input(0)},${apprentices},${input(2)},${layout.months},${share},${tables.funds},${transfers})`;
}

export function forecastSection(context: LevyContext, startRow: number): SectionOutput {
  const { layout, preview } = context;
  // The sentences and the chart data refer to the spill's cells by address.
  expectStartRow("forecast", startRow, layout.spillRow - 2);
  const rows = "value" in preview ? levyForecastRows(preview.value) : [[preview.error, preview.message]];
  const chart = chartBesideForecast(context);
  return {
    blocks: [
      textBlock(startRow, `${FORECAST_HEADING} (${layout.months} months; pounds)`, "heading"),
      noteBlock([PAYMENT_MONTHS], startRow + 1),
      {
        row: layout.spillRow,
        col: 0,
        cells: [[formula(levyForecastFormula(layout, context.tables), rows[0]![0]!)]],
        numberFormat: [DATE_FORMAT, ...LEVY_FORECAST_HEADERS.slice(1).map(() => MONEY_FORMAT)],
        spill: { rows: layout.months + 1, cols: LEVY_FORECAST_HEADERS.length, preview: rows },
      },
      ...chart.blocks,
    ],
    charts: chart.charts,
    // The spill's header and months, then a blank row.
    nextRow: layout.spillRow + layout.months + 2,
  };
}
