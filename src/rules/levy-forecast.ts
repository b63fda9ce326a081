/**
 * The levy account month by month (SEND.LEVYFORECAST): what enters a levy-paying employer's
 * apprenticeship service account, what each apprenticeship and each transfer draws, the
 * co-investment once the funds run short, what expires, and what is paid outside the levy. Each
 * month, in this order:
 *
 * 1. Payments (levy-forecast-payments.ts): each apprenticeship's and transfer's provider payments,
 *    each debited in the month after the month it is earned; transfers first, then the levy
 *    payer's own apprenticeships, instalments before completion payments, in row order.
 * 2. Paying: from what the account held at the end of the previous month, each payment taking the
 *    oldest funds first. What the funds cannot cover of an apprenticeship's payment is
 *    co-invested: the employer's share at the levy payer's rate for the start
 *    (`levyShortfallRate`), the government the rest. What they cannot cover of a transfer's
 *    payment is not the sender's: the receiving employer pays it (its own levy funds, or
 *    co-investment: [das-payments-v2]). An apprenticeship the rules do not fund at its level is
 *    paid by the employer outside the levy.
 * 3. Funds in: the year's levy ÷ 12 × the English share × (1 + the top-up, `LEVY_TOP_UP`).
 * 4. Expiry: funds that entered `LEVY_EXPIRY` months earlier and are still unspent.
 * 5. Balance: what remains.
 *
 * Every dated step is a row of a table in apprenticeship-funding.ts, apprenticeship-levy.ts or
 * levy-transfers.ts; this module only orders them. Money in whole pence. Pure TypeScript.
 */
import { field, inRow, say, inputError } from "./errors";
import { checkDateSerial, checkNumber } from "./inputs";
import { MONEY_LIMITS, toPence } from "./money";
import { PERCENT_LIMITS } from "./percent";
import { MONTHS_LIMITS } from "./slmda-programme";
import {
  apprenticeshipLevy,
  LEVY_ENTRY_DATE_LIMITS,
  levyFundsExpiryMonths,
  monthlyLevyFundsPence,
} from "./apprenticeship-levy";
import { checkTransfersWithinAllowance } from "./levy-transfers";
import {
  checkApprenticeships,
  checkTransfers,
  daySerial,
  monthIndex,
  monthText,
  paymentsByMonth,
  type CheckedApprenticeship,
  type Due,
  type ForecastApprenticeship,
  type ForecastTransfer,
} from "./levy-forecast-payments";

export {
  APPRENTICE_COLUMNS,
  TRANSFER_COLUMNS,
  type ForecastApprenticeship,
  type ForecastTransfer,
} from "./levy-forecast-payments";

/** The funds_in_account range's columns: the month funds entered | the amount of them still unspent. */
export const FUNDS_COLUMNS = ["entry_date", "levy_funds"];

/**
 * The spill's header row; each month's row holds these, in this order, in pounds to the penny.
 * Columns are only ever appended (a sheet reading the spill by position keeps working).
 */
export const LEVY_FORECAST_HEADERS = [
  "Month",
  "Levy funds in",
  "Instalments",
  "Completion payments",
  "Paid from levy funds",
  "Employer co-investment",
  "Government co-investment",
  "Funds expired",
  "Balance at month end",
  "Paid outside the levy",
  "Transfers out",
  "Transfers not covered (receiver pays)",
];

/** Months shown when `months` is left out. */
export const DEFAULT_FORECAST_MONTHS = 24;

/** Funds still unspent that entered the account in the month of `monthSerial`. */
export interface FundsEntry {
  readonly monthSerial: number;
  readonly amount: number;
  readonly row?: number;
}

export interface LevyForecastInputs {
  readonly annualPayBill: number;
  readonly apprenticeships: readonly ForecastApprenticeship[];
  /** Any date in the first month shown. */
  readonly firstMonthSerial: number;
  /** 1 to 60; DEFAULT_FORECAST_MONTHS when left out. */
  readonly months?: number;
  /** Share of the pay bill for employees in England, 0 to 1; 1 when left out. */
  readonly englishShare?: number;
  /** What the account holds now (entered the month before the first), or what entered when and is unspent. */
  readonly fundsInAccount?: number | readonly FundsEntry[];
  /** Transfers of the account's funds to other employers. */
  readonly transfers?: readonly ForecastTransfer[];
}

/** One month of the account, in the order of LEVY_FORECAST_HEADERS (the month's first day, then pounds to the penny). */
export type LevyForecastMonth = number[];

/** Funds that entered in one month: pence left, and the month (index) they expire in. */
interface Tranche {
  left: number;
  readonly expires: number;
}

/**
 * Funds entering in month `index`, dated the 23rd: "These funds show in employer accounts on the
 * 23rd of every month" ([aps-expired-funds]). The top-up and the expiry period follow that date.
 */
function tranche(pence: number, index: number): Tranche {
  return { left: pence, expires: index + levyFundsExpiryMonths(daySerial(index, 23)) };
}

/** What the account holds before the first month, oldest first. */
function openingFunds(funds: LevyForecastInputs["fundsInAccount"], first: number): Tranche[] {
  if (funds === undefined) return [];
  if (typeof funds === "number") {
    return [tranche(toPence(checkNumber("funds_in_account", funds, MONEY_LIMITS)), first - 1)];
  }
  const entries = funds.map((entry, index) =>
    inRow("funds_in_account", FUNDS_COLUMNS, entry.row === undefined ? index : entry.row, () => {
      const month = monthIndex(checkDateSerial("entry_date", entry.monthSerial, LEVY_ENTRY_DATE_LIMITS));
      const funds = tranche(toPence(checkNumber("levy_funds", entry.amount, MONEY_LIMITS)), month);
      if (month >= first || funds.expires < first) {
        throw inputError(
          say`${field("entry_date")} must be a month before first_month whose funds have not expired; it was ${monthText(month)}, whose funds expire in ${monthText(funds.expires)}.`,
          { value: entry.monthSerial },
        );
      }
      return { month, funds };
    }),
  );
  // Oldest first. Funds that entered in the same month expire together, so their order changes nothing.
  entries.sort((a, b) => a.month - b.month);
  return entries.map((entry) => entry.funds);
}

/** The account's funds, oldest first: what is left of each month's, and how payments take from them. */
class Account {
  private oldest = 0;
  constructor(readonly tranches: Tranche[]) {}

  /** Take up to `pence` from the oldest funds; returns what was taken. */
  take(pence: number): number {
    let need = pence;
    // [aps-expired-funds] "payments ... use the oldest levy funds first".
    while (need > 0 && this.oldest < this.tranches.length) {
      const t = this.tranches[this.oldest]!;
      const take = Math.min(need, t.left);
      t.left -= take;
      need -= take;
      if (t.left === 0) this.oldest += 1;
    }
    return pence - need;
  }

  /** Expire what is left of the funds whose expiry month is `m`; returns it. */
  expire(m: number): number {
    let expired = 0;
    for (let k = this.oldest; k < this.tranches.length; k += 1) {
      const t = this.tranches[k]!;
      if (t.expires === m) {
        expired += t.left;
        t.left = 0;
      }
    }
    return expired;
  }
}

/** A month's sums, in pence, in the order of the spill's columns after the month. */
interface MonthSums {
  instalments: number;
  completion: number;
  paid: number;
  employer: number;
  government: number;
  outside: number;
  transfersOut: number;
  notCovered: number;
}

/** Per apprenticeship, in pence: what the levy paid, and its shortfall so far and the employer's share of it. */
export interface Tally {
  paid: number;
  shortfall: number;
  employer: number;
  government: number;
  outside: number;
  shown: number;
}

/**
 * Pay one month's payments from the account. A shortfall is co-invested now, never carried to a
 * later month; the employer's share of an apprenticeship's shortfalls is worked out on their running
 * total (the share of all so far, to the penny, less what it was charged before), so the shares of
 * its months add up to its whole shortfall's share to the penny, as SEND.SLMDAEMPLOYERCOST gives it.
 */
function payMonth(due: readonly Due[], account: Account, tallies: Tally[], rates: readonly number[]): MonthSums {
  const s: MonthSums = {
    instalments: 0,
    completion: 0,
    paid: 0,
    employer: 0,
    government: 0,
    outside: 0,
    transfersOut: 0,
    notCovered: 0,
  };
  for (const payment of due) {
    if (payment.via === "transfer") {
      const taken = account.take(payment.pence);
      s.transfersOut += taken;
      s.notCovered += payment.pence - taken;
      continue;
    }
    const tally = tallies[payment.item]!;
    tally.shown += 1;
    if (payment.via === "outside") {
      s.outside += payment.pence;
      tally.outside += payment.pence;
      continue;
    }
    if (payment.completion) s.completion += payment.pence;
    else s.instalments += payment.pence;
    const taken = account.take(payment.pence);
    s.paid += taken;
    tally.paid += taken;
    // The shortfall's shares: none when the funds cover the payment (the running total is unchanged).
    const need = payment.pence - taken;
    tally.shortfall += need;
    const employer = Math.round(tally.shortfall * rates[payment.item]!) - tally.employer;
    tally.employer += employer;
    tally.government += need - employer;
    s.employer += employer;
    s.government += need - employer;
  }
  return s;
}

/** The forecast month by month, with each apprenticeship as checked and what it drew (levy-forecast-detail.ts reads them). */
export function runLevyForecast(inputs: LevyForecastInputs): {
  months: LevyForecastMonth[];
  apprenticeships: CheckedApprenticeship[];
  tallies: Tally[];
} {
  const first = monthIndex(checkDateSerial("first_month", inputs.firstMonthSerial, LEVY_ENTRY_DATE_LIMITS));
  const count =
    inputs.months === undefined ? DEFAULT_FORECAST_MONTHS : checkNumber("months", inputs.months, MONTHS_LIMITS);
  const share =
    inputs.englishShare === undefined ? 1 : checkNumber("english_share", inputs.englishShare, PERCENT_LIMITS);
  const levyPence = toPence(apprenticeshipLevy(inputs.annualPayBill));
  const account = new Account(openingFunds(inputs.fundsInAccount, first));
  const apprenticeships = checkApprenticeships(inputs.apprenticeships);
  const transfers = checkTransfers(inputs.transfers || []);
  checkTransfersWithinAllowance(
    transfers.map((t, i) => ({ startSerial: t.startSerial, price: inputs.transfers![i]!.price })),
    inputs.annualPayBill,
    inputs.englishShare,
  );
  const due = paymentsByMonth(apprenticeships, transfers, first, count);
  const tallies: Tally[] = apprenticeships.map(() => ({
    paid: 0,
    shortfall: 0,
    employer: 0,
    government: 0,
    outside: 0,
    shown: 0,
  }));
  const rates = apprenticeships.map((a) => a.rate);
  let balance = account.tranches.reduce((sum, t) => sum + t.left, 0);
  const months: LevyForecastMonth[] = [];
  for (let i = 0; i < count; i += 1) {
    const m = first + i;
    // [das-forecasting-tool] payments come out of the previous month's closing balance; the levy arrives after.
    const s = payMonth(due[i]!, account, tallies, rates);
    const fundsIn = monthlyLevyFundsPence(levyPence, share, daySerial(m, 23));
    // [das-employer-finance] funds expire in their expiry month after that month's payments.
    const expired = account.expire(m);
    account.tranches.push(tranche(fundsIn, m));
    balance += fundsIn - s.paid - s.transfersOut - expired;
    const pence = [fundsIn, s.instalments, s.completion, s.paid, s.employer, s.government, expired, balance];
    pence.push(s.outside, s.transfersOut, s.notCovered);
    months.push([daySerial(m, 1)].concat(pence.map((p) => p / 100)));
  }
  return { months, apprenticeships, tallies };
}

/** The account month by month, from the month of `firstMonthSerial`. */
export function levyForecast(inputs: LevyForecastInputs): LevyForecastMonth[] {
  return runLevyForecast(inputs).months;
}

/** The forecast as SEND.LEVYFORECAST spills it: the header row, then a row a month. */
export function levyForecastRows(months: LevyForecastMonth[]): (string | number)[][] {
  return [LEVY_FORECAST_HEADERS as (string | number)[]].concat(months);
}
