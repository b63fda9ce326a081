/** What the training provider is paid: SEND.SLMDAPAYMENTS's spill, after a note on who pays whom and the school's own cash. */
import { providerPayments } from "../../../rules/apprenticeship-funding";
import { SLMDA_ROUTES, type SlmdaRoute } from "../../../rules/slmda-programme";
import { DATE_FORMAT, MONEY_FORMAT } from "../../number-format";
import { formula } from "../../rule-preview";
import type { SectionOutput } from "../../sections";
import type { PlanContext } from "../plan-context";
import type { PlanInputs } from "../plan-fields";
import { fundingArgs, inputCell } from "../plan-layout";
import { cashCostPreview } from "./summary";
import { spillSection } from "./spill-section";

const WHO_PAYS_WHOM =
  "Who pays whom: these instalments are the provider's income, paid from the levy funds, the government's co-investment and the employer's co-investment (see the funding breakdown). They are not the school's cash flow.";

function payments(inputs: PlanInputs, route: SlmdaRoute) {
  return providerPayments(inputs.price, SLMDA_ROUTES[route].months, inputs.startSerial);
}

export function paymentsSection(context: PlanContext, startRow: number): SectionOutput {
  const { inputs, figures } = context;
  return spillSection(context, startRow, {
    heading: "What the training provider is paid (80% monthly, 20% on completion)",
    headers: ["Date", "Amount"],
    formula: `=SEND.SLMDAPAYMENTS(${inputCell("price")},${inputCell("nasencoCompleted")},${inputCell("startSerial")})`,
    values: payments(inputs, figures.route).map((p) => [p.serial, p.amount]),
    otherRouteRows: payments(inputs, context.otherRoute).length,
    formats: [DATE_FORMAT, MONEY_FORMAT],
    lead: [
      { col: 0, cells: [[WHO_PAYS_WHOM]], style: "note" },
      {
        col: 0,
        cells: [
          [
            "The school's own cash (employer cash cost)",
            formula(`=SEND.SLMDAEMPLOYERCOST(${fundingArgs()})`, cashCostPreview(figures)),
          ],
        ],
        numberFormat: [null, MONEY_FORMAT],
        style: "label",
      },
    ],
  });
}
