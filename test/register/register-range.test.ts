/**
 * The Excel side of the register check against a small hand-written fake: reading the used part
 * of the selection in chunks, highlighting with a conditional format that never touches a value,
 * and removing only our own highlight.
 */
import {
  HIGHLIGHT_FILL,
  HIGHLIGHT_FORMULA,
  highlightCells,
  readSelectedRegister,
  removeHighlights,
} from "../../src/workbook/register-range";
import { READ_CHUNK_CELLS } from "../../src/workbook/read-values";
import { checkRegister, invalidAreas } from "../../src/sheets/register/register-check";

interface Cf {
  id: number;
  areas: string;
  formula: string;
  fill?: string;
  deleted: boolean;
}

function fakeWorkbook(column: unknown[], startRow: number, col: number, existingCfs: Cf[] = []) {
  let syncs = 0;
  const writes: string[] = [];
  const cfs: Cf[] = [...existingCfs];
  let nextId = 100;
  const pending: (() => void)[] = [];
  const sheet = {
    name: "Register",
    load() {},
    getRangeByIndexes(row: number, c: number, rows: number, cols: number) {
      const range = {
        values: [] as unknown[][],
        load() {
          pending.push(() => {
            range.values = Array.from({ length: rows }, (_v, i) => [column[row - startRow + i] ?? ""]);
            expect(c).toBe(col);
            expect(cols).toBe(1);
          });
        },
      };
      return range;
    },
    getRanges(address: string) {
      return {
        conditionalFormats: {
          add(type: string) {
            expect(type).toBe("Custom");
            const cf: Cf = { id: nextId++, areas: address, formula: "", deleted: false };
            pending.push(() => cfs.push(cf));
            return {
              custom: {
                rule: {
                  set formula(f: string) {
                    cf.formula = f;
                  },
                },
                format: {
                  fill: {
                    set color(c: string) {
                      cf.fill = c;
                    },
                  },
                  font: { set color(_c: string) {} },
                },
              },
            };
          },
        },
      };
    },
    getRange(address: string) {
      const formats = {
        items: [] as unknown[],
        load() {
          pending.push(() => {
            formats.items = cfs
              .filter((f) => !f.deleted)
              .map((f) => ({
                type: "Custom",
                custom: {
                  rule: {
                    formula: "",
                    load() {
                      pending.push(() => ((this as { formula: string }).formula = f.formula));
                    },
                  },
                },
                delete() {
                  pending.push(() => (f.deleted = true));
                },
              }));
          });
        },
      };
      expect(address).toBe("C2:C9");
      return {
        conditionalFormats: formats,
        set values(_v: unknown) {
          writes.push("values");
        },
        set formulas(_v: unknown) {
          writes.push("formulas");
        },
      };
    },
  };
  const used = {
    isNullObject: false,
    address: `Register!C${startRow + 1}:C${startRow + column.length}`,
    rowIndex: startRow,
    columnIndex: col,
    rowCount: column.length,
    columnCount: 1,
    load() {},
  };
  const context = {
    workbook: {
      // A selection of one area outside any Excel table (getTables finds none).
      getSelectedRanges: () => ({
        areaCount: 1,
        address: `Register!C${startRow + 1}`,
        load() {},
        areas: {
          getItemAt: () => ({
            worksheet: sheet,
            columnIndex: col,
            columnCount: 1,
            load() {},
            getUsedRangeOrNullObject: () => used,
            getTables: () => ({ items: [], load() {} }),
          }),
        },
      }),
      worksheets: {
        getItem: (name: string) => {
          expect(name).toBe("Register");
          return sheet;
        },
      },
    },
    async sync() {
      syncs += 1;
      for (const op of pending.splice(0)) op();
    },
  };
  return { context: context as unknown as Excel.RequestContext, cfs, writes, syncs: () => syncs };
}

describe("register range in Excel", () => {
  test("reads the used part of the selection, in chunks for a big register", async () => {
    const column = Array.from({ length: READ_CHUNK_CELLS * 2 + 5 }, (_v, i) => (i % 3 === 0 ? "K" : "N"));
    const fake = fakeWorkbook(column, 1, 2);
    const progress: number[] = [];
    const read = await readSelectedRegister(fake.context, (d) => progress.push(d));
    expect(read).toMatchObject({ sheetName: "Register", row: 1, col: 2 });
    expect(read.values).toHaveLength(column.length);
    expect(fake.syncs()).toBe(1 + 3); // used range, then 3 chunks
    expect(progress).toEqual([1, 2, 3]);
  });

  test("highlight adds one marked conditional format; removing deletes only ours; no value is written", async () => {
    const column = ["K", "SEN", "x", "N", "E", "??", "K", "N"];
    const other: Cf = { id: 1, areas: "C2:C9", formula: '=C2="N"', fill: "#00FF00", deleted: false };
    const fake = fakeWorkbook(column, 1, 2, [other]);
    const read = await readSelectedRegister(fake.context);
    const check = checkRegister(read.values, { row: read.row, col: read.col });
    expect(check.invalid.map((c) => c.address)).toEqual(["C3", "C4", "C7"]);
    const added = await highlightCells(fake.context, "Register", invalidAreas(check.invalid));
    expect(added).toBe(1);
    expect(fake.cfs.filter((f) => !f.deleted).map((f) => [f.areas, f.formula, f.fill])).toEqual([
      ["C2:C9", '=C2="N"', "#00FF00"],
      ["C3:C4,C7", HIGHLIGHT_FORMULA, HIGHLIGHT_FILL],
    ]);
    const removed = await removeHighlights(fake.context, "Register", read.address);
    expect(removed).toBe(1);
    expect(fake.cfs.filter((f) => !f.deleted)).toEqual([other]);
    expect(fake.writes).toEqual([]);
  });
});
