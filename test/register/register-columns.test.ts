/**
 * A SEN register's columns found by their headers as MIS exports spell them; ties are reported,
 * never settled by position.
 */
import { detectRegisterColumns, registerHeaderRow } from "../../src/sheets/register/register-columns";

describe("detectRegisterColumns", () => {
  test("SIMS: Surname, Forename, Year, SEN Status, Primary Need, Secondary Need", () => {
    const d = detectRegisterColumns(["Surname", "Forename", "Year", "SEN Status", "Primary Need", "Secondary Need"]);
    expect(d.mapping).toEqual({
      provision: 3,
      primaryNeed: 4,
      secondaryNeed: 5,
      name: undefined,
      surname: 0,
      forename: 1,
      upn: undefined,
      year: 2,
    });
    expect(d.missingRequired).toEqual([]);
    expect(d.ambiguous).toEqual([]);
    expect(d.notes).toEqual([]);
  });

  test.each([
    [["UPN", "Legal Surname", "Legal Forename", "NC Year", "SEN Provision", "Primary SEN Need", "Secondary SEN Need"]],
    [["Name", "Year Group", "SEN Status", "SEN Type 1", "SEN Type 2", "UPN"]],
    [["Pupil Name", "sen_status", "SEN Need 1", "SEN Need 2", "Reg Group"]],
    [["Student Name", "SEN Stage", "Primary Need", "Secondary Need"]],
  ])("other exports' spellings: %j", (headers) => {
    const d = detectRegisterColumns(headers);
    const at = (text: string) => headers.indexOf(text);
    expect(d.mapping.provision).toBe(at(headers.find((h) => /sen.?(status|provision|stage)/i.test(h))!));
    expect(d.mapping.primaryNeed).toBe(at(headers.find((h) => /primary|1$/i.test(h))!));
    expect(d.mapping.secondaryNeed).toBe(at(headers.find((h) => /secondary|2$/i.test(h))!));
    expect(d.missingRequired).toEqual([]);
  });

  test("a legal name beats a preferred one, and the other is reported, not silently used", () => {
    const headers = [
      "Preferred Surname",
      "Legal Surname",
      "Preferred Forename",
      "Legal Forename",
      "SEN Status",
      "Primary Need",
    ];
    const d = detectRegisterColumns(headers);
    expect(d.mapping.surname).toBe(1);
    expect(d.mapping.forename).toBe(3);
    expect(d.notes).toContain(
      '"Preferred Surname" (column 1) also looks like "Surname"; "Legal Surname" (column 2) is used.',
    );
  });

  test("two equally good need columns: neither is chosen by position; the user is asked", () => {
    const d = detectRegisterColumns(["Name", "SEN Status", "Primary Need", "SEN Type 1"]);
    expect(d.mapping.primaryNeed).toBeUndefined();
    expect(d.ambiguous).toEqual([{ field: "primaryNeed", columns: [2, 3] }]);
    expect(d.missingRequired).toEqual(["primaryNeed"]);
    expect(d.notes[0]).toBe(
      '"Primary Need" (column 3) and "SEN Type 1" (column 4) look equally like "Primary need": choose one.',
    );
  });

  test("dates and reviews of the SEN record are never the record; missing columns are said", () => {
    const d = detectRegisterColumns(["UPN", "SEN Status Start Date", "SEN Review Date", "Primary Need"]);
    expect(d.mapping.provision).toBeUndefined();
    expect(d.missingRequired).toEqual(["provision"]);
    expect(d.notes).toEqual([
      'No column holds "SEN provision (SEN status)": choose it to check the register.',
      "No secondary need column: only primary needs are checked.",
      "No name column: pupils are named by UPN.",
    ]);
  });

  test("the header row is found under an export's title rows", () => {
    const rows = [
      ["SEN register, Spring 2027", "", ""],
      ["", "", ""],
      ["Name", "SEN Status", "Primary Need"],
      ["Ava Adams", "K", "SEMH"],
    ];
    expect(registerHeaderRow(rows)).toBe(2);
  });
});
