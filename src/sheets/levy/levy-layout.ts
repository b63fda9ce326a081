/**
 * Where things sit on the levy forecast sheet: its name and marker, the rows of the inputs, the
 * sentences, the spill and the tables for a number of months, the columns of the chart data, the
 * tables' and the chart data's headers, column widths, and the months in words as the sentences
 * say them. Shared by the forecast's sections and by the code that reads a forecast back.
 */
import { LEVY_FORECAST_HEADERS } from "../../rules/levy-forecast";
import { absoluteAddress } from "../a1-address";

/** The sheet's name. */
export const LEVY_SHEET_NAME = "Levy forecast";
/** Text in A2: how the pane recognises a forecast sheet it made. */
export const LEVY_MARKER = "Levy forecast made with the SEND leadership add-in";
/** The marker's row (A2), as on every sheet the add-in makes. */
export const LEVY_MARKER_ROW = 1;

/** The heading over the spill (the months and "pounds" follow it). */
export const FORECAST_HEADING = "The account month by month";

/** The apprenticeships table: a name, then SEND.LEVYFORECAST's apprentices columns in their order. */
export const APPRENTICESHIP_HEADERS = [
  "Name",
  "Start date",
  "Price (up to the band)",
  "Planned months",
  "Age at start",
  "Care leaver or EHC plan",
  "Level",
] as const;
export const FUNDS_HEADERS = ["Month entered", "Amount unspent"] as const;
/** The transfers table: SEND.LEVYFORECAST's transfers columns in their order. */
export const TRANSFER_HEADERS = [
  "Start date",
  "Price the transfer pays",
  "Planned months",
  "Receiving employer",
] as const;
export const CHART_HEADERS = ["Month", "Balance at month end", "Funds expired", "Employer co-investment"] as const;

/** Column widths in points: the spill (A:L), a narrow gap (M), the chart data (N:Q). */
export const LEVY_COLUMN_WIDTHS = [110, 95, 95, 110, 95, 95, 95, 95, 95, 95, 95, 110, 20, 70, 95, 95, 95] as const;

/** Where everything sits (zero-based rows and columns), for a number of months. */
export interface LevyLayout {
  readonly months: number;
  /** Rows of the inputs: pay bill, English share, first month (values in column B). */
  readonly inputRow: number;
  readonly sentenceRow: number;
  /** The spill's anchor (its header row); the months follow. */
  readonly spillRow: number;
  /** Column of the chart data, and of the chart after it. */
  readonly chartDataCol: number;
  readonly chartCol: number;
  /** The three tables' header row. */
  readonly tableRow: number;
  readonly fundsCol: number;
  readonly apprenticeshipsCol: number;
  readonly transfersCol: number;
}

/** The sentences under "What the forecast says" (sections/sentences.ts), one a row. */
export const SENTENCE_COUNT = 5;

export function levyLayout(months: number): LevyLayout {
  const sentenceRow = 10;
  // The sentences, a blank row, the spill's heading and its note, then the spill.
  const spillRow = sentenceRow + SENTENCE_COUNT + 3;
  return {
    months,
    inputRow: 5,
    sentenceRow,
    spillRow,
    chartDataCol: LEVY_FORECAST_HEADERS.length + 1,
    chartCol: LEVY_FORECAST_HEADERS.length + 1 + CHART_HEADERS.length + 1,
    tableRow: spillRow + months + 3,
    fundsCol: 0,
    apprenticeshipsCol: FUNDS_HEADERS.length + 1,
    transfersCol: FUNDS_HEADERS.length + APPRENTICESHIP_HEADERS.length + 2,
  };
}

/** The spill's column of `header` (LEVY_FORECAST_HEADERS). */
export function forecastColumn(header: string): number {
  return LEVY_FORECAST_HEADERS.indexOf(header);
}

/** The spill's data rows (the months, not the header) in the column of `header`: $H$20:$H$55. */
export function spillColumn(layout: LevyLayout, header: string): string {
  const col = forecastColumn(header);
  return `${absoluteAddress(layout.spillRow + 1, col)}:${absoluteAddress(layout.spillRow + layout.months, col)}`;
}
