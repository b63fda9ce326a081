/**
 * A levy forecast sheet read back, for the plan builder's "Levy funds available": the months its
 * SEND.LEVYFORECAST spill shows (the values Excel calculated), and the funds the account holds
 * for an apprenticeship starting in one of them.
 *
 * Which month's balance: each month's payments come out of the previous month's closing balance
 * (the forecast's rule order), and an apprenticeship's first instalment is paid in the month after
 * its start. So the funds available to a start are the balance at the end of the start month
 * itself, the last figure before its first payment. That is an estimate: other apprenticeships
 * on the forecast draw on the same funds, and the levy keeps arriving while it runs; a forecast
 * that lists the apprenticeship itself gives its own figure (plan-share.ts).
 */
import { LEVY_FORECAST_HEADERS } from "../../rules/levy-forecast";
import { serialFromYmd, ymdFromSerial } from "../../rules/excel-dates";
import { cellAddress } from "../a1-address";
import { monthWords } from "../month-words";
import { LEVY_MARKER, levyLayout } from "./levy-layout";

export { LEVY_MARKER_ROW } from "./levy-layout";

/**
 * The rows the spill's header sits on, newest layout first: forecast sheets made before the
 * sentences grew to five had it on row 15.
 */
const SPILL_ROWS = [levyLayout(60).spillRow, 14];

/**
 * Where a forecast sheet is read: from A1 down to the 60th month of its spill and on to the
 * tables' header row under the longest spill, columns A to L (the tables it meets are read whole).
 */
export function forecastReadRange(): { row: number; col: number; rows: number; cols: number } {
  return { row: 0, col: 0, rows: levyLayout(60).tableRow + 1, cols: LEVY_FORECAST_HEADERS.length };
}

export interface ForecastMonthOnSheet {
  /** The month's first day. */
  readonly monthSerial: number;
  readonly balance: number;
}

/** A forecast sheet's months (and the row its spill's header is on), or why it has none to give. */
export type SheetForecast =
  { readonly months: ForecastMonthOnSheet[]; readonly spillRow: number } | { readonly problem: string };

/** True for A2's value on a forecast sheet the add-in made. */
export function isForecastMarker(value: unknown): boolean {
  return value === LEVY_MARKER;
}

const BALANCE_COL = LEVY_FORECAST_HEADERS.indexOf("Balance at month end");
/** The columns every forecast sheet's spill has had (later ones were appended). */
const FIRST_HEADERS = LEVY_FORECAST_HEADERS.slice(0, BALANCE_COL + 1);

/** What the spill's anchor shows instead of the header, in words. */
function shownInstead(value: unknown, row: number): string {
  if (value === "#BUSY!") return "#BUSY! (Excel is still calculating it: try again in a moment)";
  if (typeof value === "string" && value.startsWith("#")) return `${value} (correct its inputs or tables)`;
  return `no forecast where its spill belongs (${cellAddress(row, 0)})`;
}

/** The first row of SPILL_ROWS holding the spill's header, or undefined. */
function headerRow(grid: readonly (readonly unknown[])[]): number | undefined {
  return SPILL_ROWS.find((r) => FIRST_HEADERS.every((text, i) => grid[r]?.[i] === text));
}

/**
 * The forecast on a sheet: `marker` is A2's value, `grid` the values of forecastReadRange() (from
 * A1). Undefined when the sheet is not a forecast sheet; a problem when its spill shows an error
 * or no months.
 */
export function forecastFromSheet(marker: unknown, grid: readonly (readonly unknown[])[]): SheetForecast | undefined {
  if (!isForecastMarker(marker)) return undefined;
  const spillRow = headerRow(grid);
  if (spillRow === undefined) {
    const shown = SPILL_ROWS.find((r) => typeof grid[r]?.[0] === "string" && String(grid[r]![0]).startsWith("#"));
    const row = shown === undefined ? SPILL_ROWS[0]! : shown;
    return { problem: `it shows ${shownInstead(grid[row]?.[0], row)}` };
  }
  const months: ForecastMonthOnSheet[] = [];
  for (const row of grid.slice(spillRow + 1)) {
    const month = row[0];
    const balance = row[BALANCE_COL];
    if (typeof month !== "number" || typeof balance !== "number") break;
    months.push({ monthSerial: month, balance });
  }
  return months.length > 0
    ? { months, spillRow }
    : { problem: `it shows ${shownInstead(grid[spillRow + 1]?.[0], spillRow + 1)}` };
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

/** Words every figure taken from a forecast ends with: the funds are shared. */
export const SHARED_FUNDS = "Other apprenticeships on the forecast draw on the same funds.";

/** Where an estimated figure came from, in words for the plan form. */
export function forecastFundsSource(funds: ForecastFunds): string {
  const { year, month } = ymdFromSerial(funds.monthSerial);
  const next = month === 12 ? serialFromYmd(year + 1, 1, 1) : serialFromYmd(year, month + 1, 1);
  return `An estimate, from the sheet "${funds.sheetName}": the balance at the end of ${monthWords(funds.monthSerial)}, the start month, before the first instalment is paid in ${monthWords(next)}. The forecast does not list this apprenticeship: add it to the forecast's apprenticeships for its own figure. ${SHARED_FUNDS}`;
}
