import { serialFromYmd } from "../../src/rules/excel-dates";
import {
  MAINTAINED_SCHOOLS_NOTE,
  NASENCO_COMPLETE_BEFORE,
  QUALIFICATION_NEEDED_ANSWERS,
  qualificationDue,
  qualificationDueReason,
  qualificationNeeded,
} from "../../src/rules/senco-qualification";
import { ruleErrorOf } from "../helpers/rule-error";

const d = serialFromYmd;

describe("qualificationDue: the 2008 Regulations as amended in 2009, then 36 months after appointment (reg 49(4))", () => {
  test("appointed 31/08/2008 (a SENCO for more than 12 months on 01/09/2009): #N/A with the reason", () => {
    const error = ruleErrorOf(() => qualificationDue(d(2008, 8, 31)));
    expect(error.kind).toBe("na");
    expect(error.message).toBe(
      "appointment_date is before 01/09/2008: a SENCO appointed before then had been a SENCO for more than 12 months when the qualification became law on 01/09/2009, so is not required to hold it and there is no date by which to hold it (SENCO Regulations 2008 as amended in 2009, regulation 3(5)).",
    );
  });

  test("appointed 01/09/2008, 31/08/2009 or 01/09/2009 (in post on 01/09/2009, 12 months or less): due 01/09/2012", () => {
    for (const appointed of [d(2008, 9, 1), d(2009, 2, 14), d(2009, 8, 31), d(2009, 9, 1)]) {
      expect(qualificationDue(appointed)).toBe(d(2012, 9, 1));
      expect(qualificationDueReason(appointed)).toBe(
        "the date set for a SENCO in post on 01/09/2009 who had then been a SENCO for 12 months or less",
      );
    }
  });

  test("appointed 02/09/2009 (after 1 September 2009): 3 years on, 02/09/2012", () => {
    expect(qualificationDue(d(2009, 9, 2))).toBe(d(2012, 9, 2));
    expect(qualificationDueReason(d(2009, 9, 2))).toBe("3 years after taking up the post on 02/09/2009");
  });

  test("EDATE's month ends: 29/02/2024 gives 28/02/2027; a time of day is dropped", () => {
    expect(qualificationDue(d(2024, 2, 29))).toBe(d(2027, 2, 28));
    expect(qualificationDue(d(2025, 1, 6) + 0.75)).toBe(d(2028, 1, 6));
  });

  test("bad dates are #VALUE! naming appointment_date", () => {
    for (const bad of [0, -1, Number.NaN, 2958466]) {
      const error = ruleErrorOf(() => qualificationDue(bad));
      expect([error.kind, error.field]).toEqual(["value", "appointment_date"]);
    }
    const late = ruleErrorOf(() => qualificationDue(d(9997, 1, 1)));
    expect(late.message).toMatch(/^appointment_date must be on or before 31\/12\/9996/);
    expect(qualificationDue(d(9996, 12, 31))).toBe(d(9999, 12, 31));
  });
});

describe("qualificationNeeded: exactly one answer, tried in order", () => {
  test("the four answers", () => {
    expect(QUALIFICATION_NEEDED_ANSWERS).toEqual(["Not required", "Met", "NASENCO", "NPQ for SENCOs"]);
  });

  test("appointed before 01/09/2008: Not required, whatever else is given; from 01/09/2008 required", () => {
    expect(qualificationNeeded(d(2008, 8, 31))).toBe("Not required");
    expect(qualificationNeeded(d(2008, 8, 31), true, d(2020, 1, 1))).toBe("Not required");
    for (const appointed of [d(2008, 9, 1), d(2009, 8, 31), d(2009, 9, 1), d(2009, 9, 2)]) {
      expect(qualificationNeeded(appointed, true)).toBe("Met");
    }
    expect(qualificationNeeded(d(2009, 8, 31), false, d(2010, 1, 4))).toBe("NASENCO");
  });

  test("appointed from 01/09/2008 to 01/09/2009: the NASENCO (2008 Regulations as amended), never the NPQ; from 02/09/2009 the NPQ", () => {
    for (const appointed of [d(2008, 9, 1), d(2009, 8, 31), d(2009, 9, 1)]) {
      expect(qualificationNeeded(appointed)).toBe("NASENCO");
      expect(qualificationNeeded(appointed, false, d(2025, 1, 6))).toBe("NASENCO");
      expect(qualificationDue(appointed)).toBe(d(2012, 9, 1));
    }
    expect(qualificationNeeded(d(2009, 9, 2))).toBe("NPQ for SENCOs");
    expect(qualificationDue(d(2009, 9, 2))).toBe(d(2012, 9, 2));
    expect(qualificationNeeded(d(2008, 8, 31))).toBe("Not required");
  });

  test("the maintained-schools note names the schools the 2008 Regulations covered", () => {
    expect(MAINTAINED_SCHOOLS_NOTE).toBe(
      "The 2008 Regulations covered maintained schools only (community, foundation and voluntary schools and maintained nursery schools): an academy's SENCO appointed in that year was not covered by them.",
    );
  });

  test("qualification held: Met, before looking at any course", () => {
    expect(qualificationNeeded(d(2023, 9, 1), true)).toBe("Met");
    expect(qualificationNeeded(d(2023, 9, 1), true, d(2023, 9, 1))).toBe("Met");
    expect(qualificationNeeded(d(2023, 9, 1), false)).toBe("NPQ for SENCOs");
  });

  test("a NASENCO course started 31/08/2024 counts; one started 01/09/2024 does not", () => {
    expect(qualificationNeeded(d(2023, 9, 1), false, d(2024, 8, 31))).toBe("NASENCO");
    expect(qualificationNeeded(d(2023, 9, 1), undefined, d(2024, 9, 1))).toBe("NPQ for SENCOs");
    expect(NASENCO_COMPLETE_BEFORE).toBe(d(2027, 9, 1));
  });

  test("no course and not held: NPQ for SENCOs", () => {
    expect(qualificationNeeded(d(2025, 9, 1))).toBe("NPQ for SENCOs");
  });

  test("bad dates name their argument", () => {
    expect(ruleErrorOf(() => qualificationNeeded(0)).field).toBe("appointment_date");
    expect(ruleErrorOf(() => qualificationDueReason(d(1994, 8, 31))).message).toMatch(
      /^appointment_date is 31\/08\/1994/,
    );
    expect(ruleErrorOf(() => qualificationNeeded(d(2020, 1, 1), false, -5)).field).toBe("nasenco_course_start");
  });
});
