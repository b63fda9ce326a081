/**
 * The payments a levy forecast debits, month by month: each apprenticeship's and each transfer's
 * provider payments (`providerPayments`: 80% in equal monthly instalments, 20% on completion),
 * each in the month after the month it is earned, checked row by row with the rules of its range.
 *
 * Each month's payments come in the order they are paid: the transfers first (the service's
 * projection takes transfer costs from the balance before its own apprenticeships':
 * [das-forecasting-tool] `GetCurrentBalance`), then the levy payer's own apprenticeships; each
 * group's instalments before its completion payments, in the order of the rows. An apprenticeship
 * the funding rules do not fund at its level (the Level 7 age rule) is paid outside the levy.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { inRow } from "./errors";
import { checkDateSerial } from "./inputs";
import { toPence } from "./money";
import { formatSerialDdMmYyyy, serialFromYmd, ymdFromSerial } from "./excel-dates";
import { levyShortfallRate } from "./apprenticeship-funding";
import { fundedAtLevel } from "./apprenticeship-levels";
import { START_DATE_LIMITS } from "./apprenticeship-start";
import { providerPayments } from "./provider-payments";
import { TRANSFER_START_LIMITS } from "./levy-transfers";

/**
 * The apprentices range's columns, named as the rules that check them name their inputs: start
 * date | price up to the funding band | planned months | [age at start] | [care leaver or EHC
 * plan] | [level].
 */
export const APPRENTICE_COLUMNS = ["start_date", "price", "months", "age_at_start", "care_leaver_or_ehc_plan", "level"];
/** The transfers range's columns: start date | price the transfer pays | planned months | [receiving employer]. */
export const TRANSFER_COLUMNS = ["start_date", "price", "months", "receiving_employer"];

export interface ForecastApprenticeship {
  readonly startSerial: number;
  /** The agreed price up to the funding band, in pounds: what the levy pays when the rules fund the start. */
  readonly price: number;
  /** Planned months, 1 to 60. */
  readonly months: number;
  readonly ageAtStart?: number;
  readonly careLeaverOrEhcPlan?: boolean;
  /** 2 to 7; left out, the level's rules are not applied. */
  readonly level?: number;
  /** Zero-based row in the user's range, for messages; the item's index when left out. */
  readonly row?: number;
}

/** A transfer of the levy payer's funds to another employer's apprenticeship. */
export interface ForecastTransfer {
  readonly startSerial: number;
  /** The price the transfer pays (up to the funding band), in pounds. */
  readonly price: number;
  readonly months: number;
  readonly receivingEmployer?: string;
  readonly row?: number;
}

/** Who a payment is for: an apprenticeship the levy may fund, one it may not, or a transfer. */
export type PaymentSource = "levy" | "outside" | "transfer";

/** A payment due in a month: pence, whether it is the completion payment, whose (its row's index) and how funded. */
export interface Due {
  readonly pence: number;
  readonly completion: boolean;
  /** Index of its apprenticeship or transfer in the list given. */
  readonly item: number;
  readonly via: PaymentSource;
}

/** Months counted from year 0: 2026-08 is 2026 × 12 + 7. */
export function monthIndex(serial: number): number {
  const { year, month } = ymdFromSerial(serial);
  return year * 12 + month - 1;
}

export function daySerial(index: number, day: number): number {
  return serialFromYmd(Math.floor(index / 12), (index % 12) + 1, day);
}

/** A month as messages show it: 08/2026. */
export function monthText(index: number): string {
  return formatSerialDdMmYyyy(daySerial(index, 1)).slice(3);
}

/** An apprenticeship's checked start, its funding and its payments. */
export interface CheckedApprenticeship {
  readonly startSerial: number;
  readonly funded: boolean;
  /** The employer's share of a shortfall for this start (a levy payer's). */
  readonly rate: number;
  readonly payments: ReturnType<typeof providerPayments>;
}

/** Each apprenticeship checked with its row's columns named. */
export function checkApprenticeships(apprenticeships: readonly ForecastApprenticeship[]): CheckedApprenticeship[] {
  return apprenticeships.map((a, index) =>
    inRow("apprentices", APPRENTICE_COLUMNS, a.row === undefined ? index : a.row, () => {
      const start = checkDateSerial("start_date", a.startSerial, START_DATE_LIMITS);
      const rate = levyShortfallRate(start, a.ageAtStart);
      const payments = providerPayments(a.price, a.months, start);
      const funded = fundedAtLevel(a.level, start, a.ageAtStart, a.careLeaverOrEhcPlan);
      return { startSerial: start, funded, rate, payments };
    }),
  );
}

/** Each transfer checked with its row's columns named: its start and its payments. */
export function checkTransfers(transfers: readonly ForecastTransfer[]) {
  return transfers.map((t, index) =>
    inRow("transfers", TRANSFER_COLUMNS, t.row === undefined ? index : t.row, () => {
      const start = checkDateSerial("start_date", t.startSerial, TRANSFER_START_LIMITS);
      return { startSerial: start, payments: providerPayments(t.price, t.months, start) };
    }),
  );
}

/**
 * Put each payment in the month it is paid (from `first`, for `count` months). The k-th payment
 * is dated k − 1 months after the start (the completion payment at start + months) and paid the
 * month after: [das-payments-acceptance] "Provider payment follows the month after earnings".
 */
function place(
  due: Due[][],
  first: number,
  start: number,
  payments: CheckedApprenticeship["payments"],
  make: (pence: number, completion: boolean) => Due,
): void {
  const paidFrom = monthIndex(start) + 1 - first;
  payments.forEach((payment, k) => {
    const i = paidFrom + k;
    if (i >= 0 && i < due.length) due[i]!.push(make(toPence(payment.amount), payment.kind === "completion"));
  });
}

/** Instalments before completion payments, each in row order. */
function inPaymentOrder(month: readonly Due[]): Due[] {
  return month.filter((d) => !d.completion).concat(month.filter((d) => d.completion));
}

/** Each month's payments, from the first month shown, in the order they are paid: transfers, then apprenticeships. */
export function paymentsByMonth(
  apprenticeships: readonly CheckedApprenticeship[],
  transfers: ReturnType<typeof checkTransfers>,
  first: number,
  count: number,
): Due[][] {
  const own: Due[][] = [];
  const sent: Due[][] = [];
  for (let i = 0; i < count; i += 1) {
    own.push([]);
    sent.push([]);
  }
  apprenticeships.forEach((a, item) => {
    const via: PaymentSource = a.funded ? "levy" : "outside";
    place(own, first, a.startSerial, a.payments, (pence, completion) => ({ pence, completion, item, via }));
  });
  transfers.forEach((t, item) => {
    place(sent, first, t.startSerial, t.payments, (pence, completion) => ({
      pence,
      completion,
      item,
      via: "transfer",
    }));
  });
  return own.map((month, i) => inPaymentOrder(sent[i]!).concat(inPaymentOrder(month)));
}
