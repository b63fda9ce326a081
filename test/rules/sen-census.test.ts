/**
 * The census's type-of-need codes in every form registers hold them, the census's SEN rules for
 * one pupil (each on both sides), and a register counted by need and provision.
 */
import {
  checkPupil,
  censusCheckRows,
  countNeeds,
  MAX_LISTED_PROBLEMS,
  NSA_WITH_PLAN,
  needCountRows,
  problemText,
} from "../../src/rules/sen-census";
import { NEED_CODES, NEED_CODES_HELP, NEED_NAMES, needIndex, parseNeed } from "../../src/rules/sen-needs";
import { ruleErrorOf } from "../helpers/rule-error";

/** SIMS's "code - description" with the description in title case, as SIMS lists them. */
function simsForm(code: string, name: string): string {
  return `${code} - ${name.replace(/\b[a-z]/g, (c) => c.toUpperCase())}`;
}

describe("need codes in every form", () => {
  test("the census has fourteen codes, in the DfE's order, each with its description", () => {
    expect(NEED_CODES).toEqual([
      "SPLD",
      "MLD",
      "SLD",
      "PMLD",
      "SEMH",
      "SLCN",
      "HI",
      "VI",
      "MSI",
      "PD",
      "ASD",
      "DS",
      "OTH",
      "NSA",
    ]);
    expect(NEED_NAMES).toHaveLength(14);
  });

  test.each(NEED_CODES.map((code, i) => [code, NEED_NAMES[i]!]))(
    "%s: the code in any case, the description in any case and spacing, SIMS's code - description",
    (code, name) => {
      for (const form of [
        code,
        code.toLowerCase(),
        ` ${code} `,
        name,
        name.toUpperCase(),
        name.toLowerCase().replace(/ /g, "  "),
        name.replace(/,/g, ""),
        simsForm(code, name),
        `${code}: ${name}`,
        `${code.toLowerCase()}-${name}`,
      ]) {
        expect([form, parseNeed(form)]).toEqual([form, code]);
      }
    },
  );

  test.each([
    ["SpLD", "SPLD"],
    ["SpLD - Specific Learning Difficulty", "SPLD"],
    ["Specific Learning Difficulties", "SPLD"],
    ["Profound & Multiple Learning Difficulty", "PMLD"],
    ["Social, Emotional and Mental Health", "SEMH"],
    ["Speech, Language and Communications needs", "SLCN"],
    ["Visual Impairment", "VI"],
    ["VI - Visual Impairment", "VI"],
    ["Multi- Sensory Impairment", "MSI"],
    ["Multisensory impairment", "MSI"],
    ["Autism Spectrum Disorder", "ASD"],
    ["Down's Syndrome", "DS"],
    ["Down\u2019s syndrome", "DS"],
    ["DS - Down Syndrome", "DS"],
    ["Other Difficulty/Disability", "OTH"],
    ["OTH - Other Difficulty/Disability", "OTH"],
    ["SEN support but no specialist assessment of type of need", "NSA"],
    ["NSA - SEN Support But No Specialist Assessment Of Type Of Need", "NSA"],
    ["ASD -", "ASD"],
    ["(ASD)", "ASD"],
  ])("%s is %s (MIS and DfE spellings)", (form, code) => {
    expect(parseNeed(form)).toBe(code);
  });

  test.each([null, undefined, "", "   ", 0])("%p is blank (0 is an empty cell on Windows)", (cell) => {
    expect(parseNeed(cell)).toBeNull();
    expect(needIndex(cell)).toBe(-1);
  });

  test.each(["ASC", "Autism", "Dyslexia", "BESD", "K", "SEN", "ASD - Hearing Impairment", "ASD HI", 7, true, "0"])(
    "%p is not a census need, never guessed",
    (cell) => {
      expect(parseNeed(cell)).toBeUndefined();
    },
  );
});

const rulesOf = (p: unknown, n1: unknown, n2: unknown = null) => checkPupil(p, n1, n2).map((x) => [x.rule, x.field]);

describe("the census's SEN rules, one pupil at a time", () => {
  test("records that pass: K or E with a need, a different secondary need, N or blank with none", () => {
    expect(checkPupil("K", "SEMH", null)).toEqual([]);
    expect(checkPupil("E", "ASD - Autistic Spectrum Disorder", "SLCN")).toEqual([]);
    expect(checkPupil("K - SEN Support", "NSA", null)).toEqual([]);
    expect(checkPupil("K", "SEMH", "NSA")).toEqual([]); // the DfE publishes NSA as a secondary need
    expect(checkPupil("N", null, null)).toEqual([]);
    expect(checkPupil(null, null, null)).toEqual([]);
    expect(checkPupil(0, 0, 0)).toEqual([]);
    expect(checkPupil("", "", "")).toEqual([]);
  });

  test("the usual records share one empty list: a register of a million pupils is checked with no list per pupil", () => {
    const usual = [
      checkPupil(null, null, null),
      checkPupil("N", null, null),
      checkPupil("K", "SEMH", null),
      checkPupil("K", "SPLD", null), // SPLD is the first code
      checkPupil("E", "ASD", null),
      checkPupil("K", "NSA", null),
    ];
    for (const found of usual) expect(found).toBe(usual[0]);
    expect(usual[0]).toEqual([]);
  });

  test("2120: provision must be K, E or N; A and P are recoded to K or N", () => {
    expect(rulesOf("X", null)).toEqual([[2120, 0]]);
    expect(problemText(checkPupil("X", null, null)[0]!)).toBe(
      'SEN provision the text "X" is not K, E or N (census rule 2120)',
    );
    expect(rulesOf("A", "MLD")).toEqual([[2120, 0]]);
    expect(checkPupil("School Action Plus", "MLD", null)[0]!.text).toBe(
      "P (School Action Plus) is no longer used: review and record K or N",
    );
    expect(rulesOf("K", "MLD")).toEqual([]);
  });

  test("A or P with no need: only the recoding (2170 asks for a need of K or E, which the review decides)", () => {
    expect(rulesOf("A", null)).toEqual([[2120, 0]]);
    expect(rulesOf("School Action Plus", 0, 0)).toEqual([[2120, 0]]);
    expect(rulesOf("S", null)).toEqual([[2115, 0]]);
  });

  test("2115: S (statement) is recoded as E", () => {
    expect(rulesOf("S", "SLD")).toEqual([[2115, 0]]);
    expect(checkPupil("Statement", "SLD", null)[0]!.text).toMatch(/recode as E and review/);
    expect(rulesOf("E", "SLD")).toEqual([]);
  });

  test("2170: K or E needs a primary need", () => {
    expect(rulesOf("K", null)).toEqual([[2170, 1]]);
    expect(rulesOf("E", 0)).toEqual([[2170, 1]]);
    expect(checkPupil("E", null, null)[0]!.text).toBe("EHC plan (E) needs a primary need");
    expect(rulesOf("K", "HI")).toEqual([]);
  });

  test("2125: N, or no provision, has no need recorded", () => {
    expect(rulesOf("N", "SEMH")).toEqual([[2125, 1]]);
    expect(rulesOf("No SEN", null, "VI")).toEqual([[2125, 2]]);
    expect(rulesOf(null, "SEMH")).toEqual([[2125, 0]]);
    expect(checkPupil("", "SEMH", null)[0]!.text).toBe(
      "A need without SEN provision: record K or E, or remove the need",
    );
    expect(rulesOf("N", null)).toEqual([]);
  });

  test("2160: a secondary need needs a primary need", () => {
    expect(rulesOf("K", null, "SLCN")).toEqual([[2160, 2]]);
    expect(problemText(checkPupil("E", null, "SLCN")[0]!)).toBe(
      "Secondary need without a primary need: make it the primary need (census rule 2160)",
    );
    expect(rulesOf("K", "SLCN", null)).toEqual([]);
  });

  test("the secondary need differs from the primary need (the add-in's own check, no census number)", () => {
    expect(rulesOf("E", "PD", "Physical Disability")).toEqual([[0, 2]]);
    expect(problemText(checkPupil("E", "PD", "PD")[0]!)).toBe("Secondary need repeats the primary need (PD)");
    expect(rulesOf("E", "PD", "MSI")).toEqual([]);
    // SPLD, the first code, too.
    expect(problemText(checkPupil("K", "SPLD", "Specific Learning Difficulty")[0]!)).toBe(
      "Secondary need repeats the primary need (SPLD)",
    );
    expect(rulesOf("K", "SPLD", "MLD")).toEqual([]);
  });

  test("2175: NSA only with SEN support (K)", () => {
    expect(rulesOf("E", "NSA")).toEqual([[2175, 1]]);
    expect(rulesOf("E", "SEMH", "NSA")).toEqual([[2175, 2]]);
    expect(rulesOf("S", "NSA")).toEqual([
      [2115, 0],
      [2175, 1],
    ]);
    expect(rulesOf("K", "NSA")).toEqual([]);
  });

  test("a need that is not a census code is named as written", () => {
    expect(problemText(checkPupil("K", "BESD", null)[0]!)).toBe(
      'Primary need the text "BESD" is not a census need code (census rule 2170)',
    );
    expect(problemText(checkPupil("K", "SEMH", "Unknown")[0]!)).toBe(
      'Secondary need the text "Unknown" is not a census need code',
    );
    expect(rulesOf("N", "ASC")).toEqual([
      [2170, 1],
      [2125, 1],
    ]);
  });
});

describe("a need the DfE's descriptions name gets its code suggested, citing the description, never recorded", () => {
  test.each([
    [
      "Dyslexia",
      "SPLD",
      "SEND Code of Practice (2015), 6.31: specific learning difficulties (SpLD) encompass dyslexia",
    ],
    ["dyscalculia", "SPLD", "6.31"],
    ["Autism", "ASD", "SEND Code of Practice (2015), 6.29: ASD includes Asperger's Syndrome and Autism"],
    ["ASC", "ASD", "6.29"],
    ["Asperger's syndrome", "ASD", "6.29"],
    ["Autism Spectrum Condition", "ASD", "6.29"],
    ["ADHD", "SEMH", "SEND Code of Practice (2015), 6.32"],
    ["Attachment disorder", "SEMH", "6.32"],
  ])("%s: record %s (%s)", (need, code, cites) => {
    const [problem] = checkPupil("K", need, null);
    expect(problem!.rule).toBe(2170);
    expect(problem!.text).toContain(`is not a census need code: record ${code} (`);
    expect(problem!.text).toContain(cites);
    // Never recoded: the need is still counted as unknown, not as the suggested code.
    expect(countNeeds([["K"]], [[need]], false).k).toEqual(countNeeds([["K"]], [["Q"]], false).k);
  });

  test("no suggestion where no description names the need", () => {
    expect(checkPupil("K", "BESD", null)[0]!.text).not.toContain("record");
    expect(checkPupil("K", "Additional needs", null)[0]!.text).not.toContain("record");
  });

  test("SEND.SENNEEDCOUNTS's refusal suggests the code too", () => {
    const error = ruleErrorOf(() => countNeeds([["K"]], [["Dyslexia"]]));
    expect(error.message).toContain("which is not a census need code. Record SPLD (SEND Code of Practice (2015), 6.31");
  });

  test("NSA with an EHC plan says what to record instead", () => {
    const [problem] = checkPupil("E", "NSA", null);
    expect(problemText(problem!)).toBe(
      "NSA is only for SEN support (K): a pupil with an EHC plan has been assessed, so record the type of need the plan names (SEMH, ASD, ...) (census rule 2175)",
    );
  });
});

describe("a register counted by need and provision", () => {
  const provision = [["SEN Status"], ["K"], ["K - SEN Support"], ["E"], ["A"], ["S"], ["N"], [null], [0], ["P"], ["E"]];
  const primary = [["Primary Need"], ["SEMH"], ["semh"], ["ASD"], ["MLD"], ["ASD"], [null], [null], [0], [null], [0]];

  test("K with A and P, E with S; N and blank not counted; no primary need is Not recorded", () => {
    const rows = needCountRows(countNeeds(provision, primary));
    expect(rows).toHaveLength(17);
    expect(rows[0]).toEqual(["Primary need", "SEN support (K)", "EHC plan (E)", "Total"]);
    expect(rows[2]).toEqual(["MLD: Moderate learning difficulty", 1, 0, 1]);
    expect(rows[5]).toEqual(["SEMH: Social, emotional and mental health", 2, 0, 2]);
    expect(rows[11]).toEqual(["ASD: Autistic spectrum disorder", 0, 2, 2]);
    expect(rows[12]).toEqual(["DS: Down syndrome", 0, 0, 0]);
    expect(rows[15]).toEqual(["Not recorded", 1, 1, 2]);
    expect(rows[16]).toEqual(["Total", 4, 3, 7]);
  });

  test("an unknown need or provision is refused with its argument and position", () => {
    const need = ruleErrorOf(() => countNeeds([["K"], ["K"]], [["SEMH"], ["ASC"]]));
    expect(need.message).toMatch(
      /^primary_need row 2, column 1 of the range held the text "ASC", which is not a census need code/,
    );
    const code = ruleErrorOf(() => countNeeds([["K"], ["Q"]], [["SEMH"], [null]]));
    expect(code.message).toMatch(
      /^provision row 2, column 1 of the range held the text "Q", which is not a SEN provision code/,
    );
    // Not strict (the pane's model): left out of the counts, never thrown.
    expect(countNeeds([["K"], ["Q"]], [["SEMH"], ["ASC"]], false).k[4]).toBe(1);
  });

  test("SPLD, the first code, is counted; an unknown need or provision left out adds to no count", () => {
    const zeros = () => Array.from({ length: 15 }, () => 0);
    const counts = countNeeds(
      [["K"], ["E"], ["Q"], ["K"]],
      [["SPLD"], ["ASC"], ["SEMH"], ["Specific learning difficulties"]],
      false,
    );
    expect(counts).toEqual({ k: [2, ...zeros().slice(1)], e: zeros() });
  });

  test("a need that is no census code and names none is refused with the codes allowed", () => {
    const error = ruleErrorOf(() => countNeeds([["K"]], [["BESD"]]));
    expect(error.message).toBe(
      `primary_need row 1, column 1 of the range held the text "BESD", which is not a census need code. Allowed: ${NEED_CODES_HELP}.`,
    );
    expect(error.allowed).toBe(NEED_CODES_HELP);
  });

  test("a number or TRUE in the need column is refused as written, with no suggestion", () => {
    expect(ruleErrorOf(() => countNeeds([["K"]], [[7]])).message).toBe(
      `primary_need row 1, column 1 of the range held 7, which is not a census need code. Allowed: ${NEED_CODES_HELP}.`,
    );
    expect(ruleErrorOf(() => countNeeds([["E"]], [[true]])).message).toMatch(
      /^primary_need row 1, column 1 of the range held TRUE, which/,
    );
  });

  test("empty ranges: nothing counted, nothing to check", () => {
    expect(needCountRows(countNeeds([], [])).at(-1)).toEqual(["Total", 0, 0, 0]);
    expect(censusCheckRows([], [], [])).toEqual([
      ["Position in range", "Problem"],
      ["", "No problems found"],
    ]);
    expect(ruleErrorOf(() => countNeeds([["K"]], [])).message).toBe(
      "primary_need must be 1 row by 1 column, as provision is (one cell per pupil); it is 0 rows by 0 columns.",
    );
  });

  test("the two ranges must be the same shape", () => {
    expect(ruleErrorOf(() => countNeeds([["K"], ["E"]], [["SEMH"]])).message).toBe(
      "primary_need must be 2 rows by 1 column, as provision is (one cell per pupil); it is 1 row by 1 column.",
    );
    expect(ruleErrorOf(() => countNeeds([["K"], ["E"]], [["SEMH"]])).allowed).toBe(
      "2 rows by 1 column, as provision is (one cell per pupil)",
    );
    expect(() => countNeeds([["K", "E"]], [["SEMH", "ASD"]])).not.toThrow();
  });

  test("the same number of rows is not enough: the columns must match too", () => {
    expect(ruleErrorOf(() => countNeeds([["K", "E"]], [["SEMH"]])).message).toBe(
      "primary_need must be 1 row by 2 columns, as provision is (one cell per pupil); it is 1 row by 1 column.",
    );
    expect(
      ruleErrorOf(() =>
        countNeeds(
          [["K"], ["E"]],
          [
            ["SEMH", "ASD"],
            ["HI", "VI"],
          ],
        ),
      ).message,
    ).toBe("primary_need must be 2 rows by 1 column, as provision is (one cell per pupil); it is 2 rows by 2 columns.");
    expect(
      ruleErrorOf(() =>
        censusCheckRows(
          [["K"], ["N"]],
          [["SEMH"], [null]],
          [
            ["SLCN", "HI"],
            [null, null],
          ],
        ),
      ).message,
    ).toBe(
      "secondary_need must be 2 rows by 1 column, as provision is (one cell per pupil); it is 2 rows by 2 columns.",
    );
  });
});

describe("the census check as rows", () => {
  const NSA_PROBLEM = `${NSA_WITH_PLAN} (census rule 2175)`;

  test("Position in range: the position in the ranges (the first cell is 1); a header row keeps its place", () => {
    const rows = censusCheckRows(
      [["SEN Status"], ["K"], ["N"], ["E"]],
      [["Primary Need"], [null], ["SEMH"], ["NSA"]],
      [],
    );
    expect(rows).toEqual([
      ["Position in range", "Problem"],
      [2, "SEN support (K) needs a primary need (census rule 2170)"],
      [3, "N (no SEN) with a need: remove the need, or record K or E (census rule 2125)"],
      [4, NSA_PROBLEM],
    ]);
  });

  test("with the sheet row of the first cell, Row is the sheet's row (the pane's E10 is row 10)", () => {
    // A table column Register[SEN Status] starting at D2 (its header in D1): first_row 2.
    const rows = censusCheckRows([["K"], ["N"], ["E"]], [[null], ["SEMH"], ["NSA"]], [], 2);
    expect(rows).toEqual([
      ["Row", "Problem"],
      [2, "SEN support (K) needs a primary need (census rule 2170)"],
      [3, "N (no SEN) with a need: remove the need, or record K or E (census rule 2125)"],
      [4, NSA_PROBLEM],
    ]);
    // The range with its header row, starting at D1: the same sheet rows.
    const withHeader = censusCheckRows(
      [["SEN Status"], ["K"], ["N"], ["E"]],
      [["Primary Need"], [null], ["SEMH"], ["NSA"]],
      [],
      1,
    );
    expect(withHeader.slice(1)).toEqual(rows.slice(1));
  });

  test("no problems found; the secondary range must match when given", () => {
    expect(censusCheckRows([["K"], ["N"]], [["SEMH"], [null]], [])).toEqual([
      ["Position in range", "Problem"],
      ["", "No problems found"],
    ]);
    expect(ruleErrorOf(() => censusCheckRows([["K"], ["N"]], [["SEMH"], [null]], [["SLCN"]])).field).toBe(
      "secondary_need",
    );
  });

  test("one blank secondary cell is the same as leaving it out, whatever the number of pupils", () => {
    const expected = [
      ["Position in range", "Problem"],
      ["", "No problems found"],
    ];
    expect(censusCheckRows([["K"], ["E"]], [["SEMH"], ["ASD"]], [[0]])).toEqual(expected);
    expect(censusCheckRows([["K"], ["E"]], [["SEMH"], ["ASD"]], [[null]])).toEqual(expected);
  });

  test("a secondary range whose first cell is blank is still read: a column or a row of pupils", () => {
    const repeat = "Secondary need repeats the primary need (ASD)";
    expect(censusCheckRows([["K"], ["E"]], [["SEMH"], ["ASD"]], [[null], ["ASD"]])).toEqual([
      ["Position in range", "Problem"],
      [2, repeat],
    ]);
    expect(censusCheckRows([["K", "E"]], [["SEMH", "ASD"]], [[null, "ASD"]])).toEqual([
      ["Position in range", "Problem"],
      [2, repeat],
    ]);
  });

  test("positions count row by row in a range of several columns", () => {
    const rows = censusCheckRows(
      [
        ["K", "E"],
        ["N", "K"],
      ],
      [
        ["SEMH", null],
        [null, "HI"],
      ],
      [],
    );
    expect(rows).toEqual([
      ["Position in range", "Problem"],
      [2, "EHC plan (E) needs a primary need (census rule 2170)"],
    ]);
  });

  test(`at most ${MAX_LISTED_PROBLEMS} problems are listed, then how many more`, () => {
    const n = MAX_LISTED_PROBLEMS + 5;
    const rows = censusCheckRows(
      Array.from({ length: n }, () => ["K"]),
      Array.from({ length: n }, () => [null]),
      [],
    );
    expect(rows).toHaveLength(MAX_LISTED_PROBLEMS + 2);
    expect(rows[rows.length - 1]).toEqual(["", "and 5 more problems: fix these first"]);
  });
});
