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

export const APPRENTICESHIP_HEADERS = [
  "Name",
  "Start date",
  "Price the levy pays",
  "Planned months",
  "Age at start",
  "Care leaver or EHC plan",
] as const;
export const FUNDS_HEADERS = ["Month entered", "Amount unspent"] as const;
export const CHART_HEADERS = ["Month", "Balance at month end", "Funds expired", "Employer co-investment"] as const;

/** Column widths in points: the spill (A:I), a narrow gap (J), the chart data (K:N). */
export const LEVY_COLUMN_WIDTHS = [110, 95, 95, 110, 95, 95, 95, 95, 95, 20, 70, 95, 95, 95] as const;

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

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
  /** The two tables' header row. */
  readonly tableRow: number;
  readonly fundsCol: number;
  readonly apprenticeshipsCol: number;
}

export function levyLayout(months: number): LevyLayout {
  const spillRow = 14;
  return {
    months,
    inputRow: 5,
    sentenceRow: 10,
    spillRow,
    chartDataCol: 10,
    chartCol: 15,
    tableRow: spillRow + months + 3,
    fundsCol: 0,
    apprenticeshipsCol: 3,
  };
}

/** The spill's column of `header` (LEVY_FORECAST_HEADERS). */
export function forecastColumn(header: string): number {
  return LEVY_FORECAST_HEADERS.indexOf(header);
}

/** The spill's data rows (the months, not the header) in the column of `header`: $H$16:$H$51. */
export function spillColumn(layout: LevyLayout, header: string): string {
  const col = forecastColumn(header);
  return `${absoluteAddress(layout.spillRow + 1, col)}:${absoluteAddress(layout.spillRow + layout.months, col)}`;
}

/** A month's name and year, as the sentences say it (and their formulas work it out): "July 2029". */
export function monthWords(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The same in a formula, for a cell holding a date: CHOOSE(MONTH(x),"January",...)&" "&YEAR(x). */
export function monthWordsFormula(cell: string, names: readonly string[] = MONTH_NAMES): string {
  return `CHOOSE(MONTH(${cell}),${names.map((n) => `"${n}"`).join(",")})&" "&YEAR(${cell})`;
}
