/**
 * The SLMDA for SENCOs (School Leader Master's Degree Apprenticeship) as SEND.* custom functions.
 * The rules live in src/rules/slmda-programme.ts, apprenticeship-funding.ts,
 * off-the-job.ts and slmda-schedule.ts; this module only declares the functions: their ids and
 * argument order (a contract stored in users' workbooks), their coercers, and the JSDoc the
 * metadata plugin turns into functions.json. Dates in and out are Excel serial numbers.
 */
import { booleanArg, moneyArg, numberArg, percentArg, positiveMoneyArg } from "../values/coerce";
import { dateArg } from "../values/dates";
import { defineFunction, invoke } from "./define";
import { apprenticeshipLevy, apprenticeshipLevyFunds, LEVY_ENTRY_DATE_LIMITS } from "../rules/apprenticeship-levy";
import { FUNDING_BREAKDOWN_LABELS, fundingBreakdown, fundingBreakdownAmounts } from "../rules/apprenticeship-funding";
import { AGE_LIMITS, requireStartDate, START_DATE_LIMITS } from "../rules/apprenticeship-start";
import { providerPayments } from "../rules/provider-payments";
import {
  DEFAULT_OFF_THE_JOB_MONTHS,
  DEFAULT_WEEKS_PER_YEAR,
  WEEKS_PER_YEAR_LIMITS,
  WORKED_HOURS_LIMITS,
  offTheJobHours,
} from "../rules/off-the-job";
import { MONTHS_LIMITS, SLMDA_ROUTE_RULES, slmdaFee, slmdaRoute } from "../rules/slmda-programme";
import { slmdaSchedule } from "../rules/slmda-schedule";

const nasenco = booleanArg("nasenco_completed", { optional: true });
// A blank and a 0 answer alike (Excel on Windows passes an empty cell as 0, the web as null);
// docs/functions.md lists every argument. The agreed price refuses both; levy_payer, required,
// refuses both (0 cannot be told from a blank); levy funds left out, blank or 0 are none.
const agreedPrice = positiveMoneyArg("price", "enter the price agreed with the training provider");
const levyPayer = booleanArg("levy_payer");
const levyFundsAvailable = moneyArg("levy_funds", { blank: 0 });
const startDate = dateArg("start_date", START_DATE_LIMITS, { optional: true });
const requiredStartDate = dateArg("start_date", START_DATE_LIMITS);
const ageAtStart = numberArg("age_at_start", AGE_LIMITS, { optional: true, zeroIsBlank: true });
const weeklyHours = numberArg("weekly_hours", WORKED_HOURS_LIMITS, { zeroIsBlank: true });
const months = numberArg("months", MONTHS_LIMITS, { optional: true, zeroIsBlank: true });
const weeksPerYear = numberArg("weeks_per_year", WEEKS_PER_YEAR_LIMITS, { optional: true, zeroIsBlank: true });
// No pay bill is a levy of £0, so a blank pay bill is £0, as SUM reads a blank.
const annualPayBill = moneyArg("annual_pay_bill", { blank: 0 });
// Blank (or 0, as Excel on Windows passes an empty referenced cell) means FALSE.
const careLeaverOrEhcPlan = booleanArg("care_leaver_or_ehc_plan", { optional: true });
// Left out, blank or 0: 100% (the employers here are English schools'; a share of 0% is no levy funds at all).
const englishShare = percentArg("english_share", { optional: true, zeroIsBlank: true });
const entryDate = dateArg("entry_date", LEVY_ENTRY_DATE_LIMITS, { optional: true });
// Funded by a transfer of another employer's levy funds; blank, 0 or FALSE means no.
const levyTransfer = booleanArg("levy_transfer", { optional: true });
const fundingArgs = [
  agreedPrice,
  levyPayer,
  levyFundsAvailable,
  startDate,
  ageAtStart,
  careLeaverOrEhcPlan,
  levyTransfer,
] as const;

function breakdownFor(
  p: number,
  levy: boolean,
  funds: number | undefined,
  start: number | undefined,
  age: number | undefined,
  care: boolean | undefined,
  transfer: boolean | undefined,
) {
  return fundingBreakdown({
    price: p,
    levyPayer: levy,
    levyFunds: funds,
    startSerial: requireStartDate(start),
    ageAtStart: age,
    careLeaverOrEhcPlan: care === true,
    levyTransfer: transfer === true,
  });
}

export const SLMDA_FUNCTIONS = {
  SLMDAFEE: defineFunction("SLMDAFEE", [nasenco] as const, (n) => slmdaFee(slmdaRoute(n))),
  SLMDAMONTHS: defineFunction("SLMDAMONTHS", [nasenco] as const, (n) => SLMDA_ROUTE_RULES[slmdaRoute(n)].months),
  SLMDAWORKSHOPS: defineFunction(
    "SLMDAWORKSHOPS",
    [nasenco] as const,
    (n) => SLMDA_ROUTE_RULES[slmdaRoute(n)].workshops,
  ),
  SLMDABLOCKS: defineFunction("SLMDABLOCKS", [nasenco] as const, (n) =>
    SLMDA_ROUTE_RULES[slmdaRoute(n)].blocks.map((b) => [b.number, b.module, b.project]),
  ),
  SLMDAEMPLOYERCOST: defineFunction(
    "SLMDAEMPLOYERCOST",
    fundingArgs,
    (p, levy, funds, start, age, care, transfer) =>
      breakdownFor(p, levy, funds, start, age, care, transfer).employerCashCost,
  ),
  SLMDAFUNDING: defineFunction("SLMDAFUNDING", fundingArgs, (p, levy, funds, start, age, care, transfer) => {
    const amounts = fundingBreakdownAmounts(breakdownFor(p, levy, funds, start, age, care, transfer));
    return FUNDING_BREAKDOWN_LABELS.map((label, i) => [label, amounts[i] as number]);
  }),
  SLMDAPAYMENTS: defineFunction("SLMDAPAYMENTS", [agreedPrice, nasenco, startDate] as const, (p, n, start) =>
    providerPayments(p, SLMDA_ROUTE_RULES[slmdaRoute(n)].months, requireStartDate(start)).map((payment) => [
      payment.serial,
      payment.amount,
    ]),
  ),
  SLMDAOFFTHEJOBHOURS: defineFunction(
    "SLMDAOFFTHEJOBHOURS",
    [weeklyHours, months, weeksPerYear, startDate] as const,
    (hours, m, weeks, start) =>
      offTheJobHours({
        weeklyHours: hours,
        months: m ?? DEFAULT_OFF_THE_JOB_MONTHS,
        weeksPerYear: weeks ?? DEFAULT_WEEKS_PER_YEAR,
        startSerial: requireStartDate(start),
      }),
  ),
  SLMDASCHEDULE: defineFunction("SLMDASCHEDULE", [requiredStartDate, nasenco] as const, (start, n) =>
    slmdaSchedule(start, slmdaRoute(n)).map((m) => [m.serial, m.milestone]),
  ),
  APPRENTICESHIPLEVY: defineFunction("APPRENTICESHIPLEVY", [annualPayBill] as const, (bill) =>
    apprenticeshipLevy(bill),
  ),
  APPRENTICESHIPLEVYFUNDS: defineFunction(
    "APPRENTICESHIPLEVYFUNDS",
    [annualPayBill, englishShare, entryDate] as const,
    (bill, share, entry) => apprenticeshipLevyFunds(bill, share, entry),
  ),
};

/**
 * The 2020/21 SLMDA for SENCOs programme's fee, as the provider's 2020/21 guidance gives it: £18,000 for the full programme; #N/A for the NASENCO route, whose reduced fee is not published (use the provider's quoted price).
 * @customfunction SLMDAFEE
 * @helpurl https://localhost:3000/help/functions.html#slmdafee
 * @param [nasenco_completed] TRUE if the apprentice already holds the National Award for SEN Co-ordination (NASENCO); left out, blank, FALSE or 0 means the full programme.
 * @returns The fee in pounds.
 */
export function SLMDAFEE(nasenco_completed?: any): number {
  return invoke(SLMDA_FUNCTIONS.SLMDAFEE, arguments) as number;
}

/**
 * Planned length of the 2020/21 SLMDA for SENCOs programme in months, as the provider's 2020/21 guidance gives it: 27 for the full programme, 18 for the NASENCO route.
 * @customfunction SLMDAMONTHS
 * @helpurl https://localhost:3000/help/functions.html#slmdamonths
 * @param [nasenco_completed] TRUE if the apprentice already holds the National Award for SEN Co-ordination (NASENCO); left out, blank, FALSE or 0 means the full programme.
 * @returns Months.
 */
export function SLMDAMONTHS(nasenco_completed?: any): number {
  return invoke(SLMDA_FUNCTIONS.SLMDAMONTHS, arguments) as number;
}

/**
 * Number of 1-day face-to-face regional workshops in the 2020/21 SLMDA for SENCOs programme (the provider's 2020/21 guidance): 9 for the full programme, 7 for the NASENCO route.
 * @customfunction SLMDAWORKSHOPS
 * @helpurl https://localhost:3000/help/functions.html#slmdaworkshops
 * @param [nasenco_completed] TRUE if the apprentice already holds the National Award for SEN Co-ordination (NASENCO); left out, blank, FALSE or 0 means the full programme.
 * @returns Workshops.
 */
export function SLMDAWORKSHOPS(nasenco_completed?: any): number {
  return invoke(SLMDA_FUNCTIONS.SLMDAWORKSHOPS, arguments) as number;
}

/**
 * The 2020/21 SLMDA for SENCOs programme's learning blocks, one row a block: block number, module, work-based project (the provider's 2020/21 guidance, word for word).
 * @customfunction SLMDABLOCKS
 * @helpurl https://localhost:3000/help/functions.html#slmdablocks
 * @param [nasenco_completed] TRUE if the apprentice already holds the National Award for SEN Co-ordination (NASENCO); left out, blank, FALSE or 0 means the full programme.
 * @returns A spill of 3 columns: block, module, work-based project.
 */
export function SLMDABLOCKS(nasenco_completed?: any): any[][] {
  return invoke(SLMDA_FUNCTIONS.SLMDABLOCKS, arguments) as any[][];
}

/**
 * Cash the school pays from its own budget for the apprenticeship: employer co-investment plus anything outside funding. The start date matters: funding bands, co-investment and the Level 7 age limit change with it (e.g. from 01/08/2026 a levy payer pays 25% of any shortfall).
 * @customfunction SLMDAEMPLOYERCOST
 * @helpurl https://localhost:3000/help/functions.html#slmdaemployercost
 * @param price The agreed price of the apprenticeship in pounds, more than £0, e.g. 18000 (blank or 0 is refused).
 * @param levy_payer TRUE if the employer pays the Apprenticeship Levy (draws from levy funds), FALSE if not (Yes and No work too). A blank, and 0 (how Excel on Windows passes a blank cell), are refused.
 * @param [levy_funds] Levy funds available in pounds (0 or more). Left out, blank or 0 means none left. When the account holds enough, pass the amount it holds (or the price). Ignored for non-levy employers.
 * @param [start_date] The apprenticeship's start date, from 01/05/2017; needed (#N/A without it; blank or 0 counts as left out): the rules in force on it apply (the provider's 2020/21 cohort started in September 2020).
 * @param [age_at_start] The apprentice's age in whole years at the start (16 to 99; left out, blank or 0 means not given); needed for starts from 01/01/2026, and for non-levy starts from 01/04/2024.
 * @param [care_leaver_or_ehc_plan] TRUE if the apprentice is a care leaver or has an EHC plan (funded to 24 at Level 7 from 01/01/2026; no co-investment at 22 to 24 for a non-levy employer from 01/04/2024); left out, blank, 0 or FALSE means no.
 * @param [levy_transfer] TRUE if a transfer of another employer's levy funds pays for the apprenticeship (the school is then treated as a levy payer for it: the transfer pays the price up to the funding band, and levy_funds is ignored; the Level 7 age limit still applies); left out, blank, 0 or FALSE means no.
 * @returns Pounds.
 */
export function SLMDAEMPLOYERCOST(
  price: any,
  levy_payer: any,
  levy_funds?: any,
  start_date?: any,
  age_at_start?: any,
  care_leaver_or_ehc_plan?: any,
  levy_transfer?: any,
): number {
  return invoke(SLMDA_FUNCTIONS.SLMDAEMPLOYERCOST, arguments) as number;
}

/**
 * Who pays what for the apprenticeship: price, funding band maximum, levy funds, government and employer co-investment, outside funding, and the employer's cash cost. The start date matters: the rules in force on it apply.
 * @customfunction SLMDAFUNDING
 * @helpurl https://localhost:3000/help/functions.html#slmdafunding
 * @param price The agreed price of the apprenticeship in pounds, more than £0, e.g. 18000 (blank or 0 is refused).
 * @param levy_payer TRUE if the employer pays the Apprenticeship Levy (draws from levy funds), FALSE if not (Yes and No work too). A blank, and 0 (how Excel on Windows passes a blank cell), are refused.
 * @param [levy_funds] Levy funds available in pounds (0 or more). Left out, blank or 0 means none left. When the account holds enough, pass the amount it holds (or the price). Ignored for non-levy employers.
 * @param [start_date] The apprenticeship's start date, from 01/05/2017; needed (#N/A without it; blank or 0 counts as left out): the rules in force on it apply (the provider's 2020/21 cohort started in September 2020).
 * @param [age_at_start] The apprentice's age in whole years at the start (16 to 99; left out, blank or 0 means not given); needed for starts from 01/01/2026, and for non-levy starts from 01/04/2024.
 * @param [care_leaver_or_ehc_plan] TRUE if the apprentice is a care leaver or has an EHC plan (funded to 24 at Level 7 from 01/01/2026; no co-investment at 22 to 24 for a non-levy employer from 01/04/2024); left out, blank, 0 or FALSE means no.
 * @param [levy_transfer] TRUE if a transfer of another employer's levy funds pays for the apprenticeship (the school is then treated as a levy payer for it: the transfer pays the price up to the funding band, and levy_funds is ignored; the Level 7 age limit still applies); left out, blank, 0 or FALSE means no.
 * @returns A spill of 7 rows and 2 columns: label, pounds.
 */
export function SLMDAFUNDING(
  price: any,
  levy_payer: any,
  levy_funds?: any,
  start_date?: any,
  age_at_start?: any,
  care_leaver_or_ehc_plan?: any,
  levy_transfer?: any,
): any[][] {
  return invoke(SLMDA_FUNCTIONS.SLMDAFUNDING, arguments) as any[][];
}

/**
 * What the training provider is paid, and when: 80% in equal monthly instalments over the planned months, then 20% on completion at the planned end, drawn from levy funds, the government and the employer's co-investment (SLMDAEMPLOYERCOST is the school's own cash). Amounts sum to the price; the start date sets the dates.
 * @customfunction SLMDAPAYMENTS
 * @helpurl https://localhost:3000/help/functions.html#slmdapayments
 * @param price The agreed price of the apprenticeship in pounds, more than £0, e.g. 18000 (blank or 0 is refused).
 * @param [nasenco_completed] TRUE if the apprentice already holds the National Award for SEN Co-ordination (18 months); left out, blank, FALSE or 0 means the full programme (27 months).
 * @param [start_date] The apprenticeship's start date, from 01/05/2017; needed (#N/A without it; blank or 0 counts as left out): the payments are dated from it (the provider's 2020/21 cohort started in September 2020).
 * @returns A spill of 2 columns: date (a serial number: format the column as a date), pounds.
 */
export function SLMDAPAYMENTS(price: any, nasenco_completed?: any, start_date?: any): any[][] {
  return invoke(SLMDA_FUNCTIONS.SLMDAPAYMENTS, arguments) as any[][];
}

/**
 * Minimum off-the-job training hours over the months given (a minimum, never a cap): 20% of normal weekly hours, counting at most 30 hours a week for starts from 01/08/2022, times working weeks. The start date matters: #N/A for starts from 01/08/2025, when each standard has its own published number of hours.
 * @customfunction SLMDAOFFTHEJOBHOURS
 * @helpurl https://localhost:3000/help/functions.html#slmdaoffthejobhours
 * @param weekly_hours The apprentice's normal working hours a week, more than 0 up to 168 (blank or 0 is refused).
 * @param [months] Months to cover, a whole number from 1 to 60. Left out, blank or 0 means 24: the programme's line manager guidance asks for 20% of working hours "across the 2 years". Pass SLMDAMONTHS() to cover the whole programme.
 * @param [weeks_per_year] Working weeks a year, 1 to 52; left out, blank or 0 means 46.4 (52 less 5.6 weeks' statutory leave). Term-time staff enter their own, e.g. 39.
 * @param [start_date] The apprenticeship's start date, from 01/05/2017; needed (#N/A without it; blank or 0 counts as left out): the rule in force on it applies (the provider's 2020/21 cohort started in September 2020).
 * @returns Hours, to the hundredth.
 */
export function SLMDAOFFTHEJOBHOURS(weekly_hours: any, months?: any, weeks_per_year?: any, start_date?: any): number {
  return invoke(SLMDA_FUNCTIONS.SLMDAOFFTHEJOBHOURS, arguments) as number;
}

/**
 * Planning schedule in date order from the start date: start meeting, each block's workshop (one block a term), termly coach visits, the annual review, and the planned end with the end-point assessment. Workshops, visits and the review falling on a weekend or an England and Wales bank holiday move to the next working day (weekends only after 2030).
 * @customfunction SLMDASCHEDULE
 * @helpurl https://localhost:3000/help/functions.html#slmdaschedule
 * @param start_date The apprenticeship's start date, from 01/05/2017 (a date cell, or text day first such as 01/09/2026 or 1 September 2026).
 * @param [nasenco_completed] TRUE if the apprentice already holds the National Award for SEN Co-ordination (NASENCO); left out, blank, FALSE or 0 means the full programme.
 * @returns A spill of 2 columns: date (a serial number: format the column as a date), milestone.
 */
export function SLMDASCHEDULE(start_date: any, nasenco_completed?: any): any[][] {
  return invoke(SLMDA_FUNCTIONS.SLMDASCHEDULE, arguments) as any[][];
}

/**
 * The year's Apprenticeship Levy: 0.5% of the annual pay bill less the £15,000 allowance, never below 0.
 * @customfunction APPRENTICESHIPLEVY
 * @helpurl https://localhost:3000/help/functions.html#apprenticeshiplevy
 * @param annual_pay_bill The employer's annual pay bill in pounds (0 or more; blank is £0).
 * @returns Pounds.
 */
export function APPRENTICESHIPLEVY(annual_pay_bill: any): number {
  return invoke(SLMDA_FUNCTIONS.APPRENTICESHIPLEVY, arguments) as number;
}

/**
 * The year's funds entering an English employer's levy account: the levy × the share of the pay bill for employees in England × 1.1 (the 10% top-up) for funds entering before 01/08/2026, × 1 from then. Funds entering from 01/08/2026 expire after 12 months (24 before).
 * @customfunction APPRENTICESHIPLEVYFUNDS
 * @helpurl https://localhost:3000/help/functions.html#apprenticeshiplevyfunds
 * @param annual_pay_bill The employer's annual pay bill in pounds (0 or more; blank is £0).
 * @param [english_share] Share of the pay bill for employees living in England (up to 100%, e.g. 100% or 0.8). Left out, blank or 0 means 100%.
 * @param [entry_date] The date the funds enter the account, from 06/04/2017; needed (#N/A without it): the top-up depends on it.
 * @returns Pounds.
 */
export function APPRENTICESHIPLEVYFUNDS(annual_pay_bill: any, english_share?: any, entry_date?: any): number {
  return invoke(SLMDA_FUNCTIONS.APPRENTICESHIPLEVYFUNDS, arguments) as number;
}
