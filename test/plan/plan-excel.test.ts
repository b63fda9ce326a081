/**
 * The Plan tab's Excel side (src/workbook/plan-excel.ts) against the fake Excel: each call runs
 * its own Excel.run; the pane follows the user to every sheet that holds a plan.
 */
import { FakeExcel } from "../workbook/fake-excel";
import {
  followActivePlanSheet,
  readPlanBeforeUpdate,
  readPlanOnActiveSheet,
  writePlanSheet,
} from "../../src/workbook/plan-excel";
import type { PlanSheetInputs } from "../../src/workbook/plan-writer";
import { buildPlanModel } from "../../src/sheets/plan/plan-model";
import { SAMPLE_PLAN_INPUTS } from "./sample-plan-inputs";

/** A workbook with a budget sheet and two plans (Sam Patel's, and Ann Lee's at a lower price). */
async function workbookWithPlans(): Promise<FakeExcel> {
  const excel = new FakeExcel({ sheets: ["Budget"] });
  await excel.asExcel(async () => {
    await writePlanSheet(buildPlanModel(SAMPLE_PLAN_INPUTS), {});
    await writePlanSheet(buildPlanModel({ ...SAMPLE_PLAN_INPUTS, apprenticeName: "Ann Lee", price: 17000 }), {});
  });
  return excel;
}

describe("the Plan tab's Excel side", () => {
  test("writes a plan and reads it back, from the active sheet and by name", async () => {
    const excel = await workbookWithPlans();
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget", "Sam Patel", "Ann Lee"]);
    excel.activeSheet = "Sam Patel";
    const active = await excel.asExcel(() => readPlanOnActiveSheet());
    expect(active?.sheetName).toBe("Sam Patel");
    expect(active?.raw.apprenticeName).toBe("Sam Patel");
    const named = await excel.asExcel(() => readPlanBeforeUpdate("Ann Lee"));
    expect(named?.raw.price).toBe(17000);
    excel.activeSheet = "Budget";
    await expect(excel.asExcel(() => readPlanOnActiveSheet())).resolves.toBeUndefined();
  });

  test("follows the user: the plan on the active sheet now, then each plan sheet activated; other sheets pass", async () => {
    const excel = await workbookWithPlans();
    excel.activeSheet = "Ann Lee";
    const seen: string[] = [];
    const errors: unknown[] = [];
    await excel.asExcel(async () => {
      followActivePlanSheet(
        (plan: PlanSheetInputs) => seen.push(plan.sheetName),
        (error) => errors.push(error),
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
      await excel.activate("Budget");
      await excel.activate("Sam Patel");
    });
    expect(seen).toEqual(["Ann Lee", "Sam Patel"]);
    expect(errors).toEqual([]);
    expect(excel.activatedHandlers).toHaveLength(1);
  });

  test("a read that fails is handed to onError, not thrown", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"], failOnSync: 1 });
    const errors: unknown[] = [];
    await excel.asExcel(async () => {
      followActivePlanSheet(
        () => undefined,
        (error) => errors.push(error),
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(errors).toHaveLength(1);
  });
});
