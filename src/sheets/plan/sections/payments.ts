/** What the training provider is paid: SEND.SLMDAPAYMENTS's spill, after a note on who pays whom and the school's own cash. */
import { providerPayments } from "../../../rules/provider-payments";
import { SLMDA_ROUTES, type SlmdaRoute } from "../../../rules/slmda-programme";
import { DATE_FORMAT, MONEY_FORMAT } from "../../number-format";
import { formula } from "../../rule-preview";
import type { SectionOutput } from "../../sections";
import type { PlanContext } from "../plan-context";
import type { PlanInputs } from "../plan-fields";
import { cellAddress } from "../../a1-address";
import { fundingArgs, inputCell, literal, monthsFormula } from "../plan-layout";
import { PAYMENT_MONTHS, firstAndLastPayment, firstAndLastPaymentFormula } from "../../payment-months";
import { cashCostPreview } from "./summary";
import { spillSection } from "./spill-section";

/** A funded start: the provider is paid from the levy funds and the co-investment, the school's own share beside it. */
export const FUNDED_WHO_PAYS =
  "Who pays whom: these instalments are the provider's income, paid from the levy funds, the government's co-investment and the employer's co-investment (see the funding breakdown). They are not the school's cash flow.";
/** The school pays the whole price (no funding for this start): the instalments are the school's own payments. */
export const SCHOOL_PAYS_ALL =
  "Who pays whom: no levy or government funding pays for this start, so the school pays the provider the whole price itself, each payment below in the month after its date (as the levy forecast shows it, outside the levy).";

/**
 * Who pays whom, live on the sheet: when the school's own cash (the row below, `costCell`) is the
 * whole price, the school pays the provider; otherwise the funded wording.
 */
function whoPaysWhom({ figures }: PlanContext, costCell: string) {
  const paysAll = "value" in figures.funding && figures.funding.value.employerCashCost === figures.funding.value.price;
  const text = `IF(${costCell}=${inputCell("price")},${literal(SCHOOL_PAYS_ALL)},${literal(FUNDED_WHO_PAYS)})`;
  return formula(`=IFERROR(${text},${literal(FUNDED_WHO_PAYS)})`, paysAll ? SCHOOL_PAYS_ALL : FUNDED_WHO_PAYS);
}

/** When the payments are earned and paid, in the words the levy forecast shows too, with this plan's first and last. */
function paymentMonths({ inputs, figures }: PlanContext) {
  return formula(
    `=${literal(`${PAYMENT_MONTHS} `)}&${firstAndLastPaymentFormula(inputCell("startSerial"), monthsFormula())}`,
    `${PAYMENT_MONTHS} ${firstAndLastPayment(inputs.startSerial, figures.months)}`,
  );
}

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
      // The school's own cash is the lead's second line, in column B.
      { col: 0, cells: [[whoPaysWhom(context, cellAddress(startRow + 2, 1))]], style: "note" },
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
      { col: 0, cells: [[paymentMonths(context)]], style: "note" },
    ],
  });
}
