import {
  checkMapping,
  detectColumns,
  findHeaderRow,
  normalizeHeader,
} from "../../src/sheets/district/read/header-detection";

describe("detectColumns", () => {
  test("the usual headers and their synonyms", () => {
    const d = detectColumns([
      "URN",
      "School name",
      "Notional SEN budget (£)",
      "School Action",
      "School Action Plus",
      "Statements",
      "Pupil mobility %",
      "Allocated SENCO hours",
    ]);
    expect(d.mapping).toEqual({
      urn: 0,
      name: 1,
      budget: 2,
      schoolAction: 3,
      schoolActionPlus: 4,
      statements: 5,
      mobility: 6,
      allocated: 7,
      pupils: undefined,
    });
    expect(d.missingRequired).toEqual([]);
    expect(d.missingOptional).toEqual(["pupils"]);
    expect(d.duplicates).toEqual([]);
  });
  test("modern names: SEN support (K), EHC plans (E), turnover, current SENCO hours; SA+ as 'SA+'", () => {
    const d = detectColumns([
      "establishment_name",
      "SEN budget",
      "SEN support (K)",
      "SA+",
      "EHC plan (E)",
      "Turnover",
      "Current SENCO hours",
    ]);
    expect(d.mapping).toEqual({
      name: 0,
      urn: undefined,
      budget: 1,
      schoolAction: 2,
      schoolActionPlus: 3,
      statements: 4,
      mobility: 5,
      allocated: 6,
      pupils: undefined,
    });
  });
  test("the DfE file's own headers: LA name is not the school name; missing columns are reported", () => {
    const d = detectColumns(["la_name", "school_name", "Total pupils", "SEN support", "EHC plan", "Total Sen"]);
    expect(d.mapping).toMatchObject({
      name: 1,
      schoolAction: 3,
      statements: 4,
      budget: undefined,
      mobility: undefined,
      allocated: undefined,
      pupils: 2,
    });
    expect(d.missingRequired).toEqual(["budget"]);
    expect(d.missingOptional).toEqual(["schoolActionPlus", "mobility", "allocated"]);
    expect(d.notes).toEqual(
      expect.arrayContaining([
        'No column holds "Notional SEN budget": choose it before building the summary.',
        "No mobility column: mobility adds 0 hours for every school.",
        "No allocated SENCO hours column: the summary shows guide hours only, with no below-guide comparison.",
      ]),
    );
  });
  test("duplicate headers: the better match wins, the rest are reported; equal candidates are left for the user", () => {
    const d = detectColumns([
      "School",
      "Budget",
      "Notional SEN budget",
      "SEN support",
      "EHCP",
      "EHC plans",
      "SEN support",
    ]);
    expect(d.mapping).toMatchObject({ name: 0, budget: 2, schoolAction: undefined, statements: undefined });
    expect(d.ambiguous).toEqual([
      { field: "schoolAction", columns: [3, 6] },
      { field: "statements", columns: [4, 5] },
    ]);
    expect(d.duplicates).toEqual([{ field: "budget", column: 1, chosen: 2 }]);
    expect(d.notes[0]).toBe(
      '"SEN support" (column 4) and "SEN support" (column 7) look equally like "School Action or SEN support (K)": choose one below (Build summary waits for your choice).',
    );
    expect(d.notes[2]).toBe(
      '"Budget" (column 2) also looks like "Notional SEN budget"; "Notional SEN budget" (column 3) is used. Change the choice below if that is wrong.',
    );
  });
  test("no name and no URN is a missing required field", () => {
    const d = detectColumns(["Notional SEN budget", "K", "E"]);
    expect(d.missingRequired).toEqual(["name"]);
    expect(d.mapping).toMatchObject({ budget: 0, schoolAction: 1, statements: 2 });
  });
  test("a mapping corrected by hand that uses one column twice is flagged", () => {
    const headers = ["School", "Budget", "K", "E"];
    const check = checkMapping(
      {
        name: 0,
        urn: undefined,
        budget: 1,
        schoolAction: 2,
        schoolActionPlus: 2,
        statements: 3,
        mobility: undefined,
        allocated: undefined,
        pupils: undefined,
      },
      headers,
    );
    expect(check.notes).toContain(
      '"K" (column 3) is chosen for both "School Action or SEN support (K)" and "School Action Plus".',
    );
    expect(check.missingRequired).toEqual([]);
  });
  test("a money column beside a count column is never the count", () => {
    const d = detectColumns([
      "School",
      "SEN support funding",
      "SEN support",
      "EHC plan £",
      "EHC plan",
      "Notional SEN budget",
    ]);
    expect(d.mapping).toMatchObject({ schoolAction: 2, statements: 4, budget: 5 });
    expect(d.ambiguous).toEqual([]);
    expect(detectColumns(["School", "SEN support cost", "Budget"]).mapping).toMatchObject({
      schoolAction: undefined,
      budget: 2,
    });
  });
  test("percentages left of counts are never the counts; a percentage is preferred for mobility", () => {
    const d = detectColumns([
      "URN",
      "% SEN support",
      "SEN support",
      "EHC plan percent",
      "EHC plan",
      "Mobility",
      "Mobility rate (%)",
      "Notional SEN budget",
    ]);
    expect(d.mapping).toMatchObject({ urn: 0, schoolAction: 2, statements: 4, mobility: 6, budget: 7 });
    expect(d.duplicates).toEqual([{ field: "mobility", column: 5, chosen: 6 }]);
    expect(detectColumns(["School", "Budget %", "Budget"]).mapping.budget).toBe(2);
  });
  test("LAESTAB and DfE number are not URNs, wherever they sit", () => {
    expect(detectColumns(["LAESTAB", "URN", "School"]).mapping).toMatchObject({ urn: 1, name: 2 });
    expect(detectColumns(["DfE number", "School name"]).mapping.urn).toBeUndefined();
    expect(detectColumns(["school_laestab", "school_urn"]).mapping.urn).toBe(1);
  });
  test("the DfE wide format with percentage columns beside the counts", () => {
    const d = detectColumns([
      "time_period",
      "URN",
      "school_name",
      "Total pupils",
      "SEN support",
      "SEN support %",
      "EHC plan",
      "EHC plan %",
      "LSOA11",
    ]);
    expect(d.mapping).toMatchObject({ urn: 1, name: 2, pupils: 3, schoolAction: 4, statements: 6 });
    expect(d.ambiguous).toEqual([]);
  });
  test("normalizeHeader", () => {
    expect(normalizeHeader("  SA+ ")).toBe("sa plus");
    expect(normalizeHeader("Notional SEN Budget (£) 2023/24")).toBe("notional sen budget 2023 24");
    expect(normalizeHeader(null)).toBe("");
    expect(normalizeHeader(42)).toBe("42");
  });
});

describe("findHeaderRow", () => {
  test("skips title rows above the header", () => {
    const rows = [
      ["Schools in the district, January 2024"],
      [],
      ["School", "URN", "Notional SEN budget", "SEN support", "EHC plans"],
      ["A", 1, 2, 3, 4],
    ];
    expect(findHeaderRow(rows)).toBe(2);
  });
  test("takes the first row when nothing is recognised", () => {
    expect(
      findHeaderRow([
        ["x", "y"],
        ["1", "2"],
      ]),
    ).toBe(0);
  });
});
