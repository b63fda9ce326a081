/**
 * Three tables an LA holds, joined into one row per school for one LA: the DfE file for two LAs
 * (URN 100000 written 1e+05), the LA's budget keyed 201/3614 with a new free school the DfE file
 * lacks, and a SENCO survey keyed by URN. What is matched, by which key, what is left out and why.
 */
import { joinDistrict, schoolRowsText } from "../../src/sheets/district/join/join";
import type { JoinChoices } from "../../src/sheets/district/join/join-types";
import { buildDistrictSummary } from "../../src/sheets/district/summary/summary-model";
import { BUDGET_ROWS, budgetTable, dfeTable, laTables, surveyTable, SURVEY_ROWS } from "./join-fixtures";

const names = (list: readonly { name: string }[]): string[] => list.map((s) => s.name);

describe("one row per school, for the LA the budget table names", () => {
  const join = joinDistrict(laTables());

  test("each field from the table that has it; keys shown; the LA preselected from the budget table", () => {
    expect(join.problems).toEqual([]);
    expect(join.spine).toBe(0);
    expect(
      join.fields.filter((f) => f.table !== undefined).map((f) => [f.field, f.table, f.holders[0]!.header]),
    ).toEqual([
      ["budget", 1, "Notional SEN Budget"],
      ["schoolAction", 0, "SEN support"],
      ["statements", 0, "EHC plan"],
      ["allocated", 2, "SENCO hours allocated"],
      ["pupils", 0, "Total pupils"],
    ]);
    expect(join.tables.map((t) => [t.keys.urn.chosen?.header, t.keys.laestab.chosen?.header])).toEqual([
      ["URN", "LAESTAB"],
      [undefined, "LAESTAB"],
      ["URN", undefined],
    ]);
    expect(join.matchBy).toEqual([undefined, "laestab", "urn"]);
    expect(join.la).toMatchObject({
      needed: true,
      preselected: "201",
      chosen: "201",
      reason: "Budget 2025-26 names one LA only: Made-up Borough (201).",
    });
    expect(join.la!.offered.map((o) => [o.label, o.schools])).toEqual([
      ["Made-up Borough (201)", [4, 5, 0]],
      ["Made-up Shire (380)", [2, 0, 0]],
    ]);
  });

  test("the schools, with URN 1e+05 read as 100000 and matched to the survey's 100000", () => {
    expect(join.joined!.source.headers).toEqual([
      "School name",
      "URN",
      "LAESTAB",
      "Notional SEN Budget",
      "SEN support",
      "EHC plan",
      "SENCO hours allocated",
      "Total pupils",
    ]);
    expect(join.joined!.source.rows).toEqual([
      ["Aldgate Made-up School", "100000", "2013614", 67755, 30, 6, 5, 249],
      ["St Mary's, Upper Town (made up)", "100001", "2013615", 24300, 14, 2, 2, 120],
      ["Church Lane Primary (made up)", "100002", "2012001", 41200, 41, 3, null, 300],
      ["Hill Top Academy (made up)", "100003", "2014001", 182500, 96, 21, 10, 900],
    ]);
    expect(schoolRowsText(laTables(), join.schools[2]!)).toBe("DfE SEN by school row 8; Budget 2025-26 row 6");
    expect(join.schools.map((s) => s.rows)).toEqual([
      [0, 0, 0],
      [1, 1, 1],
      [2, 2, undefined],
      [3, 3, 2],
    ]);
  });

  test("what did not match is listed by name and key, with its number; other LAs are counted, not listed", () => {
    expect(join.unmatched.map((u) => [u.table, u.partner, u.kind, u.schools])).toEqual([
      [1, 0, "laestab", [{ row: 8, name: "New Free School (made up)", key: "2016905", written: "201/6905" }]],
      [0, 1, "laestab", []],
      [2, 0, "urn", []],
      [0, 2, "urn", [{ row: 8, name: "Church Lane Primary (made up)", key: "100002", written: "100002" }]],
    ]);
    expect(join.otherLa).toEqual([2, 0, 1]);
    expect(join.notes).toEqual([
      "Each school is a row of DfE SEN by school, which gives the SEN support counts.",
      "Budget 2025-26 is matched by LAESTAB: 1 school of it not in DfE SEN by school, 0 schools of DfE SEN by school not in it (listed).",
      "SENCO survey is matched by URN: 0 schools of it not in DfE SEN by school, 1 school of DfE SEN by school not in it (listed).",
      '"Notional SEN budget" is read from Budget 2025-26 ("Notional SEN Budget").',
      '"School Action or SEN support (K)" is read from DfE SEN by school ("SEN support").',
      '"Statements or EHC plans (E)" is read from DfE SEN by school ("EHC plan").',
      '"Allocated SENCO hours" is read from SENCO survey ("SENCO hours allocated").',
      '"Total pupils" is read from DfE SEN by school ("Total pupils").',
      "Budget 2025-26 names one LA only: Made-up Borough (201).",
      "2 rows of DfE SEN by school are schools of other LAs: left out.",
      "1 row of SENCO survey is a school of another LA: left out.",
      "4 schools in the summary.",
    ]);
  });

  test("the joined table is summarised by the district summary model as it is", () => {
    const { source, mapping } = join.joined!;
    const summary = buildDistrictSummary(source, mapping);
    expect(summary.badRows).toEqual([]);
    expect(summary.schools.map((s) => [s.name, s.guideHours, s.allocatedHours])).toEqual([
      ["Aldgate Made-up School (URN 100000)", 3, 5],
      ["St Mary's, Upper Town (made up) (URN 100001)", 1, 2],
      ["Church Lane Primary (made up) (URN 100002)", 2, undefined],
      ["Hill Top Academy (made up) (URN 100003)", 9, 10],
    ]);
  });
});

describe("a school closed in a table matched by key", () => {
  test("left out and listed as closed there; not listed as a school in the summary without the survey's hours", () => {
    const budget = {
      ...budgetTable(BUDGET_ROWS.map((row) => [...row, row[0] === "201/2001" ? "Closed" : "Open"])),
      headers: [...budgetTable().headers, "Status"],
    };
    const join = joinDistrict([dfeTable(), budget, surveyTable()]);
    expect(join.problems).toEqual([]);
    expect(names(join.schools)).not.toContain("Church Lane Primary (made up)");
    expect(join.leftOut).toEqual([
      { table: 1, row: 6, name: "Church Lane Primary (made up)", reason: 'closed ("Status": "Closed")' },
    ]);
    // Church Lane is not in the survey either: it is not listed as "in the summary without" its hours.
    expect(join.unmatched.find((u) => u.table === 0 && u.partner === 2)!.schools).toEqual([]);
    expect(join.notes).toContain("1 school closed or not open yet: left out (listed with why).");
  });
});

describe("the LA choice", () => {
  test("the other LA: its schools are not in the budget table, so each is listed and none is summarised", () => {
    const join = joinDistrict(laTables(), { la: "380" });
    expect(join.la!.chosen).toBe("380");
    expect(join.schools).toEqual([]);
    expect(join.problems).toEqual([
      "No school is in every table the summary needs: see the lists of unmatched schools.",
    ]);
    expect(names(join.unmatched.find((u) => u.table === 0 && u.partner === 1)!.schools)).toEqual([
      "Moor Edge Primary (made up)",
      "Valley Road School (made up)",
    ]);
    expect(join.otherLa).toEqual([4, 5, 3]);
  });

  test("without a table naming one LA, the user must choose: nothing is summarised for all of England by default", () => {
    // A budget table keyed by URN that names no LA: nothing says which LA is wanted.
    const survey = surveyTable(SURVEY_ROWS.map((r, i) => [r[0], r[1], [67755, 24300, 182500, 30000][i]]));
    const budgetByUrn = { ...survey, headers: [...survey.headers.slice(0, 2), "Notional SEN budget"] };
    const join = joinDistrict([dfeTable(), budgetByUrn]);
    expect(join.la).toMatchObject({ needed: true, preselected: undefined, chosen: undefined });
    expect(join.problems).toEqual(["The tables cover 2 LAs: choose the LA the summary is for."]);
    expect(join.joined).toBeUndefined();
    const all = joinDistrict([dfeTable(), budgetByUrn], { la: null });
    expect(all.la!.chosen).toBeNull();
    expect(names(all.schools)).toEqual([
      "Aldgate Made-up School",
      "St Mary's, Upper Town (made up)",
      "Hill Top Academy (made up)",
      "Moor Edge Primary (made up)",
    ]);
  });
});

describe("what needs the user before anything is built", () => {
  test("a budget column of counts: a warning naming it; the summary waits until it is confirmed or another is chosen", () => {
    const budget = budgetTable(BUDGET_ROWS.map((r) => [...r, [30, 14, 41, 96, 10][BUDGET_ROWS.indexOf(r)]]));
    const tables = [dfeTable(), { ...budget, headers: [...budget.headers, "Total SEN"] }, surveyTable()];
    const plan = joinDistrict(tables);
    const mapping = { ...plan.tables[1]!.mapping, budget: 3 };
    const choices: JoinChoices = { mappings: [undefined, mapping] };
    const wrong = joinDistrict(tables, choices);
    expect(wrong.warnings.map((w) => w.message)).toEqual([
      '"Total SEN" in Budget 2025-26, chosen as "Notional SEN budget", does not look like it: every value is a whole number below 3,000, as counts of pupils are (largest 96, median 30). Confirm it is the right column, or choose another.',
    ]);
    expect(wrong.problems).toEqual([wrong.warnings[0]!.message]);
    expect(wrong.joined).toBeUndefined();
    const confirmed = joinDistrict(tables, { ...choices, confirmed: [{ field: "budget", table: 1, column: 3 }] });
    expect(confirmed.problems).toEqual([]);
    expect(confirmed.joined!.source.rows[0]![3]).toBe(30);
  });

  test("a key written twice in one table: both rows listed, the school left out until fixed", () => {
    const rows = [...BUDGET_ROWS, ["201-2001", "Church Lane Primary (made up) again", 40000]];
    const join = joinDistrict([dfeTable(), budgetTable(rows), surveyTable()]);
    expect(join.duplicates).toEqual([
      {
        table: 1,
        kind: "laestab",
        key: "2012001",
        schools: [
          { row: 6, name: "Church Lane Primary (made up)", key: "2012001", written: "201/2001" },
          { row: 9, name: "Church Lane Primary (made up) again", key: "2012001", written: "201-2001" },
        ],
      },
    ]);
    expect(names(join.schools)).not.toContain("Church Lane Primary (made up)");
    expect(join.schools).toHaveLength(3);
    expect(join.unmatched.find((u) => u.table === 0 && u.partner === 1)!.schools).toEqual([]);
    expect(join.notes).toContain(
      "1 key written more than once in Budget 2025-26: those schools are not in the summary until fixed (listed).",
    );
  });

  test("rows whose key is blank or not a key are listed, never dropped", () => {
    const join = joinDistrict([
      dfeTable(),
      budgetTable([...BUDGET_ROWS, ["tbc", "Bridge Street School (made up)", 9000]]),
    ]);
    expect(join.keyless).toEqual([
      {
        table: 1,
        kind: "laestab",
        schools: [{ row: 9, name: "Bridge Street School (made up)", key: "", written: "tbc" }],
      },
    ]);
  });

  test("a field two tables hold: the user chooses the table, never the first one", () => {
    const survey = surveyTable(SURVEY_ROWS.map((r) => [...r, 999]));
    const tables = [dfeTable(), budgetTable(), { ...survey, headers: [...survey.headers, "SEN support"] }];
    const join = joinDistrict(tables);
    expect(join.problems).toEqual([
      '"School Action or SEN support (K)" is in DfE SEN by school ("SEN support") and SENCO survey ("SEN support"): choose which table to read it from.',
    ]);
    expect(join.spine).toBeUndefined();
    expect(join.joined).toBeUndefined();
    const chosen = joinDistrict(tables, { fieldSources: { schoolAction: 0 } });
    expect(chosen.problems).toEqual([]);
    expect(chosen.joined!.source.rows.map((r) => r[4])).toEqual([30, 14, 41, 96]);
  });

  test("two equally good columns in one table are left for the user, named", () => {
    const budget = budgetTable(BUDGET_ROWS.map((r) => [...r, r[2]]));
    const join = joinDistrict([
      dfeTable(),
      { ...budget, headers: [...budget.headers, "Notional SEN budget"] },
      surveyTable(),
    ]);
    expect(join.problems).toEqual([
      'Budget 2025-26 ("Notional SEN Budget" and "Notional SEN budget"): columns equally like "Notional SEN budget": choose one.',
    ]);
    const mapping = { ...join.tables[1]!.mapping, budget: 3 };
    expect(
      joinDistrict([dfeTable(), { ...budget, headers: [...budget.headers, "Notional SEN budget"] }, surveyTable()], {
        mappings: [undefined, mapping],
      }).problems,
    ).toEqual([]);
  });

  test("two tables that share no key: the user is asked for the key columns", () => {
    const budget = budgetTable();
    const join = joinDistrict([dfeTable(), { ...budget, headers: ["Ref", ...budget.headers.slice(1)] }]);
    expect(join.problems).toEqual([
      "Budget 2025-26 and DfE SEN by school share no key (URN or LAESTAB): match their schools by name within the LA, or choose the key columns.",
    ]);
    const chosen = joinDistrict([dfeTable(), { ...budget, headers: ["Ref", ...budget.headers.slice(1)] }], {
      keys: [undefined, { laestab: 0 }],
    });
    expect(chosen.matchBy).toEqual([undefined, "laestab"]);
    expect(chosen.schools).toHaveLength(4);
  });

  test("one to four tables", () => {
    expect(() => joinDistrict([])).toThrow("Choose from 1 to 4 tables of schools; 0 were given.");
    const t = laTables();
    expect(() => joinDistrict([...t, ...t])).toThrow("Choose from 1 to 4 tables of schools; 6 were given.");
  });
});
