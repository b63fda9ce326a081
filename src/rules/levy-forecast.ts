/**
 * The levy account month by month (SEND.LEVYFORECAST): what enters a levy-paying employer's
 * apprenticeship service account, what each apprenticeship draws, the co-investment once the
 * funds run short, and what expires. Each month, in this order:
 *
 * 1. Payments: each apprenticeship's provider payments (`providerPayments`: 80% in equal monthly
 *    instalments, 20% on completion), each debited in the month after the month it is earned.
 * 2. Paying: from what the account held at the end of the previous month, the instalments
 *    before the completion payments, each in the order of the rows, each payment taking the
 *    oldest funds first. What the funds cannot cover is co-invested per payment: the employer's
 *    share at the levy payer's shortfall rate for the start (`levyShortfallRate`), the
 *    government the rest.
 * 3. Funds in: the year's levy ÷ 12 × the English share × (1 + the top-up for funds entering
 *    then, `LEVY_TOP_UP`).
 * 4. Expiry: funds that entered `LEVY_EXPIRY` months earlier and are still unspent.
 * 5. Balance: what remains.
 *
 * Every dated step is a row of a table in apprenticeship-funding.ts (top-up, expiry, co-investment
 * rate); this module only orders them. Money in whole pence. Pure TypeScript: no Office, no DOM.
 */
import { field, inRow, say, inputError } from "./errors";
import { checkDateSerial, checkNumber } from "./inputs";
import { MONEY_LIMITS, toPence } from "./money";
import { PERCENT_LIMITS } from "./percent";
import { MONTHS_LIMITS } from "./slmda-programme";
import { apprenticeshipLevy, LEVY_ENTRY_DATE_LIMITS, levyFundsExpiryMonths, levyTopUp } from "./apprenticeship-levy";
import { levyShortfallRate } from "./apprenticeship-funding";
import { providerPayments } from "./provider-payments";
import { START_DATE_LIMITS } from "./apprenticeship-start";
import { formatSerialDdMmYyyy, serialFromYmd, ymdFromSerial } from "./excel-dates";

/**
 * Dates the forecast takes: first_month and the months funds entered from the day the
 * Apprenticeship Levy began (LEVY_ENTRY_DATE_LIMITS, [hmrc-levy]); apprenticeships' start dates
 * within the funding rules' own START_DATE_LIMITS. Checked by the one date check (inputs.ts).
 */
/**
 * The apprentices range's columns, named as the rules that check them name their inputs
 * (providerPayments, levyShortfallRate): start date | the price the levy account pays (the agreed
 * price up to the funding band) | planned months | [age at start] | [care leaver or EHC plan].
 */
export const APPRENTICE_COLUMNS = ["start_date", "price", "months", "age_at_start", "care_leaver_or_ehc_plan"];
/** The funds_in_account range's columns: the month funds entered | the amount of them still unspent. */
export const FUNDS_COLUMNS = ["entry_date", "levy_funds"];

/** The spill's header row; each month's row holds these, in this order, in pounds to the penny. */
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
];

/** Months shown when `months` is left out. */
export const DEFAULT_FORECAST_MONTHS = 24;

export interface ForecastApprenticeship {
  readonly startSerial: number;
  /** The price the levy account pays: the agreed price up to the funding band, in pounds. */
  readonly price: number;
  /** Planned months, 1 to 60. */
  readonly months: number;
  readonly ageAtStart?: number;
  readonly careLeaverOrEhcPlan?: boolean;
  /** Zero-based row in the user's range, for messages; the item's index when left out. */
  readonly row?: number;
}

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
}

/**
 * One month of the account, in the order of LEVY_FORECAST_HEADERS: the month's first day (a
 * serial), levy funds in, instalments, completion payments, paid from levy funds, employer and
 * government co-investment, funds expired, balance at month end (pounds to the penny).
 */
export type LevyForecastMonth = number[];

/** Funds that entered in one month: pence left, and the month (index) they expire in. */
interface Tranche {
  left: number;
  readonly expires: number;
}

/** A payment due in a month: pence, whether it is the completion payment, the employer's shortfall rate. */
interface Due {
  readonly pence: number;
  readonly completion: boolean;
  readonly rate: number;
}

/** Months counted from year 0: 2026-08 is 2026 × 12 + 7. */
function monthIndex(serial: number): number {
  const { year, month } = ymdFromSerial(serial);
  return year * 12 + month - 1;
}

function daySerial(index: number, day: number): number {
  return serialFromYmd(Math.floor(index / 12), (index % 12) + 1, day);
}

/** A month as messages show it: 08/2026. */
function monthText(index: number): string {
  return formatSerialDdMmYyyy(daySerial(index, 1)).slice(3);
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
      return { month, funds, index };
    }),
  );
  // Oldest first; the same month keeps the rows' order (a sort that need not be stable in ES2016).
  entries.sort((a, b) => a.month - b.month || a.index - b.index);
  return entries.map((entry) => entry.funds);
}

/** Each month's payments (from the first month shown), in the order they are paid. */
function paymentsByMonth(apprenticeships: readonly ForecastApprenticeship[], first: number, count: number): Due[][] {
  const due: Due[][] = [];
  for (let i = 0; i < count; i += 1) due.push([]);
  apprenticeships.forEach((a, index) => {
    const checked = inRow("apprentices", APPRENTICE_COLUMNS, a.row === undefined ? index : a.row, () => {
      const start = checkDateSerial("start_date", a.startSerial, START_DATE_LIMITS);
      return {
        start,
        rate: levyShortfallRate(start, a.ageAtStart, a.careLeaverOrEhcPlan),
        payments: providerPayments(a.price, a.months, start),
      };
    });
    // The k-th payment is dated k - 1 months after the start (the completion payment, the last, at
    // start + months): [das-payments-acceptance] "Provider payment follows the month after earnings".
    const paidFrom = monthIndex(checked.start) + 1 - first;
    checked.payments.forEach((payment, k) => {
      const i = paidFrom + k;
      if (i >= 0 && i < count) {
        due[i]!.push({
          pence: toPence(payment.amount),
          completion: payment.kind === "completion",
          rate: checked.rate,
        });
      }
    });
  });
  // Each month the instalments first, then the completion payments, each in row order.
  return due.map((month) => month.filter((d) => !d.completion).concat(month.filter((d) => d.completion)));
}

/** The account month by month, from the month of `firstMonthSerial`. */
export function levyForecast(inputs: LevyForecastInputs): LevyForecastMonth[] {
  const first = monthIndex(checkDateSerial("first_month", inputs.firstMonthSerial, LEVY_ENTRY_DATE_LIMITS));
  const count =
    inputs.months === undefined ? DEFAULT_FORECAST_MONTHS : checkNumber("months", inputs.months, MONTHS_LIMITS);
  const share =
    inputs.englishShare === undefined ? 1 : checkNumber("english_share", inputs.englishShare, PERCENT_LIMITS);
  const monthlyLevy = (toPence(apprenticeshipLevy(inputs.annualPayBill)) / 12) * share;
  const tranches = openingFunds(inputs.fundsInAccount, first);
  const due = paymentsByMonth(inputs.apprenticeships, first, count);
  let balance = 0;
  for (const t of tranches) balance += t.left;
  let oldest = 0;
  const months: LevyForecastMonth[] = [];
  for (let i = 0; i < count; i += 1) {
    const m = first + i;
    let instalments = 0;
    let completion = 0;
    let paid = 0;
    let employer = 0;
    let government = 0;
    // [das-forecasting-tool] payments come out of the previous month's closing balance; the levy arrives after.
    for (const payment of due[i]!) {
      if (payment.completion) completion += payment.pence;
      else instalments += payment.pence;
      let need = payment.pence;
      // [aps-expired-funds] "payments ... use the oldest levy funds first".
      while (need > 0 && oldest < tranches.length) {
        const t = tranches[oldest]!;
        const take = Math.min(need, t.left);
        t.left -= take;
        need -= take;
        paid += take;
        if (t.left === 0) oldest += 1;
      }
      // A shortfall is co-invested now, never carried to a later month.
      const share = Math.round(need * payment.rate);
      employer += share;
      government += need - share;
    }
    const entry = daySerial(m, 23);
    const fundsIn = Math.round(monthlyLevy * (1 + levyTopUp(entry)));
    // [das-employer-finance] funds expire in their expiry month after that month's payments.
    let expired = 0;
    for (let k = oldest; k < tranches.length; k += 1) {
      const t = tranches[k]!;
      if (t.expires === m) {
        expired += t.left;
        t.left = 0;
      }
    }
    tranches.push(tranche(fundsIn, m));
    balance += fundsIn - paid - expired;
    months.push([
      daySerial(m, 1),
      fundsIn / 100,
      instalments / 100,
      completion / 100,
      paid / 100,
      employer / 100,
      government / 100,
      expired / 100,
      balance / 100,
    ]);
  }
  return months;
}

/** The forecast as SEND.LEVYFORECAST spills it: the header row, then a row a month. */
export function levyForecastRows(months: LevyForecastMonth[]): (string | number)[][] {
  return [LEVY_FORECAST_HEADERS as (string | number)[]].concat(months);
}
