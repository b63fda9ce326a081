/**
 * The floor the manifest sets is the one the code relies on: every Office.js member src/workbook
 * uses belongs to ExcelApi at or below the manifest's ExcelApi MinVersion (by the requirement set
 * the Office.js type definitions give it, as Microsoft's reference does), and the floor is no
 * higher than the code needs: some member needs it exactly.
 */
import * as path from "path";
import { compareVersions, manifestRequirementSets, officeApiUses } from "../helpers/office-requirements";

describe("the ExcelApi floor", () => {
  const floor = manifestRequirementSets().ExcelApi!;
  const uses = officeApiUses(path.resolve(__dirname, "../../src/workbook"));
  const excelApi = uses.filter((u) => u.set?.startsWith("ExcelApi "));

  test("the manifest declares ExcelApi 1.9 beside CustomFunctionsRuntime 1.2", () => {
    expect(manifestRequirementSets()).toEqual({ ExcelApi: "1.9", CustomFunctionsRuntime: "1.2" });
  });

  test("every Office.js member src/workbook uses is within it, and nothing outside ExcelApi is used", () => {
    expect(excelApi.length).toBeGreaterThan(100);
    const above = excelApi.filter((u) => compareVersions(u.set!.slice("ExcelApi ".length), floor) > 0);
    expect(above.map((u) => `${u.file}:${u.line} ${u.member} (${u.set})`)).toEqual([]);
    const otherSets = uses.filter((u) => u.set !== undefined && !u.set.startsWith("ExcelApi "));
    expect(otherSets.map((u) => `${u.file}:${u.line} ${u.member} (${u.set})`)).toEqual([]);
  });

  test("the floor is what the code needs: getSelectedRanges, Range.getTables and the print setup are ExcelApi 1.9", () => {
    const needing = new Set(excelApi.filter((u) => u.set === `ExcelApi ${floor}`).map((u) => u.member));
    for (const member of [
      "Workbook.getSelectedRanges",
      "Range.getTables",
      "Worksheet.pageLayout",
      "RangeAreas.areaCount",
    ]) {
      expect(needing).toContain(member);
    }
  });
});
