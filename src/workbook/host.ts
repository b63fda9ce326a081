/**
 * Whether Excel is there: the pane's start-up asks office.js (Office.onReady) through these, so
 * the page itself never touches the Office global. Outside Office (a plain browser tab) office.js
 * answers at once that there is no host, or is missing when it could not load.
 */
type OfficeGlobal = typeof Office;

/** The Office global office.js defines, or undefined when office.js could not load. */
function officeGlobal(): OfficeGlobal | undefined {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  return office && typeof office.onReady === "function" ? office : undefined;
}

/** True when office.js loaded (the Office global with its onReady). */
export function officeLoaded(): boolean {
  return officeGlobal() !== undefined;
}

/** True when Office.onReady reported Excel. */
function isExcelHost(office: OfficeGlobal, info: { host?: unknown } | undefined): boolean {
  return info?.host === (office.HostType?.Excel ?? "Excel");
}

/**
 * Inside Office: wait for Office.onReady as long as it takes (Excel can be slow to answer on a
 * busy machine; falling back to the preview would show a pane that cannot write); `onSlow` is
 * called once after `slowAfterMs`. Resolves true when Office reports Excel; rejects when
 * office.js did not load or Office.onReady fails.
 */
export async function waitForExcel(onSlow: () => void, slowAfterMs: number): Promise<boolean> {
  const office = officeGlobal();
  if (!office) throw new Error("office.js is not loaded.");
  const timer = setTimeout(onSlow, slowAfterMs);
  try {
    return isExcelHost(office, await office.onReady());
  } finally {
    clearTimeout(timer);
  }
}

/** In a plain browser tab: office.js (when it loaded) answers at once that there is no host; false after 5 s without an answer. */
export async function browserHasExcel(): Promise<boolean> {
  const office = officeGlobal();
  if (!office) return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const noAnswer = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), 5000)));
  try {
    return isExcelHost(office, await Promise.race([office.onReady(), noAnswer]));
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
