import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import type { LevySheetInputs } from "../../src/sheets/levy/levy-model";

/**
 * docs/levy-forecast.md's worked case as the forecast sheet's inputs: a trust with a £4,000,000
 * pay bill, one SENCO starting on 01/09/2026 at £14,000 over 27 months, and £4,000 that entered
 * the account in July 2026, over 36 months from August 2026.
 */
export const WORKED_CASE: LevySheetInputs = {
  annualPayBill: 4_000_000,
  firstMonthSerial: ymd(2026, 8, 1),
  months: 36,
  funds: [{ monthSerial: ymd(2026, 7, 1), amount: 4000 }],
  apprenticeships: [{ name: "SENCO", startSerial: ymd(2026, 9, 1), price: 14000, months: 27 }],
};
