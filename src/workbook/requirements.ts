/**
 * Which Excel JavaScript API requirement set (ExcelApi 1.x) the running Excel supports, asked
 * through Office.context.requirements.isSetSupported. The task pane needs ExcelApi 1.7 (Office
 * 2019 and later, Excel on the web, Microsoft 365); a few conveniences need 1.9 (Office 2021 and
 * later) and fall back when it is missing. See docs/taskpane.md, "Excel versions".
 */

/** The pane's minimum: Range.getSurroundingRegion, Worksheet.getRangeByIndexes, freezePanes (ExcelApi 1.7). */
export const PANE_MIN_EXCEL_API = "1.7";

/**
 * True when Excel reports support for `ExcelApi <version>`. Outside Office (unit tests, where the
 * fake Excel stands in) there is nothing to ask, and the answer is true.
 */
export function excelApiSupported(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return true;
  return requirements.isSetSupported("ExcelApi", version);
}

/** The oldest one-time-purchase Excel with this requirement set (Microsoft's "Excel JavaScript API requirement sets" table). */
function oldestExcelFor(version: string): string {
  const minor = Number(version.split(".")[1] ?? "0");
  if (minor <= 8) return "Excel 2019";
  if (minor <= 14) return "Excel 2021";
  return "Excel 2024";
}

/** Thrown before any request when this Excel is too old for an action; its message is for the user. */
export class ExcelVersionError extends Error {
  constructor(action: string, version: string) {
    super(
      `${action} needs a newer Excel (Excel JavaScript API ${version}: ${oldestExcelFor(version)} or later, Excel on ` +
        `the web or Microsoft 365). This Excel does not support it, so nothing was read or written.`,
    );
    this.name = "ExcelVersionError";
  }
}

/** Throw an ExcelVersionError naming `action` unless ExcelApi `version` is supported. */
export function requireExcelApi(version: string, action: string): void {
  if (!excelApiSupported(version)) throw new ExcelVersionError(action, version);
}
