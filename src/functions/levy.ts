/**
 * The levy account as SEND.* custom functions: the forecast month by month and the transfer
 * allowance. The rules live in src/rules/levy-forecast.ts and levy-transfers.ts, the ranges'
 * coercers in src/values/levy-forecast-args.ts; this module only declares the functions: their
 * ids and argument order (a contract stored in users' workbooks), their coercers, and the JSDoc
 * the metadata plugin turns into functions.json. Dates in and out are Excel serial numbers.
 */
import { moneyArg, percentArg } from "../values/coerce";
import { dateArg } from "../values/dates";
import { defineFunction, invoke } from "./define";
import { LEVY_ENTRY_DATE_LIMITS } from "../rules/apprenticeship-levy";
import { levyForecast, levyForecastRows } from "../rules/levy-forecast";
import { TRANSFER_START_LIMITS, transferAllowance } from "../rules/levy-transfers";
import { apprenticesArg, fundsInAccountArg, monthsArg, optionalTransfersArg } from "../values/levy-forecast-args";

// A blank and a 0 answer alike (Excel on Windows passes an empty cell as 0, the web as null):
// docs/functions.md lists every argument. No pay bill is a levy of £0, as SUM reads a blank; a
// share left out, blank or 0 is 100% (the employers here are English schools').
const annualPayBill = moneyArg("annual_pay_bill", { blank: 0 });
const englishShare = percentArg("english_share", { optional: true, zeroIsBlank: true });

export const LEVY_FUNCTIONS = {
  LEVYFORECAST: defineFunction(
    "LEVYFORECAST",
    [
      annualPayBill,
      apprenticesArg,
      dateArg("first_month", LEVY_ENTRY_DATE_LIMITS, { month: true }),
      monthsArg,
      englishShare,
      fundsInAccountArg,
      optionalTransfersArg,
    ] as const,
    (bill, rows, first, m, share, funds, transfers) =>
      levyForecastRows(
        levyForecast({
          annualPayBill: bill,
          apprenticeships: rows,
          firstMonthSerial: first,
          months: m,
          englishShare: share,
          fundsInAccount: funds,
          transfers,
        }),
      ),
  ),
  LEVYTRANSFERALLOWANCE: defineFunction(
    "LEVYTRANSFERALLOWANCE",
    [annualPayBill, dateArg("tax_year_date", TRANSFER_START_LIMITS), englishShare] as const,
    (bill, date, share) => transferAllowance(bill, share, date).pence / 100,
  ),
};

/**
 * The levy account month by month: what enters, what each apprenticeship and transfer draws (each payment a month after it is earned, from the previous month's closing balance, oldest funds first), the co-investment once the funds run short (10% before 01/04/2019, 5% to 31/07/2026, 25% from 01/08/2026 for a levy payer), what expires (24 months after entering; 12 months for funds entering from 01/08/2026, which get no 10% top-up), and what is paid outside the levy (a Level 7 start from 01/01/2026 over the age limit).
 * @customfunction LEVYFORECAST
 * @helpurl https://localhost:3000/help/functions.html#levyforecast
 * @param annual_pay_bill The employer's annual pay bill in pounds (0 or more; blank is £0); the levy is 0.5% of it less £15,000.
 * @param apprentices A range of 3 to 6 columns, one row per apprenticeship: start date | price up to the funding band (what the levy pays when the rules fund the start) | planned months (1 to 60) | [age at start] | [care leaver or EHC plan] | [level] (2 to 7; a Level 7 start from 01/01/2026 is funded only to age 21, 24 for a care leaver or someone with an EHC plan). A first row of text is a header; rows that are all blank or 0 are skipped.
 * @param first_month The first month shown (from 06/04/2017): a date in it, or the month as text such as "Dec 2026" or "12/2026". Blank or 0 is refused.
 * @param [months] Months shown, 1 to 60; left out, blank or 0 means 24.
 * @param [english_share] Share of the pay bill for employees living in England (up to 100%). Left out, blank or 0 means 100%.
 * @param [funds_in_account] What the account holds: an amount (taken as entering the month before first_month), or a range of 2 columns, month entered | amount still unspent, each month before first_month and not yet expired. Left out, blank or 0 means none.
 * @param [transfers] Transfers of the account's funds to other employers: a range of 3 or 4 columns, start date (from 06/04/2018) | price the transfer pays | planned months | [receiving employer], header row and blank rows as for apprentices. The transfers starting in a tax year may total at most its transfer allowance (SEND.LEVYTRANSFERALLOWANCE). Left out or blank means none.
 * @returns A spill: a header row, then a row a month: month (a date), levy funds in, instalments, completion payments, paid from levy funds, employer co-investment, government co-investment, funds expired, balance at month end, paid outside the levy, transfers out, transfers not covered (the receiving employer pays them).
 */
export function LEVYFORECAST(
  annual_pay_bill: any,
  apprentices: any[][],
  first_month: any,
  months?: any,
  english_share?: any,
  funds_in_account?: any[][],
  transfers?: any[][],
): any[][] {
  return invoke(LEVY_FUNCTIONS.LEVYFORECAST, arguments) as any[][];
}

/**
 * The transfer allowance for a tax year: the share a levy payer may transfer to other employers (10% for 2018-19, 25% from 2019-20, 50% from 2024-25) of the previous tax year's levy funds (the levy × the English share, with the 10% top-up on funds that entered before 01/08/2026), for a pay bill that stays the same.
 * @customfunction LEVYTRANSFERALLOWANCE
 * @helpurl https://localhost:3000/help/functions.html#levytransferallowance
 * @param annual_pay_bill The employer's annual pay bill in pounds (0 or more; blank is £0); the levy is 0.5% of it less £15,000.
 * @param tax_year_date Any date in the tax year (6 April to 5 April), from 06/04/2018, when transfers began.
 * @param [english_share] Share of the pay bill for employees living in England (up to 100%). Left out, blank or 0 means 100%.
 * @returns Pounds.
 */
export function LEVYTRANSFERALLOWANCE(annual_pay_bill: any, tax_year_date: any, english_share?: any): number {
  return invoke(LEVY_FUNCTIONS.LEVYTRANSFERALLOWANCE, arguments) as number;
}
