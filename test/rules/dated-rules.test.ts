/**
 * Every dated rule, pinned on both sides of its date (the day before and the day itself), with the
 * table row's source. Money in pounds; serials from the calendar (serialFromYmd).
 */
import { apprenticeshipLevyFunds, levyFundsExpiryMonths, levyTopUp } from "../../src/rules/apprenticeship-levy";
import { CO_INVESTMENT, fundingBreakdown, type FundingInputs } from "../../src/rules/apprenticeship-funding";
import { englishMathsNoLongerRequiredFrom, englishMathsRequired } from "../../src/rules/english-maths";
import { requireStartDate } from "../../src/rules/apprenticeship-start";
import { CO_INVESTMENT_CITED, LEVEL7_FUNDING_CITED } from "../../src/rules/apprenticeship-funding-sources";
import { SENCO_COURSE_CITED } from "../../src/rules/senco-qualification-sources";
import { ruleInForce, serialFromYmd as ymd } from "../../src/rules/excel-dates";
import {
  offTheJobHours,
  offTheJobMinimum,
  offTheJobUsesWeeklyHours,
  offTheJobWeeklyHours,
} from "../../src/rules/off-the-job";
import {
  qualificationDue,
  qualificationForCourseStart,
  qualificationNeeded,
} from "../../src/rules/senco-qualification";
import { ENGLISH_MATHS_EVIDENCE, slmdaDocuments } from "../../src/rules/slmda-line-manager";
import { ruleErrorOf } from "../helpers/rule-error";

const funding = (inputs: Partial<FundingInputs>) =>
  fundingBreakdown({ price: 14000, levyPayer: false, startSerial: ymd(2026, 9, 1), ...inputs });
const cost = (inputs: Partial<FundingInputs>) => funding(inputs).employerCashCost;

describe("Level 7 funding by age (DfE, starts from 01/01/2026)", () => {
  test("31/12/2025: any age is funded to completion; 01/01/2026: 21 or under only", () => {
    expect(funding({ startSerial: ymd(2025, 12, 31), ageAtStart: 45 }).fundable).toBe(true);
    expect(funding({ startSerial: ymd(2026, 1, 1), ageAtStart: 45 }).fundable).toBe(false);
    expect(funding({ startSerial: ymd(2026, 1, 1), ageAtStart: 21 }).fundable).toBe(true);
    expect(funding({ startSerial: ymd(2026, 1, 1), ageAtStart: 22 }).fundable).toBe(false);
  });
  test("care leavers and people with an EHC plan: funded to 24 at the start, not 25", () => {
    const care = { startSerial: ymd(2026, 1, 1), careLeaverOrEhcPlan: true };
    expect(funding({ ...care, ageAtStart: 24 }).fundable).toBe(true);
    expect(funding({ ...care, ageAtStart: 25 }).fundable).toBe(false);
    expect(funding({ ...care, ageAtStart: 22, careLeaverOrEhcPlan: false }).fundable).toBe(false);
    expect(cost({ ...care, startSerial: ymd(2026, 9, 1), ageAtStart: 23 })).toBe(0);
    expect(cost({ startSerial: ymd(2026, 9, 1), ageAtStart: 23 })).toBe(14000);
  });
  test("the rows cite DfE's guidance", () => {
    expect(ruleInForce(LEVEL7_FUNDING_CITED, ymd(2026, 1, 1)).ref).toEqual({
      id: "dfe-l7-2025",
      section: "who is funded from 1 January 2026",
    });
  });
  test("age_at_start missing for a start from 01/01/2026: #N/A naming it and the care-leaver age", () => {
    const error = ruleErrorOf(() => funding({ levyPayer: true, startSerial: ymd(2026, 1, 1) }));
    expect([error.kind, error.field]).toEqual(["na", "age_at_start"]);
    expect(error.message).toContain("aged 21 or under at the start (24 or under for care leavers");
  });
});

describe("non-levy co-investment exemption (ESFA, starts from 01/04/2024)", () => {
  const at = (y: number, m: number, d: number, age: number, care = false) =>
    funding({ price: 14000, startSerial: ymd(y, m, d), ageAtStart: age, careLeaverOrEhcPlan: care });
  test("31/03/2024: 5% at 21; 01/04/2024: 0% at 21, 5% at 22", () => {
    expect(at(2024, 3, 31, 21).employerCashCost).toBe(700);
    expect(at(2024, 4, 1, 21).employerCashCost).toBe(0);
    expect(at(2024, 4, 1, 22).employerCashCost).toBe(700);
  });
  test("22 to 24 care leaver or EHC plan: 5% on 31/03/2024, 0% from 01/04/2024 (no employee-count condition), 25 still 5%", () => {
    expect(at(2024, 3, 31, 23, true).employerCashCost).toBe(700);
    expect(at(2024, 4, 1, 22, true).employerCashCost).toBe(0);
    expect(at(2024, 4, 1, 24, true).employerCashCost).toBe(0);
    expect(at(2024, 4, 1, 25, true).employerCashCost).toBe(700);
    expect(ruleInForce(CO_INVESTMENT_CITED, ymd(2024, 4, 1)).ref.id).toBe("esfa-rules-2023-24");
  });
});

describe("August 2026 changes (DWP, starts from 01/08/2026)", () => {
  test("levy payer past its funds: 5% of the shortfall on 31/07/2026, 25% from 01/08/2026", () => {
    const levy = { levyPayer: true, levyFunds: 4000, ageAtStart: 21 };
    expect(cost({ ...levy, startSerial: ymd(2026, 7, 31) })).toBe(500);
    expect(cost({ ...levy, startSerial: ymd(2026, 8, 1) })).toBe(2500);
    expect(funding({ ...levy, startSerial: ymd(2026, 8, 1) })).toMatchObject({
      fromLevy: 4000,
      governmentCoInvestment: 7500,
      employerCoInvestment: 2500,
      coInvestmentRate: 0.25,
    });
  });
  test("non-levy: free for 16 to 24 from 01/08/2026 (22 to 24 before only as a care leaver or with an EHC plan)", () => {
    // Level 7 needs a care leaver or EHC plan at 22 to 24 from 01/01/2026 anyway.
    const care = { careLeaverOrEhcPlan: true };
    expect(cost({ ...care, startSerial: ymd(2026, 7, 31), ageAtStart: 24 })).toBe(0);
    expect(cost({ ...care, startSerial: ymd(2026, 8, 1), ageAtStart: 24 })).toBe(0);
    expect(cost({ startSerial: ymd(2026, 8, 1), ageAtStart: 16 })).toBe(0);
  });
  test("non-levy aged 25 and over: 5% either side (Level 7 funded before 01/01/2026 only, so a 2025 start shows it)", () => {
    expect(cost({ startSerial: ymd(2025, 12, 31), ageAtStart: 25 })).toBe(700);
    // From 01/08/2026 the non-levy rate for 25+ is still 5% (the row's nonLevyRate).
    expect(ruleInForce(CO_INVESTMENT, ymd(2026, 8, 1)).nonLevyRate).toBe(0.05);
    expect(ruleInForce(CO_INVESTMENT, ymd(2026, 8, 1)).nonLevyExemptToAge).toBe(24);
    expect(ruleInForce(CO_INVESTMENT, ymd(2026, 7, 31)).nonLevyExemptToAge).toBe(21);
  });
  test("the 10% top-up: funds entering on 31/07/2026 get it, from 01/08/2026 not; none before 06/04/2017", () => {
    expect(levyTopUp(ymd(2026, 7, 31))).toBe(0.1);
    expect(levyTopUp(ymd(2026, 8, 1))).toBe(0);
    expect(levyTopUp(ymd(2017, 4, 6))).toBe(0.1);
    expect(ruleErrorOf(() => levyTopUp(ymd(2017, 4, 5))).kind).toBe("na");
    expect(apprenticeshipLevyFunds(4_000_000, undefined, ymd(2026, 7, 31))).toBe(5500);
    expect(apprenticeshipLevyFunds(4_000_000, undefined, ymd(2026, 8, 1))).toBe(5000);
    expect(apprenticeshipLevyFunds(4_000_000, 0.8, ymd(2026, 7, 31))).toBe(4400);
  });
  test("levy funds expire after 24 months (entering 31/07/2026), 12 from 01/08/2026", () => {
    expect(levyFundsExpiryMonths(ymd(2026, 7, 31))).toBe(24);
    expect(levyFundsExpiryMonths(ymd(2026, 8, 1))).toBe(12);
  });
});

describe("no silent start date", () => {
  test("requireStartDate: #N/A asking for start_date, citing the 2020/21 cohort's September 2020 start", () => {
    const error = ruleErrorOf(() => requireStartDate(undefined));
    expect([error.kind, error.field]).toEqual(["na", "start_date"]);
    expect(error.message).toContain("started in September 2020");
    expect(requireStartDate(ymd(2026, 9, 1))).toBe(ymd(2026, 9, 1));
  });
});

describe("off-the-job minimum (a minimum, never a cap)", () => {
  test("31/07/2022: 20% of all 37.5 hours (7.5); 01/08/2022: counting at most 30 hours (6)", () => {
    expect(offTheJobWeeklyHours(37.5, ymd(2022, 7, 31))).toBe(7.5);
    expect(offTheJobWeeklyHours(37.5, ymd(2022, 8, 1))).toBe(6);
    expect(offTheJobWeeklyHours(20, ymd(2022, 8, 1))).toBe(4);
  });
  test("31/07/2025: from weekly hours; 01/08/2025: the standard's published hours", () => {
    expect(offTheJobUsesWeeklyHours(ymd(2025, 7, 31))).toBe(true);
    expect(offTheJobUsesWeeklyHours(ymd(2025, 8, 1))).toBe(false);
    expect(
      ruleErrorOf(() =>
        offTheJobHours({ weeklyHours: 30, months: 12, weeksPerYear: 46.4, startSerial: ymd(2025, 8, 1) }),
      ).kind,
    ).toBe("na");
    const plan = { months: 27, weeklyHours: undefined, weeksPerYear: undefined };
    expect(offTheJobMinimum({ ...plan, startSerial: ymd(2025, 8, 1), publishedHours: 425 })).toEqual({
      hours: 425,
      basis: "published",
      reason: undefined,
    });
    const missing = offTheJobMinimum({ ...plan, startSerial: ymd(2025, 8, 1), publishedHours: undefined });
    expect(missing.hours).toBeUndefined();
    expect(missing.reason).toContain("enter the off-the-job hours published for the standard");
    const before = ruleErrorOf(() => offTheJobMinimum({ ...plan, startSerial: ymd(2025, 7, 31), publishedHours: 425 }));
    expect([before.kind, before.field]).toEqual(["value", "weekly_hours"]);
    expect(
      offTheJobMinimum({
        months: 12,
        weeklyHours: 30,
        weeksPerYear: 46.4,
        startSerial: ymd(2025, 7, 31),
        publishedHours: 425,
      }),
    ).toEqual({ hours: 278.4, basis: "share", reason: undefined });
  });
});

describe("documents: the Commitment Statement is the Training plan from 01/08/2022", () => {
  test("31/07/2022 and 01/08/2022", () => {
    const names = (y: number, m: number, d: number) => slmdaDocuments(ymd(y, m, d), 40).map((doc) => doc.document);
    expect(names(2022, 7, 31)).toContain("Commitment Statement");
    expect(names(2022, 7, 31)).not.toContain("Training plan");
    expect(names(2022, 8, 1)).toContain("Training plan");
    expect(names(2022, 8, 1)).not.toContain("Commitment Statement");
    const plan = slmdaDocuments(ymd(2022, 8, 1), 40).find((doc) => doc.document === "Training plan")!;
    expect(plan.ref).toEqual({ id: "esfa-rules-2022-23", section: "training plan" });
  });
});

describe("English and maths (DfE, from 11/02/2025, for new and existing apprentices)", () => {
  const today = ymd(2026, 12, 2);
  test("at the start: 10/02/2025 required at 19; 11/02/2025 not at 19, still at 18", () => {
    expect(englishMathsRequired(ymd(2025, 2, 10), 19)).toBe(true);
    expect(englishMathsRequired(ymd(2025, 2, 11), 19)).toBe(false);
    expect(englishMathsRequired(ymd(2025, 2, 11), 18)).toBe(true);
  });
  test("a 2020 start: required until 10/02/2025 at 19; from 11/02/2025 no longer; at 18 still required today", () => {
    const start = ymd(2020, 9, 1);
    expect(englishMathsRequired(start, 19, ymd(2025, 2, 10))).toBe(true);
    expect(englishMathsRequired(start, 19, ymd(2025, 2, 11))).toBe(false);
    expect(englishMathsRequired(start, 19, today)).toBe(false);
    expect(englishMathsRequired(start, 18, today)).toBe(true);
    expect(englishMathsNoLongerRequiredFrom(start, 19, today)).toBe(ymd(2025, 2, 11));
    expect(englishMathsNoLongerRequiredFrom(start, 19, ymd(2025, 2, 10))).toBeUndefined();
    expect(englishMathsNoLongerRequiredFrom(start, 18, today)).toBeUndefined();
  });
  test("the documents checklist lists the evidence only while it is required", () => {
    const start = ymd(2020, 9, 1);
    const listed = (age: number, on: number) =>
      slmdaDocuments(start, age, on).some((doc) => doc.document === ENGLISH_MATHS_EVIDENCE);
    expect(listed(19, ymd(2025, 2, 10))).toBe(true);
    expect(listed(19, ymd(2025, 2, 11))).toBe(false);
    expect(listed(19, today)).toBe(false);
    expect(listed(18, today)).toBe(true);
    expect(listed(35, start)).toBe(true);
  });
});

describe("mandatory SENCO qualification (SENCO Regulations 2008 as amended in 2009; SEND Regulations 2014 reg 49)", () => {
  test("qualificationDue: 31/08/2008 -> #N/A; 01/09/2008, 31/08/2009, 01/09/2009 -> 01/09/2012; 02/09/2009 -> 02/09/2012", () => {
    const error = ruleErrorOf(() => qualificationDue(ymd(2008, 8, 31)));
    expect([error.kind, error.field]).toEqual(["na", "appointment_date"]);
    expect(error.message).toContain("not required");
    expect(qualificationDue(ymd(2008, 9, 1))).toBe(ymd(2012, 9, 1));
    expect(qualificationDue(ymd(2009, 8, 31))).toBe(ymd(2012, 9, 1));
    expect(qualificationDue(ymd(2009, 9, 1))).toBe(ymd(2012, 9, 1));
    expect(qualificationDue(ymd(2009, 9, 2))).toBe(ymd(2012, 9, 2));
    expect(qualificationDue(ymd(2024, 2, 29))).toBe(ymd(2027, 2, 28));
    expect(ruleErrorOf(() => qualificationDue(0)).kind).toBe("value");
  });
  test("qualificationNeeded in the order of the rules", () => {
    expect(qualificationNeeded(ymd(2008, 8, 31))).toBe("Not required");
    expect(qualificationNeeded(ymd(2008, 8, 31), true)).toBe("Not required");
    expect(qualificationNeeded(ymd(2008, 9, 1))).toBe("NASENCO");
    expect(qualificationNeeded(ymd(2009, 9, 1))).toBe("NASENCO");
    expect(qualificationNeeded(ymd(2009, 9, 2))).toBe("NPQ for SENCOs");
    expect(qualificationNeeded(ymd(2009, 8, 31), true)).toBe("Met");
    expect(qualificationNeeded(ymd(2009, 9, 1), true)).toBe("Met");
    expect(qualificationNeeded(ymd(2023, 1, 9), false, ymd(2024, 8, 31))).toBe("NASENCO");
    expect(qualificationNeeded(ymd(2023, 1, 9), false, ymd(2024, 9, 1))).toBe("NPQ for SENCOs");
    expect(qualificationNeeded(ymd(2023, 1, 9), true, ymd(2024, 9, 1))).toBe("Met");
    expect(qualificationNeeded(ymd(2025, 1, 6))).toBe("NPQ for SENCOs");
  });
  test("a NASENCO course begun before 01/09/2024 counts if completed before 01/09/2027 (reg 49(7))", () => {
    const before = qualificationForCourseStart(ymd(2024, 8, 31));
    expect([before.qualification, before.completeBefore]).toEqual(["NASENCO", ymd(2027, 9, 1)]);
    expect(ruleInForce(SENCO_COURSE_CITED, before.from).ref).toEqual({
      id: "si-2024-535",
      section: "regulation 49(7)(a)",
    });
    expect(qualificationForCourseStart(ymd(2024, 9, 1)).qualification).toBe("NPQ for SENCOs");
  });
});
