/**
 * A selection of several areas (Ctrl+click) is refused in plain words by every reader of the
 * selection, where Excel's own Workbook.getSelectedRange would fail with "The current selection is
 * invalid for this operation": the readers ask for the selection's areas (getSelectedRanges).
 */
import { FakeExcel } from "./fake-excel";
import { readSelectedDistrict } from "../../src/workbook/district-source";
import { readSelectedRegister } from "../../src/workbook/register-range";
import { readRegisterTable } from "../../src/workbook/register-table";
import { SelectionError } from "../../src/workbook/selection";

function twoAreas(): FakeExcel {
  const excel = new FakeExcel({ sheets: ["Pupils"], selection: "C1:C5,E1:E5" });
  excel.setBlock("Pupils", 0, 2, [["SEN status"], ["K"], ["E"], ["N"], ["K"]]);
  return excel;
}

describe("a selection of several areas", () => {
  test("Excel's own getSelectedRange refuses it, as the fake does", async () => {
    const excel = twoAreas();
    excel.context.workbook.getSelectedRange().load("address");
    await expect(excel.context.sync()).rejects.toThrow("The current selection is invalid for this operation.");
  });

  test("each reader says to select one block, naming the areas; nothing more is read", async () => {
    const readers: [string, (context: Excel.RequestContext) => Promise<unknown>][] = [
      ["Reading the selected column", (c) => readSelectedRegister(c)],
      ["Reading the selected table", (c) => readSelectedDistrict(c)],
      ["Reading the register table", (c) => readRegisterTable(c)],
    ];
    for (const [what, read] of readers) {
      const excel = twoAreas();
      const error = await read(excel.context).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SelectionError);
      expect((error as Error).message).toBe(
        `${what}: select one block of cells. The selection has 2 separate areas (C1:C5, E1:E5).`,
      );
      expect(excel.syncs).toBe(1);
    }
  });
});
