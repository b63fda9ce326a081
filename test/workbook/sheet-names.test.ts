import {
  freeSheetName,
  freeTableName,
  quoteSheetName,
  sanitizeSheetName,
  sheetNameProblem,
} from "../../src/sheets/sheet-names";

describe("sheet names", () => {
  test("forbidden characters become spaces and runs of spaces collapse", () => {
    expect(sanitizeSheetName("Plan: A/B [draft]*?\\")).toBe("Plan A B draft");
  });
  test("names are cut to 31 characters", () => {
    const name = sanitizeSheetName("SENCO plan for Alexandra Montgomery-Smithson");
    expect(name).toBe("SENCO plan for Alexandra Montgo");
    expect(name).toHaveLength(31);
  });
  test("leading and trailing apostrophes are removed, also after cutting", () => {
    expect(sanitizeSheetName("'Quoted'")).toBe("Quoted");
    expect(sanitizeSheetName("123456789012345678901234567890' tail")).toBe("123456789012345678901234567890");
  });
  test("blank and reserved names get a usable name", () => {
    expect(sanitizeSheetName("  ")).toBe("Sheet");
    expect(sanitizeSheetName("[]")).toBe("Sheet");
    expect(sanitizeSheetName("History")).toBe("History sheet");
  });
  test("a taken name gets (2), (3), case-insensitively", () => {
    expect(freeSheetName("District summary", ["Sheet1"])).toBe("District summary");
    expect(freeSheetName("District summary", ["district SUMMARY"])).toBe("District summary (2)");
    expect(freeSheetName("District summary", ["District summary", "District summary (2)"])).toBe(
      "District summary (3)",
    );
  });
  test("the suffix keeps the name within 31 characters", () => {
    const long = "A".repeat(31);
    const name = freeSheetName(long, [long]);
    expect(name).toBe(`${"A".repeat(27)} (2)`);
    expect(name).toHaveLength(31);
  });
  test("every name chosen passes Excel's rules", () => {
    for (const wanted of ["x'", "'", "a:b", "History", "é".repeat(40), "Plan (2)"]) {
      expect(sheetNameProblem(freeSheetName(wanted, ["Plan (2)"]))).toBeUndefined();
    }
    expect(sheetNameProblem("a/b")).toMatch(/cannot contain/);
    expect(sheetNameProblem("'a")).toMatch(/apostrophe/);
    expect(sheetNameProblem("x".repeat(32))).toMatch(/31/);
  });
  test("quoting doubles apostrophes", () => {
    expect(quoteSheetName("St Mary's")).toBe("'St Mary''s'");
  });
  test("table names are valid identifiers and unique", () => {
    expect(freeTableName("District summary", [])).toBe("District_summary");
    expect(freeTableName("2023 schools", [])).toBe("_2023_schools");
    expect(freeTableName("A1", [])).toBe("_A1");
    expect(freeTableName("Schools", ["schools", "Schools_2"])).toBe("Schools_3");
  });
});
