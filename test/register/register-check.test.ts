import { checkRegister, invalidAreas, registerGuideHours } from "../../src/sheets/register/register-check";
import { csvRegisterColumn, pastedColumn } from "../../src/taskpane/register/register-tab";
import { SAMPLE_REGISTER_CODES } from "../../src/sheets/register/sample-register";
import { parseCsv } from "../../src/sheets/district/read/csv";
import { countRegister } from "../../src/rules/sen-register";
import { sencoHoursFromRegister } from "../../src/rules/sen-register-points";
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
      message:
        "Notional SEN budget must be more than £0: enter the school's notional SEN budget, which its local authority sets each year; it was blank.",
    });
    expect(registerGuideHours(counts, "1000", "34", "")).toEqual({
      ok: false,
      field: "mobility",
      message: "Pupil mobility must be a percentage from 0% to 100%: for 34% type 34% or 0.34, not 34.",
    });
    expect(registerGuideHours(counts, "1000", "", "6")).toMatchObject({ ok: false, field: "weight" });
  });

  test("pupil mobility: 1 is refused as 100% (if you meant 1%, type 1%); above 80% the hours come with a question", () => {
    expect(registerGuideHours(counts, "67755", "1", "")).toEqual({
      ok: false,
      field: "mobility",
      message: "Pupil mobility was 1, which is 100%, and must be below 100%: if you meant 1%, type 1% (or 0.01).",
    });
    expect(registerGuideHours(counts, "67755", "1%", "")).toMatchObject({ ok: true, mobilityHours: 0 });
    expect(registerGuideHours(counts, "67755", "80%", "")).not.toHaveProperty("mobilityQuestion");
    const high = registerGuideHours(counts, "67755", "90%", "");
    expect(high).toMatchObject({ ok: true, mobility: 0.9, mobilityHours: 3 });
    expect(high.ok && high.mobilityQuestion).toBe(
      "Pupil mobility 90% is above 80%, the highest annual pupil turnover in the published figures (Ofsted, Managing pupil mobility (2002): some primary schools with a turnover of 80%).",
    );
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
      chosenBy: "header",
    });
    expect(checkRegister(column.cells, column.origin).counts).toMatchObject({ K: 1, N: 1, E: 1 });
  });

  test("the SEN status column is found by its header before its content: an FSM Y/N column is never taken", () => {
    const rows = parseCsv(
      [
        "UPN,FSM,Gender,SEN Status",
        "A1,N,F,K - SEN Support",
        "A2,N,M,N - No Special Educational Need",
        "A3,Y,F,E - Education, Health and Care Plan",
        "A4,N,M,",
      ]
        .join("\n")
        .replace(/E - Education, Health and Care Plan/, '"E - Education, Health and Care Plan"'),
    );
    const column = csvRegisterColumn(rows);
    expect(column.origin).toEqual({ row: 1, col: 3 });
    expect(column.chosenBy).toBe("header");
    expect(checkRegister(column.cells, column.origin).counts).toMatchObject({ K: 1, E: 1, N: 1 });
  });
  test("without a status header, content decides, and a yes/no column is never taken", () => {
    const rows = parseCsv("Pupil,FSM eligible,Stage now\n1,N,K\n2,N,N\n3,Y,E\n4,N,N\n5,N,N\n");
    const column = csvRegisterColumn(rows);
    expect(column).toMatchObject({ origin: { row: 1, col: 2 }, chosenBy: "content", header: "Stage now" });
    const fsmOnly = parseCsv("Pupil,Free meals\n1,N\n2,N\n3,N\n");
    expect(() => csvRegisterColumn(fsmOnly)).toThrow(/No column of this file holds SEN status codes/);
  });
  test("the register check shows the header it skipped and never lists it as invalid", () => {
    const check = checkRegister([["SEN Status"], ["K"], ["E"], ["Q"]], { row: 0, col: 2 });
    expect(check.header).toEqual({ address: "C1", text: "SEN Status" });
    expect(check.invalid.map((c) => c.message)).toEqual(['C4 holds the text "Q": not an accepted code.']);
    expect(checkRegister([["K - Education, Health and Care Plan"]], { row: 4, col: 1 }).invalid[0]!.message).toBe(
      'B5 holds the text "K - Education, Health and Care Plan": its code K means SEN support but its description means EHC plan (E); correct the code or the description.',
    );
  });
});

describe("blank cells: pupils with no SEN status", () => {
  test("counted apart from the cells with values, the header left out; 0 is an empty cell (Excel on Windows)", () => {
    const check = checkRegister([["SEN Status"], ["K"], [""], [null], ["E"], [0], ["x"]], { row: 0, col: 2 });
    expect(check.header?.text).toBe("SEN Status");
    expect(check.cellsWithValues).toBe(3);
    expect(check.blankCells).toBe(3);
    expect(checkRegister([["K"], ["N"]], { row: 0, col: 0 }).blankCells).toBe(0);
  });
});
