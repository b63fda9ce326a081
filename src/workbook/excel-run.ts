/**
 * Where the task pane's requests to Excel start. Every function the pane calls in src/workbook
 * runs its own Excel.run (a request context of its own, synced and released inside), and the
 * pane's subscriptions to workbook events are made here, so the page never holds a context.
 */

/** Run `work` in a request context of its own (Excel.run). */
export function runInExcel<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(work);
}

/**
 * Call `handler` whenever the user activates a sheet (Worksheet activation events). Resolves true
 * once subscribed, false when Excel refused the subscription (the pane then reads the active sheet
 * only when it opens). The handler's own failures are its own to show.
 */
export async function whenSheetActivated(handler: () => Promise<void>): Promise<boolean> {
  try {
    await runInExcel(async (context) => {
      context.workbook.worksheets.onActivated.add(async () => {
        await handler();
      });
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
