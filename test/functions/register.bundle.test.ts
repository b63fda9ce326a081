/**
 * SEND.SENNEEDCOUNTS and SEND.SENCENSUSCHECK through the built bundle (dist/functions.js in a vm
 * with a CustomFunctions stub), with the argument shapes Excel passes: every need form, every
 * census rule on both sides, shapes, 0 as an empty cell, and the counts against SENREGISTERCOUNTS.
 * Run `npm run build` first.
 */
import fc from "fast-check";
import { callExpectingError, callFunction, ErrorCode, metadataFor } from "../helpers/bundle";
import { NEED_CODES, NEED_NAMES } from "../../src/rules/sen-needs";
import { NSA_WITH_PLAN } from "../../src/rules/sen-census";

type Row = (string | number)[];
const counts = (provision: unknown, primary: unknown) => callFunction("SENNEEDCOUNTS", provision, primary) as Row[];
const check = (provision: unknown, primary: unknown, secondary: unknown = null) =>
  callFunction("SENCENSUSCHECK", provision, primary, secondary) as Row[];
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

describe("metadata", () => {
  test.each([
    ["SENNEEDCOUNTS", ["provision", "primary_need"], []],
    ["SENCENSUSCHECK", ["provision", "primary_need", "secondary_need", "first_row"], ["secondary_need", "first_row"]],
  ])("%s(%j), optional %j, ranges in and a spill out", (id, names, optional) => {
    const meta = metadataFor(id);
    expect(meta.parameters.map((p) => p.name)).toEqual(names);
    expect(meta.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(optional);
    expect(meta.parameters.every((p) => p.dimensionality === "matrix" || p.name === "first_row")).toBe(true);
    expect(meta.result?.dimensionality).toBe("matrix");
    expect(meta.helpUrl).toBe(`https://localhost:3000/help/functions.html#${id.toLowerCase()}`);
  });
});

describe("SENNEEDCOUNTS", () => {
  test("a SIMS-like register with its header row: the spill's header, a row per need, Not recorded, Total", () => {
    const rows = counts(
      column(
        "SEN Status",
        "K - SEN Support",
        "E - Education, Health and Care Plan",
        "N - No Special Educational Need",
        "K",
        "A",
        "S",
        "P",
        0,
        null,
      ),
      column(
        "Primary Need",
        "SEMH - Social, Emotional and Mental Health",
        "ASD - Autistic Spectrum Disorder",
        0,
        null,
        "Social, emotional and mental health",
        "asd",
        "MLD",
        0,
        null,
      ),
    );
    expect(rows).toHaveLength(17);
    expect(rows[0]).toEqual(["Primary need", "SEN support (K)", "EHC plan (E)", "Total"]);
    expect(rows.slice(1, 15).map((r) => String(r[0]).split(":")[0])).toEqual([...NEED_CODES]);
    expect(rows[5]).toEqual(["SEMH: Social, emotional and mental health", 2, 0, 2]);
    expect(rows[11]).toEqual(["ASD: Autistic spectrum disorder", 0, 2, 2]);
    expect(rows[2]).toEqual(["MLD: Moderate learning difficulty", 1, 0, 1]);
    expect(rows[15]).toEqual(["Not recorded", 1, 0, 1]); // K with no primary need
    expect(rows[16]).toEqual(["Total", 4, 2, 6]);
  });

  test.each(NEED_CODES.map((code, i) => [code, NEED_NAMES[i]!]))(
    "%s in every form counts on its own row",
    (code, name) => {
      const forms = [
        code,
        code.toLowerCase(),
        name,
        name.toUpperCase(),
        `${code} - ${name}`,
        ` ${name.replace(/,/g, "")} `,
      ];
      const rows = counts(
        forms.map(() => ["K"]),
        forms.map((form) => [form]),
      );
      const row = rows.find((r) => r[0] === `${code}: ${name}`)!;
      expect(row).toEqual([`${code}: ${name}`, forms.length, 0, forms.length]);
      expect(rows[16]).toEqual(["Total", forms.length, 0, forms.length]);
    },
  );

  test("0 is an empty cell (Excel on Windows) in both ranges, the same as null (Excel on the web)", () => {
    expect(counts(column("E", 0, "K"), column(0, "HI", null))).toEqual(
      counts(column("E", null, "K"), column(null, "HI", 0)),
    );
    expect(counts(column("E", 0, "K"), column(0, "HI", null))[15]).toEqual(["Not recorded", 1, 1, 2]);
  });

  test("an unknown need is #VALUE! naming it and its position", () => {
    const error = callExpectingError("SENNEEDCOUNTS", column("K", "K", "E"), column("SEMH", "HI", "ASC"));
    expect(error.code).toBe(ErrorCode.invalidValue);
    expect(error.message).toMatch(
      /^primary_need row 3, column 1 of the range held the text "ASC", which is not a census need code\. Record ASD \(SEND Code of Practice \(2015\), 6\.29: ASD includes Asperger's Syndrome and Autism\)\. Allowed: SPLD, MLD/,
    );
  });

  test("an unknown provision is #VALUE! naming it and its position", () => {
    const error = callExpectingError("SENNEEDCOUNTS", column("K", "SEN"), column("SEMH", null));
    expect(error.code).toBe(ErrorCode.invalidValue);
    expect(error.message).toMatch(
      /^provision row 2, column 1 of the range held the text "SEN", which is not a SEN provision code/,
    );
  });

  test("the two ranges must be the same shape", () => {
    const error = callExpectingError("SENNEEDCOUNTS", column("K", "E", "N"), column("SEMH", "HI"));
    expect(error.code).toBe(ErrorCode.invalidValue);
    expect(error.message).toBe(
      "primary_need must be 3 rows by 1 column, as provision is (one cell per pupil); it is 2 rows by 1 column.",
    );
    expect(callExpectingError("SENNEEDCOUNTS", [["K", "E"]], column("SEMH", "HI")).message).toMatch(
      /must be 1 row by 2 columns/,
    );
    // One cell each (Excel passes a single value for a one-cell range).
    expect(counts("K", "SEMH")[5]).toEqual(["SEMH: Social, emotional and mental health", 1, 0, 1]);
    expect(callExpectingError("SENNEEDCOUNTS", null, column("SEMH")).message).toMatch(/^provision is required/);
  });

  test("property: the need counts add up to SENREGISTERCOUNTS's K (with A and P) and E (with S) totals", () => {
    const provisionForms = [
      "K",
      "E",
      "N",
      "A",
      "P",
      "S",
      "k",
      "SEN Support",
      "EHCP",
      "E - Education, Health and Care Plan",
      "No SEN",
      "",
      null,
      0,
    ];
    const needForms = [...NEED_CODES, ...NEED_NAMES, "ASD - Autistic Spectrum Disorder", "", null, 0];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...provisionForms), fc.constantFrom(...needForms)), {
          minLength: 1,
          maxLength: 200,
        }),
        (pupils) => {
          const provision = pupils.map(([p]) => [p]);
          const rows = counts(
            provision,
            pupils.map(([, n]) => [n]),
          );
          const register = callFunction("SENREGISTERCOUNTS", provision) as Row[];
          const byLabel = new Map(register.map((r) => [r[0], r[1] as number]));
          const k =
            byLabel.get("SEN support (K)")! +
            byLabel.get("School Action (A)")! +
            byLabel.get("School Action Plus (P)")!;
          const e = byLabel.get("EHC plan (E)")! + byLabel.get("Statement (S)")!;
          const needRows = rows.slice(1, 16);
          expect(needRows.reduce((sum, r) => sum + (r[1] as number), 0)).toBe(k);
          expect(needRows.reduce((sum, r) => sum + (r[2] as number), 0)).toBe(e);
          expect(rows[16]).toEqual(["Total", k, e, k + e]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("SENCENSUSCHECK", () => {
  test("a register that keeps the rules: one row saying so", () => {
    expect(
      check(
        column("SEN Status", "K", "E", "N", 0),
        column("Primary Need", "SEMH", "ASD", 0, 0),
        column("Secondary Need", "SLCN", 0, 0, 0),
      ),
    ).toEqual([
      ["Position in range", "Problem"],
      ["", "No problems found"],
    ]);
  });

  test.each([
    [
      "provision must be K, E or N",
      "Q",
      "SEMH",
      null,
      'SEN provision the text "Q" is not K, E or N (census rule 2120)',
    ],
    [
      "A is recoded to K or N",
      "A",
      "MLD",
      null,
      "A (School Action) is no longer used: review and record K or N (census rule 2120)",
    ],
    [
      "P is recoded to K or N",
      "P",
      "MLD",
      null,
      "P (School Action Plus) is no longer used: review and record K or N (census rule 2120)",
    ],
    [
      "S is recoded as E",
      "S",
      "SLD",
      null,
      "S (statement) is no longer used: recode as E and review (census rule 2115)",
    ],
    ["K needs a primary need", "K", 0, null, "SEN support (K) needs a primary need (census rule 2170)"],
    ["E needs a primary need", "E", null, null, "EHC plan (E) needs a primary need (census rule 2170)"],
    [
      "N has no need",
      "N",
      "SEMH",
      null,
      "N (no SEN) with a need: remove the need, or record K or E (census rule 2125)",
    ],
    [
      "no provision has no need",
      0,
      "SEMH",
      null,
      "A need without SEN provision: record K or E, or remove the need (census rule 2125)",
    ],
    [
      "a secondary need needs a primary need",
      "K",
      null,
      "SLCN",
      "Secondary need without a primary need: make it the primary need (census rule 2160)",
    ],
    [
      "the secondary need differs from the primary",
      "E",
      "PD",
      "PD - Physical Disability",
      "Secondary need repeats the primary need (PD)",
    ],
    ["NSA only with K", "E", "NSA", null, `${NSA_WITH_PLAN} (census rule 2175)`],
    [
      "an unknown primary need is named",
      "K",
      "BESD",
      null,
      'Primary need the text "BESD" is not a census need code (census rule 2170)',
    ],
    [
      "an unknown secondary need is named",
      "K",
      "SEMH",
      "Unknown",
      'Secondary need the text "Unknown" is not a census need code',
    ],
  ])("%s: the rule broken", (_rule, p, n1, n2, problem) => {
    expect(check(column("K", p), column("HI", n1), column(0, n2))).toEqual([
      ["Position in range", "Problem"],
      [2, problem],
    ]);
  });

  test.each([
    ["K with a need", "K", "HI", null],
    ["E with a need and a different secondary need", "E", "SLD", "HI"],
    ["N with no need", "N", null, 0],
    ["K with NSA", "K", "NSA", null],
    ["K with NSA as the secondary need (the DfE publishes such counts)", "K", "SEMH", "NSA"],
    ["an empty row", 0, 0, 0],
  ])("%s: the rule kept", (_rule, p, n1, n2) => {
    expect(check(column("K", p), column("HI", n1), column(0, n2))).toEqual([
      ["Position in range", "Problem"],
      ["", "No problems found"],
    ]);
  });

  test("a pupil with several problems has a row for each; Row counts from the first cell, header included", () => {
    expect(check(column("SEN Status", "N", "S"), column("Primary Need", "ASC", "NSA"))).toEqual([
      ["Position in range", "Problem"],
      [
        2,
        'Primary need the text "ASC" is not a census need code: record ASD (SEND Code of Practice (2015), 6.29: ASD includes Asperger\'s Syndrome and Autism) (census rule 2170)',
      ],
      [2, "N (no SEN) with a need: remove the need, or record K or E (census rule 2125)"],
      [3, "S (statement) is no longer used: recode as E and review (census rule 2115)"],
      [3, `${NSA_WITH_PLAN} (census rule 2175)`],
    ]);
  });

  test('"Dyslexia", "Autism" and NSA with E: what to record, citing the DfE description', () => {
    const rows = check(column("K", "E", "E"), column("Dyslexia", "Autism", "NSA"));
    expect(rows).toEqual([
      ["Position in range", "Problem"],
      [
        1,
        'Primary need the text "Dyslexia" is not a census need code: record SPLD (SEND Code of Practice (2015), 6.31: specific learning difficulties (SpLD) encompass dyslexia, dyscalculia and dyspraxia) (census rule 2170)',
      ],
      [
        2,
        'Primary need the text "Autism" is not a census need code: record ASD (SEND Code of Practice (2015), 6.29: ASD includes Asperger\'s Syndrome and Autism) (census rule 2170)',
      ],
      [
        3,
        "NSA is only for SEN support (K): a pupil with an EHC plan has been assessed, so record the type of need the plan names (SEMH, ASD, ...) (census rule 2175)",
      ],
    ]);
  });

  test("with first_row (the sheet row of the first cell), the first column is the sheet's Row", () => {
    // Register[SEN Status] from D2: ROW(INDEX(Register[SEN Status],1)) is 2; Zara Cooper in row 10 is Row 10.
    const provision = column("K", "K", "K", "K", "K", "K", "K", "K", "E");
    const needs = column("HI", "HI", "HI", "HI", "HI", "HI", "HI", "HI", "NSA");
    const rows = callFunction("SENCENSUSCHECK", provision, needs, null, 2) as Row[];
    expect(rows).toEqual([
      ["Row", "Problem"],
      [10, `${NSA_WITH_PLAN} (census rule 2175)`],
    ]);
    // Left out, blank or 0 (no row 0): positions, labelled so.
    for (const none of [null, 0, ""]) {
      expect(callFunction("SENCENSUSCHECK", provision, needs, null, none)).toEqual([
        ["Position in range", "Problem"],
        [9, `${NSA_WITH_PLAN} (census rule 2175)`],
      ]);
    }
    expect(callExpectingError("SENCENSUSCHECK", provision, needs, null, 1048577).message).toContain(
      "first_row must be a sheet row from 1 to 1,048,576",
    );
  });

  test("shapes: each range the same shape as provision; secondary_need left out is no secondary need", () => {
    expect(callExpectingError("SENCENSUSCHECK", column("K", "E"), column("HI")).message).toMatch(
      /^primary_need must be 2 rows/,
    );
    expect(callExpectingError("SENCENSUSCHECK", column("K", "E"), column("HI", "VI"), column("SLD")).message).toMatch(
      /^secondary_need must be 2 rows/,
    );
    // One empty cell for secondary_need (0 on Windows, nothing on the web) is the same as leaving it out.
    const leftOut = check(column("K", "E"), column("HI", null));
    expect(check(column("K", "E"), column("HI", null), 0)).toEqual(leftOut);
    expect(check(column("K", "E"), column("HI", null), [[""]])).toEqual(leftOut);
    expect(leftOut).toEqual([
      ["Position in range", "Problem"],
      [2, "EHC plan (E) needs a primary need (census rule 2170)"],
    ]);
    expect(callFunction("SENCENSUSCHECK", column("K"), column(null))).toEqual([
      ["Position in range", "Problem"],
      [1, "SEN support (K) needs a primary need (census rule 2170)"],
    ]);
  });
});

describe("a register range holding an error value (a #N/A from a lookup) names the cell", () => {
  // With allowErrorForDataTypeAny (Microsoft's custom-functions metadata reference), Excel passes a
  // cell's error in: as its error cell value, or as an error object with its code; both are read.
  const errorCell = { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
  const errorObject = { code: "#N/A" };

  test("the metadata lets errors in", () => {
    const fs = jest.requireActual<typeof import("fs")>("fs");
    const path = jest.requireActual<typeof import("path")>("path");
    const json = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "dist", "functions.json"), "utf8"));
    expect(json.allowErrorForDataTypeAny).toBe(true);
  });

  test.each([
    ["an error cell value", errorCell],
    ["an error object", errorObject],
  ])("%s in the register: #VALUE! naming its row and column of the range", (_shape, error) => {
    for (const args of [[67755, column("K", error, "E")], [column("K", error, "E")]] as const) {
      const id = args.length === 2 ? "SENCOHOURSFROMREGISTER" : "SENREGISTERCOUNTS";
      const thrown = callExpectingError(id, ...args);
      expect(thrown.code).toBe(ErrorCode.invalidValue);
      expect(thrown.message).toContain(
        "register row 2, column 1 of the range held the error #N/A (from a formula or lookup in that cell: fix it there)",
      );
    }
    const counted = callExpectingError("SENNEEDCOUNTS", column("K", "E"), column("SEMH", error));
    expect(counted.message).toContain("primary_need row 2, column 1 of the range held the error #N/A");
  });

  test("SENCENSUSCHECK lists the cell with the error as a problem, on its sheet row", () => {
    const rows = callFunction("SENCENSUSCHECK", column("K", "E"), column("SEMH", errorCell), null, 2) as Row[];
    expect(rows).toEqual([
      ["Row", "Problem"],
      [
        3,
        "Primary need the error #N/A (from a formula or lookup in that cell: fix it there) is not a census need code (census rule 2170)",
      ],
    ]);
  });

  test("a single argument holding an error gives that error, as Excel would, naming the argument", () => {
    const thrown = callExpectingError("SENCOHOURS", errorCell, 10, 5, 6, 0.34);
    expect(thrown.code).toBe(ErrorCode.notAvailable);
    expect(thrown.message).toBe("notional_sen_budget holds the error #N/A: fix the cell it refers to.");
    const div = callExpectingError("SENCOHOURS", 67755, 10, 5, 6, { type: "Error", basicValue: "#DIV/0!" });
    expect(div.code).toBe(ErrorCode.divisionByZero);
  });
});
