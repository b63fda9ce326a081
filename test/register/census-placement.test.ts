/**
 * Where the Register tab puts SEND.SENNEEDCOUNTS and SEND.SENCENSUSCHECK beside a register and
 * the cells they spill into (src/sheets/register/census-placement.ts), for the SIMS-like export
 * (test/register/fixtures/sims-census-register.csv: 17 pupils, 11 problems) as if it sat in A1:F18.
 */
import fs from "fs";
import path from "path";
import { buildCensusCheck, readRegisterCsv, resolvedMapping } from "../../src/sheets/register/census-check";
import { checkSpillRows, placeCensusFormulas } from "../../src/sheets/register/census-placement";

const csv = readRegisterCsv(
  new Uint8Array(fs.readFileSync(path.join(__dirname, "fixtures", "sims-census-register.csv"))),
);
const mapping = resolvedMapping(csv.columns)!;
const model = buildCensusCheck(csv.table, mapping);

function place(typed: string, where: { sheetName: string; tableName?: string } = { sheetName: "Pupils" }) {
  return placeCensusFormulas(csv.table, mapping, where, model, typed);
}

describe("placing the census formulas", () => {
  test("by default two columns right of the register, level with its header; the check five columns further", () => {
    expect(place("")).toEqual({
      ok: true,
      placement: {
        needCounts: { formula: "=SEND.SENNEEDCOUNTS($D$2:$D$18, $E$2:$E$18)", cell: "H1", area: "H1:K17" },
        check: {
          formula: "=SEND.SENCENSUSCHECK($D$2:$D$18, $E$2:$E$18, $F$2:$F$18, ROW(INDEX($D$2:$D$18,1)))",
          cell: "M1",
          area: "M1:N12",
        },
      },
    });
  });

  test("an Excel table: its columns by name, which grow with the table", () => {
    const placed = place("", { sheetName: "Pupils", tableName: "Register" });
    expect(placed.ok && placed.placement.needCounts.formula).toBe(
      "=SEND.SENNEEDCOUNTS(Register[SEN Status], Register[Primary Need])",
    );
    expect(placed.ok && placed.placement.check.formula).toBe(
      "=SEND.SENCENSUSCHECK(Register[SEN Status], Register[Primary Need], Register[Secondary Need], ROW(INDEX(Register[SEN Status],1)))",
    );
  });

  test("a cell typed (any case, spaces round it) takes the counts; the check follows five columns right", () => {
    const placed = place(" p3 ");
    expect(
      placed.ok && [placed.placement.needCounts.area, placed.placement.check.cell, placed.placement.check.area],
    ).toEqual(["P3:S19", "U3", "U3:V14"]);
    // Below the register is fine too.
    expect(place("A20").ok).toBe(true);
  });

  test("refused in the field's words: not one cell, over the register, past the end of the sheet", () => {
    const message = (typed: string) => {
      const placed = place(typed);
      return placed.ok ? "placed" : placed.message;
    };
    for (const typed of ["H2:H3", "Sheet2!H2", "here"])
      expect(message(typed)).toBe(
        `Cell for the census formulas must be one cell on the register's sheet, such as H2; it was "${typed}".`,
      );
    expect(message("B2")).toBe(
      "Cell for the census formulas: the formulas would spill over the register (A1:F18): choose a cell to its right or below it.",
    );
    // The column right after the register is outside it.
    expect(message("G1")).toBe("placed");
    expect(message("XFA1")).toMatch(/past the end of the sheet\.$/);
    expect(message("H1048570")).toMatch(
      /^Cell for the census formulas: the formulas need 17 rows and 7 columns from it/,
    );
  });

  test("the check's spill: a header, a row per problem (or one saying none), a last row past the cap", () => {
    expect(checkSpillRows(0)).toBe(2);
    expect(checkSpillRows(11)).toBe(12);
    expect(checkSpillRows(10000)).toBe(10001);
    expect(checkSpillRows(10001)).toBe(10002);
  });
});
