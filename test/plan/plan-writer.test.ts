import { FakeExcel } from "../workbook/fake-excel";
import { writePlan, readActivePlanSheet, readPlanSheetNamed, updatePlan } from "../../src/workbook/plan-writer";
import { buildPlanModel, PLAN_MARKER, PLAN_MAX_ROWS, inputCell } from "../../src/sheets/plan/plan-model";
import { cellAddress } from "../../src/sheets/a1-address";
import { PLAN_FIELDS, type PlanInputs } from "../../src/sheets/plan/plan-fields";
import { SAMPLE_PLAN_INPUTS } from "./sample-plan-inputs";

const base: PlanInputs = SAMPLE_PLAN_INPUTS;

describe("plan writer", () => {
  test("a new plan takes 3 syncs, on a new sheet named after the apprentice; no other sheet changes", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"], values: { Budget: { A1: 5 } } });
    const result = await writePlan(excel.context, buildPlanModel(base));
    expect(result.syncs).toBe(3);
    expect(excel.syncs).toBe(result.syncs);
    expect(result.sheetName).toBe("Sam Patel");
    expect(excel.cell("Sam Patel", inputCell("price").replace(/\$/g, ""))).toBe(18000);
    expect(excel.cell("Sam Patel", "A2")).toBe(PLAN_MARKER);
    expect(excel.cell("Budget", "A1")).toBe(5);
    expect(excel.sheet("Budget")!.cells.size).toBe(1);
    expect(excel.sheet("Sam Patel")!.tables).toHaveLength(1);
    // The figures users link to are the plan sheet's own names; the yes/no inputs carry a drop-down.
    expect(excel.name("Plan_EmployerCashCost", "Sam Patel")).toMatch(/^='Sam Patel'!\$B\$\d+$/);
    const costCell = excel.name("Plan_EmployerCashCost", "Sam Patel")!.replace(/^.*!/, "").replace(/\$/g, "");
    expect(excel.cell("Sam Patel", costCell)).toMatch(/^=SEND\.SLMDAEMPLOYERCOST\(/);
    expect(excel.cell("Sam Patel", `A${costCell.slice(1)}`)).toBe("Employer cash cost");
    const levyPayerCell = inputCell("levyPayer").replace(/\$/g, "");
    const state = excel.sheet("Sam Patel")!;
    const row = Number(levyPayerCell.slice(1)) - 1;
    expect(state.validations.get(`${row},1`)).toMatchObject({ rule: { list: { source: "TRUE,FALSE" } } });
  });

  test("a taken name and a name that looks like a formula: a free sheet name, text stays text", async () => {
    const excel = new FakeExcel({ sheets: ["Sam Patel"] });
    const result = await writePlan(excel.context, buildPlanModel({ ...base, school: '=HYPERLINK("x")' }));
    expect(result.sheetName).toBe("Sam Patel (2)");
    expect(excel.cell("Sam Patel (2)", "B6")).toBe('\'=HYPERLINK("x")');
  });

  test("the sync count does not grow with the plan's size (a plan three times as long)", async () => {
    const model = buildPlanModel(base);
    const longer = {
      ...model,
      blocks: [
        ...model.blocks,
        ...model.blocks.map((b) => ({ ...b, row: b.row + 200 })),
        ...model.blocks.map((b) => ({ ...b, row: b.row + 400 })),
      ],
    };
    const excel = new FakeExcel();
    const result = await writePlan(excel.context, longer);
    expect(result.syncs).toBeLessThanOrEqual(3);
  });

  test("Update plan rewrites the plan sheet in place in 5 syncs: same sheet, same place, no other sheet changes", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    await writePlan(excel.context, buildPlanModel(base));
    excel.sheets.reverse().forEach((s, k) => (s.position = k)); // the plan first, as a user may drag it
    const before = excel.syncs;
    const result = await updatePlan(excel.context, "Sam Patel", buildPlanModel({ ...base, price: 17000 }), {});
    expect(result.syncs).toBe(5);
    expect(excel.syncs - before).toBe(5);
    expect(result.sheetName).toBe("Sam Patel");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sam Patel", "Budget"]);
    expect(excel.cell("Sam Patel", inputCell("price").replace(/\$/g, ""))).toBe(17000);
    expect(excel.sheet("Sam Patel")!.tables.map((t) => t.name)).toEqual(["SLMDA_Documents_Sam_Patel"]);
  });

  test("a failed write leaves no new sheet behind and says so", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"], failWhen: (op) => op.startsWith("tables.add") });
    await expect(writePlan(excel.context, buildPlanModel(base))).rejects.toThrow(
      /Could not write the sheet "Sam Patel".*removed/,
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget"]);
  });

  test("the new optional inputs are written and read back: care leaver, date appointed, published hours", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    const inputs: PlanInputs = {
      ...base,
      startSerial: 46266, // 01/09/2026
      ageAtStart: 23,
      price: 14000,
      careLeaverOrEhcPlan: true,
      sencoAppointmentSerial: 45292, // 01/01/2024
      publishedOffTheJobHours: 425,
      weeklyHours: undefined,
      weeksPerYear: undefined,
    };
    await writePlan(excel.context, buildPlanModel(inputs));
    const at = (id: Parameters<typeof inputCell>[0]) => excel.cell("Sam Patel", inputCell(id).replace(/\$/g, ""));
    expect([at("careLeaverOrEhcPlan"), at("sencoAppointmentSerial"), at("publishedOffTheJobHours")]).toEqual([
      true,
      45292,
      425,
    ]);
    const read = await readPlanSheetNamed(excel.context, "Sam Patel");
    expect(read?.raw.careLeaverOrEhcPlan).toBe(true);
    expect(read?.raw.sencoAppointmentSerial).toBe(45292);
    expect(read?.raw.publishedOffTheJobHours).toBe(425);
  });

  test("reading a plan sheet back (one sync)", async () => {
    let syncs = 0;
    const cells: Record<string, unknown[][]> = {
      A2: [[PLAN_MARKER]],
      [`A5:B${4 + PLAN_FIELDS.length}`]: PLAN_FIELDS.map((f) => [
        f.label,
        f.id === "price" ? 17500 : f.id === "apprenticeName" ? "Sam Patel" : "",
      ]),
    };
    const context = {
      workbook: {
        worksheets: {
          getActiveWorksheet: () => ({
            name: "Sam Patel",
            load: () => undefined,
            getRange: (address: string) => ({ load: () => undefined, values: cells[address] ?? [[""]] }),
          }),
        },
      },
      sync: async () => {
        syncs += 1;
      },
    } as unknown as Excel.RequestContext;
    const read = await readActivePlanSheet(context);
    expect(syncs).toBe(1);
    expect(read?.sheetName).toBe("Sam Patel");
    expect(read?.raw.price).toBe(17500);
    expect(read?.raw.apprenticeName).toBe("Sam Patel");
    cells.A2 = [["Budget"]];
    expect(await readActivePlanSheet(context)).toBeUndefined();
  });

  test("Update plan keeps what the user entered in the documents checklist's Done column", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"] });
    await writePlan(excel.context, buildPlanModel(base));
    const doneCellOf = (document: string): string => {
      const entry = [...excel.sheet("Sam Patel")!.cells].find(([, value]) => value === document);
      if (!entry) throw new Error(`no checklist row for ${document}`);
      const row = Number(entry[0].split(",")[0]);
      return cellAddress(row, 4);
    };
    expect(excel.cell("Sam Patel", doneCellOf("Apprenticeship Agreement"))).toBe("No");
    // The user ticks two documents off on the sheet, then changes the price in the form.
    excel.setCell("Sam Patel", doneCellOf("Apprenticeship Agreement"), "Yes");
    excel.setCell("Sam Patel", doneCellOf("Commitment Statement"), "Signed 03/08/2020");

    const syncsBefore = excel.syncs;
    const current = await readPlanSheetNamed(excel.context, "Sam Patel");
    expect(excel.syncs - syncsBefore).toBe(1);
    expect(current?.raw.price).toBe(18000);
    expect(current?.done.get("Apprenticeship Agreement")).toBe("Yes");
    expect(current?.done.get("Training Services Agreement")).toBe("No");

    const model = buildPlanModel({ ...base, price: 17000 }, { doneByDocument: current?.done });
    const result = await updatePlan(excel.context, "Sam Patel", model, {});
    expect(result.syncs).toBe(5);
    expect(excel.cell("Sam Patel", inputCell("price").replace(/\$/g, ""))).toBe(17000);
    expect(excel.cell("Sam Patel", doneCellOf("Apprenticeship Agreement"))).toBe("Yes");
    expect(excel.cell("Sam Patel", doneCellOf("Commitment Statement"))).toBe("Signed 03/08/2020");
    expect(excel.cell("Sam Patel", doneCellOf("Training Services Agreement"))).toBe("No");
  });

  test("the longest plan fits in the rows Update plan reads back", () => {
    for (const nasencoCompleted of [false, true]) {
      const model = buildPlanModel({ ...base, nasencoCompleted, mentor: "Ali Khan", levyPayer: true, levyFunds: 5000 });
      const lastRow = Math.max(
        ...model.blocks.map((b) => b.row + Math.max(b.cells.length, b.spill?.rows ?? 0)),
        ...(model.tables ?? []).map((t) => t.row + 1 + t.rows.length),
      );
      expect(lastRow).toBeLessThan(PLAN_MAX_ROWS);
    }
  });
});
