import { serialFromYmd } from "../../src/rules/excel-dates";
import { defaultRawValues, type PlanFieldId, type PlanInputs } from "../../src/sheets/plan/plan-fields";

/**
 * The plan the tests and the benchmark build: a non-levy full-route start
 * on 01/09/2020 at £18,000 (27 months, employer cash £900), applied for on Friday 22/05/2020.
 */
export const SAMPLE_PLAN_INPUTS: PlanInputs = {
  apprenticeName: "Sam Patel",
  school: "Oak Primary",
  lineManager: "Jo Head",
  mentor: undefined,
  nasencoCompleted: false,
  startSerial: serialFromYmd(2020, 9, 1),
  ageAtStart: 40,
  levyPayer: false,
  levyFunds: undefined,
  price: 18000,
  weeklyHours: 32.5,
  weeksPerYear: 46.4,
  hasMaths: true,
  hasEnglish: true,
  applicationSerial: serialFromYmd(2020, 5, 22),
  careLeaverOrEhcPlan: undefined,
  sencoAppointmentSerial: undefined,
  publishedOffTheJobHours: undefined,
  levyTransfer: undefined,
};

/** The form as a user fills it for the sample plan: the text each field holds (defaults elsewhere). */
export function sampleFormRaw(): Record<PlanFieldId, unknown> {
  return {
    ...defaultRawValues(),
    apprenticeName: "Sam Patel",
    school: "Oak Primary",
    lineManager: "Jo Head",
    startSerial: "01/09/2020",
    ageAtStart: "40",
    weeklyHours: "32.5",
  };
}
