/**
 * Apprenticeship funding for the SLMDA (the Senior Leader standard ST0480, a Level 7 apprenticeship),
 * dated by the apprenticeship's start: funding band, employer co-investment, the Level 7 age rule,
 * levy drawdown, provider payments, the apprenticeship levy, and English and maths.
 *
 * Each dated rule is one table of rows with the start date (Excel serial) it took effect from;
 * `ruleInForce` picks the row for a start date. Sources: the seed
 * (../shared/seeds/slmda-for-sencos-line-manager-guidance.txt) and the public rules with the
 * effective dates given in issue 4.
 *
 * Money is worked in whole pence so that amounts add up exactly; inputs are rounded to the penny.
 * Pure TypeScript: no Office, no DOM.
 */
import { RuleError, field, say } from "./errors";
import { checkDateSerial, checkNumber } from "./inputs";
import { MONEY_LIMITS } from "./money";
import { MONTHS_LIMITS } from "./off-the-job";
import { addMonthsSerial, MAX_EXCEL_DATE_SERIAL, ruleInForce, serialFromYmd, type DatedRule } from "./excel-dates";

/** The first Excel date (01/01/1900): the first row of each table starts here so every start has a row. */
const EARLIEST = 1;

export interface FundingBandRule extends DatedRule {
  /** Funding band maximum in pounds. */
  readonly max: number;
}

/** Funding band maximum for ST0480 Senior Leader (Level 7). */
export const FUNDING_BAND_ST0480: readonly FundingBandRule[] = [
  // ESFA funding band for ST0480, starts before 29/03/2021 (issue 4); matches the seed's "Cost": £18,000.
  { from: EARLIEST, max: 18000, source: "ESFA funding band for ST0480, starts before 29/03/2021: £18,000" },
  // ESFA funding band for ST0480, starts from 29/03/2021 (issue 4).
  {
    from: serialFromYmd(2021, 3, 29),
    max: 14000,
    source: "ESFA funding band for ST0480, starts from 29/03/2021: £14,000",
  },
];

export interface CoInvestmentRule extends DatedRule {
  /** Employer's share of the co-invested price (0.05 is 5%). */
  readonly rate: number;
  /**
   * A non-levy employer pays no co-investment for an apprentice aged this or under at the start;
   * undefined: no such exemption.
   */
  readonly nonLevyExemptToAge: number | undefined;
}

/** Employer co-investment rate. */
export const CO_INVESTMENT: readonly CoInvestmentRule[] = [
  // ESFA funding rules, starts before 01/04/2019: 10% employer co-investment (issue 4).
  {
    from: EARLIEST,
    rate: 0.1,
    nonLevyExemptToAge: undefined,
    source: "ESFA co-investment, starts before 01/04/2019: 10%",
  },
  // ESFA funding rules, effective 01/04/2019: 5% (issue 4; the seed's "Cost" also says 5%).
  {
    from: serialFromYmd(2019, 4, 1),
    rate: 0.05,
    nonLevyExemptToAge: undefined,
    source: "ESFA co-investment, starts from 01/04/2019: 5%",
  },
  // DfE funding rules, effective 01/04/2024: 0% for non-levy employers with apprentices aged 21 or under (issue 4).
  {
    from: serialFromYmd(2024, 4, 1),
    rate: 0.05,
    nonLevyExemptToAge: 21,
    source:
      "DfE funding rules, starts from 01/04/2024: 5%, 0% for a non-levy employer with an apprentice aged 21 or under",
  },
];

export interface Level7FundingRule extends DatedRule {
  /** Level 7 starts are funded only for apprentices aged this or under at the start; undefined: any age. */
  readonly maxFundedAge: number | undefined;
}

/** Level 7 funding by age at the start (ST0480 is Level 7). */
export const LEVEL7_FUNDING: readonly Level7FundingRule[] = [
  { from: EARLIEST, maxFundedAge: undefined, source: "Level 7 funded at any age for starts before 01/01/2026" },
  // DfE funding rules, effective 01/01/2026: Level 7 funded only to age 21 (24 for care leavers and
  // people with an EHC plan, which this rule, taking age only, cannot see) (issue 4).
  {
    from: serialFromYmd(2026, 1, 1),
    maxFundedAge: 21,
    source: "DfE funding rules, Level 7 starts from 01/01/2026: funded only for ages 21 or under",
  },
];

export interface EnglishMathsRule extends DatedRule {
  /** Apprentices aged this or over at the start need no English and maths evidence; undefined: everyone does. */
  readonly notRequiredFromAge: number | undefined;
}

/** English and maths at Level 2. */
export const ENGLISH_MATHS: readonly EnglishMathsRule[] = [
  // Seed, "Structure": ESFA requires evidence of Level 2 Maths and English, or Functional Skills.
  {
    from: EARLIEST,
    notRequiredFromAge: undefined,
    source: "Seed, Structure: Level 2 English and maths evidence or Functional Skills required",
  },
  // DfE, effective 11/02/2025: no longer mandatory for apprentices aged 19 or over at the start (issue 4).
  {
    from: serialFromYmd(2025, 2, 11),
    notRequiredFromAge: 19,
    source: "DfE, starts from 11/02/2025: not mandatory for apprentices aged 19 or over",
  },
];

/** Provider payments: 80% in equal monthly instalments, 20% on completion (ESFA funding rules, issue 4). */
export const PROVIDER_INSTALMENT_SHARE = 0.8;

/** Apprenticeship Levy (HMRC, from 06/04/2017, issue 4): 0.5% of the annual pay bill ... */
export const LEVY_RATE = 0.005;
/** ... less an annual allowance of £15,000 (HMRC, from 06/04/2017, issue 4). */
export const LEVY_ALLOWANCE = 15000;

/** Ages the functions accept: 16 is the youngest an apprentice can start; 99 catches typing slips. */
export const MIN_AGE = 16;
export const MAX_AGE = 99;
export const AGE_LIMITS = {
  allowed: `a whole number from ${MIN_AGE} to ${MAX_AGE}`,
  min: MIN_AGE,
  max: MAX_AGE,
  integer: true,
} as const;

export interface FundingInputs {
  /** Agreed price in pounds. */
  price: number;
  levyPayer: boolean;
  /** Levy funds available in pounds; undefined means enough (issue 4). Ignored for non-levy employers. */
  levyFunds?: number;
  /** Start date as an Excel serial. */
  startSerial: number;
  /** Whole years at the start. */
  ageAtStart?: number;
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

/** Labels of SLMDAFUNDING's rows, in issue 4's order, matching the breakdown's amounts. */
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
  checkDateSerial("start_date", startSerial);
}

const toPence = (pounds: number): number => Math.round(pounds * 100);
const toPounds = (pence: number): number => pence / 100;

/** True when the Level 7 rule funds this start, or throws "na" asking for age_at_start when it depends on age. */
function isFundable(startSerial: number, ageAtStart: number | undefined): boolean {
  const rule = ruleInForce(LEVEL7_FUNDING, startSerial);
  if (rule.maxFundedAge === undefined) return true;
  if (ageAtStart === undefined) {
    throw new RuleError(
      "na",
      say`${field("age_at_start")} is needed for a start from 01/01/2026: Level 7 apprenticeships are then funded only for apprentices aged ${rule.maxFundedAge} or under at the start (24 or under for care leavers and people with an EHC plan). Enter the apprentice's age at the start.`,
    );
  }
  return ageAtStart <= rule.maxFundedAge;
}

/** Who pays what for an SLMDA (ST0480) apprenticeship at `price`, for the start date given. */
export function fundingBreakdown(inputs: FundingInputs): FundingBreakdown {
  const { price, levyPayer, levyFunds, startSerial, ageAtStart } = inputs;
  checkMoney(price, "price");
  if (levyFunds !== undefined) checkMoney(levyFunds, "levy_funds");
  checkStart(startSerial);
  checkAge(ageAtStart);

  const bandMaximum = ruleInForce(FUNDING_BAND_ST0480, startSerial).max;
  const pricePence = toPence(price);
  const fundable = isFundable(startSerial, ageAtStart);

  if (!fundable) {
    return {
      price: toPounds(pricePence),
      bandMaximum,
      fromLevy: 0,
      governmentCoInvestment: 0,
      employerCoInvestment: 0,
      employerOutsideFunding: toPounds(pricePence),
      employerCashCost: toPounds(pricePence),
      fundable: false,
      coInvestmentRate: 0,
    };
  }

  // Issue 4: any price above the band is paid by the employer in full.
  const fundedPence = Math.min(pricePence, toPence(bandMaximum));
  const outsidePence = pricePence - fundedPence;
  // Issue 4: a levy payer's price (up to the band) is drawn from its levy funds; omitted funds mean enough.
  const levyPence = levyPayer ? Math.min(fundedPence, levyFunds === undefined ? fundedPence : toPence(levyFunds)) : 0;
  const shortfallPence = fundedPence - levyPence;

  const coInvestment = ruleInForce(CO_INVESTMENT, startSerial);
  let rate = coInvestment.rate;
  if (!levyPayer && coInvestment.nonLevyExemptToAge !== undefined && shortfallPence > 0) {
    if (ageAtStart === undefined) {
      throw new RuleError(
        "na",
        say`${field("age_at_start")} is needed for a non-levy employer's start from 01/04/2024: co-investment is then 0% for an apprentice aged ${coInvestment.nonLevyExemptToAge} or under at the start, ${coInvestment.rate * 100}% otherwise. Enter the apprentice's age at the start.`,
      );
    }
    if (ageAtStart <= coInvestment.nonLevyExemptToAge) rate = 0;
  }
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
    fundable: true,
    coInvestmentRate: rate,
  };
}

/** The year's Apprenticeship Levy in pounds: 0.5% of the pay bill less £15,000, never below 0 (to the penny). */
export function apprenticeshipLevy(annualPayBill: number): number {
  checkMoney(annualPayBill, "annual_pay_bill");
  const pence = Math.round(toPence(annualPayBill) * LEVY_RATE) - toPence(LEVY_ALLOWANCE);
  return Math.max(0, pence) / 100;
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
    throw new RuleError(
      "value",
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
 * Must the apprentice evidence Level 2 English and maths (or take Functional Skills)? The seed
 * requires it; from 11/02/2025 it is no longer mandatory at 19 or over. Throws "na" asking for
 * age_at_start when the answer depends on the age and none is given.
 */
export function englishMathsRequired(startSerial: number, ageAtStart: number | undefined): boolean {
  checkStart(startSerial);
  checkAge(ageAtStart);
  const rule = ruleInForce(ENGLISH_MATHS, startSerial);
  if (rule.notRequiredFromAge === undefined) return true;
  if (ageAtStart === undefined) {
    throw new RuleError(
      "na",
      say`${field("age_at_start")} is needed for a start from 11/02/2025: English and maths are then required only for apprentices under ${rule.notRequiredFromAge} at the start.`,
    );
  }
  return ageAtStart < rule.notRequiredFromAge;
}
