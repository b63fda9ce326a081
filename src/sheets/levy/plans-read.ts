/**
 * The forecast's apprenticeships from the plan sheets in the workbook: each plan's inputs as the
 * sheet holds them, through the plan form's own checks, then `apprenticeshipFromPlan`. Plans of
 * employers that pay no levy have no place in a levy account; a plan whose inputs no longer pass
 * the checks is left out with its first problem, never guessed at.
 */
import { coercePlanInputs, type PlanFieldId } from "../plan/plan-fields";
import { apprenticeshipFromPlan, type LevySheetApprenticeship } from "./levy-model";

/** An apprenticeship of the forecast and where it came from (a plan sheet's name), when it did. */
export interface ListedApprenticeship extends LevySheetApprenticeship {
  readonly fromSheet?: string;
}

export interface PlansRead {
  readonly apprenticeships: ListedApprenticeship[];
  /** Plan sheets of employers that pay no levy. */
  readonly notLevy: string[];
  /** Plan sheets whose inputs do not pass the plan's checks, with the first problem. */
  readonly unreadable: { readonly sheetName: string; readonly problem: string }[];
}

export function readPlansForForecast(
  sheets: readonly { readonly sheetName: string; readonly raw: Record<PlanFieldId, unknown> }[],
): PlansRead {
  const read: PlansRead = { apprenticeships: [], notLevy: [], unreadable: [] };
  for (const sheet of sheets) {
    const checked = coercePlanInputs(sheet.raw);
    if (!checked.ok) {
      read.unreadable.push({ sheetName: sheet.sheetName, problem: checked.problems[0]!.message });
      continue;
    }
    const apprenticeship = apprenticeshipFromPlan(checked.inputs);
    if (apprenticeship) read.apprenticeships.push({ ...apprenticeship, fromSheet: sheet.sheetName });
    else read.notLevy.push(sheet.sheetName);
  }
  return read;
}
