/**
 * A plan's apprenticeship on a levy forecast sheet: the forecast's inputs and tables read back as
 * SEND.LEVYFORECAST reads them (the same coercers), the same rule run on them, and what it shows
 * of the plan's apprenticeship: the levy funds it draws and the co-investment once they run short.
 * The Plan tab takes "Levy funds available" from it, so the plan's employer cost is the forecast's
 * co-investment for that apprenticeship, to the penny; a forecast that does not list the
 * apprenticeship (or stops before its last payment) leaves the start month's balance, an estimate
 * (levy-reading.ts).
 */
import { levyForecastDetail, type ApprenticeshipOnForecast } from "../../rules/levy-forecast-detail";
import type { LevyForecastInputs } from "../../rules/levy-forecast";
import { isRuleError } from "../../rules/errors";
import { LEVY_ENTRY_DATE_LIMITS } from "../../rules/apprenticeship-levy";
import { moneyArg, percentArg } from "../../values/coerce";
import { dateArg } from "../../values/dates";
import { apprenticesArg, fundsInAccountArg, optionalTransfersArg } from "../../values/levy-forecast-args";
import { monthWords } from "../month-words";
import { MONEY_FORMAT, formatCellValue } from "../number-format";
import { FUNDS_HEADERS, TRANSFER_HEADERS, levyLayout } from "./levy-layout";
import {
  SHARED_FUNDS,
  pickForecastFunds,
  forecastFundsSource,
  type ForecastFunds,
  type SheetForecast,
} from "./levy-reading";

/** A forecast sheet as the workbook gives it: its grid from A1 (forecastReadRange), its tables' values (header row first). */
export interface ForecastSheetRead {
  readonly sheetName: string;
  readonly forecast: SheetForecast;
  readonly grid: readonly (readonly unknown[])[];
  readonly tables: readonly (readonly (readonly unknown[])[])[];
}

/** The forecast's inputs as SEND.LEVYFORECAST gets them, with each apprenticeship's name. */
interface ForecastRead {
  readonly inputs: LevyForecastInputs;
  readonly names: readonly unknown[];
}

const sameHeaders = (row: readonly unknown[] | undefined, headers: readonly string[]) =>
  row !== undefined && headers.every((h, i) => row[i] === h);

/** The apprenticeships table, by its first two headers (sheets made before the level column had six). */
const isApprenticeships = (row: readonly unknown[] | undefined) => row?.[0] === "Name" && row[1] === "Start date";

/** The forecast's inputs from its sheet, through SEND.LEVYFORECAST's own coercers; a problem in words when they do not read. */
function forecastRead(sheet: ForecastSheetRead): ForecastRead | { problem: string } {
  if (!("months" in sheet.forecast)) return sheet.forecast;
  const input = (i: number) => sheet.grid[levyLayout(60).inputRow + i]?.[1];
  const find = (test: (row: readonly unknown[] | undefined) => boolean) => sheet.tables.find((t) => test(t[0]));
  const apprentices = find(isApprenticeships);
  if (!apprentices) return { problem: "it has no apprenticeships table" };
  try {
    const rows = apprenticesArg.coerce(apprentices.map((r) => r.slice(1)));
    const funds = find((row) => sameHeaders(row, FUNDS_HEADERS));
    const transfers = find((row) => sameHeaders(row, TRANSFER_HEADERS));
    const share = input(1);
    return {
      inputs: {
        annualPayBill: moneyArg("annual_pay_bill").coerce(input(0)),
        englishShare: share === "" ? undefined : percentArg("english_share", { optional: true }).coerce(share),
        firstMonthSerial: dateArg("first_month", LEVY_ENTRY_DATE_LIMITS).coerce(input(2)),
        months: sheet.forecast.months.length,
        fundsInAccount: funds ? fundsInAccountArg.coerce(funds) : undefined,
        apprenticeships: rows,
        transfers: transfers ? optionalTransfersArg.coerce(transfers) : undefined,
      },
      names: rows.map((r) => apprentices[r.row!]![0]),
    };
  } catch (error) {
    if (isRuleError(error)) return { problem: `its inputs do not read: ${error.message}` };
    throw error;
  }
}

/** A plan's apprenticeship as found on a forecast that covers all its payments. */
export interface PlanOnForecast extends ApprenticeshipOnForecast {
  readonly sheetName: string;
}

/** The plan's apprenticeship on one forecast sheet, by name and start date; or why the sheet does not give it. */
function onSheet(
  sheet: ForecastSheetRead,
  plan: { readonly name: string; readonly startSerial: number },
): PlanOnForecast | { problem: string } | undefined {
  const read = forecastRead(sheet);
  if ("problem" in read) return undefined;
  const index = read.inputs.apprenticeships.findIndex(
    (a, i) => read.names[i] === plan.name && a.startSerial === plan.startSerial,
  );
  if (index < 0) return undefined;
  const found = levyForecastDetail(read.inputs).apprenticeships[index]!;
  if (found.paymentsShown < found.payments) {
    return {
      problem: `the sheet "${sheet.sheetName}" lists this apprenticeship but shows ${found.paymentsShown} of its ${found.payments} payments (paid ${monthWords(found.firstPaidSerial)} to ${monthWords(found.lastPaidSerial)}): make a forecast that reaches ${monthWords(found.lastPaidSerial)} for its own figure`,
    };
  }
  return { ...found, sheetName: sheet.sheetName };
}

/** What the Plan tab takes from the forecasts: the apprenticeship's own figure, or the start month's balance (an estimate). */
export type PlanLevyFunds =
  | { readonly kind: "listed"; readonly amount: number; readonly found: PlanOnForecast; readonly text: string }
  | { readonly kind: "estimate"; readonly amount: number; readonly funds: ForecastFunds; readonly text: string }
  | { readonly kind: "none"; readonly problem: string };

const money = (pounds: number) => formatCellValue(pounds, MONEY_FORMAT);

/** Where the apprenticeship's own figure came from, in words for the plan form. */
export function listedSource(found: PlanOnForecast): string {
  const whole =
    Math.round((found.paidFromLevy + found.employerCoInvestment + found.governmentCoInvestment) * 100) / 100;
  const when = `its payments from ${monthWords(found.firstPaidSerial)} to ${monthWords(found.lastPaidSerial)}`;
  const rest =
    found.employerCoInvestment + found.governmentCoInvestment > 0
      ? `; the rest is co-invested, and the school's share, ${money(found.employerCoInvestment)}, is the forecast's employer co-investment for it.`
      : ": all of it, so the school pays no co-investment.";
  return `From the sheet "${found.sheetName}", which lists this apprenticeship: the levy funds pay ${money(found.paidFromLevy)} of its ${money(whole)} (${when})${rest} ${SHARED_FUNDS}`;
}

/**
 * The levy funds for a plan's apprenticeship: from the first forecast sheet that lists it (by
 * name and start date) and shows all its payments, what the levy funds pay of it; otherwise the
 * balance at the end of its start month on the first forecast whose months include it.
 */
export function levyFundsForPlan(
  sheets: readonly ForecastSheetRead[],
  plan: { readonly name: string; readonly startSerial: number },
): PlanLevyFunds {
  const notes: string[] = [];
  for (const sheet of sheets) {
    const found = onSheet(sheet, plan);
    if (found === undefined) continue;
    if ("problem" in found) {
      notes.push(found.problem);
      continue;
    }
    return { kind: "listed", amount: found.paidFromLevy, found, text: listedSource(found) };
  }
  const why = notes.length > 0 ? ` (${notes.join("; ")})` : "";
  const funds = pickForecastFunds(sheets, plan.startSerial);
  if ("problem" in funds) return { kind: "none", problem: `${funds.problem}${why}` };
  return { kind: "estimate", amount: funds.amount, funds, text: `${forecastFundsSource(funds)}${why}` };
}
