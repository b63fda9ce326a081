/** The funding breakdown: SEND.SLMDAFUNDING's spill (levy, government and employer shares). */
import { FUNDING_BREAKDOWN_LABELS, fundingBreakdownAmounts } from "../../../rules/apprenticeship-funding";
import { MONEY_FORMAT } from "../../number-format";
import type { SectionOutput } from "../../sections";
import type { PlanContext } from "../plan-context";
import { fundingArgs } from "../plan-layout";
import { spillSection } from "./spill-section";

export function fundingSection(context: PlanContext, startRow: number): SectionOutput {
  const funding = context.figures.funding;
  return spillSection(context, startRow, {
    heading: "Funding breakdown",
    headers: ["Item", "Amount"],
    formula: `=SEND.SLMDAFUNDING(${fundingArgs()})`,
    values:
      "value" in funding
        ? fundingBreakdownAmounts(funding.value).map((amount, i) => [FUNDING_BREAKDOWN_LABELS[i]!, amount])
        : [[funding.error, funding.message]],
    otherRouteRows: FUNDING_BREAKDOWN_LABELS.length,
    formats: [null, MONEY_FORMAT],
  });
}
