/**
 * Apprenticeship funding for the SLMDA (the Senior Leader standard ST0480, a Level 7 apprenticeship),
 * dated by the apprenticeship's start: funding band, employer co-investment, the Level 7 age rule
 * and levy drawdown. The rules beside them have their own modules: the start and the age at it
 * (apprenticeship-start.ts), the apprenticeship levy and the funds it puts in a levy account
 * (apprenticeship-levy.ts), provider payments (provider-payments.ts), and English and maths
 * (english-maths.ts).
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
import { field, say, noAnswerError } from "./errors";
import { checkNumber } from "./inputs";
import { MONEY_LIMITS, toPence, toPounds } from "./money";
import { formatSerialDdMmYyyy, ruleInForce, serialFromYmd, type DatedRule } from "./excel-dates";
import { checkAge, checkStart, EARLIEST } from "./apprenticeship-start";

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
  /**
   * Funded by a transfer of another employer's levy funds: the transfer pays the price up to the
   * band, as a levy payer's funds would; `levyFunds` is then ignored. Undefined means no.
   */
  levyTransfer?: boolean;
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
  /** True when a transfer of another employer's levy funds pays the price up to the band. */
  levyTransfer: boolean;
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

/** Words both age messages share (written once: the functions bundle carries every message). */
const CARE_OR_EHC_AGE = "or under for care leavers and people with an EHC plan";
const ENTER_AGE = "Enter the apprentice's age at the start.";

/**
 * True when the Level 7 rule funds this start, or throws "na" asking for age_at_start when it
 * depends on age. Care leavers and people with an EHC plan are funded to an older age. The
 * SLMDA is Level 7; other levels go through apprenticeship-levels.ts.
 */
export function level7Funded(
  startSerial: number,
  ageAtStart: number | undefined,
  careLeaverOrEhcPlan: boolean,
): boolean {
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
 * start is checked but changes nothing, nor does being a care leaver or having an EHC plan: the
 * 100% for young apprentices is for non-levy employers only ([esfa-rules-2023-24] para 145.2,
 * [dwp-110425]; the service's own payments code agrees, [das-funding-payments]).
 */
export function levyShortfallRate(startSerial: number, ageAtStart?: number): number {
  checkStart(startSerial);
  checkAge(ageAtStart);
  return ruleInForce(CO_INVESTMENT, startSerial).levyShortfallRate;
}

/** Who pays what for an SLMDA (ST0480) apprenticeship at `price`, for the start date given. */
export function fundingBreakdown(inputs: FundingInputs): FundingBreakdown {
  const { price, levyPayer, levyFunds, startSerial, ageAtStart } = inputs;
  const careLeaverOrEhcPlan = inputs.careLeaverOrEhcPlan === true;
  checkNumber("price", price, MONEY_LIMITS);
  if (levyFunds !== undefined) checkNumber("levy_funds", levyFunds, MONEY_LIMITS);
  checkStart(startSerial);
  checkAge(ageAtStart);

  const bandMaximum = ruleInForce(FUNDING_BAND_ST0480, startSerial).max;
  const pricePence = toPence(price);
  const fundable = level7Funded(startSerial, ageAtStart, careLeaverOrEhcPlan);
  const levyTransfer = inputs.levyTransfer === true;

  // [aps-non-levy] funding is "up to the funding band maximum": any price above it is the employer's,
  // and all of it when the apprenticeship is not fundable (nothing from levy funds, no co-investment).
  const fundedPence = fundable ? Math.min(pricePence, toPence(bandMaximum)) : 0;
  const outsidePence = pricePence - fundedPence;
  // [aps-paying-provider] a levy payer's price (up to the band) is drawn from its levy funds; omitted funds mean enough.
  // [dfe-receive-transfer] "Transferred funds are used to pay for 100% of the training and assessment costs of
  // the apprenticeship up to the funding band maximum"; [esfa-provider-transfers] P251: the receiver is "treated
  // as levy-paying": the transfer pays what a levy payer's funds would, for the whole apprenticeship.
  const levyPence = levyTransfer
    ? fundedPence
    : levyPayer
      ? Math.min(fundedPence, availablePence(levyFunds, fundedPence))
      : 0;
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
    levyTransfer,
  };
}

/** The levy funds a levy payer has for the price, in pence: omitted funds mean enough. */
function availablePence(levyFunds: number | undefined, fundedPence: number): number {
  return levyFunds === undefined ? fundedPence : toPence(levyFunds);
}
