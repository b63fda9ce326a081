/**
 * A levy forecast sheet read back, for the plan builder's "Levy funds available": the months its
 * SEND.LEVYFORECAST spill shows (the values Excel calculated), and the funds the account holds
 * for an apprenticeship starting in one of them.
 *
 * Which month's balance: each month's payments come out of the previous month's closing balance
 * (the forecast's rule order), and an apprenticeship's first instalment is paid in the month after
 * its start. So the funds available to a start are the balance at the end of the start month
 * itself, the last figure before its first payment.
 */
import { LEVY_FORECAST_HEADERS } from "../../rules/levy-forecast";
import { serialFromYmd, ymdFromSerial } from "../../rules/excel-dates";
import { cellAddress } from "../a1-address";
import { LEVY_MARKER, levyLayout, monthWords } from "./levy-layout";

export { LEVY_MARKER_ROW } from "./levy-layout";

/** Where a forecast sheet's spill is read: its header row and up to 60 months, columns A to I. */
export function forecastReadRange(): { row: number; col: number; rows: number; cols: number } {
  return { row: levyLayout(60).spillRow, col: 0, rows: 61, cols: LEVY_FORECAST_HEADERS.length };
}

export interface ForecastMonthOnSheet {
  /** The month's first day. */
  readonly monthSerial: number;
  readonly balance: number;
}

/** A forecast sheet's months, or why it has none to give. */
export type SheetForecast = { readonly months: ForecastMonthOnSheet[] } | { readonly problem: string };

/** True for A2's value on a forecast sheet the add-in made. */
export function isForecastMarker(value: unknown): boolean {
  return value === LEVY_MARKER;
}

const BALANCE_COL = LEVY_FORECAST_HEADERS.indexOf("Balance at month end");

/** What the spill's anchor shows instead of the header, in words. */
function shownInstead(value: unknown): string {
  if (value === "#BUSY!") return "#BUSY! (Excel is still calculating it: try again in a moment)";
  if (typeof value === "string" && value.startsWith("#")) return `${value} (correct its inputs or tables)`;
  return `no forecast where its spill belongs (${cellAddress(levyLayout(60).spillRow, 0)})`;
}

/**
 * The forecast on a sheet: `marker` is A2's value, `rows` the values of forecastReadRange(). Undefined
 * when the sheet is not a forecast sheet; a problem when its spill shows an error or no months.
 */
export function forecastFromSheet(marker: unknown, rows: readonly (readonly unknown[])[]): SheetForecast | undefined {
  if (!isForecastMarker(marker)) return undefined;
  const header = rows[0] ?? [];
  if (!LEVY_FORECAST_HEADERS.every((text, i) => header[i] === text)) {
    return { problem: `it shows ${shownInstead(header[0])}` };
  }
  const months: ForecastMonthOnSheet[] = [];
  for (const row of rows.slice(1)) {
    const month = row[0];
    const balance = row[BALANCE_COL];
    if (typeof month !== "number" || typeof balance !== "number") break;
    months.push({ monthSerial: month, balance });
  }
  return months.length > 0 ? { months } : { problem: `it shows ${shownInstead(rows[1]?.[0])}` };
}

export interface FundsForStart {
  /** The balance at the end of the start month, in pounds. */
  readonly amount: number;
  /** The start month's first day. */
  readonly monthSerial: number;
}

function monthNumber(serial: number): number {
  const { year, month } = ymdFromSerial(serial);
  return year * 12 + month;
}

/** The funds available to a start on `startSerial` (the balance at the end of its month), or why the months shown do not say. */
export function fundsForStart(
  months: readonly ForecastMonthOnSheet[],
  startSerial: number,
): FundsForStart | { problem: string } {
  const wanted = monthNumber(startSerial);
  const found = months.find((m) => monthNumber(m.monthSerial) === wanted);
  if (found) return { amount: found.balance, monthSerial: found.monthSerial };
  const first = months[0]!;
  const last = months[months.length - 1]!;
  const where = wanted < monthNumber(first.monthSerial) ? "before its first month" : "after its last month";
  return {
    problem: `the start month, ${monthWords(startSerial)}, is ${where} (it shows ${monthWords(first.monthSerial)} to ${monthWords(last.monthSerial)})`,
  };
}

/** The funds a plan takes from a forecast sheet: the figure, its month and the sheet. */
export interface ForecastFunds extends FundsForStart {
  readonly sheetName: string;
}

/**
 * The funds available to a start on `startSerial`, from the first forecast sheet (in the order of
 * the sheets) whose months include the start month; or, when none does, why each cannot say.
 */
export function pickForecastFunds(
  sheets: readonly { readonly sheetName: string; readonly forecast: SheetForecast }[],
  startSerial: number,
): ForecastFunds | { problem: string } {
  if (sheets.length === 0) {
    return { problem: "No levy forecast sheet in this workbook: make one on the Levy tab first." };
  }
  const reasons: string[] = [];
  for (const sheet of sheets) {
    const found = "months" in sheet.forecast ? fundsForStart(sheet.forecast.months, startSerial) : sheet.forecast;
    if ("amount" in found) return { ...found, sheetName: sheet.sheetName };
    reasons.push(`on the sheet "${sheet.sheetName}", ${found.problem}`);
  }
  return { problem: `No levy forecast gives the funds for this start: ${reasons.join("; ")}.` };
}

/** Where the figure came from, in words for the plan form. */
export function forecastFundsSource(funds: ForecastFunds): string {
  const { year, month } = ymdFromSerial(funds.monthSerial);
  const next = month === 12 ? serialFromYmd(year + 1, 1, 1) : serialFromYmd(year, month + 1, 1);
  return `From the sheet "${funds.sheetName}": the balance at the end of ${monthWords(funds.monthSerial)}, the start month. The first instalment, paid in ${monthWords(next)}, comes out of it.`;
}
