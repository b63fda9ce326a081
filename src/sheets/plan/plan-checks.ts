/**
 * The plan's checks in plain English, each traced to its source document and section (the Rule
 * column): a list of check functions, each from the inputs and the figures to one check, or
 * nothing when it does not apply, so adding a check is one function and one line in PLAN_CHECKS.
 */
import { attemptRule } from "../rule-preview";
import { englishMathsNoLongerRequiredFrom, englishMathsRequired } from "../../rules/english-maths";
import { formatSerialDdMmYyyy, ruleInForce } from "../../rules/excel-dates";
import { PUBLISHED_HOURS_FROM } from "../../rules/off-the-job";
import { sourceText } from "../../rules/sources";
import {
  NPQ_FROM,
  QUALIFICATION_REQUIRED_FROM,
  qualificationDue,
  MAINTAINED_SCHOOLS_NOTE,
  qualificationDueReason,
  qualificationNeeded,
} from "../../rules/senco-qualification";
// The dated tables with each row's citation (the Rule column), under the tables' own names.
import {
  ENGLISH_MATHS_CITED as ENGLISH_MATHS,
  FUNDING_BAND_ST0480_CITED as FUNDING_BAND_ST0480,
  LEVEL7_FUNDING_CITED as LEVEL7_FUNDING,
} from "../../rules/apprenticeship-funding-sources";
import { OFF_THE_JOB_CITED as OFF_THE_JOB } from "../../rules/off-the-job-sources";
import {
  SENCO_APPOINTMENT_CITED as SENCO_APPOINTMENT,
  SENCO_COURSE_CITED as SENCO_COURSE,
} from "../../rules/senco-qualification-sources";
import { documentDue } from "../../rules/slmda-line-manager";
import type { PlanInputs } from "./plan-fields";
import { planFigures, type PlanFigures } from "./plan-figures";

export interface PlanCheck {
  readonly check: string;
  readonly result: string;
  readonly detail: string;
  readonly rule: string;
  readonly ok: boolean;
}

/**
 * One check of the plan, or undefined when it does not apply to these inputs, as it stands on
 * `todaySerial`, the day the plan is made.
 */
export type PlanCheckRule = (inputs: PlanInputs, figures: PlanFigures, todaySerial: number) => PlanCheck | undefined;

const money = (pounds: number) =>
  `£${pounds.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const hours = (h: number) => h.toLocaleString("en-GB", { maximumFractionDigits: 2 });

/**
 * A SENCO appointed from 01/09/2008 to 01/09/2009: the 2008 Regulations as amended in 2009 asked
 * for the NASENCO (by 01/09/2012), never the NPQ for SENCOs, whatever the course's start.
 */
function appointedInFirstYear(appointed: number, dueText: string): PlanCheck {
  return {
    check: "Mandatory SENCO qualification",
    result: "NASENCO",
    detail: `Appointed as SENCO on ${formatSerialDdMmYyyy(appointed)}, from ${formatSerialDdMmYyyy(QUALIFICATION_REQUIRED_FROM)} to 01/09/2009: the qualification is the NASENCO, not the NPQ for SENCOs.${dueText} ${MAINTAINED_SCHOOLS_NOTE}`,
    rule: sourceText(SENCO_APPOINTMENT[1]!.ref),
    ok: false,
  };
}

/**
 * The mandatory SENCO qualification. The full programme contains the NASENCO modules: begun with
 * this programme, that NASENCO meets the qualification only for a course begun before 01/09/2024
 * (and completed before 01/09/2027); from 01/09/2024 only the NPQ for SENCOs counts. A NASENCO
 * already held still meets it.
 */
export function sencoQualificationCheck(inputs: PlanInputs): PlanCheck {
  const start = inputs.startSerial;
  const held = inputs.nasencoCompleted === true;
  const course = ruleInForce(SENCO_COURSE, start);
  const check = "Mandatory SENCO qualification";
  const appointed = inputs.sencoAppointmentSerial;
  let dueText = "";
  if (appointed !== undefined) {
    if (qualificationNeeded(appointed) === "Not required") {
      return {
        check,
        result: "Not required",
        detail: `Appointed as SENCO on ${formatSerialDdMmYyyy(appointed)}, before ${formatSerialDdMmYyyy(QUALIFICATION_REQUIRED_FROM)}: the mandatory SENCO qualification is not required.`,
        rule: sourceText(SENCO_APPOINTMENT[0]!.ref),
        ok: true,
      };
    }
    dueText = ` It must be held by ${formatSerialDdMmYyyy(qualificationDue(appointed))}, ${qualificationDueReason(appointed)}.`;
    if (!held && qualificationNeeded(appointed) === "NASENCO") return appointedInFirstYear(appointed, dueText);
  }
  if (held) {
    return {
      check,
      result: "Met",
      detail: "A completed NASENCO still meets the mandatory SENCO qualification; the NPQ for SENCOs is not needed.",
      rule: sourceText(SENCO_COURSE[0]!.ref),
      ok: true,
    };
  }
  if (course.qualification === "NASENCO") {
    return {
      check,
      result: "NASENCO counts",
      detail: `The NASENCO in this programme, begun on ${formatSerialDdMmYyyy(start)} (before ${formatSerialDdMmYyyy(NPQ_FROM)}), meets the mandatory SENCO qualification if completed before ${formatSerialDdMmYyyy(course.completeBefore!)}.${dueText}`,
      rule: sourceText(course.ref),
      ok: true,
    };
  }
  return {
    check,
    result: "NPQ for SENCOs needed",
    detail: `A NASENCO begun on or after ${formatSerialDdMmYyyy(NPQ_FROM)} no longer meets the mandatory SENCO qualification: the NASENCO in this programme counts only if the apprentice began it before then. The SENCO needs the NPQ for SENCOs.${dueText}`,
    rule: sourceText(course.ref),
    ok: false,
  };
}

/** Level 7 funding by age (DfE, from 01/01/2026). */
function fundingAgeCheck(inputs: PlanInputs, figures: PlanFigures): PlanCheck {
  const start = inputs.startSerial;
  const ageRule = LEVEL7_FUNDING[LEVEL7_FUNDING.length - 1]!;
  const rule = sourceText(ruleInForce(LEVEL7_FUNDING, start).ref);
  const careAge = ageRule.maxFundedAgeCareLeaverOrEhc ?? ageRule.maxFundedAge ?? 0;
  const ruleText = `Level 7 apprenticeships starting on or after ${formatSerialDdMmYyyy(ageRule.from)} are funded only for apprentices aged ${ageRule.maxFundedAge} or under at the start (${careAge} or under for care leavers and people with an EHC plan); earlier starts are funded to completion.`;
  const care = inputs.careLeaverOrEhcPlan === true;
  const check = "Level 7 funding and age";
  if ("value" in figures.funding && !figures.funding.value.fundable) {
    return {
      check,
      result: "Not funded",
      detail: `${ruleText} At ${inputs.ageAtStart}${care ? ", even as a care leaver or with an EHC plan," : ""} there is no levy or government funding: the school pays the whole price, ${money(figures.funding.value.employerCashCost)}.${!care && inputs.ageAtStart <= careAge ? ` If the apprentice is a care leaver or has an EHC plan, tick "Care leaver or has an EHC plan": funding then continues to age ${careAge}.` : ""}`,
      rule,
      ok: false,
    };
  }
  return {
    check,
    result: "Fundable",
    detail: `${ruleText} This start on ${formatSerialDdMmYyyy(start)} at age ${inputs.ageAtStart}${care ? " (care leaver or EHC plan)" : ""} can be funded.`,
    rule,
    ok: true,
  };
}

/** Level 2 English and maths not held, in words ("maths", "English"). */
function missingEvidence(inputs: PlanInputs): string[] {
  return [inputs.hasMaths ? undefined : "maths", inputs.hasEnglish ? undefined : "English"].filter(Boolean) as string[];
}

/**
 * English and maths at Level 2 (the provider's guidance; DfE from 11/02/2025, for new and
 * existing apprentices), as the rule stands on the day the plan is made.
 */
function mathsEnglishCheck(inputs: PlanInputs, _figures: PlanFigures, todaySerial: number): PlanCheck {
  const start = inputs.startSerial;
  const mathsRule = ruleInForce(ENGLISH_MATHS, Math.max(start, todaySerial));
  const rule = sourceText(mathsRule.ref);
  const check = "Level 2 maths and English evidence";
  const required = attemptRule(() => englishMathsRequired(start, inputs.ageAtStart, todaySerial));
  const missing = missingEvidence(inputs);
  const held =
    missing.length > 0
      ? ` Not held: ${missing.join(" and ")}; Functional Skills remain available.`
      : " Evidence held for both.";
  const endedOn = englishMathsNoLongerRequiredFrom(start, inputs.ageAtStart, todaySerial);
  if (endedOn !== undefined) {
    return {
      check,
      result: "No longer required",
      detail: `Required at the start on ${formatSerialDdMmYyyy(start)}; from ${formatSerialDdMmYyyy(endedOn)} apprentices aged ${mathsRule.notRequiredFromAge} or over at the start, new and existing, no longer need to hold or achieve English and maths qualifications.${held}`,
      rule,
      ok: true,
    };
  }
  if ("value" in required && !required.value) {
    return {
      check,
      result: "Optional",
      detail: `From ${formatSerialDdMmYyyy(ENGLISH_MATHS[ENGLISH_MATHS.length - 1]!.from)} evidence is no longer mandatory for apprentices aged ${mathsRule.notRequiredFromAge} or over at the start.${held}`,
      rule,
      ok: true,
    };
  }
  if (missing.length === 0) {
    return {
      check,
      result: "Evidence held",
      // "The funding rules", not a body: the ESFA made them until 31/03/2025, the DfE since; the
      // Rule column names the source in force.
      detail:
        "The funding rules require evidence that the apprentice works at Level 2 in maths and English: keep the certificates for the provider.",
      rule,
      ok: true,
    };
  }
  return {
    check,
    result: "Action needed",
    detail: `No Level 2 evidence for ${missing.join(" and ")}: the apprentice must take Functional Skills (formal tests with City & Guilds) alongside the apprenticeship, with the provider's support.`,
    rule,
    ok: false,
  };
}

/** Off-the-job training: a minimum, by start date (the provider's guidance; ESFA, then DfE rules). */
function offTheJobCheck(inputs: PlanInputs, figures: PlanFigures): PlanCheck {
  const rule = sourceText(ruleInForce(OFF_THE_JOB, inputs.startSerial).ref);
  const check = "Off-the-job training";
  const total = figures.offTheJobTotal;
  if (!("value" in total) || total.value.hours === undefined) {
    const detail = "value" in total ? (total.value.reason ?? "") : total.message;
    return { check, result: "Enter the published hours", detail, rule, ok: false };
  }
  const result = `At least ${hours(total.value.hours)} hours`;
  if (total.value.basis !== "share") {
    return {
      check,
      result,
      detail: `A minimum, not a cap: the standard's published ${hours(total.value.hours)} off-the-job hours over the planned ${figures.months} months, including workshops and coaching; never taken from annual leave.`,
      rule,
      ok: true,
    };
  }
  const weekly = figures.offTheJobWeekly;
  const weeklyText = weekly !== undefined && "value" in weekly ? `${hours(weekly.value)} hours a working week, ` : "";
  return {
    check,
    result,
    detail: `A minimum, not a cap: allow at least ${weeklyText}${hours(total.value.hours)} hours over the planned ${figures.months} months at ${hours(inputs.weeksPerYear ?? 0)} working weeks a year, including workshops and coaching; never taken from annual leave.${inputs.publishedOffTheJobHours !== undefined ? ` The published hours entered are not used: for a start before ${formatSerialDdMmYyyy(PUBLISHED_HOURS_FROM)} the minimum is 20% of weekly hours.` : ""}`,
    rule,
    ok: true,
  };
}

/** The line manager's signed statement (the provider's guidance: "What is my role as a line manager", "Next Steps"). */
function lineManagerStatementCheck(inputs: PlanInputs): PlanCheck {
  const statementDue = documentDue(
    "personal-statement",
    inputs.startSerial,
    inputs.applicationSerial,
    formatSerialDdMmYyyy,
  );
  return {
    check: "Line manager's signed statement",
    result: "To do",
    detail: `${inputs.lineManager} must give a written statement supporting the application and review and sign the personal statement${
      statementDue.dueSerial === undefined
        ? ", within 5 working days of the application"
        : ` by ${formatSerialDdMmYyyy(statementDue.dueSerial)}`
    }: the provider considers no application without them.`,
    rule: "Serco line-manager guidance, What is my role as a line manager; Next Steps",
    ok: false,
  };
}

/** Price above the funding band: the employer pays any excess in full. Only for a fundable start above the band. */
function priceAboveBandCheck(inputs: PlanInputs, figures: PlanFigures): PlanCheck | undefined {
  const funding = figures.funding;
  if (!("value" in funding) || !funding.value.fundable || inputs.price <= funding.value.bandMaximum) return undefined;
  return {
    check: "Price above the funding band",
    result: "Employer pays the excess",
    detail: `The funding band maximum for this start is ${money(funding.value.bandMaximum)}: the school pays the ${money(inputs.price - funding.value.bandMaximum)} above it in full.`,
    rule: sourceText(ruleInForce(FUNDING_BAND_ST0480, inputs.startSerial).ref),
    ok: false,
  };
}

/** The checks, in the order the plan lists them. */
export const PLAN_CHECKS: readonly PlanCheckRule[] = [
  fundingAgeCheck,
  mathsEnglishCheck,
  offTheJobCheck,
  // The mandatory SENCO qualification (SEND Regulations 2014, regulation 49 as amended from 01/09/2024).
  sencoQualificationCheck,
  lineManagerStatementCheck,
  priceAboveBandCheck,
];

/** The checks that apply to these inputs, in plain English, each traced to its source document and section (the Rule column). */
export function planChecks(
  inputs: PlanInputs,
  figures: PlanFigures = planFigures(inputs),
  todaySerial: number = inputs.startSerial,
): PlanCheck[] {
  const checks: PlanCheck[] = [];
  for (const rule of PLAN_CHECKS) {
    const check = rule(inputs, figures, todaySerial);
    if (check) checks.push(check);
  }
  return checks;
}
