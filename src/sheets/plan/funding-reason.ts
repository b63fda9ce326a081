/**
 * Why the school pays what the plan's "Employer cash cost" shows: the note beside the figure, in
 * words taken from the funding rules' own tables (the Level 7 age rule's date and ages, the funding
 * band, the co-investment rate and its ages), never retyped.
 */
import { CO_INVESTMENT, LEVEL7_FUNDING, type FundingBreakdown } from "../../rules/apprenticeship-funding";
import { formatSerialDdMmYyyy, ruleInForce } from "../../rules/excel-dates";
import { MONEY_FORMAT, formatCellValue } from "../number-format";
import type { PlanInputs } from "./plan-fields";

const money = (pounds: number) => formatCellValue(pounds, MONEY_FORMAT);
const pence = (pounds: number) => Math.round(pounds * 100) / 100;

/** "up to age 21 (24 for a care leaver or someone with an EHC plan)", from a rule's two ages. */
function ageLimit(age: number | undefined, careAge: number | undefined): string {
  const care =
    careAge !== undefined && careAge !== age ? ` (${careAge} for a care leaver or someone with an EHC plan)` : "";
  return `up to age ${age}${care}`;
}

/**
 * The Level 7 age rule in force at the start, which left this start without funding: the Plan
 * tab's words, which the Levy tab gives beside such a row too.
 */
export function level7NotFunded(startSerial: number, ageAtStart: number | undefined): string {
  const rule = ruleInForce(LEVEL7_FUNDING, startSerial);
  const limit = ageLimit(rule.maxFundedAge, rule.maxFundedAgeCareLeaverOrEhc);
  return `Not funded: Level 7 starts from ${formatSerialDdMmYyyy(rule.from)} are funded only ${limit}. At ${ageAtStart} the school pays the provider the whole price.`;
}

/** What a fundable start leaves the school to pay: the price above the band, and its share of what the levy does not cover. */
function partFunded(inputs: PlanInputs, funding: FundingBreakdown): string {
  const funded = pence(funding.price - funding.employerOutsideFunding);
  const shortfall = pence(funded - funding.fromLevy);
  const reasons: string[] = [];
  if (funding.employerOutsideFunding > 0) {
    reasons.push(
      `the price is ${money(funding.employerOutsideFunding)} above the funding band maximum for this start (${money(funding.bandMaximum)}), which the school pays in full`,
    );
  }
  if (funding.employerCoInvestment > 0) {
    const share = `${pence(funding.coInvestmentRate * 100)}% of ${money(shortfall)} (co-investment) and the government the rest`;
    reasons.push(
      inputs.levyPayer
        ? `the levy funds (${money(funding.fromLevy)}) are ${money(shortfall)} short of the ${money(funded)} the band funds: the school pays ${share}`
        : `an employer that pays no levy pays ${share}`,
    );
  }
  return `Part-funded: ${reasons.join("; ")}.`;
}

/** A fundable start the school pays nothing for: the levy funds cover it, or no co-investment is due at this age. */
function fullyFunded(inputs: PlanInputs, funding: FundingBreakdown): string {
  if (funding.levyTransfer) {
    return "Fully funded by a levy transfer: another employer's levy funds pay the price up to the funding band maximum, and the school pays nothing from its own budget.";
  }
  if (inputs.levyPayer && funding.governmentCoInvestment === 0) {
    return "Fully funded from the levy funds: the school pays nothing from its own budget.";
  }
  if (inputs.levyPayer) return "Fully funded by the levy funds and the government: the school pays nothing.";
  const rule = ruleInForce(CO_INVESTMENT, inputs.startSerial);
  const limit = ageLimit(rule.nonLevyExemptToAge, rule.nonLevyExemptToAgeCareLeaverOrEhc);
  return `Fully funded: from ${formatSerialDdMmYyyy(rule.from)} an employer that pays no levy pays no co-investment for an apprentice ${limit} at the start, so the government pays.`;
}

/** Why the employer's cash cost is what it is, for the note beside it. */
export function employerCostReason(inputs: PlanInputs, funding: FundingBreakdown): string {
  if (!funding.fundable) return level7NotFunded(inputs.startSerial, inputs.ageAtStart);
  if (funding.employerCashCost > 0) return partFunded(inputs, funding);
  return fullyFunded(inputs, funding);
}
