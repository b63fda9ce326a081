import fc from "fast-check";
import {
  budgetPoints,
  hoursFromPoints,
  mobilityHours,
  SENCO_BREAKDOWN_LABELS,
  sencoBreakdown,
  sencoBreakdownRows,
  sencoHours,
  sencoPoints,
  type SencoInputs,
} from "../../src/rules/senco-time";
import { ruleErrorOf } from "../helpers/rule-error";

/** The Bradford guidance's School X (Appendix): £67,755; 10 SA; 5 SA+; 6 statements; turnover 34%. */
const SCHOOL_X: SencoInputs = {
  notionalSenBudget: 67755,
  schoolAction: 10,
  schoolActionPlus: 5,
  statements: 6,
  pupilMobility: 0.34,
};

describe("School X, the guidance's worked example", () => {
  test("shows the guidance's working: 68 + 10 + 25 + 30 = 133 points, 3 hours, 2 mobility hours, 5 hours", () => {
    expect(sencoBreakdown(SCHOOL_X)).toEqual({
      budgetPoints: 68,
      schoolActionPoints: 10,
      schoolActionPlusPoints: 25,
      statementPoints: 30,
      totalPoints: 133,
      hoursFromPoints: 3,
      mobilityHours: 2,
      recommendedHours: 5,
    });
    expect(sencoHours(SCHOOL_X)).toBe(5);
    expect(sencoPoints(SCHOOL_X)).toBe(133);
  });

  test("points leave mobility aside: a turnover no rule accepts changes nothing", () => {
    const typedAsWhole: SencoInputs = { ...SCHOOL_X, pupilMobility: 250 };
    expect(sencoPoints(typedAsWhole)).toBe(133);
    expect(ruleErrorOf(() => sencoHours(typedAsWhole)).field).toBe("pupil_mobility");
  });

  test("breakdown rows come labelled in the released order", () => {
    const rows = sencoBreakdownRows(sencoBreakdown(SCHOOL_X));
    expect(rows.map((r) => r[1])).toEqual([68, 10, 25, 30, 133, 3, 2, 5]);
    expect(rows.map((r) => r[0])).toEqual(SENCO_BREAKDOWN_LABELS);
    expect(SENCO_BREAKDOWN_LABELS).toHaveLength(8);
    expect(SENCO_BREAKDOWN_LABELS[0]).toMatch(/^Budget points/);
    expect(SENCO_BREAKDOWN_LABELS[1]).toMatch(/^School Action points/);
    expect(SENCO_BREAKDOWN_LABELS[2]).toMatch(/^School Action Plus points/);
    expect(SENCO_BREAKDOWN_LABELS[3]).toMatch(/^Statement\/EHC plan points/);
    expect(SENCO_BREAKDOWN_LABELS[4]).toMatch(/^Total points/);
    expect(SENCO_BREAKDOWN_LABELS[5]).toMatch(/^Hours from points/);
    expect(SENCO_BREAKDOWN_LABELS[6]).toMatch(/^Mobility hours/);
    expect(SENCO_BREAKDOWN_LABELS[7]).toBe("Recommended hours per week");
  });

  test("omitted mobility adds nothing (3 hours)", () => {
    expect(sencoHours({ ...SCHOOL_X, pupilMobility: undefined })).toBe(3);
  });

  test("turnover over 40% adds 3 hours to the total: School X at 41% is 3 + 3 = 6 hours", () => {
    expect(sencoBreakdown({ ...SCHOOL_X, pupilMobility: 0.41 })).toMatchObject({
      hoursFromPoints: 3,
      mobilityHours: 3,
      recommendedHours: 6,
    });
    expect(sencoHours({ ...SCHOOL_X, pupilMobility: 0.41 })).toBe(6);
  });
});

describe("budget points: nearest thousand, halves up", () => {
  test.each([
    [67755, 68],
    [67500, 68],
    [67499.99, 67],
    [67499.999999, 67],
    [67500.01, 68],
    [0, 0],
    [499.99, 0],
    [500, 1],
    [999.99, 1],
    [1000, 1],
    [1499.99, 1],
    [1500, 2],
    [2_500_000, 2500],
    [2_500_500, 2501],
  ])("£%d gives %d points", (budget, points) => {
    expect(budgetPoints(budget)).toBe(points);
  });

  test("a penny either side of every half from £0 to £200,000 rounds the right way", () => {
    for (let k = 0; k < 200; k++) {
      const half = k * 1000 + 500;
      expect(budgetPoints(half - 0.01)).toBe(k);
      expect(budgetPoints(half)).toBe(k + 1);
    }
  });
});

describe("hours from points: complete 40s only", () => {
  test.each([
    [0, 0],
    [39, 0],
    [40, 1],
    [79, 1],
    [80, 2],
    [133, 3],
    [159, 3],
    [160, 4],
  ])("%d points give %d hours", (points, hours) => {
    expect(hoursFromPoints(points)).toBe(hours);
  });

  test("floating-point noise just under 40 still makes a complete 40; 39.9 does not", () => {
    expect(hoursFromPoints(39.99999999999999)).toBe(1);
    expect(hoursFromPoints(39.9)).toBe(0);
  });

  test("39, 40, 79, 80 points reached through the formula", () => {
    // £0 budget, statements x 5 and School Action x 1
    const at = (sa: number, st: number) =>
      sencoHours({ notionalSenBudget: 0, schoolAction: sa, schoolActionPlus: 0, statements: st });
    expect(at(4, 7)).toBe(0); // 39
    expect(at(5, 7)).toBe(1); // 40
    expect(at(4, 15)).toBe(1); // 79
    expect(at(5, 15)).toBe(2); // 80
  });

  test("negative or non-finite points are refused", () => {
    expect(ruleErrorOf(() => hoursFromPoints(-1)).kind).toBe("value");
    expect(ruleErrorOf(() => hoursFromPoints(-1)).message).toBe("points must be a number of 0 or more; -1 is below 0.");
    expect(ruleErrorOf(() => hoursFromPoints(Number.POSITIVE_INFINITY)).kind).toBe("value");
    expect(ruleErrorOf(() => hoursFromPoints(Number.NaN)).kind).toBe("value");
  });
});

describe("mobility hours: strictly greater than 20%, 30%, 40%", () => {
  test.each([
    [undefined, 0],
    [0, 0],
    [0.1, 0],
    [0.2, 0],
    [0.20000001, 1],
    [0.21, 1],
    [0.3, 1],
    [0.30000001, 2],
    [0.34, 2],
    [0.4, 2],
    [0.40000001, 3],
    [0.75, 3],
    [0.99, 3],
  ])("%p gives %d", (mobility, hours) => {
    expect(mobilityHours(mobility)).toBe(hours);
  });

  test("1 (100%) is refused: if you meant 1%, type 1%; the rule itself takes a real 85% (an LA's table)", () => {
    const error = ruleErrorOf(() => mobilityHours(1));
    expect(error.message).toBe(
      "pupil_mobility was 1, which is 100%, and must be below 100%: if you meant 1%, type 1% (or 0.01).",
    );
    expect(mobilityHours(0.85)).toBe(3);
  });

  test("floating-point noise at a threshold does not add an hour (0.1 + 0.2, 3 x 0.1, 30 x 0.01)", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(mobilityHours(0.1 + 0.2)).toBe(1);
    expect(mobilityHours(3 * 0.1)).toBe(1);
    expect(mobilityHours(30 * 0.01)).toBe(1);
    expect(mobilityHours(0.7 - 0.3)).toBe(2); // 0.39999999999999997
    expect(mobilityHours(0.4 * 1)).toBe(2);
  });
});

describe("bad input is refused with the argument's name", () => {
  test("a negative budget", () => {
    const error = ruleErrorOf(() => sencoHours({ ...SCHOOL_X, notionalSenBudget: -1 }));
    expect(error.kind).toBe("value");
    expect(error.field).toBe("notional_sen_budget");
    expect(error.message).toContain("notional_sen_budget must be an amount in pounds of 0 or more; -1 is below 0.");
  });

  test.each([
    ["schoolAction", "school_action"],
    ["schoolActionPlus", "school_action_plus"],
    ["statements", "statements"],
  ] as const)("%s negative or fractional", (field, name) => {
    for (const [bad, why] of [
      [-1, "-1 is below 0"],
      [2.5, "2.5 is not a whole number"],
    ] as const) {
      const error = ruleErrorOf(() => sencoHours({ ...SCHOOL_X, [field]: bad }));
      expect(error.kind).toBe("value");
      expect(error.field).toBe(name);
      expect(error.message).toBe(`${name} must be a whole number of 0 or more; ${why}.`);
    }
  });

  test("mobility typed as 34 is told to type 34% or 0.34", () => {
    const error = ruleErrorOf(() => sencoHours({ ...SCHOOL_X, pupilMobility: 34 }));
    expect(error.kind).toBe("value");
    expect(error.field).toBe("pupil_mobility");
    expect(error.message).toContain("type 34% or 0.34");
    expect(ruleErrorOf(() => mobilityHours(33.3)).message).toContain("type 33.3% or 0.333, not 33.3.");
  });

  test("mobility below 0 or over 100", () => {
    for (const bad of [-0.01, 101]) {
      const error = ruleErrorOf(() => mobilityHours(bad));
      expect(error.kind).toBe("value");
      expect(error.field).toBe("pupil_mobility");
      expect(error.message).toContain("from 0% to below 100%");
    }
  });

  test("Infinity and NaN anywhere", () => {
    const inf = Number.POSITIVE_INFINITY;
    expect(ruleErrorOf(() => budgetPoints(inf)).field).toBe("notional_sen_budget");
    expect(ruleErrorOf(() => budgetPoints(inf)).message).toContain("a number Excel cannot hold");
    expect(ruleErrorOf(() => sencoHours({ ...SCHOOL_X, statements: inf })).field).toBe("statements");
    expect(ruleErrorOf(() => mobilityHours(inf)).field).toBe("pupil_mobility");
    expect(ruleErrorOf(() => budgetPoints(Number.NaN)).kind).toBe("value");
    expect(ruleErrorOf(() => mobilityHours(Number.NaN)).kind).toBe("value");
  });

  test("text where a number belongs (task-pane callers passing raw fields)", () => {
    const error = ruleErrorOf(() => sencoHours({ ...SCHOOL_X, schoolAction: "10" as unknown as number }));
    expect(error.kind).toBe("value");
    expect(error.field).toBe("school_action");
  });

  test("counts beyond what a double holds exactly are refused, so results stay finite", () => {
    expect(ruleErrorOf(() => sencoHours({ ...SCHOOL_X, statements: 1e308 })).field).toBe("statements");
    // The message must not claim a whole number of 0 or more is wrong without saying what is too big.
    expect(ruleErrorOf(() => sencoHours({ ...SCHOOL_X, statements: 2 ** 53 })).message).toBe(
      "statements must be a whole number from 0 to 9,007,199,254,740,991 (the largest count a number holds exactly); it was 9007199254740992.",
    );
    expect(
      Number.isFinite(sencoHours({ ...SCHOOL_X, notionalSenBudget: 1e12, statements: Number.MAX_SAFE_INTEGER })),
    ).toBe(true);
    // The money limit is the rules' own, so a budget beyond it is refused here as through a function.
    expect(ruleErrorOf(() => sencoHours({ ...SCHOOL_X, notionalSenBudget: 1e308 })).message).toBe(
      "notional_sen_budget must be at most £1,000,000,000,000; it was 1e+308.",
    );
  });
});

describe("property: hours never fall when any input rises", () => {
  const inputs = fc.record({
    notionalSenBudget: fc.double({ min: 0, max: 5_000_000, noNaN: true, noDefaultInfinity: true }),
    schoolAction: fc.nat(2000),
    schoolActionPlus: fc.nat(2000),
    statements: fc.nat(500),
    pupilMobility: fc.option(fc.double({ min: 0, max: 0.99, noNaN: true }), { nil: undefined }),
  });

  test("raising budget, any count or mobility never lowers hours (seeded)", () => {
    fc.assert(
      fc.property(
        inputs,
        fc.double({ min: 0, max: 100_000, noNaN: true, noDefaultInfinity: true }),
        fc.nat(300),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom("budget", "schoolAction", "schoolActionPlus", "statements", "mobility"),
        (base, money, extra, share, which) => {
          const before = sencoHours(base);
          const raised: SencoInputs = { ...base };
          if (which === "budget") raised.notionalSenBudget = base.notionalSenBudget + money;
          else if (which === "mobility")
            raised.pupilMobility = (base.pupilMobility ?? 0) + share * (0.99 - (base.pupilMobility ?? 0));
          else raised[which] = base[which] + extra;
          const after = sencoHours(raised);
          expect(Number.isInteger(after)).toBe(true);
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { seed: 20260512, numRuns: 5000 },
    );
  });
});
