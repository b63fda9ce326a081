import { FakeExcel } from "../workbook/fake-excel";
import { writePlan, readActivePlanSheet } from "../../src/workbook/plan-writer";
import { buildPlanModel, PLAN_MARKER, inputCell } from "../../src/taskpane/plan/plan-model";
import { PLAN_FIELDS, type PlanInputs } from "../../src/taskpane/plan/plan-fields";
import { serialFromYmd } from "../../src/rules/excel-dates";

const base: PlanInputs = {
  apprenticeName: "Sam Patel",
  school: "Oak Primary",
  lineManager: "Jo Head",
  mentor: undefined,
  nasencoCompleted: false,
  startSerial: serialFromYmd(2020, 9, 1),
  ageAtStart: 40,
  levyPayer: false,
  levyFunds: undefined,
  price: 18000,
  weeklyHours: 32.5,
  weeksPerYear: 46.4,
  hasMaths: true,
  hasEnglish: true,
  applicationSerial: serialFromYmd(2020, 5, 22),
};

describe("plan writer", () => {
  test("a new plan takes 2 syncs, on a new sheet named after the apprentice; no other sheet changes", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"], values: { Budget: { A1: 5 } } });
    const result = await writePlan(excel.context, buildPlanModel(base));
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(excel.syncs).toBe(result.syncs);
    expect(result.sheetName).toBe("Sam Patel");
    expect(excel.cell("Sam Patel", inputCell("price").replace(/\$/g, ""))).toBe(18000);
    expect(excel.cell("Sam Patel", "A2")).toBe(PLAN_MARKER);
    expect(excel.cell("Budget", "A1")).toBe(5);
    expect(excel.sheet("Budget")!.cells.size).toBe(1);
    expect(excel.sheet("Sam Patel")!.tables).toHaveLength(1);
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

  test("Update plan replaces the plan sheet in at most 3 syncs", async () => {
    const excel = new FakeExcel({ sheets: ["Budget", "Sam Patel"] });
    const result = await writePlan(excel.context, buildPlanModel({ ...base, price: 17000 }), {
      replaceSheetName: "Sam Patel",
    });
    expect(result.syncs).toBe(3);
    expect(result.sheetName).toBe("Sam Patel");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget", "Sam Patel"]);
    expect(excel.cell("Sam Patel", inputCell("price").replace(/\$/g, ""))).toBe(17000);
  });

  test("a failed write leaves no new sheet behind and says so", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"], failWhen: (op) => op.startsWith("tables.add") });
    await expect(writePlan(excel.context, buildPlanModel(base))).rejects.toThrow(
      /Could not write the sheet "Sam Patel".*removed/,
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget"]);
  });

  test("reading a plan sheet back (one sync)", async () => {
    let syncs = 0;
    const cells: Record<string, unknown[][]> = {
      A2: [[PLAN_MARKER]],
      "A5:B19": PLAN_FIELDS.map((f) => [
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
});
