import { serialFromYmd as ymd } from "../../src/rules/excel-dates";
import type { LevySheetInputs } from "../../src/sheets/levy/levy-model";

/**
 * docs/levy-forecast.md's worked case as the forecast sheet's inputs: a trust with a £6,200,000 pay
 * bill and £12,000 in the account (entered in November 2026), a SENCO aged 34 on the SLMDA (Level
 * 7) from 01/03/2027 at £14,000 over 27 months, a Level 3 from 01/09/2025 at £5,000 over 18 months
 * and a Level 5 from 01/01/2026 at £9,000 over 24 months, over 36 months from December 2026.
 */
export const TRUST_CASE: LevySheetInputs = {
  annualPayBill: 6_200_000,
  firstMonthSerial: ymd(2026, 12, 1),
  months: 36,
  funds: [{ monthSerial: ymd(2026, 11, 1), amount: 12000 }],
  apprenticeships: [
    { name: "Sam Patel", startSerial: ymd(2027, 3, 1), price: 14000, months: 27, ageAtStart: 34, level: 7 },
    { name: "Business administrator", startSerial: ymd(2025, 9, 1), price: 5000, months: 18, level: 3 },
    { name: "Operations manager", startSerial: ymd(2026, 1, 1), price: 9000, months: 24, level: 5 },
  ],
};
