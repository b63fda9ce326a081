/**
 * Why the plan's payment dates and the levy forecast's months differ, in the one set of words both
 * show: the provider earns each payment in the month of its date (the plan's dates) and is paid in
 * the month after, when the levy account is debited (the forecast's months):
 * [das-payments-acceptance] "Provider payment follows the month after earnings".
 */
import { addMonthsSerial, formatSerialDdMmYyyy } from "../rules/excel-dates";
import { ddMmYyyyFormula, monthWords, monthWordsFormula } from "./month-words";

/** The sentence the plan's payments and the forecast both show. */
export const PAYMENT_MONTHS =
  "The provider earns each payment in the month of its date (the plan's dates) and is paid in the month after, when the levy account is debited (the forecast's months).";

/**
 * One apprenticeship's first and last payments, earned and paid: "The first instalment, dated
 * 01/03/2027, is paid in April 2027; the completion payment, dated 01/06/2029, in July 2029."
 */
export function firstAndLastPayment(startSerial: number, months: number): string {
  const end = addMonthsSerial(startSerial, months);
  return `The first instalment, dated ${formatSerialDdMmYyyy(startSerial)}, is paid in ${monthWords(addMonthsSerial(startSerial, 1))}; the completion payment, dated ${formatSerialDdMmYyyy(end)}, in ${monthWords(addMonthsSerial(end, 1))}.`;
}

/** The same sentence as a formula over a start date cell and a months expression. */
export function firstAndLastPaymentFormula(startCell: string, months: string): string {
  const end = `EDATE(${startCell},${months})`;
  return (
    `"The first instalment, dated "&${ddMmYyyyFormula(startCell)}&", is paid in "&${monthWordsFormula(`EDATE(${startCell},1)`)}` +
    `&"; the completion payment, dated "&${ddMmYyyyFormula(end)}&", in "&${monthWordsFormula(`EDATE(${end},1)`)}&"."`
  );
}
