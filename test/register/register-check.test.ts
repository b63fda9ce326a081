import { checkRegister, invalidAreas, registerGuideHours } from "../../src/sheets/register/register-check";
import { csvRegisterColumn, pastedColumn } from "../../src/taskpane/register/register-tab";
import { SAMPLE_REGISTER_CODES } from "../../src/sheets/register/sample-register";
import { parseCsv } from "../../src/sheets/district/csv";
import { countRegister, sencoHoursFromRegister } from "../../src/rules/sen-register";
import { parseAddress } from "../../src/sheets/a1-address";

describe("checkRegister", () => {
  test("counts by code and lists each invalid cell with its sheet address", () => {
    // A selection Register!C5:C12 as Excel reports it
    const origin = parseAddress("Register!C5:C12");
    const values = [["K"], ["sen support"], [" e "], ["SEN"], [null], [""], [7], ["N"]];
    const check = checkRegister(values, origin);
    expect(check.counts).toEqual({ K: 2, E: 1, A: 0, P: 0, S: 0, N: 1, onRegister: 3 });
    expect(check.countRows[0]).toEqual(["SEN support (K)", 2]);
    expect(check.countRows[6]).toEqual(["On the SEN register (K+E+A+P+S)", 3]);
    expect(check.invalid.map((c) => [c.address, c.message])).toEqual([
      ["C8", 'C8 holds the text "SEN": not an accepted code.'],
      ["C11", "C11 holds 7: not an accepted code."],
    ]);
    expect(check.invalidCount).toBe(2);
    expect(check.cellsWithValues).toBe(6);
  });

  test("agrees with the rule's own count on a clean register and never changes the values", () => {
    const values = SAMPLE_REGISTER_CODES.filter((c) => !["SEN", "x", "K+"].includes(c)).map((c) => [c]);
    const copy = JSON.stringify(values);
    expect(checkRegister(values, { row: 1, col: 0 }).counts).toEqual(countRegister(values));
    expect(JSON.stringify(values)).toBe(copy);
  });

  test("the sample register has exactly its three planted mistakes, at their addresses", () => {
    const check = checkRegister(
      SAMPLE_REGISTER_CODES.map((c) => [c]),
      { row: 1, col: 0 },
    );
    const expected = SAMPLE_REGISTER_CODES.flatMap((c, i) => (["SEN", "x", "K+"].includes(c) ? [`A${i + 2}`] : []));
    expect(check.invalid.map((c) => c.address)).toEqual(expected);
  });

  test("a long list stops at the limit but counts every invalid cell", () => {
    const values = Array.from({ length: 5000 }, (_v, i) => [i % 2 === 0 ? "?" : "K"]);
    const check = checkRegister(values, { row: 0, col: 1 }, 100);
    expect(check.invalid).toHaveLength(100);
    expect(check.invalidCount).toBe(2500);
    expect(check.counts.K).toBe(2500);
  });

  test("invalid cells become contiguous areas, grouped under an address-length limit", () => {
    const check = checkRegister([["x"], ["y"], ["K"], ["z"], ["K"], ["K"]], { row: 1, col: 3 });
    expect(invalidAreas(check.invalid)).toEqual([["D2:D3", "D5"]]);
    const many = checkRegister(
      Array.from({ length: 400 }, (_v, i) => [i % 2 ? "K" : "bad"]),
      { row: 0, col: 0 },
    );
    const groups = invalidAreas(many.invalid, 100);
    expect(groups.flat()).toHaveLength(200);
    for (const g of groups) expect(g.join(",").length).toBeLessThanOrEqual(100);
  });
});

describe("registerGuideHours", () => {
  const counts = { K: 10, E: 6, A: 0, P: 5, S: 0, N: 100, onRegister: 21 };
  test("matches SEND.SENCOHOURSFROMREGISTER's rule for the entries typed", () => {
    const result = registerGuideHours(counts, "£67,755", "34%", "");
    expect(result).toMatchObject({
      ok: true,
      hours: sencoHoursFromRegister(67755, counts, 0.34, 1),
      senSupportWeight: 1,
    });
    // School X: 68 + 10 + 25 + 30 = 133 points -> 3 hours, 34% -> 2 hours
    expect(result).toMatchObject({ hours: 5, totalPoints: 133, mobilityHours: 2 });
    expect(registerGuideHours(counts, "67755", "", "5")).toMatchObject({
      ok: true,
      hours: sencoHoursFromRegister(67755, counts, undefined, 5),
    });
  });
  test("says which entry is wrong, in the functions' words", () => {
    expect(registerGuideHours(counts, "", "", "")).toEqual({
      ok: false,
      field: "budget",
      message: "Notional SEN budget is required: enter an amount in pounds of 0 or more.",
    });
    expect(registerGuideHours(counts, "1000", "34", "")).toEqual({
      ok: false,
      field: "mobility",
      message: "Pupil mobility must be a percentage from 0% to 100%: for 34% type 34% or 0.34, not 34.",
    });
    expect(registerGuideHours(counts, "1000", "", "6")).toMatchObject({ ok: false, field: "weight" });
  });
});

describe("register sources outside Excel", () => {
  test("pasted lines are one column; a trailing line break adds no pupil", () => {
    expect(pastedColumn("K\r\nE\n\nN\n")).toEqual([["K"], ["E"], [""], ["N"]]);
  });
  test("a CSV's register column is the one holding codes; its header row is left out", () => {
    const rows = parseCsv(
      'Pupil,"Name, full",SEN provision\n1,"O\'Neil, Sam",K\n2,"Lee, Ann",N\n3,"Ray, Jo",EHC plan\n',
    );
    const column = csvRegisterColumn(rows);
    expect(column).toEqual({
      cells: [["K"], ["N"], ["EHC plan"]],
      origin: { row: 1, col: 2 },
      header: "SEN provision",
    });
    expect(checkRegister(column.cells, column.origin).counts).toMatchObject({ K: 1, N: 1, E: 1 });
  });
});
