/**
 * The plan's headline figures, worked out once from the rules for the sections' previews and the
 * checks: the route and its months, the planned end, the funding breakdown and the off-the-job
 * minimum (or the rule's error where a figure cannot be given).
 */
import { attemptRule } from "../rule-preview";
import { fundingBreakdown, type FundingBreakdown } from "../../rules/apprenticeship-funding";
import { addMonthsSerial } from "../../rules/excel-dates";
import {
  PUBLISHED_HOURS_FROM,
  offTheJobMinimum,
  offTheJobWeeklyHours,
  type OffTheJobMinimum,
} from "../../rules/off-the-job";
import { SLMDA_ROUTES, slmdaRoute, type SlmdaRoute } from "../../rules/slmda-programme";
import type { PlanInputs } from "./plan-fields";

export interface PlanFigures {
  route: SlmdaRoute;
  months: number;
  plannedEndSerial: number;
  workshops: number;
  funding: ReturnType<typeof attemptRule<FundingBreakdown>>;
  /** The minimum over the planned months: from weekly hours, or the standard's published figure. */
  offTheJobTotal: ReturnType<typeof attemptRule<OffTheJobMinimum>>;
  /** The weekly minimum, for a start whose rule is a share of weekly hours; undefined otherwise. */
  offTheJobWeekly: ReturnType<typeof attemptRule<number>> | undefined;
}

/** The headline figures, from the rules (the preview of the summary's formulas). */
export function planFigures(inputs: PlanInputs): PlanFigures {
  const route = slmdaRoute(inputs.nasencoCompleted);
  const facts = SLMDA_ROUTES[route];
  return {
    route,
    months: facts.months,
    plannedEndSerial: addMonthsSerial(inputs.startSerial, facts.months),
    workshops: facts.workshops,
    funding: attemptRule(() =>
      fundingBreakdown({
        price: inputs.price,
        levyPayer: inputs.levyPayer,
        levyFunds: inputs.levyFunds,
        startSerial: inputs.startSerial,
        ageAtStart: inputs.ageAtStart,
        careLeaverOrEhcPlan: inputs.careLeaverOrEhcPlan === true,
        levyTransfer: inputs.levyTransfer === true,
      }),
    ),
    offTheJobTotal: attemptRule(() =>
      offTheJobMinimum({
        startSerial: inputs.startSerial,
        months: facts.months,
        weeklyHours: inputs.weeklyHours,
        weeksPerYear: inputs.weeksPerYear,
        publishedHours: inputs.publishedOffTheJobHours,
      }),
    ),
    offTheJobWeekly:
      inputs.weeklyHours === undefined || inputs.startSerial >= PUBLISHED_HOURS_FROM
        ? undefined
        : attemptRule(() => offTheJobWeeklyHours(inputs.weeklyHours as number, inputs.startSerial)),
  };
}
