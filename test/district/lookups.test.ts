/**
 * The live lookups of a summary built from the LA's three tables: evaluated over a fake workbook
 * holding those tables, they give the joined values, and follow when the LA corrects a budget in
 * its own table. The evaluator (lookup-evaluator.ts) applies Excel's exact-match rules, so a
 * lookup that would fail in Excel fails here too.
 */
import { sencoHours } from "../../src/rules/senco-time";
import { joinDistrict } from "../../src/sheets/district/join/join";
import { buildLookups, lookupFormula, type JoinLookups } from "../../src/sheets/district/join/lookups";
import { columnRange } from "../../src/sheets/district/join/lookup-ranges";
import { keyLiteral } from "../../src/sheets/district/join/row-locator";
import { budgetTable, laTables } from "./join-fixtures";
import { FakeBook, NA } from "./lookup-evaluator";

const SUMMARY = "District summary";

/** The summary's MATCH cells (one column per table, from column K, row 5 down) and each input's formula. */
function layout(lookups: JoinLookups, schools: number) {
  const rowCell = (lookup: number, k: number): string => `${String.fromCharCode(75 + lookup)}${5 + k}`;
  const inputs = Array.from({ length: schools }, (_v, k) =>
    lookups.fields.map((f) => ({ field: f.field, formula: lookupFormula(f, rowCell(f.rowLookup, k)) })),
  );
  return { rowCell, inputs };
}

/** Write the MATCH formulas' results into the summary sheet, then evaluate every input. */
function evaluateInputs(book: FakeBook, lookups: JoinLookups, schools: number): Record<string, unknown>[] {
  const { rowCell, inputs } = layout(lookups, schools);
  lookups.rows.forEach((row, j) =>
    row.formulas.forEach((formula, k) => {
      const cell = rowCell(j, k);
      const value = formula === undefined ? null : book.evaluate(formula, SUMMARY);
      book.set(SUMMARY, Number(cell.slice(1)) - 1, cell.charCodeAt(0) - 65, value);
    }),
  );
  return inputs.map((cells) => Object.fromEntries(cells.map((c) => [c.field, book.evaluate(c.formula, SUMMARY)])));
}

describe("the summary's lookups into the LA's own tables", () => {
  const tables = laTables();
  const join = joinDistrict(tables);
  const lookups = buildLookups(tables, join);

  test("one MATCH per school and table, on the key as that table writes it; an Excel table by column name, a range bounded", () => {
    expect(lookups.rows.map((r) => [r.header, r.formulas[0]])).toEqual([
      [
        "Row in DfE SEN by school (URN)",
        '=MATCH("100000",DfESenBySchool[[URN]],0)', // URN 1e+05 as the pane writes it once read
      ],
      ["Row in Budget 2025-26 (LAESTAB)", "=MATCH(\"201/3614\",'Budget 2025-26'!$A$4:$A$8,0)"],
      ["Row in SENCO survey (URN)", "=MATCH(100000,Survey[[URN]],0)"],
    ]);
    expect(lookups.rows.map((r) => r.snapshots)).toEqual([0, 0, 0]);
    expect(lookups.rows[2]!.formulas[2]).toBeUndefined(); // Church Lane is not in the survey
    expect(lookups.fields.map((f) => [f.field, f.valueRange, f.optional])).toEqual([
      ["name", "DfESenBySchool[[School name]]", false],
      ["budget", "'Budget 2025-26'!$C$4:$C$8", false],
      ["schoolAction", "DfESenBySchool[[SEN support]]", false],
      ["statements", "DfESenBySchool[[EHC plan]]", false],
      ["allocated", "Survey[[SENCO hours allocated]]", true],
      ["pupils", "DfESenBySchool[[Total pupils]]", false],
    ]);
    expect(lookupFormula(lookups.fields[4]!, "M7")).toBe('=IF(M7="","",INDEX(Survey[[SENCO hours allocated]],M7))');
    expect(lookups.readsFrom).toEqual([
      "DfE SEN by school (Excel table DfESenBySchool on sheet DfE SEN by school), by URN: School name, School Action or SEN support (K), Statements or EHC plans (E), Total pupils.",
      "Budget 2025-26 (Budget 2025-26!A3:C8), by LAESTAB: Notional SEN budget.",
      "SENCO survey (Excel table Survey on sheet Survey), by URN: Allocated SENCO hours.",
    ]);
  });

  test("evaluated over the workbook, the lookups give the joined values", () => {
    const book = new FakeBook();
    tables.forEach((t) => book.addTable(t));
    const values = evaluateInputs(book, lookups, join.schools.length);
    const { source, mapping } = join.joined!;
    const expected = source.rows.map((row) =>
      Object.fromEntries(
        lookups.fields.map((f) => [f.field, row[mapping[f.field]!] ?? ""]), // a school not in the survey: blank
      ),
    );
    expect(values).toEqual(expected);
    expect(values[2]).toMatchObject({ name: "Church Lane Primary (made up)", budget: 41200, allocated: "" });
  });

  test("when the LA corrects a budget in its table, the summary follows (and so do the guide hours)", () => {
    const book = new FakeBook();
    tables.forEach((t) => book.addTable(t));
    const hours = (v: Record<string, unknown>): number =>
      sencoHours({
        notionalSenBudget: v.budget as number,
        schoolAction: v.schoolAction as number,
        schoolActionPlus: 0,
        statements: v.statements as number,
        pupilMobility: undefined,
      });
    const before = evaluateInputs(book, lookups, join.schools.length);
    expect(before[0]!.budget).toBe(67755);
    expect(hours(before[0]!)).toBe(3);
    const budget = budgetTable();
    book.set(budget.sheetName, budget.headerRow + 1, 2, 167755); // Aldgate's budget, cell C4
    const after = evaluateInputs(book, lookups, join.schools.length);
    expect(after[0]!.budget).toBe(167755);
    expect(hours(after[0]!)).toBe(5);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  test("after the LA sorts its budget table, each school still finds its own row", () => {
    const book = new FakeBook();
    const budget = budgetTable();
    tables.forEach((t) => book.addTable(t === tables[1] ? { ...budget, rows: [...budget.rows].reverse() } : t));
    const values = evaluateInputs(book, lookups, join.schools.length);
    expect(values.map((v) => v.budget)).toEqual([67755, 24300, 41200, 182500]);
  });

  test("a key rewritten in the LA's table since the summary was built shows as #N/A, never as another school's value", () => {
    const book = new FakeBook();
    tables.forEach((t) => book.addTable(t));
    const budget = budgetTable();
    book.set(budget.sheetName, budget.headerRow + 1, 0, 2013614); // "201/3614" retyped as the number 2013614
    const values = evaluateInputs(book, lookups, join.schools.length);
    expect(values[0]!.budget).toBe(NA);
    expect(values[1]!.budget).toBe(24300);
  });
});

describe("formula pieces", () => {
  test("keys as formula literals: numbers as numbers, text quoted with quotes doubled", () => {
    expect(keyLiteral(100000)).toBe("100000");
    expect(keyLiteral("201/3614")).toBe('"201/3614"');
    expect(keyLiteral('20"1')).toBe('"20""1"');
    expect(keyLiteral(null)).toBeUndefined();
    expect(keyLiteral("")).toBeUndefined();
  });

  test("structured references escape ' [ ] #; a blank, padded or repeated header falls back to a bounded range", () => {
    const base = {
      label: "T",
      sheetName: "It's here",
      tableName: "Budget",
      headerRow: 3,
      firstCol: 2,
      rows: [[1], [2]],
    };
    expect(columnRange({ ...base, headers: ["Budget [£] #1 'final'"] }, 0)).toBe(
      "Budget[[Budget '[£'] '#1 ''final'']]",
    );
    expect(columnRange({ ...base, headers: [" Budget"] }, 0)).toBe("'It''s here'!$C$5:$C$6");
    expect(columnRange({ ...base, headers: ["Budget", "budget"] }, 0)).toBe("'It''s here'!$C$5:$C$6");
    expect(columnRange({ ...base, headers: [null] }, 0)).toBe("'It''s here'!$C$5:$C$6");
    expect(columnRange({ ...base, tableName: undefined, headers: ["Budget"] }, 0)).toBe("'It''s here'!$C$5:$C$6");
  });

  test("the evaluator itself: exact MATCH never crosses types", () => {
    const book = new FakeBook();
    book.addTable({
      label: "T",
      sheetName: "S",
      tableName: "T",
      headerRow: 0,
      firstCol: 0,
      headers: ["K"],
      rows: [["100000"], [100001]],
    });
    expect(book.evaluate("=MATCH(100000,T[[K]],0)", "S")).toBe(NA);
    expect(book.evaluate('=MATCH("100000",T[[K]],0)', "S")).toBe(1);
    expect(book.evaluate("=MATCH(100001,'S'!$A$2:$A$3,0)", "S")).toBe(2);
    expect(() => book.evaluate("=VLOOKUP(1,T[[K]],1,FALSE)", "S")).toThrow("not a formula this evaluator reads");
  });

  test("lookups are refused while the join still has problems", () => {
    const tables = laTables();
    const join = joinDistrict(tables, { la: "380" });
    expect(() => buildLookups(tables, join)).toThrow("The tables cannot be joined yet: No school is in every table");
  });
});

describe("a URN written 1e+05 in the user's own sheet", () => {
  test("is matched as URN 100000, and looked up as the sheet writes it", () => {
    const [dfe, budget, survey] = laTables();
    const rows = dfe!.rows.map((r, i) => (i === 0 ? ["1e+05", ...r.slice(1)] : r));
    const tables = [{ ...dfe!, rows }, budget!, survey!];
    const join = joinDistrict(tables);
    const lookups = buildLookups(tables, join);
    expect(join.schools[0]).toMatchObject({ urn: "100000", rows: [0, 0, 0] });
    expect(lookups.rows[0]!.formulas[0]).toBe('=MATCH("1e+05",DfESenBySchool[[URN]],0)');
    const book = new FakeBook();
    tables.forEach((t) => book.addTable(t));
    expect(evaluateInputs(book, lookups, join.schools.length)[0]).toMatchObject({
      budget: 67755,
      allocated: 5,
      schoolAction: 30,
    });
  });
});
