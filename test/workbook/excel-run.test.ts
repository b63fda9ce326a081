/**
 * The pane's requests to Excel start in src/workbook/excel-run.ts: each runs in a request
 * context of its own, and the pane's subscription to sheet activation is made there. Against the
 * hand-written fake Excel standing in for Office.js's Excel global.
 */
import { runInExcel, whenSheetActivated } from "../../src/workbook/excel-run";
import { FakeExcel } from "./fake-excel";

describe("runInExcel and whenSheetActivated", () => {
  test("runInExcel hands the work a request context and resolves with its answer", async () => {
    const excel = new FakeExcel({ sheets: ["Budget"], values: { Budget: { B2: 67755 } } });
    const value = await excel.asExcel(() =>
      runInExcel(async (context) => {
        const range = context.workbook.worksheets.getItem("Budget").getRange("B2");
        range.load("values");
        await context.sync();
        return range.values[0]![0];
      }),
    );
    expect(value).toBe(67755);
    expect(excel.syncs).toBe(1);
  });

  test("whenSheetActivated subscribes once (one sync) and calls the handler on every activation", async () => {
    const excel = new FakeExcel({ sheets: ["Budget", "Sam Patel"] });
    const seen: string[] = [];
    const subscribed = await excel.asExcel(() =>
      whenSheetActivated(async () => {
        seen.push(excel.activeSheet!);
      }),
    );
    expect(subscribed).toBe(true);
    expect(excel.syncs).toBe(1);
    expect(excel.activatedHandlers).toHaveLength(1);
    await excel.activate("Sam Patel");
    await excel.activate("Budget");
    expect(seen).toEqual(["Sam Patel", "Budget"]);
  });

  test("an Excel without sheet activation events (before ExcelApi 1.7): false, and nothing thrown", async () => {
    const global = globalThis as { Excel?: unknown };
    global.Excel = {
      run: async (batch: (context: unknown) => Promise<unknown>) =>
        batch({ workbook: { worksheets: {} }, sync: async () => undefined }),
    };
    try {
      await expect(whenSheetActivated(async () => undefined)).resolves.toBe(false);
    } finally {
      delete global.Excel;
    }
  });
});
