/**
 * SENCO functions through the built bundle (dist/functions.js in a vm with a CustomFunctions
 * stub), with the argument shapes Excel passes. Run `npm run build` first.
 */
import { callExpectingError, callFunction, ErrorCode, metadataFor } from "../helpers/bundle";

const SENCO_IDS = [
  "SENCOPOINTS",
  "SENCOMOBILITYHOURS",
  "SENCOHOURS",
  "SENCOBREAKDOWN",
  "SENCOHOURSFROMREGISTER",
  "SENREGISTERCOUNTS",
] as const;

/** School X from the Bradford guidance's appendix. */
const X = [67755, 10, 5, 6] as const;

describe("metadata: ids, argument order, descriptions, help URLs", () => {
  test.each([
    ["SENCOPOINTS", ["notional_sen_budget", "school_action", "school_action_plus", "statements"], []],
    ["SENCOMOBILITYHOURS", ["pupil_mobility"], []],
    [
      "SENCOHOURS",
      ["notional_sen_budget", "school_action", "school_action_plus", "statements", "pupil_mobility"],
      ["pupil_mobility"],
    ],
    [
      "SENCOBREAKDOWN",
      ["notional_sen_budget", "school_action", "school_action_plus", "statements", "pupil_mobility"],
      ["pupil_mobility"],
    ],
    [
      "SENCOHOURSFROMREGISTER",
      ["notional_sen_budget", "register", "pupil_mobility", "sen_support_weight"],
      ["pupil_mobility", "sen_support_weight"],
    ],
    ["SENREGISTERCOUNTS", ["register"], []],
  ])("%s(%j), optional %j", (id, names, optional) => {
    const meta = metadataFor(id);
    expect(meta.parameters.map((p) => p.name)).toEqual(names);
    expect(meta.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(optional);
    expect(meta.description && meta.description.length).toBeGreaterThan(20);
    for (const p of meta.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
    expect(meta.helpUrl).toBe(`https://localhost:3000/help/functions.html#${id.toLowerCase()}`);
  });

  test("register parameters are ranges; the breakdown and the counts spill", () => {
    expect(metadataFor("SENCOHOURSFROMREGISTER").parameters[1]?.dimensionality).toBe("matrix");
    expect(metadataFor("SENREGISTERCOUNTS").parameters[0]?.dimensionality).toBe("matrix");
    expect(metadataFor("SENCOBREAKDOWN").result?.dimensionality).toBe("matrix");
    expect(metadataFor("SENREGISTERCOUNTS").result?.dimensionality).toBe("matrix");
    expect(SENCO_IDS.every((id) => metadataFor(id).id === id)).toBe(true);
  });
});

describe("School X", () => {
  test("SENCOPOINTS 133, SENCOMOBILITYHOURS 2, SENCOHOURS 5", () => {
    expect(callFunction("SENCOPOINTS", ...X)).toBe(133);
    expect(callFunction("SENCOMOBILITYHOURS", 0.34)).toBe(2);
    expect(callFunction("SENCOHOURS", ...X, 0.34)).toBe(5);
  });

  test("SENCOBREAKDOWN shows the guidance's working, labelled, in the released order", () => {
    const rows = callFunction("SENCOBREAKDOWN", ...X, 0.34) as [string, number][];
    expect(rows.map((r) => r[1])).toEqual([68, 10, 25, 30, 133, 3, 2, 5]);
    expect(rows.map((r) => r[0])).toEqual([
      "Budget points (A): notional SEN budget in £1,000s",
      "School Action points (x 1)",
      "School Action Plus points (x 5)",
      "Statement/EHC plan points (x 5)",
      "Total points (A + B)",
      "Hours from points (1 per complete 40)",
      "Mobility hours (C)",
      "Recommended hours per week",
    ]);
  });

  test("numbers as text, money text and percentage text give the same result", () => {
    expect(callFunction("SENCOHOURS", "67755", "10", " 5 ", "6", "34%")).toBe(5);
    expect(callFunction("SENCOHOURS", "£67,755", 10, 5, 6, "0.34")).toBe(5);
    expect(callFunction("SENCOPOINTS", "67,755", "10", "5", "6")).toBe(133);
  });

  test("omitted (null), blank text and missing mobility add no hours", () => {
    expect(callFunction("SENCOHOURS", ...X, null)).toBe(3);
    expect(callFunction("SENCOHOURS", ...X, "")).toBe(3);
    expect(callFunction("SENCOHOURS", ...X, "   ")).toBe(3);
    expect(callFunction("SENCOHOURS", ...X)).toBe(3);
    expect((callFunction("SENCOBREAKDOWN", ...X, null) as unknown[][])[6]).toEqual(["Mobility hours (C)", 0]);
  });
});

describe("boundaries through the functions", () => {
  test.each([
    [67499.99, 67],
    [67500, 68],
    [67755, 68],
  ])("budget £%d gives %d budget points", (budget, points) => {
    expect(callFunction("SENCOPOINTS", budget, 0, 0, 0)).toBe(points);
  });

  test.each([
    [0, 0],
    [0.2, 0],
    ["20%", 0],
    [0.20000001, 1],
    [0.3, 1],
    ["30%", 1],
    [0.30000001, 2],
    [0.4, 2],
    ["40%", 2],
    [0.40000001, 3],
    [0.8, 3],
    ["80%", 3],
  ])("mobility %p gives %d hours", (mobility, hours) => {
    expect(callFunction("SENCOMOBILITYHOURS", mobility)).toBe(hours);
  });

  test("39, 40, 79, 80 points give 0, 1, 1, 2 hours (a budget of £400 is 0 budget points)", () => {
    expect(callFunction("SENCOHOURS", 400, 4, 0, 7, null)).toBe(0);
    expect(callFunction("SENCOHOURS", 400, 5, 0, 7, null)).toBe(1);
    expect(callFunction("SENCOHOURS", 400, 4, 0, 15, null)).toBe(1);
    expect(callFunction("SENCOHOURS", 400, 5, 0, 15, null)).toBe(2);
  });
});

describe("mobility typed as 1 meaning 1%, and the published range (0% to 80%)", () => {
  const SOURCE = "Ofsted, Managing pupil mobility (2002)";

  test("1 is refused: if you meant 1%, type 1% (never 3 hours too many)", () => {
    for (const [id, args] of [
      ["SENCOHOURS", [...X, 1]],
      ["SENCOBREAKDOWN", [...X, 1]],
      ["SENCOMOBILITYHOURS", [1]],
      ["SENCOHOURSFROMREGISTER", [67755, [["K"]], 1]],
    ] as const) {
      const error = callExpectingError(id, ...args);
      expect(error.code).toBe(ErrorCode.invalidValue);
      expect(error.message).toBe(
        "pupil_mobility was 1, which is 100%, and must be below 100%: if you meant 1%, type 1% (or 0.01).",
      );
    }
    expect(callFunction("SENCOHOURS", 67755, 10, 5, 6, 0.01)).toBe(3); // 1%: no mobility hours
    expect(callFunction("SENCOHOURS", 67755, 10, 5, 6, "1%")).toBe(3);
    expect(callFunction("SENCOHOURS", 67755, 10, 5, 6, 0.34)).toBe(5); // School X
  });

  test.each([
    [0, 3],
    [0.2, 3],
    [0.21, 4],
    [0.8, 6],
    ["80%", 6],
  ])("inside the range: %p gives %d hours for School X's points", (mobility, hours) => {
    expect(callFunction("SENCOHOURS", 67755, 10, 5, 6, mobility)).toBe(hours);
  });

  test.each([0.80001, 0.85, "90%", 0.99, "99.9%"])(
    "above the range: %p is #VALUE! with the range and its source",
    (mobility) => {
      const error = callExpectingError("SENCOHOURS", 67755, 10, 5, 6, mobility);
      expect(error.code).toBe(ErrorCode.invalidValue);
      expect(error.message).toMatch(
        /^pupil_mobility [\d.]+% is above 80%, the highest annual pupil turnover in the published figures \(/,
      );
      expect(error.message).toContain(SOURCE);
      expect(error.message).toContain(
        "If the school's turnover really is higher, type 80%: the guide adds the same 3 hours",
      );
    },
  );

  test("100% typed with its sign, and more, are refused as not below 100%", () => {
    expect(callExpectingError("SENCOMOBILITYHOURS", "100%").message).toBe(
      "pupil_mobility must be a percentage from 0% to below 100% (type 34% or 0.34); 100% is not below 100%.",
    );
  });
});

describe("bad input gives an Excel error naming the argument", () => {
  test.each([
    ["a negative budget", [-1, 10, 5, 6], ErrorCode.invalidValue, "notional_sen_budget"],
    ["a negative count", [67755, -1, 5, 6], ErrorCode.invalidValue, "school_action"],
    ["a fractional count", [67755, 10, 2.5, 6], ErrorCode.invalidValue, "school_action_plus"],
    ["text for a count", [67755, 10, 5, "six"], ErrorCode.invalidValue, "statements"],
    ["TRUE for a count", [67755, true, 5, 6], ErrorCode.invalidValue, "school_action"],
    ["a missing budget", [null, 10, 5, 6], ErrorCode.invalidValue, "notional_sen_budget"],
    ["a budget of £0", [0, 10, 5, 6], ErrorCode.invalidValue, "notional_sen_budget must be more than £0"],
    ["Infinity", [Number.POSITIVE_INFINITY, 10, 5, 6], ErrorCode.invalidValue, "notional_sen_budget"],
    ["a count too large to hold exactly", [67755, 1e308, 5, 6], ErrorCode.invalidValue, "school_action"],
  ])("%s", (_what, args, code, argument) => {
    for (const id of ["SENCOPOINTS", "SENCOHOURS", "SENCOBREAKDOWN"]) {
      const error = callExpectingError(id, ...args);
      expect(error.code).toBe(code);
      expect(error.message).toContain(argument);
    }
  });

  test("mobility typed as 34 is told to type 34% or 0.34 (never 3 extra hours)", () => {
    for (const [id, args] of [
      ["SENCOHOURS", [...X, 34]],
      ["SENCOBREAKDOWN", [...X, 34]],
      ["SENCOMOBILITYHOURS", [34]],
      ["SENCOHOURSFROMREGISTER", [67755, [["K"]], 34]],
    ] as const) {
      const error = callExpectingError(id, ...args);
      expect(error.code).toBe(ErrorCode.invalidValue);
      expect(error.message).toContain("pupil_mobility");
      expect(error.message).toContain("type 34% or 0.34");
    }
  });

  test("mobility below 0 or above 100%, or text", () => {
    expect(callExpectingError("SENCOMOBILITYHOURS", -0.1).code).toBe(ErrorCode.invalidValue);
    expect(callExpectingError("SENCOMOBILITYHOURS", 150).code).toBe(ErrorCode.invalidValue);
    expect(callExpectingError("SENCOMOBILITYHOURS", "high").code).toBe(ErrorCode.invalidValue);
    // A blank (null on the web, 0 on Windows) is 0%: no hours.
    expect(callFunction("SENCOMOBILITYHOURS", null)).toBe(0);
    expect(callFunction("SENCOMOBILITYHOURS", 0)).toBe(0);
  });

  test("mobility messages never mislead: 150% typed with its sign, and 33.3 typed without", () => {
    const over = callExpectingError("SENCOMOBILITYHOURS", "150%");
    expect(over.code).toBe(ErrorCode.invalidValue);
    expect(over.message).toBe(
      "pupil_mobility must be a percentage from 0% to below 100% (type 34% or 0.34); 150% is above 100%.",
    );
    const bare = callExpectingError("SENCOHOURS", ...X, 33.3);
    expect(bare.message).toContain("for 33.3% type 33.3% or 0.333, not 33.3.");
  });

  test("a weight outside 1 to 5", () => {
    for (const bad of [0.5, 5.5, 6, -1]) {
      const error = callExpectingError("SENCOHOURSFROMREGISTER", 30000, [["K"]], null, bad);
      expect(error.code).toBe(ErrorCode.invalidValue);
      expect(error.message).toContain("sen_support_weight");
      expect(error.message).toContain("from 1 to 5");
    }
    expect(callExpectingError("SENCOHOURSFROMREGISTER", 30000, [["K"]], null, "heavy").code).toBe(
      ErrorCode.invalidValue,
    );
  });

  test("an unknown register code: which row and column of the range, what it held, the accepted codes", () => {
    const register = [["K"], ["E"], [""], ["SA+"], ["A"]];
    for (const args of [[30000, register], [register]] as const) {
      const id = args.length === 2 ? "SENCOHOURSFROMREGISTER" : "SENREGISTERCOUNTS";
      const error = callExpectingError(id, ...args);
      expect(error.code).toBe(ErrorCode.invalidValue);
      expect(error.message).toContain('register row 4, column 1 of the range held the text "SA+"');
      expect(error.message).toContain('K or "SEN support"');
      expect(error.message).toContain('N or "No SEN"');
    }
  });

  test("a number in a register cell is not a code", () => {
    const error = callExpectingError("SENREGISTERCOUNTS", [["K", "E", 3]]);
    expect(error.code).toBe(ErrorCode.invalidValue);
    expect(error.message).toContain("register row 1, column 3 of the range held the number 3");
  });
});

describe("registers in the shapes Excel passes", () => {
  const counts = (k: number, e: number, a: number, p: number, s: number, n: number) => [
    ["SEN support (K)", k],
    ["EHC plan (E)", e],
    ["School Action (A)", a],
    ["School Action Plus (P)", p],
    ["Statement (S)", s],
    ["No SEN (N)", n],
    ["On the SEN register (K+E+A+P+S)", k + e + a + p + s],
  ];

  /** School X's register: 10 A, 5 P, 6 S, 40 N. */
  const schoolX: string[] = [
    ...Array<string>(10).fill("A"),
    ...Array<string>(5).fill("P"),
    ...Array<string>(6).fill("S"),
    ...Array<string>(40).fill("N"),
  ];

  test("an N x 1 column and a 1 x N row give School X's 5 hours", () => {
    const column = schoolX.map((code) => [code]);
    const row = [schoolX];
    expect(callFunction("SENCOHOURSFROMREGISTER", 67755, column, 0.34)).toBe(5);
    expect(callFunction("SENCOHOURSFROMREGISTER", 67755, row, "34%")).toBe(5);
    expect(callFunction("SENREGISTERCOUNTS", column)).toEqual(counts(0, 0, 10, 5, 6, 40));
    expect(callFunction("SENREGISTERCOUNTS", row)).toEqual(counts(0, 0, 10, 5, 6, 40));
  });

  test('a whole column: blanks as "" and null are skipped', () => {
    const column: unknown[][] = schoolX.map((code) => [code]);
    for (let i = 0; i < 5000; i++) column.push([i % 2 ? "" : null]);
    expect(callFunction("SENCOHOURSFROMREGISTER", 67755, column, 0.34, null)).toBe(5);
  });

  test("a one-cell register (a scalar) and an all-blank register", () => {
    expect(callFunction("SENREGISTERCOUNTS", "K")).toEqual(counts(1, 0, 0, 0, 0, 0));
    expect(callFunction("SENREGISTERCOUNTS", [[""]])).toEqual(counts(0, 0, 0, 0, 0, 0));
    expect(callFunction("SENCOHOURSFROMREGISTER", 80000, [[null], [""]])).toBe(2);
  });

  test("long forms, mixed case and spaces as MIS exports write them", () => {
    const register = [
      ["SEN Support", " ehcp "],
      ["EHC Plan", "statement"],
      ["School Action Plus", "school action"],
      ["No SEN", "k"],
    ];
    expect(callFunction("SENREGISTERCOUNTS", register)).toEqual(counts(2, 2, 1, 1, 1, 1));
  });

  test("SIMS and Arbor exports through the bundle: a range from the header, Windows' 0 for an empty cell", () => {
    const register = [
      ["SEN Status"],
      ["K - SEN Support"],
      ["E - Education, Health and Care Plan"],
      ["N - No Special Educational Need"],
      ["Education, Health and Care Plan"],
      ["Monitoring"],
      ["Statement of SEN"],
      [0],
      [0],
    ];
    expect(callFunction("SENREGISTERCOUNTS", register)).toEqual(counts(1, 2, 0, 0, 1, 2));
    // £30,000 -> 30 points; 1 K + (2 E + 1 S) x 5 = 16 -> 46 points -> 1 hour
    expect(callFunction("SENCOHOURSFROMREGISTER", 30000, register)).toBe(1);
    const conflict = callExpectingError("SENCOHOURSFROMREGISTER", 30000, [
      ["SEN Status"],
      ["K - Education, Health and Care Plan"],
    ]);
    expect(conflict.code).toBe(ErrorCode.invalidValue);
    expect(conflict.message).toBe(
      'register row 2, column 1 of the range held the text "K - Education, Health and Care Plan": its code K means SEN support but its description means EHC plan (E). Correct the code or the description; neither is guessed.',
    );
    expect(callExpectingError("SENREGISTERCOUNTS", [["K"], ["SEN Status"]]).message).toContain(
      'register row 2, column 1 of the range held the text "SEN Status", which is not a SEN provision code',
    );
  });

  test('SEN support weight: blank means 1, 5 counts K like School Action Plus, text "5" works', () => {
    const register = [...Array.from({ length: 28 }, () => ["K"]), ["E"], ["E"]];
    // £30,000 -> 30 points; 28 K; 2 E x 5 = 10
    expect(callFunction("SENCOHOURSFROMREGISTER", 30000, register)).toBe(1); // 68 points
    expect(callFunction("SENCOHOURSFROMREGISTER", 30000, register, null, null)).toBe(1);
    expect(callFunction("SENCOHOURSFROMREGISTER", 30000, register, "", "")).toBe(1);
    expect(callFunction("SENCOHOURSFROMREGISTER", 30000, register, null, 5)).toBe(4); // 180 points
    expect(callFunction("SENCOHOURSFROMREGISTER", 30000, register, "34%", "5")).toBe(6);
    expect(callFunction("SENCOHOURSFROMREGISTER", 30000, register, null, 3)).toBe(3); // 124 points
  });

  test("a 1,000,000-cell register is counted exactly", () => {
    const codes = ["K", "E", "A", "P", "S", "N", "", "SEN support", " k ", "EHCP"];
    const rows = 1_000_000;
    const register: string[][] = new Array(rows);
    for (let i = 0; i < rows; i++) register[i] = [codes[i % codes.length] as string];
    expect(callFunction("SENREGISTERCOUNTS", register)).toEqual(
      counts(300_000, 200_000, 100_000, 100_000, 100_000, 100_000),
    );
    // £400 budget (0 points); K 300,000 x 1 + E 200,000 x 5 + A 100,000 + P 500,000 + S 500,000 = 2,400,000 points -> 60,000 hours
    expect(callFunction("SENCOHOURSFROMREGISTER", 400, register)).toBe(60_000);
    // weight 5: + 1,200,000 points -> 3,600,000 -> 90,000 hours; mobility 41% adds 3
    expect(callFunction("SENCOHOURSFROMREGISTER", 400, register, 0.41, 5)).toBe(90_003);
  });
});
