/**
 * The Apprenticeship Levy and the funds it puts in an English employer's levy account: the levy on
 * a pay bill, the government top-up and how long funds last, dated by the day the funds enter the
 * account. Each dated table's citations are the same rows of its *_CITED twin in
 * apprenticeship-funding-sources.ts. Money is worked in whole pence.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { field, say, noAnswerError } from "./errors";
import { checkDateSerial, checkNumber, type DateLimits } from "./inputs";
import { MONEY_LIMITS, toPence } from "./money";
import { PERCENT_LIMITS } from "./percent";
import { ruleInForce, serialFromYmd, type DatedRule } from "./excel-dates";
import { EARLIEST } from "./apprenticeship-start";

/** The day the Apprenticeship Levy began: [hmrc-levy] charged from 6 April 2017. */
const LEVY_FROM = serialFromYmd(2017, 4, 6);

/** Dates funds enter a levy account: from 06/04/2017, when the levy began (none entered before). */
export const LEVY_ENTRY_DATE_LIMITS: DateLimits = { from: LEVY_FROM, why: "when the Apprenticeship Levy began" };

export interface LevyTopUpRule extends DatedRule {
  /** The top-up added to levy funds entering an account (0.1 is 10%); left out: no levy yet. */
  readonly topUp?: number;
}

/** The government top-up on funds entering a levy account, by the date the funds enter. */
export const LEVY_TOP_UP: readonly LevyTopUpRule[] = [
  // Citations, row by row: LEVY_TOP_UP_CITED in apprenticeship-funding-sources.ts.
  {
    from: EARLIEST,
    // no levy yet, so no top-up
  },
  {
    from: LEVY_FROM,
    topUp: 0.1,
  },
  {
    from: serialFromYmd(2026, 8, 1),
    topUp: 0,
  },
];

export interface LevyExpiryRule extends DatedRule {
  /** Months after entering an account that unspent levy funds expire. */
  readonly months: number;
}

/** How long funds entering a levy account last, by the date they enter. */
export const LEVY_EXPIRY: readonly LevyExpiryRule[] = [
  // Citations, row by row: LEVY_EXPIRY_CITED in apprenticeship-funding-sources.ts.
  {
    from: EARLIEST,
    months: 24,
  },
  {
    from: serialFromYmd(2026, 8, 1),
    months: 12,
  },
];

/** Apprenticeship Levy: 0.5% of the annual pay bill ... */
// [hmrc-levy] "charged at a rate of 0.5 per cent of an employer's pay bill".
export const LEVY_RATE = 0.005;
/** ... less an annual allowance of £15,000. */
// [hmrc-levy] "an allowance of £15,000 to offset against their levy payment".
export const LEVY_ALLOWANCE = 15000;

/** The year's Apprenticeship Levy in pounds: 0.5% of the pay bill less £15,000, never below 0 (to the penny). */
export function apprenticeshipLevy(annualPayBill: number): number {
  checkNumber("annual_pay_bill", annualPayBill, MONEY_LIMITS);
  const pence = Math.round(toPence(annualPayBill) * LEVY_RATE) - toPence(LEVY_ALLOWANCE);
  return Math.max(0, pence) / 100;
}

/** The top-up on levy funds entering an account on `entrySerial`; "na" before the levy began (its limits). */
export function levyTopUp(entrySerial: number): number {
  // The table's first row (no levy, no top-up) is before LEVY_ENTRY_DATE_LIMITS, which refuse its dates.
  return ruleInForce(LEVY_TOP_UP, checkDateSerial("entry_date", entrySerial, LEVY_ENTRY_DATE_LIMITS)).topUp!;
}

/** Months after entering a levy account that funds expire, for funds entering on `entrySerial`. */
export function levyFundsExpiryMonths(entrySerial: number): number {
  checkDateSerial("entry_date", entrySerial, LEVY_ENTRY_DATE_LIMITS);
  return ruleInForce(LEVY_EXPIRY, entrySerial).months;
}

/**
 * Pence of levy funds entering in one month on `entrySerial` (the 23rd): the year's levy in pence ÷ 12
 * × the English share × (1 + the top-up for funds entering then), to the penny. The forecast's
 * "Levy funds in" and the transfer allowance both count a month's funds with this.
 */
export function monthlyLevyFundsPence(levyPence: number, englishShare: number, entrySerial: number): number {
  return Math.round((levyPence / 12) * englishShare * (1 + levyTopUp(entrySerial)));
}

/**
 * The year's funds entering an English employer's levy account: the levy × the share of the pay
 * bill for employees in England (1 when omitted) × (1 + the top-up for funds entering on
 * `entrySerial`: 10% before 01/08/2026, none from then), to the penny.
 */
export function apprenticeshipLevyFunds(
  annualPayBill: number,
  englishShare: number | undefined,
  entrySerial: number | undefined,
): number {
  const levy = apprenticeshipLevy(annualPayBill);
  const share = englishShare === undefined ? 1 : checkNumber("english_share", englishShare, PERCENT_LIMITS);
  if (entrySerial === undefined) {
    throw noAnswerError(
      say`${field("entry_date")} is needed: funds entering a levy account before 01/08/2026 get a 10% top-up, funds entering from then none. Enter the date the funds enter the account.`,
    );
  }
  const topUp = levyTopUp(entrySerial);
  return Math.round(toPence(levy) * share * (1 + topUp)) / 100;
}
