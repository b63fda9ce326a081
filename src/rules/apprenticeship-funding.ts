/**
 * Apprenticeship funding for the SLMDA (the Senior Leader standard ST0480, a Level 7 apprenticeship),
 * dated by the apprenticeship's start: funding band, employer co-investment, the Level 7 age rule,
 * levy drawdown, provider payments, the apprenticeship levy and the funds it puts in a levy
 * account, and English and maths.
 *
 * Each dated rule is one table of rows with the start date (Excel serial) it took effect from;
 * `ruleInForce` picks the row. Every row's citation (its document by id in docs/sources.md and
 * section, and its `source` text naming the body that made the rule at that date: ESFA until it
 * closed on 31/03/2025, then DfE; DWP answers for the August 2026 changes; IfATE for funding
 * bands until 01/06/2025) is the same row of the table's *_CITED twin in
 * apprenticeship-funding-sources.ts.
 *
 * Money is worked in whole pence so that amounts add up exactly; inputs are rounded to the penny.
 * Pure TypeScript: no Office, no DOM.
 */
import { field, say, inputError, noAnswerError } from "./errors";
import { checkDateSerial, checkNumber, type DateLimits } from "./inputs";
import { MONEY_LIMITS, toPence, toPounds } from "./money";
import { PERCENT_LIMITS } from "./percent";
import { MONTHS_LIMITS } from "./slmda-programme";
import {
  addMonthsSerial,
  formatSerialDdMmYyyy,
  MAX_EXCEL_DATE_SERIAL,
  ruleInForce,
  serialFromYmd,
  type DatedRule,
} from "./excel-dates";

/** The first Excel date (01/01/1900): the first row of each table starts here so every start has a row. */
const EARLIEST = 1;

/**
 * Apprenticeship starts the rules here answer for: from 01/05/2017, when the funding rules that
 * came with the levy began (funding bands, 10% co-investment, 20% off-the-job training), the first
 * rules the tables below encode. Earlier starts were funded under the rules before, which the add-in
 * does not hold. Also the dates of the plan's application (slmda-line-manager.ts).
 */
// [esfa-rules-2017-18] "funding and performance-management rules for all training providers delivering
// apprenticeships from 1 May 2017"; starts before 1 May 2017 "funded through to completion using existing funding rules".
export const START_DATE_LIMITS: DateLimits = {
  from: serialFromYmd(2017, 5, 1),
  why: "when the funding rules that came with the levy began",
};

/** The day the Apprenticeship Levy began: [hmrc-levy] charged from 6 April 2017. */
const LEVY_FROM = serialFromYmd(2017, 4, 6);

/** Dates funds enter a levy account: from 06/04/2017, when the levy began (none entered before). */
export const LEVY_ENTRY_DATE_LIMITS: DateLimits = { from: LEVY_FROM, why: "when the Apprenticeship Levy began" };

export interface FundingBandRule extends DatedRule {
  /** Funding band maximum in pounds. */
  readonly max: number;
}

/** Funding band maximum for ST0480 Senior Leader (Level 7). */
export const FUNDING_BAND_ST0480: readonly FundingBandRule[] = [
  // Citations, row by row: FUNDING_BAND_ST0480_CITED in apprenticeship-funding-sources.ts.
  {
    from: EARLIEST,
    max: 18000,
  },
  {
    from: serialFromYmd(2021, 3, 29),
    max: 14000,
  },
];

export interface CoInvestmentRule extends DatedRule {
  /** A levy payer's share of the shortfall once its levy funds are used up (0.05 is 5%). */
  readonly levyShortfallRate: number;
  /** A non-levy employer's share of the price up to the band (0.05 is 5%). */
  readonly nonLevyRate: number;
  /** A non-levy employer pays nothing for an apprentice aged this or under at the start; left out: no such rule. */
  readonly nonLevyExemptToAge?: number;
  /** ... nor for a care leaver or someone with an EHC plan aged this or under; left out: no such rule. */
  readonly nonLevyExemptToAgeCareLeaverOrEhc?: number;
}

/**
 * Employer co-investment. Not modelled (no input for it): before 01/04/2024 a non-levy employer
 * with fewer than 50 employees paid nothing for 16 to 18 year olds; docs/sources.md ("aps-non-levy")
 * records the fewer-than-50 condition that one source adds to the 22 to 24 rule from 01/04/2024.
 */
export const CO_INVESTMENT: readonly CoInvestmentRule[] = [
  // Citations, row by row: CO_INVESTMENT_CITED in apprenticeship-funding-sources.ts.
  {
    from: EARLIEST,
    levyShortfallRate: 0.1,
    nonLevyRate: 0.1,
    // no age below which a non-levy employer pays nothing
  },
  {
    from: serialFromYmd(2019, 4, 1),
    levyShortfallRate: 0.05,
    nonLevyRate: 0.05,
    // no age below which a non-levy employer pays nothing
  },
  {
    from: serialFromYmd(2024, 4, 1),
    levyShortfallRate: 0.05,
    nonLevyRate: 0.05,
    nonLevyExemptToAge: 21,
    nonLevyExemptToAgeCareLeaverOrEhc: 24,
  },
  {
    from: serialFromYmd(2026, 8, 1),
    levyShortfallRate: 0.25,
    nonLevyRate: 0.05,
    nonLevyExemptToAge: 24,
    nonLevyExemptToAgeCareLeaverOrEhc: 24,
  },
];

export interface Level7FundingRule extends DatedRule {
  /** Level 7 starts are funded only for apprentices aged this or under at the start; left out: any age. */
  readonly maxFundedAge?: number;
  /** ... or this or under for care leavers and people with an EHC plan. */
  readonly maxFundedAgeCareLeaverOrEhc?: number;
}

/** Level 7 funding by age at the start (ST0480 is Level 7). */
export const LEVEL7_FUNDING: readonly Level7FundingRule[] = [
  // Citations, row by row: LEVEL7_FUNDING_CITED in apprenticeship-funding-sources.ts.
  {
    from: EARLIEST,
    // funded at any age
  },
  {
    from: serialFromYmd(2026, 1, 1),
    maxFundedAge: 21,
    maxFundedAgeCareLeaverOrEhc: 24,
  },
];

export interface EnglishMathsRule extends DatedRule {
  /** Apprentices aged this or over at the start need no English and maths evidence; left out: everyone does. */
  readonly notRequiredFromAge?: number;
}

/**
 * English and maths at Level 2, by the date the rule took effect. Unlike the other tables these
 * rows apply to every apprentice on programme from their date, whatever the start: the change of
 * 11/02/2025 covers "all new and existing" apprentices aged 19 or over at the start.
 */
export const ENGLISH_MATHS: readonly EnglishMathsRule[] = [
  // Citations, row by row: ENGLISH_MATHS_CITED in apprenticeship-funding-sources.ts.
  {
    from: EARLIEST,
    // required whatever the age
  },
  {
    from: serialFromYmd(2025, 2, 11),
    notRequiredFromAge: 19,
  },
];

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

/** Provider payments: 80% in equal monthly instalments, 20% on completion. */
// [aps-paying-provider] "80% of the cost in equal monthly payments ... the final 20% when the apprentice completes".
export const PROVIDER_INSTALMENT_SHARE = 0.8;

/** Apprenticeship Levy: 0.5% of the annual pay bill ... */
// [hmrc-levy] "charged at a rate of 0.5 per cent of an employer's pay bill".
export const LEVY_RATE = 0.005;
/** ... less an annual allowance of £15,000. */
// [hmrc-levy] "an allowance of £15,000 to offset against their levy payment".
export const LEVY_ALLOWANCE = 15000;

/** Ages the functions accept: 16 is the youngest an apprentice can start; 99 catches typing slips. */
// [aps-non-levy] "16 and 21 years old" (the youngest start); 99 is a limit of typing, not a rule.
export const MIN_AGE = 16;
export const MAX_AGE = 99;
export const AGE_LIMITS = {
  allowed: `a whole number from ${MIN_AGE} to ${MAX_AGE}`,
  min: MIN_AGE,
  max: MAX_AGE,
  integer: true,
} as const;

/**
 * The start date every funding, payment and off-the-job rule needs. Omitted, it is "not
 * available", never a silent guess: the provider's 2020/21 guidance describes one cohort (a
 * September 2020 start), and the rules have changed many times since.
 */
export function requireStartDate(startSerial: number | undefined): number {
  if (startSerial === undefined) {
    throw noAnswerError(
      say`${field("start_date")} is needed: the funding, payment and off-the-job rules depend on the apprenticeship's start date (the provider's 2020/21 guidance describes a cohort that started in September 2020, and the rules have changed since). Enter the start date.`,
    );
  }
  return startSerial;
}

export interface FundingInputs {
  /** Agreed price in pounds. */
  price: number;
  levyPayer: boolean;
  /** Levy funds available in pounds; undefined means enough. Ignored for non-levy employers. */
  levyFunds?: number;
  /** Start date as an Excel serial. */
  startSerial: number;
  /** Whole years at the start. */
  ageAtStart?: number;
  /** A care leaver or someone with an EHC plan; undefined means no. */
  careLeaverOrEhcPlan?: boolean;
}

export interface FundingBreakdown {
  price: number;
  bandMaximum: number;
  fromLevy: number;
  governmentCoInvestment: number;
  employerCoInvestment: number;
  /** Paid by the employer outside funding: the price above the band, or the whole price when not fundable. */
  employerOutsideFunding: number;
  /** What the school pays from its own budget: employer co-investment plus outside funding. */
  employerCashCost: number;
  /** False when the apprenticeship gets no levy or government funding (the Level 7 age rule). */
  fundable: boolean;
  /** The employer's co-investment rate applied to any shortfall (0 when exempt or not fundable). */
  coInvestmentRate: number;
}

/** Labels of SLMDAFUNDING's rows (an order users' sheets rely on), matching the breakdown's amounts. */
export const FUNDING_BREAKDOWN_LABELS: readonly string[] = Object.freeze([
  "Price",
  "Funding band maximum",
  "Paid from levy funds",
  "Government co-investment",
  "Employer co-investment",
  "Employer pays outside funding (above the band, or not fundable)",
  "Employer cash cost",
]);

/** The amounts of a breakdown in the order of FUNDING_BREAKDOWN_LABELS. */
export function fundingBreakdownAmounts(b: FundingBreakdown): number[] {
  return [
    b.price,
    b.bandMaximum,
    b.fromLevy,
    b.governmentCoInvestment,
    b.employerCoInvestment,
    b.employerOutsideFunding,
    b.employerCashCost,
  ];
}

function checkMoney(value: number, key: string): void {
  checkNumber(key, value, MONEY_LIMITS);
}

function checkAge(age: number | undefined): void {
  if (age !== undefined) checkNumber("age_at_start", age, AGE_LIMITS);
}

function checkStart(startSerial: number): void {
  checkDateSerial("start_date", startSerial, START_DATE_LIMITS);
}

/** Words both age messages share (written once: the functions bundle carries every message). */
const CARE_OR_EHC_AGE = "or under for care leavers and people with an EHC plan";
const ENTER_AGE = "Enter the apprentice's age at the start.";

/**
 * True when the Level 7 rule funds this start, or throws "na" asking for age_at_start when it
 * depends on age. Care leavers and people with an EHC plan are funded to an older age.
 */
function isFundable(startSerial: number, ageAtStart: number | undefined, careLeaverOrEhcPlan: boolean): boolean {
  const rule = ruleInForce(LEVEL7_FUNDING, startSerial);
  if (rule.maxFundedAge === undefined) return true;
  const careAge = rule.maxFundedAgeCareLeaverOrEhc === undefined ? rule.maxFundedAge : rule.maxFundedAgeCareLeaverOrEhc;
  if (ageAtStart === undefined) {
    throw noAnswerError(
      say`${field("age_at_start")} is needed for a start from ${formatSerialDdMmYyyy(rule.from)}: Level 7 apprenticeships are then funded only for apprentices aged ${rule.maxFundedAge} or under at the start (${careAge} ${CARE_OR_EHC_AGE}). ${ENTER_AGE}`,
    );
  }
  if (ageAtStart <= rule.maxFundedAge) return true;
  return careLeaverOrEhcPlan && ageAtStart <= careAge;
}

/** The employer's share of the shortfall for this start (0 when exempt). */
function employerRate(
  rule: CoInvestmentRule,
  levyPayer: boolean,
  ageAtStart: number | undefined,
  careLeaverOrEhcPlan: boolean,
): number {
  if (levyPayer) return rule.levyShortfallRate;
  if (rule.nonLevyExemptToAge === undefined) return rule.nonLevyRate;
  if (ageAtStart === undefined) {
    throw noAnswerError(
      say`${field("age_at_start")} is needed for a non-levy employer's start from ${formatSerialDdMmYyyy(rule.from)}: co-investment is then 0% for an apprentice aged ${rule.nonLevyExemptToAge} or under at the start${rule.nonLevyExemptToAgeCareLeaverOrEhc !== undefined && rule.nonLevyExemptToAgeCareLeaverOrEhc > rule.nonLevyExemptToAge ? ` (${rule.nonLevyExemptToAgeCareLeaverOrEhc} ${CARE_OR_EHC_AGE})` : ""}, ${rule.nonLevyRate * 100}% otherwise. ${ENTER_AGE}`,
    );
  }
  if (ageAtStart <= rule.nonLevyExemptToAge) return 0;
  const careAge = rule.nonLevyExemptToAgeCareLeaverOrEhc;
  if (careLeaverOrEhcPlan && careAge !== undefined && ageAtStart <= careAge) return 0;
  return rule.nonLevyRate;
}

/**
 * A levy payer's share of a shortfall once its levy funds are used up, for a start on
 * `startSerial`: 10% before 01/04/2019, 5% to 31/07/2026, 25% from 01/08/2026. The age at the
 * start and the care-leaver/EHC flag are checked but change nothing: the 100% for young
 * apprentices is for non-levy employers only ([esfa-rules-2023-24] para 145.2, [dwp-110425]; the
 * service's own payments code agrees, [das-funding-payments]).
 */
export function levyShortfallRate(startSerial: number, ageAtStart?: number, careLeaverOrEhcPlan?: boolean): number {
  checkStart(startSerial);
  checkAge(ageAtStart);
  return employerRate(ruleInForce(CO_INVESTMENT, startSerial), true, ageAtStart, careLeaverOrEhcPlan === true);
}

/** Who pays what for an SLMDA (ST0480) apprenticeship at `price`, for the start date given. */
export function fundingBreakdown(inputs: FundingInputs): FundingBreakdown {
  const { price, levyPayer, levyFunds, startSerial, ageAtStart } = inputs;
  const careLeaverOrEhcPlan = inputs.careLeaverOrEhcPlan === true;
  checkMoney(price, "price");
  if (levyFunds !== undefined) checkMoney(levyFunds, "levy_funds");
  checkStart(startSerial);
  checkAge(ageAtStart);

  const bandMaximum = ruleInForce(FUNDING_BAND_ST0480, startSerial).max;
  const pricePence = toPence(price);
  const fundable = isFundable(startSerial, ageAtStart, careLeaverOrEhcPlan);

  // [aps-non-levy] funding is "up to the funding band maximum": any price above it is the employer's,
  // and all of it when the apprenticeship is not fundable (nothing from levy funds, no co-investment).
  const fundedPence = fundable ? Math.min(pricePence, toPence(bandMaximum)) : 0;
  const outsidePence = pricePence - fundedPence;
  // [aps-paying-provider] a levy payer's price (up to the band) is drawn from its levy funds; omitted funds mean enough.
  const levyPence = levyPayer ? Math.min(fundedPence, levyFunds === undefined ? fundedPence : toPence(levyFunds)) : 0;
  const shortfallPence = fundedPence - levyPence;

  const rate =
    shortfallPence > 0
      ? employerRate(ruleInForce(CO_INVESTMENT, startSerial), levyPayer, ageAtStart, careLeaverOrEhcPlan)
      : 0;
  const employerCoPence = Math.round(shortfallPence * rate);
  const governmentPence = shortfallPence - employerCoPence;

  return {
    price: toPounds(pricePence),
    bandMaximum,
    fromLevy: toPounds(levyPence),
    governmentCoInvestment: toPounds(governmentPence),
    employerCoInvestment: toPounds(employerCoPence),
    employerOutsideFunding: toPounds(outsidePence),
    employerCashCost: toPounds(employerCoPence + outsidePence),
    fundable,
    coInvestmentRate: rate,
  };
}

/** The year's Apprenticeship Levy in pounds: 0.5% of the pay bill less £15,000, never below 0 (to the penny). */
export function apprenticeshipLevy(annualPayBill: number): number {
  checkMoney(annualPayBill, "annual_pay_bill");
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
  checkMoney(price, "price");
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

/**
 * Must the apprentice evidence Level 2 English and maths (or take Functional Skills) on
 * `onSerial` (the start when omitted)? The rule in force on that date, or at the start if that is
 * later, decides for new and existing apprentices alike: the provider's guidance requires it; from
 * 11/02/2025 it is no longer required of anyone aged 19 or over at the start, whatever the start
 * date. Throws "na" asking for age_at_start when the answer depends on the age and none is given.
 */
export function englishMathsRequired(
  startSerial: number,
  ageAtStart: number | undefined,
  onSerial: number = startSerial,
): boolean {
  checkStart(startSerial);
  checkAge(ageAtStart);
  checkDateSerial("date", onSerial, START_DATE_LIMITS);
  const rule = ruleInForce(ENGLISH_MATHS, Math.max(startSerial, onSerial));
  if (rule.notRequiredFromAge === undefined) return true;
  if (ageAtStart === undefined) {
    throw noAnswerError(
      say`${field("age_at_start")} is needed: from ${formatSerialDdMmYyyy(rule.from)} English and maths are required only for apprentices under ${rule.notRequiredFromAge} at the start.`,
    );
  }
  return ageAtStart < rule.notRequiredFromAge;
}

/**
 * The date from which English and maths stopped being required of an apprentice who needed them
 * at the start (the start on `startSerial`, aged `ageAtStart`), if that happened by `onSerial`;
 * undefined when they were never required or still are.
 */
export function englishMathsNoLongerRequiredFrom(
  startSerial: number,
  ageAtStart: number,
  onSerial: number,
): number | undefined {
  if (!englishMathsRequired(startSerial, ageAtStart) || englishMathsRequired(startSerial, ageAtStart, onSerial)) {
    return undefined;
  }
  const ended = ENGLISH_MATHS.find(
    (row) => row.from > startSerial && row.notRequiredFromAge !== undefined && ageAtStart >= row.notRequiredFromAge,
  );
  return ended === undefined ? undefined : ended.from;
}
