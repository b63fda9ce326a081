import { serialFromYmd } from "../../src/rules/excel-dates";
import {
  NASENCO_COMPLETE_BEFORE,
  QUALIFICATION_NEEDED_ANSWERS,
  qualificationDue,
  qualificationNeeded,
} from "../../src/rules/senco-qualification";
import { ruleErrorOf } from "../helpers/rule-error";

const d = serialFromYmd;

describe("qualificationDue: 36 months after appointment (reg 49(4))", () => {
  test("appointed 01/09/2009 (the day itself): due 01/09/2012", () => {
    expect(qualificationDue(d(2009, 9, 1))).toBe(d(2012, 9, 1));
  });

  test("appointed 31/08/2009 (the day before): #N/A with the reason", () => {
    const error = ruleErrorOf(() => qualificationDue(d(2009, 8, 31)));
    expect(error.kind).toBe("na");
    expect(error.message).toBe(
      "appointment_date is before 01/09/2009: a SENCO appointed before then is not required to hold the mandatory SENCO qualification, so there is no date by which to hold it (SEND Regulations 2014, regulation 49).",
    );
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

  test("appointed before 01/09/2009: Not required, whatever else is given", () => {
    expect(qualificationNeeded(d(2009, 8, 31))).toBe("Not required");
    expect(qualificationNeeded(d(2009, 8, 31), true, d(2020, 1, 1))).toBe("Not required");
    expect(qualificationNeeded(d(2009, 9, 1))).toBe("NPQ for SENCOs");
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
    expect(ruleErrorOf(() => qualificationNeeded(d(2020, 1, 1), false, -5)).field).toBe("nasenco_course_start");
  });
});
