/**
 * Matching schools by name when tables share no URN or LAESTAB: names read as the DfE and LAs
 * write them, a match proposed only where the name is unique on both sides within the LA, every
 * other school listed with why, nothing matched by position or until the user accepts it. On
 * made-up tables, then on the DfE's real school names (read from outside the repository when the
 * file is there) against the way an LA's own table writes them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseCsvValues } from "../../src/sheets/district/read/csv";
import { nameKey, shortNameKey } from "../../src/sheets/district/read/school-names";
import { matchNames } from "../../src/sheets/district/join/name-matching";
import { joinDistrict } from "../../src/sheets/district/join/join";
import type { JoinChoices, JoinTable } from "../../src/sheets/district/join/join-types";
import { matchLists, schoolText, listHeading } from "../../src/sheets/district/join/match-lists";
import { buildJoinedSummary } from "../../src/sheets/district/summary/joined-summary";
import { sencoHours } from "../../src/rules/senco-time";
import { laSpelling } from "./la-spellings";

describe("school names read as tables write them", () => {
  test.each([
    ["St Mary's CofE Primary School", "St. Mary\u2019s C of E Primary School"],
    ["St Mary's CofE Primary School", "SAINT MARYS CHURCH OF ENGLAND PRIMARY SCHOOL"],
    ["St Mary's CofE Primary School", "St Marys CE Primary School"],
    ["Forefield Community Infant and Nursery School", "Forefield Community Infant & Nursery School"],
    ["St Joseph's RC Primary School", "St Joseph's Roman Catholic Primary School"],
    ["Ecole Française Jacques Prévert", "Ecole Francaise Jacques Prevert"],
    ["Ashford, St Mary\u2019s Church of England Primary School", "Ashford St Marys C of E Primary School"],
  ])("%s and %s are the same name", (dfe, la) => {
    expect(nameKey(la)).toBe(nameKey(dfe));
  });

  test.each([
    ["Mandeville Primary School", "Mandeville Academy", "mandeville"],
    ["Mandeville Primary School", "Mandeville Primary", "mandeville"],
    [
      "All Saints\u2019 Church of England Voluntary Aided Primary School, Dovercourt",
      "All Saints CE (VA) Primary, Dovercourt",
      "all saints ce dovercourt",
    ],
    ["The Aldgate School", "Aldgate School", "aldgate"],
  ])("%s and %s are alike only without the words of a school's kind", (a, b, short) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
    expect(shortNameKey(nameKey(a)!)).toBe(short);
    expect(shortNameKey(nameKey(b)!)).toBe(short);
  });

  test("names that tell schools apart stay apart: infant and junior, controlled, a place", () => {
    const keys = [
      "Farnborough Road Junior School",
      "Farnborough Road Infant School",
      "St Philip's Church of England Controlled Primary School",
      "St Philip's Church of England Primary School",
      "St Luke's Halsall Church of England Primary School",
      "St Luke's Church of England Primary School",
    ].map((n) => shortNameKey(nameKey(n)!));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("a blank cell or punctuation alone is no name", () => {
    expect(nameKey(null)).toBeUndefined();
    expect(nameKey("  ")).toBeUndefined();
    expect(nameKey("--")).toBeUndefined();
  });
});

describe("matching two lists of names within an LA", () => {
  const side = (names: (string | null)[], bucket = "") => ({
    keys: names.map((n) => nameKey(n)),
    buckets: names.map(() => bucket),
  });

  test("a name unique on both sides is proposed; repeated, several or none are misses with why", () => {
    const spine = side([
      "St John's Church of England Primary School",
      "St John's Church of England Primary School",
      "Mandeville Primary School",
      "Oak Primary School",
      "Oak School",
      "Linacre Primary School",
    ]);
    const table = side([
      "St John's C of E Primary School",
      "Mandeville Academy",
      "Oak Primary",
      "Linacre Primary School",
      "Elm Academy",
    ]);
    const { spine: s, table: t } = matchNames(spine, table);
    expect([...t.partner]).toEqual([-1, 2, -1, 5, -1]);
    expect(t.tier).toEqual([undefined, "short", undefined, "same", undefined]);
    expect(t.misses.get(0)).toEqual({ kind: "several", rows: [0, 1], short: false });
    expect(t.misses.get(2)).toEqual({ kind: "several", rows: [3, 4], short: true });
    expect(t.misses.get(4)).toEqual({ kind: "none" });
    // The same answer from the spine's side.
    expect([...s.partner]).toEqual([-1, -1, 1, -1, -1, 3]);
    expect(s.misses.get(0)).toEqual({ kind: "repeated", rows: [0, 1], short: false });
    expect(s.misses.get(3)).toEqual({ kind: "repeated", rows: [3, 4], short: true });
  });

  test("names are compared within one LA: the same name in two LAs is two schools", () => {
    const spine = { keys: ["st marys ce primary school", "st marys ce primary school"], buckets: ["201", "380"] };
    const table = { keys: ["st marys ce primary school"], buckets: ["380"] };
    expect([...matchNames(spine, table).table.partner]).toEqual([1]);
  });

  test("rows that are not candidates (other LAs, closed, nameless) are never matched or listed", () => {
    const spine = { keys: ["oak", "elm", undefined], buckets: ["", undefined, ""] };
    const table = { keys: ["oak", "elm"], buckets: ["", ""] };
    const { table: t, spine: s } = matchNames(spine, table);
    expect([...t.partner]).toEqual([0, -1]);
    expect(t.misses.get(1)).toEqual({ kind: "none" });
    expect(s.misses.size).toBe(0);
  });
});

/** The DfE's wide school-level file for one made-up LA, with no URN or LAESTAB (as the real 2023 file). */
function dfeNames(rows: unknown[][]): JoinTable {
  return {
    label: "DfE SEN by school",
    sheetName: "DfE",
    headerRow: 0,
    firstCol: 0,
    headers: ["la_name", "school_name", "Total pupils", "SEN support", "EHC plan"],
    rows,
  };
}

function budgetByName(rows: unknown[][], headers = ["School", "Notional SEN budget"]): JoinTable {
  return { label: "Budget 2025-26", sheetName: "Budget", headerRow: 0, firstCol: 0, headers, rows };
}

describe("two made-up tables joined by name", () => {
  const dfe = dfeNames([
    ["Made-up Borough", "St Mary's CofE Primary School", 300, 40, 5],
    ["Made-up Borough", "Mandeville Primary School", 250, 20, 2],
    ["Made-up Borough", "St John's Church of England Primary School", 200, 12, 1],
    ["Made-up Borough", "St John's Church of England Primary School", 180, 9, 2],
    ["Made-up Borough", "Elm Tree Infant School", 90, 6, 0],
  ]);
  const budget = budgetByName([
    ["Elm Tree Infant School", 9000],
    ["Mandeville Academy", 30000],
    ["St. Mary's C of E Primary", 52000],
    ["St Johns CE Primary School", 20000],
    ["Brand New Free School", 5000],
  ]);

  test("sharing no key, the pane says so once and offers names; nothing is joined until asked", () => {
    const join = joinDistrict([dfe, budget]);
    expect(join.problems).toEqual([
      "Budget 2025-26 and DfE SEN by school share no key (URN or LAESTAB): match their schools by name within the LA, or choose the key columns.",
    ]);
    expect(join.schools).toEqual([]);
    expect(matchLists([dfe, budget], join)).toBeUndefined();
  });

  const byName: JoinChoices = { matchBy: [undefined, "name"] };

  test("proposals listed for the user, the less certain first; Build waits for the decisions", () => {
    const join = joinDistrict([dfe, budget], byName);
    expect(join.names[0]!.proposals.map((p) => [p.name, p.spineName, p.tier, p.accepted])).toEqual([
      ["St. Mary's C of E Primary", "St Mary's CofE Primary School", "short", undefined],
      ["Mandeville Academy", "Mandeville Primary School", "short", undefined],
      ["Elm Tree Infant School", "Elm Tree Infant School", "same", undefined],
    ]);
    expect(join.problems).toEqual([
      "3 matches by name between Budget 2025-26 and the table of schools wait for your decision: accept or reject each (or all at once).",
    ]);
    expect(join.joined).toBeUndefined();
    expect(join.schools).toEqual([]);
  });

  test("the unmatched are listed with why: a name twice in the DfE file, none in it", () => {
    const join = joinDistrict([dfe, budget], byName);
    const lists = matchLists([dfe, budget], join)!;
    expect(lists.map(listHeading)).toEqual([
      "In Budget 2025-26, not matched to DfE SEN by school (by school name): 2 schools, not in the summary",
      "In DfE SEN by school, not matched to Budget 2025-26 (by school name): 2 schools, not in the summary",
    ]);
    expect(lists[0]!.schools.map(schoolText)).toEqual([
      "St Johns CE Primary School, row 5: 2 schools of DfE SEN by school have this name (rows 4, 5)",
      "Brand New Free School, row 6: no school of DfE SEN by school has this name",
    ]);
    expect(lists[1]!.schools.map(schoolText)).toEqual([
      "St John's Church of England Primary School, row 4: 2 rows of DfE SEN by school have this name (rows 4, 5)",
      "St John's Church of England Primary School, row 5: 2 rows of DfE SEN by school have this name (rows 4, 5)",
    ]);
  });

  test("accepted and rejected: only accepted matches join; a rejected one is listed with its partner", () => {
    const proposals = joinDistrict([dfe, budget], byName).names[0]!.proposals;
    const decisions = new Map(proposals.map((p) => [p.id, p.name !== "Elm Tree Infant School"]));
    const join = joinDistrict([dfe, budget], { ...byName, nameDecisions: [undefined, decisions] });
    expect(join.problems).toEqual([]);
    expect(join.schools.map((s) => [s.name, s.rows])).toEqual([
      ["St Mary's CofE Primary School", [0, 2]],
      ["Mandeville Primary School", [1, 1]],
    ]);
    const lists = matchLists([dfe, budget], join)!;
    expect(lists[0]!.schools.map(schoolText)).toContain(
      "Elm Tree Infant School, row 2: its match, Elm Tree Infant School (DfE SEN by school row 6), was rejected",
    );
    const summary = buildJoinedSummary([dfe, budget], join);
    expect(summary.totals.totalGuideHours).toBe(
      sencoHours({ notionalSenBudget: 52000, schoolAction: 40, schoolActionPlus: 0, statements: 5 }) +
        sencoHours({ notionalSenBudget: 30000, schoolAction: 20, schoolActionPlus: 0, statements: 2 }),
    );
    const texts = summary.model.blocks.flatMap((b) => b.cells.map((row) => String(row[0] ?? "")));
    expect(texts).toContain("Schools matched by name (accepted in the task pane)");
    expect(texts).toContain(
      "Mandeville Primary School (DfE SEN by school row 3) = Mandeville Academy (Budget 2025-26 row 3)",
    );
  });

  test("rows are never matched by position: the same tables in another order give the same matches", () => {
    const shuffled = budgetByName([...budget.rows].reverse().map((r) => [...r]));
    const a = joinDistrict([dfe, budget], byName).names[0]!.proposals.map((p) => [p.spineName, p.name]);
    const b = joinDistrict([dfe, shuffled], byName).names[0]!.proposals.map((p) => [p.spineName, p.name]);
    expect(b).toEqual(a);
  });

  test("a school closed in the DfE table is left out, and its successor matches by name", () => {
    const withStatus: JoinTable = {
      ...dfeNames([
        ["Made-up Borough", "Oak Primary School", 0, 0, 0, "Closed"],
        ["Made-up Borough", "Oak Academy", 310, 30, 4, "Open"],
      ]),
      headers: ["la_name", "school_name", "Total pupils", "SEN support", "EHC plan", "EstablishmentStatus (name)"],
    };
    const join = joinDistrict([withStatus, budgetByName([["Oak Primary", 40000]])], byName);
    expect(join.names[0]!.proposals.map((p) => [p.name, p.spineName])).toEqual([["Oak Primary", "Oak Academy"]]);
    expect(join.leftOut).toEqual([
      { table: 0, row: 2, name: "Oak Primary School", reason: 'closed ("EstablishmentStatus (name)": "Closed")' },
    ]);
  });
});

describe("a school closed in the table matched by name", () => {
  test("left out and listed as closed; its row in the table of schools says why it has no match", () => {
    const dfe = dfeNames([
      ["Made-up Borough", "Oak Primary School", 300, 40, 5],
      ["Made-up Borough", "Elm Academy", 250, 20, 2],
    ]);
    const budget = budgetByName(
      [
        ["Oak Primary School", "Open", 52000],
        ["Elm Academy", "Closed", 30000],
      ],
      ["School", "Status", "Notional SEN budget"],
    );
    const proposals = joinDistrict([dfe, budget], { matchBy: [undefined, "name"] }).names[0]!.proposals;
    expect(proposals.map((p) => p.name)).toEqual(["Oak Primary School"]);
    const join = joinDistrict([dfe, budget], {
      matchBy: [undefined, "name"],
      nameDecisions: [undefined, new Map([[proposals[0]!.id, true]])],
    });
    expect(join.schools.map((s) => s.name)).toEqual(["Oak Primary School"]);
    expect(matchLists([dfe, budget], join)!.map((l) => [listHeading(l), ...l.schools.map(schoolText)])).toEqual([
      [
        "In DfE SEN by school, not matched to Budget 2025-26 (by school name): 1 school, not in the summary",
        "Elm Academy, row 3: Budget 2025-26 has this name (row 3), closed or not open yet there (listed)",
      ],
      [
        "Closed or not open yet in Budget 2025-26: 1 row, left out of the summary",
        'Elm Academy, row 3: closed ("Status": "Closed")',
      ],
    ]);

    // A survey without Elm Academy: the school is not listed as "in the summary without" its hours, for it is not in it.
    const survey = budgetByName([["Oak Primary School", 4]], ["School", "SENCO hours"]);
    const three = [dfe, budget, { ...survey, label: "SENCO survey" }];
    const byName = { matchBy: [undefined, "name", "name"] } as const;
    const first = joinDistrict(three, byName);
    const all = first.names.map((m) => new Map(m.proposals.map((p) => [p.id, true])));
    const joined = joinDistrict(three, { ...byName, nameDecisions: [undefined, ...all] });
    expect(joined.problems).toEqual([]);
    expect(matchLists(three, joined)!.map(listHeading)).toEqual([
      "In DfE SEN by school, not matched to Budget 2025-26 (by school name): 1 school, not in the summary",
      "Closed or not open yet in Budget 2025-26: 1 row, left out of the summary",
    ]);
    const summary = buildJoinedSummary(three, joined);
    expect(summary.totals.schools).toBe(1);
    expect(summary.totals.leftOut).toBe(1); // the sheet counts the school the join left out, as the pane does
  });
});

const DATA = path.resolve(__dirname, "../../../shared/data/sen-school-level-england-2023.csv");
const haveData = fs.existsSync(DATA);
if (!haveData)
  console.warn("Skipped the name matching test on real names: the DfE school-level SEN file is not present.");

(haveData ? describe : describe.skip)(
  "the DfE's real school names against an LA's own spellings (January 2023)",
  () => {
    const all = haveData ? parseCsvValues(fs.readFileSync(DATA, "utf8")) : [[]];
    const headers = all[0]!;
    const dfe: JoinTable = {
      label: "DfE SEN by school",
      sheetName: "sen-school-level",
      headerRow: 0,
      firstCol: 0,
      headers,
      rows: all.slice(1),
    };
    const name = headers.indexOf("school_name");
    const la = headers.indexOf("la_name");

    /** Sefton's schools as its budget table writes them, in another order, one renamed, one missing, one new. */
    function seftonBudget(): { table: JoinTable; budgets: Map<string, number> } {
      const sefton = dfe.rows.filter((r) => r[la] === "Sefton").map((r) => String(r[name]));
      const budgets = new Map<string, number>();
      const rows = sefton
        .map((n, i) => {
          const written = n === "Linacre Primary School" ? "Linacre Academy" : laSpelling(n, i);
          budgets.set(written, 20000 + i * 500);
          return [written, 20000 + i * 500];
        })
        .filter((r) => r[0] !== "Waterloo Primary School")
        .reverse();
      rows.push(["Made-up New Free School", 12000]);
      return { table: budgetByName(rows, ["School name", "Notional SEN budget"]), budgets };
    }

    test("Sefton: every name unique on both sides proposed; St John's (twice in the DfE file) listed, not guessed", () => {
      const { table } = seftonBudget();
      const first = joinDistrict([dfe, table], { matchBy: [undefined, "name"] });
      expect(first.la?.offered).toHaveLength(152);
      const seftonId = first.la!.offered.find((o) => o.label === "Sefton")!.id;
      const join = joinDistrict([dfe, table], { matchBy: [undefined, "name"], la: seftonId });
      const m = join.names[0]!;
      // 108 schools: 2 share a name, 1 is not in the budget table, so 105 are proposed.
      expect(m.proposals).toHaveLength(105);
      console.info(
        `Sefton by name: ${m.proposals.length} of 108 schools proposed (${m.proposals.filter((p) => p.tier === "short").length} alike only without School, Primary, Academy)`,
      );
      expect(m.proposals.find((p) => p.name === "Linacre Academy")!.spineName).toBe("Linacre Primary School");
      // The LA's table writes both St John's too: each is listed, neither guessed.
      expect(m.misses.map((x) => x.reason)).toEqual([
        expect.stringMatching(/^2 rows of Budget 2025-26 have this name \(rows \d+, \d+\)$/),
        expect.stringMatching(/^2 rows of Budget 2025-26 have this name \(rows \d+, \d+\)$/),
        "no school of DfE SEN by school has this name",
      ]);
      expect(m.misses.map((x) => x.name)[2]).toBe("Made-up New Free School");
      expect(m.spineMisses.map((x) => x.name).sort()).toEqual([
        "St John's Church of England Primary School",
        "St John's Church of England Primary School",
        "Waterloo Primary School",
      ]);
      // Every proposal pairs a DfE name with its own LA spelling, never with another school's.
      for (const p of m.proposals) expect(shortNameKey(nameKey(p.name)!)).toBe(shortNameKey(nameKey(p.spineName)!));
    });

    test("Sefton, every proposal accepted: the summary's totals are the rule's over the pairs", () => {
      const { table, budgets } = seftonBudget();
      const seftonId = joinDistrict([dfe, table], { matchBy: [undefined, "name"] }).la!.offered.find(
        (o) => o.label === "Sefton",
      )!.id;
      const choices: JoinChoices = { matchBy: [undefined, "name"], la: seftonId };
      const proposals = joinDistrict([dfe, table], choices).names[0]!.proposals;
      const join = joinDistrict([dfe, table], {
        ...choices,
        nameDecisions: [undefined, new Map(proposals.map((p) => [p.id, true]))],
      });
      expect(join.problems).toEqual([]);
      const summary = buildJoinedSummary([dfe, table], join);
      let expected = 0;
      for (const p of proposals) {
        const row = dfe.rows[p.spineRow]!;
        expected += sencoHours({
          notionalSenBudget: budgets.get(p.name)!,
          schoolAction: row[headers.indexOf("SEN support")] as number,
          schoolActionPlus: 0,
          statements: row[headers.indexOf("EHC plan")] as number,
        });
      }
      expect(summary.totals.schools).toBe(105);
      expect(summary.totals.totalGuideHours).toBe(expected);
      // The DfE file's names repeat across England: those schools are found by LA and name together.
      const row = summary.joined.lookups.rows[0]!;
      expect(row.header).toBe("Row in DfE SEN by school (school name or LA and school name)");
      expect(row.snapshots).toBe(0);
    });
  },
);
