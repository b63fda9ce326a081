/**
 * The Register tab's census model: a SIMS-like CSV export (test/register/fixtures/
 * sims-census-register.csv: Surname, Forename, Year, SEN Status, Primary Need, Secondary Need,
 * one pupil for each census rule) read through the shared CSV reader, each problem with the
 * pupil, the rule in words and the cell; the counts by need and provision; pupils with no SEN
 * status; and the two live formulas for a table or a bounded range.
 */
import fs from "fs";
import path from "path";
import {
  buildCensusCheck,
  censusFormulaCells,
  censusFormulas,
  provisionColumn,
  readRegisterCsv,
  resolvedMapping,
  yearGroupText,
  type RegisterTable,
} from "../../src/sheets/register/census-check";
import { callFunction } from "../helpers/bundle";
import { detectRegisterColumns, withChoices } from "../../src/sheets/register/register-columns";
import { countNeeds, needCountRows } from "../../src/rules/sen-census";

const SIMS_FIXTURE = path.join(__dirname, "fixtures", "sims-census-register.csv");

function simsRegister() {
  const csv = readRegisterCsv(new Uint8Array(fs.readFileSync(SIMS_FIXTURE)));
  const mapping = resolvedMapping(csv.columns)!;
  return { csv, mapping, check: buildCensusCheck(csv.table, mapping) };
}

describe("a SIMS-like CSV export with one pupil for each rule", () => {
  test("read through the CSV reader; columns found by header", () => {
    const { csv, mapping } = simsRegister();
    expect(csv.detected).toBe("UTF-8, comma-separated");
    expect(csv.table.origin).toEqual({ row: 0, col: 0 });
    expect(csv.table.rows).toHaveLength(17);
    expect(mapping).toMatchObject({ surname: 0, forename: 1, year: 2, provision: 3, primaryNeed: 4, secondaryNeed: 5 });
  });

  test("each problem: the pupil by name, the year, the rule in words with its number, the cell to fix", () => {
    const { check } = simsRegister();
    expect(check.problems.map((p) => [p.pupil, p.year, p.rule, p.cell])).toEqual([
      ["Davies, Dan", "6", 2120, "D5"],
      ["Evans, Ella", "4", 2120, "D6"],
      ["Fisher, Finn", "7", 2115, "D7"],
      ["Green, Grace", "1", 2170, "E8"],
      ["Hughes, Harry", "3", 2125, "E9"],
      ["Iqbal, Isla", "5", 2125, "D10"],
      ["Jones, Jack", "4", 2160, "F11"],
      ["King, Kate", "6", 0, "F12"],
      ["Lewis, Leo", "2", 2175, "E13"],
      ["Morgan, Mia", "3", 2170, "E14"],
      ["Nash, Noah", "5", 0, "F15"],
    ]);
    expect(check.problems[3]!.text).toBe("SEN support (K) needs a primary need (census rule 2170)");
    expect(check.problems[9]!.text).toBe(
      'Primary need the text "ASC" is not a census need code: record ASD (SEND Code of Practice (2015), 6.29: ASD includes Asperger\'s Syndrome and Autism) (census rule 2170)',
    );
    expect(check.problemCount).toBe(11);
    expect(check.pupils).toBe(17);
  });

  test("the inserted SENCENSUSCHECK's Row is the row of the cell the pane names (built bundle)", () => {
    const { csv, mapping, check } = simsRegister();
    const column = (c: number) => csv.table.rows.map((row) => [row[c] ?? null]);
    // As inserted: the columns under the header, and ROW(INDEX(first column,1)), the first pupil's sheet row.
    const firstRow = csv.table.origin.row + 2;
    const rows = callFunction(
      "SENCENSUSCHECK",
      column(mapping.provision),
      column(mapping.primaryNeed),
      column(mapping.secondaryNeed!),
      firstRow,
    ) as (string | number)[][];
    expect(rows[0]![0]).toBe("Row");
    const paneRows = check.problems.map((p) => Number(/\d+$/.exec(p.cell)![0]));
    expect(rows.slice(1).map((r) => r[0])).toEqual(paneRows);
    expect(rows.slice(1).map((r) => r[1])).toEqual(check.problems.map((p) => p.text));
  });

  test.each([
    ["9", "Year 9"],
    ["09", "Year 9"],
    ["Year 4", "Year 4"],
    ["Y4", "Y4"],
    ["Reception", "Reception"],
    ["R", "R"],
    ["Nursery", "Nursery"],
    ["N1", "N1"],
  ])("year group %p is shown as %p, as written (never Year Reception)", (year, shown) => {
    expect(yearGroupText(year)).toBe(shown);
  });

  test("pupils with no SEN status are reported and counted as no SEN", () => {
    const { check } = simsRegister();
    expect(check.noStatus).toBe(2); // Iqbal (with a need: also a problem) and O'Neill
    expect(check.noStatusNote).toBe("2 pupils have no SEN status: counted as no SEN");
  });

  test("counts by need and provision, the same table SEND.SENNEEDCOUNTS gives for the valid pupils", () => {
    const { check } = simsRegister();
    expect(check.countRows[0]).toEqual(["Primary need", "SEN support (K)", "EHC plan (E)", "Total"]);
    const row = (code: string) => check.countRows.find((r) => String(r[0]).startsWith(`${code}:`));
    expect(row("SEMH")).toEqual(["SEMH: Social, emotional and mental health", 2, 0, 2]); // Adams, Nash
    expect(row("ASD")).toEqual(["ASD: Autistic spectrum disorder", 0, 1, 1]);
    expect(row("MLD")).toEqual(["MLD: Moderate learning difficulty", 1, 0, 1]); // Evans, A counted with K
    expect(row("SLD")).toEqual(["SLD: Severe learning difficulty", 0, 1, 1]); // Fisher, S counted with E
    expect(row("NSA")).toEqual(["NSA: SEN support but no specialist assessment of type of need", 1, 1, 2]);
    expect(row("DS")).toEqual(["DS: Down syndrome", 0, 1, 1]);
    expect(check.countRows[15]).toEqual(["Not recorded", 2, 0, 2]); // Green, Jones
    // Morgan's "ASC" is not counted (the function refuses it; the pane lists it as a problem).
    expect(check.countRows[16]).toEqual(["Total", 6, 5, 11]);
  });
});

const TABLE: RegisterTable = {
  headers: ["UPN", "SEN Status", "Primary Need"],
  rows: [
    ["A123456789012", "K", "SEMH"],
    ["B123456789012", "K", null],
    [null, null, null],
    ["", "N", 0],
  ],
  origin: { row: 3, col: 1 },
};

describe("a register read from Excel", () => {
  test("pupils named by UPN when there is no name; addresses from where the table starts", () => {
    const mapping = resolvedMapping(detectRegisterColumns(TABLE.headers))!;
    const check = buildCensusCheck(TABLE, mapping);
    expect(check.problems).toEqual([
      {
        pupil: "B123456789012",
        rule: 2170,
        text: "SEN support (K) needs a primary need (census rule 2170)",
        cell: "D6",
      },
    ]);
    expect(check.pupils).toBe(3); // the empty row is not a pupil
    expect(check.noStatusNote).toBeUndefined();
    expect(check.countRows).toEqual(
      needCountRows(countNeeds([["K"], ["K"], [null], ["N"]], [["SEMH"], [null], [null], [0]])),
    );
  });

  test("pupils named by cell when the table has neither name nor UPN; the list is capped", () => {
    const table: RegisterTable = {
      headers: ["SEN Status", "Primary Need"],
      rows: [
        ["K", null],
        ["E", null],
      ],
      origin: { row: 0, col: 0 },
    };
    const check = buildCensusCheck(table, resolvedMapping(detectRegisterColumns(table.headers))!, 1);
    expect(check.problems).toEqual([
      { pupil: "A2", rule: 2170, text: "SEN support (K) needs a primary need (census rule 2170)", cell: "B2" },
    ]);
    expect(check.problemCount).toBe(2);
  });

  test("a tie or a missing column leaves nothing to check until the user chooses", () => {
    expect(resolvedMapping(detectRegisterColumns(["SEN Status", "Primary Need", "SEN Type 1"]))).toBeUndefined();
  });
});

describe("the two live formulas", () => {
  const mapping = resolvedMapping(
    detectRegisterColumns(["Surname", "Forename", "SEN Status", "Primary Need", "Secondary Need"]),
  )!;
  const table: RegisterTable = {
    headers: ["Surname", "Forename", "SEN Status", "Primary Need", "Secondary Need"],
    rows: Array.from({ length: 239 }, () => ["", "", "N", "", ""]),
    origin: { row: 0, col: 0 },
  };

  test("an Excel table: structured references to its columns, which grow with the table", () => {
    expect(censusFormulas(table, mapping, { sheetName: "Register", tableName: "Register" }, "Summary")).toEqual({
      needCounts: "=SEND.SENNEEDCOUNTS(Register[SEN Status], Register[Primary Need])",
      check:
        "=SEND.SENCENSUSCHECK(Register[SEN Status], Register[Primary Need], Register[Secondary Need], ROW(INDEX(Register[SEN Status],1)))",
    });
  });

  test("a plain range: bounded, absolute, the sheet named from another sheet; no secondary need column, an empty third argument", () => {
    const noSecondary = { ...mapping, secondaryNeed: undefined };
    expect(censusFormulas(table, noSecondary, { sheetName: "SEN register" }, "SEN register")).toEqual({
      needCounts: "=SEND.SENNEEDCOUNTS($C$2:$C$240, $D$2:$D$240)",
      check: "=SEND.SENCENSUSCHECK($C$2:$C$240, $D$2:$D$240, , ROW(INDEX($C$2:$C$240,1)))",
    });
    expect(censusFormulas(table, mapping, { sheetName: "SEN register" }, "Checks").check).toBe(
      "=SEND.SENCENSUSCHECK('SEN register'!$C$2:$C$240, 'SEN register'!$D$2:$D$240, 'SEN register'!$E$2:$E$240, ROW(INDEX('SEN register'!$C$2:$C$240,1)))",
    );
    expect(() => censusFormulas({ ...table, rows: [] }, mapping, { sheetName: "S" }, "S")).toThrow(/no rows/);
  });

  test("where they go by default: beside the register, level with its header, side by side", () => {
    expect(censusFormulaCells(table)).toEqual({ needCounts: "G1", check: "L1" });
    expect(censusFormulaCells(TABLE)).toEqual({ needCounts: "F4", check: "K4" });
  });
});

describe("what the pane takes from a register table", () => {
  test("the cells SEND.SENNEEDCOUNTS refuses: a provision and a primary need that are not codes", () => {
    const { check } = simsRegister();
    expect(check.countsRefused).toEqual(["D5", "E14"]); // Davies's "Q", Morgan's "ASC"
  });

  test("the provision column for the SENCO time tab: its cells under the header, and its table column in a table", () => {
    const mapping = resolvedMapping(detectRegisterColumns(TABLE.headers))!;
    expect(provisionColumn(TABLE, mapping, { sheetName: "Pupils" })).toEqual({
      sheetName: "Pupils",
      row: 4,
      col: 2,
      values: [["K"], ["K"], [null], ["N"]],
    });
    expect(provisionColumn(TABLE, mapping, { sheetName: "Pupils", tableName: "Register" }).table).toEqual({
      name: "Register",
      column: "SEN Status",
    });
  });

  test("the user's choices settle a tie, and choosing no column is a choice", () => {
    const headers = ["SEN Status", "Primary Need", "SEN Type 1", "Name"];
    const detected = detectRegisterColumns(headers);
    const waiting = withChoices(detected, headers, {});
    expect(waiting.unresolved).toEqual(["primaryNeed"]);
    expect(waiting.notes[0]).toBe(
      '"Primary Need" (column 2) and "SEN Type 1" (column 3) look equally like "Primary need": choose one.',
    );
    const chosen = withChoices(detected, headers, { primaryNeed: 2 });
    expect(chosen.unresolved).toEqual([]);
    expect(resolvedMapping(chosen)).toMatchObject({ provision: 0, primaryNeed: 2, name: 3 });
    expect(chosen.notes.some((n) => /equally/.test(n))).toBe(false);
    const none = withChoices(detected, headers, { primaryNeed: undefined });
    expect(none.unresolved).toEqual([]);
    expect(resolvedMapping(none)).toBeUndefined();
    expect(none.notes).toContain('No column holds "Primary need": choose it to check the register.');
  });
});
