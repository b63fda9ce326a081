/**
 * Update plan and Update statement write into the SAME sheet (update-sheet.ts), against a fake
 * Excel that, like Excel, turns every reference to a deleted sheet into #REF! and moves links,
 * tables and names with whole rows inserted or deleted: a user's formula on another sheet pointing
 * at the plan's employer cost or at the statement's guide hours gives the new figure after the
 * update; what the school typed survives or is named before it; table names do not change; a
 * failed update leaves the old content and the links whole.
 */
import { FakeExcel } from "./fake-excel";
import { referencedCell } from "./fake-references";
import { buildPlanModel, inputCell } from "../../src/sheets/plan/plan-model";
import {
  STATEMENT_SHEET_NAME,
  buildStatementModel,
  statementInputsFromSheet,
} from "../../src/sheets/statement/statement-model";
import { STATEMENT_FIELDS } from "../../src/sheets/statement/statement-fields";
import { inputsThatDiffer } from "../../src/sheets/form-fields";
import { parseAddress } from "../../src/sheets/a1-address";
import type { FormulaCell, SheetModel } from "../../src/sheets/sheet-model";
import { readExistingStatement, updateStatement, writeStatement } from "../../src/workbook/statement-writer";
import { updatePlan, writePlan } from "../../src/workbook/plan-writer";
import { previewSheetUpdate } from "../../src/workbook/update-sheet";
import { quotedInput } from "../../src/taskpane/shared/update-question";
import { SCHOOL_X, REGISTER_COLUMN } from "../statement/school-x";
import { SAMPLE_PLAN_INPUTS } from "../plan/sample-plan-inputs";

/** The cell a link in (sheet, a1) points at: by address (`='Plan'!B30`) or by a name (`=Statement_GuideHours`, `='Plan'!Plan_X`). */
function linkTarget(excel: FakeExcel, sheet: string, a1: string): { sheet: string; a1: string } {
  const formula = String(excel.cell(sheet, a1));
  const direct = referencedCell(formula);
  if (direct) return { sheet: direct.sheet ?? sheet, a1: direct.a1 };
  const named = /^=(?:'((?:[^']|'')+)'!)?([A-Za-z_][A-Za-z0-9_]*)$/.exec(formula);
  if (!named) throw new Error(`${sheet}!${a1} holds ${formula}, not a link`);
  const scope = named[1]?.replace(/''/g, "'");
  const target = referencedCell(excel.name(named[2]!, scope) ?? "");
  if (!target) throw new Error(`${named[2]} is ${excel.name(named[2]!, scope)}`);
  return { sheet: target.sheet!, a1: target.a1 };
}

/** The figure the model puts in a cell: its formula's preview (the same rules as the functions), or its value. */
function figureAt(model: SheetModel, a1: string): unknown {
  const { row, col } = parseAddress(a1);
  for (const block of model.blocks) {
    const cell = block.cells[row - block.row]?.[col - block.col];
    if (cell !== undefined && row >= block.row && col >= block.col) {
      return cell !== null && typeof cell === "object" ? (cell as FormulaCell).preview : cell;
    }
  }
  return undefined;
}

/** What a link gives: the formula the linked cell holds now, and the figure it gives by the model's rules. */
function follow(excel: FakeExcel, model: SheetModel, sheet: string, a1: string) {
  const target = linkTarget(excel, sheet, a1);
  const cell = excel.cell(target.sheet, target.a1);
  return { at: target.a1, formula: cell, figure: figureAt(model, target.a1) };
}

/** Every cell of a sheet that holds something, for comparing before and after (an empty string is an empty cell). */
function cellsOf(excel: FakeExcel, sheet: string): Map<string, unknown> {
  return new Map([...excel.sheet(sheet)!.cells].filter(([, v]) => v !== "" && v !== null && v !== undefined));
}

/** The 1-based row whose column A holds `text`. */
function rowOf(excel: FakeExcel, sheet: string, text: string): number {
  for (const [key, value] of excel.sheet(sheet)!.cells)
    if (value === text && key.endsWith(",0")) return Number(key.split(",")[0]) + 1;
  throw new Error(`no row "${text}"`);
}

describe("the fake Excel, as Excel", () => {
  test("deleting a sheet turns every reference to it into #REF!, and renaming another sheet to its name does not bring them back", () => {
    const excel = new FakeExcel({ sheets: ["Budget", "Plan", "Other"] });
    excel.setCell("Budget", "A1", "='Plan'!B30");
    excel.setCell("Budget", "A2", "=Plan!$B$30*2+Other!A1");
    excel.setCell("Budget", "A3", '="Plan!B30"');
    const deletePlan = excel.context.workbook.worksheets.getItem("Plan");
    deletePlan.delete();
    excel.context.workbook.worksheets.getItem("Other").name = "Plan";
    return excel.context.sync().then(() => {
      expect(excel.cell("Budget", "A1")).toBe("=#REF!B30");
      expect(excel.cell("Budget", "A2")).toBe("=#REF!$B$30*2+Other!A1");
      expect(excel.cell("Budget", "A3")).toBe('="Plan!B30"');
    });
  });

  test("so the old update (a new sheet, the old one deleted, the new one renamed) broke every link to the statement", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    await writeStatement(excel.context, buildStatementModel(SCHOOL_X));
    excel.setCell("Budget", "A1", "='SENCO time statement'!B22");
    const workbook = excel.context.workbook;
    await writeStatement(excel.context, { ...buildStatementModel(SCHOOL_X), title: "SENCO time statement (new)" });
    workbook.worksheets.getItem(STATEMENT_SHEET_NAME).delete();
    workbook.worksheets.getItem("SENCO time statement (new)").name = STATEMENT_SHEET_NAME;
    await excel.context.sync();
    expect(excel.cell("Budget", "A1")).toBe("=#REF!B22");
  });
});

describe("Update statement in place", () => {
  /** A workbook with School X's statement, links to it on a budget sheet, and what the school typed on it. */
  async function schoolXWorkbook() {
    const excel = new FakeExcel({ sheets: ["Budget", "Register"], tables: ["Pupils"] });
    await writeStatement(excel.context, buildStatementModel(SCHOOL_X));
    excel.sheets.splice(1, 0, excel.sheets.splice(2, 1)[0]!); // the statement dragged between the two
    excel.sheets.forEach((s, k) => (s.position = k));
    excel.setCell("Budget", "A1", "='SENCO time statement'!B22");
    excel.setCell("Budget", "A2", "=Statement_GuideHours");
    excel.setCell("Budget", "A3", "='SENCO time statement'!B46");
    excel.setCell("Budget", "A4", '=COUNTIF(SENCO_Facilities[In place],"Yes")');
    excel.setCell(STATEMENT_SHEET_NAME, "B13", 7); // hours allocated, typed on the sheet
    excel.setCell(STATEMENT_SHEET_NAME, "B8", 70000); // the budget, typed on the sheet
    excel.setCell(STATEMENT_SHEET_NAME, "D13", "Agreed with the head in November");
    excel.setCell(STATEMENT_SHEET_NAME, `B${rowOf(excel, STATEMENT_SHEET_NAME, "Desk")}`, "Yes - from Jan");
    excel.setCell(STATEMENT_SHEET_NAME, "A90", "Signed: J. Head, 01/12/2026");
    return excel;
  }

  test("what the school typed survives or is named before the update; links, names, tables and the sheet's place stay", async () => {
    const excel = await schoolXWorkbook();
    const desk = rowOf(excel, STATEMENT_SHEET_NAME, "Desk");
    const existing = (await readExistingStatement(excel.context))!;
    // B13 and B8 are named as the tab names them, each value as the form shows it.
    const formRaw = { ...existing.inputs.raw, notionalSenBudget: "£67,755", allocatedHours: "6" };
    const differing = inputsThatDiffer(STATEMENT_FIELDS, existing.inputs.raw, formRaw);
    expect(differing.map((d) => [d.field.label, quotedInput(d.field, d.sheet), quotedInput(d.field, d.form)])).toEqual([
      ["Notional SEN budget", "£70,000", "£67,755"],
      ["SENCO hours allocated a week now", "7", "6"],
    ]);
    expect(existing.answers.size).toBe(1);
    const model = buildStatementModel({ ...SCHOOL_X, allocatedHours: 6 }, { answers: existing.answers });
    const previous = buildStatementModel({ ...SCHOOL_X, notionalSenBudget: 70000, allocatedHours: 7 });
    // Nothing else typed is in the way: D13 and A90 are not the statement's cells, Desk's answer is carried over.
    expect((await previewSheetUpdate(excel.context, STATEMENT_SHEET_NAME, model, previous)).conflicts).toEqual([]);

    const before = excel.syncs;
    const result = await updateStatement(excel.context, STATEMENT_SHEET_NAME, model, { previous });
    expect(result.syncs).toBe(5);
    expect(excel.syncs - before).toBe(5);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget", STATEMENT_SHEET_NAME, "Register"]);
    expect(excel.cell(STATEMENT_SHEET_NAME, "B13")).toBe(6);
    expect(excel.cell(STATEMENT_SHEET_NAME, "B8")).toBe(67755);
    expect(excel.cell(STATEMENT_SHEET_NAME, "D13")).toBe("Agreed with the head in November");
    expect(excel.cell(STATEMENT_SHEET_NAME, `B${desk}`)).toBe("Yes - from Jan");
    expect(excel.cell(STATEMENT_SHEET_NAME, "A90")).toBe("Signed: J. Head, 01/12/2026");
    expect(excel.sheet(STATEMENT_SHEET_NAME)!.tables.map((t) => t.name)).toEqual([
      "SENCO_Facilities",
      "SENCO_Intensive_Times",
      "SENCO_Leadership",
    ]);
    expect(excel.cell("Budget", "A4")).toBe('=COUNTIF(SENCO_Facilities[In place],"Yes")');
    // The links give the new figures: the guide (by address and by name), the cost of the gap.
    const guide = follow(excel, model, "Budget", "A1");
    expect(guide).toMatchObject({ at: "B22", figure: 5 });
    expect(guide.formula).toMatch(/^=SEND\.SENCOHOURS\(\$B\$8,/);
    expect(follow(excel, model, "Budget", "A2")).toEqual(guide);
    expect(follow(excel, model, "Budget", "A3").formula).toMatch(/^=IF\(\$B\$14="","",IF\(\$B\$22>\$B\$13,/);
    expect(excel.cell(STATEMENT_SHEET_NAME, "B23")).toBe("=$B$13");
    expect(figureAt(model, "B23")).toBe(6);
  });

  test("counting from a register instead: rows go in for the longer working, and everything below moves with them, links too", async () => {
    const excel = await schoolXWorkbook();
    const existing = (await readExistingStatement(excel.context))!;
    const desk = rowOf(excel, STATEMENT_SHEET_NAME, "Desk");
    const register = { reference: "Pupils[SEN status]", cells: REGISTER_COLUMN.slice(1) };
    const inputs = {
      ...SCHOOL_X,
      schoolAction: undefined,
      schoolActionPlus: undefined,
      statements: undefined,
      register,
    };
    const model = buildStatementModel(inputs, { answers: existing.answers });
    const previous = buildStatementModel(SCHOOL_X, { answers: existing.answers });
    expect((await previewSheetUpdate(excel.context, STATEMENT_SHEET_NAME, model, previous)).conflicts).toEqual([]);
    const result = await updateStatement(excel.context, STATEMENT_SHEET_NAME, model, { previous });
    expect(result.syncs).toBe(6); // one more: the rows lined up first
    const read = statementInputsFromSheet(
      Array.from({ length: 110 }, (_r, r) =>
        [0, 1, 2].map((c) => excel.cell(STATEMENT_SHEET_NAME, `${"ABC"[c]}${r + 1}`)),
      ),
    )!;
    expect(read.registerReference).toBe("Pupils[SEN status]");
    // The note beside the hours allocated is still beside them; the checklists and the signature moved down.
    expect(excel.cell(STATEMENT_SHEET_NAME, "A13")).toBe("SENCO hours allocated a week now");
    expect(excel.cell(STATEMENT_SHEET_NAME, "D13")).toBe("Agreed with the head in November");
    expect(excel.cell(STATEMENT_SHEET_NAME, `A${desk + 8}`)).toBe("Desk");
    expect(excel.cell(STATEMENT_SHEET_NAME, `B${desk + 8}`)).toBe("Yes - from Jan");
    expect(excel.cell(STATEMENT_SHEET_NAME, "A98")).toBe("Signed: J. Head, 01/12/2026");
    expect(excel.cell(STATEMENT_SHEET_NAME, "A90")).not.toBe("Signed: J. Head, 01/12/2026");
    expect(excel.sheet(STATEMENT_SHEET_NAME)!.tables.map((t) => t.name)).toEqual([
      "SENCO_Facilities",
      "SENCO_Intensive_Times",
      "SENCO_Leadership",
    ]);
    // The guide did not move; the cost of the gap moved down with its row, and the link followed it.
    const guide = follow(excel, model, "Budget", "A1");
    expect(guide.at).toBe("B22");
    expect(guide.formula).toMatch(/^=SEND\.SENCOHOURSFROMREGISTER\(/);
    const gap = follow(excel, model, "Budget", "A3");
    expect(gap.at).toBe("B54");
    expect(excel.cell(STATEMENT_SHEET_NAME, "A54")).toBe("Cost of closing the gap, a year");
    expect(excel.name("Statement_GapCost")).toBe("='SENCO time statement'!$B$54");
  });

  test("a figure typed over is named; unless confirmed the update writes nothing", async () => {
    const excel = await schoolXWorkbook();
    excel.setCell(STATEMENT_SHEET_NAME, "B22", 6); // the guide's formula typed over
    const model = buildStatementModel(SCHOOL_X);
    const preview = await previewSheetUpdate(excel.context, STATEMENT_SHEET_NAME, model, model);
    expect(preview.conflicts).toEqual([{ address: "B22", row: 21, col: 1, content: 6, why: "figure" }]);
    const before = cellsOf(excel, STATEMENT_SHEET_NAME);
    await expect(updateStatement(excel.context, STATEMENT_SHEET_NAME, model, { previous: model })).rejects.toThrow(
      'The sheet "SENCO time statement" has changed since you chose to update it (B22): nothing was written.',
    );
    expect(cellsOf(excel, STATEMENT_SHEET_NAME)).toEqual(before);
    await updateStatement(excel.context, STATEMENT_SHEET_NAME, model, { previous: model, confirmed: ["B22"] });
    expect(excel.cell(STATEMENT_SHEET_NAME, "B22")).toMatch(/^=SEND\.SENCOHOURS\(/);
  });

  test("a failed update leaves the old content and the links whole: a model Excel refuses fails on the trial copy", async () => {
    let failing = false;
    const excel = new FakeExcel({ sheets: ["Budget"], failWhen: (op) => failing && op.startsWith("tables.add") });
    await writeStatement(excel.context, buildStatementModel(SCHOOL_X));
    excel.setCell("Budget", "A1", "='SENCO time statement'!B22");
    const before = cellsOf(excel, STATEMENT_SHEET_NAME);
    failing = true;
    const model = buildStatementModel({ ...SCHOOL_X, allocatedHours: 6 });
    await expect(updateStatement(excel.context, STATEMENT_SHEET_NAME, model, {})).rejects.toThrow(
      /^Could not update the sheet "SENCO time statement": .*The trial copy was removed; "SENCO time statement" was not changed\.$/,
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget", STATEMENT_SHEET_NAME]);
    expect(cellsOf(excel, STATEMENT_SHEET_NAME)).toEqual(before);
    expect(excel.cell("Budget", "A1")).toBe("='SENCO time statement'!B22");
  });

  test("a failed update leaves the old content and the links whole: a write into the sheet that fails is put back", async () => {
    let failing = false;
    const excel = new FakeExcel({ sheets: ["Budget"], failWhen: (op) => failing && op.startsWith("name.formula") });
    await writeStatement(excel.context, buildStatementModel(SCHOOL_X));
    excel.setCell("Budget", "A1", "='SENCO time statement'!B22");
    excel.setCell(STATEMENT_SHEET_NAME, "D13", "Agreed with the head");
    const before = cellsOf(excel, STATEMENT_SHEET_NAME);
    failing = true;
    const model = buildStatementModel({ ...SCHOOL_X, allocatedHours: 6 });
    await expect(updateStatement(excel.context, STATEMENT_SHEET_NAME, model, {})).rejects.toThrow(
      /its cells were put back as they were\. The trial copy was removed\.$/,
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget", STATEMENT_SHEET_NAME]);
    expect(cellsOf(excel, STATEMENT_SHEET_NAME)).toEqual(before);
    expect(excel.cell(STATEMENT_SHEET_NAME, "B13")).toBe(4);
    expect(excel.cell("Budget", "A1")).toBe("='SENCO time statement'!B22");
  });
});

describe("Update plan in place", () => {
  const base = SAMPLE_PLAN_INPUTS;

  test("a formula on another sheet pointing at the plan's employer cost gives the new figure after Update", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    await writePlan(excel.context, buildPlanModel(base));
    const cost = excel.name("Plan_EmployerCashCost", "Sam Patel")!.replace(/^.*!/, "").replace(/\$/g, "");
    excel.setCell("Budget", "A1", `='Sam Patel'!${cost}`);
    excel.setCell("Budget", "A2", "='Sam Patel'!Plan_EmployerCashCost");
    const model = buildPlanModel({ ...base, price: 17000 });
    expect(follow(excel, buildPlanModel(base), "Budget", "A1").figure).toBe(900);
    await updatePlan(excel.context, "Sam Patel", model, { previous: buildPlanModel(base) });
    const linked = follow(excel, model, "Budget", "A1");
    expect(linked).toMatchObject({ at: cost, figure: 850 });
    expect(linked.formula).toMatch(/^=SEND\.SLMDAEMPLOYERCOST\(\$B\$14,/);
    expect(follow(excel, model, "Budget", "A2")).toEqual(linked);
    expect(excel.cell("Sam Patel", inputCell("price").replace(/\$/g, ""))).toBe(17000);
  });

  test("a note typed in a cell the plan writes is named; a note beside the plan is not", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    await writePlan(excel.context, buildPlanModel(base));
    const priceRow = Number(excel.name("Plan_Price", "Sam Patel")!.replace(/^.*\$/, ""));
    excel.setCell("Sam Patel", `C${priceRow}`, "Quote from the provider, 03/2020");
    excel.setCell("Sam Patel", `F${priceRow}`, "Checked by the bursar");
    const model = buildPlanModel({ ...base, price: 17000 });
    const preview = await previewSheetUpdate(excel.context, "Sam Patel", model, buildPlanModel(base));
    expect(preview.conflicts).toEqual([
      { address: `C${priceRow}`, row: priceRow - 1, col: 2, content: "Quote from the provider, 03/2020", why: "cell" },
    ]);
    await updatePlan(excel.context, "Sam Patel", model, {
      previous: buildPlanModel(base),
      confirmed: [`C${priceRow}`],
    });
    expect(excel.cell("Sam Patel", `C${priceRow}`)).toBe("");
    expect(excel.cell("Sam Patel", `F${priceRow}`)).toBe("Checked by the bursar");
  });

  test("a check that now applies takes a row of its own: the checklist moves down with its Done column and keeps its name", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    await writePlan(excel.context, buildPlanModel(base));
    const agreement = rowOf(excel, "Sam Patel", "Apprenticeship Agreement");
    excel.setCell("Sam Patel", `E${agreement}`, "Yes");
    excel.setCell("Budget", "A1", `='Sam Patel'!E${agreement}`);
    const done = new Map([["Apprenticeship Agreement", "Yes"]]);
    // £19,000 is above the £18,000 funding band: the plan gains the check "Price above the funding band".
    const model = buildPlanModel({ ...base, price: 19000 }, { doneByDocument: done });
    const previous = buildPlanModel(base, { doneByDocument: done });
    expect((await previewSheetUpdate(excel.context, "Sam Patel", model, previous)).conflicts).toEqual([]);
    const result = await updatePlan(excel.context, "Sam Patel", model, { previous });
    expect(result.syncs).toBe(6);
    expect(rowOf(excel, "Sam Patel", "Price above the funding band")).toBeGreaterThan(0);
    expect(rowOf(excel, "Sam Patel", "Apprenticeship Agreement")).toBe(agreement + 1);
    expect(excel.cell("Sam Patel", `E${agreement + 1}`)).toBe("Yes");
    expect(excel.cell("Budget", "A1")).toBe(`='Sam Patel'!E${agreement + 1}`);
    expect(excel.sheet("Sam Patel")!.tables.map((t) => t.name)).toEqual(["SLMDA_Documents_Sam_Patel"]);
  });
});
