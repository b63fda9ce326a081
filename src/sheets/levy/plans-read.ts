/**
 * The forecast's apprenticeships and transfers from the plan sheets in the workbook: each plan's
 * inputs as the sheet holds them, through the plan form's own checks, then `apprenticeshipFromPlan`
 * (a levy payer's plan: one of the account's apprenticeships, Level 7) or `transferFromPlan` (a
 * plan funded by a levy transfer: one of the account's transfers, to the plan's school). Plans of
 * employers that pay no levy have no place in a levy account; a plan whose inputs no longer pass
 * the checks is left out with its first problem, never guessed at.
 */
import { attemptRule } from "../rule-preview";
import { FUNDING_BAND_ST0480, fundingBreakdown } from "../../rules/apprenticeship-funding";
import { ruleInForce } from "../../rules/excel-dates";
import { coercePlanInputs, type PlanFieldId, type PlanInputs } from "../plan/plan-fields";
import type { ApprenticeshipEntry } from "./apprenticeship-fields";
import type { LevySheetTransfer } from "./levy-context";
import { apprenticeshipFromPlan, transferFromPlan } from "./levy-model";

/** An apprenticeship of the forecast as listed, and where it came from (a plan sheet's name), when it did. */
export type ListedApprenticeship = ApprenticeshipEntry;

/** A transfer of the forecast as listed, and the plan sheet it came from, when it did. */
export interface ListedTransfer extends LevySheetTransfer {
  readonly fromSheet?: string;
}

export interface PlansRead {
  readonly apprenticeships: ListedApprenticeship[];
  readonly transfers: ListedTransfer[];
  /** Plan sheets of employers that pay no levy (and are not funded by a transfer). */
  readonly notLevy: string[];
  /** Plan sheets funded by a levy transfer that the Level 7 age rule leaves unfunded: no transfer may pay. */
  readonly notFundable: string[];
  /** Plan sheets whose inputs do not pass the plan's checks, with the first problem. */
  readonly unreadable: { readonly sheetName: string; readonly problem: string }[];
}

/** Whether the funding rules fund the plan's start (the Level 7 age rule); false when they cannot say. */
function fundable(plan: PlanInputs): boolean {
  const funding = attemptRule(() =>
    fundingBreakdown({
      price: plan.price,
      levyPayer: true,
      startSerial: plan.startSerial,
      ageAtStart: plan.ageAtStart,
      careLeaverOrEhcPlan: plan.careLeaverOrEhcPlan === true,
    }),
  );
  return "value" in funding && funding.value.fundable;
}

export function readPlansForForecast(
  sheets: readonly { readonly sheetName: string; readonly raw: Record<PlanFieldId, unknown> }[],
): PlansRead {
  const read: PlansRead = { apprenticeships: [], transfers: [], notLevy: [], notFundable: [], unreadable: [] };
  for (const sheet of sheets) {
    const checked = coercePlanInputs(sheet.raw);
    if (!checked.ok) {
      read.unreadable.push({ sheetName: sheet.sheetName, problem: checked.problems[0]!.message });
      continue;
    }
    const plan = checked.inputs;
    const apprenticeship = apprenticeshipFromPlan(plan);
    if (apprenticeship) {
      const bandMaximum = ruleInForce(FUNDING_BAND_ST0480, plan.startSerial).max;
      read.apprenticeships.push({
        ...apprenticeship,
        agreedPrice: plan.price,
        bandMaximum,
        slmda: true,
        fromSheet: sheet.sheetName,
      });
      continue;
    }
    if (plan.levyTransfer !== true) {
      read.notLevy.push(sheet.sheetName);
      continue;
    }
    const transfer = transferFromPlan(plan, fundable(plan));
    if (transfer) read.transfers.push({ ...transfer, fromSheet: sheet.sheetName });
    else read.notFundable.push(sheet.sheetName);
  }
  return read;
}
