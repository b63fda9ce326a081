/**
 * Dates typed into the pane's forms (plan and SENCO time statement): a year or a date typed as
 * digits is refused on the field that holds it, with the date to type instead, and a date before
 * the rules' range says from when they run. The error lands on the field that is wrong, never on
 * another one: a Start date of 2026 is the Start date's problem, not "Weekly contracted hours".
 */
import { isRuleError } from "../../src/rules/errors";
import {
  coercePlanInputs,
  fieldForArgument,
  fieldProblem,
  PLAN_FIELDS,
  type PlanFieldId,
} from "../../src/sheets/plan/plan-fields";
import { buildPlanModel } from "../../src/sheets/plan/plan-model";
import {
  coerceStatementInputs,
  defaultStatementRaw,
  STATEMENT_FIELDS,
  statementFieldProblem,
  type StatementFieldId,
} from "../../src/sheets/statement/statement-fields";
import { SAMPLE_PLAN_INPUTS, sampleFormRaw } from "./sample-plan-inputs";

const planField = (id: PlanFieldId) => PLAN_FIELDS.find((f) => f.id === id)!;
const statementField = (id: StatementFieldId) => STATEMENT_FIELDS.find((f) => f.id === id)!;

/** The problems of a plan form with these fields changed, as [field, message]. */
function planProblems(changes: Partial<Record<PlanFieldId, unknown>>): [string, string][] {
  const result = coercePlanInputs({ ...sampleFormRaw(), ...changes });
  return result.ok ? [] : result.problems.map((p) => [p.id, p.message]);
}

const STATEMENT_RAW = {
  ...defaultStatementRaw(),
  schoolName: "Oakfield Primary",
  notionalSenBudget: "£67,755",
  schoolAction: "10",
  schoolActionPlus: "5",
  statements: "6",
  allocatedHours: "4",
};

function statementProblems(changes: Partial<Record<StatementFieldId, unknown>>): [string, string][] {
  const result = coerceStatementInputs({ ...STATEMENT_RAW, ...changes });
  return result.ok ? [] : result.problems.map((p) => [p.id, p.message]);
}

describe("plan form: Start date", () => {
  test("2026 with weekly hours blank: one problem, on Start date, never on Weekly contracted hours", () => {
    expect(planProblems({ startSerial: "2026", weeklyHours: "" })).toEqual([
      ["startSerial", "Start date looks like a year (2026): type the whole date, such as 01/09/2026."],
    ]);
  });

  test.each([
    ["2023", "Start date looks like a year (2023): type the whole date, such as 01/09/2023."],
    ["20230901", "Start date looks like a date typed as digits (20230901): type the whole date, such as 01/09/2023."],
    [
      "45900",
      'Start date must be a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026; it was the text "45900".',
    ],
  ])("digits alone (%s) are refused on the field, on blur and on Create", (typed, message) => {
    expect(fieldProblem(planField("startSerial"), typed)).toBe(message);
    expect(planProblems({ startSerial: typed })).toEqual([["startSerial", message]]);
  });

  test("the day before the rules' range: the field says from when they run; the first day is a plan", () => {
    expect(planProblems({ startSerial: "30/04/2017" })).toEqual([
      [
        "startSerial",
        "Start date is 30/04/2017: these rules run from 01/05/2017, when the funding rules that came with the levy began.",
      ],
    ]);
    expect(planProblems({ startSerial: "01/05/2017" })).toEqual([]);
  });

  test("a real start before 01/08/2025 without weekly hours is still the weekly hours' problem", () => {
    expect(planProblems({ startSerial: "01/05/2017", weeklyHours: "" })).toEqual([
      [
        "weeklyHours",
        "Weekly contracted hours is required for a start before 01/08/2025 (this one is 01/05/2017): the minimum off-the-job training is then 20% of weekly hours.",
      ],
    ]);
  });
});

describe("plan form: the other dates", () => {
  test.each([
    [
      "sencoAppointmentSerial",
      "2023",
      "Date appointed as SENCO looks like a year (2023): type the whole date, such as 01/09/2023.",
    ],
    [
      "sencoAppointmentSerial",
      "31/08/1994",
      "Date appointed as SENCO is 31/08/1994: these rules run from 01/09/1994, when the SEN Code of Practice (1994) set up the SENCO role.",
    ],
    [
      "applicationSerial",
      "2026",
      "Application date looks like a year (2026): type the whole date, such as 01/09/2026.",
    ],
    [
      "applicationSerial",
      "20260522",
      "Application date looks like a date typed as digits (20260522): type the whole date, such as 22/05/2026.",
    ],
  ] as const)("%s %j: refused on that field only", (id, typed, message) => {
    expect(fieldProblem(planField(id), typed)).toBe(message);
    expect(planProblems({ [id]: typed })).toEqual([[id, message]]);
  });

  test("the first day of each range is accepted", () => {
    expect(planProblems({ sencoAppointmentSerial: "01/09/1994", applicationSerial: "01/05/2017" })).toEqual([]);
  });
});

describe("plan form: numbers speak of the number", () => {
  test("Age at start 15", () => {
    expect(planProblems({ ageAtStart: "15" })).toEqual([
      ["ageAtStart", "Age at start must be a whole number from 16 to 99; 15 is below 16."],
    ]);
  });
});

describe("plan model: a rule's date error is keyed to the field that holds the date", () => {
  test("a start of 2026 handed to the model names start_date, which is the Start date field", () => {
    let thrown: unknown;
    try {
      buildPlanModel({ ...SAMPLE_PLAN_INPUTS, startSerial: 2026 });
    } catch (error) {
      thrown = error;
    }
    expect(isRuleError(thrown)).toBe(true);
    if (!isRuleError(thrown)) return;
    expect([thrown.kind, fieldForArgument(thrown.field)?.id]).toEqual(["value", "startSerial"]);
  });
});

describe("SENCO time statement form: the dates", () => {
  test.each([
    [
      "appointmentSerial",
      "2023",
      "Date appointed as SENCO looks like a year (2023): type the whole date, such as 01/09/2023.",
    ],
    [
      "appointmentSerial",
      "20230901",
      "Date appointed as SENCO looks like a date typed as digits (20230901): type the whole date, such as 01/09/2023.",
    ],
    [
      "nasencoStartSerial",
      "2023",
      "NASENCO course started looks like a year (2023): type the whole date, such as 01/09/2023.",
    ],
    [
      "nasencoStartSerial",
      "31/08/2009",
      "NASENCO course started is 31/08/2009: these rules run from 01/09/2009, when the NASENCO award began.",
    ],
  ] as const)("%s %j: refused on that field only", (id, typed, message) => {
    expect(statementFieldProblem(statementField(id), typed)).toBe(message);
    expect(statementProblems({ [id]: typed })).toEqual([[id, message]]);
  });

  test("the first day of each range is accepted", () => {
    expect(statementProblems({ appointmentSerial: "01/09/1994", nasencoStartSerial: "01/09/2009" })).toEqual([]);
  });
});
