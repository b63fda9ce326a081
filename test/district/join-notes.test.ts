/**
 * Notes that stay true: every note of a join (what must be settled, how each table is matched,
 * where each input is read from, the LA, keys written twice, rows with no key, the columns that do
 * not look like their input, the lists of what did not match) is worked out again from the
 * choices made now. One LA officer's three tables, each choice changed in turn as the pane changes
 * it (the key columns, how a table is matched, the LA, the matches by name accepted and rejected,
 * a budget column of counts used anyway, the allocated hours column), and every note checked after
 * each change, in full.
 */
import { joinDistrict } from "../../src/sheets/district/join/join";
import type { DistrictJoin, JoinChoices, JoinTable } from "../../src/sheets/district/join/join-types";
import { listHeading, matchLists, schoolText } from "../../src/sheets/district/join/match-lists";
import { detectColumns } from "../../src/sheets/district/read/header-detection";

/** The DfE's school-level file for two made-up LAs, with its "Total Sen" count (the column once taken for the budget). */
const DFE: JoinTable = {
  label: "DfE SEN by school",
  sheetName: "DfE",
  headerRow: 0,
  firstCol: 0,
  headers: ["URN", "la_name", "school_name", "Total pupils", "SEN support", "EHC plan", "Total Sen"],
  rows: [
    [100001, "Made-up Borough", "Oak Primary School", 300, 40, 5, 45],
    [100002, "Made-up Borough", "Elm Academy", 250, 20, 2, 22],
    [100003, "Made-up Borough", "St Mary's CofE Primary School", 200, 12, 1, 13],
    [100004, "Made-up Borough", "Ash Infant School", 90, 6, 0, 6],
    [107001, "Made-up Shire", "Moor Edge Primary School", 210, 25, 4, 29],
    [107002, "Made-up Shire", "Valley Road School", 1000, 120, 30, 150],
  ],
};

/** The LA's budget table by URN, naming no LA: Elm Academy's URN written twice, Ash Infant's URN blank. */
const BUDGET: JoinTable = {
  label: "Budget",
  sheetName: "Budget",
  headerRow: 0,
  firstCol: 0,
  headers: ["URN", "School", "Notional SEN budget"],
  rows: [
    [100001, "Oak Primary", 52000],
    [100002, "Elm Academy", 30000],
    [100002, "Elm Academy (old row)", 29000],
    [100003, "St Mary's", 20000],
    [null, "Ash Infant", 9000],
    [107001, "Moor Edge", 41000],
    [107002, "Valley Road", 139000],
  ],
};

/** A survey with names only, its hours under a header that only may be the allocated hours. */
const SURVEY: JoinTable = {
  label: "SENCO survey",
  sheetName: "Survey",
  headerRow: 0,
  firstCol: 0,
  headers: ["School", "Non-contact time"],
  rows: [
    ["Oak Primary School", 5],
    ["Elm Academy", 2],
    ["St. Mary's C of E Primary", 3],
    ["Ash Infants", 1],
  ],
};

const TABLES = [DFE, BUDGET, SURVEY];
const BOROUGH = "name:made up borough";
const SHIRE = "name:made up shire";
const DFE_MAPPING = detectColumns(DFE.headers).mapping;
const SURVEY_MAPPING = detectColumns(SURVEY.headers).mapping;

/** Everything the pane shows of a join: what must be settled, the notes, the column checks and the lists. */
function shown(choices: JoinChoices) {
  const join = joinDistrict(TABLES, choices);
  return {
    join,
    problems: join.problems,
    notes: join.notes,
    warnings: join.warnings.map((w) => w.message),
    lists: matchLists(TABLES, join)?.map((list) => [listHeading(list), ...list.schools.map(schoolText)]),
  };
}

const GUESS =
  '"Non-contact time" in SENCO survey may hold the allocated SENCO hours (its numbers are all from 0 to 40): choose it for "Allocated SENCO hours", or "(no column)".';
const TOTAL_SEN_WARNING =
  '"Total Sen" in DfE SEN by school, chosen as "Notional SEN budget", does not look like it: every value is a whole number below 3,000, as counts of pupils are (largest 150, median 25.5). Confirm it is the right column, or choose another.';
const SPINE = "Each school is a row of DfE SEN by school, which gives the SEN support counts.";
const BY_URN =
  "Budget is matched by URN: 0 schools of it not in DfE SEN by school, 1 school of DfE SEN by school not in it (listed).";
const byName = (accepted: number, proposed = 3): string =>
  `SENCO survey is matched by school name within the LA: ${proposed} ${proposed === 1 ? "match" : "matches"} proposed, ${accepted} accepted (the unmatched listed with why).`;
const read = (field: string, table: string, header: string): string =>
  `"${field}" is read from ${table} ("${header}").`;
const BUDGET_FROM_BUDGET = read("Notional SEN budget", "Budget", "Notional SEN budget");
const COUNTS = [
  read("School Action or SEN support (K)", "DfE SEN by school", "SEN support"),
  read("Statements or EHC plans (E)", "DfE SEN by school", "EHC plan"),
];
const PUPILS = read("Total pupils", "DfE SEN by school", "Total pupils");
const NO_ALLOCATED = "No table gives the allocated SENCO hours: the comparison with the guide is left out.";
const OTHER_LA = [
  "2 rows of DfE SEN by school are schools of other LAs: left out.",
  "2 rows of Budget are schools of other LAs: left out.",
];
const TWICE_OUT = "1 key written more than once in Budget: those schools are not in the summary until fixed (listed).";
const KEYLESS_OUT = "1 row of Budget has no URN: those schools are not in the summary (listed).";

/** The lists while Budget gives the budget, for Made-up Borough, with the survey's matches as decided. */
const ASH_UNMATCHED = [
  [
    "In SENCO survey, not matched to DfE SEN by school (by school name): 1 school, not in the summary",
    "Ash Infants, row 5: no school of DfE SEN by school has this name",
  ],
  [
    "In DfE SEN by school, not matched to SENCO survey (by school name): 1 school, in the summary",
    "Ash Infant School, row 5: no school of SENCO survey has this name",
  ],
];
const BUDGET_LISTS = (outcome: { missing: string; twice: string }) => [
  [
    "In DfE SEN by school, not in Budget (by URN): 1 school, " + outcome.missing,
    "Ash Infant School, row 5, URN 100004",
  ],
  [
    "URN 100002 written more than once in Budget: 2 rows, " + outcome.twice,
    "Elm Academy, row 3, URN 100002",
    "Elm Academy (old row), row 4, URN 100002",
  ],
  ["Rows of Budget with no URN: 1 row, cannot be matched", "Ash Infant, row 6, URN (blank)"],
];
const OUT = { missing: "not in the summary", twice: "left out until one is fixed" };

const schoolNames = (join: DistrictJoin): string[] => join.schools.map((s) => s.name);

describe("every note of a join follows each change of choice", () => {
  const bySurveyName: JoinChoices = { matchBy: [undefined, undefined, "name"] };
  const borough: JoinChoices = { ...bySurveyName, la: BOROUGH };
  const proposals = shown(borough).join.names[0]!.proposals;
  const decided = (accept: (name: string) => boolean): JoinChoices => ({
    ...borough,
    nameDecisions: [undefined, undefined, new Map(proposals.map((p) => [p.id, accept(p.name)]))],
  });
  const accepted = decided(() => true);

  test("the survey shares no key: said once, offered by name; nothing else is said before the tables are matched", () => {
    const first = shown({});
    expect(first.problems).toEqual([
      GUESS,
      "SENCO survey and DfE SEN by school share no key (URN or LAESTAB): match their schools by name within the LA, or choose the key columns.",
    ]);
    expect(first.notes).toEqual([]);
    expect(first.lists).toBeUndefined(); // never "Every school of every table has its row in the others" before
  });

  test("matched by name: the LA to choose (no table names one LA), still nothing listed", () => {
    const named = shown(bySurveyName);
    expect(named.problems).toEqual([GUESS, "The tables cover 2 LAs: choose the LA the summary is for."]);
    expect(named.join.la!.reason).toBe("No table names only one LA: choose the LA.");
    expect(named.notes).toEqual([]);
    expect(named.lists).toBeUndefined();
  });

  test("the LA chosen: the notes say so (no longer 'choose the LA'), the proposals wait, every list", () => {
    const chosen = shown(borough);
    expect(chosen.problems).toEqual([
      GUESS,
      "3 matches by name between SENCO survey and the table of schools wait for your decision: accept or reject each (or all at once).",
    ]);
    expect(chosen.join.la!.reason).toBe("The summary is for Made-up Borough, as chosen.");
    expect(chosen.notes).toEqual([
      SPINE,
      BY_URN,
      byName(0),
      BUDGET_FROM_BUDGET,
      ...COUNTS,
      PUPILS,
      NO_ALLOCATED,
      "The summary is for Made-up Borough, as chosen.",
      ...OTHER_LA,
      TWICE_OUT,
      KEYLESS_OUT,
      "2 schools in the summary.",
    ]);
    expect(chosen.lists).toEqual([...ASH_UNMATCHED, ...BUDGET_LISTS(OUT)]);
  });

  test("matches accepted, then one rejected: the counts, the problems and the lists follow", () => {
    const all = shown(accepted);
    expect(all.problems).toEqual([GUESS]);
    expect(all.notes).toContain(byName(3));
    expect(all.notes).not.toContain(byName(0));
    expect(all.lists).toEqual([...ASH_UNMATCHED, ...BUDGET_LISTS(OUT)]);

    const oneRejected = shown(decided((name) => name !== "St. Mary's C of E Primary"));
    expect(oneRejected.problems).toEqual([GUESS]);
    expect(oneRejected.notes).toContain(byName(2));
    expect(oneRejected.lists!.slice(0, 2)).toEqual([
      [
        "In SENCO survey, not matched to DfE SEN by school (by school name): 2 schools, not in the summary",
        "St. Mary's C of E Primary, row 4: its match, St Mary's CofE Primary School (DfE SEN by school row 4), was rejected",
        "Ash Infants, row 5: no school of DfE SEN by school has this name",
      ],
      [
        "In DfE SEN by school, not matched to SENCO survey (by school name): 2 schools, in the summary",
        "St Mary's CofE Primary School, row 4: its match, St. Mary's C of E Primary (SENCO survey row 4), was rejected",
        "Ash Infant School, row 5: no school of SENCO survey has this name",
      ],
    ]);
  });

  // The pane's choice of "Total Sen" as the budget: DfE's mapping takes column 7 and the budget is read from it.
  const totalSen: JoinChoices = {
    ...accepted,
    mappings: [{ ...DFE_MAPPING, budget: 6 }],
    fieldSources: { budget: 0 },
    settled: ["budget"],
  };

  test('"Total Sen" as the budget: a warning waits; used anyway, Elm Academy (its URN twice in Budget) is in the summary, and the notes say so', () => {
    const warned = shown(totalSen);
    expect(warned.warnings).toEqual([TOTAL_SEN_WARNING]);
    expect(warned.problems).toEqual([GUESS, TOTAL_SEN_WARNING]);

    const anyway = shown({ ...totalSen, confirmed: [{ field: "budget", table: 0, column: 6 }] });
    expect(anyway.problems).toEqual([GUESS]);
    expect(anyway.warnings).toEqual([TOTAL_SEN_WARNING]); // still shown, with its box ticked
    expect(schoolNames(anyway.join)).toEqual([
      "Oak Primary School",
      "Elm Academy",
      "St Mary's CofE Primary School",
      "Ash Infant School",
    ]);
    expect(anyway.notes).toEqual([
      SPINE,
      BY_URN,
      byName(3),
      read("Notional SEN budget", "DfE SEN by school", "Total Sen"),
      ...COUNTS,
      PUPILS,
      NO_ALLOCATED,
      "The summary is for Made-up Borough, as chosen.",
      ...OTHER_LA,
      // Budget gives nothing now: its key written twice and its row with no URN keep no school out.
      "1 key written more than once in Budget: those schools are in the summary (listed).",
      "1 row of Budget has no URN: those schools are in the summary (listed).",
      "4 schools in the summary.",
    ]);
    expect(anyway.lists).toEqual([
      ...ASH_UNMATCHED,
      ...BUDGET_LISTS({ missing: "in the summary", twice: "that school is in the summary" }),
    ]);
  });

  test("the budget read from Budget again: Elm Academy is out again until its URN is fixed, and the notes say so", () => {
    const back = shown({
      ...totalSen,
      fieldSources: { budget: 1 },
      confirmed: [{ field: "budget", table: 0, column: 6 }],
    });
    expect(back.problems).toEqual([GUESS]);
    expect(back.warnings).toEqual([]);
    expect(back.notes).toEqual(shown(accepted).notes);
    expect(back.notes).toContain(TWICE_OUT);
    expect(schoolNames(back.join)).toEqual(["Oak Primary School", "St Mary's CofE Primary School"]);
  });

  test("Budget's URN column set to none: it shares no key, and no note or list of the old match is left", () => {
    const keyless = shown({ ...accepted, keys: [undefined, { urn: null }] });
    expect(keyless.problems).toEqual([
      GUESS,
      "Budget and DfE SEN by school share no key (URN or LAESTAB): match their schools by name within the LA, or choose the key columns.",
    ]);
    expect(keyless.notes).toEqual([]);
    expect(keyless.lists).toBeUndefined();
    const again = shown({ ...accepted, keys: [undefined, { urn: 0 }] });
    expect(again.notes).toEqual(shown(accepted).notes);
  });

  test("the allocated hours column chosen, then none: the comparison's note and the survey's list follow", () => {
    const hours = shown({
      ...accepted,
      mappings: [undefined, undefined, { ...SURVEY_MAPPING, allocated: 1 }],
      fieldSources: { allocated: 2 },
      settled: ["allocated"],
    });
    expect(hours.problems).toEqual([]);
    expect(hours.notes).toContain(read("Allocated SENCO hours", "SENCO survey", "Non-contact time"));
    expect(hours.notes).not.toContain(NO_ALLOCATED);
    expect(hours.lists![1]![0]).toBe(
      'In DfE SEN by school, not matched to SENCO survey (by school name): 1 school, in the summary without "Allocated SENCO hours"',
    );
    expect(hours.join.joined!.source.rows.map((r) => [r[0], r[r.length - 2]])).toEqual([
      ["Oak Primary School", 5],
      ["St Mary's CofE Primary School", 3],
    ]);

    const none = shown({ ...accepted, settled: ["allocated"] });
    expect(none.problems).toEqual([]);
    expect(none.notes).toContain(NO_ALLOCATED);
    expect(none.notes.filter((n) => n.includes("Allocated SENCO hours"))).toEqual([]);
  });

  test("every LA chosen: the survey, naming no LA, cannot be matched by name, and both lists say why", () => {
    const all = shown({ ...accepted, la: null, settled: ["allocated"] });
    expect(all.join.la!.reason).toBe("The summary is for all 2 LAs, as chosen.");
    expect(all.notes).toContain("The summary is for all 2 LAs, as chosen.");
    expect(all.notes).toContain(byName(0, 0));
    expect(all.notes.filter((n) => n.includes("other LAs"))).toEqual([]);
    expect(all.lists!.slice(0, 2)).toEqual([
      [
        "In SENCO survey, not matched to DfE SEN by school (by school name): 4 schools, not in the summary",
        ...[
          "Oak Primary School, row 2",
          "Elm Academy, row 3",
          "St. Mary's C of E Primary, row 4",
          "Ash Infants, row 5",
        ].map((s) => `${s}: names no LA, and the summary is for every LA: choose the LA to match it by name`),
      ],
      [
        "In DfE SEN by school, not matched to SENCO survey (by school name): 6 schools, in the summary",
        "Oak Primary School, row 2: SENCO survey has this name (row 2) but names no LA there: the summary is for every LA, so choose the LA to match it by name",
        "Elm Academy, row 3: SENCO survey has this name (row 3) but names no LA there: the summary is for every LA, so choose the LA to match it by name",
        "St Mary's CofE Primary School, row 4: SENCO survey has this name (row 4) but names no LA there: the summary is for every LA, so choose the LA to match it by name",
        "Ash Infant School, row 5: no school of SENCO survey has this name",
        "Moor Edge Primary School, row 6: no school of SENCO survey has this name",
        "Valley Road School, row 7: no school of SENCO survey has this name",
      ],
    ]);
  });

  test("the other LA chosen: its schools, its notes; the decisions on Made-up Borough's matches no longer count", () => {
    const shire = shown({ ...accepted, la: SHIRE, settled: ["allocated"] });
    expect(shire.join.la!.reason).toBe("The summary is for Made-up Shire, as chosen.");
    expect(shire.problems).toEqual([]);
    expect(shire.notes).toEqual([
      SPINE,
      "Budget is matched by URN: 0 schools of it not in DfE SEN by school, 0 schools of DfE SEN by school not in it (listed).",
      byName(0, 0),
      BUDGET_FROM_BUDGET,
      ...COUNTS,
      PUPILS,
      NO_ALLOCATED,
      "The summary is for Made-up Shire, as chosen.",
      "4 rows of DfE SEN by school are schools of other LAs: left out.",
      "4 rows of Budget are schools of other LAs: left out.",
      // Its row with no URN names no LA either: it could be Made-up Shire's, so it is kept and listed.
      KEYLESS_OUT,
      "2 schools in the summary.",
    ]);
    expect(schoolNames(shire.join)).toEqual(["Moor Edge Primary School", "Valley Road School"]);
  });
});
