/**
 * The words of "What the forecast says", written once for the formulas (sentence-formulas.ts)
 * and the previews worked out here from the rule's months, so both say the same.
 */
import type { LevyForecastMonth } from "../../../rules/levy-forecast";
import { taxYearOf, taxYearText, transferAllowance } from "../../../rules/levy-transfers";
import { attemptRule } from "../../rule-preview";
import { monthWords } from "../../month-words";
import type { LevySheetInputs } from "../levy-context";
import { forecastColumn as col } from "../levy-layout";

/** What the first sentence says when the spill shows an error (the others are then blank). */
export const FORECAST_ERROR = "The forecast shows an error: correct the inputs or the tables.";

export const SENTENCE_WORDS = {
  expireOver: (months: number) => ` of levy funds expire over the ${months} months unless spent, the first `,
  noExpiry: "No levy funds expire in the forecast.",
  byYear: "Expiring by financial year (April to March): ",
  employerPays: "The employer pays ",
  inAll: " in all over the forecast: ",
  coInvestmentAnd: " in co-investment and ",
  outsideTail: " for apprenticeships the levy may not fund.",
  employerNothing:
    "The employer pays nothing over the forecast: no co-investment, and no apprenticeship the levy may not fund.",
  runsShort: " the account runs short: the employer pays ",
  inCoInvestment: " in co-investment over the forecast.",
  neverShort: "The account never runs short: the levy funds pay every apprenticeship's payments in the forecast.",
  neverShortSome:
    "The account never runs short for the apprenticeships the levy may fund; those it may not are the employer's to pay (above).",
  transfersIn: "Transfers starting in the tax year ",
  ofIts: " of its ",
  allowanceEnd: " transfer allowance.",
  noTransfersIn: "No transfers start in the tax year ",
  allowanceIs: "; its transfer allowance is ",
  notCoveredHead: " The funds cannot cover ",
  notCoveredTail: " of transfer payments: the receiving employers pay it.",
} as const;

const W = SENTENCE_WORDS;

/** Money as FIXED(x,2) shows it in en-GB, with its sign: £1,234.50. */
function money(value: number): string {
  return `£${value.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** The sum of a column over the months, to the penny. */
function total(months: readonly LevyForecastMonth[], header: string): number {
  return months.reduce((sum, m) => sum + Math.round(m[col(header)]! * 100), 0) / 100;
}

/** How many financial years (April to March) the sentence has room for: as many as the months can touch. */
export function financialYearsShown(months: number): number {
  return Math.ceil((months + 11) / 12);
}

function expiry(months: readonly LevyForecastMonth[]): string {
  const first = months.find((m) => m[col("Funds expired")]! > 0);
  if (first === undefined) return W.noExpiry;
  const all = money(total(months, "Funds expired"));
  return `${all}${W.expireOver(months.length)}${money(first[col("Funds expired")]!)} in ${monthWords(first[0]!)}.`;
}

function byYear(months: readonly LevyForecastMonth[]): string {
  const years = new Map<number, number>();
  for (const m of months) {
    const date = new Date(Date.UTC(1899, 11, 30) + m[0]! * 86_400_000);
    const year = date.getUTCFullYear() - (date.getUTCMonth() < 3 ? 1 : 0);
    years.set(year, (years.get(year) ?? 0) + Math.round(m[col("Funds expired")]! * 100));
  }
  const parts = [...years]
    .filter(([, pence]) => pence > 0)
    .map(([y, pence]) => `${taxYearText(y)} ${money(pence / 100)}`);
  return parts.length === 0 ? "" : `${W.byYear}${parts.join("; ")}.`;
}

function employer(months: readonly LevyForecastMonth[]): string {
  const co = total(months, "Employer co-investment");
  const outside = total(months, "Paid outside the levy");
  if (co + outside === 0) return W.employerNothing;
  return `${W.employerPays}${money(co + outside)}${W.inAll}${money(co)}${W.coInvestmentAnd}${money(outside)}${W.outsideTail}`;
}

function short(months: readonly LevyForecastMonth[]): string {
  const first = months.find((m) => m[col("Employer co-investment")]! + m[col("Government co-investment")]! > 0);
  if (first !== undefined) {
    return `From ${monthWords(first[0]!)}${W.runsShort}${money(total(months, "Employer co-investment"))}${W.inCoInvestment}`;
  }
  return total(months, "Paid outside the levy") > 0 ? W.neverShortSome : W.neverShort;
}

function transfers(inputs: LevySheetInputs, months: readonly LevyForecastMonth[]): string {
  const year = taxYearOf(inputs.firstMonthSerial);
  const allowance = attemptRule(() =>
    transferAllowance(inputs.annualPayBill, inputs.englishShare, inputs.firstMonthSerial),
  );
  if (!("value" in allowance)) return "";
  const asked = (inputs.transfers ?? [])
    .filter((t) => taxYearOf(t.startSerial) === year)
    .reduce((sum, t) => sum + Math.round(t.price * 100), 0);
  const allowed = money(allowance.value.pence / 100);
  const head =
    asked > 0
      ? `${W.transfersIn}${taxYearText(year)}: ${money(asked / 100)}${W.ofIts}${allowed}${W.allowanceEnd}`
      : `${W.noTransfersIn}${taxYearText(year)}${W.allowanceIs}${allowed}.`;
  const notCovered = total(months, "Transfers not covered (receiver pays)");
  return notCovered > 0 ? `${head}${W.notCoveredHead}${money(notCovered)}${W.notCoveredTail}` : head;
}

/** The five sentences as the formulas give them for these months, in their order on the sheet. */
export function sentencePreviews(inputs: LevySheetInputs, months: readonly LevyForecastMonth[]): string[] {
  return [expiry(months), byYear(months), employer(months), short(months), transfers(inputs, months)];
}
