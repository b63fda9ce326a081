/** Writing the SENCO time statement with the fake Excel: cells, print setup, update keeping answers, register references. */
import { FakeExcel } from "../workbook/fake-excel";
import {
  readExistingStatement,
  readSelectedRegisterReference,
  updateStatement,
  writeStatement,
} from "../../src/workbook/statement-writer";
import {
  STATEMENT_MARKER,
  STATEMENT_SHEET_NAME,
  buildStatementModel,
} from "../../src/sheets/statement/statement-model";
import { cellAddress } from "../../src/sheets/a1-address";
import { SCHOOL_X, REGISTER_COLUMN } from "./school-x";
/** The formula in column B on the row whose column A holds `label`. */
function valueBeside(excel: FakeExcel, label: string): unknown {
  const state = excel.sheet(STATEMENT_SHEET_NAME)!;
  for (const [key, value] of state.cells) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (c === 0 && value === label) return state.cells.get(`${r},1`);
  }
  throw new Error(`no row "${label}"`);
}

/** The row (zero-based) of a table's header on the statement sheet. */
function tableRow(excel: FakeExcel, header: string): number {
  const state = excel.sheet(STATEMENT_SHEET_NAME)!;
  for (const [key, value] of state.cells) if (value === header && key.endsWith(",0")) return Number(key.split(",")[0]);
  throw new Error(`no table "${header}"`);
}

describe("writing the statement", () => {
  test("a new sheet with live formulas, checklists as tables, and its print setup (3 syncs)", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    const model = buildStatementModel(SCHOOL_X);
    const result = await writeStatement(excel.context, model);
    expect(result.sheetName).toBe("SENCO time statement");
    expect(result.pageLayout).toBe("applied");
    expect(result.syncs).toBe(3);
    expect(excel.cell(STATEMENT_SHEET_NAME, "A1")).toBe("SENCO time statement: School X");
    expect(excel.cell(STATEMENT_SHEET_NAME, "A2")).toBe(STATEMENT_MARKER);
    expect(excel.cell(STATEMENT_SHEET_NAME, "B8")).toBe(67755);
    expect(valueBeside(excel, "Guide: minimum SENCO hours a week")).toBe(
      '=SEND.SENCOHOURS($B$8,$B$9,$B$10,$B$11,IF($B$12="","",$B$12))',
    );
    const state = excel.sheet(STATEMENT_SHEET_NAME)!;
    expect(state.tables.map((t) => t.name)).toEqual(["SENCO_Facilities", "SENCO_Intensive_Times", "SENCO_Leadership"]);
    expect(state.pageLayout).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { scale: 92 },
      printArea: "A1:C84",
      printTitleRows: "$1:$1",
    });
    expect(state.columnWidths.get("A:A")).toBe(210);
    expect(
      state.styles.filter((s) => s.prop === "wrapText" && /^[A-Z]+:[A-Z]+$/.test(s.address)).map((s) => s.address),
    ).toEqual(["A:A", "B:B", "C:C"]);
    expect(state.styles.some((s) => s.prop === "autofitRows" && s.address === "A1:C84")).toBe(true);
    // The print setup, then the activation, are the last request: the sheet was whole before it.
    expect(excel.batches[2]).toEqual([
      "pageLayout orientation",
      "pageLayout paperSize",
      "pageLayout zoom",
      "pageLayout printArea",
      "pageLayout printTitleRows",
      "activate",
    ]);
    // The yes/no inputs carry a drop-down of TRUE and FALSE; anything else typed is let through.
    const rule = { list: { inCellDropDown: true, source: "TRUE,FALSE" } };
    expect(state.validations.get("16,1")).toMatchObject({ rule, errorAlert: { showAlert: false } });
    expect(state.validations.get("18,1")).toMatchObject({ rule });
    expect(valueBeside(excel, "The SENCO holds NASENCO or the NPQ for SENCOs")).toBe(false);
    // The figures users link to have workbook names.
    expect(excel.name("Statement_GuideHours")).toBe("='SENCO time statement'!$B$22");
    expect(excel.name("Statement_GapCost")).toBe("='SENCO time statement'!$B$46");
    expect(excel.cell(STATEMENT_SHEET_NAME, "A46")).toBe("Cost of closing the gap, a year");
  });

  test("a statement written again after its sheet was deleted points the workbook names left behind at it again", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    await writeStatement(excel.context, buildStatementModel(SCHOOL_X));
    excel.context.workbook.worksheets.getItem(STATEMENT_SHEET_NAME).delete();
    await excel.context.sync();
    expect(excel.name("Statement_GuideHours")).toBe("=#REF!$B$22");
    await writeStatement(excel.context, buildStatementModel(SCHOOL_X));
    expect(excel.name("Statement_GuideHours")).toBe("='SENCO time statement'!$B$22");
    expect(excel.names.filter((n) => n.name === "Statement_GuideHours")).toHaveLength(1);
  });

  test("a print setup Excel refuses leaves the statement written and says why", async () => {
    const excel = new FakeExcel({ failWhen: (op) => op === "pageLayout zoom" });
    const result = await writeStatement(excel.context, buildStatementModel(SCHOOL_X));
    expect(result.pageLayout).toBe("failed");
    expect(result.pageLayoutError).toMatch(/The argument is invalid or missing/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", STATEMENT_SHEET_NAME]);
    expect(excel.cell(STATEMENT_SHEET_NAME, "A2")).toBe(STATEMENT_MARKER);
  });

  test("update: the school's checklist answers are kept, the rest rebuilt, in the same place", async () => {
    const excel = new FakeExcel({ sheets: ["Register"] });
    await writeStatement(excel.context, buildStatementModel(SCHOOL_X));
    excel.activeSheet = "Register";
    const facilities = tableRow(excel, "Facility");
    const activities = tableRow(excel, "Activity needing extra time at points in the year");
    excel.setCell(STATEMENT_SHEET_NAME, cellAddress(facilities + 1, 1), "Yes");
    excel.setCell(STATEMENT_SHEET_NAME, cellAddress(facilities + 5, 1), "Email only");
    excel.setCell(STATEMENT_SHEET_NAME, cellAddress(activities + 9, 1), "Summer term");

    const existing = await readExistingStatement(excel.context);
    expect(existing!.sheetName).toBe(STATEMENT_SHEET_NAME);
    expect(existing!.answers.size).toBe(3);
    const result = await updateStatement(
      excel.context,
      existing!.sheetName,
      buildStatementModel({ ...SCHOOL_X, allocatedHours: 5 }, { answers: existing!.answers }),
      {},
    );
    expect(result.sheetName).toBe(STATEMENT_SHEET_NAME);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Register", STATEMENT_SHEET_NAME]);
    expect(excel.cell(STATEMENT_SHEET_NAME, "B13")).toBe(5);
    expect(excel.cell(STATEMENT_SHEET_NAME, cellAddress(facilities + 1, 1))).toBe("Yes");
    expect(excel.cell(STATEMENT_SHEET_NAME, cellAddress(facilities + 2, 1))).toBe("");
    expect(excel.cell(STATEMENT_SHEET_NAME, cellAddress(facilities + 5, 1))).toBe("Email only");
    expect(excel.cell(STATEMENT_SHEET_NAME, cellAddress(activities + 9, 1))).toBe("Summer term");
    expect(excel.sheet(STATEMENT_SHEET_NAME)!.pageLayout.printTitleRows).toBe("$1:$1");
  });

  test("the inputs come back as the form shows them, the register's reference with them", async () => {
    // The register's table is in the workbook: Excel refuses a formula naming a table it lacks.
    const excel = new FakeExcel({ tables: ["Pupils"] });
    const register = { reference: "Pupils[SEN status]", cells: REGISTER_COLUMN.slice(1) };
    await writeStatement(
      excel.context,
      buildStatementModel({
        ...SCHOOL_X,
        register,
        annualSalary: 50000,
        appointmentSerial: 46000,
        onLeadershipTeam: true,
      }),
    );
    const existing = await readExistingStatement(excel.context);
    expect(existing!.inputs.registerReference).toBe("Pupils[SEN status]");
    expect(existing!.inputs.raw).toMatchObject({
      schoolName: "School X",
      notionalSenBudget: 67755,
      pupilMobility: 0.34,
      senSupportWeight: 1,
      allocatedHours: 4,
      annualSalary: 50000,
      onCostRate: "",
      appointmentSerial: 46000,
      qualificationHeld: false,
      onLeadershipTeam: true,
    });
    expect(existing!.inputs.raw.schoolAction).toBeUndefined();
    // Text typed over the reference is never taken into formulas.
    excel.setCell(STATEMENT_SHEET_NAME, "B9", 'A1),HYPERLINK("x"');
    expect((await readExistingStatement(excel.context))!.inputs.registerReference).toBeUndefined();
  });

  test("no statement, or a sheet of that name without the marker: nothing to update", async () => {
    expect(await readExistingStatement(new FakeExcel().context)).toBeUndefined();
    const other = new FakeExcel({
      sheets: [STATEMENT_SHEET_NAME],
      values: { [STATEMENT_SHEET_NAME]: { A2: "notes" } },
    });
    expect(await readExistingStatement(other.context)).toBeUndefined();
  });
});

describe("the selected register column as a reference", () => {
  const values = Object.fromEntries(REGISTER_COLUMN.map((r, i) => [`C${i + 1}`, r[0]]));

  test("in an Excel table: the table column, and the body's codes", async () => {
    const excel = new FakeExcel({
      sheets: ["Register"],
      values: { Register: { ...values, A1: "Name" } },
      existingTables: [{ sheet: "Register", name: "Pupils", address: `A1:C${REGISTER_COLUMN.length}` }],
      selection: "C:C",
    });
    const found = await readSelectedRegisterReference(excel.context);
    expect(found.reference).toBe("Pupils[SEN status]");
    expect(found.description).toBe('the column "SEN status" of the table Pupils');
    expect(found.cells.flat().filter((c) => c === "K")).toHaveLength(10);
    expect(found.cells).toHaveLength(REGISTER_COLUMN.length - 1);
  });

  test("a plain column: the used part, bounded and absolute, without its header", async () => {
    const excel = new FakeExcel({ sheets: ["Register"], values: { Register: values }, selection: "C:C" });
    const found = await readSelectedRegisterReference(excel.context);
    expect(found.reference).toBe(`'Register'!$C$2:$C$${REGISTER_COLUMN.length}`);
    expect(found.cells).toHaveLength(REGISTER_COLUMN.length - 1);
  });

  test("two columns selected: a readable refusal", async () => {
    const excel = new FakeExcel({
      sheets: ["Register"],
      values: { Register: { ...values, D2: "x" } },
      selection: "C:D",
    });
    await expect(readSelectedRegisterReference(excel.context)).rejects.toThrow(/^Select one column of SEN codes/);
  });
});
