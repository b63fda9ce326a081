/**
 * The training provider's payments for an apprenticeship: 80% of the price in equal monthly
 * instalments, 20% on completion, worked in whole pence so that they sum exactly to the price.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { field, say, inputError } from "./errors";
import { checkNumber } from "./inputs";
import { MONEY_LIMITS, toPence, toPounds } from "./money";
import { MONTHS_LIMITS } from "./slmda-programme";
import { addMonthsSerial, MAX_EXCEL_DATE_SERIAL } from "./excel-dates";
import { checkStart } from "./apprenticeship-start";

/** Provider payments: 80% in equal monthly instalments, 20% on completion. */
// [aps-paying-provider] "80% of the cost in equal monthly payments ... the final 20% when the apprentice completes".
export const PROVIDER_INSTALMENT_SHARE = 0.8;

export interface ProviderPayment {
  /** Excel serial of the payment date. */
  serial: number;
  /** Pounds, to the penny. */
  amount: number;
  kind: "instalment" | "completion";
}

/**
 * The provider's payments for a price over `months` planned months from `startSerial`: 80% in equal
 * monthly instalments, the k-th dated k − 1 months after the start, then 20% on completion dated at
 * the planned end (start + months). Worked in pence; any rounding remainder of the instalments
 * goes into the last instalment, so the amounts sum exactly to the price (to the penny).
 */
export function providerPayments(price: number, months: number, startSerial: number): ProviderPayment[] {
  checkNumber("price", price, MONEY_LIMITS);
  checkNumber("months", months, MONTHS_LIMITS);
  checkStart(startSerial);
  const endSerial = addMonthsSerial(startSerial, months);
  if (endSerial > MAX_EXCEL_DATE_SERIAL) {
    throw inputError(
      say`${field("start_date")} is too late: the completion payment ${months} months later would be after 31/12/9999.`,
    );
  }
  const totalPence = toPence(price);
  const instalmentsPence = Math.round(totalPence * PROVIDER_INSTALMENT_SHARE);
  const each = Math.floor(instalmentsPence / months);
  const payments: ProviderPayment[] = [];
  for (let k = 1; k <= months; k += 1) {
    const pence = k < months ? each : instalmentsPence - each * (months - 1);
    payments.push({ serial: addMonthsSerial(startSerial, k - 1), amount: toPounds(pence), kind: "instalment" });
  }
  payments.push({ serial: endSerial, amount: toPounds(totalPence - instalmentsPence), kind: "completion" });
  return payments;
}
