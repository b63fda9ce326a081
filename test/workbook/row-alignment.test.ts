/**
 * Lining a sheet's rows up with a model's (src/workbook/row-alignment.ts), pure: whole rows inserted
 * where the model has more between two anchors they share, deleted where it has fewer (the
 * cheapest rows first: an empty row before one holding a user's note), rows a table needs inserted
 * inside it so it grows, and where every row ends up.
 */
import { alignRows, type Anchor } from "../../src/workbook/row-alignment";
import { tableAfter } from "../../src/workbook/in-place-update";

const rows = (...keys: (string | undefined)[]): Anchor[] =>
  keys.flatMap((key, row) => (key === undefined ? [] : [{ row, key }]));

describe("alignRows", () => {
  test("the same anchors in the same rows: nothing to do", () => {
    const a = alignRows(rows("Title", undefined, "Inputs", "Budget"), rows("Title", undefined, "Inputs", "Budget"));
    expect(a.ops).toEqual([]);
    expect([0, 1, 2, 3].map((r) => a.newRow(r))).toEqual([0, 1, 2, 3]);
  });

  test("three rows where the model has one: two deleted, the rows below move up", () => {
    const sheet = rows("School", "Budget", "SA", "SA+", "Statements", "Mobility", "Allocated");
    const model = rows("School", "Budget", "Register", "Mobility", "Weight", "Reason", "Allocated");
    const a = alignRows(sheet, model);
    // Between Budget and Mobility: 3 rows become 1 (the lowest go first); between Mobility and Allocated: 0 become 2.
    expect(a.ops).toEqual([
      { kind: "insert", row: 6, count: 2 },
      { kind: "delete", row: 4, count: 1 },
      { kind: "delete", row: 3, count: 1 },
    ]);
    expect(a.deleted).toEqual([3, 4]);
    expect(a.newRow(5)).toBe(3); // Mobility
    expect(a.newRow(6)).toBe(6); // Allocated: up 2, down 2
    expect(a.newRow(3)).toBeUndefined();
    expect(a.oldRow(4)).toBeUndefined(); // an inserted row
    expect(a.oldRow(6)).toBe(6);
  });

  test("a gap that must shrink loses its empty row before the row holding a user's note", () => {
    const sheet = rows("Guide", undefined, undefined, "Cost");
    const model = rows("Guide", undefined, "Cost");
    const noteOnRow1 = (row: number) => (row === 1 ? 100 : 0);
    expect(alignRows(sheet, model, noteOnRow1).ops).toEqual([{ kind: "delete", row: 2, count: 1 }]);
    const noteOnRow2 = (row: number) => (row === 2 ? 100 : 0);
    expect(alignRows(sheet, model, noteOnRow2).ops).toEqual([{ kind: "delete", row: 1, count: 1 }]);
  });

  test("a table that needs one more row gets it inside, above its last row, so it grows", () => {
    const sheet = [
      ...rows("Documents", "Document", "Agreement", "ILR"),
      { row: 4, key: "\u0001Document", tableEnd: true },
    ];
    const model = [
      ...rows("Documents", "Document", "Agreement", "ILR", "Skills scan"),
      { row: 5, key: "\u0001Document", tableEnd: true },
    ];
    const a = alignRows(sheet, model);
    expect(a.ops).toEqual([{ kind: "insert", row: 3, count: 1 }]);
    expect(tableAfter({ name: "Docs", row: 1, col: 0, rows: 3, cols: 5 }, a.ops)).toEqual({
      name: "Docs",
      row: 1,
      col: 0,
      rows: 4,
      cols: 5,
    });
  });

  test("a table below inserted rows moves down; below deleted rows, up; deleted rows inside it shrink it", () => {
    const table = { name: "T", row: 10, col: 0, rows: 5, cols: 3 };
    expect(tableAfter(table, [{ kind: "insert", row: 4, count: 2 }])).toMatchObject({ row: 12, rows: 5 });
    expect(tableAfter(table, [{ kind: "delete", row: 4, count: 2 }])).toMatchObject({ row: 8, rows: 5 });
    expect(tableAfter(table, [{ kind: "delete", row: 12, count: 2 }])).toMatchObject({ row: 10, rows: 3 });
    expect(tableAfter(table, [{ kind: "delete", row: 9, count: 2 }])).toBeUndefined(); // its header row
  });
});
