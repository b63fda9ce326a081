import fc from "fast-check";
import {
  countRegister,
  REGISTER_COUNT_LABELS,
  registerCountRows,
  scanRegister,
  type RegisterCounts,
} from "../../src/rules/sen-register";
import { parseSenCode, REGISTER_CODES_HELP, SEN_CODE_NAMES } from "../../src/rules/sen-provision-codes";
import {
  registerPoints,
  sencoBreakdownFromRegister,
  sencoHoursFromRegister,
} from "../../src/rules/sen-register-points";
import { sencoHours } from "../../src/rules/senco-time";
import { ruleErrorOf } from "../helpers/rule-error";

/** School X as a register column: 10 A, 5 P, 6 S, and 40 pupils with no SEN. */
function schoolXRegister(): string[][] {
  const column: string[][] = [];
  for (let i = 0; i < 10; i++) column.push(["A"]);
  for (let i = 0; i < 5; i++) column.push(["P"]);
  for (let i = 0; i < 6; i++) column.push(["S"]);
  for (let i = 0; i < 40; i++) column.push(["N"]);
  return column;
}

describe("parseSenCode", () => {
  test.each([
    ["K", "K"],
    ["k", "K"],
    [" e ", "E"],
    ["A", "A"],
    ["p", "P"],
    ["S", "S"],
    ["n", "N"],
    ["SEN support", "K"],
    ["sen SUPPORT", "K"],
    ["  SEN   support ", "K"],
    ["SEN\u00a0support", "K"],
    ["School\tAction Plus", "P"],
    ["EHC plan", "E"],
    ["EHCP", "E"],
    ["ehcp", "E"],
    ["Statement", "S"],
    ["School Action", "A"],
    ["School Action Plus", "P"],
    ["No SEN", "N"],
    // SIMS "code - description"
    ["K - SEN Support", "K"],
    ["E - Education, Health and Care Plan", "E"],
    ["N - No Special Educational Need", "N"],
    ["A - School Action", "A"],
    ["P - School Action Plus", "P"],
    ["S - Statement", "S"],
    ["k-sen support", "K"],
    // DfE and Arbor descriptions in any case and spacing
    ["SEN Support", "K"],
    ["Education, Health and Care Plan", "E"],
    ["EDUCATION HEALTH AND CARE PLAN", "E"],
    ["  education,  health and care   plan ", "E"],
    ["No Special Educational Need", "N"],
    ["Statement of SEN", "S"],
    ["Statement of Special Educational Needs", "S"],
    ["EHC plan", "E"],
    ["EHC Plan", "E"],
    ["Monitoring", "N"],
  ])("%p is %p", (cell, code) => {
    expect(parseSenCode(cell)).toBe(code);
  });

  test.each([[""], ["   "], [null], [undefined], [0]])("%p is blank (null)", (cell) => {
    expect(parseSenCode(cell)).toBeNull();
  });

  test.each([
    ["X"],
    ["SA"],
    ["School"],
    [1],
    [-0.5],
    [true],
    [{}],
    ["KE"],
    ["K."],
    ["SEN Status"],
    ["X - SEN Support"],
    ["K - Custom"],
  ])("%p is not a code (undefined)", (cell) => {
    expect(parseSenCode(cell)).toBeUndefined();
  });

  test("every code has a name", () => {
    expect(SEN_CODE_NAMES).toEqual({
      K: "SEN support",
      E: "EHC plan",
      A: "School Action",
      P: "School Action Plus",
      S: "Statement",
      N: "No SEN",
    });
  });
});

describe("countRegister", () => {
  test("counts School X's register and skips blanks", () => {
    const cells: unknown[][] = [...schoolXRegister(), [""], [null], ["  "]];
    expect(countRegister(cells)).toEqual({ K: 0, E: 0, A: 10, P: 5, S: 6, N: 40, onRegister: 21 });
  });

  test("counts across several columns and rows of different lengths", () => {
    const cells = [
      ["K", "k", "E"],
      ["SEN support", null, "EHCP"],
      ["n", "", "Statement"],
    ];
    expect(countRegister(cells)).toEqual({ K: 3, E: 2, A: 0, P: 0, S: 1, N: 1, onRegister: 6 });
  });

  test("an empty range counts nothing", () => {
    expect(countRegister([])).toEqual({ K: 0, E: 0, A: 0, P: 0, S: 0, N: 0, onRegister: 0 });
    expect(countRegister([[]])).toEqual({ K: 0, E: 0, A: 0, P: 0, S: 0, N: 0, onRegister: 0 });
  });

  test("an unknown code names the register, the row and column within the range, what it held and the accepted codes", () => {
    const cells = [["K"], ["E"], ["X"], ["Q"]];
    const error = ruleErrorOf(() => countRegister(cells));
    expect(error.kind).toBe("value");
    expect(error.field).toBe("register");
    expect(error.message).toContain('register row 3, column 1 of the range held the text "X"');
    expect(error.message).toContain(REGISTER_CODES_HELP);
    expect(REGISTER_CODES_HELP).toContain("SEN support");
    expect(REGISTER_CODES_HELP).toContain("EHCP");
  });

  test("a number in a register cell is not a code", () => {
    const error = ruleErrorOf(() =>
      countRegister([
        ["K", "E"],
        ["A", 5],
      ]),
    );
    expect(error.kind).toBe("value");
    expect(error.message).toContain("register row 2, column 2 of the range held the number 5");
  });

  test("a boolean in a register cell is not a code", () => {
    expect(ruleErrorOf(() => countRegister([[true]])).message).toContain("held TRUE");
  });
});

describe("scanRegister never throws and lists the bad cells", () => {
  test("counts the good cells, lists the bad ones zero-based", () => {
    const cells = [
      ["K", "X"],
      [3, "E"],
      ["", "School Action Plus"],
    ];
    const result = scanRegister(cells);
    expect(result.counts).toEqual({ K: 1, E: 1, A: 0, P: 1, S: 0, N: 0, onRegister: 3 });
    expect(result.invalid).toEqual([
      { row: 0, col: 1, value: "X" },
      { row: 1, col: 0, value: 3 },
    ]);
    expect(result.invalidCount).toBe(2);
  });

  test("keeps at most maxInvalid cells but counts them all", () => {
    const cells = Array.from({ length: 50 }, () => ["?"]);
    const result = scanRegister(cells, 5);
    expect(result.invalid).toHaveLength(5);
    expect(result.invalid[4]).toEqual({ row: 4, col: 0, value: "?" });
    expect(result.invalidCount).toBe(50);
  });
});

describe("registerCountRows", () => {
  test("rows in the released order", () => {
    const counts: RegisterCounts = { K: 7, E: 2, A: 3, P: 4, S: 1, N: 30, onRegister: 17 };
    expect(registerCountRows(counts)).toEqual([
      ["SEN support (K)", 7],
      ["EHC plan (E)", 2],
      ["School Action (A)", 3],
      ["School Action Plus (P)", 4],
      ["Statement (S)", 1],
      ["No SEN (N)", 30],
      ["On the SEN register (K+E+A+P+S)", 17],
    ]);
    expect(REGISTER_COUNT_LABELS).toHaveLength(7);
  });
});

describe("register points and hours", () => {
  test("School X's register gives the same 5 hours as the counts", () => {
    const counts = countRegister(schoolXRegister());
    expect(sencoHoursFromRegister(67755, counts, 0.34)).toBe(5);
    expect(sencoHoursFromRegister(67755, counts, 0.34)).toBe(
      sencoHours({
        notionalSenBudget: 67755,
        schoolAction: 10,
        schoolActionPlus: 5,
        statements: 6,
        pupilMobility: 0.34,
      }),
    );
    const breakdown = sencoBreakdownFromRegister(67755, counts, 0.34);
    expect(breakdown.totalPoints).toBe(133);
    expect(breakdown.senSupportPoints).toBe(0);
  });

  test("EHC plans count like statements (x 5); K counts x weight; N adds nothing", () => {
    const counts: RegisterCounts = { K: 10, E: 2, A: 1, P: 1, S: 3, N: 500, onRegister: 17 };
    expect(registerPoints(counts, 1)).toEqual({
      senSupport: 10,
      schoolAction: 1,
      schoolActionPlus: 5,
      statements: 25,
      total: 41,
    });
    expect(registerPoints(counts, 5)).toEqual({
      senSupport: 50,
      schoolAction: 1,
      schoolActionPlus: 5,
      statements: 25,
      total: 81,
    });
    expect(registerPoints(counts, 2.2).senSupport).toBe(22);
  });

  test("a post-2014 register: 28 K and 2 EHC plans, budget £30,000", () => {
    const column = [...Array.from({ length: 28 }, () => ["K"]), ["E"], ["EHC plan"]];
    const counts = countRegister(column);
    // 30 + 28 x 1 + 2 x 5 = 68 points -> 1 hour; weight 5: 30 + 140 + 10 = 180 -> 4 hours
    expect(sencoHoursFromRegister(30000, counts)).toBe(1);
    expect(sencoHoursFromRegister(30000, counts, undefined, 5)).toBe(4);
    expect(sencoHoursFromRegister(30000, counts, 0.25, 5)).toBe(5);
  });

  test("a fractional weight whose product is noisy still makes a complete 40", () => {
    // 10 x 1.1 = 11.000000000000002; 29 + 11 = 40 -> 1 hour
    const counts: RegisterCounts = { K: 10, E: 0, A: 0, P: 0, S: 0, N: 0, onRegister: 10 };
    expect(sencoHoursFromRegister(29000, counts, undefined, 1.1)).toBe(1);
  });

  test("a weight outside 1 to 5 is refused, naming sen_support_weight", () => {
    const counts: RegisterCounts = { K: 1, E: 0, A: 0, P: 0, S: 0, N: 0, onRegister: 1 };
    for (const bad of [0, 0.99, 5.01, 6, -1, Number.POSITIVE_INFINITY]) {
      const error = ruleErrorOf(() => sencoHoursFromRegister(1000, counts, undefined, bad));
      expect(error.kind).toBe("value");
      expect(error.field).toBe("sen_support_weight");
      expect(error.message).toContain("from 1 to 5");
    }
    expect(ruleErrorOf(() => sencoHoursFromRegister(1000, counts, undefined, Number.NaN)).kind).toBe("value");
  });

  test("budget and mobility are checked on the register route too", () => {
    const counts = countRegister([["K"]]);
    expect(ruleErrorOf(() => sencoHoursFromRegister(-5, counts)).field).toBe("notional_sen_budget");
    expect(ruleErrorOf(() => sencoHoursFromRegister(5, counts, 34)).message).toContain("type 34% or 0.34");
  });

  test("property: hours never fall when a register gains a pupil on the register or the weight rises (seeded)", () => {
    const codes = fc.constantFrom("K", "E", "A", "P", "S", "N", "", "sen support", "EHCP");
    fc.assert(
      fc.property(
        fc.array(codes, { maxLength: 300 }),
        fc.constantFrom("K", "E", "A", "P", "S", "N"),
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 200_000, noNaN: true, noDefaultInfinity: true }),
        (column, added, weight, weightRise, budget) => {
          const counts = countRegister(column.map((c) => [c]));
          const before = sencoHoursFromRegister(budget, counts, undefined, weight);
          const more = countRegister([...column, added].map((c) => [c]));
          expect(sencoHoursFromRegister(budget, more, undefined, weight)).toBeGreaterThanOrEqual(before);
          const heavier = Math.min(5, weight + weightRise);
          expect(sencoHoursFromRegister(budget, counts, undefined, heavier)).toBeGreaterThanOrEqual(before);
        },
      ),
      { seed: 3, numRuns: 1000 },
    );
  });
});

describe("a 1,000,000-cell register", () => {
  test("is counted exactly, in one column and across ten columns", () => {
    const codes = ["K", "E", "A", "P", "S", "N", "", "sen support", " k ", "EHCP"];
    const rows = 1_000_000;
    const column: string[][] = new Array(rows);
    for (let i = 0; i < rows; i++) column[i] = [codes[i % codes.length] as string];
    // Each code appears 100,000 times; K also as "sen support" and " k ", E also as "EHCP"; "" is blank.
    const expected = { K: 300_000, E: 200_000, A: 100_000, P: 100_000, S: 100_000, N: 100_000, onRegister: 800_000 };
    expect(countRegister(column)).toEqual(expected);
    const wide: string[][] = [];
    for (let r = 0; r < 100_000; r++) wide.push(codes.slice());
    expect(countRegister(wide)).toEqual(expected);
  });
});

describe("real register forms: headers, conflicts, Windows' 0 for an empty cell", () => {
  test("a code and a description that disagree are refused, naming the cell", () => {
    const error = ruleErrorOf(() => countRegister([["K"], ["K - Education, Health and Care Plan"]]));
    expect(error.message).toBe(
      'register row 2, column 1 of the range held the text "K - Education, Health and Care Plan": its code K means SEN support but its description means EHC plan (E). Correct the code or the description; neither is guessed.',
    );
  });
  test("a range that starts at the column's header counts the codes below it", () => {
    expect(countRegister([["SEN Status"], ["K"], ["E - Education, Health and Care Plan"], ["N"], [null]])).toEqual({
      K: 1,
      E: 1,
      A: 0,
      P: 0,
      S: 0,
      N: 1,
      onRegister: 2,
    });
    for (const header of ["SEN Provision", "sen_provision", "Stage", "Need code", "SEN"])
      expect(countRegister([[header], ["K"]]).K).toBe(1);
  });
  test("a header anywhere but the first cell is an error naming its cell", () => {
    expect(ruleErrorOf(() => countRegister([["K"], ["SEN Status"]])).message).toMatch(
      /^register row 2, column 1 of the range held the text "SEN Status", which is not a SEN provision code/,
    );
  });
  test("a first cell that is not a code and does not read like a header is an error", () => {
    expect(ruleErrorOf(() => countRegister([["Pupil name"], ["K"]])).message).toMatch(/^register row 1, column 1/);
    expect(ruleErrorOf(() => countRegister([[12], ["K"]])).message).toMatch(/held the number 12/);
  });
  test("a 0 (Excel on Windows' empty cell inside a range) is skipped like a blank", () => {
    expect(countRegister([["K"], [0], ["E"], [0]])).toMatchObject({ K: 1, E: 1, N: 0, onRegister: 2 });
  });
  test("the refusal carries the cell's value and the codes allowed", () => {
    const error = ruleErrorOf(() => countRegister([["K"], ["FSM"]]));
    expect([error.field, error.cell, error.value, error.allowed]).toEqual([
      "register",
      { row: 1, col: 0 },
      "FSM",
      REGISTER_CODES_HELP,
    ]);
  });
  test("a number Excel cannot hold is named so, not as a number", () => {
    for (const value of [Number.POSITIVE_INFINITY, Number.NaN])
      expect(ruleErrorOf(() => countRegister([["K"], [value]])).message).toMatch(
        /^register row 2, column 1 of the range held a number Excel cannot hold, which is not a SEN provision code/,
      );
  });
  test("scanRegister gives the header as written, without the spaces around it", () => {
    expect(scanRegister([[" SEN Status  "], ["K"]]).header).toEqual({ row: 0, col: 0, text: "SEN Status" });
  });
  test("scanRegister reports the skipped header and never lists it", () => {
    const scan = scanRegister([["SEN Status"], ["K"], ["FSM"]]);
    expect(scan.header).toEqual({ row: 0, col: 0, text: "SEN Status" });
    expect(scan.invalid).toEqual([{ row: 2, col: 0, value: "FSM" }]);
  });
});
