/**
 * What the forecast says in plain sentences, driven by the spill's figures: "£X of levy funds
 * expire in <month> unless spent", "From <month> the account runs short: the employer pays £Y in
 * co-investment over the forecast". Formulas over plain ranges of exactly the spill's size
 * (INDEX/MATCH, no spill reference), previewed with the same words.
 */
import type { LevyForecastMonth } from "../../../rules/levy-forecast";
import { absoluteAddress } from "../../a1-address";
import { formula } from "../../rule-preview";
import { labelRowsSection, type SectionOutput } from "../../sections";
import type { LevyContext } from "../levy-context";
import { forecastColumn as col, monthWords, monthWordsFormula, spillColumn } from "../levy-layout";

/** What the sentences say when the spill shows an error. */
const FORECAST_ERROR = "The forecast shows an error: correct the inputs or the tables.";

/** Money as FIXED(x,2) shows it in en-GB: 1,234.50. */
function money(value: number): string {
  return value.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** "£X of levy funds expire in <month> unless spent", for the first month any expire. */
export function expirySentence(months: readonly LevyForecastMonth[]): string {
  const first = months.find((m) => m[col("Funds expired")]! > 0);
  return first === undefined
    ? "No levy funds expire in the forecast."
    : `£${money(first[col("Funds expired")]!)} of levy funds expire in ${monthWords(first[0]!)} unless spent.`;
}

/** "From <month> the account runs short: the employer pays £Y in co-investment over the forecast". */
export function shortfallSentence(months: readonly LevyForecastMonth[]): string {
  const short = (m: LevyForecastMonth) => m[col("Employer co-investment")]! + m[col("Government co-investment")]! > 0;
  const first = months.find(short);
  if (first === undefined) return "The levy funds cover every payment in the forecast.";
  const employer = months.reduce((sum, m) => sum + Math.round(m[col("Employer co-investment")]! * 100), 0) / 100;
  return `From ${monthWords(first[0]!)} the account runs short: the employer pays £${money(employer)} in co-investment over the forecast.`;
}

/** The two sentences' formulas over the spill. */
function sentenceFormulas({ layout }: LevyContext): { expiry: string; shortfall: string } {
  const anchor = absoluteAddress(layout.spillRow, 0);
  const months = spillColumn(layout, "Month");
  const expired = spillColumn(layout, "Funds expired");
  const employer = spillColumn(layout, "Employer co-investment");
  const government = spillColumn(layout, "Government co-investment");
  const firstWhere = (test: string) => `MATCH(TRUE,INDEX(${test},0),0)`;
  const monthOf = (test: string) => monthWordsFormula(`INDEX(${months},${firstWhere(test)})`);
  const expiry =
    `=IF(ISERROR(${anchor}),"${FORECAST_ERROR}",IFERROR("£"&FIXED(INDEX(${expired},${firstWhere(`${expired}>0`)}),2)` +
    `&" of levy funds expire in "&${monthOf(`${expired}>0`)}&" unless spent.","No levy funds expire in the forecast."))`;
  const shortTest = `(${employer}+${government})>0`;
  const shortfall =
    `=IF(ISERROR(${anchor}),"",IFERROR("From "&${monthOf(shortTest)}&" the account runs short: the employer pays £"` +
    `&FIXED(SUM(${employer}),2)&" in co-investment over the forecast.","The levy funds cover every payment in the forecast."))`;
  return { expiry, shortfall };
}

export function sentencesSection(context: LevyContext, startRow: number): SectionOutput {
  const { expiry, shortfall } = sentenceFormulas(context);
  const { preview } = context;
  const ok = "value" in preview;
  const lines = [
    formula(expiry, ok ? expirySentence(preview.value) : FORECAST_ERROR),
    formula(shortfall, ok ? shortfallSentence(preview.value) : ""),
  ];
  return labelRowsSection("What the forecast says", [], lines, startRow);
}
