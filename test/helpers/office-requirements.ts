/**
 * Office's requirement-set check for tests of the workbook code: pretend to be an Excel that
 * supports ExcelApi 1.1 up to 1.`maxMinor`, and forget it after each test.
 */

/** Pretend to be an Excel that supports ExcelApi 1.1 up to 1.`maxMinor`. */
export function excelUpTo(maxMinor: number): void {
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "ExcelApi" && Number(version.split(".")[1]) <= maxMinor,
      },
    },
  };
}

/** Remove the pretend Office after each test of the file that calls this. */
export function forgetOfficeAfterEach(): void {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });
}
