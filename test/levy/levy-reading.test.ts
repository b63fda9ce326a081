/**
 * A levy forecast sheet read back for the plan builder (src/sheets/levy/levy-reading.ts,
 * plan-share.ts): the months its spill shows (on sheets made now and before the sentences grew),
 * the apprenticeship's own figure from a forecast that lists it (so the plan's employer cost is
 * the forecast's co-investment for it), the balance at the end of the start month as an estimate
 * otherwise, and why a sheet cannot say.
 */
import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import { LEVY_FORECAST_HEADERS, levyForecastRows } from "../../src/rules/levy-forecast";
import { LEVY_MARKER, buildLevyForecastModel, levySheetForecast } from "../../src/sheets/levy/levy-model";
import { levyFundsForPlan } from "../../src/sheets/levy/plan-share";
import { fundingBreakdown } from "../../src/rules/apprenticeship-funding";
import { forecastSheetRead } from "./forecast-sheet";
import { TRUST_CASE } from "./trust-case";
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

/** A sheet's cells from A1 as Excel shows them, the spill's header on `spillRow` (row 19 now, row 15 before). */
function spillValues(spillRow = 18, width = 12): unknown[][] {
  const forecast = levySheetForecast(WORKED);
  if (!("value" in forecast)) throw new Error(forecast.message);
  const rows: unknown[][] = [];
  while (rows.length < spillRow) rows.push(new Array<unknown>(12).fill(""));
  for (const row of levyForecastRows(forecast.value))
    rows.push([...row.slice(0, width), ...new Array(12 - width).fill("")]);
  while (rows.length < forecastReadRange().rows) rows.push(new Array<unknown>(12).fill(""));
  return rows;
}

describe("the forecast on a sheet", () => {
  test("read range: from A1 to the tables' header row under a 60-month spill, columns A to L", () => {
    expect(forecastReadRange()).toEqual({ row: 0, col: 0, rows: 82, cols: 12 });
  });

  test("the months and their balances, until the spill ends; a sheet made before (spill on row 15, 9 columns) too", () => {
    const read = forecastFromSheet(LEVY_MARKER, spillValues());
    expect(read && "months" in read && read.months.length).toBe(36);
    expect(read && "months" in read && read.months[0]).toEqual({ monthSerial: ymd(2026, 8, 1), balance: 4416.67 });
    const earlier = forecastFromSheet(LEVY_MARKER, spillValues(14, 9));
    expect(earlier && "months" in earlier && [earlier.spillRow, earlier.months.length]).toEqual([14, 36]);
  });

  test("another sheet is none; a spill showing an error or nothing is a problem in words", () => {
    expect(isForecastMarker("SLMDA plan made with the SEND leadership add-in")).toBe(false);
    expect(forecastFromSheet("Budget", spillValues())).toBeUndefined();
    const at = (row: number, values: unknown[][]) => [...new Array<unknown[]>(row).fill([""]), ...values];
    expect(forecastFromSheet(LEVY_MARKER, at(18, [["#BUSY!"]]))).toEqual({
      problem: "it shows #BUSY! (Excel is still calculating it: try again in a moment)",
    });
    expect(forecastFromSheet(LEVY_MARKER, at(18, [["#SPILL!"]]))).toEqual({
      problem: "it shows #SPILL! (correct its inputs or tables)",
    });
    expect(forecastFromSheet(LEVY_MARKER, at(14, [["#SPILL!"]]))).toEqual({
      problem: "it shows #SPILL! (correct its inputs or tables)",
    });
    expect(forecastFromSheet(LEVY_MARKER, [[""]])).toEqual({
      problem: "it shows no forecast where its spill belongs (A19)",
    });
    expect(forecastFromSheet(LEVY_MARKER, at(18, [LEVY_FORECAST_HEADERS, ["#N/A"]]))).toEqual({
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
      { sheetName: "Levy forecast (2)", forecast: { months, spillRow: 18 } },
    ];
    const funds = pickForecastFunds(sheets, ymd(2026, 9, 1));
    expect(funds).toEqual({ amount: 4833.34, monthSerial: ymd(2026, 9, 1), sheetName: "Levy forecast (2)" });
    expect("amount" in funds && forecastFundsSource(funds)).toBe(
      'An estimate, from the sheet "Levy forecast (2)": the balance at the end of September 2026, the start month, before the first instalment is paid in October 2026. The forecast does not list this apprenticeship: add it to the forecast\'s apprenticeships for its own figure. Other apprenticeships on the forecast draw on the same funds.',
    );
    expect(pickForecastFunds(sheets, ymd(2030, 1, 1))).toEqual({
      problem:
        'No levy forecast gives the funds for this start: on the sheet "Levy forecast", it shows #SPILL! (correct its inputs or tables); on the sheet "Levy forecast (2)", the start month, January 2030, is after its last month (it shows August 2026 to July 2029).',
    });
    expect(pickForecastFunds([], ymd(2026, 9, 1))).toEqual({
      problem: "No levy forecast sheet in this workbook: make one on the Levy tab first.",
    });
    const december = { amount: 1, monthSerial: ymd(2026, 12, 1), sheetName: "F" };
    expect(forecastFundsSource(december)).toMatch(/end of December 2026, .* paid in January 2027\./);
  });
});

describe("the plan's apprenticeship on a forecast that lists it: one truth with the plan", () => {
  // £3,500,000: levy £2,500 a year, £208.33 a month; the SENCO aged 21 (funded) from 01/03/2027.
  const short = {
    ...TRUST_CASE,
    annualPayBill: 3_500_000,
    funds: [],
    apprenticeships: TRUST_CASE.apprenticeships.map((a, i) => (i === 0 ? { ...a, ageAtStart: 21 } : a)),
  };
  const sheet = forecastSheetRead("Levy forecast", buildLevyForecastModel(short));

  test("what the levy funds pay of it: the plan's employer cost is then the forecast's co-investment for it", () => {
    const found = levyFundsForPlan([sheet], { name: "Sam Patel", startSerial: ymd(2027, 3, 1) });
    expect(found.kind).toBe("listed");
    if (found.kind !== "listed") return;
    const plan = fundingBreakdown({
      price: 14000,
      levyPayer: true,
      levyFunds: found.amount,
      startSerial: ymd(2027, 3, 1),
      ageAtStart: 21,
    });
    expect(plan.employerCoInvestment).toBe(found.found.employerCoInvestment);
    expect(plan.employerCoInvestment).toBeGreaterThan(0);
    expect(found.text).toMatch(
      /^From the sheet "Levy forecast", which lists this apprenticeship: the levy funds pay £[\d,.]+ of its £[\d,.]+ \(its payments from April 2027 to July 2029\); the rest is co-invested, and the school's share, £[\d,.]+, is the forecast's employer co-investment for it\. Other apprenticeships on the forecast draw on the same funds\.$/,
    );
  });

  test("listed but its payments reach beyond the months shown; not listed: the start month's balance, an estimate", () => {
    const listed = levyFundsForPlan([sheet], { name: "Business administrator", startSerial: ymd(2025, 9, 1) });
    expect(listed.kind === "none" && listed.problem).toContain(
      'the sheet "Levy forecast" lists this apprenticeship but shows 5 of its 19 payments (paid October 2025 to April 2027)',
    );
    const other = levyFundsForPlan([sheet], { name: "Jo Bloggs", startSerial: ymd(2027, 3, 1) });
    expect(other.kind === "estimate" && other.text).toMatch(/^An estimate, from the sheet "Levy forecast"/);
  });
});
