/**
 * The pane's start-up asks office.js through src/workbook/host.ts: whether office.js loaded,
 * whether Office.onReady reports Excel (inside Office, however long it takes, with a note when
 * slow), and in a plain tab an answer of no host. With a stand-in Office global.
 */
import { browserHasExcel, officeLoaded, waitForExcel } from "../../src/workbook/host";

type Info = { host: string | null; platform: string | null };

function officeAnswering(answer: () => Promise<Info>): void {
  (globalThis as { Office?: unknown }).Office = { onReady: answer, HostType: { Excel: "Excel" } };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.useRealTimers();
});

describe("asking office.js whether Excel is there", () => {
  test("without office.js: not loaded, no Excel in a plain tab, and waiting inside Office fails in words", async () => {
    expect(officeLoaded()).toBe(false);
    await expect(browserHasExcel()).resolves.toBe(false);
    await expect(waitForExcel(() => undefined, 10)).rejects.toThrow("office.js is not loaded.");
  });

  test("Office.onReady reporting Excel: true; reporting no host (a plain tab): false", async () => {
    officeAnswering(async () => ({ host: "Excel", platform: "OfficeOnline" }));
    expect(officeLoaded()).toBe(true);
    await expect(waitForExcel(() => undefined, 10)).resolves.toBe(true);
    await expect(browserHasExcel()).resolves.toBe(true);
    officeAnswering(async () => ({ host: null, platform: null }));
    await expect(waitForExcel(() => undefined, 10)).resolves.toBe(false);
    await expect(browserHasExcel()).resolves.toBe(false);
  });

  test("inside Office a slow answer gets the note once and is still waited for; a plain tab stops after 5 s", async () => {
    jest.useFakeTimers();
    let answer: (info: Info) => void = () => undefined;
    officeAnswering(() => new Promise<Info>((resolve) => (answer = resolve)));
    let slow = 0;
    const waiting = waitForExcel(() => (slow += 1), 10_000);
    jest.advanceTimersByTime(9_999);
    expect(slow).toBe(0);
    jest.advanceTimersByTime(60_000);
    expect(slow).toBe(1);
    answer({ host: "Excel", platform: "PC" });
    await expect(waiting).resolves.toBe(true);
    const plain = browserHasExcel();
    jest.advanceTimersByTime(5_000);
    await expect(plain).resolves.toBe(false);
  });
});
