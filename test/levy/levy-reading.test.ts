/**
 * A levy forecast sheet read back for the plan builder (src/sheets/levy/levy-reading.ts): the
 * months its spill shows, the funds available to a start (the balance at the end of its month,
 * which pays the first instalment the month after), and why a sheet cannot say.
 */
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import { LEVY_FORECAST_HEADERS, levyForecastRows } from "../../src/rules/levy-forecast";
import { LEVY_MARKER, levySheetForecast } from "../../src/sheets/levy/levy-model";
import {
  forecastFromSheet,
  forecastFundsSource,
  forecastReadRange,
  fundsForStart,
  isForecastMarker,
  pickForecastFunds,
} from "../../src/sheets/levy/levy-reading";
import { WORKED_CASE } from "./worked-case";

const WORKED = WORKED_CASE;

/** The spill as Excel shows it, padded with empty cells to the read range's 61 rows. */
function spillValues(): unknown[][] {
  const forecast = levySheetForecast(WORKED);
  if (!("value" in forecast)) throw new Error(forecast.message);
  const rows: unknown[][] = levyForecastRows(forecast.value);
  while (rows.length < forecastReadRange().rows) rows.push(new Array<unknown>(9).fill(""));
  return rows;
}

describe("the forecast on a sheet", () => {
  test("read range: A15, the header and 60 months, columns A to I", () => {
    expect(forecastReadRange()).toEqual({ row: 14, col: 0, rows: 61, cols: 9 });
  });

  test("the months and their balances, until the spill ends", () => {
    const read = forecastFromSheet(LEVY_MARKER, spillValues());
    expect(read && "months" in read && read.months.length).toBe(36);
    expect(read && "months" in read && read.months[0]).toEqual({ monthSerial: ymd(2026, 8, 1), balance: 4416.67 });
  });

  test("another sheet is none; a spill showing an error or nothing is a problem in words", () => {
    expect(isForecastMarker("SLMDA plan made with the SEND leadership add-in")).toBe(false);
    expect(forecastFromSheet("Budget", spillValues())).toBeUndefined();
    expect(forecastFromSheet(LEVY_MARKER, [["#BUSY!"]])).toEqual({
      problem: "it shows #BUSY! (Excel is still calculating it: try again in a moment)",
    });
    expect(forecastFromSheet(LEVY_MARKER, [["#SPILL!"]])).toEqual({
      problem: "it shows #SPILL! (correct its inputs or tables)",
    });
    expect(forecastFromSheet(LEVY_MARKER, [[""]])).toEqual({
      problem: "it shows no forecast where its spill belongs (A15)",
    });
    expect(forecastFromSheet(LEVY_MARKER, [LEVY_FORECAST_HEADERS, ["#N/A"]])).toEqual({
      problem: "it shows #N/A (correct its inputs or tables)",
    });
  });
});

describe("the funds available to a start", () => {
  const read = forecastFromSheet(LEVY_MARKER, spillValues());
  const months = read && "months" in read ? read.months : [];

  test("the balance at the end of the start month: a start on 01/09/2026 has September's £4,833.34", () => {
    expect(fundsForStart(months, ymd(2026, 9, 1))).toEqual({ amount: 4833.34, monthSerial: ymd(2026, 9, 1) });
    // Any day of the month: the same month's balance.
    expect(fundsForStart(months, ymd(2026, 9, 30))).toEqual({ amount: 4833.34, monthSerial: ymd(2026, 9, 1) });
    // The month after it: October's balance, after October's instalment.
    expect(fundsForStart(months, ymd(2026, 10, 1))).toEqual({ amount: 4835.2, monthSerial: ymd(2026, 10, 1) });
  });

  test("a start outside the months shown: which side, and the months the sheet shows", () => {
    expect(fundsForStart(months, ymd(2026, 7, 31))).toEqual({
      problem: "the start month, July 2026, is before its first month (it shows August 2026 to July 2029)",
    });
    expect(fundsForStart(months, ymd(2029, 8, 1))).toEqual({
      problem: "the start month, August 2029, is after its last month (it shows August 2026 to July 2029)",
    });
  });

  test("from the first sheet that covers the start; why none does; where the figure came from", () => {
    const sheets = [
      { sheetName: "Levy forecast", forecast: { problem: "it shows #SPILL! (correct its inputs or tables)" } },
      { sheetName: "Levy forecast (2)", forecast: { months } },
    ];
    const funds = pickForecastFunds(sheets, ymd(2026, 9, 1));
    expect(funds).toEqual({ amount: 4833.34, monthSerial: ymd(2026, 9, 1), sheetName: "Levy forecast (2)" });
    expect("amount" in funds && forecastFundsSource(funds)).toBe(
      'From the sheet "Levy forecast (2)": the balance at the end of September 2026, the start month. The first instalment, paid in October 2026, comes out of it.',
    );
    expect(pickForecastFunds(sheets, ymd(2030, 1, 1))).toEqual({
      problem:
        'No levy forecast gives the funds for this start: on the sheet "Levy forecast", it shows #SPILL! (correct its inputs or tables); on the sheet "Levy forecast (2)", the start month, January 2030, is after its last month (it shows August 2026 to July 2029).',
    });
    expect(pickForecastFunds([], ymd(2026, 9, 1))).toEqual({
      problem: "No levy forecast sheet in this workbook: make one on the Levy tab first.",
    });
    const december = { amount: 1, monthSerial: ymd(2026, 12, 1), sheetName: "F" };
    expect(forecastFundsSource(december)).toMatch(/end of December 2026, .* paid in January 2027,/);
  });
});
